"""Live interview sessions: an append-only turn log, replay and resume, recording turns, finishing.

Every change is one JSON line appended (and fsynced) to ``<workspace>/sessions/<session_id>.jsonl``
before the in-memory state changes, so killing the process loses nothing and replaying the log
rebuilds the session exactly: turns, undos, coverage scores, skipped sections, the summary and the
member check. Where the interview stands against its guide is `progress.py`.

A question and its answer form a pair: an answer is refused when no question is open, and a new
question is refused while the last one has no answer. An undo is a record of its own; nothing
written is ever rewritten.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.core.models import CATEGORIES, Category, Transcript
from assistant.core.storage import append_jsonl, read_jsonl
from assistant.core.workspace import Workspace, slugify
from assistant.index.store import open_index
from assistant.ingest.pseudonymise import pseudonymise_transcript
from assistant.interview.answers import Scorer, score_answers
from assistant.interview.guides import Guide, GuideSection
from assistant.interview.progress import GuideProgress
from assistant.interview.to_transcript import session_transcript
from assistant.interview.turns import (
    Clock,
    Mode,
    SectionProgress,
    SessionInfo,
    Suggestion,
    TopicStatus,
    Turn,
    TurnKind,
    utc_now,
)

LOG_VERSION = 2
"""2 added answer-to-question links, undo records, logged coverage scores and member-check comments."""

__all__ = [
    "InterviewSession",
    "SessionInfo",
    "Suggestion",
    "Turn",
    "list_sessions",
    "unfinished_sessions",
    "utc_now",
]


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
        self.summary_revision = -1
        """The revision the summary was written at (a later turn or undo makes it stale)."""
        self.revision = 0
        """Counts turns and undos: any change to the conversation."""
        self.member_check_rating: int | None = None
        self.member_check_comment: str | None = None
        """What the participant said was wrong with the summary (asked after a rating of 1 or 2)."""
        self.undone: list[Turn] = []
        """Turns taken back, most recent last."""
        self.interview_id: str | None = None
        self.finished = False
        self.answer_scores: dict[int, dict[str, float]] = {}
        """Coverage scores per answer turn number, logged as they are computed (a resume reads them)."""
        self._last_n = 0
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
            turn = Turn.model_validate(record["turn"])
            if turn.kind == "answer" and turn.question_n is None:
                # Version 1 logs: an answer belongs to the question before it.
                question = next((t for t in reversed(self.turns) if t.kind == "question"), None)
                turn.question_n = question.n if question else None
            self.turns.append(turn)
            self._last_n = max(self._last_n, turn.n)
            self.revision += 1
        elif kind == "undo":
            number = int(record["turn_n"])
            taken = [t for t in self.turns if t.n == number]
            self.turns = [t for t in self.turns if t.n != number]
            self.undone.extend(taken)
            self.answer_scores.pop(number, None)
            self.revision += 1
        elif kind == "scores":
            number = int(record["turn_n"])
            if any(t.n == number for t in self.turns):
                self.answer_scores[number] = {str(k): float(v) for k, v in record["scores"].items()}
        elif kind == "skip_section":
            self.skipped_sections.add(record["section_id"])
        elif kind == "summary":
            self.summary = record["text"]
            self.summary_revision = self.revision
        elif kind == "member_check":
            self.member_check_rating = int(record["rating"])
        elif kind == "member_check_comment":
            self.member_check_comment = str(record["text"])
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
            n=self._last_n + 1, kind=kind, text=text, at=now, elapsed=self.elapsed_seconds(now), **fields
        )
        self._append({"type": "turn", "turn": turn.model_dump(mode="json"), "at": now})
        return turn

    def open_question(self) -> Turn | None:
        """The last question when it has no answer yet."""
        return self.progress().open_question() if self.guide else None

    def question_number(self, question: Turn) -> int:
        """1-based position of a question among the questions asked (what the screen shows as Q<n>)."""
        return next((i for i, q in enumerate(self.questions, start=1) if q.n == question.n), 0)

    def ask(self, suggestion: Suggestion | str) -> Turn:
        """Log a question as asked (a suggestion, or custom text typed by the researcher).

        Refused while the last question has no answer: two questions in a row would leave one unanswered.
        """
        waiting = self.open_question()
        if waiting is not None:
            raise WorkspaceError(
                f"Q{self.question_number(waiting)} has no answer yet: record the answer first, "
                "or undo the question"
            )
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
            topics=list(suggestion.topics),
        )

    def answer(self, text: str) -> Turn:
        """Log the participant's words as the answer (or more of the answer) to the last question.

        Refused before the first question: an answer with no question is not evidence of anything.
        """
        question = self.questions[-1] if self.questions else None
        if question is None:
            raise WorkspaceError("no question has been asked yet: ask one before recording an answer")
        return self._log_turn("answer", text, section_id=question.section_id, question_n=question.n)

    def note(self, text: str) -> Turn:
        """Log a researcher's note: kept in the transcript as context, never quoted as evidence."""
        return self._log_turn("note", text, section_id=self.section_of_last_question())

    def undo(self, *, through_answer: bool = False) -> list[Turn]:
        """Take back the last question or answer (notes stay); logged as an undo record.

        With ``through_answer`` (a self-interview), questions the assistant asked after the
        participant's last answer are taken back too, then that answer. Returns the turns taken back,
        most recent first.
        """
        if self.finished:
            raise WorkspaceError(f"session {self.session_id} is finished; start a new one")
        taken: list[Turn] = []
        while True:
            last = next((t for t in reversed(self.turns) if t.kind != "note"), None)
            if last is None:
                break
            self._append({"type": "undo", "turn_n": last.n, "kind": last.kind})
            taken.append(last)
            if not through_answer or last.kind == "answer":
                break
        if not taken:
            raise WorkspaceError("nothing to undo: no question or answer yet")
        return taken

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

    def _guide(self) -> Guide:
        if self.guide is None:
            raise WorkspaceError(f"{self.path}: session has no guide")
        return self.guide

    def progress(self) -> GuideProgress:
        """The guide's state as the interview stands now."""
        return GuideProgress(self._guide(), self.turns, self.skipped_sections, self.answer_scores)

    def coverage(self) -> dict[Category, float]:
        """Highest coverage score of each category over the answers scored so far (warm-up excluded)."""
        if self.guide is None:
            return {category: 0.0 for category in CATEGORIES}
        return self.progress().coverage()

    def covered(self) -> set[Category]:
        return self.progress().covered()

    def topic_status(self) -> dict[Category, TopicStatus]:
        return self.progress().topic_status()

    def small_talk(self) -> set[int]:
        """Answer turns that are warm-up small talk (not evidence)."""
        return self.progress().small_talk() if self.guide else set()

    def question_of(self, answer: Turn) -> Turn | None:
        return next((t for t in self.turns if t.n == answer.question_n), None)

    def unscored_answers(self) -> list[Turn]:
        return [t for t in self.answers if t.n not in self.answer_scores]

    def scoring_inputs(self, answers: list[Turn]) -> tuple[list[str], list[str]]:
        """The texts to score and, for each, the question it answers (the classifier reads both)."""
        questions = []
        for answer in answers:
            question = self.question_of(answer)
            questions.append(question.text if question is not None else "")
        return [answer.text for answer in answers], questions

    def set_scores(self, scores_by_turn: dict[int, dict[str, float]]) -> None:
        """Log and keep coverage scores (turns undone meanwhile are ignored)."""
        live = {t.n for t in self.turns}
        for number, scores in sorted(scores_by_turn.items()):
            if number not in live or self.answer_scores.get(number) == scores:
                continue
            self._append({"type": "scores", "turn_n": number, "scores": scores})

    def refresh_coverage(self, scorer: Scorer | None = None) -> dict[Category, float]:
        """Score the answers not scored yet (blocking: call it from a worker in the UI)."""
        pending = self.unscored_answers()
        if pending:
            texts, questions = self.scoring_inputs(pending)
            scores = (scorer or score_answers)(texts, questions)
            self.set_scores({t.n: s for t, s in zip(pending, scores, strict=True)})
        return self.coverage()

    def section_of_last_question(self) -> str | None:
        return self.progress().section_of_last_question() if self.guide else None

    def missing_topics(self, section: GuideSection) -> list[Category]:
        return self.progress().missing_topics(section)

    def used_in(self, section_id: str) -> int:
        return self.progress().used_in(section_id)

    def current_section(self) -> GuideSection | None:
        return self.progress().current_section()

    def sections_progress(self) -> list[SectionProgress]:
        return self.progress().sections()

    def is_complete(self) -> bool:
        """Every section is done (asked, skipped or out of budget)."""
        return self.current_section() is None

    def last_answer(self) -> Turn | None:
        return self.progress().last_answer() if self.guide else None

    def consecutive_probes(self) -> int:
        return self.progress().consecutive_probes()

    def next_question(self) -> Suggestion | None:
        return self.progress().next_question()

    def probe_suggestions(self, limit: int = 3) -> list[Suggestion]:
        return self.progress().probe_suggestions(limit)

    def decide_next(self, model_probes: list[str] | None = None) -> Suggestion | None:
        """What the assistant asks next in a self-interview; sections over budget are skipped (logged)."""
        progress = self.progress()
        section = progress.current_section()
        while section is not None and progress.section_status(section) == "over_budget":
            self.skip_section()
            progress = self.progress()
            section = progress.current_section()
        return progress.decide_next(model_probes)

    # -- finishing -----------------------------------------------------------------------
    def record_summary(self, text: str) -> None:
        self._append({"type": "summary", "text": text.strip()})

    def summary_is_current(self) -> bool:
        return self.summary is not None and self.summary_revision == self.revision

    def record_member_check(self, rating: int) -> None:
        """Store the participant's 1-4 rating of how well the summary describes them."""
        if rating not in (1, 2, 3, 4):
            raise WorkspaceError(f"member-check rating must be 1, 2, 3 or 4, not {rating!r}")
        self._append({"type": "member_check", "rating": rating})

    def record_member_check_comment(self, text: str) -> None:
        """Store what the participant says is wrong or missing in the summary."""
        if not text.strip():
            raise WorkspaceError("nothing to record: the comment is empty")
        self._append({"type": "member_check_comment", "text": text.strip()})

    def needs_member_check_comment(self) -> bool:
        """A low rating (1 or 2) asks the participant what is wrong before the interview is saved."""
        return self.member_check_rating in (1, 2) and self.member_check_comment is None

    def speaker_labels(self) -> tuple[str, str]:
        interviewer = self.interviewer or ("Assistant" if self.mode == "self" else "Interviewer")
        return interviewer, self.participant

    def to_transcript(self) -> Transcript:
        """The conversation as a Transcript: questions by the interviewer, answers by the participant."""
        return session_transcript(self)

    def save_transcript(
        self, *, index: bool = True, indexer: Callable[[Transcript], None] | None = None
    ) -> tuple[Transcript, str | None]:
        """Save the session as a workspace transcript, index it, and log the finish.

        Returns the transcript and a warning when indexing failed (the transcript is saved anyway;
        ``personas reindex`` catches up later). ``indexer`` replaces the workspace index (tests).
        """
        if not self.answers:
            raise WorkspaceError(f"session {self.session_id} has no answers to save")
        self.interview_id = self.interview_id or self.session_id
        transcript = self.to_transcript()
        if self.workspace.settings.privacy.pseudonymise:
            pseudonymise_transcript(self.workspace, transcript, keep={self.speaker_labels()[0], "Note"})
        self.workspace.save_transcript(transcript)
        warning: str | None = None
        if index:
            try:
                (indexer or open_index(self.workspace).upsert_transcript)(transcript)
            except Exception as exc:  # noqa: BLE001 - the transcript is safe on disk; `reindex` catches up
                warning = f"saved, but indexing failed: {exc}"
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
                study=session.study,
            )
        )
    return sorted(infos, key=lambda info: info.started_at, reverse=True)


def unfinished_sessions(workspace: Workspace) -> list[SessionInfo]:
    return [info for info in list_sessions(workspace) if not info.finished]
