"""Who is the interviewer, who is the participant: from hints, settings and how people talk.

Every assignment carries a confidence and the doubts behind it. Roles decide what counts as
participant evidence, so when they are uncertain (three people talking at length, a "participant"
who mostly asks questions, labels that contradict behaviour) the interview is flagged and extraction
waits until a person confirms them with ``personas roles ID --participant LABEL``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from assistant.core.errors import AssistantError, NotFoundError
from assistant.core.models import ROLE_REVIEW_BELOW, Role, Transcript
from assistant.core.workspace import Workspace

# Role words (English, French, German, Spanish, Portuguese) and the labels AI-interview tools use.
_SUFFIX = r"(?:(?:\s+|\s*[#_-]\s*)[\w.]{1,3}|\d{1,3}|\s*\(.{1,30}\))?$"
"""What may follow a role word: a short number or letter ("Participant 2", "P-A") or a note in brackets."""
_INTERVIEWER_WORDS = re.compile(
    r"^(?:interviewer(?:in)?|moderat(?:or|orin|rice|eur|ora)|researcher|facilitator|host|"
    r"intervieweu[rs]e?|enqu[eê]t(?:eur|rice)|animat(?:eur|rice)|entrevistador(?:a)?|pesquisador(?:a)?|"
    r"investigador(?:a)?|forscher(?:in)?|question|frage|pregunta|pergunta|"
    r"ai|a\.i\.|assistant|ai assistant|bot|chatbot|ai interviewer|interview bot|me)" + _SUFFIX,
    re.I,
)
_PARTICIPANT_WORDS = re.compile(
    r"^(?:participant(?:e)?|interviewee|respondent|r[ée]pondant(?:e)?|enqu[eê]t[ée](?:e)?|guest|customer|"
    r"client(?:e)?|user|teilnehmer(?:in)?|befragte(?:r)?|interviewte(?:r)?|kunde|kundin|participante|"
    r"entrevistad[oa]|usu[aá]ri[oa]|answer|antwort|respuesta|resposta|r[ée]ponse)" + _SUFFIX,
    re.I,
)
# One-letter labels mean a role only in these pairs (interviewer letter, participant letter):
# Q/A, Q/R (question/réponse), F/A (Frage/Antwort), P/R (pergunta/resposta), I/R, I/B (Befragte), I/P, I/E, M/P, M/R.
_LETTER_PAIRS = (
    ("q", "a"), ("q", "r"), ("f", "a"), ("p", "r"), ("i", "r"), ("i", "b"), ("i", "p"), ("i", "e"), ("m", "p"), ("m", "r"),
)  # fmt: skip
_ANONYMOUS = re.compile(
    r"^(?:[a-z]|\d{1,3}|s\d{1,3}|spk_?\d{1,3}|speaker[ _]?\w{1,3}|channel \d|unknown)$", re.I
)
"""Labels that name nobody (A, 2, S01, spk_0, SPEAKER_00, Speaker 3): roles come from behaviour only."""

INTERVIEWER_LABELS = frozenset({"interviewer", "moderator", "researcher", "facilitator", "host", "me", "q"})
PARTICIPANT_LABELS = frozenset({"participant", "interviewee", "respondent", "guest", "customer", "user"})
MINOR_SHARE = 0.08
"""A speaker with less than this share of the words (and not one of the two main ones) is 'other'."""
MAIN_SHARE = 0.12
"""A third speaker with at least this share of the words makes roles uncertain (a group, not an interview)."""
REVIEW_BELOW = ROLE_REVIEW_BELOW


class _Turn(Protocol):
    speaker: str | None
    text: str


class RolesUnconfirmedError(AssistantError):
    """Extraction refused: the interview's roles are uncertain and nobody has confirmed them."""

    title = "Roles need checking"


@dataclass
class RoleAssignment:
    """Role per speaker label, the participant's label, how sure we are, and why."""

    roles: dict[str, str] = field(default_factory=dict)
    interviewers: list[str] = field(default_factory=list)
    participant: str | None = None
    reason: str = ""
    confidence: float = 0.0
    """0-1: how sure the interviewer/participant split is (1.0 when a person named them)."""
    speaker_confidence: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    """Doubts a person should check; any of them (or a low confidence) means needs_review."""

    def role_of(self, speaker: str | None) -> str:
        if speaker is None:
            return "other"
        return self.roles.get(speaker, "other")

    @property
    def needs_review(self) -> bool:
        return bool(self.roles) and (self.confidence < REVIEW_BELOW or bool(self.warnings))


