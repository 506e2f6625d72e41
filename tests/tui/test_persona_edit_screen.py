"""The researcher's edits of the grouping from the Personas screen: rename, move, split, merge, unpin.
Each saves a new persona version through the same functions as the CLI, and a new synthesis keeps
what the researcher pinned."""

from __future__ import annotations

from textual.widgets import Input, OptionList, SelectionList
from tui_support import fixed_clock, keyword_scorer, settle
from unit.persona_data import hashing_workspace, study

from assistant.personas.grouping import GroupingModel
from assistant.personas.synthesis import synthesize_personas
from assistant.personas.versions import latest_persona_set, list_versions, save_new_version
from assistant.tui.app import make_app
from assistant.tui.screens.dialogs import ChoicePicker, ManyPicker, TextPrompt
from assistant.tui.screens.personas import PersonasScreen

NO_NEGATIVES = GroupingModel(negative_z=9.0)
"""These tests are about edits: nobody is set apart as a non-target."""


def persona_with(workspace, interview_id: str):
    persona_set = latest_persona_set(workspace)
    return next(p for p in persona_set.personas if interview_id in p.members)


async def choose(app, pilot, option_id: str) -> None:
    options = app.screen.query_one(OptionList)
    options.highlighted = next(
        i for i in range(options.option_count) if options.get_option_at_index(i).id == option_id
    )
    await pilot.press("enter")
    await settle(app, pilot)


async def test_rename_move_split_merge_and_unpin_from_the_personas_screen(tmp_path) -> None:
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    synthesize_personas(workspace, engine="offline", k=2, grouping_model=NO_NEGATIVES)
    ap = persona_with(workspace, "ap-1")
    ctl = persona_with(workspace, "ctl-1")
    assert ap.id != ctl.id
    waiting = latest_persona_set(workspace)  # ap-3 left unassigned, as assign does with a misfit
    next(p for p in waiting.personas if p.id == ap.id).members.remove("ap-3")
    waiting.unassigned.append("ap-3")
    save_new_version(workspace, waiting)
    app = make_app(workspace, model=None, scorer=keyword_scorer, clock=fixed_clock, start_mode="personas")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PersonasScreen)
        personas = screen.query_one("#persona-list", OptionList)
        personas.highlighted = [p["id"] for p in screen.persona_set["personas"]].index(ap.id)
        await settle(app, pilot)

        # + adds the unassigned interview to the highlighted persona
        await pilot.press("plus")
        assert isinstance(app.screen, ChoicePicker)
        await choose(app, pilot, "ap-3")
        assert persona_with(workspace, "ap-3").id == ap.id and not latest_persona_set(workspace).unassigned

        # relabel: l, type, Enter
        await pilot.press("l")
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one(Input).value = "Invoice people"
        await pilot.press("enter")
        await settle(app, pilot)
        assert persona_with(workspace, "ap-1").label == "Invoice people"
        assert "pinned" in str(screen.query_one("#persona-head").render())

        # move ap-1 to the controllers: v, pick the interview, pick the persona
        await pilot.press("v")
        assert isinstance(app.screen, ChoicePicker)
        await choose(app, pilot, "ap-1")
        assert isinstance(app.screen, ChoicePicker)
        await choose(app, pilot, ctl.id)
        assert isinstance(app.screen, PersonasScreen)
        assert persona_with(workspace, "ap-1").id == ctl.id

        # split ap-1 off the controllers again, into a persona of its own
        personas.highlighted = [p["id"] for p in screen.persona_set["personas"]].index(ctl.id)
        await settle(app, pilot)
        await pilot.press("p")
        assert isinstance(app.screen, ManyPicker)
        app.screen.query_one(SelectionList).select("ap-1")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one(Input).value = "Odd one"
        await pilot.press("enter")
        await settle(app, pilot)
        odd = persona_with(workspace, "ap-1")
        assert odd.label == "Odd one" and odd.members == ["ap-1"]

        # merge it back into "Invoice people": m on Invoice people, pick Odd one
        personas.highlighted = [p["label"] for p in screen.persona_set["personas"]].index("Invoice people")
        await settle(app, pilot)
        await pilot.press("m")
        assert isinstance(app.screen, ChoicePicker)
        await choose(app, pilot, odd.id)
        merged = persona_with(workspace, "ap-1")
        assert merged.label == "Invoice people" and {"ap-1", "ap-2", "ap-3"} <= set(merged.members)

        # a new synthesis keeps the pinned persona; unpin lets it go
        synthesize_personas(workspace, engine="offline", k=2, grouping_model=NO_NEGATIVES)
        assert persona_with(workspace, "ap-1").label == "Invoice people"
        await pilot.press("g")
        await settle(app, pilot)
        personas.highlighted = [p["label"] for p in screen.persona_set["personas"]].index("Invoice people")
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        assert not persona_with(workspace, "ap-1").pinned
    assert len(list_versions(workspace)) >= 7
