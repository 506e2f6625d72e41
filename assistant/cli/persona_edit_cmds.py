"""The researcher's edits to personas (move, merge, split, rename, unpin) and the criteria report."""

from __future__ import annotations

import json

import click

from assistant.cli import main, safe, workspace_of, writing
from assistant.personas.versions import PersonaSet


def _done(persona_set: PersonaSet) -> None:
    click.echo(safe(f"saved personas v{persona_set.version} ({persona_set.operation})"))
    for warning in persona_set.warnings:
        click.echo(safe(f"warning: {warning.get('message', warning)}"), err=True)


def _writing(ctx: click.Context, command: str):  # noqa: ANN202 - the workspace, locked for this command
    workspace = workspace_of(ctx)
    ctx.with_resource(writing(workspace, command))
    return workspace


@main.command("move")
@click.argument("interview_id")
@click.argument("persona")
@click.pass_context
def move_cmd(ctx: click.Context, interview_id: str, persona: str) -> None:
    """Put INTERVIEW_ID into PERSONA (id, label or a unique prefix); both personas are pinned."""
    from assistant.personas.edits import move_interview

    _done(move_interview(_writing(ctx, "move"), interview_id, persona))


@main.command("merge")
@click.argument("first")
@click.argument("second")
@click.option("--label", default=None, help="Label of the merged persona (default: FIRST's).")
@click.pass_context
def merge_cmd(ctx: click.Context, first: str, second: str, label: str | None) -> None:
    """Merge persona SECOND into FIRST (same study); the result is pinned."""
    from assistant.personas.edits import merge_personas

    _done(merge_personas(_writing(ctx, "merge"), first, second, label=label))


@main.command("split")
@click.argument("persona")
@click.argument("interview_ids", nargs=-1, required=True)
@click.option("--label", default=None, help="Label of the new persona.")
@click.pass_context
def split_cmd(ctx: click.Context, persona: str, interview_ids: tuple[str, ...], label: str | None) -> None:
    """Move INTERVIEW_IDS out of PERSONA into a new persona; both are pinned."""
    from assistant.personas.edits import split_persona

    _done(split_persona(_writing(ctx, "split"), persona, list(interview_ids), label=label))


@main.command("rename")
@click.argument("persona")
@click.argument("label")
@click.pass_context
def rename_cmd(ctx: click.Context, persona: str, label: str) -> None:
    """Give PERSONA a new LABEL (kept by later syntheses)."""
    from assistant.personas.edits import rename_persona

    _done(rename_persona(_writing(ctx, "rename"), persona, label))


@main.command("unpin")
@click.argument("persona")
@click.pass_context
def unpin_cmd(ctx: click.Context, persona: str) -> None:
    """Let the next synthesis regroup PERSONA's members freely."""
    from assistant.personas.edits import unpin_persona

    _done(unpin_persona(_writing(ctx, "unpin"), persona))


@main.command("criteria")
@click.option("--study", default=None, help="Only this study.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def criteria_cmd(ctx: click.Context, study: str | None, as_json: bool) -> None:
    """Rank what could tell personas apart (role, decision, pain, goal...) by how distinct the personas come out."""
    from assistant.personas.edits import criteria_report

    rows = criteria_report(workspace_of(ctx), study)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    current = None
    for row in rows:
        if row["study"] != current:
            current = row["study"]
            click.echo(f"study {current}: criterion, personas (sizes), distinctness (higher = more distinct)")
        sizes = "/".join(str(s) for s in row["sizes"])
        click.echo(
            safe(f"  --by {row['criterion']:<22} {row['personas']} ({sizes})  {row['distinctness']:+.2f}")
        )
    if not rows:
        click.echo("no study has 4 or more interviews with findings: nothing to compare")
