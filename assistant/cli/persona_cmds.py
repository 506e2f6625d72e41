"""Persona commands: synthesize, assign, personas list/show/versions, diff, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from assistant.cli import dump_json, main, safe, workspace_of, writing
from assistant.core.workspace import Workspace
from assistant.personas.versions import PersonaSet

ENGINE_CHOICE = click.Choice(["auto", "offline", "llm"])


def _echo(message: object = "", *, err: bool = False) -> None:
    """click.echo for text that holds persona labels, statements and quotes: never raw escape sequences."""
    click.echo(safe(message), err=err)


def warn_damaged_versions(workspace: Workspace) -> None:
    """Say once that unreadable version files were ignored (a run killed by an older release)."""
    from assistant.personas.versions import damaged_versions

    damaged = damaged_versions(workspace)
    if damaged:
        names = ", ".join(path.name for path, _ in damaged[:3]) + (", …" if len(damaged) > 3 else "")
        _echo(
            f"warning: {workspace.personas_dir}: ignored {len(damaged)} unreadable persona version "
            f"files ({names}: {damaged[0][1]}); `personas doctor` moves them aside",
            err=True,
        )


def _print_set(persona_set: PersonaSet, *, header: str) -> None:
    _echo(header)
    study = None
    for persona in sorted(persona_set.personas, key=lambda p: (p.study or "", p.negative, p.priority or 99)):
        if persona.study != study:
            study = persona.study
            _echo(f" study {study or '-'}")
        flag = (
            "  [not a target]"
            if persona.negative
            else f"  [priority {persona.priority}]"
            if persona.priority
            else ""
        )
        pin = "  [pinned]" if persona.pinned else ""
        _echo(f"  {persona.id:<28} {persona.label}{flag}{pin}")
        count = len(persona.members)
        _echo(f"  {'':<28} {count} member{'' if count == 1 else 's'}: {', '.join(persona.members)}")
        if persona.disqualified_because:
            _echo(f"  {'':<28} because: {persona.disqualified_because}")
    if persona_set.unassigned:
        _echo(f"  in no persona: {', '.join(persona_set.unassigned)}")
    for warning in persona_set.warnings:
        _echo(f"warning: {warning.get('message', warning)}", err=True)


def _usage_line(usage: Any) -> None:
    if usage is not None and usage.calls:
        summary = usage.summary()
        cost = f", ${summary['cost_usd']}" if summary.get("cost_usd") is not None else ""
        _echo(
            f"model: {summary['calls']} calls, {summary['prompt_tokens']}+{summary['completion_tokens']} tokens{cost}",
            err=True,
        )


@main.command("synthesize")
@click.option("--engine", type=ENGINE_CHOICE, default="auto", show_default=True, help="Drafting engine.")
@click.option("--study", default=None, help="Only this study (default: every study, each on its own).")
@click.option(
    "--by",
    "by",
    default="auto",
    show_default=True,
    help="What tells personas apart: auto, role, decision, pain, goal, trigger, channel or attribute:NAME "
    "(see `personas criteria`).",
)
@click.option(
    "--k", "k", type=click.IntRange(1, 50), default=None, help="Number of (non-negative) personas per study."
)
@click.option("--allow-single-member", is_flag=True, default=None, help="Allow a persona from one interview.")
@click.option("--json", "as_json", is_flag=True, help="Print the saved version as JSON.")
@click.pass_context
def synthesize_cmd(
    ctx: click.Context,
    engine: str,
    study: str | None,
    by: str,
    k: int | None,
    allow_single_member: bool | None,
    as_json: bool,
) -> None:
    """Group each study's interviews into personas from scratch (pinned personas kept) and save a new version."""
    from assistant.personas.synthesis import synthesize_personas
    from assistant.providers.llm import ledger_for

    workspace = workspace_of(ctx)
    warn_damaged_versions(workspace)
    ctx.with_resource(writing(workspace, "synthesize"))
    usage = ledger_for(workspace.settings)
    persona_set = synthesize_personas(
        workspace,
        engine=engine,  # type: ignore[arg-type]
        usage=usage,
        k=k,
        allow_single_member=allow_single_member,
        study=study,
        by=by,
    )
    if as_json:
        _echo(dump_json(persona_set.public_dict()))
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
    warn_damaged_versions(workspace)
    ctx.with_resource(writing(workspace, "assign"))
    usage = ledger_for(workspace.settings)
    persona_set, placements = assign_interviews(workspace, engine=engine, usage=usage)  # type: ignore[arg-type]
    if as_json:
        _echo(dump_json({**persona_set.public_dict(), "placements": placements}))
    else:
        labels = {p.id: p.label for p in persona_set.personas}
        if placements:
            _echo(
                f"saved personas v{persona_set.version} (assign on v{getattr(persona_set, 'based_on', '?')})"
            )
        else:
            _echo(f"no new interviews to place: personas v{persona_set.version} unchanged")
        for interview_id, persona_id in placements.items():
            _echo(f"  {interview_id:<32} -> {labels[persona_id] if persona_id else 'no good fit'}")
        for warning in persona_set.warnings:
            _echo(f"warning: {warning.get('message', warning)}", err=True)
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

    workspace = workspace_of(ctx)
    warn_damaged_versions(workspace)
    persona_set = load_version(workspace, version)
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
        _echo(dump_json({"version": persona_set.version, "personas": rows}))
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

    workspace = workspace_of(ctx)
    warn_damaged_versions(workspace)
    persona_set = load_version(workspace, version)
    from assistant.personas.edits import resolve_persona

    persona = resolve_persona(persona_set, persona_id)
    if as_json:
        _echo(dump_json(persona.model_dump(mode="json")))
        return
    flags = (
        "  [not a target]"
        if persona.negative
        else f"  [priority {persona.priority}]"
        if persona.priority
        else ""
    )
    _echo(f"# {persona.label}{flags}  (v{persona_set.version}, study {persona.study or '-'})")
    if persona.summary:
        _echo(persona.summary)
    from assistant.personas.documents import noted_member

    fits = ", ".join(noted_member(persona, m) for m in persona.members)
    _echo(f"{len(persona.members)} members: {fits}")
    for field, attributes in persona.by_field().items():
        _echo(f"\n{FIELD_TITLES.get(field, field)}")
        for attribute in attributes:
            count, total = attribute.evidence_count, attribute.member_count or len(persona.members)
            evidence = "" if field in ("quotes", "day_in_the_life") else f"  ({count} of {total} members)"
            _echo(f"  - {attribute.statement}{evidence}")
            for citation in attribute.citations:
                _echo(f'      [{citation.utterance_id}] "{citation.quote}"')


@personas_group.command("versions")
@click.pass_context
def personas_versions_cmd(ctx: click.Context) -> None:
    """List saved persona versions."""
    from assistant.personas.versions import list_versions, load_version

    workspace = workspace_of(ctx)
    warn_damaged_versions(workspace)
    versions = list_versions(workspace)
    if not versions:
        _echo("no persona versions yet (run `personas synthesize`)")
    for number in versions:
        persona_set = load_version(workspace, number)
        _echo(
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
    warn_damaged_versions(workspace)
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
        _echo(dump_json(result))
    else:
        _echo(format_diff(result))


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
    warn_damaged_versions(workspace)
    if export_format == "qdpx":
        from assistant.personas.qdpx_export import export_qdpx

        chosen = load_version(workspace, version) if version is not None else latest_persona_set(workspace)
        _echo(export_qdpx(workspace, chosen, out_dir).line())
        return
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise click.BadParameter(f"{out_dir} is a file, not a folder", param_hint="'--out'")
    persona_set = load_version(workspace, version)
    target = (
        out_dir if out_dir is not None else workspace.exports_dir / f"personas-v{persona_set.version:04d}"
    )
    for path in export_personas(workspace, persona_set, export_format, target):  # type: ignore[arg-type]
        _echo(str(path))