def _key(label: str) -> str:
    return re.sub(r"\s+", " ", label).strip().casefold()


def base_label(label: str) -> str:
    """The speaker a label names: ``S01?`` (a diarizer unsure it is S01) is S01."""
    stripped = label.strip()
    while stripped.endswith("?") and len(stripped) > 1:
        stripped = stripped[:-1].rstrip()
    return stripped


@dataclass
class SpeakerStats:
    """How one speaker talks: words, turns, turns with a question, first position."""

    words: int = 0
    turns: int = 0
    questions: int = 0
    first: int = 0
    uncertain_turns: int = 0

    @property
    def question_ratio(self) -> float:
        return self.questions / max(self.turns, 1)


_Stats = SpeakerStats


def speaker_stats(turns: Sequence[_Turn]) -> dict[str, SpeakerStats]:
    """Words, turns, question turns and first position per speaker (``S01?`` counts as S01)."""
    stats: dict[str, SpeakerStats] = {}
    for position, turn in enumerate(turns):
        if turn.speaker is None or getattr(turn, "kind", "speech") != "speech":
            continue
        label = base_label(turn.speaker)
        entry = stats.get(label)
        if entry is None:
            entry = stats[label] = SpeakerStats(first=position)
        entry.words += len(turn.text.split())
        entry.turns += 1
        if "?" in turn.text or "¿" in turn.text:
            entry.questions += 1
        if label != turn.speaker:
            entry.uncertain_turns += 1
    return stats


def _interviewer_score(stats: SpeakerStats, others: list[SpeakerStats]) -> float:
    question_ratio = stats.question_ratio
    mean_words = stats.words / max(stats.turns, 1)
    other_mean = sum(o.words for o in others) / max(sum(o.turns for o in others), 1)
    score = 2.0 * question_ratio
    if mean_words < other_mean:
        score += 0.5 + min(0.5, (other_mean - mean_words) / max(other_mean, 1.0))
    if stats.first == 0:
        score += 0.25
    return score


def _letter_roles(labels: Iterable[str]) -> tuple[str, str] | None:
    """(interviewer, participant) when the labels are a known one-letter pair such as Q/A or I/R."""
    letters = {_key(label): label for label in labels if len(label.strip()) == 1}
    for asker, answerer in _LETTER_PAIRS:
        if asker in letters and answerer in letters:
            return letters[asker], letters[answerer]
    return None


def is_interviewer_label(label: str) -> bool:
    return bool(_INTERVIEWER_WORDS.match(label.strip())) and not _PARTICIPANT_WORDS.match(label.strip())


def is_participant_label(label: str) -> bool:
    return bool(_PARTICIPANT_WORDS.match(label.strip()))


def is_anonymous_label(label: str) -> bool:
    return bool(_ANONYMOUS.match(base_label(label)))


