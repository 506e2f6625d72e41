"""Corrections by hand in the app: file a selected passage, recategorise, rewrite, reject, remove a persona
quote; and the corrections survive a real re-extraction from the Library."""

from __future__ import annotations

import json

from textual.widgets import Input, OptionList, TextArea
from textual.widgets.text_area import Selection
from tui_support import fixed_clock, keyword_scorer, settle, write_persona_version

from assistant.extract.corrections import load_corrections
from assistant.extract.store import load_findings
from assistant.tui.app import make_app
from assistant.tui.screens.dialogs import CategoryPicker, ConfirmScreen, TextPrompt
from assistant.tui.screens.library import LibraryScreen
from assistant.tui.screens.personas import PersonasScreen
from assistant.tui.screens.transcript import FileFindingScreen, TranscriptScreen

INTERVIEW = "maria-2026-02-10"


def app_for(workspace, start_mode: str = "library"):
    return make_app(workspace, model=None, scorer=keyword_scorer, clock=fixed_clock, start_mode=start_mode)


def finding_index(screen: TranscriptScreen, fragment: str) -> int:
    return next(i for i, f in enumerate(screen.findings) if fragment in f.quote)


async def test_corrections_in_the_transcript_survive_reextraction(filled_workspace) -> None:
    app = app_for(filled_workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("x")  # extract for real (offline engine)
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TranscriptScreen)
        assert {f.category for f in screen.findings} == {"pain", "decision"}

        # File a passage of Maria's first turn as an impact finding: select the words, pick, Enter.
        await pilot.press("down")  # utterance #2, Maria's
        await pilot.press("f")
        await settle(app, pilot)
        assert isinstance(app.screen, FileFindingScreen)
        passage = app.screen.query_one("#passage", TextArea)
        text = passage.text
        start = text.index("the morning")
        passage.selection = Selection(
            passage.document.get_location_from_index(start),
            passage.document.get_location_from_index(start + len("the morn")),  # stops mid-word
        )
        categories = app.screen.query_one("#filing-category", OptionList)
        categories.highlighted = 2  # impact
        categories.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TranscriptScreen)
        mine = next(f for f in screen.findings if f.engine == "researcher")
        assert (mine.category, mine.quote) == ("impact", "the morning")  # widened to whole words

        # Recategorise the decision finding, rewrite the pain statement, reject nothing yet.
        findings = screen.query_one("#findings", OptionList)
        findings.focus()
        findings.highlighted = finding_index(screen, "director")
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, CategoryPicker)
        app.screen.query_one(OptionList).highlighted = 0  # situation
        await pilot.press("enter")
        await settle(app, pilot)
        findings.highlighted = finding_index(screen, "invoice spreadsheet")
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one(Input).value = "Repairs the invoice spreadsheet every morning"
        await pilot.press("enter")
        await settle(app, pilot)

        # Remove the impact finding filed by hand: it is deleted from the corrections.
        findings.highlighted = next(
            i for i, f in enumerate(screen.findings) if f.engine == "researcher" and f.category == "impact"
        )
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(app, pilot)
        assert not any(f.engine == "researcher" and f.quote == "the morning" for f in screen.findings)

        await pilot.press("escape")  # back to the Library
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "✎" in str(app.screen.query_one("#interviews").get_row_at(0)[5])
        await pilot.press("x")  # re-extract: the machine's file is rewritten
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        again = {(f.category, f.statement) for f in app.screen.findings}

    assert ("situation", "My director signs off on anything over 500 euros.") in again
    assert ("pain", "Repairs the invoice spreadsheet every morning") in again
    stored = json.loads((filled_workspace.findings_dir / f"{INTERVIEW}.json").read_text(encoding="utf-8"))
    assert {f["category"] for f in stored["findings"]} == {"pain", "decision"}  # the engine's own view
    corrections = load_corrections(filled_workspace, INTERVIEW)
    assert corrections.findings == [] and len(corrections.recategorised) == 1 and len(corrections.edited) == 1


async def test_a_rejected_finding_never_comes_back(filled_workspace) -> None:
    app = app_for(filled_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        findings = screen.query_one("#findings", OptionList)
        findings.focus()
        findings.highlighted = finding_index(screen, "director")
        await pilot.press("d", "y")
        await settle(app, pilot)
        assert [f.category for f in screen.findings] == ["pain"]
        await pilot.press("escape", "x")  # extract again
        await settle(app, pilot)
    assert [f.category for f in load_findings(filled_workspace, [INTERVIEW])] == ["pain"]


async def test_removing_a_quote_from_a_persona_saves_a_version_and_rejects_the_finding(
    filled_workspace,
) -> None:
    write_persona_version(filled_workspace)
    app = app_for(filled_workspace, "personas")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PersonasScreen)
        screen.query_one("#attribute-list", OptionList).highlighted = 1  # the director attribute
        await settle(app, pilot)
        quotes = screen.query_one("#quote-list", OptionList)
        quotes.focus()
        quotes.highlighted = 0
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, PersonasScreen)
        head = str(screen.query_one("#persona-head").render())
        assert "version 2" in head
        statements = [a["statement"] for a in screen.persona["attributes"]]
        assert "The director signs off purchases" not in statements  # its only quote is gone
    (rejection,) = load_corrections(filled_workspace, INTERVIEW).rejected
    assert rejection.utterance_id == f"{INTERVIEW}:4" and "Finance firefighter" in rejection.reason
