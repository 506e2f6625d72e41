"""One error family for everything a user can cause or fix."""

from __future__ import annotations

from pathlib import Path

from assistant.core.redact import redact


class AssistantError(Exception):
    """An error with a one-line, user-facing message and a short title for the UI."""

    title = "Error"

    def __init__(self, message: str, title: str | None = None) -> None:
        message = redact(message)  # every error line is printed, shown or stored somewhere
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message


class InputFileError(AssistantError):
    """A file the user gave us cannot be read or understood."""

    title = "Cannot import file"

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class WorkspaceError(AssistantError):
    title = "Workspace problem"


class ConfigError(AssistantError):
    title = "Configuration problem"


class NotFoundError(AssistantError):
    title = "Not found"


class ModelError(AssistantError):
    """The chat or embedding model failed in a way retries did not fix."""

    title = "Model error"


class VectorIndexError(AssistantError):
    """The vector index failed (server unreachable, corrupt files...)."""

    title = "Index error"
