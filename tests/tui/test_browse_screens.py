"""Pilot tests of the library, transcript viewer, personas and ask screens (core pieces faked where slow)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import DataTable, Input, ListView, OptionList, Static
from tui_support import fixed_clock, keyword_scorer, sample_transcript, settle, write_persona_version

from assistant.tui.app import make_app
from assistant.tui.screens import ask as ask_screen
from assistant.tui.screens import library as library_screen
from assistant.tui.screens.ask import AskScreen
from assistant.tui.screens.home import HomeScreen
from assistant.tui.screens.library import LibraryScreen
from assistant.tui.screens.personas import PersonasScreen
from assistant.tui.screens.transcript import RenameSpeakerScreen, TranscriptScreen


def app_for(workspace, start_mode: str):
    return make_app(workspace, model=None, scorer=keyword_scorer, clock=fixed_clock, start_mode=start_mode)


class FakeIndex:
    def __init__(self) -> None:
        self.upserted: list[str] = []

    def upsert_transcript(self, transcript) -> int:
        self.upserted.append(transcript.interview.id)
        return len(transcript.utterances)


async def test_home_menu_and_function_keys_switch_screens_and_escape_goes_home(workspace) -> None:
    app = app_for(workspace, "home")
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("down", "enter")  # the second entry of the menu: Library
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("f5")
        assert isinstance(app.screen, AskScreen)
        await pilot.press("f4")
        assert isinstance(app.screen, PersonasScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_home_counts_interview_sessions_not_chat_histories(workspace) -> None:
    workspace.ensure()
    (workspace.sessions_dir / "chat-20260101T000000Z.jsonl").write_text(
        '{"type": "turn", "question": "q"}\n', encoding="utf-8"
    )
    app = app_for(workspace, "home")
    async with app.run_test(size=(80, 24)):
        text = str(app.screen.query_one("#home-text", Static).render())
        assert "0 live sessions" in text


async def test_library_lists_opens_and_renames_a_speaker(
    filled_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.index.store

    fake_index = FakeIndex()
    monkeypatch.setattr(assistant.index.store, "open_index", lambda workspace, **kwargs: fake_index)
    app = app_for(filled_workspace, "library")
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#interviews", DataTable)
        assert table.row_count == 1
        row = table.get_row_at(0)
        assert row[1] == "Maria" and row[5] == "not extracted"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TranscriptScreen)
        meta = str(app.screen.query_one("#transcript-meta", Static).render())
        assert "Maria" in meta and "4 utterances" in meta
        await pilot.press("down")  # Maria's first utterance
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, RenameSpeakerScreen)
        app.screen.query_one("#new-name", Input).value = "P01"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TranscriptScreen)
    stored = filled_workspace.load_transcript("maria-2026-02-10")
    assert [u.speaker for u in stored.utterances] == ["Jamie", "P01", "Jamie", "P01"]
    assert stored.interview.participant == "P01"
    assert fake_index.upserted == ["maria-2026-02-10"]


async def test_library_extraction_runs_in_a_worker_and_reports(
    filled_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str]] = []

    class Result:
        findings = [object(), object()]

    def fake_extract(workspace, transcript, *, engine: str = "auto", model: Any = None, **kwargs: Any):
        calls.append((transcript.interview.id, engine))
        return Result()

    monkeypatch.setattr(library_screen, "extract_interview", fake_extract)
    app = app_for(filled_workspace, "library")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("X")
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
    assert calls == [("maria-2026-02-10", "auto")]
    assert any("Extracted 1 interview(s): 2 findings" in m for m in messages)


async def test_library_errors_become_notifications(filled_workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.core.errors import ModelError

    def failing(*args: Any, **kwargs: Any):
        raise ModelError("the model server at 127.0.0.1:9 refused the connection")

    monkeypatch.setattr(library_screen, "extract_interview", failing)
    app = app_for(filled_workspace, "library")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        await settle(app, pilot)
        notes = [(n.title, n.message) for n in app._notifications]
        assert isinstance(app.screen, LibraryScreen)
    assert ("Model error", "the model server at 127.0.0.1:9 refused the connection") in notes


async def test_personas_show_attributes_and_open_quotes_in_context(filled_workspace) -> None:
    write_persona_version(filled_workspace)
    app = app_for(filled_workspace, "personas")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        head = str(app.screen.query_one("#persona-head", Static).render())
        assert "Finance firefighter" in head and "rests on 1 interview" in head
        attributes = app.screen.query_one("#attribute-list", OptionList)
        assert attributes.option_count == 2
        attributes.focus()
        await pilot.press("down")
        await settle(app, pilot)
        quotes = app.screen.query_one("#quote-list", OptionList)
        assert "500 euros" in str(quotes.get_option_at_index(0).prompt)
        quotes.focus()
        quotes.highlighted = 0
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TranscriptScreen)
        assert app.screen.utterance_id == "maria-2026-02-10:4"
        assert app.screen.query_one("#utterances", ListView).index == 3


async def test_personas_head_names_members_with_fit_and_title(filled_workspace) -> None:
    """The screen showed no member at all: the documents' members line (fit, and the job title read
    for each, "guessed" when the learned reader's) is in the head, and each attribute's count says
    of how many members ("1 of 2"), as the documents do."""
    import json

    from textual.content import Content

    write_persona_version(filled_workspace)
    path = filled_workspace.personas_dir / "v0001.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    persona = data["personas"][0]
    persona["members"] = ["maria-2026-02-10", "other-01"]
    persona["member_fit"] = {"maria-2026-02-10": 0.42}
    persona["member_titles"] = {"maria-2026-02-10": "controller", "other-01": "[b]buyer[/b]"}
    persona["guessed_titles"] = ["other-01"]
    path.write_text(json.dumps(data), encoding="utf-8")
    app = app_for(filled_workspace, "personas")
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(app, pilot)
        head = str(app.screen.query_one("#persona-head", Static).render())
        assert (
            "Members: maria-2026-02-10 (fit +0.42; “controller”), other-01 (“[b]buyer[/b]”, guessed)" in head
        )
        attributes = app.screen.query_one("#attribute-list", OptionList)
        prompt = attributes.get_option_at_index(0).prompt
        shown = Content.from_markup(prompt).plain if isinstance(prompt, str) else str(prompt)
        assert shown.endswith("(1 of 2) ⚠")


async def test_personas_show_placeholders_and_brackets_as_written(filled_workspace) -> None:
    """Textual's markup read the pseudonymisation placeholders "[EMAIL-2]" and "[PHONE-1]" as tags and
    showed "write to  or call ." (seen in tmux on a pseudonymised workspace)."""
    import json

    from textual.content import Content

    write_persona_version(filled_workspace)
    path = filled_workspace.personas_dir / "v0001.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["personas"][0]["summary"] = "Write to [EMAIL-2] or call [PHONE-1]; ask Person 3 [b]first[/b]."
    data["personas"][0]["attributes"][0]["statement"] = "Mails [EMAIL-2] the [draft] invoice"
    path.write_text(json.dumps(data), encoding="utf-8")
    app = app_for(filled_workspace, "personas")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        head = str(app.screen.query_one("#persona-head", Static).render())
        assert "Write to [EMAIL-2] or call [PHONE-1]; ask Person 3 [b]first[/b]." in head
        attributes = app.screen.query_one("#attribute-list", OptionList)
        prompt = attributes.get_option_at_index(0).prompt
        shown = Content.from_markup(prompt).plain if isinstance(prompt, str) else str(prompt)
        assert "Mails [EMAIL-2] the [draft] invoice" in shown


async def ask(app, pilot, question: str) -> None:
    """Type a question on the Ask screen and wait for its answer."""
    app.screen.query_one("#question", Input).value = question
    await pilot.press("enter")
    await settle(app, pilot)


async def test_ask_shows_citations_that_open_the_transcript(
    filled_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ask.answering import Answer, AnswerCitation

    def fake_answer(workspace, question: str, **kwargs: Any) -> Answer:
        return Answer(
            question=question,
            answerable=True,
            answer="Finance leads repair spreadsheets by hand [maria-2026-02-10:2].",
            mode="llm",
            citations=[
                AnswerCitation(
                    interview_id="maria-2026-02-10",
                    utterance_id="maria-2026-02-10:2",
                    quote=sample_transcript().utterances[1].text,
                    persona="Finance firefighter",
                )
            ],
        )

    monkeypatch.setattr(ask_screen, "answer_question", fake_answer)
    app = app_for(filled_workspace, "ask")
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(app, pilot, "What frustrates finance leads?")
        assert "repair spreadsheets" in str(app.screen.query_one("#answer", Static).render())
        citations = app.screen.query_one("#citations", OptionList)
        assert citations.option_count == 1
        citations.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TranscriptScreen)
        assert app.screen.query_one("#utterances", ListView).index == 1


async def test_ask_names_the_question_words_no_interview_uses(filled_workspace) -> None:
    """The real offline answer on the screen: quotes about the invoice spreadsheet, and the note that no
    interview uses "drones"."""
    app = app_for(filled_workspace, "ask")
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(app, pilot, "Do they fix the invoice spreadsheet with drones?")
        answer = str(app.screen.query_one("#answer", Static).render())
        assert "No interview uses: “drones”." in answer
        app.screen.query_one("#question", Input).focus()
        await ask(app, pilot, "Who fixes the invoice spreadsheet?")
        assert "spreadsheet" in str(
            app.screen.query_one("#citations", OptionList).get_option_at_index(0).prompt
        )
        assert "No interview uses" not in str(app.screen.query_one("#answer", Static).render())


async def test_ask_says_when_the_interviews_do_not_answer(
    filled_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ask.answering import Answer

    monkeypatch.setattr(
        ask_screen,
        "answer_question",
        lambda workspace, question, **kwargs: Answer(
            question=question, answerable=False, answer="The interviews do not say.", reason="no evidence"
        ),
    )
    app = app_for(filled_workspace, "ask")
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(app, pilot, "What is their favourite colour?")
        answer = str(app.screen.query_one("#answer", Static).render())
        assert "do not say" in answer and "no evidence" in answer
        citations = app.screen.query_one("#citations", OptionList)
        assert citations.option_count == 1 and "No quotes" in str(citations.get_option_at_index(0).prompt)


async def test_ask_lists_citations_by_persona_with_non_targets_last(
    filled_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ask.answering import Answer, AnswerCitation

    text = sample_transcript().utterances[1].text

    def fake_answer(workspace, question: str, **kwargs: Any) -> Answer:
        def cite(number: int, persona: str) -> AnswerCitation:
            return AnswerCitation(
                interview_id="maria-2026-02-10",
                utterance_id=f"maria-2026-02-10:{number}",
                quote=text,
                persona=persona,
            )

        return Answer(
            question=question,
            answerable=True,
            answer=None,
            mode="offline",
            citations=[cite(2, "Not a target"), cite(4, "Finance firefighter"), cite(6, "Not a target")],
            groups=[
                {"persona": "Finance firefighter", "participants": 1, "of_participants": 3},
                {"persona": "Not a target", "participants": 1, "of_participants": 1},
            ],
            summary="Quotes from 1 of 4 participants; findings among them: pains (3).",
        )

    monkeypatch.setattr(ask_screen, "answer_question", fake_answer)
    app = app_for(filled_workspace, "ask")
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(app, pilot, "What frustrates finance leads?")
        citations = app.screen.query_one("#citations", OptionList)
        prompts = [str(citations.get_option_at_index(i).prompt) for i in range(citations.option_count)]
        assert len(prompts) == 3, prompts
        assert "Finance firefighter (1 of 3)" in prompts[0]
        assert all("Not a target (1 of 1)" in prompt for prompt in prompts[1:])
        # the offline one-line summary, as `personas ask` prints it
        assert "Quotes from 1 of 4 participants" in str(app.screen.query_one("#answer", Static).render())
