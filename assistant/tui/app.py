"""The Textual app: interviews, the library of transcripts, personas and questions, keyboard first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from textual.app import App
from textual.binding import Binding

from assistant.core.errors import AssistantError
from assistant.core.workspace import Workspace
from assistant.interview.session import utc_now

Scorer = Callable[[list[str]], list[dict[str, float]]]
_FROM_SETTINGS: Any = object()


class PersonasApp(App[None]):
    """Run interviews, browse transcripts and personas, and ask the interviews questions."""

    TITLE = "personas"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("f2", "switch_mode('interview')", "Interview", priority=True, show=False),
        Binding("f3", "switch_mode('library')", "Library", priority=True, show=False),
        Binding("f4", "switch_mode('personas')", "Personas", priority=True, show=False),
        Binding("f5", "switch_mode('ask')", "Ask", priority=True, show=False),
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
        """Scores answers by category; None uses the offline classifier (or its keyword fallback)."""
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

    def score_texts(self, texts: list[str]) -> list[dict[str, float]]:
        """Category probabilities for answers (blocking: call from a worker)."""
        if self.scorer is not None:
            return self.scorer(texts)
        from assistant.interview.answers import score_texts

        return score_texts(texts)

    def call_from_thread_safe(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run ``callback`` on the UI thread whether called from a worker thread or the UI itself."""
        import threading

        if threading.get_ident() == self._thread_id:
            callback(*args, **kwargs)
        else:
            self.call_from_thread(callback, *args, **kwargs)

    def report_error(self, exc: BaseException) -> None:
        """Show an error as a notification (never a traceback)."""
        if isinstance(exc, AssistantError):
            message, title = exc.message, exc.title
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
