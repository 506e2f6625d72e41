"""``personas extract`` (cited findings per interview) and ``personas findings`` (show stored ones)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from assistant.cli import main, workspace_of
from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.core.models import CATEGORIES


def _token_text(usage: Any) -> str:
    if usage is None or not usage.calls:
        return ""
    return f"{usage.prompt_tokens}+{usage.completion_tokens} tok"


@main.command("extract")
@click.argument("interview_ids", nargs=-1)
@click.option("--all", "all_interviews", is_flag=True, help="Extract every interview in the workspace.")
@click.option(
    "--engine",
    type=click.Choice(["auto", "offline", "llm"]),
    default="auto",
    show_default=True,
    help="auto: the LLM when one is configured, else the offline engine.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the findings as a JSON list.")
@click.option("--force", is_flag=True, help="Ask the model again even when a cached answer exists.")
@click.pass_context
def extract_cmd(
    ctx: click.Context,
    interview_ids: tuple[str, ...],
    all_interviews: bool,
    engine: str,
    as_json: bool,
    force: bool,
) -> None:
    """Extract cited findings from interviews into findings/<id>.json (quotes verified by code)."""
    from assistant.extract.offline import OfflineExtractor
    from assistant.extract.pipeline import extract_interview, resolve_engine
    from assistant.providers.embeddings import classifier_embedder
    from assistant.providers.llm import get_chat_model, ledger_for, run_concurrently

    workspace = workspace_of(ctx)
    if all_interviews and interview_ids:
        raise click.UsageError("give interview ids or --all, not both")
    ids = workspace.interview_ids() if all_interviews else list(interview_ids)
    if not ids:
        if all_interviews:
            raise NotFoundError(
                f"no interviews in {workspace.root} (import some with `personas import FILE`)"
            )
        raise click.UsageError("give one or more interview ids, or --all")
    transcripts = [workspace.load_transcript(i) for i in ids]  # NotFoundError before any work starts
    workspace.ensure()
    settings = workspace.settings
    chosen = resolve_engine(workspace, engine, None)  # type: ignore[arg-type]
    model = get_chat_model(settings) if chosen == "llm" else None
    usage = ledger_for(settings) if model is not None else None
    extractor = OfflineExtractor(classifier_embedder(workspace))

    current = {"id": ""}

    def show(_: Any) -> str:
        tokens = _token_text(usage)
        return f"{current['id']}  {tokens}".rstrip()

    with click.progressbar(
        length=len(transcripts),
        label=f"extracting ({'llm' if model is not None else 'offline'})",
        file=sys.stderr,
        show_eta=True,
        show_pos=True,
        item_show_func=show,
    ) as bar:

        def on_progress(event: str, details: dict[str, Any]) -> None:
            bar.update(0, current["id"])

        def run_one(transcript: Any) -> Any:
            current["id"] = transcript.interview.id
            bar.update(0, current["id"])
            return extract_interview(
                workspace,
                transcript,
                engine=chosen,
                model=model,
                usage=usage,
                extractor=extractor,
                force=force,
                progress=on_progress,
            )

        def done(transcript: Any, _result: Any) -> None:
            bar.update(1, transcript.interview.id)

        # Model calls wait on the network, so interviews run side by side up to llm.concurrency;
        # each interview's findings file is written as it finishes, so Ctrl-C keeps finished ones.
        limit = max(1, settings.llm.concurrency) if model is not None else 1
        results = run_concurrently(run_one, transcripts, limit=limit, on_result=done)

    if as_json:
        rows = [f.public_dict() for result in results for f in result.shown_findings()]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for result in results:
            stats = result.stats
            click.echo(
                f"{result.interview_id}: {len(result.shown_findings())} findings  engine {result.engine}  "
                f"(proposed {stats['proposed']}, verified {stats['verified']}, re-anchored {stats['reanchored']}, "
                f"dropped {stats['dropped']}, unrelated {stats['unrelated']})"
            )
        click.echo(f"findings written to {workspace.findings_dir}")
    if usage is not None:
        summary = usage.summary()
        cost = f", ${summary['cost_usd']:.4f}" if summary["cost_usd"] is not None else ""
        click.echo(
            f"model calls {summary['calls']}, tokens {summary['prompt_tokens']} prompt + "
            f"{summary['completion_tokens']} completion{cost}",
            err=True,
        )


@main.command("findings")
@click.argument("interview_id", required=False)
@click.option("--category", type=click.Choice(list(CATEGORIES)), default=None, help="Only this category.")
@click.option(
    "--include-unrelated", is_flag=True, help="Also show findings whose quote does not support them."
)
@click.option("--json", "as_json", is_flag=True, help="Print the findings as a JSON list.")
@click.pass_context
def findings_cmd(
    ctx: click.Context, interview_id: str | None, category: str | None, include_unrelated: bool, as_json: bool
) -> None:
    """Show stored findings (of one interview, or all), each with its verified quote."""
    from assistant.extract.pipeline import findings_path, load_findings

    workspace = workspace_of(ctx)
    if interview_id is not None:
        workspace.load_transcript(interview_id)  # a clear error for an unknown id
        if not findings_path(workspace, interview_id).exists():
            raise NotFoundError(f"no findings for {interview_id} yet (run `personas extract {interview_id}`)")
    ids = [interview_id] if interview_id else None
    try:
        findings = load_findings(workspace, ids, include_unrelated=include_unrelated)
    except WorkspaceError:
        raise
    if category:
        findings = [f for f in findings if f.category == category]
    if as_json:
        click.echo(json.dumps([f.public_dict() for f in findings], ensure_ascii=False, indent=2))
        return
    if not findings:
        click.echo("no findings (run `personas extract --all`)")
        return
    for finding in findings:
        click.echo(f"[{finding.interview_id}] {finding.category:<15} {finding.statement}")
        click.echo(f"    \u201c{finding.quote}\u201d  ({', '.join(finding.utterance_ids)}; {finding.engine})")