def assign_roles(
    turns: Sequence[_Turn],
    *,
    interviewers: Iterable[str] = (),
    header_interviewer: str | None = None,
) -> RoleAssignment:
    """Decide the interviewer(s) and the participant, with a confidence; never invents a speaker."""
    stats = speaker_stats(turns)
    result = RoleAssignment()
    if not stats:
        result.reason = "no speaker labels in the file"
        return result
    total_words = sum(s.words for s in stats.values()) or 1
    by_words = sorted(stats, key=lambda label: (-stats[label].words, stats[label].first))
    main = [
        label
        for label in by_words
        if label in by_words[:2] or stats[label].words / total_words >= MINOR_SHARE
    ]
    wanted = {_key(name) for name in interviewers if name and name.strip()}
    chosen = [label for label in stats if _key(label) in wanted]
    confidence, reason = (1.0, "named interviewer") if chosen else (0.0, "")
    labelled_participants: list[str] = []
    if not chosen and header_interviewer and _key(header_interviewer) in {_key(label) for label in stats}:
        chosen = [label for label in stats if _key(label) == _key(header_interviewer)]
        confidence, reason = 0.95, "interviewer named in the file's header"
    if not chosen:
        pair = _letter_roles(stats)
        if pair is not None:
            chosen, labelled_participants = [pair[0]], [pair[1]]
            confidence, reason = 0.9, f"{pair[0]}/{pair[1]} labels"
    if not chosen:
        chosen = [label for label in stats if is_interviewer_label(label) and len(label.strip()) > 1]
        if chosen:
            confidence, reason = 0.9, "interviewer label"
    if not labelled_participants:
        labelled_participants = [
            label
            for label in by_words
            if is_participant_label(label) and len(label.strip()) > 1 and label not in chosen
        ]
    if not chosen and labelled_participants and len(stats) >= 2:
        others = [label for label in main if label not in labelled_participants]
        if others:
            chosen = [others[0]]
            confidence, reason = 0.85, "the other speaker of a participant label"
    if not chosen and len(stats) >= 2:
        chosen, confidence = _by_behaviour(stats, main, result)
        reason = "asks the questions (question marks, shorter turns, speaks first)"
    result.interviewers = chosen
    remaining = [label for label in by_words if label not in chosen]
    participant = None
    if remaining:
        labelled = [label for label in remaining if label in labelled_participants]
        participant = labelled[0] if labelled else remaining[0]
    result.participant = participant
    _check(stats, chosen, participant, main, total_words, result)
    confidence = (
        min(confidence, *(result.speaker_confidence.values() or [1.0])) if result.warnings else confidence
    )
    if len(stats) == 1:
        confidence, reason = 0.0, "single speaker"
    result.confidence = round(confidence, 2)
    result.reason = reason or "single speaker"
    for label in stats:
        role = "interviewer" if label in chosen else "participant" if label == participant else "other"
        result.roles[label] = role
        result.speaker_confidence.setdefault(label, result.confidence)
    _spread_to_variants(turns, result)
    return result


def _by_behaviour(
    stats: dict[str, SpeakerStats], main: list[str], result: RoleAssignment
) -> tuple[list[str], float]:
    """The main speaker who asks the questions; confidence from how clearly they stand out."""

    def score(label: str) -> float:
        return _interviewer_score(stats[label], [stats[o] for o in stats if o != label])

    ranked = sorted(main, key=lambda label: (-score(label), stats[label].first))
    best = ranked[0]
    runner_up = score(ranked[1]) if len(ranked) > 1 else 0.0
    confidence = 0.5 + min(0.45, (score(best) - runner_up) / 2)
    punctuated = sum(s.questions for s in stats.values()) >= 3  # raw ASR often has no question marks at all
    if punctuated and stats[best].question_ratio < 0.3:
        confidence = min(confidence, 0.45)
        result.warnings.append(
            f"nobody clearly asks the questions ({best!r} asks in {stats[best].question_ratio:.0%} of turns)"
        )
    result.speaker_confidence[best] = round(confidence, 2)
    return [best], confidence


def _check(
    stats: dict[str, SpeakerStats],
    interviewers: list[str],
    participant: str | None,
    main: list[str],
    total_words: int,
    result: RoleAssignment,
) -> None:
    """Doubts that make any assignment uncertain: a questioning participant, a group, unsure labels."""
    if participant is None:
        return
    p = stats[participant]
    asker = max((stats[i] for i in interviewers), key=lambda s: s.question_ratio, default=None)
    if (
        p.turns >= 3
        and p.question_ratio >= 0.5
        and (asker is None or p.question_ratio >= asker.question_ratio)
    ):
        result.warnings.append(
            f"the participant {participant!r} asks questions in {p.question_ratio:.0%} of turns"
            + (f", the interviewer in {asker.question_ratio:.0%}" if asker is not None else "")
        )
        result.speaker_confidence[participant] = 0.3
    rivals = [
        label
        for label in main
        if label != participant
        and label not in interviewers
        and stats[label].words / total_words >= MAIN_SHARE
        and stats[label].words >= 0.5 * p.words
    ]
    if rivals:
        big = [participant, *rivals, *interviewers]
        shares = ", ".join(f"{label} {stats[label].words / total_words:.0%}" for label in big[:5])
        result.warnings.append(f"{len(big)} people talk at length ({shares}): a group, not one participant")
        result.speaker_confidence[participant] = min(result.speaker_confidence.get(participant, 1.0), 0.4)
    uncertain = sum(s.uncertain_turns for s in stats.values())
    total_turns = sum(s.turns for s in stats.values())
    if uncertain and uncertain >= max(3, total_turns * 0.1):
        result.warnings.append(
            f"the transcriber was unsure who spoke in {uncertain} of {total_turns} turns ('?' labels)"
        )


