"""Operations on stored transcripts that must keep the index in step."""

from __future__ import annotations

from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.core.models import Role
from assistant.core.workspace import Workspace


def remove_interview(workspace: Workspace, interview_id: str) -> None:
    """Delete the transcript file, its utterances in the index and its findings file."""
    from assistant.index.store import open_index

    if not workspace.transcript_path(interview_id).is_file():  # a damaged file can still be removed
        raise NotFoundError(f"no interview with id {interview_id!r} in {workspace.transcripts_dir}")
    open_index(workspace).remove_interview(interview_id)
    workspace.delete_transcript(interview_id)
    findings = workspace.findings_dir / f"{interview_id}.json"  # its findings would outlive it otherwise
    try:
        findings.unlink(missing_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"{findings}: cannot remove ({exc.strerror})") from exc


def rename_speaker(
    workspace: Workspace,
    interview_id: str,
    old: str,
    new: str,
    role: Role | str | None = None,
) -> int:
    """Rename a speaker label in one transcript; returns how many utterances changed."""
    transcript = workspace.load_transcript(interview_id)
    speakers = {u.speaker for u in transcript.utterances}
    if old not in speakers:
        known = ", ".join(sorted(repr(s) for s in speakers if s)) or "none"
        raise NotFoundError(f"{interview_id}: no speaker {old!r} (speakers: {known})")
    if transcript.interview.pseudonymised:  # a real name typed here must not undo the pseudonymisation
        from assistant.ingest.pseudonymise import pseudonymise_label

        new = pseudonymise_label(workspace, transcript, new)
    count = 0
    for utterance in transcript.utterances:
        if utterance.speaker == old:
            utterance.speaker = new
            if role is not None:
                utterance.role = role  # type: ignore[assignment]
            count += 1
    if transcript.interview.participant == old:
        transcript.interview.participant = new
    workspace.save_transcript(transcript)
    from assistant.index.store import open_index

    open_index(workspace).upsert_transcript(transcript)
    return count
