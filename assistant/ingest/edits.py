"""Operations on stored transcripts that must keep the index in step."""

from __future__ import annotations

from assistant.core.errors import NotFoundError, VectorIndexError, WorkspaceError
from assistant.core.models import Role
from assistant.core.workspace import Workspace


def remove_interview(workspace: Workspace, interview_id: str) -> str | None:
    """Delete the transcript, its findings, the researcher's corrections and its index entries.

    The transcript goes first: a process killed after that leaves at most files without a
    transcript (which ``personas doctor`` removes) and index entries the journal names (which the
    next search removes), never an interview that half exists. Returns a warning when the index
    could not be updated now (it is caught up later), else None.
    """
    from assistant.index.store import open_index

    if not workspace.transcript_path(interview_id).is_file():  # a damaged file can still be removed
        raise NotFoundError(f"no interview with id {interview_id!r} in {workspace.transcripts_dir}")
    workspace.delete_transcript(interview_id)  # notes the index entries as pending first
    for leftover in (
        workspace.findings_dir / f"{interview_id}.json",  # its findings would outlive it otherwise
        workspace.root / "corrections" / f"{interview_id}.json",  # and so would filed findings
    ):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as exc:
            raise WorkspaceError(f"{leftover}: cannot remove ({exc.strerror})") from exc
    from assistant.index.health import check_store

    damage = check_store(workspace)
    if damage is not None:
        return f"removed from the workspace, not yet from the index (it is damaged: {damage})"
    try:
        open_index(workspace).remove_interview(interview_id)
    except VectorIndexError as exc:
        return f"removed from the workspace, not yet from the index ({exc.message})"
    workspace.clear_index_pending(interview_id)
    return None


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
    workspace.clear_index_pending(interview_id)
    return count