def _spread_to_variants(turns: Sequence[_Turn], result: RoleAssignment) -> None:
    """``S01?`` gets the role of S01."""
    for turn in turns:
        if turn.speaker is not None and turn.speaker not in result.roles:
            base = base_label(turn.speaker)
            if base in result.roles:
                result.roles[turn.speaker] = result.roles[base]


def roles_of_transcript(transcript: Transcript) -> dict[str, str]:
    """The stored role of each speaker label of a transcript."""
    roles: dict[str, str] = {}
    for utterance in transcript.utterances:
        if utterance.speaker is not None:
            roles.setdefault(utterance.speaker, utterance.role)
    return roles


def describe_review(transcript: Transcript) -> str:
    """Why an interview's roles need a person, in one clause."""
    interview = transcript.interview
    doubts = "; ".join(interview.role_warnings) or f"confidence {interview.role_confidence or 0:.2f}"
    return f"speaker roles uncertain ({doubts})"


def require_confirmed_roles(transcript: Transcript) -> None:
    """Refuse an interview whose roles are uncertain and unconfirmed (extraction calls this first)."""
    interview = transcript.interview
    if interview.roles_need_review:
        raise RolesUnconfirmedError(
            f"{interview.id}: {describe_review(transcript)}; check them with `personas roles {interview.id}` "
            f"and confirm with `personas roles {interview.id} --participant LABEL`"
        )


def _match_label(transcript: Transcript, wanted: str) -> str:
    labels = list(dict.fromkeys(u.speaker for u in transcript.utterances if u.speaker is not None))
    for label in labels:
        if label == wanted:
            return label
    folded = [label for label in labels if _key(label) == _key(wanted)]
    if len(folded) == 1:
        return folded[0]
    known = ", ".join(repr(label) for label in labels) or "none"
    raise NotFoundError(f"{transcript.interview.id}: no speaker {wanted!r} (speakers: {known})")


def confirm_roles(
    workspace: Workspace,
    interview_id: str,
    participant: str | None = None,
    interviewers: Sequence[str] = (),
) -> Transcript:
    """Set (or accept) an interview's roles as a person checked them; saves and reindexes it.

    ``participant`` becomes the participant; ``interviewers`` (default: the current interviewers, or the
    former participant when roles are swapped) become interviewers; everyone else is 'other'.
    """
    transcript = workspace.load_transcript(interview_id)
    current = roles_of_transcript(transcript)
    chosen_participant = (
        _match_label(transcript, participant) if participant is not None else transcript.interview.participant
    )
    if chosen_participant is None:
        raise NotFoundError(f"{interview_id}: no participant to confirm; name one with --participant LABEL")
    asked = [_match_label(transcript, name) for name in interviewers]
    if chosen_participant in asked:
        raise AssistantError(
            f"{interview_id}: {chosen_participant!r} cannot be both participant and interviewer"
        )
    target = base_label(chosen_participant)
    new_roles: dict[str, Role] = {}
    for label, role in current.items():
        if base_label(label) == target:
            new_roles[label] = "participant"
        elif asked:
            new_roles[label] = "interviewer" if label in asked or base_label(label) in asked else "other"
        else:
            new_roles[label] = "interviewer" if role == "interviewer" else "other"
    if not asked and "interviewer" not in new_roles.values():
        former = [
            label
            for label, role in current.items()
            if role == "participant" and new_roles[label] != "participant"
        ]
        for label in former:
            new_roles[label] = "interviewer"
    for utterance in transcript.utterances:
        if utterance.speaker is not None:
            utterance.role = new_roles[utterance.speaker]
    interview = transcript.interview
    interview.participant = chosen_participant
    interview.roles_confirmed = True
    interview.role_confidence = 1.0
    workspace.save_transcript(transcript)
    from assistant.index.store import open_index

    open_index(workspace).upsert_transcript(transcript)
    workspace.clear_index_pending(transcript.interview.id)
    return transcript
