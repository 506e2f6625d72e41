"""Index commands: search, reindex, index-status."""

from __future__ import annotations

import json
from typing import Any

import click

from assistant.cli import main, workspace_of
from assistant.core.errors import NotFoundError
from assistant.core.models import format_hms


@main.command("search")
@click.argument("query")
@click.option(
    "--role",
    type=click.Choice(["participant", "interviewer", "other", "any"]),
    default="participant",
    show_default=True,
    help="Whose utterances to search.",
)
@click.option("--interview", "interview_ids", multiple=True, help="Only this interview (repeatable).")
@click.option("--study", default=None, help="Only interviews of this study.")
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def search_cmd(
    ctx: click.Context,
    query: str,
    role: str,
    interview_ids: tuple[str, ...],
    study: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Find the utterances closest in meaning to QUERY, with citation ids."""
    from assistant.index.store import open_index

    workspace = workspace_of(ctx)
    index = open_index(workspace)
    if index.count() == 0:
        message = (
            f"the index of {workspace.root} is empty: import transcripts with `personas import FILE`"
            if not workspace.interview_ids()
            else f"the index of {workspace.root} is empty: rebuild it with `personas reindex`"
        )
        raise NotFoundError(message)
    hits = index.search(
        query,
        limit=limit,
        role=None if role == "any" else role,
        interview_ids=list(interview_ids) or None,
        study=study,
    )
    if as_json:
        rows = [{"citation": hit.utterance_id, **hit.model_dump(mode="json")} for hit in hits]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("no matching utterances (try --role any or fewer filters)")
        return
    for hit in hits:
        speaker = hit.speaker or "(unattributed)"
        stamp = format_hms(hit.start)
        click.echo(f"[{hit.utterance_id}] {hit.score:.3f} {stamp:>8} {speaker} ({hit.role})")
        click.echo(f"    {hit.text}")


@main.command("reindex")
@click.pass_context
def reindex_cmd(ctx: click.Context) -> None:
    """Rebuild the vector index from the stored transcripts."""
    from assistant.index.store import reindex

    workspace = workspace_of(ctx)
    total_interviews = len(workspace.interview_ids())
    if total_interviews == 0:
        click.echo(f"no interviews in {workspace.root}: the index is now empty")

    def progress(done: int, total: int, interview_id: str) -> None:
        click.echo(f"[{done}/{total}] {interview_id}", err=True)

    count = reindex(workspace, progress=progress)
    click.echo(f"indexed {count} utterances from {total_interviews} interviews")


@main.command("index-status")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def index_status_cmd(ctx: click.Context, as_json: bool) -> None:
    """Show which embedder and collection the index uses and what is indexed."""
    from assistant.index.store import indexable_utterances, open_index

    workspace = workspace_of(ctx)
    index = open_index(workspace)
    indexed = index.indexed_interviews()
    stale = []
    for transcript in workspace.transcripts():
        expected = len(indexable_utterances(transcript))
        if indexed.get(transcript.interview.id, 0) != expected:
            stale.append(transcript.interview.id)
    status: dict[str, Any] = {
        "location": index.where,
        "collection": index.name,
        "embedder": index.embedder.name,
        "dimension": index.embedder.dimension,
        "utterances": sum(indexed.values()),
        "interviews": len(indexed),
        "out_of_date": stale,
    }
    if as_json:
        click.echo(json.dumps(status, ensure_ascii=False, indent=2))
        return
    for key, value in status.items():
        shown = (", ".join(stale) or "none") if key == "out_of_date" else value
        click.echo(f"{key:<12} {shown}")
    if stale:
        click.echo("run `personas reindex` to bring the index up to date")
