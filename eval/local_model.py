#!/usr/bin/env python3
"""A real local model through the model path, against the held-out offline engine on the same interviews.

Starts llama-cpp-python's OpenAI-compatible server on 127.0.0.1 with a GGUF file, imports the
first N interviews of each study given, extracts them with the model (``direct`` and/or
``review`` mode, the same code and prompts a user's `personas extract` runs), and scores the shown
findings against the study's gold next to the offline engine's on the same interviews. Both use the
offline classifier trained without that study (as eval/run.py does): the review mode's fallback
and the direct mode's hints are the held-out engine's too.
Reports per category tp / predicted / gold for both, quote validity, model calls, tokens and time.

A small model on 2 CPU cores takes minutes per interview; this is a measurement, not a test.

Usage:
  .venv/bin/python eval/local_model.py --model .models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf \
      --interviews 2 --modes direct,review ../shared/data/dev eval/corpus/heatpump-de --json out.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(EVAL.parent / "tests" / "integration"))

from harness import scoring  # noqa: E402
from harness.engines import Engines  # noqa: E402
from harness.study import Study, corpus_studies, load_study  # noqa: E402
from harness.workspaces import import_studies  # noqa: E402
from llm_server import start_llama_server, stop, wait_for_models  # noqa: E402

from assistant.core.models import CATEGORIES  # noqa: E402
from assistant.core.settings import Settings  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402
from assistant.extract import review  # noqa: E402
from assistant.extract.pipeline import extract_interview  # noqa: E402
from assistant.providers.llm import get_chat_model, ledger_for  # noqa: E402


def held_out_extractors(log: Any) -> Engines:
    """The offline engine of eval/run.py, each study's classifier trained without that study."""
    engines = Engines("offline", loso=True, log=log)
    studies = [load_study(folder) for folder in corpus_studies()]
    workspaces = {s.id: import_studies(f"loso-{s.id}", [s], index=False) for s in studies}
    engines.prepare(studies, workspaces)
    return engines


SHIPPED_BARS = dict(review.REJECT_SCORE_CEILING)


def held_out_bars(path: Path, study_id: str) -> None:
    """Review mode's per-category bars as chosen without this study (the shipped ones otherwise)."""
    bars = dict(SHIPPED_BARS)
    if path.is_file():
        bars.update(
            json.loads(path.read_text(encoding="utf-8")).get("held_out_ceilings", {}).get(study_id, {})
        )
    use_bars(bars)
    print(f"{study_id}: review bars {bars}", file=sys.stderr, flush=True)


def use_bars(bars: dict[str, float]) -> None:
    """Review mode reads its bars from the module's dict at call time: replace its contents."""
    review.REJECT_SCORE_CEILING.clear()
    review.REJECT_SCORE_CEILING.update(bars)


def offline_findings(sw: Any, extractor: Any) -> list[dict[str, Any]]:
    """Every shown finding of the offline engine on the workspace's interviews, with its file and score."""
    findings: list[dict[str, Any]] = []
    for interview_id, key in sw.file_of.items():
        result = extract_interview(
            sw.workspace,
            sw.workspace.load_transcript(interview_id),
            engine="offline",
            extractor=extractor,
            save=False,
            force=True,
        )
        findings += [
            {
                "source_file": key.split("/", 1)[1],
                "category": f.category,
                "quote": f.quote,
                "score": float(f.confidence or 0.0),
            }
            for f in result.shown_findings()
        ]
    return findings


