"""Live interview sessions: guide-driven next questions, probes, coverage, an append-only turn log, resume.

Every change is one JSON line appended (and fsynced) to ``<workspace>/sessions/<session_id>.jsonl``
before the in-memory state changes, so killing the process loses nothing and replaying the log
rebuilds the session exactly.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import NotFoundError, WorkspaceError
from assistant.guides import Guide, GuideQuestion, GuideSection
from assistant.interview_assist import (
    COVERED_THRESHOLD,
    is_short,
    is_vague,
    mentions_people_or_events,
)
from assistant.models import CATEGORIES, Category, Transcript
from assistant.storage import append_jsonl, read_jsonl
from assistant.workspace import Workspace, slugify

Mode = Literal["researcher", "self"]
TurnKind = Literal["question", "answer", "note"]
QuestionSource = Literal["scripted", "probe", "topic", "custom", "llm"]
Clock = Callable[[], datetime]
LOG_VERSION = 1
MAX_CONSECUTIVE_PROBES = 2


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


class Suggestion(BaseModel):
    """A question the assistant proposes to ask next."""

    model_config = ConfigDict(extra="forbid")

    text: str
    source: QuestionSource
    section_id: str
    question_ref: str | None = None
    verbatim: bool = False
    reason: str = ""


class SectionProgress(BaseModel):
    """Question budget and topics of one guide section, as the interview stands."""

    section_id: str
    title: str
    budget: int
    used: int
    done: bool
    current: bool
    missing_topics: list[Category] = Field(default_factory=list)

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


class InterviewSession:
    """A live interview: state rebuilt from (and written to) its append-only JSON-lines log."""

    def __init__(self, workspace: Workspace, session_id: str, *, clock: Clock | None = None) -> None:
        self.workspace = workspace
        self.session_id = session_id
        self.clock: Clock = clock or utc_now
        self.guide: Guide | None = None
        self.mode: Mode = "researcher"
        self.participant = "Participant"
        self.interviewer: str | None = None
        self.study: str | None = None
        self.started_at: datetime = datetime.min.replace(tzinfo=UTC)
        self.turns: list[Turn] = []
        self.skipped_sections: set[str] = set()
        self.summary: str | None = None
        self.summary_turn_count = 0
        """How many turns the interview had when the summary was written (a later turn makes it stale)."""
        self.member_check_rating: int | None = None
        self.interview_id: str | None = None
        self.finished = False
        self.answer_scores: dict[int, dict[str, float]] = {}
        """Category probabilities per answer turn number (not logged: recomputed on resume)."""
        self._closed_elapsed = 0.0
        self._segment_start: datetime = self.started_at
        self._last_at: datetime = self.started_at

    # -- creating and replaying ----------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.workspace.sessions_dir / f"{self.session_id}.jsonl"

    @classmethod
    def start(
        cls,
        workspace: Workspace,
        guide: Guide,
        *,
        participant: str,
        mode: Mode = "researcher",
        interviewer: str | None = None,
        study: str | None = None,
        clock: Clock | None = None,
    ) -> InterviewSession:
        """Create a new session and write its first log line."""
        workspace.ensure()
        now = (clock or utc_now)()
        participant = participant.strip() or "Participant"
        base = f"{now:%Y%m%d-%H%M%S}-{slugify(participant, 24)}"
        session_id, counter = base, 2
        while (workspace.sessions_dir / f"{session_id}.jsonl").exists():
            session_id = f"{base}-{counter}"
            counter += 1
        session = cls(workspace, session_id, clock=clock)
        session._append(
            {
                "type": "start",
                "version": LOG_VERSION,
                "session_id": session_id,
                "guide": guide.model_dump(mode="json"),
                "mode": mode,
                "participant": participant,
                "interviewer": interviewer,
                "study": study if study is not None else workspace.settings.study,
                "at": now,
            }
        )
        return session

    @classmethod
    def load(cls, workspace: Workspace, session_id: str, *, clock: Clock | None = None) -> InterviewSession:
        """Rebuild a session from its log without writing anything."""
        session = cls(workspace, session_id, clock=clock)
        records = read_jsonl(session.path)
        if not records:
            raise NotFoundError(f"no interview session {session_id!r} in {workspace.sessions_dir}")
        if records[0].get("type") != "start":
            raise WorkspaceError(f"{session.path}: first line is not a session start")
        for number, record in enumerate(records, start=1):
            try:
                session._apply(record)
            except (KeyError, ValueError, TypeError) as exc:
                raise WorkspaceError(f"{session.path}:{number}: damaged session record ({exc})") from exc
        return session

    @classmethod
    def resume(cls, workspace: Workspace, session_id: str, *, clock: Clock | None = None) -> InterviewSession:
        """Reload an unfinished session and log that it resumed (the timer excludes the gap)."""
        session = cls.load(workspace, session_id, clock=clock)
        if session.finished:
            raise WorkspaceError(
                f"session {session_id} is already finished (interview {session.interview_id})"
            )
        _drop_torn_tail(session.path)
        session._append({"type": "resume", "at": session.clock()})
        return session

    def _append(self, record: dict[str, Any]) -> None:
        record.setdefault("at", self.clock())
        append_jsonl(self.path, record)
        self._apply(record)

    def _apply(self, record: dict[str, Any]) -> None:
        kind = record["type"]
        at = _as_datetime(record["at"])
        if kind == "start":
            self.guide = Guide.model_validate(record["guide"])
            self.mode = record.get("mode", "researcher")
            self.participant = record.get("participant") or "Participant"
            self.interviewer = record.get("interviewer")
            self.study = record.get("study")
            self.started_at = self._segment_start = self._last_at = at
        elif kind == "resume":
            self._closed_elapsed += max(0.0, (self._last_at - self._segment_start).total_seconds())
            self._segment_start = at
        elif kind == "turn":
            self.turns.append(Turn.model_validate(record["turn"]))
        elif kind == "skip_section":
            self.skipped_sections.add(record["section_id"])
        elif kind == "summary":
            self.summary = record["text"]
            self.summary_turn_count = len(self.turns)
        elif kind == "member_check":
            self.member_check_rating = int(record["rating"])
        elif kind == "finish":
            self.finished = True
            self.interview_id = record.get("interview_id")
        self._last_at = max(self._last_at, at)

    # -- time ----------------------------------------------------------------------------
    def elapsed_seconds(self, now: datetime | None = None) -> float:
        """Active interview time: the time the app was closed between a kill and a resume is excluded."""
        now = now or self.clock()
        return self._closed_elapsed + max(0.0, (now - self._segment_start).total_seconds())

    # -- recording turns ------------------------------------------------------------------
    def _log_turn(self, kind: TurnKind, text: str, **fields: Any) -> Turn:
        text = text.strip()
        if not text:
            raise WorkspaceError("nothing to record: the text is empty")
        if self.finished:
            raise WorkspaceError(f"session {self.session_id} is finished; start a new one")
        now = self.clock()
        turn = Turn(
            n=len(self.turns) + 1, kind=kind, text=text, at=now, elapsed=self.elapsed_seconds(now), **fields
        )
        self._append({"type": "turn", "turn": turn.model_dump(mode="json"), "at": now})
        return turn

    def ask(self, suggestion: Suggestion | str) -> Turn:
        """Log a question as asked (a suggestion, or custom text typed by the researcher)."""
        if isinstance(suggestion, str):
            section = self.current_section()
            return self._log_turn(
                "question", suggestion, source="custom", section_id=section.id if section else None
            )
        return self._log_turn(
            "question",
            suggestion.text,
            source=suggestion.source,
            section_id=suggestion.section_id,
            question_ref=suggestion.question_ref,
        )

    def answer(self, text: str) -> Turn:
        """Log the participant's words (typed by them, or by the researcher for them)."""
        return self._log_turn("answer", text, section_id=self._section_of_last_question())

    def note(self, text: str) -> Turn:
        """Log a researcher's note: kept in the transcript as context, never quoted as evidence."""
        return self._log_turn("note", text, section_id=self._section_of_last_question())

    def skip_section(self) -> GuideSection | None:
        """Mark the current section done and move to the next one."""
        section = self.current_section()
        if section is not None:
            self._append({"type": "skip_section", "section_id": section.id})
        return section

    # -- reading the state ----------------------------------------------------------------
    @property
    def questions(self) -> list[Turn]:
        return [t for t in self.turns if t.kind == "question"]

    @property
    def answers(self) -> list[Turn]:
        return [t for t in self.turns if t.kind == "answer"]

    def _section_of_last_question(self) -> str | None:
        for turn in reversed(self.turns):
            if turn.kind == "question":
                return turn.section_id
        return None

    def _guide(self) -> Guide:
        if self.guide is None:
            raise WorkspaceError(f"{self.path}: session has no guide")
        return self.guide

    def asked_texts(self) -> set[str]:
        return {t.text.casefold() for t in self.questions}

    def used_in(self, section_id: str) -> int:
        return sum(1 for t in self.questions if t.section_id == section_id)

    def asked_refs(self) -> set[str]:
        return {t.question_ref for t in self.questions if t.question_ref}

    def coverage(self) -> dict[Category, float]:
        """Highest probability of each category over the participant's answers scored so far."""
        scores: dict[Category, float] = {category: 0.0 for category in CATEGORIES}
        for answer_scores in self.answer_scores.values():
            for category in CATEGORIES:
                scores[category] = max(scores[category], float(answer_scores.get(category, 0.0)))
        return scores

    def covered(self) -> set[Category]:
        return {c for c, score in self.coverage().items() if score >= COVERED_THRESHOLD}

    def missing_topics(self, section: GuideSection) -> list[Category]:
        covered = self.covered()
        return [topic for topic in section.required_topics if topic not in covered]

    def unscored_answers(self) -> list[Turn]:
        return [t for t in self.answers if t.n not in self.answer_scores]

    def set_scores(self, scores_by_turn: dict[int, dict[str, float]]) -> None:
        self.answer_scores.update(scores_by_turn)

    def refresh_coverage(self, embedder: Any = None) -> dict[Category, float]:
        """Score the answers not scored yet (blocking: call it from a worker in the UI)."""
        from assistant.interview_assist import score_texts

        pending = self.unscored_answers()
        if pending:
            scores = score_texts([t.text for t in pending], embedder=embedder)
            self.set_scores({t.n: s for t, s in zip(pending, scores, strict=True)})
        return self.coverage()

    def _unasked_scripted(self, section: GuideSection) -> list[tuple[int, GuideQuestion]]:
        refs = self.asked_refs()
        return [(i, q) for i, q in enumerate(section.questions) if f"{section.id}:{i}" not in refs]

    def _topic_probe(self, section: GuideSection) -> Suggestion | None:
        asked = self.asked_texts()
        for topic in self.missing_topics(section):
            probe = self._guide().topic_probes.get(topic)
            if probe and probe.casefold() not in asked:
                return Suggestion(
                    text=probe, source="topic", section_id=section.id, reason=f"{topic} not covered yet"
                )
        return None

    def _section_done(self, section: GuideSection) -> bool:
        if section.id in self.skipped_sections or self.used_in(section.id) >= section.budget:
            return True
        if self._unasked_scripted(section):
            return False
        return self._topic_probe(section) is None and not self._awaiting_answer_in(section.id)

    def _awaiting_answer_in(self, section_id: str) -> bool:
        return (
            bool(self.turns) and self.turns[-1].kind == "question" and self.turns[-1].section_id == section_id
        )

    def current_section(self) -> GuideSection | None:
        """The first section of the guide that is neither finished, skipped nor out of budget."""
        for section in self._guide().sections:
            if not self._section_done(section):
                return section
        return None

    def sections_progress(self) -> list[SectionProgress]:
        current = self.current_section()
        return [
            SectionProgress(
                section_id=s.id,
                title=s.title,
                budget=s.budget,
                used=self.used_in(s.id),
                done=self._section_done(s),
                current=current is not None and current.id == s.id,
                missing_topics=self.missing_topics(s),
            )
            for s in self._guide().sections
        ]

    def is_complete(self) -> bool:
        """Every section is done (asked, skipped or out of budget)."""
        return self.current_section() is None

    # -- suggestions ---------------------------------------------------------------------
    def next_question(self) -> Suggestion | None:
        """The next scripted question (or a probe for a missing required topic); None when done."""
        section = self.current_section()
        if section is None:
            return None
        unasked = self._unasked_scripted(section)
        if unasked:
            index, question = unasked[0]
            return Suggestion(
                text=question.text,
                source="scripted",
                section_id=section.id,
                question_ref=f"{section.id}:{index}",
                verbatim=question.verbatim,
                reason="ask verbatim" if question.verbatim else "guide question",
            )
        return self._topic_probe(section)

    def last_answer(self) -> Turn | None:
        """The participant's answer to the last question, if they gave one."""
        for turn in reversed(self.turns):
            if turn.kind == "question":
                return None
            if turn.kind == "answer":
                return turn
        return None

    def _last_scripted(self) -> tuple[GuideSection, GuideQuestion] | None:
        for turn in reversed(self.questions):
            if turn.source == "scripted" and turn.question_ref:
                section_id, index = turn.question_ref.rsplit(":", 1)
                section = self._guide().section(section_id)
                return section, section.questions[int(index)]
        return None

    def consecutive_probes(self) -> int:
        count = 0
        for turn in reversed(self.questions):
            if turn.source == "scripted":
                break
            count += 1
        return count

    def probe_suggestions(self, limit: int = 3) -> list[Suggestion]:
        """Follow-ups for the last answer, from the guide's probing rules (no model needed)."""
        answer = self.last_answer()
        section_id = self._section_of_last_question()
        if answer is None or section_id is None:
            return []
        section = self._guide().section(section_id)
        if self.used_in(section.id) >= section.budget:
            return []
        guide = self._guide()
        candidates: list[Suggestion] = []

        def add(text: str | None, source: QuestionSource, reason: str) -> None:
            if text:
                candidates.append(Suggestion(text=text, source=source, section_id=section.id, reason=reason))

        if is_vague(answer.text):
            for rule in guide.rules_for("vague"):
                add(rule.probe, "probe", "vague answer")
        if is_short(answer.text):
            for rule in guide.rules_for("short"):
                add(rule.probe, "probe", "short answer")
        last = self._last_scripted()
        if last is not None and last[0].id == section.id:
            for probe in last[1].probes:
                add(probe, "probe", "guide follow-up")
        if not mentions_people_or_events(answer.text):
            for rule in guide.rules_for("no_example"):
                add(rule.probe, "probe", "no people or events yet")
        topic = self._topic_probe(section)
        if topic is not None:
            candidates.append(topic)
        asked = self.asked_texts()
        unique: list[Suggestion] = []
        for candidate in candidates:
            key = candidate.text.casefold()
            if key not in asked and all(key != u.text.casefold() for u in unique):
                unique.append(candidate)
        return unique[:limit]

    def decide_next(self, model_probes: list[str] | None = None) -> Suggestion | None:
        """What the assistant asks next in a self-interview: a probe when the answer needs one, else the guide."""
        answer = self.last_answer()
        section_id = self._section_of_last_question()
        if (
            answer is not None
            and section_id is not None
            and self.consecutive_probes() < MAX_CONSECUTIVE_PROBES
        ):
            section = self._guide().section(section_id)
            room = section.budget - self.used_in(section.id) - len(self._unasked_scripted(section))
            if room > 0:
                if model_probes:
                    fresh = [p for p in model_probes if p.strip() and p.casefold() not in self.asked_texts()]
                    if fresh:
                        return Suggestion(text=fresh[0].strip(), source="llm", section_id=section.id)
                needs_probe = is_vague(answer.text) or is_short(answer.text)
                probes = [p for p in self.probe_suggestions() if p.source == "probe"]
                if probes and (needs_probe or probes[0].reason == "guide follow-up"):
                    return probes[0]
        return self.next_question()

    # -- finishing -----------------------------------------------------------------------
    def record_summary(self, text: str) -> None:
        self._append({"type": "summary", "text": text.strip()})

    def summary_is_current(self) -> bool:
        return self.summary is not None and self.summary_turn_count == len(self.turns)

    def record_member_check(self, rating: int) -> None:
        """Store the participant's 1-4 rating of how well the summary describes them."""
        if rating not in (1, 2, 3, 4):
            raise WorkspaceError(f"member-check rating must be 1, 2, 3 or 4, not {rating!r}")
        self._append({"type": "member_check", "rating": rating})

    def speaker_labels(self) -> tuple[str, str]:
        interviewer = self.interviewer or ("Assistant" if self.mode == "self" else "Interviewer")
        return interviewer, self.participant

    def to_transcript(self) -> Transcript:
        """The conversation as a Transcript: questions by the interviewer, answers by the participant."""
        from assistant.interview_transcripts import session_transcript

        return session_transcript(self)

    def save_transcript(self, *, index: bool = True) -> tuple[Transcript, str | None]:
        """Save the session as a workspace transcript, index it, and log the finish.

        Returns the transcript and a warning when indexing failed (the transcript is saved anyway;
        ``personas index rebuild`` catches up later).
        """
        if not self.answers:
            raise WorkspaceError(f"session {self.session_id} has no answers to save")
        self.interview_id = self.interview_id or self.session_id
        transcript = self.to_transcript()
        from assistant.interview_transcripts import index_transcript
        from assistant.pseudonymise import pseudonymise_transcript

        if self.workspace.settings.privacy.pseudonymise:
            pseudonymise_transcript(self.workspace, transcript, keep={self.speaker_labels()[0], "Note"})
        self.workspace.save_transcript(transcript)
        warning: str | None = None
        if index:
            warning = index_transcript(self.workspace, transcript)
        self._append({"type": "finish", "interview_id": transcript.interview.id})
        return transcript, warning


