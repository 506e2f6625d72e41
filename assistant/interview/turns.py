"""The records of a live interview: turns, suggestions, section progress, and the read-only session view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from assistant.core.models import Category
from assistant.interview.guides import Guide, GuideSection

Mode = Literal["researcher", "self"]
TurnKind = Literal["question", "answer", "note"]
QuestionSource = Literal["scripted", "probe", "topic", "custom", "llm"]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Turn(BaseModel):
    """One line of the conversation: a question asked, an answer, or a researcher's note."""

    model_config = ConfigDict(extra="forbid")

    n: int
    kind: TurnKind
    text: str
    at: datetime
    elapsed: float
    """Active interview seconds when the turn was logged (time while the app was closed excluded)."""
    section_id: str | None = None
    source: QuestionSource | None = None
    question_ref: str | None = None
    """``<section_id>:<index>`` of the scripted question this turn asks."""
    topics: list[Category] = Field(default_factory=list)
    """Question turns: the categories the question was meant to cover (from the guide)."""
    question_n: int | None = None
    """Answer turns: the number of the question turn this answer responds to."""


class Suggestion(BaseModel):
    """A question the assistant proposes to ask next."""

    model_config = ConfigDict(extra="forbid")

    text: str
    source: QuestionSource
    section_id: str
    question_ref: str | None = None
    verbatim: bool = False
    reason: str = ""
    topics: list[Category] = Field(default_factory=list)


SectionStatus = Literal["pending", "current", "over_budget", "done", "skipped"]
TopicStatus = Literal["covered", "answered", "missing"]
"""covered: an answer scored for it; answered: a question about it got a real answer; missing: neither."""


class SectionProgress(BaseModel):
    """Question budget and topics of one guide section, as the interview stands."""

    section_id: str
    title: str
    budget: int
    used: int
    done: bool
    current: bool
    missing_topics: list[Category] = Field(default_factory=list)
    status: SectionStatus = "pending"

    @property
    def remaining(self) -> int:
        return max(0, self.budget - self.used)


class SessionInfo(BaseModel):
    """What the interview screen lists about a saved session."""

    session_id: str
    path: str
    participant: str
    guide_title: str
    mode: Mode
    started_at: datetime
    turns: int
    finished: bool
    interview_id: str | None = None
    study: str | None = None


class SessionView(Protocol):
    """What summaries and the transcript conversion read from a session (never write)."""

    session_id: str
    guide: Guide | None
    mode: Mode
    participant: str
    study: str | None
    started_at: datetime
    turns: list[Turn]
    answer_scores: dict[int, dict[str, float]]
    skipped_sections: set[str]
    member_check_rating: int | None
    member_check_comment: str | None
    interview_id: str | None
    clock: Clock

    @property
    def path(self) -> Path: ...

    @property
    def answers(self) -> list[Turn]: ...

    @property
    def questions(self) -> list[Turn]: ...

    def speaker_labels(self) -> tuple[str, str]: ...

    def last_answer(self) -> Turn | None: ...

    def section_of_last_question(self) -> str | None: ...

    def missing_topics(self, section: GuideSection) -> list[Category]: ...

    def question_of(self, answer: Turn) -> Turn | None: ...

    def small_talk(self) -> set[int]: ...