def per_category(findings: list[dict[str, Any]], study: Study, files: list[str]) -> dict[str, Any]:
    score = scoring.score(findings, study.gold, texts_by_file=study.participant_texts(), files=set(files))
    cells = {}
    for category in CATEGORIES:
        row = score["per_category"][category]
        tp = round(row["precision"] * sum(1 for f in findings if f["category"] == category))
        gold = sum(1 for g in study.gold if g["category"] == category and Path(g["file"]).name in files)
        pred = sum(1 for f in findings if f["category"] == category)
        cells[category] = {"tp": tp, "pred": pred, "gold": gold, "f1": round(row["f1"], 3)}
    return {
        "macro_f1": round(score["macro"]["f1"], 4),
        "lenient_f1": round(score["lenient"]["f1"], 4),
        "quote_validity": round(score.get("citation_validity", 0.0), 4) if findings else None,
        "findings": len(findings),
        "per_category": cells,
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    process, base_url = start_llama_server(
        args.model, Path(args.log), n_ctx=args.n_ctx, n_threads=args.threads, port=args.port
    )
    report: dict[str, Any] = {"model": args.model.name, "n_ctx": args.n_ctx, "studies": []}
    try:
        served = wait_for_models(base_url, process, timeout_s=300)
        engines = held_out_extractors(lambda message: print(message, file=sys.stderr, flush=True))
        for study_dir in args.studies:
            study = load_study(study_dir)
            extractor = engines.extractor(study)  # trained without this study, as in eval/run.py
            files = study.files[args.skip : args.skip + args.interviews]
            subset = Study(
                study.root, study.id, study.manifest, study.gold, study.personas, study.questions, files
            )
            sw = import_studies(f"local-{study.id}", [subset], index=False)
            row: dict[str, Any] = {"study": study.id, "files": files}
            offline = offline_findings(sw, extractor)
            row["offline_held_out"] = per_category(offline, study, files)
            print(f"{study.id} offline: {json.dumps(row['offline_held_out'])}", file=sys.stderr, flush=True)
            held_out_bars(args.ceilings, study.id)
            for mode in args.modes:
                settings = Settings(
                    llm={
                        "provider": "openai",
                        "base_url": base_url,
                        "model": served,
                        "extraction_mode": mode,
                        "context_tokens": args.context_tokens,
                        "timeout_s": args.timeout,
                        "max_retries": 1,
                    }
                )
                workspace = Workspace(sw.workspace.root, settings)
                model = get_chat_model(settings)
                usage = ledger_for(settings)
                shown: list[dict[str, Any]] = []
                stats: dict[str, int] = {}
                started = time.monotonic()
                for interview_id, key in sw.file_of.items():
                    transcript = workspace.load_transcript(interview_id)
                    result = extract_interview(
                        workspace, transcript, engine="llm", model=model, usage=usage,
                        extractor=extractor, mode=mode, save=False, force=not args.cached,
                    )  # fmt: skip
                    for name, value in result.stats.items():
                        stats[name] = stats.get(name, 0) + int(value)
                    shown += [
                        {"source_file": key.split("/", 1)[1], "category": f.category, "quote": f.quote}
                        for f in result.shown_findings()
                    ]
                entry = per_category(shown, study, files)
                entry.update(seconds=round(time.monotonic() - started, 1), stats=stats, usage=usage.summary())
                row[mode] = entry
                print(f"{study.id} {mode}: {json.dumps(entry)}", file=sys.stderr, flush=True)
                if args.json:
                    args.json.write_text(
                        json.dumps({**report, "studies": [*report["studies"], row]}, indent=1)
                    )
            report["studies"].append(row)
    finally:
        stop(process)
        use_bars(SHIPPED_BARS)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("studies", nargs="+", type=Path)
    parser.add_argument("--model", type=Path, required=True, help="a GGUF file")
    parser.add_argument("--interviews", type=int, default=2, help="first N interviews of each study")
    parser.add_argument("--skip", type=int, default=0, help="start after the first SKIP interviews")
    parser.add_argument(
        "--cached",
        action="store_true",
        help="reuse the model's cached answers (eval/.cache) from an earlier run: re-scores a change to "
        "the merge rules without calling the model again (the cache key names the server, so give the "
        "earlier run's --port)",
    )
    parser.add_argument("--port", type=int, default=None, help="serve on this port (default: a free one)")
    parser.add_argument("--modes", default="direct,review")
    parser.add_argument("--n-ctx", type=int, default=8192)
    parser.add_argument("--context-tokens", type=int, default=4096)
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument(
        "--threads", type=int, default=2, help="llama.cpp threads (its default is half the cores)"
    )
    parser.add_argument(
        "--ceilings",
        type=Path,
        default=EVAL / "results" / "review_calibration.json",
        help="eval/calibrate_review.py's output: each study is reviewed with the review-mode bars chosen "
        "without it (its held_out_ceilings); a missing file keeps the shipped bars",
    )
    parser.add_argument("--log", default="/tmp/llama-local-model.log")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    args.modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if not args.model.is_file():
        raise SystemExit(f"error: {args.model}: no such GGUF file")
    report = run(args)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    for row in report["studies"]:
        for mode in ["offline_held_out", *args.modes]:
            entry = row.get(mode)
            if entry:
                print(
                    f"{row['study']:<24} {mode:<17} macro-F1 {entry['macro_f1']:.3f}  "
                    f"quotes valid {entry['quote_validity']}  findings {entry['findings']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
