"""F1 or ?: what the current screen is for, its keys, and the keys that work everywhere."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from assistant.tui.markup import escape

GLOBAL_KEYS = [
    ("F1 or ?", "this help"),
    ("F2 F3 F4 F5", "Interview, Library, Personas, Ask (the tab bar; tabs are clickable too)"),
    ("Esc", "back: close the screen on top, else go Home"),
    ("Tab / shift+Tab", "move between the panes of a screen"),
    ("ctrl+p", "command palette: every screen and action by name"),
    ("ctrl+q", "quit (every interview turn is already saved)"),
]


def screen_keys(screen: Screen[Any]) -> list[tuple[str, str]]:
    """The screen's own key bindings that are active now, as (key, description), in declaration order."""
    keys: list[tuple[str, str]] = []
    for binding in getattr(screen, "BINDINGS", []):
        if not isinstance(binding, Binding) or not binding.description:
            continue
        action, _, _ = binding.action.partition("(")
        if screen.check_action(action, ()) is False:
            continue  # e.g. the researcher's keys during a self-interview
        keys.append((screen.app.get_key_display(binding), binding.description))
    return keys


def help_text(screen: Screen[Any]) -> str:
    about_now = getattr(screen, "help_about", None)
    about = (about_now() if callable(about_now) else "") or getattr(screen, "HELP", "")
    about = about or (screen.__doc__ or "").strip().splitlines()[0]
    lines = [
        f"[b]{escape(getattr(screen, 'HELP_TITLE', '') or type(screen).__name__.removesuffix('Screen'))}[/b]"
    ]
    lines += [escape(about), ""]
    own = screen_keys(screen)
    if own:
        lines.append("[b]Keys on this screen[/b]")
        lines += [f"  [b]{escape(key):<16}[/b] {escape(text)}" for key, text in own]
        lines.append("")
    if not getattr(screen, "locks_navigation", False):
        lines.append("[b]Everywhere[/b]")
        lines += [f"  [b]{escape(key):<16}[/b] {escape(text)}" for key, text in GLOBAL_KEYS]
    lines += ["", "[dim]Esc, F1 or q closes this help[/dim]"]
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    """Keys and purpose of the screen underneath."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("f1", "close", "Close", priority=True),
        Binding("q", "close", "Close"),
    ]

    def __init__(self, under: Screen[Any]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Static(help_text(self.under), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
