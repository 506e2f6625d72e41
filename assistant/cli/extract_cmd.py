"""``personas extract`` (cited findings per interview) and ``personas findings`` (show stored ones)."""

from __future__ import annotations

import dataclasses
import sys
from typing import Any

import click

from assistant.cli import dump_json, main, safe, workspace_of, writing
from assistant.core.errors import ConfigError, ModelError, NotFoundError
from assistant.core.models import CATEGORIES
from assistant.core.progress import Progress


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
@click.option(
    "--fallback",
    type=click.Choice(["none", "offline"]),
    default="none",
    show_default=True,
    help="When the model cannot be reached or refuses: none = fail and save nothing; "
    "offline = save the offline engine's findings, labelled offline.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the findings as a JSON list.")
@click.option(
    "--dry-run",
    is_flag=True,
    help="Print the model calls, tokens and cost the run would take (cached answers are free), "
    "and send nothing.",
)
@click.option(
    "--max-cost",
    type=click.FloatRange(min=0),
    default=None,
    metavar="USD",
    help="Refuse to start when the estimate is over this many US dollars, and stop before a model "
    "call would take the spending past it.",
)
@click.option(
    "--batch",
    is_flag=True,
    help="Send the model calls through the OpenAI Batch API (half price, answers within 24 hours) "
    "and exit; run the same command again to collect the answers and extract.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Extract again even when the findings are up to date, and ask the model again even when "
    "a cached answer exists.",
)
@click.pass_context
def extract_cmd(
    ctx: click.Context,
    interview_ids: tuple[str, ...],
    all_interviews: bool,
    engine: str,
    fallback: str,
    as_json: bool,
    dry_run: bool,
    max_cost: float | None,
    batch: bool,
    force: bool,
) -> None:
    """Extract cited findings from interviews into findings/<id>.json (quotes verified by code).

    With --all, an interview whose speaker roles wait for a check is skipped with a warning and
    the others are extracted (exit status 0). A model that answers none of its calls is an error
    (exit status 1, nothing saved for that interview) unless --fallback offline is given.
    """
    from assistant.extract.offline import OfflineExtractor
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
    from assistant.extract.pipeline import resolve_engine

    chosen = resolve_engine(workspace, engine, None)  # type: ignore[arg-type]
    model = get_chat_model(settings) if chosen == "llm" else None
    usage = ledger_for(settings) if model is not None else None
    extractor = OfflineExtractor(classifier_embedder(workspace))
    if batch and model is None:
        raise ConfigError(
            "--batch needs a model: set OPENAI_API_KEY, or llm.base_url for a compatible server"
        )
    if dry_run or (max_cost is not None and model is not None):
        factor = 0.5 if batch else 1.0
        if _check_cost(
            workspace, transcripts, model, usage, extractor, force, dry_run, max_cost, as_json, factor
        ):
            return
    if batch:
        transcripts = _send_or_collect_batch(workspace, transcripts, model, usage, extractor, force)
        if not transcripts:
            return
        force = False  # the batch's answers are in the cache now: use them
    runner = _Runner(workspace, chosen, model, usage, extractor, force, fallback == "offline", all_interviews)

    with writing(workspace, "extract"):
        with Progress(
            f"extracting ({'llm' if model is not None else 'offline'})",
            len(transcripts),
            unit="interviews",
            work_unit="words",
        ) as bar:
            runner.bar = bar

            def done(transcript: Any, _outcome: Any) -> None:
                words = sum(len(u.text.split()) for u in transcript.utterances)
                bar.advance(1, f"{transcript.interview.id}  {_token_text(usage)}".rstrip(), work=words)

            # Model calls wait on the network, so interviews run side by side up to llm.concurrency;
            # each interview's findings file is written as it finishes, so Ctrl-C keeps finished ones.
            limit = max(1, settings.llm.concurrency) if model is not None else 1
            outcomes = run_concurrently(runner.run_one, transcripts, limit=limit, on_result=done)

    results = [o.result for o in outcomes if o.result is not None]
    for outcome in outcomes:
        for line in outcome.warnings:
            click.echo(safe(f"warning: {line}"), err=True)
        if outcome.error:
            click.echo(safe(f"error: {outcome.error}"), err=True)
    if as_json:
        rows = [f.public_dict() for result in results for f in result.shown_findings()]
        click.echo(dump_json(rows))
    else:
        for result in results:
            stats = result.stats
            if result.reused:
                click.echo(
                    safe(
                        f"{result.interview_id}: {len(result.shown_findings())} findings  engine "
                        f"{result.engine}  (unchanged)"
                    )
                )
                continue
            click.echo(
                safe(
                    f"{result.interview_id}: {len(result.shown_findings())} findings  engine {result.engine}  "
                    f"(proposed {stats['proposed']}, verified {stats['verified']}, re-anchored "
                    f"{stats['reanchored']}, dropped {stats['dropped']}, unrelated {stats['unrelated']})"
                )
            )
        if any(not result.reused for result in results):
            click.echo(f"findings written to {workspace.findings_dir}")
    reused = [r for r in results if r.reused]
    if reused:
        click.echo(
            f"{len(reused)} of {len(transcripts)} interviews unchanged since their last extraction: "
            "findings kept (--force extracts them again)",
            err=True,
        )
    skipped = [o for o in outcomes if o.skipped]
    if skipped:
        click.echo(
            f"{len(skipped)} interviews skipped until their speaker roles are checked "
            "(`personas roles` lists them)",
            err=True,
        )
    if usage is not None:
        summary = usage.summary()
        cost = f", ${summary['cost_usd']:.4f}" if summary["cost_usd"] is not None else ""
        from_batches = sum(1 for entry in usage.entries if entry.purpose == "extract-batch")
        batched = f" (+{from_batches} answers from batches)" if from_batches else ""
        click.echo(
            f"model calls {summary['calls'] - from_batches}{batched}, tokens {summary['prompt_tokens']} "
            f"prompt + {summary['completion_tokens']} completion{cost}",
            err=True,
        )
    if runner.budget_stop is not None:
        done_count = sum(1 for o in outcomes if o.result is not None)
        click.echo(
            f"error: {runner.budget_stop}; {done_count} of {len(transcripts)} interviews extracted "
            "(answers already received are cached: run again with a higher --max-cost to go on "
            "without paying for them twice)",
            err=True,
        )
    failed = [o for o in outcomes if o.error]
    if failed or (skipped and not all_interviews):
        sys.exit(1)


