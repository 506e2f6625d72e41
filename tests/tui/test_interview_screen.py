"""Pilot tests of the interview flow: the question/answer pair, undo, notes, pause and resume with coverage,
confirmation, the member check (low rating, extraction, placement), self-interviews and resizing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from textual.widgets import Input, Label, Select, Static
from tui_support import fixed_clock, keyword_scorer, sample_transcript, settle, write_persona_version

from assistant.extract.store import findings_path
from assistant.interview.session import InterviewSession, unfinished_sessions
from assistant.tui.app import make_app
from assistant.tui.screens.dialogs import ConfirmScreen, TextPrompt
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.screens.interview_start import InterviewStartScreen
from assistant.tui.screens.member_check import MemberCheckScreen

CONCRETE = (
    "Yesterday my manager called at 9 because the spreadsheet broke, it was frustrating and cost me 3 hours."
)
PAIN = "The worst part is the invoice spreadsheet: it breaks every week and I lose three hours fixing it."


def app_for(workspace, **kwargs):
    kwargs.setdefault("model", None)
    return make_app(workspace, scorer=keyword_scorer, clock=fixed_clock, start_mode="interview", **kwargs)


def log_records(workspace) -> list[dict]:
    (path,) = workspace.sessions_dir.glob("*.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def turn_records(workspace) -> list[dict]:
    return [r["turn"] for r in log_records(workspace) if r["type"] == "turn"]


async def type_line(pilot, text: str) -> None:
    """Put ``text`` in the focused input and press Enter (typing key by key is slow and adds nothing)."""
    focused = pilot.app.focused
    assert isinstance(focused, Input), f"focus is on {focused!r}, not an input"
    focused.value = text
    await pilot.press("enter")


async def start(app, pilot, participant: str = "Alex", study: str = "Pilot study") -> None:
    await type_line(pilot, participant)
    await settle(app, pilot)
    if isinstance(app.screen, InterviewStartScreen):  # the study is asked for when empty
        assert app.focused is not None and app.focused.id == "study"
        await type_line(pilot, study)
        await settle(app, pilot)
    assert isinstance(app.screen, InterviewScreen)


def suggestions(app) -> str:
    return str(app.screen.query_one("#suggestions", Static).render())


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_researcher_led_interview_records_pairs_undoes_resumes_and_saves(
    workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.index.store

    class NoIndex:
        def upsert_transcript(self, transcript) -> int:
            return 0

    monkeypatch.setattr(assistant.index.store, "open_index", lambda workspace, **kwargs: NoIndex())
    app = app_for(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        session = app.screen.session
        assert session.study == "Pilot study"
        assert "how is your week going" in suggestions(app)
        assert "Ask first" in str(app.screen.query_one("#entry-label", Label).render())

        # An answer before any question is refused, and the words stay in the line.
        await type_line(pilot, "I typed this too early.")
        assert turn_records(workspace) == []
        assert app.screen.query_one("#entry", Input).value == "I typed this too early."
        assert any("Ask a question first" in m for m in messages(app))
        app.screen.query_one("#entry", Input).value = ""

        await pilot.press("ctrl+n")  # ask the suggested verbatim question
        await pilot.press("ctrl+n")  # a second question in a row is refused
        assert [t["kind"] for t in turn_records(workspace)] == ["question"]
        assert any("Q1 has no answer yet" in m for m in messages(app))
        assert "Answer Q1" in str(app.screen.query_one("#entry-label", Label).render())

        await type_line(pilot, "Usually busy, stuff.")
        await settle(app, pilot)
        assert "concrete example" in suggestions(app)
        await type_line(pilot, "/1")  # ask the first probe
        await type_line(pilot, "A wrong answer typed for the wrong person.")
        await pilot.press("ctrl+z")  # take it back: the words return to the line for editing
        assert app.screen.query_one("#entry", Input).value == "A wrong answer typed for the wrong person."
        app.screen.query_one("#entry", Input).value = ""
        await type_line(pilot, CONCRETE)
        await settle(app, pilot)
        await pilot.press("ctrl+t")  # a note, apart from the answers
        assert "Note" in str(app.screen.query_one("#entry-label", Label).render())
        await type_line(pilot, "seems tired")
        await type_line(pilot, "?How big is your team")
        await type_line(pilot, "Four of us in the team, I manage it.")
        await settle(app, pilot)

        records = log_records(workspace)
        turns = [r["turn"] for r in records if r["type"] == "turn"]
        assert [(t["kind"], t.get("source")) for t in turns] == [
            ("question", "scripted"),
            ("answer", None),
            ("question", "probe"),
            ("answer", None),  # undone below
            ("answer", None),
            ("note", None),
            ("question", "custom"),
            ("answer", None),
        ]
        assert [r["type"] for r in records].count("undo") == 1
        assert turns[4]["text"] == CONCRETE and turns[4]["question_n"] == turns[2]["n"]
        assert any(r["type"] == "scores" for r in records)  # coverage is in the log
        coverage_before = app.screen.session.coverage()
        assert coverage_before["pain"] > 0  # the probed answer counts; the small talk before it does not

        await pilot.press("escape")  # pause: back to the start screen
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewStartScreen)
        assert len(unfinished_sessions(workspace)) == 1

        await pilot.press("ctrl+o")  # resume the latest unfinished interview
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        # The right state at once: the logged scores, before any worker ran.
        assert app.screen.session.unscored_answers() == []
        assert app.screen.session.coverage() == coverage_before
        assert len(app.screen.query(".turn")) == 7
        await settle(app, pilot)

        await pilot.press("ctrl+f")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Sections not done" in str(app.screen.query(".dialog-detail").first().render())
        await pilot.press("n")  # keep going
        assert isinstance(app.screen, InterviewScreen)
        await pilot.press("ctrl+f", "y")
        await settle(app, pilot)
        assert isinstance(app.screen, MemberCheckScreen)
        summary = str(app.screen.query_one("#summary", Static).render())
        assert summary.startswith("Summary for Alex.")
        assert "spreadsheet" in summary and "how is your week" not in summary
        await pilot.press("3")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewStartScreen)

    records = log_records(workspace)
    assert [r["type"] for r in records][-3:] == ["summary", "member_check", "finish"]
    interview_id = records[-1]["interview_id"]
    transcript = workspace.load_transcript(interview_id)
    assert transcript.interview.member_check_rating == 3
    assert transcript.interview.study == "Pilot study"
    assert [u.role for u in transcript.utterances][:2] == ["interviewer", "participant"]
    assert "A wrong answer" not in " ".join(u.text for u in transcript.utterances)
    assert findings_path(workspace, interview_id).exists()  # extracted when finished
    assert unfinished_sessions(workspace) == []


async def test_a_low_rating_asks_what_is_wrong_before_saving(workspace) -> None:
    app = app_for(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot)
        await pilot.press("ctrl+n")
        await type_line(pilot, CONCRETE)
        await settle(app, pilot)
        await pilot.press("ctrl+f", "y")
        await settle(app, pilot)
        await pilot.press("2")
        await settle(app, pilot)
        assert isinstance(app.screen, TextPrompt)
        await type_line(pilot, "I never fix spreadsheets, my colleague does.")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewStartScreen)
    session_id = log_records(workspace)[0]["session_id"]
    session = InterviewSession.load(workspace, session_id)
    assert session.member_check_rating == 2
    assert session.member_check_comment == "I never fix spreadsheets, my colleague does."
    transcript = workspace.load_transcript(session.interview_id)
    assert transcript.interview.participant_attributes["member_check_comment"].startswith("I never fix")


async def test_a_finished_interview_is_offered_for_placement_into_the_personas(
    filled_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.personas.synthesis as synthesis

    write_persona_version(filled_workspace)
    placed: list[str] = []

    def fake_assign(workspace, **kwargs: Any):
        from assistant.personas.versions import latest_persona_set

        persona_set = latest_persona_set(workspace)
        new = [i for i in workspace.interview_ids() if i != "maria-2026-02-10"]
        placed.extend(new)
        return persona_set, {i: "finance-firefighter" for i in new}

    monkeypatch.setattr(synthesis, "assign_interviews", fake_assign)
    app = app_for(filled_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(app, pilot, participant="Noor")
        await pilot.press("ctrl+n")
        # an answer the offline engine files as a finding (placement is offered only then)
        await type_line(pilot, PAIN)
        await settle(app, pilot)
        await pilot.press("ctrl+f", "y")
        await settle(app, pilot)
        await pilot.press("4")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewStartScreen)
        assert any("Placed in Finance firefighter" in m for m in messages(app))
    assert len(placed) == 1


async def test_self_interview_asks_by_itself_hides_the_instruments_and_undoes_a_whole_turn(workspace) -> None:
    app = app_for(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one("#mode", Select).value = "self"
        app.screen.query_one("#participant", Input).focus()
        await start(app, pilot, participant="Bo")
        session = app.screen.session
        assert session.mode == "self"
        assert not app.screen.query_one("#session-panel").display  # no coverage bars, no budgets
        assert "part 1 of" in str(app.screen.query_one("#status-line", Static).render())
        assert session.turns[0].kind == "question"  # the assistant asked first
        await type_line(pilot, "Usually fine.")
        await settle(app, pilot)
        assert session.turns[-1].kind == "question" and session.turns[-1].source == "probe"
        await pilot.press("ctrl+z")  # takes back the probe and the answer before it
        assert [t.kind for t in session.turns] == ["question"]
        assert app.screen.query_one("#entry", Input).value == "Usually fine."
        app.screen.query_one("#entry", Input).value = ""
        await type_line(pilot, CONCRETE)
        await settle(app, pilot)
        assert session.turns[-1].kind == "question"
        await pilot.press("ctrl+f", "y")
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
        await start(app, pilot, participant="Cy")
        await pilot.press("ctrl+n")
        await type_line(pilot, CONCRETE)
        await settle(app, pilot)
        assert "What did your manager say exactly?" in suggestions(app)
        await pilot.press("ctrl+r")
        assert app.screen.session.turns[-1].source == "llm"
        await type_line(pilot, "He said fix it now.")
        await pilot.press("ctrl+f", "y")
        await settle(app, pilot)
        assert "You fix spreadsheets every morning." in str(app.screen.query_one("#summary", Static).render())


async def test_start_needs_a_participant_and_a_study_and_reports_broken_guides(workspace) -> None:
    (workspace.root / "guides").mkdir()
    (workspace.root / "guides" / "mine.yaml").write_text("title: Mine\n", encoding="utf-8")
    app = app_for(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewStartScreen)
        await type_line(pilot, "Dee")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewStartScreen) and app.focused.id == "study"
        assert any("pseudonym" in m for m in messages(app))
        assert any("study" in m for m in messages(app))
        assert any("mine.yaml" in m and "sections" in m for m in messages(app))


async def test_the_interview_reflows_when_the_terminal_is_resized(workspace) -> None:
    app = app_for(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await start(app, pilot)
        await pilot.press("ctrl+n")
        await type_line(pilot, CONCRETE + " " + CONCRETE)
        await settle(app, pilot)
        answer = app.screen.query(".turn.answer").first()
        wide_height = answer.size.height
        assert app.screen.query_one("#session-panel").display
        await pilot.resize_terminal(60, 20)
        await settle(app, pilot)
        conversation = app.screen.query_one("#conversation")
        assert not app.screen.query_one("#session-panel").display  # narrow: one status line instead
        assert app.screen.query_one("#status-line").display
        assert answer.size.width <= conversation.size.width
        assert answer.size.height > wide_height  # the words wrapped again, none cut off
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        assert app.screen.query_one("#session-panel").display
        assert answer.size.height == wide_height


def test_the_sample_transcript_helper_still_builds() -> None:
    assert sample_transcript().utterances[1].role == "participant"
