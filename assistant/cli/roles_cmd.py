"""``personas roles``: see who is the interviewer and who the participant, and confirm or fix it."""

from __future__ import annotations

import click

from assistant.cli import dump_json, main, safe, workspace_of, writing
from assistant.core.errors import WorkspaceError


@main.command("roles")
@click.argument("interview_id", required=False)
@click.option("--participant", default=None, metavar="LABEL", help="This speaker is the participant.")
@click.option(
    "--interviewer",
    "interviewers",
    multiple=True,
    metavar="LABEL",
    help="This speaker is an interviewer (repeatable; default: keep the current ones).",
)
@click.option("--confirm", is_flag=True, help="Accept the roles as they are.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def roles_cmd(
    ctx: click.Context,
    interview_id: str | None,
    participant: str | None,
    interviewers: tuple[str, ...],
    confirm: bool,
    as_json: bool,
) -> None:
    """Show an interview's speakers and roles (with confidence), or confirm them.

    Without ID: the interviews whose roles are uncertain. Extraction refuses those until a person
    confirms, e.g. `personas roles ID --participant "Speaker 2"` or `personas roles ID --confirm`.
    """
    from assistant.ingest.roles import confirm_roles, describe_review, roles_of_transcript, speaker_stats

    workspace = workspace_of(ctx)
    if interview_id is None:
        if participant or interviewers or confirm:
            raise click.UsageError("give the interview id to confirm roles for")
        if not workspace.root.is_dir():
            raise WorkspaceError(f"{workspace.root}: workspace folder does not exist")
        flagged = [t for t in workspace.transcripts() if t.interview.roles_need_review]
        if as_json:
            rows = [
                {
                    "id": t.interview.id,
                    "confidence": t.interview.role_confidence,
                    "warnings": t.interview.role_warnings,
                }
                for t in flagged
            ]
            click.echo(dump_json(rows))
            return
        if not flagged:
            click.echo("no interviews with uncertain roles")
            return
        for transcript in flagged:
            click.echo(safe(f"{transcript.interview.id:<32} {describe_review(transcript)}"))
        click.echo(f"{len(flagged)} interviews wait for a check: `personas roles ID` shows one")
        return
    if participant is not None or interviewers or confirm:
        with writing(workspace, "roles"):
            transcript = confirm_roles(workspace, interview_id, participant, list(interviewers))
    else:
        transcript = workspace.load_transcript(interview_id)
    interview = transcript.interview
    roles = roles_of_transcript(transcript)
    stats = speaker_stats(transcript.utterances)
    total = sum(s.words for s in stats.values()) or 1
    rows = []
    for label, role in roles.items():
        entry = stats.get(label.rstrip("?").strip()) or stats.get(label)
        rows.append(
            {
                "speaker": label,
                "role": role,
                "words_share": round(entry.words / total, 3) if entry else 0.0,
                "turns": entry.turns if entry else 0,
                "question_share": round(entry.question_ratio, 3) if entry else 0.0,
            }
        )
    unattributed = sum(1 for u in transcript.utterances if u.speaker is None)
    payload = {
        "id": interview.id,
        "participant": interview.participant,
        "confidence": interview.role_confidence,
        "confirmed": interview.roles_confirmed,
        "needs_review": interview.roles_need_review,
        "warnings": interview.role_warnings,
        "speakers": rows,
        "unattributed_utterances": unattributed,
    }
    if as_json:
        click.echo(dump_json(payload))
        return
    if participant is not None or interviewers or confirm:
        click.echo(safe(f"roles confirmed for {interview.id}: participant {interview.participant}"))
    click.echo(f"{'speaker':<28} {'role':<12} {'words':>6} {'turns':>6} {'questions':>10}")
    for row in rows:
        click.echo(
            safe(
                f"{str(row['speaker'])[:28]:<28} {row['role']:<12} {row['words_share']:>6.0%} {row['turns']:>6} "
                f"{row['question_share']:>10.0%}"
            )
        )
    if unattributed:
        click.echo(f"{unattributed} utterances have no speaker (prompts, headings or unlabelled lines)")
    confidence = "-" if interview.role_confidence is None else f"{interview.role_confidence:.2f}"
    if interview.roles_confirmed:
        status = "confirmed by a person"
    elif interview.roles_need_review:
        status = f"{describe_review(transcript)}: extraction waits for a check"
    else:
        status = "assigned at import"
    click.echo(safe(f"confidence {confidence}; {status}"))
    if interview.roles_need_review:
        click.echo(
            f"confirm with `personas roles {interview.id} --participant LABEL` (or --confirm if they are right)"
        )
