"""Turning a live interview session into a Transcript: questions by the interviewer, answers by the participant."""

from __future__ import annotations

import hashlib
from pathlib import Path

from assistant.core.errors import WorkspaceError
from assistant.core.models import Interview, Transcript, Utterance
from assistant.interview.turns import SessionView, Turn

_SPEAKERS = {"question": "interviewer", "answer": "participant", "note": "other"}


def grouped_turns(session: SessionView) -> list[list[Turn]]:
    """Turns as they become utterances: consecutive turns of the same speaker are one utterance."""
    groups: list[list[Turn]] = []
    for turn in session.turns:
        if groups and groups[-1][-1].kind == turn.kind:
            groups[-1].append(turn)
        else:
            groups.append([turn])
    return groups


def session_transcript(session: SessionView) -> Transcript:
    """The conversation as a Transcript: questions by the interviewer, answers by the participant."""
    interviewer, participant = session.speaker_labels()
    names = {"question": interviewer, "answer": participant, "note": "Note"}
    interview_id = session.interview_id or session.session_id
    utterances: list[Utterance] = []
    for number, group in enumerate(grouped_turns(session), start=1):
        kind = group[0].kind
        utterances.append(
            Utterance(
                id=f"{interview_id}:{number}",
                speaker=names[kind],
                role=_SPEAKERS[kind],  # type: ignore[arg-type]
                start=round(group[0].elapsed, 1),
                text=" ".join(turn.text for turn in group),
            )
        )
    for index, utterance in enumerate(utterances):
        following = utterances[index + 1].start if index + 1 < len(utterances) else None
        utterance.end = following
    guide = session.guide
    if guide is None:
        raise WorkspaceError(f"{session.path}: session has no guide")
    attributes = {"interview_mode": session.mode, "guide": guide.id}
    if session.member_check_comment:
        attributes["member_check_comment"] = session.member_check_comment
    log_bytes = session.path.read_bytes() if session.path.exists() else b""
    interview = Interview(
        id=interview_id,
        title=f"{guide.title}: {participant}",
        study=session.study,
        date=session.started_at.date(),
        language=guide.language,
        participant=participant,
        participant_attributes=attributes,
        source_file=str(Path("sessions") / session.path.name),
        source_hash=hashlib.sha256(log_bytes).hexdigest(),
        format="personas-session",
        imported_at=session.clock(),
        member_check_rating=session.member_check_rating,
    )
    return Transcript(interview=interview, utterances=utterances)


def utterance_turns(session: SessionView) -> dict[str, list[int]]:
    """Utterance id of the session transcript -> the numbers of the turns it is made of."""
    interview_id = session.interview_id or session.session_id
    return {
        f"{interview_id}:{number}": [turn.n for turn in group]
        for number, group in enumerate(grouped_turns(session), start=1)
    }
