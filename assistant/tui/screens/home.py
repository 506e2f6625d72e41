"""The start screen: what is in the workspace and where to go."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from assistant.interview.session import list_sessions
from assistant.tui.services import services


class HomeScreen(Screen[None]):
    """A short map of the app and of the workspace."""

    BINDINGS = [
        Binding("i", "app.switch_mode('interview')", "Interview"),
        Binding("l", "app.switch_mode('library')", "Library"),
        Binding("p", "app.switch_mode('personas')", "Personas"),
        Binding("a", "app.switch_mode('ask')", "Ask"),
        Binding("q", "app.quit", "Quit"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static(id="home-text")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_text()

    def on_screen_resume(self) -> None:
        self.refresh_text()

    def refresh_text(self) -> None:
        workspace = services(self).workspace
        interviews = len(workspace.interview_ids())
        sessions = len(list_sessions(workspace))  # interview logs only, not chat histories
        self.query_one("#home-text", Static).update(
            "[b]personas[/b]: customer interviews, cited findings, personas\n\n"
            f"Workspace  {workspace.root}\n"
            f"Interviews {interviews} transcripts, {sessions} live session{'' if sessions == 1 else 's'}\n\n"
            "[b]i[/b] / F2  Interview  run a day-in-the-life interview, or resume one\n"
            "[b]l[/b] / F3  Library    transcripts, import files, extraction, synthesis\n"
            "[b]p[/b] / F4  Personas   personas, attributes and their quotes\n"
            "[b]a[/b] / F5  Ask        questions answered with citations\n"
            "[b]q[/b] / ctrl+q  Quit   (every interview turn is saved as it happens)"
        )
