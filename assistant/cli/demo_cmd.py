"""``personas demo``: the whole pipeline on the bundled sample study, printing where outputs went."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Literal, cast

import click

from assistant.cli import main
from assistant.cli.ask_cmds import render_answer
from assistant.core.storage import atomic_write_json
from assistant.core.workspace import Workspace

SAMPLE_STUDY = Path(__file__).resolve().parents[2] / "transcripts" / "sample-study"
DEMO_QUESTION = "What frustrates people about scheduling and no-shows?"


def _model_for(workspace: Workspace, engine: str) -> Any:
    if engine == "offline":
        return None
    from assistant.providers.llm import get_chat_model

    return get_chat_model(workspace.settings)


def _sample_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name not in {"README.md", "expected.json"})


@main.command("demo")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo-workspace"),
    show_default=True,
    help="Workspace folder the demo creates (replaced if it exists and holds a previous demo).",
)
@click.option("--samples", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None)
@click.option("--engine", type=click.Choice(["auto", "offline", "llm"]), default="auto", show_default=True)
def demo_cmd(out_dir: Path, samples: Path | None, engine: str) -> None:
    """Import, index, extract, synthesise, export and ask on the sample transcripts."""
    from assistant.ask.answering import answer_question
    from assistant.extract.pipeline import extract_interview
    from assistant.ingest.importing import import_paths
    from assistant.personas.documents import export_personas
    from assistant.personas.synthesis import synthesize

    sample_dir = samples or SAMPLE_STUDY
    if (out_dir / ".personas-demo").exists():
        shutil.rmtree(out_dir)
    workspace = Workspace.init(out_dir)
    (workspace.root / ".personas-demo").write_text("created by `personas demo`\n")
    mode = "an LLM" if engine != "offline" and workspace.settings.llm_enabled() else "the offline engine"
    click.echo(
        f"1/6 workspace: {workspace.root}  (using {mode}; set OPENAI_API_KEY or llm.base_url for an LLM)"
    )

    report = import_paths(workspace, _sample_files(sample_dir), study="sample-study")
    click.echo(f"2/6 imported and indexed {report.imported_count} interviews -> {workspace.transcripts_dir}")
    for failure in report.failures:
        click.echo(f"    error: {failure}", err=True)

    findings_total = 0
    with click.progressbar(workspace.interview_ids(), label="3/6 extracting findings", file=None) as ids:
        for interview_id in ids:
            chosen = cast(Literal["auto", "offline", "llm"], engine)
            result = extract_interview(workspace, workspace.load_transcript(interview_id), engine=chosen)
            findings_total += len(result.findings)
    click.echo(f"    {findings_total} verified findings -> {workspace.findings_dir}")

    persona_set = synthesize(workspace)
    labels = ", ".join(p.label for p in persona_set.personas)
    click.echo(f"4/6 persona version {persona_set.version}: {labels} -> {workspace.personas_dir}")
    for warning in persona_set.warnings[:5]:
        message = warning.get("message", warning) if isinstance(warning, dict) else warning
        click.echo(f"    warning: {message}")

    exported: list[Path] = []
    for fmt in ("md", "html", "json"):
        exported.extend(export_personas(workspace, fmt=fmt, out_dir=workspace.exports_dir / fmt))
    html = [p for p in exported if p.suffix == ".html"]
    click.echo(f"5/6 persona documents -> {workspace.exports_dir}" + (f" (open {html[0]})" if html else ""))

    answer = answer_question(workspace, DEMO_QUESTION, model=_model_for(workspace, engine))
    answer_path = workspace.exports_dir / "demo-answer.json"
    atomic_write_json(answer_path, answer.public_dict())
    click.echo(f"6/6 ask: {DEMO_QUESTION}  (full answer -> {answer_path})")
    render_answer(answer, streamed=False)
    click.echo(f"\nDone. Try: personas --workspace {out_dir} tui")
