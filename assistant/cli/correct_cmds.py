"""``personas correct``: the researcher's corrections to findings and personas, kept across re-extraction."""

from __future__ import annotations

import click

from assistant.cli import dump_json, main, safe, workspace_of, writing
from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.core.models import CATEGORIES, Finding
from assistant.core.workspace import Workspace


def numbered_findings(workspace: Workspace, interview_id: str) -> list[Finding]:
    """The interview's findings with corrections applied, in the order ``correct list`` numbers them."""
    from assistant.extract.store import load_findings

    workspace.load_transcript(interview_id)  # a clear error for an unknown interview
    return load_findings(workspace, [interview_id])


def finding_number(workspace: Workspace, interview_id: str, number: int) -> Finding:
    findings = numbered_findings(workspace, interview_id)
    if not 1 <= number <= len(findings):
        raise NotFoundError(
            f"{interview_id}: no finding #{number} (it has {len(findings)}; see `personas correct list {interview_id}`)"
        )
    return findings[number - 1]


@main.group("correct")
def correct_group() -> None:
    """Correct the machine by hand: file, recategorise, rewrite or reject findings; remove persona quotes.

    Corrections live in corrections/<interview>.json and are applied every time findings are read,
    so they survive re-extraction and feed synthesis and exports.
    """


@correct_group.command("list")
@click.argument("interview_id")
@click.option("--json", "as_json", is_flag=True, help="Print findings and rejections as JSON.")
@click.pass_context
def list_cmd(ctx: click.Context, interview_id: str, as_json: bool) -> None:
    """Number the interview's findings (corrections applied) and list what was rejected."""
    from assistant.extract.corrections import load_corrections

    workspace = workspace_of(ctx)
    findings = numbered_findings(workspace, interview_id)
    corrections = load_corrections(workspace, interview_id)
    if as_json:
        data = {
            "findings": [{"number": n, **f.public_dict()} for n, f in enumerate(findings, start=1)],
            "rejected": [r.model_dump(mode="json") for r in corrections.rejected],
        }
        click.echo(dump_json(data))
        return
    if not findings:
        click.echo(f"{interview_id}: no findings yet (run `personas extract {interview_id}` or file one)")
    for number, finding in enumerate(findings, start=1):
        click.echo(safe(f"#{number:<3} {finding.category:<15} {finding.statement}"))
        click.echo(
            safe(f"     \u201c{finding.quote}\u201d  ({', '.join(finding.utterance_ids)}; {finding.engine})")
        )
    for rejection in corrections.rejected:
        reason = f" ({rejection.reason})" if rejection.reason else ""
        click.echo(safe(f"rejected  \u201c{rejection.quote}\u201d  {rejection.utterance_id}{reason}"))


@correct_group.command("add")
@click.argument("interview_id")
@click.argument("utterance_id")
@click.argument("quote")
@click.option("--category", "-c", type=click.Choice(list(CATEGORIES)), required=True)
@click.option("--statement", "-s", default=None, help="What the quote shows (default: the quote, tidied).")
@click.pass_context
def add_cmd(
    ctx: click.Context, interview_id: str, utterance_id: str, quote: str, category: str, statement: str | None
) -> None:
    """File a passage as a finding; the quote must be verbatim in that participant utterance."""
    from assistant.extract.corrections import file_finding

    workspace = workspace_of(ctx)
    with writing(workspace, "correct add"):
        transcript = workspace.load_transcript(interview_id)
        if ":" not in utterance_id:
            utterance_id = f"{interview_id}:{utterance_id}"
        finding = file_finding(workspace, transcript, utterance_id, quote, category, statement)
    click.echo(
        safe(f"filed {finding.category} finding on {finding.utterance_ids[0]}: \u201c{finding.quote}\u201d")
    )


@correct_group.command("category")
@click.argument("interview_id")
@click.argument("number", type=int)
@click.argument("category", type=click.Choice(list(CATEGORIES)))
@click.pass_context
def category_cmd(ctx: click.Context, interview_id: str, number: int, category: str) -> None:
    """Give finding NUMBER (from `personas correct list`) another category."""
    from assistant.extract.corrections import recategorise

    workspace = workspace_of(ctx)
    with writing(workspace, "correct category"):
        finding = finding_number(workspace, interview_id, number)
        recategorise(workspace, finding, category)
    click.echo(f"#{number}: {finding.category} -> {category}")


@correct_group.command("edit")
@click.argument("interview_id")
@click.argument("number", type=int)
@click.argument("statement")
@click.pass_context
def edit_cmd(ctx: click.Context, interview_id: str, number: int, statement: str) -> None:
    """Rewrite the statement of finding NUMBER (its quote stays as the participant said it)."""
    from assistant.extract.corrections import edit_statement

    workspace = workspace_of(ctx)
    with writing(workspace, "correct edit"):
        updated = edit_statement(workspace, finding_number(workspace, interview_id, number), statement)
    click.echo(safe(f"#{number}: {updated.statement}"))


@correct_group.command("reject")
@click.argument("interview_id")
@click.argument("number", type=int)
@click.option("--reason", default="", help="Why (kept with the rejection).")
@click.pass_context
def reject_cmd(ctx: click.Context, interview_id: str, number: int, reason: str) -> None:
    """Reject finding NUMBER: it is gone now and never comes back on re-extraction."""
    from assistant.extract.corrections import reject

    workspace = workspace_of(ctx)
    with writing(workspace, "correct reject"):
        finding = finding_number(workspace, interview_id, number)
        reject(workspace, finding, reason)
    click.echo(safe(f"rejected #{number}: \u201c{finding.quote}\u201d"))


@correct_group.command("unquote")
@click.argument("persona_id")
@click.argument("utterance_id")
@click.option("--field", default=None, help="The attribute field (needed when several attributes cite it).")
@click.pass_context
def unquote_cmd(ctx: click.Context, persona_id: str, utterance_id: str, field: str | None) -> None:
    """Remove the quote of UTTERANCE_ID from a persona attribute (saved as a new persona version)."""
    from assistant.personas.versions import latest_persona_set

    workspace = workspace_of(ctx)
    latest = latest_persona_set(workspace)
    if latest is None:
        raise NotFoundError(f"no personas yet in {workspace.personas_dir}")
    persona = latest.persona(persona_id)
    cited = [
        (attribute.field, citation.quote)
        for attribute in persona.attributes
        for citation in attribute.citations
        if citation.utterance_id == utterance_id and (field is None or attribute.field == field)
    ]
    if not cited:
        raise NotFoundError(
            f"persona {persona_id!r} cites nothing from {utterance_id}"
            + (f" under {field!r}" if field else "")
        )
    if len(set(cited)) > 1:
        fields = ", ".join(sorted({f for f, _ in cited}))
        raise WorkspaceError(
            f"{utterance_id}: {persona_id} cites it under several attributes ({fields}): give --field"
        )
    chosen_field, quote = cited[0]
    from assistant.tui.corrections import remove_persona_quote

    with writing(workspace, "correct unquote"):
        saved = remove_persona_quote(workspace, persona_id, chosen_field, utterance_id, quote)
    click.echo(
        safe(
            f"removed \u201c{quote}\u201d from {persona.label} ({chosen_field}); "
            f"saved persona version {saved.version}"
        )
    )
