"""The Textual app: interviews, the library of transcripts, personas and questions, keyboard first."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from textual.app import App
from textual.binding import Binding

from assistant.core.errors import AssistantError
from assistant.core.workspace import Workspace
from assistant.interview.session import utc_now
from assistant.tui.commands import PersonasCommands

Scorer = Callable[[list[str], list[str]], list[dict[str, float]]]
_FROM_SETTINGS: Any = object()

MODES = ("home", "interview", "library", "personas", "ask")

# Core messages name CLI commands; in the app the same step is a key on a screen.
_CLI_IN_TUI = {
    "synthesize": "press s in the Library (F3) to synthesise",
    "extract": "press x in the Library (F3) to extract",
    "import": "press i in the Library (F3) to import files",
    "assign": "press a in the Library (F3) to place new interviews",
    "reindex": "run `personas reindex` in a shell (the app cannot rebuild the index)",
}
_CLI_REFERENCE = re.compile(r"\(?\b(?:run |with )?`personas (\w+)[^`]*`(?: first)?\)?")


def tui_text(message: str) -> str:
    """A core message with its CLI commands replaced by the app's own keys."""

    def replace(match: re.Match[str]) -> str:
        action = _CLI_IN_TUI.get(match.group(1))
        if action is None:
            return match.group(0)
        return f"({action})" if match.group(0).startswith("(") else action

    return _CLI_REFERENCE.sub(replace, message)


class PersonasApp(App[None]):
    """Run interviews, browse transcripts and personas, and ask the interviews questions."""

    TITLE = "personas"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {PersonasCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-normal"), (110, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (24, "-tall")]
    BINDINGS = [
        Binding("f1", "help", "Help", priority=True, show=False),
        Binding("question_mark", "help", "Help", show=False),
        Binding("f2", "go('interview')", "Interview", priority=True, show=False),
        Binding("f3", "go('library')", "Library", priority=True, show=False),
        Binding("f4", "go('personas')", "Personas", priority=True, show=False),
        Binding("f5", "go('ask')", "Ask", priority=True, show=False),
        Binding("escape", "go_back", "Back", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        workspace: Workspace,
        *,
        model: Any = _FROM_SETTINGS,
        scorer: Scorer | None = None,
        clock: Callable[[], datetime] | None = None,
        start_mode: str = "home",
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self._model = model
        self._model_resolved = model is not _FROM_SETTINGS
        self.scorer = scorer
        """Scores answers (with their questions) by category; None uses the offline classifier."""
        self.clock = clock or utc_now
        self.start_mode = start_mode
        for name, screen in self.get_modes().items():
            self.add_mode(name, screen)

    def get_modes(self) -> dict[str, Any]:
        from assistant.tui.screens.ask import AskScreen
        from assistant.tui.screens.home import HomeScreen
        from assistant.tui.screens.interview_start import InterviewStartScreen
        from assistant.tui.screens.library import LibraryScreen
        from assistant.tui.screens.personas import PersonasScreen

        return {
            "home": HomeScreen,
            "interview": InterviewStartScreen,
            "library": LibraryScreen,
            "personas": PersonasScreen,
            "ask": AskScreen,
        }

    def on_mount(self) -> None:
        self.sub_title = self.workspace.root.name
        self.switch_mode(self.start_mode)

    # -- navigation -------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A self-interview keeps the participant on it: no tabs, no palette (the researcher pauses with Esc)."""
        if action in ("go", "go_back", "command_palette") and getattr(self.screen, "locks_navigation", False):
            return False
        return True

    def action_go(self, mode: str) -> None:
        """Switch to a top-level screen (the tab bar's targets)."""
        self.go(mode)

    def go(self, mode: str) -> None:
        if mode in MODES and mode != self.current_mode:
            self.switch_mode(mode)

    def action_go_back(self) -> None:
        """Escape: close the screen on top, else go back to Home."""
        if len(self.screen_stack) > 1:
            self.pop_screen()
        elif self.current_mode != "home":
            self.switch_mode("home")

    def action_help(self) -> None:
        from assistant.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def run_screen_action(self, mode: str, action: str, *arguments: Any) -> None:
        """Go to a top-level screen and run one of its actions (the command palette uses it)."""

        def run() -> None:
            screen = self.screen
            while len(self.screen_stack) > 1 and not hasattr(screen, f"action_{action}"):
                self.pop_screen()
                screen = self.screen
            method = getattr(screen, f"action_{action}", None)
            if method is not None:
                method(*arguments)

        if mode != self.current_mode:
            self.switch_mode(mode)
        self.call_after_refresh(run)

    # -- services for the screens ------------------------------------------------------------------
    def chat_model(self) -> Any:
        """The configured chat model, or None offline (a configuration problem becomes a notification)."""
        if not self._model_resolved:
            self._model_resolved = True
            try:
                from assistant.providers.llm import get_chat_model

                self._model = get_chat_model(self.workspace.settings)
            except AssistantError as exc:
                self._model = None
                self.call_from_thread_safe(self.notify, exc.message, title=exc.title, severity="warning")
        return self._model

    def score_answers(self, texts: list[str], questions: list[str]) -> list[dict[str, float]]:
        """Coverage scores for answers read with their questions (blocking: call from a worker)."""
        if self.scorer is not None:
            return self.scorer(texts, questions)
        from assistant.interview.answers import score_answers

        return score_answers(texts, questions)

    def call_from_thread_safe(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run ``callback`` on the UI thread whether called from a worker thread or the UI itself."""
        import threading

        if threading.get_ident() == self._thread_id:
            callback(*args, **kwargs)
        else:
            self.call_from_thread(callback, *args, **kwargs)

    def report_error(self, exc: BaseException) -> None:
        """Show an error as a notification (never a traceback), naming the app's keys, not CLI commands."""
        if isinstance(exc, AssistantError):
            message, title = tui_text(exc.message), exc.title
        else:
            message, title = f"{type(exc).__name__}: {exc}", "Unexpected error"
        self.call_from_thread_safe(self.notify, message, title=title, severity="error", timeout=8)


def make_app(
    workspace: Workspace,
    *,
    model: Any = _FROM_SETTINGS,
    scorer: Scorer | None = None,
    clock: Callable[[], datetime] | None = None,
    start_mode: str = "home",
) -> PersonasApp:
    """Build the app; tests pass a fake ``model`` (None = offline), a ``scorer`` and a fixed ``clock``."""
    return PersonasApp(workspace, model=model, scorer=scorer, clock=clock, start_mode=start_mode)
