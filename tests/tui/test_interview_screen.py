"""Pilot tests of the interview flow: start, both modes, probes, skip, pause, resume, member check."""

from __future__ import annotations

import json

from textual.widgets import Input, RichLog, Select, Static
from tui_support import fixed_clock, keyword_scorer

from assistant.interview.session import InterviewSession, unfinished_sessions
from assistant.tui.app import make_app
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.screens.interview_start import InterviewStartScreen
from assistant.tui.screens.member_check import MemberCheckScreen

CONCRETE = (
    "Yesterday my manager called at 9 because the spreadsheet broke, it was frustrating and cost me 3 hours."
)


def app_for(workspace, **kwargs):
    kwargs.setdefault("model", None)
    return make_app(workspace, scorer=keyword_scorer, clock=fixed_clock, start_mode="interview", **kwargs)


def log_records(workspace) -> list[dict]:
    (path,) = workspace.sessions_dir.glob("*.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def type_line(pilot, text: str) -> None:
    """Put ``text`` in the focused input and press Enter (typing key by key is slow and adds nothing)."""
    focused = pilot.app.focused
    assert isinstance(focused, Input), f"focus is on {focused!r}, not an input"
    focused.value = text
    await pilot.press("enter")


async def test_researcher_led_interview_saves_every_turn_and_ends_with_a_rating(workspace) -> None:
    app = app_for(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, InterviewStartScreen)
        await type_line(pilot, "Alex")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen)
        suggestions = app.screen.query_one("#suggestions", Static)
        assert "how is your week going" in str(suggestions.render())

        await pilot.press("ctrl+n")  # ask the suggested verbatim question
        await type_line(pilot, "Usually busy, stuff.")
        await settle(app, pilot)
        assert "concrete example" in str(app.screen.query_one("#suggestions", Static).render())
        await type_line(pilot, "/1")  # ask the first probe
        await type_line(pilot, CONCRETE)
        await type_line(pilot, "?How big is your team")
        await type_line(pilot, "!seems tired")
        await settle(app, pilot)

        turns = [r["turn"] for r in log_records(workspace) if r["type"] == "turn"]
        assert [(t["kind"], t.get("source")) for t in turns] == [
            ("question", "scripted"),
            ("answer", None),
            ("question", "probe"),
            ("answer", None),
            ("question", "custom"),
            ("note", None),
        ]
        assert turns[3]["text"] == CONCRETE
        assert app.screen.session.coverage()["pain"] > 0

        await pilot.press("ctrl+g")  # skip the rest of the warm-up section
        await pilot.press("escape")  # pause: back to the start screen
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewStartScreen)
        assert len(unfinished_sessions(workspace)) == 1

        await pilot.press("ctrl+o")  # resume the latest unfinished interview
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert len(app.screen.session.turns) == 6
        assert len(app.screen.query_one("#conversation", RichLog).lines) >= 6

        await pilot.press("ctrl+f")
        await settle(app, pilot)
        assert isinstance(app.screen, MemberCheckScreen)
        summary = str(app.screen.query_one("#summary", Static).render())
        assert "Alex" in summary and "spreadsheet" in summary
        await pilot.press("3")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewStartScreen)

    records = log_records(workspace)
    assert [r["type"] for r in records][-3:] == ["summary", "member_check", "finish"]
    interview_id = records[-1]["interview_id"]
    transcript = workspace.load_transcript(interview_id)
    assert transcript.interview.member_check_rating == 3
    assert [u.role for u in transcript.utterances][:2] == ["interviewer", "participant"]
    assert unfinished_sessions(workspace) == []


async def test_self_interview_asks_by_itself(workspace) -> None:
    app = app_for(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one("#mode", Select).value = "self"
        app.screen.query_one("#participant", Input).focus()
        await type_line(pilot, "Bo")
        await settle(app, pilot)
        session = app.screen.session
        assert session.mode == "self"
        assert session.turns[0].kind == "question"  # the assistant asked first
        await type_line(pilot, "Usually fine.")
        await settle(app, pilot)
        assert session.turns[-1].kind == "question" and session.turns[-1].source == "probe"
        await type_line(pilot, CONCRETE)
        await settle(app, pilot)
        assert session.turns[-1].kind == "question"
        assert len(session.turns) == 5
        await pilot.press("ctrl+f")
        await settle(app, pilot)
        await pilot.press("4")
        await settle(app, pilot)
    reloaded = InterviewSession.load(workspace, session.session_id)
    assert reloaded.finished and reloaded.member_check_rating == 4


async def test_model_suggests_probes_and_writes_the_summary(workspace) -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    model = FakeListChatModel(
        responses=[
            '{"probes": ["What did your manager say exactly?"]}',
            "You fix spreadsheets every morning.",
        ]
    )
    app = app_for(workspace, model=model)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_line(pilot, "Cy")
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await type_line(pilot, CONCRETE)
        await settle(app, pilot)
        assert "What did your manager say exactly?" in str(
            app.screen.query_one("#suggestions", Static).render()
        )
        await pilot.press("ctrl+r")
        assert app.screen.session.turns[-1].source == "llm"
        await pilot.press("ctrl+f")
        await settle(app, pilot)
        assert "You fix spreadsheets every morning." in str(app.screen.query_one("#summary", Static).render())


async def test_start_needs_a_participant_and_reports_broken_guides(workspace) -> None:
    (workspace.root / "guides").mkdir()
    (workspace.root / "guides" / "mine.yaml").write_text("title: Mine\n", encoding="utf-8")
    app = app_for(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewStartScreen)
        messages = [n.message for n in app._notifications]
        assert any("pseudonym" in m for m in messages)
        assert any("mine.yaml" in m and "sections" in m for m in messages)