def _check_cost(
    workspace: Any,
    transcripts: list[Any],
    model: Any,
    usage: Any,
    extractor: Any,
    force: bool,
    dry_run: bool,
    max_cost: float | None,
    as_json: bool,
    price_factor: float = 1.0,
) -> bool:
    """--dry-run and --max-cost: print the estimate, or refuse an over-budget run (True: stop here).

    ``price_factor`` is 0.5 with --batch (batch requests are billed at half price)."""
    if model is None:  # the offline engine
        if dry_run:
            click.echo(f"{len(transcripts)} interviews with the offline engine: no model calls, no cost")
        return dry_run
    from assistant.extract.cost import estimate

    planned = estimate(workspace, transcripts, model=model, extractor=extractor, ledger=usage, force=force)
    if price_factor != 1.0 and planned.cost_usd is not None and planned.max_cost_usd is not None:
        planned.cost_usd = round(planned.cost_usd * price_factor, 6)
        planned.max_cost_usd = round(planned.max_cost_usd * price_factor, 6)
    if dry_run:
        if as_json:
            click.echo(dump_json(dataclasses.asdict(planned)))
        else:
            click.echo(f"estimate, nothing sent: {planned.describe()}")
            for row in planned.per_interview:
                click.echo(
                    f"  {row['interview_id']}: {row['mode']}, {row['windows']} call{'s' if row['windows'] != 1 else ''} "
                    f"({row['cached']} cached), ~{row['input_tokens']:,} input tokens"
                )
        return True
    assert max_cost is not None
    if planned.cost_usd is None:
        raise ConfigError(
            f"--max-cost needs the price of {workspace.settings.llm.model!r}: set "
            "llm.price_per_1k_prompt and llm.price_per_1k_completion"
        )
    if planned.cost_usd > max_cost:
        from assistant.providers.llm import BudgetExceeded

        raise BudgetExceeded(
            f"the estimated cost, about ${planned.cost_usd:.4f} for {planned.windows - planned.cached_windows} "
            f"model calls, is over --max-cost ${max_cost:.4f}; nothing sent (extract fewer interviews, or "
            "raise the limit; `--dry-run` shows the estimate)"
        )
    usage.budget_usd = max_cost
    return False


