"""Workspace commands: init, list, show, rm, rename-speaker."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.cli import dump_json, main, safe, workspace_of, writing
from assistant.core.models import format_hms
from assistant.core.workspace import Workspace


@main.command("init")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def init_cmd(directory: Path) -> None:
    """Create a study workspace in DIRECTORY (an existing workspace is left as it is)."""
    existed = Workspace(directory).is_initialised()
    workspace = Workspace.init(directory)
    click.echo(f"workspace {'already there' if existed else 'ready'}: {workspace.root}")


@main.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def list_cmd(ctx: click.Context, as_json: bool) -> None:
    """List the interviews in the workspace."""
    from assistant.ingest.roles import describe_review

    workspace = workspace_of(ctx)  # a mistyped --workspace is an error, not an empty study
    rows = []
    for transcript in workspace.transcripts():
        interview = transcript.interview
        rows.append(
            {
                "id": interview.id,
                "title": interview.title,
                "study": interview.study,
                "date": interview.date.isoformat() if interview.date else None,
                "participant": interview.participant,
                "utterances": len(transcript.utterances),
                "format": interview.format,
                "source_file": interview.source_file,
                "roles_need_review": interview.roles_need_review,
                "roles_review": describe_review(transcript) if interview.roles_need_review else None,
            }
        )
    if as_json:
        click.echo(dump_json(rows))
        return
    if not rows:
        click.echo(f"no interviews in {safe(workspace.root)} (import some with `personas import FILE`)")
        return
    for row in rows:
        marker = "roles?" if row["roles_need_review"] else ""
        click.echo(
            safe(
                f"{row['id']:<32} {str(row['participant'] or '-'):<22} {row['utterances']:>5} utt"
                f"  {row['format']:<12} {marker:<7}{row['study'] or ''}"
            ).rstrip()
        )
    flagged = sum(1 for row in rows if row["roles_need_review"])
    if flagged:
        click.echo(
            f"roles?: {flagged} interviews wait for a check of who is speaking before extraction "
            "(`personas roles` lists them)"
        )


@main.command("show")
@click.argument("interview_id")
@click.option("--json", "as_json", is_flag=True, help="Print the stored transcript JSON.")
@click.pass_context
def show_cmd(ctx: click.Context, interview_id: str, as_json: bool) -> None:
    """Show one interview's transcript with utterance ids, speakers, roles and times."""
    transcript = workspace_of(ctx).load_transcript(interview_id)
    if as_json:
        click.echo(dump_json(transcript.model_dump(mode="json")))
        return
    interview = transcript.interview
    click.echo(safe(f"# {interview.title}  [{interview.id}]"))
    click.echo(
        safe(
            f"source: {interview.source_file} ({interview.format})  participant: {interview.participant or '-'}"
            f"  study: {interview.study or '-'}  language: {interview.language or '-'}"
        )
    )
    for utterance in transcript.utterances:
        stamp = format_hms(utterance.start)
        speaker = utterance.speaker or "(unattributed)"
        click.echo(safe(f"[{utterance.id}] {stamp:>8} {speaker} ({utterance.role}): {utterance.text}"))


@main.command("rm")
@click.argument("interview_ids", nargs=-1, required=True)
@click.pass_context
def rm_cmd(ctx: click.Context, interview_ids: tuple[str, ...]) -> None:
    """Remove interviews from the workspace and from the index."""
    from assistant.ingest.edits import remove_interview

    workspace = workspace_of(ctx)
    with writing(workspace, "rm"):
        for interview_id in interview_ids:
            warning = remove_interview(workspace, interview_id)
            click.echo(f"removed {interview_id}")
            if warning:
                click.echo(f"warning: {interview_id}: {safe(warning)}", err=True)


@main.command("rename-speaker")
@click.argument("interview_id")
@click.argument("old")
@click.argument("new")
@click.option(
    "--role",
    type=click.Choice(["interviewer", "participant", "other"]),
    default=None,
    help="Also set this speaker's role.",
)
@click.pass_context
def rename_speaker_cmd(ctx: click.Context, interview_id: str, old: str, new: str, role: str | None) -> None:
    """Rename speaker OLD to NEW in one interview (and optionally set the role)."""
    from assistant.ingest.edits import rename_speaker

    workspace = workspace_of(ctx)
    with writing(workspace, "rename-speaker"):
        count = rename_speaker(workspace, interview_id, old, new, role=role)
    click.echo(safe(f"renamed {count} utterances in {interview_id}: {old!r} -> {new!r}"))
