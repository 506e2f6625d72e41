"""Navigation on every screen: the tab bar, F-keys, Escape, help, the command palette, Tab focus order,
distinct keys, empty states inside the panes, and messages that name the app's keys."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette
from textual.widgets import Input, OptionList, Static
from tui_support import fixed_clock, keyword_scorer, settle, write_persona_version

from assistant.core.errors import NotFoundError
from assistant.interview.guides import find_guide
from assistant.interview.session import InterviewSession
from assistant.tui.app import make_app, tui_text
from assistant.tui.screens.ask import AskScreen
from assistant.tui.screens.help import HelpScreen
from assistant.tui.screens.home import HomeScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.screens.interview_start import InterviewStartScreen
from assistant.tui.screens.library import LibraryScreen
from assistant.tui.screens.member_check import MemberCheckScreen
from assistant.tui.screens.personas import PersonasScreen
from assistant.tui.screens.transcript import TranscriptScreen
from assistant.tui.widgets.nav import NavBar

SCREENS = {
    "home": HomeScreen,
    "interview": InterviewStartScreen,
    "library": LibraryScreen,
    "personas": PersonasScreen,
    "ask": AskScreen,
}


def app_for(workspace, start_mode: str = "home"):
    return make_app(workspace, model=None, scorer=keyword_scorer, clock=fixed_clock, start_mode=start_mode)


async def focus_cycle(app, pilot, presses: int = 8) -> list[str]:
    """The ids Tab visits, starting from the focused widget, until it comes back round."""
    start = app.focused.id if app.focused else None
    seen = [start]
    for _ in range(presses):
        await pilot.press("tab")
        current = app.focused.id if app.focused else None
        if current == start:
            break
        seen.append(current)
    return seen


def session_with_answers(workspace) -> InterviewSession:
    session = InterviewSession.start(
        workspace, find_guide("day_in_the_life"), participant="Alex", study="Pilot", clock=fixed_clock
    )
    session.ask(session.next_question())
    session.answer("Busy, as usual.")
    return session


async def test_every_screen_has_the_tab_bar_and_function_keys_and_escape_go_everywhere(
    filled_workspace,
) -> None:
    write_persona_version(filled_workspace)
    app = app_for(filled_workspace, "home")
    async with app.run_test(size=(80, 24)) as pilot:
        keys = {"interview": "f2", "library": "f3", "personas": "f4", "ask": "f5"}
        for target, key in keys.items():  # from Home to each screen, and back with Escape
            await pilot.press(key)
            await settle(app, pilot)
            assert isinstance(app.screen, SCREENS[target]), key
            bar = app.screen.query_one(NavBar)
            assert bar.active == target and "F3 Library" in str(bar.render())
            await pilot.press("escape")
            assert isinstance(app.screen, HomeScreen)
        for key, target in (("f5", "ask"), ("f2", "interview"), ("f4", "personas"), ("f3", "library")):
            await pilot.press(key)  # from each screen straight to another
            await settle(app, pilot)
            assert isinstance(app.screen, SCREENS[target]), key


async def test_the_tab_bar_is_clickable(workspace) -> None:
    app = app_for(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click(NavBar, offset=(30, 0))  # "F3 Library"
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)


@pytest.mark.parametrize("mode", list(SCREENS))
async def test_f1_shows_help_for_the_screen_and_escape_closes_it(filled_workspace, mode) -> None:
    app = app_for(filled_workspace, mode)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        under = app.screen
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text", Static).render())
        assert "Everywhere" in text and "ctrl+p" in text
        await pilot.press("escape")
        assert app.screen is under


async def test_question_mark_opens_help_unless_typing(workspace) -> None:
    app = app_for(workspace, "library")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "Import" in str(app.screen.query_one("#help-text", Static).render())
        await pilot.press("escape")
        await pilot.press("f5")
        await settle(app, pilot)
        await pilot.press("question_mark")  # typed into the question box, not a help request
        assert isinstance(app.screen, AskScreen)
        assert app.screen.query_one("#question", Input).value == "?"


async def test_the_command_palette_finds_screens_and_actions(filled_workspace) -> None:
    app = app_for(filled_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"synthesise")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        messages = [n.message for n in app._notifications]
        # the Library's synthesise action ran: nothing is extracted yet, and it says which key fixes that
        assert messages == [
            "no verified findings to synthesise from (press x in the Library (F3) to extract)"
        ]


async def test_tab_moves_through_the_panes_of_every_screen(filled_workspace) -> None:
    write_persona_version(filled_workspace)
    session_with_answers(filled_workspace)
    app = app_for(filled_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert await focus_cycle(app, pilot) == ["home-menu"]
        await pilot.press("f2")
        await settle(app, pilot)
        assert await focus_cycle(app, pilot) == ["participant", "study", "guide", "mode", "sessions"]
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert await focus_cycle(app, pilot) == ["entry", "conversation"]
        await pilot.press("ctrl+f", "y")
        await settle(app, pilot)
        assert isinstance(app.screen, MemberCheckScreen)
        assert await focus_cycle(app, pilot) == ["member-check"]
        await pilot.press("escape")  # back to the interview
        await pilot.press("escape")  # pause it
        await pilot.press("f3")
        await settle(app, pilot)
        assert await focus_cycle(app, pilot) == ["interviews"]
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TranscriptScreen)
        assert await focus_cycle(app, pilot) == ["utterances", "findings"]
        await pilot.press("escape", "f4")
        await settle(app, pilot)
        assert await focus_cycle(app, pilot) == ["persona-list", "attribute-list", "quote-list"]
        await pilot.press("f5")
        await settle(app, pilot)
        assert await focus_cycle(app, pilot) == ["question", "citations"]


def test_each_letter_key_means_one_thing_on_every_screen() -> None:
    from assistant.tui.screens.transcript import FileFindingScreen

    meaning: dict[str, set[str]] = {}
    for screen in (
        *SCREENS.values(),
        InterviewScreen,
        MemberCheckScreen,
        TranscriptScreen,
        FileFindingScreen,
    ):
        for binding in screen.BINDINGS:
            for key in binding.key.split(","):
                meaning.setdefault(key, set()).add(binding.description)
    clashes = {key: names for key, names in meaning.items() if len(names) > 1 and key != "escape"}
    assert clashes == {}


async def test_empty_workspace_shows_empty_states_inside_the_panes_not_toasts(workspace) -> None:
    app = app_for(workspace, "library")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        empty = app.screen.query_one("#library-empty", Static)
        assert empty.display and "Press i to import" in str(empty.render())
        assert not app.screen.query_one("#interviews").display
        await pilot.press("f4")
        await settle(app, pilot)
        assert "No personas yet" in str(app.screen.query_one("#persona-head", Static).render())
        await pilot.press("f5")
        await settle(app, pilot)
        assert "Type a question" in str(app.screen.query_one("#answer", Static).render())
        assert app.screen.query_one("#citations", OptionList).option_count == 1
        assert list(app._notifications) == []


def test_core_messages_name_the_apps_keys_instead_of_cli_commands() -> None:
    message = "no personas yet in /w/personas (run `personas synthesize` first)"
    assert tui_text(message) == "no personas yet in /w/personas (press s in the Library (F3) to synthesise)"
    assert "press x in the Library" in tui_text("no findings for x yet (run `personas extract x`)")
    assert tui_text("nothing to change") == "nothing to change"


async def test_errors_in_the_app_name_the_app_action(filled_workspace) -> None:
    app = app_for(filled_workspace, "library")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")  # place new interviews, but there are no personas yet
        await settle(app, pilot)
        notes = [n.message for n in app._notifications]
    assert any("press s in the Library" in m for m in notes), notes
    assert not any("`personas" in m for m in notes)


async def test_personas_and_library_use_the_width_at_120_and_stay_usable_at_60x20(filled_workspace) -> None:
    write_persona_version(filled_workspace)
    app = app_for(filled_workspace, "personas")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        persona_list = app.screen.query_one("#persona-list", OptionList)
        assert persona_list.size.width >= 36  # content width of a 40-column pane
        await pilot.resize_terminal(60, 20)
        await settle(app, pilot)
        attributes = app.screen.query_one("#attribute-list", OptionList)
        assert persona_list.size.width >= 56  # stacked above the details, full width
        assert attributes.size.width >= 56 and attributes.size.height >= 3
        assert app.screen.query_one("#quote-list").size.height >= 3
        await pilot.press("f3")
        await settle(app, pilot)
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        table = app.screen.query_one("#interviews")
        assert table.get_row_at(0)[0] == "maria-2026-02-10"  # not cut at 120 columns


def test_nav_markup_fits_narrow_terminals() -> None:
    import re

    from assistant.tui.widgets.nav import nav_markup

    for width in (60, 80, 120):
        plain = re.sub(r"\[[^\]]*\]", "", nav_markup("library", width))
        assert len(plain) <= width
        assert all(f"F{n}" in plain for n in (1, 2, 3, 4, 5))


def test_missing_persona_error_reads_well() -> None:
    assert "press s" in tui_text(str(NotFoundError("no personas yet in x (run `personas synthesize` first)")))


async def test_a_self_interview_keeps_the_participant_on_it(workspace) -> None:
    session = InterviewSession.start(
        workspace, find_guide("day_in_the_life"), participant="Bo", mode="self", study="P", clock=fixed_clock
    )
    session.ask(session.decide_next())
    app = app_for(workspace, "interview")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert not app.screen.query_one(NavBar).display
        await pilot.press("f3", "ctrl+p")
        await settle(app, pilot)
        assert isinstance(app.screen, InterviewScreen)  # no other screen, no palette
        await pilot.press("f1")
        text = str(app.screen.query_one("#help-text", Static).render())
        assert "Answer each question" in text
        assert "Ask next" not in text and "F2 F3" not in text  # no researcher keys, no tabs