def _send_or_collect_batch(
    workspace: Any, transcripts: list[Any], model: Any, usage: Any, extractor: Any, force: bool
) -> list[Any]:
    """--batch: collect finished batches and send what is missing; the interviews now fully answered."""
    from assistant.extract.batch import MAX_ATTEMPTS, collect, submit
    from assistant.providers.llm import batch_client

    client = batch_client(workspace.settings)
    by_id = {t.interview.id: t for t in transcripts}
    with writing(workspace, "extract"):
        got = collect(workspace, by_id, client, model=model, extractor=extractor, usage=usage)
        sent = submit(
            workspace, by_id, client, model=model, extractor=extractor, force=force and not got.collected
        )
    if got.collected or got.stale:
        stale = f" ({got.stale} for transcripts changed since, not used)" if got.stale else ""
        noun = "answer" if got.collected == 1 else "answers"
        click.echo(f"collected {got.collected} {noun} from finished batches{stale}")
    for line in got.problems[:10]:
        click.echo(safe(f"warning: {line}"), err=True)
    if len(got.problems) > 10:
        click.echo(f"warning: {len(got.problems) - 10} more failed requests", err=True)
    for running in got.running:
        click.echo(
            safe(
                f"batch {running['id']}: {running['status']}, {running['completed']} of {running['total']} "
                "answers so far"
            )
        )
    for batch_id, count in sent.submitted:
        noun = "model call" if count == 1 else "model calls"
        click.echo(safe(f"submitted batch {batch_id}: {count} {noun} (billed at half price)"))
    if sent.given_up:
        click.echo(
            f"warning: {sent.given_up} model calls failed in {MAX_ATTEMPTS} batches and are not sent again; "
            "`personas extract` without --batch asks for them directly",
            err=True,
        )
    waiting = len(transcripts) - len(sent.ready)
    if waiting:
        click.echo(
            f"{waiting} of {len(transcripts)} interviews wait for batch answers (they come within 24 hours): "
            "run the same command again to collect them and extract"
        )
    return [by_id[i] for i in sent.ready]


class _Outcome:
    """One interview's extraction as the command reports it."""

    def __init__(self, result: Any = None, *, error: str = "", skipped: bool = False) -> None:
        self.result = result
        self.error = error
        self.skipped = skipped
        self.warnings: list[str] = []


