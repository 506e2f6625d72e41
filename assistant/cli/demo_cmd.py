"""``personas demo``: the whole pipeline on the bundled sample study, printing where outputs went.

Running it again keeps the demo workspace (live interviews and chats included) and redoes only what
changed: the samples re-import idempotently and unchanged interviews keep their findings.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

import click

from assistant.cli import main, writing
from assistant.cli.ask_cmds import render_answer
from assistant.core.errors import AssistantError, WorkspaceError
from assistant.core.storage import atomic_write_json, atomic_write_text
from assistant.core.workspace import Workspace

DEMO_MARKER = ".personas-demo"
DEMO_QUESTION = "What frustrates people about scheduling and no-shows?"
_NOT_SAMPLES = frozenset({"README.md", "expected.json"})


def sample_study_dir() -> Path:
    """The bundled sample study: ``assistant/samples`` in an installed wheel, else the repository's."""
    installed = Path(str(resources.files("assistant"))) / "samples"
    if installed.is_dir():
        return installed
    # A source checkout or editable install: the samples stay in transcripts/sample-study.
    return Path(__file__).resolve().parents[2] / "transcripts" / "sample-study"


def _sample_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.name not in _NOT_SAMPLES and not p.name.startswith((".", "_"))
    )


def open_demo_workspace(folder: Path) -> tuple[Workspace, bool]:
    """The demo workspace in ``folder``, created when absent or empty; True when it was created.

    A folder that holds anything else is never touched: the demo must not import samples into, or
    overwrite, a study someone works on.
    """
    folder = Path(folder)
    if (folder / DEMO_MARKER).is_file():
        workspace = Workspace(folder)
        if not workspace.is_initialised():  # our folder, with its settings deleted: make it whole again
            workspace = Workspace.init(folder)
        return workspace, False
    if folder.exists() and not folder.is_dir():
        raise WorkspaceError(f"{folder}: is a file; choose another folder with --out")
    if folder.is_dir() and any(folder.iterdir()):
        raise WorkspaceError(
            f"{folder}: exists and was not made by `personas demo`; left untouched "
            "(choose another folder with --out)"
        )
    workspace = Workspace.init(folder)
    atomic_write_text(workspace.root / DEMO_MARKER, "created by `personas demo`; safe to run it again\n")
    return workspace, True


def _model_for(workspace: Workspace, engine: str) -> Any:
    if engine == "offline":
        return None
    from assistant.providers.llm import get_chat_model

    return get_chat_model(workspace.settings)


def _findings_current(workspace: Workspace, interview_id: str, transcript_hash: str) -> bool:
    """Whether the stored findings were made from this exact transcript (nothing to redo)."""
    from assistant.extract.pipeline import findings_path, read_findings_file

    path = findings_path(workspace, interview_id)
    if not path.is_file():
        return False
    try:
        return read_findings_file(path).get("transcript_hash") == transcript_hash
    except WorkspaceError:
        return False  # a damaged findings file is redone, not trusted


@main.command("demo")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("demo-workspace"),
    show_default=True,
    help="Demo workspace folder: created if absent, reused (never deleted) if a previous demo made it.",
)
@click.option("--samples", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None)
@click.option("--engine", type=click.Choice(["auto", "offline", "llm"]), default="auto", show_default=True)
def demo_cmd(out_dir: Path, samples: Path | None, engine: str) -> None:
    """Import, index, extract, synthesise, export and ask on the sample transcripts."""
    sample_dir = samples or sample_study_dir()
    workspace, created = open_demo_workspace(out_dir)
    with writing(workspace, "demo"):
        _run_demo(workspace, created, sample_dir, engine, out_dir)


def _run_demo(workspace: Workspace, created: bool, sample_dir: Path, engine: str, out_dir: Path) -> None:
    """The six steps of the demo, under the workspace's writer lock."""
    from assistant.ask.answering import answer_question
    from assistant.extract.pipeline import extract_interview
    from assistant.ingest.importing import import_paths
    from assistant.personas.documents import export_personas
    from assistant.personas.synthesis import synthesize
    from assistant.personas.versions import latest_persona_set

    mode = "an LLM" if engine != "offline" and workspace.settings.llm_enabled() else "the offline engine"
    state = "created" if created else "kept (your interviews, sessions and chats are untouched)"
    click.echo(f"1/6 workspace {state}: {workspace.root}")
    click.echo(f"    using {mode}; set OPENAI_API_KEY or llm.base_url for an LLM")

    report = import_paths(workspace, _sample_files(sample_dir), study="sample-study")
    sample_ids = [r.interview_id for r in report.results if r.status in ("imported", "unchanged")]
    click.echo(
        f"2/6 sample interviews: {len(report.imported)} imported and indexed, {len(report.unchanged)} "
        f"unchanged -> {workspace.transcripts_dir}"
    )
    for failure in report.failures:
        click.echo(f"    error: {failure}", err=True)

    chosen = cast(Literal["auto", "offline", "llm"], engine)
    findings_total, extracted, kept = 0, 0, 0
    with click.progressbar(sample_ids, label="3/6 extracting findings", file=None) as ids:
        for interview_id in ids:
            if interview_id is None:
                continue
            transcript = workspace.load_transcript(interview_id)
            if _findings_current(workspace, interview_id, transcript.text_hash):
                kept += 1
                continue
            try:
                result = extract_interview(workspace, transcript, engine=chosen)
            except AssistantError as exc:
                click.echo(f"    error: {interview_id}: {exc.message}", err=True)
                continue
            extracted += 1
            findings_total += len(result.findings)
    click.echo(
        f"    {extracted} interviews extracted ({findings_total} verified findings), {kept} unchanged"
        f" -> {workspace.findings_dir}"
    )

    persona_set = latest_persona_set(workspace)
    if persona_set is None or report.imported or extracted:
        persona_set = synthesize(workspace)
        action = "saved"
    else:
        action = "unchanged, kept"
    labels = ", ".join(p.label for p in persona_set.personas)
    click.echo(f"4/6 persona version {persona_set.version} {action}: {labels} -> {workspace.personas_dir}")
    for warning in persona_set.warnings[:5]:
        message = warning.get("message", warning) if isinstance(warning, dict) else warning
        click.echo(f"    warning: {message}")

    exported: list[Path] = []
    for fmt in ("md", "html", "json"):
        exported.extend(export_personas(workspace, persona_set, fmt, workspace.exports_dir / fmt))  # type: ignore[arg-type]
    html = [p for p in exported if p.suffix == ".html"]
    click.echo(f"5/6 persona documents -> {workspace.exports_dir}" + (f" (open {html[0]})" if html else ""))

    answer = answer_question(workspace, DEMO_QUESTION, model=_model_for(workspace, engine))
    answer_path = workspace.exports_dir / "demo-answer.json"
    atomic_write_json(answer_path, answer.public_dict())
    click.echo(f"6/6 ask: {DEMO_QUESTION}  (full answer -> {answer_path})")
    render_answer(answer, streamed=False)
    click.echo(f"\nDone. Try: personas --workspace {out_dir} tui   (run `personas demo` again any time)")
