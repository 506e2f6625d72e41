"""The start screen: what is in the workspace and where to go."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from assistant.interview.session import list_sessions
from assistant.tui.services import services
from assistant.tui.widgets.nav import NavBar

DESTINATIONS = [
    ("interview", "F2", "Interview", "run a day-in-the-life interview, or resume one"),
    ("library", "F3", "Library", "transcripts, import, extraction, synthesis, corrections"),
    ("personas", "F4", "Personas", "personas, their attributes and quotes"),
    ("ask", "F5", "Ask", "questions answered with citations"),
]


class HomeScreen(Screen[None]):
    """A short map of the app and of the workspace."""

    HELP = "Where to go: pick a screen with Enter, or press its F key from anywhere."

    def compose(self) -> ComposeResult:
        yield NavBar("home")
        with Vertical(id="home"):
            yield Static(id="home-text")
            yield OptionList(
                *[
                    Option(f"[b]{key}[/b]  {label:<10} [dim]{text}[/dim]", id=mode)
                    for mode, key, label, text in DESTINATIONS
                ],
                id="home-menu",
            )
            yield Static(
                "[dim]F1 help · ctrl+p commands · ctrl+q quit (every interview turn is saved as it happens)[/dim]",
                id="home-hint",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_text()
        self.query_one("#home-menu", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_text()

    def refresh_text(self) -> None:
        workspace = services(self).workspace
        interviews = len(workspace.interview_ids())
        sessions = len(list_sessions(workspace))  # interview logs only, not chat histories
        self.query_one("#home-text", Static).update(
            "[b]personas[/b]: customer interviews, cited findings, personas\n"
            f"Workspace  {workspace.root}\n"
            f"Interviews {interviews} transcripts, {sessions} live session{'' if sessions == 1 else 's'}"
        )

    @on(OptionList.OptionSelected, "#home-menu")
    def _go(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            services(self).go(event.option.id)