class _Runner:
    """Extracts one interview at a time for the command: roles check, model failures, fallback."""

    def __init__(
        self,
        workspace: Any,
        engine: str,
        model: Any,
        usage: Any,
        extractor: Any,
        force: bool,
        fallback_offline: bool,
        skip_unconfirmed: bool,
    ) -> None:
        self.workspace = workspace
        self.engine = engine
        self.model = model
        self.usage = usage
        self.extractor = extractor
        self.force = force
        self.fallback_offline = fallback_offline
        self.skip_unconfirmed = skip_unconfirmed
        self.current = ""
        self.bar: Any = None
        self.budget_stop: str | None = None
        """Set once a call was refused by --max-cost: no later interview starts."""
        self.model_down: str | None = None
        """Set once the model answered none of an interview's calls: later interviews do not wait on it."""

    def _progress(self, event: str, details: dict[str, Any]) -> None:
        if self.bar is not None:
            self.bar.set_item(f"{self.current}  {_token_text(self.usage)}".rstrip())

    def _extract(self, transcript: Any, engine: str) -> Any:
        from assistant.extract.pipeline import extract_interview

        return extract_interview(
            self.workspace,
            transcript,
            engine=engine,  # type: ignore[arg-type]
            model=self.model if engine == "llm" else None,
            usage=self.usage,
            extractor=self.extractor,
            force=self.force,
            save=False,
            progress=self._progress,
        )

    def _model_unreached(self, result: Any | None, replies: int) -> str | None:
        """Why the model path produced nothing of the model's (None: it answered usably at least once).

        ``replies`` counts the model's replies during this interview (from the usage ledger): none
        means it was not reached or refused; some means it answered, but never in a usable form.
        """
        if result is None:  # the pipeline raised: every call failed
            errors = windows = 1
        else:
            stats = result.stats
            errors, windows = int(stats.get("model_errors", 0)), int(stats.get("windows", 0))
        if not errors or errors < windows:
            return None
        name = self.workspace.settings.llm.model
        if replies > 0:
            return (
                f"the model {name!r} replied but gave no usable answer for any part of the interview "
                "(too small for the task, or a wrong model name?)"
            )
        return (
            f"the model {name!r} answered none of its calls (server unreachable, or it refused "
            "them: check llm.base_url, llm.model and the API key)"
        )

    def run_one(self, transcript: Any) -> _Outcome:
        from assistant.extract.pipeline import save_result
        from assistant.ingest.roles import RolesUnconfirmedError
        from assistant.providers.llm import BudgetExceeded

        interview_id = transcript.interview.id
        if self.budget_stop is not None:
            return _Outcome(error=f"{interview_id}: not extracted (cost limit reached)")
        self.current = interview_id
        self._progress("start", {})
        try:
            problem: str | None
            if self.engine == "llm" and self.model_down is not None:
                result, problem = None, self.model_down
            else:
                replies_before = self.usage.calls if self.usage is not None else 0
                try:
                    result = self._extract(transcript, self.engine)
                    failed_calls = None
                except ModelError as exc:  # the pipeline may also raise when every call failed
                    if self.engine != "llm":
                        raise
                    result, failed_calls = None, exc
                replies = (self.usage.calls if self.usage is not None else 0) - replies_before
                if failed_calls is not None:
                    problem = self._model_unreached(None, replies) or failed_calls.message
                else:
                    problem = self._model_unreached(result, replies) if self.engine == "llm" else None
            warnings: list[str] = []
            if problem is not None:
                self.model_down = problem
                if not self.fallback_offline:
                    return _Outcome(
                        error=f"{interview_id}: {problem}; nothing saved (add --fallback offline to save "
                        "the offline engine's findings instead)"
                    )
                result = self._extract(transcript, "offline")
                warnings.append(f"{interview_id}: {problem}; saved the offline engine's findings instead")
            elif result is not None and self.engine == "llm" and int(result.stats.get("model_errors", 0)):
                warnings.append(
                    f"{interview_id}: {result.stats['model_errors']} of {result.stats.get('windows')} model "
                    "calls failed; those parts keep the offline engine's findings"
                )
        except BudgetExceeded as exc:
            self.budget_stop = exc.message
            return _Outcome(error=f"{interview_id}: not extracted, nothing saved for it (cost limit reached)")
        except RolesUnconfirmedError as exc:
            if not self.skip_unconfirmed:
                return _Outcome(error=exc.message)
            outcome = _Outcome(skipped=True)
            outcome.warnings.append(f"skipped {exc.message}")
            return outcome
        assert result is not None  # every path without a result has returned above
        if not result.reused:  # an up-to-date findings file is left as it is
            save_result(self.workspace, result)
        outcome = _Outcome(result)
        outcome.warnings.extend(warnings)
        return outcome


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
    """Show stored findings (of one interview, or all), each with its verified quote.

    The researcher's own findings (corrections/<id>.json) are shown even before any extraction.
    """
    from assistant.extract.corrections import corrected_interview_ids, corrections_path
    from assistant.extract.pipeline import findings_path, load_findings

    workspace = workspace_of(ctx)
    if interview_id is not None:
        workspace.load_transcript(interview_id)  # a clear error for an unknown id
        if (
            not findings_path(workspace, interview_id).exists()
            and not corrections_path(workspace, interview_id).exists()
        ):
            raise NotFoundError(f"no findings for {interview_id} yet (run `personas extract {interview_id}`)")
        ids: list[str] | None = [interview_id]
    else:
        extracted = (
            {p.stem for p in workspace.findings_dir.glob("*.json") if not p.name.startswith(".")}
            if workspace.findings_dir.is_dir()
            else set()
        )
        only_corrected = set(corrected_interview_ids(workspace)) - extracted
        ids = None if not only_corrected else sorted(extracted | only_corrected)
    findings = load_findings(workspace, ids, include_unrelated=include_unrelated)
    if category:
        findings = [f for f in findings if f.category == category]
    if as_json:
        click.echo(dump_json([f.public_dict() for f in findings]))
        return
    if not findings:
        click.echo("no findings (run `personas extract --all`)")
        return
    for finding in findings:
        click.echo(safe(f"[{finding.interview_id}] {finding.category:<15} {finding.statement}"))
        click.echo(
            safe(f"    \u201c{finding.quote}\u201d  ({', '.join(finding.utterance_ids)}; {finding.engine})")
        )
