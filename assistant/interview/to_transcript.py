"""Turning a live interview session into a Transcript: questions by the interviewer, answers by the participant."""

from __future__ import annotations

import hashlib
from pathlib import Path

from assistant.core.errors import WorkspaceError
from assistant.core.models import Interview, Transcript, Utterance
from assistant.interview.turns import SessionView


def session_transcript(session: SessionView) -> Transcript:
    """The conversation as a Transcript: questions by the interviewer, answers by the participant."""
    interviewer, participant = session.speaker_labels()
    interview_id = session.interview_id or session.session_id
    utterances: list[Utterance] = []
    for turn in session.turns:
        speaker, role = {
            "question": (interviewer, "interviewer"),
            "answer": (participant, "participant"),
            "note": ("Note", "other"),
        }[turn.kind]
        if utterances and utterances[-1].speaker == speaker and utterances[-1].role == role:
            utterances[-1].text = f"{utterances[-1].text} {turn.text}"
            continue
        utterances.append(
            Utterance(
                id=f"{interview_id}:{len(utterances) + 1}",
                speaker=speaker,
                role=role,  # type: ignore[arg-type]
                start=round(turn.elapsed, 1),
                text=turn.text,
            )
        )
    for index, utterance in enumerate(utterances):
        following = utterances[index + 1].start if index + 1 < len(utterances) else None
        utterance.end = following
    guide = session.guide
    if guide is None:
        raise WorkspaceError(f"{session.path}: session has no guide")
    log_bytes = session.path.read_bytes() if session.path.exists() else b""
    interview = Interview(
        id=interview_id,
        title=f"{guide.title}: {participant}",
        study=session.study,
        date=session.started_at.date(),
        language=guide.language,
        participant=participant,
        participant_attributes={"interview_mode": session.mode, "guide": guide.id},
        source_file=str(Path("sessions") / session.path.name),
        source_hash=hashlib.sha256(log_bytes).hexdigest(),
        format="personas-session",
        imported_at=session.clock(),
        member_check_rating=session.member_check_rating,
    )
    return Transcript(interview=interview, utterances=utterances)
