"""The command palette (ctrl+p): every screen and the main actions, found by typing part of a name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

# (title, help, mode, screen action or None)
COMMANDS: list[tuple[str, str, str, str | None]] = [
    ("Home", "The start screen: what is in the workspace", "home", None),
    ("Interview: start or resume", "Run a day-in-the-life interview (F2)", "interview", None),
    ("Interview: resume the latest", "Open the newest unfinished interview", "interview", "resume_latest"),
    ("Library", "Interviews with their findings and personas (F3)", "library", None),
    (
        "Library: import files",
        "Import transcripts (Zoom, Teams, Otter, SRT, PDF, DOCX...)",
        "library",
        "import_files",
    ),
    (
        "Library: extract the selected interview",
        "Cited findings for one interview",
        "library",
        "extract(False)",
    ),
    ("Library: extract every interview", "Cited findings for all interviews", "library", "extract(True)"),
    (
        "Library: synthesise personas",
        "Cluster interviews into a new persona version",
        "library",
        "synthesise",
    ),
    (
        "Library: place new interviews into personas",
        "Assign interviews missing from the personas",
        "library",
        "assign",
    ),
    ("Personas", "Personas, their attributes and quotes (F4)", "personas", None),
    ("Ask the interviews", "Questions answered with citations (F5)", "ask", None),
    ("Help", "Keys and what this screen is for (F1)", "", "help"),
]


class PersonasCommands(Provider):
    """Screens and actions of the app for the command palette."""

    def _runner(self, mode: str, action: str | None) -> Callable[[], Any]:
        app: Any = self.app
        if not mode:
            return app.action_help
        if action is None:
            return partial(app.action_go, mode)
        if "(" in action:
            name, argument = action[:-1].split("(", 1)
            return partial(app.run_screen_action, mode, name, argument == "True")
        return partial(app.run_screen_action, mode, action)

    async def discover(self) -> Hits:
        for title, help_text, mode, action in COMMANDS:
            yield DiscoveryHit(title, self._runner(mode, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, mode, action in COMMANDS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), self._runner(mode, action), help=help_text)