def _drop_torn_tail(path: Path) -> None:
    """Cut a half-written last line (the process was killed mid-write) so new lines start clean."""
    try:
        data = path.read_bytes()
        if data and not data.endswith(b"\n"):
            os.truncate(path, data.rfind(b"\n") + 1)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot repair the session log ({exc.strerror or exc})") from exc


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def list_sessions(workspace: Workspace) -> list[SessionInfo]:
    """Saved sessions, newest first; damaged logs are skipped."""
    folder = workspace.sessions_dir
    if not folder.is_dir():
        return []
    infos: list[SessionInfo] = []
    for path in folder.glob("*.jsonl"):
        try:
            session = InterviewSession.load(workspace, path.stem)
        except (WorkspaceError, NotFoundError):
            continue
        infos.append(
            SessionInfo(
                session_id=session.session_id,
                path=str(path),
                participant=session.participant,
                guide_title=session.guide.title if session.guide else "?",
                mode=session.mode,
                started_at=session.started_at,
                turns=len(session.turns),
                finished=session.finished,
                interview_id=session.interview_id,
            )
        )
    return sorted(infos, key=lambda info: info.started_at, reverse=True)


def unfinished_sessions(workspace: Workspace) -> list[SessionInfo]:
    return [info for info in list_sessions(workspace) if not info.finished]
