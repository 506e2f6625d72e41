"""Domain models shared by every part of the core.

Transcripts (Interview + Utterances) are the source of truth; every other object refers to
utterances by their stable id ``<interview_id>:<n>`` (n counts from 1).
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["interviewer", "participant", "other"]
Category = Literal["situation", "pain", "impact", "critical_event", "trigger", "decision", "channel"]
ROLE_REVIEW_BELOW = 0.6
"""Role assignments less confident than this wait for a person before extraction."""
CATEGORIES: tuple[Category, ...] = (
    "situation",
    "pain",
    "impact",
    "critical_event",
    "trigger",
    "decision",
    "channel",
)


class Utterance(BaseModel):
    """One speaker turn: consecutive cues of the same speaker, merged."""

    model_config = ConfigDict(extra="forbid")

    id: str
    speaker: str | None = None
    """Speaker label as written in the file; None when the file names nobody (never invented)."""
    role: Role = "other"
    start: float | None = None
    """Start time in seconds, when the file gives one."""
    end: float | None = None
    text: str

    @property
    def n(self) -> int:
        return int(self.id.rsplit(":", 1)[1])


class Interview(BaseModel):
    """Metadata of one interview transcript."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    study: str | None = None
    date: Date | None = None
    language: str | None = None
    participant: str | None = None
    """Participant pseudonym (or label) shown in quotes and documents."""
    participant_attributes: dict[str, str] = Field(default_factory=dict)
    source_file: str
    source_hash: str
    """sha256 of the source file bytes: re-importing the same bytes is a no-op."""
    format: str
    imported_at: datetime
    pseudonymised: bool = False
    member_check_rating: int | None = None
    """1-4 rating the participant gave the end-of-interview summary (TUI interviews)."""
    role_confidence: float | None = None
    """0-1: how sure import was of who is the participant (None: imported before roles had one)."""
    role_warnings: list[str] = Field(default_factory=list)
    """Doubts about the roles found at import (a questioning participant, a group...)."""
    roles_confirmed: bool = False
    """A person checked the roles (``personas roles ID --participant LABEL``)."""

    @property
    def roles_need_review(self) -> bool:
        """Roles are uncertain and nobody confirmed them: extraction waits for a person."""
        if self.roles_confirmed or self.role_confidence is None:
            return False
        return self.role_confidence < ROLE_REVIEW_BELOW or bool(self.role_warnings)


class Transcript(BaseModel):
    """An interview with its utterances: the file stored in ``transcripts/<id>.json``."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = 1
    interview: Interview
    utterances: list[Utterance]

    def utterance(self, utterance_id: str) -> Utterance | None:
        for utterance in self.utterances:
            if utterance.id == utterance_id:
                return utterance
        return None

    def participant_utterances(self) -> list[Utterance]:
        return [u for u in self.utterances if u.role == "participant"]

    @property
    def text_hash(self) -> str:
        """Hash of what a model would see (speakers, roles, text): the extraction cache key."""
        import hashlib

        digest = hashlib.sha256()
        for u in self.utterances:
            digest.update(f"{u.id}\x1f{u.speaker}\x1f{u.role}\x1f{u.text}\x1e".encode())
        return digest.hexdigest()


class Citation(BaseModel):
    """A quote anchored to an utterance; ``start``/``end`` are offsets in the utterance text."""

    model_config = ConfigDict(extra="forbid")

    interview_id: str
    utterance_id: str
    quote: str
    start: int | None = None
    end: int | None = None
    verified: bool = False
    reanchored: bool = False


class Finding(BaseModel):
    """One extracted claim about a participant, with its evidence."""

    model_config = ConfigDict(extra="forbid")

    interview_id: str
    source_file: str
    category: Category
    statement: str
    quote: str
    utterance_ids: list[str]
    verified: bool
    engine: str
    citations: list[Citation] = Field(default_factory=list)
    support: Literal["supported", "weak", "unrelated", "unchecked"] = "unchecked"
    """Whether the cited words support the statement (checked by code, not the model): ``weak`` is
    shown but flagged; ``unrelated`` is hidden unless asked for."""
    confidence: float | None = None

    def public_dict(self) -> dict[str, object]:
        """The documented JSON contract for ``personas extract --json``."""
        return {
            "interview_id": self.interview_id,
            "source_file": self.source_file,
            "category": self.category,
            "statement": self.statement,
            "quote": self.quote,
            "utterance_ids": list(self.utterance_ids),
            "verified": self.verified,
            "engine": self.engine,
        }


def format_hms(seconds: float | None, missing: str = "") -> str:
    """A time in seconds as ``hh:mm:ss``; ``missing`` when the transcript gives no time."""
    if seconds is None:
        return missing
    total = int(seconds)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"
