"""Index commands: search, reindex, index-status."""

from __future__ import annotations

import sys
from typing import Any

import click

from assistant.cli import catch_up_index, dump_json, main, safe, workspace_of, writing
from assistant.core.errors import NotFoundError
from assistant.core.models import format_hms
from assistant.core.progress import Progress

LINES_SHOWN = 20
"""Reindexing up to this many interviews prints a line for each; more get a progress bar."""


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
    problem, _ = catch_up_index(
        workspace, required=True, quiet=as_json
    )  # a damaged index is an error, said once
    if problem:
        click.echo(f"warning: {safe(problem)}", err=True)
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
        click.echo(dump_json(rows))
        return
    if not hits:
        click.echo("no matching utterances (try --role any or fewer filters)")
        return
    for hit in hits:
        speaker = hit.speaker or "(unattributed)"
        stamp = format_hms(hit.start)
        click.echo(safe(f"[{hit.utterance_id}] {hit.score:.3f} {stamp:>8} {speaker} ({hit.role})"))
        click.echo(safe(f"    {hit.text}"))


@main.command("reindex")
@click.pass_context
def reindex_cmd(ctx: click.Context) -> None:
    """Rebuild the vector index from the stored transcripts (a damaged index is moved aside first)."""
    from assistant.index.health import rebuild_index

    workspace = workspace_of(ctx)
    total_interviews = len(workspace.interview_ids())
    if total_interviews == 0:
        click.echo(f"no interviews in {safe(workspace.root)}: the index is now empty")

    # A few interviews get a line each; a large study gets a bar (periodic lines in a log).
    bar = Progress("indexing", total_interviews, unit="interviews", enabled=total_interviews > LINES_SHOWN)

    def progress(done: int, total: int, interview_id: str) -> None:
        if bar.enabled:
            bar.advance(1, interview_id)
        else:
            click.echo(safe(f"[{done}/{total}] {interview_id}"), err=True)

    with writing(workspace, "reindex"), bar:
        result = rebuild_index(workspace, progress=progress)
    if result.moved_aside is not None:
        click.echo(
            safe(
                f"the index was damaged ({result.damage}): moved aside to {result.moved_aside} "
                "(delete it when you like; `personas doctor` can)"
            ),
            err=True,
        )
    click.echo(f"indexed {result.utterances} utterances from {result.interviews} interviews")


@main.command("index-status")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def index_status_cmd(ctx: click.Context, as_json: bool) -> None:
    """Show which embedder and collection the index uses, what is indexed, and whether it is sound."""
    from assistant.index.health import check_index, describe

    workspace = workspace_of(ctx)
    health = check_index(workspace, thorough=True)
    status = describe(health)
    if as_json:
        click.echo(dump_json(status))
        return
    shown: dict[str, Any] = {
        "location": health.location,
        "collection": health.collection or "-",
        "embedder": health.embedder or "-",
        "dimension": health.dimension or "-",
        "utterances": health.utterances,
        "interviews": health.interviews,
        "damaged": health.damaged or "no",
        "out_of_date": ", ".join(health.out_of_date) or "none",
    }
    if health.pending:
        shown["pending"] = ", ".join(health.pending)
    if health.orphans:
        shown["orphans"] = ", ".join(health.orphans)
    for key, value in shown.items():
        click.echo(safe(f"{key:<12} {value}"))
    for problem in health.problems():
        click.echo(safe(problem))
    if health.damaged is not None:
        sys.exit(1)
