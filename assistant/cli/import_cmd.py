"""``personas import`` and ``personas pseudonyms``."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from assistant.cli import dump_json, main, safe, workspace_of, writing
from assistant.core.errors import InputFileError
from assistant.core.progress import Progress
from assistant.ingest.formats import FORMAT_CHOICES

ROWS_SHOWN = 20
"""A table with more interviews than this prints one summary line instead of a line per interview."""


class _Printer:
    """Prints each file's results as they come: lines for small files, a summary for big tables.

    A folder of many files gets a progress bar over its files (periodic lines in a log), a big
    table one over its interviews; the bar is cleared before each printed line.
    """

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.bar: Progress | None = None
        self.files: Progress | None = None

    def progress(self, number: int, total: int, result: Any) -> None:
        if total > 1 and self.files is None:
            self.files = Progress("importing", total, unit="files")
        if self.files is not None:
            self.files.set_item(result.path.name)

    def rows(self, done: int, total: int, path: Path) -> None:
        if total <= ROWS_SHOWN:
            return
        if self.bar is None:
            if self.files is not None:
                self.files.clear()
            self.bar = Progress(f"importing {path.name}", total, unit="interviews")
        self.bar.advance(1)
        if done >= total:
            self.bar.close()
            self.bar = None

    def close(self) -> None:
        for bar in (self.bar, self.files):
            if bar is not None:
                bar.close()

    def file(self, path: Path, results: list[Any]) -> None:
        if self.files is not None:
            self.files.clear()
        self._print(path, results)
        if self.files is not None:
            self.files.advance(1, path.name)

    def _print(self, path: Path, results: list[Any]) -> None:
        failed = [r for r in results if r.status == "failed"]
        for result in failed:
            click.echo(safe(result.line()), err=True)  # errors stay visible on stderr, even with --json
        if self.as_json:
            return
        notes = list(dict.fromkeys(note for r in results for note in r.notes))
        if len(results) <= ROWS_SHOWN:
            for result in results:
                if result.status != "failed":
                    click.echo(safe(result.line()))
            for note in notes:
                click.echo(safe(f"  detected: {note}"))
            for result in results:
                for warning in result.warnings:
                    click.echo(safe(f"warning: {result.where}: {warning}"), err=True)
            return
        counts = Counter(r.status for r in results)
        uncertain = [r for r in results if r.roles_uncertain]
        ids = [r.interview_id for r in results if r.interview_id]
        span = f" ({ids[0]} … {ids[-1]})" if len(ids) > 1 else ""
        click.echo(
            safe(
                f"{results[0].where.split(' [')[0]}: {len(results)} interviews: {counts['imported']} imported, "
                f"{counts['unchanged']} unchanged, {counts['skipped']} skipped, {counts['failed']} failed{span}"
            )
        )
        for note in notes:
            click.echo(safe(f"  detected: {note}"))
        warnings = Counter(
            w for r in results for w in r.warnings if not r.roles_uncertain or "roles uncertain" not in w
        )
        for warning, count in warnings.most_common(5):
            click.echo(
                safe(f"warning: {path}: {warning}" + (f" ({count} interviews)" if count > 1 else "")),
                err=True,
            )
        for result in [r for r in results if r.status == "skipped"][:5]:
            click.echo(safe(result.line()), err=True)
        if uncertain:
            first = ", ".join(r.interview_id for r in uncertain[:5])
            click.echo(
                safe(
                    f"warning: {path}: roles uncertain in {len(uncertain)} interviews ({first}"
                    f"{', …' if len(uncertain) > 5 else ''}); check them with `personas roles`"
                ),
                err=True,
            )


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
    "--unlabelled-speaker",
    default=None,
    metavar="NAME",
    help="Speaker of unlabelled lines, in transcripts where only one side is labelled (MODERATOR: ...).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Import files that do not look like interviews (monologues, one-speaker files, tables of codes).",
)
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
    unlabelled_speaker: str | None,
    force: bool,
    pseudonymise: bool | None,
    no_index: bool,
    as_json: bool,
) -> None:
    """Import transcripts, documents, tables and ASR exports (files or folders).

    VTT, SRT, SBV, Otter, Rev, Zoom, Teams, Google Meet, Markdown, plain text, PDF, DOCX, ODT, RTF,
    HTML (noScribe);
    CSV, TSV, XLSX and JSONL tables (one interview or one utterance per row); JSON from AssemblyAI,
    Deepgram, AWS Transcribe, Rev.ai, WhisperX and whisper.cpp.
    """
    from assistant.ingest.importing import import_paths

    workspace = workspace_of(ctx)
    if unlabelled_speaker is not None and not unlabelled_speaker.strip():
        raise click.BadParameter("give a speaker name", param_hint="--unlabelled-speaker")
    printer = _Printer(as_json)
    with writing(workspace, "import"):
        try:
            report = import_paths(
                workspace,
                paths,
                study=study,
                fmt=fmt,
                interviewer=list(interviewer),
                pseudonymise=pseudonymise,
                index=not no_index,
                unlabelled_speaker=unlabelled_speaker,
                force=force,
                progress=printer.progress,
                row_progress=printer.rows,
                file_done=printer.file,
            )
        finally:
            printer.close()
    if as_json:
        click.echo(dump_json({"results": [r.as_dict() for r in report.results], "ok": report.ok}))
    else:
        click.echo(report.summary())
        files = {r.path for r in report.results}
        if report.failed and len(files) > 1:  # the reasons scrolled by: say them again under the count
            for result in report.failed[:20]:
                click.echo(safe(f"  failed: {result.message}"), err=True)
            if len(report.failed) > 20:
                click.echo(f"  … and {len(report.failed) - 20} more failed (see above)", err=True)
    if not report.ok:
        sys.exit(1)
    if not (report.imported or report.unchanged):
        where = ", ".join(paths)
        skipped = len(report.skipped)
        problem = f"no transcripts found ({skipped} other files skipped)" if skipped else "no files found"
        if skipped and all(r.message.startswith("not an interview") for r in report.skipped):
            problem = "nothing imported: not an interview (use --force to import it anyway)"
        raise InputFileError(safe(where), problem)


@main.command("pseudonyms")
@click.option(
    "--reverse",
    "reverse_text",
    default=None,
    metavar="TEXT",
    help="Put the original values back into TEXT ('-' reads standard input).",
)
@click.option(
    "--interview", "interview_id", default=None, help="Print this interview with the original values back."
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def pseudonyms_cmd(
    ctx: click.Context, reverse_text: str | None, interview_id: str | None, as_json: bool
) -> None:
    """Show the pseudonym map of the workspace, or reverse placeholders for the researcher.

    The map reverses pseudonymisation: keep pseudonyms.json private (it is written with mode 0600).
    """
    from assistant.ingest.pseudonymise import Pseudonymiser

    workspace = workspace_of(ctx)
    pseudonymiser = Pseudonymiser(workspace.pseudonyms_path)
    if reverse_text is not None:
        text = sys.stdin.read() if reverse_text == "-" else reverse_text
        click.echo(safe(pseudonymiser.reverse(text)), nl=not text.endswith("\n"))
        return
    if interview_id is not None:
        transcript = workspace.load_transcript(interview_id)
        for utterance in transcript.utterances:
            speaker = pseudonymiser.reverse(utterance.speaker or "?")
            click.echo(safe(f"{utterance.id}  {speaker}: {pseudonymiser.reverse(utterance.text)}"))
        return
    if as_json:
        click.echo(dump_json(pseudonymiser.entities))
        return
    if not pseudonymiser.entities:
        click.echo(f"no pseudonyms in {workspace.root}")
        return
    for placeholder, original in pseudonymiser.entities.items():
        click.echo(safe(f"{placeholder:<14} {original}"))
