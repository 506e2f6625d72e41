"""What every screen asks of the running app: the workspace, the model, answer scoring, errors, the clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol, cast

from textual.screen import Screen

from assistant.core.workspace import Workspace


class AppServices(Protocol):
    """The app's shared state and helpers, as screens use them (the app implements it)."""

    workspace: Workspace
    clock: Callable[[], datetime]

    def chat_model(self) -> Any: ...

    def score_answers(self, texts: list[str], questions: list[str]) -> list[dict[str, float]]: ...

    def report_error(self, exc: BaseException) -> None: ...

    def go(self, mode: str) -> None: ...

    def call_from_thread_safe(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> None: ...


def services(screen: Screen[Any]) -> AppServices:
    """The running app seen through :class:`AppServices`."""
    return cast(AppServices, screen.app)
