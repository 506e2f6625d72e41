"""Who is the interviewer, who is the participant: from hints, settings and how people talk."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

INTERVIEWER_LABELS = frozenset(
    {"interviewer", "moderator", "researcher", "facilitator", "host", "me", "q", "question"}
)
PARTICIPANT_LABELS = frozenset(
    {"participant", "interviewee", "respondent", "guest", "customer", "user", "a", "answer", "r", "p"}
)
MINOR_SHARE = 0.08
"""A speaker with less than this share of the words (and not one of the two main ones) is 'other'."""


class _Turn(Protocol):
    speaker: str | None
    text: str


@dataclass
class RoleAssignment:
    """Role per speaker label, the participant's label, and why."""

    roles: dict[str, str] = field(default_factory=dict)
    interviewers: list[str] = field(default_factory=list)
    participant: str | None = None
    reason: str = ""

    def role_of(self, speaker: str | None) -> str:
        if speaker is None:
            return "other"
        return self.roles.get(speaker, "other")


def _key(label: str) -> str:
    return re.sub(r"\s+", " ", label).strip().casefold()


@dataclass
class _Stats:
    words: int = 0
    turns: int = 0
    questions: int = 0
    first: int = 0


def speaker_stats(turns: Sequence[_Turn]) -> dict[str, _Stats]:
    """Words, turns, question turns and first position per speaker (one pass)."""
    stats: dict[str, _Stats] = {}
    for position, turn in enumerate(turns):
        if turn.speaker is None:
            continue
        entry = stats.get(turn.speaker)
        if entry is None:
            entry = stats[turn.speaker] = _Stats(first=position)
        entry.words += len(turn.text.split())
        entry.turns += 1
        if "?" in turn.text:
            entry.questions += 1
    return stats


def _interviewer_score(stats: _Stats, others: list[_Stats]) -> float:
    question_ratio = stats.questions / max(stats.turns, 1)
    mean_words = stats.words / max(stats.turns, 1)
    other_mean = sum(o.words for o in others) / max(sum(o.turns for o in others), 1)
    score = 2.0 * question_ratio
    if mean_words < other_mean:
        score += 0.5 + min(0.5, (other_mean - mean_words) / max(other_mean, 1.0))
    if stats.first == 0:
        score += 0.25
    return score


def assign_roles(
    turns: Sequence[_Turn],
    *,
    interviewers: Iterable[str] = (),
    header_interviewer: str | None = None,
) -> RoleAssignment:
    """Decide the interviewer(s) and the participant; never invents a speaker."""
    stats = speaker_stats(turns)
    result = RoleAssignment()
    if not stats:
        result.reason = "no speaker labels in the file"
        return result
    wanted = {_key(name) for name in interviewers if name and name.strip()}
    if header_interviewer:
        wanted.add(_key(header_interviewer))
    chosen = [label for label in stats if _key(label) in wanted]
    reason = "named interviewer" if chosen else ""
    if not chosen:
        chosen = [label for label in stats if _key(label) in INTERVIEWER_LABELS]
        reason = "interviewer label" if chosen else ""
    total_words = sum(s.words for s in stats.values()) or 1
    by_words = sorted(stats, key=lambda label: (-stats[label].words, stats[label].first))
    main = [label for label in by_words[:2]]
    if not chosen and len(stats) >= 2:
        labelled_participants = [label for label in stats if _key(label) in PARTICIPANT_LABELS]
        candidates = [
            label
            for label in by_words
            if label not in labelled_participants
            and (label in main or stats[label].words / total_words >= MINOR_SHARE)
        ]
        if labelled_participants and candidates:
            chosen = [candidates[0]]
            reason = "the other speaker of a participant label"
        elif candidates:

            def score(label: str) -> float:
                others = [stats[o] for o in stats if o != label]
                return _interviewer_score(stats[label], others)

            best = max(candidates, key=lambda label: (score(label), -stats[label].first))
            chosen = [best]
            reason = "asks the questions (question marks, shorter turns, speaks first)"
    result.interviewers = chosen
    remaining = [label for label in by_words if label not in chosen]
    participant = None
    if remaining:
        labelled = [label for label in remaining if _key(label) in PARTICIPANT_LABELS]
        participant = labelled[0] if labelled else remaining[0]
    result.participant = participant
    for label in stats:
        if label in chosen:
            result.roles[label] = "interviewer"
        elif label == participant:
            result.roles[label] = "participant"
        else:
            result.roles[label] = "other"
    result.reason = reason or "single speaker"
    return result
