"""``personas import`` and ``personas pseudonyms``."""

from __future__ import annotations

import json
import sys

import click

from assistant.cli import main, workspace_of
from assistant.core.errors import InputFileError
from assistant.ingest.formats import FORMAT_CHOICES


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--study", default=None, help="Study name stored with each interview (default: settings study)."
)
@click.option(
    "--format",
    "fmt",
    default=None,
    metavar="FORMAT",
    help=f"Force a format instead of detecting it: {', '.join(FORMAT_CHOICES)}.",
)
@click.option("--interviewer", multiple=True, help="Speaker label of the interviewer (repeatable).")
@click.option(
    "--pseudonymise/--no-pseudonymise",
    default=None,
    help="Replace names, emails, phones and addresses with placeholders (default: privacy.pseudonymise).",
)
@click.option(
    "--no-index", is_flag=True, help="Save transcripts without indexing them (run `personas reindex` later)."
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def import_cmd(
    ctx: click.Context,
    paths: tuple[str, ...],
    study: str | None,
    fmt: str | None,
    interviewer: tuple[str, ...],
    pseudonymise: bool | None,
    no_index: bool,
    as_json: bool,
) -> None:
    """Import transcript files or folders (VTT, SRT, Otter, Rev, Markdown, PDF, DOCX, JSON...)."""
    from assistant.ingest.importing import import_paths

    workspace = workspace_of(ctx)

    def show(_done: int, _total: int, result: object) -> None:
        line = result.line()  # type: ignore[attr-defined]
        status = result.status  # type: ignore[attr-defined]
        if as_json:
            if status == "failed":
                click.echo(line, err=True)  # errors stay visible on stderr; stdout is pure JSON
            return
        click.echo(line, err=status == "failed")
        for warning in result.warnings:  # type: ignore[attr-defined]
            click.echo(f"warning: {result.path}: {warning}", err=True)  # type: ignore[attr-defined]

    report = import_paths(
        workspace,
        paths,
        study=study,
        fmt=fmt,
        interviewer=list(interviewer),
        pseudonymise=pseudonymise,
        index=not no_index,
        progress=show,
    )
    if as_json:
        click.echo(
            json.dumps(
                {"results": [r.as_dict() for r in report.results], "ok": report.ok},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        click.echo(report.summary())
    if not report.ok:
        sys.exit(1)
    if not (report.imported or report.unchanged):
        where = ", ".join(paths)
        skipped = len(report.skipped)
        problem = f"no transcripts found ({skipped} other files skipped)" if skipped else "no files found"
        raise InputFileError(where, problem)


@main.command("pseudonyms")
@click.option("--reverse", "reverse_text", default=None, help="Put the original values back into TEXT.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def pseudonyms_cmd(ctx: click.Context, reverse_text: str | None, as_json: bool) -> None:
    """Show the pseudonym map of the workspace, or reverse placeholders in a text."""
    from assistant.ingest.pseudonymise import Pseudonymiser

    workspace = workspace_of(ctx)
    pseudonymiser = Pseudonymiser(workspace.pseudonyms_path)
    if reverse_text is not None:
        click.echo(pseudonymiser.reverse(reverse_text))
        return
    if as_json:
        click.echo(json.dumps(pseudonymiser.entities, ensure_ascii=False, indent=2))
        return
    if not pseudonymiser.entities:
        click.echo(f"no pseudonyms in {workspace.root}")
        return
    for placeholder, original in pseudonymiser.entities.items():
        click.echo(f"{placeholder:<14} {original}")
