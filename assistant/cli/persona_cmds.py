"""Persona commands: synthesize, assign, personas list/show/versions, diff, export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from assistant.cli import main, workspace_of
from assistant.personas.versions import PersonaSet

ENGINE_CHOICE = click.Choice(["auto", "offline", "llm"])


def _print_set(persona_set: PersonaSet, *, header: str) -> None:
    click.echo(header)
    for persona in persona_set.personas:
        flag = "  [negative]" if persona.negative else ""
        click.echo(f"  {persona.id:<28} {persona.label}{flag}")
        click.echo(f"  {'':<28} members: {', '.join(persona.members)}")
    if persona_set.unassigned:
        click.echo(f"  in no persona: {', '.join(persona_set.unassigned)}")
    for warning in persona_set.warnings:
        click.echo(f"warning: {warning.get('message', warning)}", err=True)


def _usage_line(usage: Any) -> None:
    if usage is not None and usage.calls:
        summary = usage.summary()
        cost = f", ${summary['cost_usd']}" if summary.get("cost_usd") is not None else ""
        click.echo(
            f"model: {summary['calls']} calls, {summary['prompt_tokens']}+{summary['completion_tokens']} tokens{cost}",
            err=True,
        )


@main.command("synthesize")
@click.option("--engine", type=ENGINE_CHOICE, default="auto", show_default=True, help="Drafting engine.")
@click.option("--k", "k", type=click.IntRange(1, 50), default=None, help="Number of (non-negative) personas.")
@click.option("--allow-single-member", is_flag=True, default=None, help="Allow a persona from one interview.")
@click.option("--json", "as_json", is_flag=True, help="Print the saved version as JSON.")
@click.pass_context
def synthesize_cmd(
    ctx: click.Context, engine: str, k: int | None, allow_single_member: bool | None, as_json: bool
) -> None:
    """Cluster all interviews with findings into personas from scratch and save a new version."""
    from assistant.personas.synthesis import synthesize_personas
    from assistant.providers.llm import ledger_for

    workspace = workspace_of(ctx)
    usage = ledger_for(workspace.settings)
    persona_set = synthesize_personas(
        workspace,
        engine=engine,  # type: ignore[arg-type]
        usage=usage,
        k=k,
        allow_single_member=allow_single_member,
    )
    if as_json:
        click.echo(json.dumps(persona_set.public_dict(), ensure_ascii=False, indent=2))
    else:
        _print_set(
            persona_set,
            header=f"saved personas v{persona_set.version}: {len(persona_set.personas)} personas (engine {persona_set.engine})",
        )
    _usage_line(usage)


@main.command("assign")
@click.option("--engine", type=ENGINE_CHOICE, default="auto", show_default=True, help="Drafting engine.")
@click.option("--json", "as_json", is_flag=True, help="Print the saved version and the placements as JSON.")
@click.pass_context
def assign_cmd(ctx: click.Context, engine: str, as_json: bool) -> None:
    """Place interviews not yet in the latest personas into them (nearest persona) and save a new version."""
    from assistant.personas.synthesis import assign_interviews
    from assistant.providers.llm import ledger_for

    workspace = workspace_of(ctx)
    usage = ledger_for(workspace.settings)
    persona_set, placements = assign_interviews(workspace, engine=engine, usage=usage)  # type: ignore[arg-type]
    if as_json:
        click.echo(
            json.dumps({**persona_set.public_dict(), "placements": placements}, ensure_ascii=False, indent=2)
        )
    else:
        labels = {p.id: p.label for p in persona_set.personas}
        if placements:
            click.echo(
                f"saved personas v{persona_set.version} (assign on v{getattr(persona_set, 'based_on', '?')})"
            )
        else:
            click.echo(f"no new interviews to place: personas v{persona_set.version} unchanged")
        for interview_id, persona_id in placements.items():
            click.echo(f"  {interview_id:<32} -> {labels[persona_id] if persona_id else 'no good fit'}")
        for warning in persona_set.warnings:
            click.echo(f"warning: {warning.get('message', warning)}", err=True)
    _usage_line(usage)


@main.group("personas")
def personas_group() -> None:
    """Look at saved personas."""


@personas_group.command("list")
@click.option("--version", "version", type=int, default=None, help="Version number (default: latest).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def personas_list_cmd(ctx: click.Context, version: int | None, as_json: bool) -> None:
    """List the personas of a version."""
    from assistant.personas.versions import load_version

    persona_set = load_version(workspace_of(ctx), version)
    if as_json:
        rows = [
            {
                "id": p.id,
                "label": p.label,
                "negative": p.negative,
                "members": p.members,
                "summary": p.summary,
                "attributes": len(p.attributes),
            }
            for p in persona_set.personas
        ]
        click.echo(
            json.dumps({"version": persona_set.version, "personas": rows}, ensure_ascii=False, indent=2)
        )
        return
    _print_set(
        persona_set,
        header=f"personas v{persona_set.version} ({persona_set.created_at}, engine {persona_set.engine})",
    )


@personas_group.command("show")
@click.argument("persona_id")
@click.option("--version", "version", type=int, default=None, help="Version number (default: latest).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def personas_show_cmd(ctx: click.Context, persona_id: str, version: int | None, as_json: bool) -> None:
    """Show one persona with its attributes, evidence counts and citations."""
    from assistant.personas.versions import FIELD_TITLES, load_version

    persona_set = load_version(workspace_of(ctx), version)
    persona = persona_set.persona(persona_id)
    if as_json:
        click.echo(json.dumps(persona.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    click.echo(
        f"# {persona.label}{'  [negative persona]' if persona.negative else ''}  (v{persona_set.version})"
    )
    if persona.summary:
        click.echo(persona.summary)
    click.echo(f"members: {', '.join(persona.members)}")
    for field, attributes in persona.by_field().items():
        click.echo(f"\n{FIELD_TITLES.get(field, field)}")
        for attribute in attributes:
            count = attribute.evidence_count
            click.echo(f"  - {attribute.statement}  ({count} interview{'s' if count != 1 else ''})")
            for citation in attribute.citations:
                click.echo(f'      [{citation.utterance_id}] "{citation.quote}"')


@personas_group.command("versions")
@click.pass_context
def personas_versions_cmd(ctx: click.Context) -> None:
    """List saved persona versions."""
    from assistant.personas.versions import list_versions, load_version

    workspace = workspace_of(ctx)
    versions = list_versions(workspace)
    if not versions:
        click.echo("no persona versions yet (run `personas synthesize`)")
    for number in versions:
        persona_set = load_version(workspace, number)
        click.echo(
            f"v{number:<5} {persona_set.created_at:<26} {persona_set.operation:<11} {persona_set.engine:<8}"
            f" {len(persona_set.personas)} personas"
        )


@main.command("diff")
@click.argument("old", type=int, required=False)
@click.argument("new", type=int, required=False)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def diff_cmd(ctx: click.Context, old: int | None, new: int | None, as_json: bool) -> None:
    """Show what changed between persona versions OLD and NEW (default: the last two)."""
    from assistant.core.errors import NotFoundError
    from assistant.personas.versions import diff_persona_sets, format_diff, list_versions, load_version

    workspace = workspace_of(ctx)
    versions = list_versions(workspace)
    if new is None:
        if not versions:
            raise NotFoundError("no persona versions yet (run `personas synthesize`)")
        new = versions[-1]
    if old is None:
        earlier = [v for v in versions if v < new]
        if not earlier:
            raise NotFoundError(f"no persona version before v{new} to compare with")
        old = earlier[-1]
    result = diff_persona_sets(load_version(workspace, old), load_version(workspace, new))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(format_diff(result))


@main.command("export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["md", "html", "json", "qdpx"]),
    default="md",
    show_default=True,
    help="qdpx: the whole study as a REFI-QDA project for QualCoder, NVivo, MAXQDA or ATLAS.ti.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Output folder (default: <workspace>/exports/personas-vNNNN; for qdpx <workspace>/exports/<study>.qdpx; "
    "qdpx also takes a file name ending in .qdpx).",
)
@click.option("--version", "version", type=int, default=None, help="Version number (default: latest).")
@click.pass_context
def export_cmd(ctx: click.Context, export_format: str, out_dir: Path | None, version: int | None) -> None:
    """Write persona documents (Markdown, HTML, JSON) or the whole study as a REFI-QDA project (qdpx)."""
    from assistant.personas.documents import export_personas
    from assistant.personas.versions import latest_persona_set, load_version

    workspace = workspace_of(ctx)
    if export_format == "qdpx":
        from assistant.personas.qdpx_export import export_qdpx

        chosen = load_version(workspace, version) if version is not None else latest_persona_set(workspace)
        click.echo(export_qdpx(workspace, chosen, out_dir).line())
        return
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise click.BadParameter(f"{out_dir} is a file, not a folder", param_hint="'--out'")
    persona_set = load_version(workspace, version)
    target = (
        out_dir if out_dir is not None else workspace.exports_dir / f"personas-v{persona_set.version:04d}"
    )
    for path in export_personas(workspace, persona_set, export_format, target):  # type: ignore[arg-type]
        click.echo(str(path))
