"""The cache of model answers for extraction, per interview window."""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel, ValidationError

from assistant.core.errors import WorkspaceError
from assistant.core.models import Transcript
from assistant.core.storage import atomic_write_json, read_json
from assistant.core.workspace import Workspace


class WindowCache:
    """Model answers per window, in one file keyed by transcript hash, prompt version and model.

    An unchanged re-run (same transcript, prompt and model) is served from here: zero tokens.
    """

    def __init__(
        self,
        workspace: Workspace,
        transcript: Transcript,
        model_id: str,
        *,
        fingerprint: str,
        answer_type: type[BaseModel],
    ) -> None:
        self.answer_type = answer_type
        self.key = {
            "transcript_hash": transcript.text_hash,
            "prompt_version": fingerprint,
            "model": model_id,
        }
        digest = hashlib.sha256("\x1f".join(self.key.values()).encode("utf-8")).hexdigest()[:32]
        self.path = workspace.cache_dir / "extraction" / f"{transcript.interview.id}-{digest}.json"
        self.answers: dict[str, Any] = {}
        if self.path.exists():
            try:
                data = read_json(self.path)
            except WorkspaceError:
                data = {}
            if isinstance(data, dict) and data.get("key") == self.key:
                self.answers = dict(data.get("windows") or {})

    @staticmethod
    def window_key(system: str, user: str) -> str:
        return hashlib.sha256(f"{system}\x1e{user}".encode()).hexdigest()[:32]

    def get(self, key: str) -> Any:
        raw = self.answers.get(key)
        if raw is None:
            return None
        try:
            return self.answer_type.model_validate(raw)
        except ValidationError:
            return None

    def put(self, key: str, answer: BaseModel) -> None:
        self.answers[key] = answer.model_dump(mode="json")
        atomic_write_json(self.path, {"key": self.key, "windows": self.answers})
