#!/usr/bin/env python3
"""Score personas on evaluation studies, each imported into a fresh workspace as a user would.

For every study folder (laid out like ../shared/data/dev: transcripts, manifest.json,
gold_findings.jsonl, personas.json, questions.jsonl) it reports extraction P/R/F1 and quote validity,
persona ARI and negative-persona recall, ask recall@10 and unanswerable detection, personal-data
recall and over-redaction, and import role agreement; then the mean and the worst study. Two studies
are also imported into one workspace to count personas that mix studies.

Every learned piece is scored held out: with ``--loso`` (the default for the offline engine) the
extraction classifier used on a study is trained on the other studies only.

Usage:
    .venv/bin/python eval/run.py                      # every study in eval/corpus, plus dev if present
    .venv/bin/python eval/run.py STUDY_DIR... --engine offline|oracle|llm --json out.json
    .venv/bin/python eval/run.py --write-docs         # also refresh the table in docs/evaluation.md
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness import measures, report  # noqa: E402
from harness.engines import Engines  # noqa: E402
from harness.study import Study, corpus_studies, load_study  # noqa: E402
from harness.workspaces import StudyWorkspace, import_studies  # noqa: E402

SECTIONS = ("extraction", "personas", "ask", "pii", "mix")


def evaluate_study(
    study: Study, sw: StudyWorkspace, engines: Engines, sections: set[str], log: Any
) -> dict[str, Any]:
    """Every measure of one study (its workspace was filled by a fresh import)."""
    row: dict[str, Any] = {"study": study.id, "languages": study.languages, "files": len(study.files)}
    row["import"] = measures.role_agreement(study, sw)
    if study.id in engines.results:
        results, seconds = engines.results[study.id]
        rows = measures.findings_as_dicts(study, sw, results)
        row["extraction"] = measures.score_extraction(study, rows)
        row["extraction"]["seconds"] = round(seconds, 1)
        row["extraction"]["seconds_per_1000_words"] = round(1000 * seconds / max(study.words(), 1), 2)
        log(f"{study.id}: extraction macro-F1 {row['extraction']['macro']['f1']:.3f}")
    if "personas" in sections:
        persona_set = engines.synthesize(study, sw)
        row["personas"] = measures.score_personas(study, sw, persona_set)
        log(f"{study.id}: persona ARI {row['personas']['ari']:.3f}")
    if "ask" in sections:
        row["ask"] = measures.score_ask(study, sw, engines.answerer(study, sw))
        log(f"{study.id}: ask recall@10 {row['ask']['recall_at_10']:.3f}")
    if "pii" in sections:
        private = import_studies(f"{study.id}-private", [study], pseudonymise=True, index=False)
        row["pii"] = measures.score_pii(study, private, sw)
        log(f"{study.id}: pii {row['pii']['recall']}")
    return row


def evaluate_mix(studies: list[Study], engines: Engines, log: Any) -> dict[str, Any]:
    """Two studies imported into one workspace: personas must never mix them."""
    sw = import_studies("mixed-" + "+".join(s.id for s in studies), studies)
    for study in studies:
        engines.extract(study, sw)
    persona_set = engines.synthesize_all(sw)
    mixed = measures.mixing_personas(sw, persona_set)
    log(f"mix {[s.id for s in studies]}: {mixed} persona(s) mix studies")
    return {"studies": [s.id for s in studies], "personas": len(persona_set.personas), "mixing": mixed}


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean and worst study of each headline number."""

    def values(path: tuple[str, ...]) -> list[tuple[float, str]]:
        out = []
        for row in rows:
            value: Any = row
            for key in path:
                value = value.get(key) if isinstance(value, dict) else None
            if isinstance(value, int | float):
                out.append((float(value), row["study"]))
        return out

    summary: dict[str, Any] = {}
    for name, path, worst_is_low in report.HEADLINES:
        found = values(path)
        if not found:
            continue
        worst = min(found) if worst_is_low else max(found)
        summary[name] = {
            "mean": statistics.mean(v for v, _ in found),
            "worst": worst[0],
            "worst_study": worst[1],
        }
    return summary


def _trained_on(model_file: str) -> list[str]:
    """The studies a shipped model (``assistant/data/<model_file>``) was fitted on: ``meta.trained_on``
    of the model, or of each of its models."""
    data = json.loads((EVAL.parent / "assistant" / "data" / model_file).read_text(encoding="utf-8"))
    return sorted({s for m in data.get("models", [data]) for s in m.get("meta", {}).get("trained_on", [])})


def shipped_training_studies() -> list[str]:
    """The studies the shipped persona model was fitted on: scored with ``--no-loso``, only those are
    in-sample."""
    return _trained_on("persona_model.json")


def classifier_training_studies() -> list[str]:
    """The studies the shipped extraction classifier was fitted on."""
    return _trained_on("offline_classifier.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "studies", nargs="*", type=Path, help="study folders (default: eval/corpus/* and dev)"
    )
    parser.add_argument("--engine", choices=("offline", "oracle", "llm"), default="offline")
    parser.add_argument("--no-loso", action="store_true", help="use the shipped classifier on every study")
    parser.add_argument(
        "--outer-folds",
        type=int,
        help="hold the extraction classifier's studies out in this many groups, not one by one (many studies)",
    )
    parser.add_argument(
        "--inner-folds",
        type=int,
        help="choose the classifier's C and thresholds on this many groups of its training studies",
    )
    parser.add_argument("--sections", default=",".join(SECTIONS), help=f"comma list of {', '.join(SECTIONS)}")
    parser.add_argument("--json", type=Path, help="write every number (and details) here")
    parser.add_argument("--write-docs", action="store_true", help="refresh the table in docs/evaluation.md")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    sections = {s.strip() for s in args.sections.split(",") if s.strip()}
    unknown = sections - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    folders = args.studies or corpus_studies()
    studies = [load_study(folder) for folder in folders]
    for name, folds in (("--outer-folds", args.outer_folds), ("--inner-folds", args.inner_folds)):
        if folds is not None and (folds < 2 or args.no_loso):
            parser.error(
                f"{name} needs a number of 2 or more, and leave-one-study-out training (not --no-loso)"
            )
    if args.outer_folds and len(studies) - -(-len(studies) // args.outer_folds) < 2:
        parser.error(
            "--outer-folds leaves fewer than 2 training studies beside a held-out group: use fewer folds"
        )
    if not args.no_loso and len(studies) < 3:
        parser.error(
            "leave-one-study-out training needs at least 3 studies (it chooses its settings on the "
            "others of each held-out study): give more study folders, or --no-loso"
        )
    log = (lambda *a: None) if args.quiet else (lambda message: print(message, file=sys.stderr, flush=True))
    engines = Engines(
        args.engine,
        loso=not args.no_loso,
        log=log,
        outer_folds=args.outer_folds,
        inner_folds=args.inner_folds,
    )
    started = time.perf_counter()
    workspaces: dict[str, StudyWorkspace] = {}
    for study in studies:
        began = time.perf_counter()
        workspaces[study.id] = import_studies(study.id, [study])
        log(f"{study.id}: imported in {time.perf_counter() - began:.0f} s")
    engines.prepare(studies, workspaces)
    if sections & {"extraction", "personas", "ask"}:
        # Every study is extracted before any is grouped or asked: the grouping and ask models of a
        # held-out study are fitted on the other studies' (held-out) findings.
        for study in studies:
            began = time.perf_counter()
            results = engines.extract(study, workspaces[study.id])
            engines.results[study.id] = (results, time.perf_counter() - began)
    rows = [evaluate_study(study, workspaces[study.id], engines, sections, log) for study in studies]
    result: dict[str, Any] = {
        "command": "python eval/run.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "engine": args.engine,
        "loso": not args.no_loso,
        "shipped_models_trained_on": sorted({s.id for s in studies} & set(shipped_training_studies())),
        "classifier_trained_on": sorted({s.id for s in studies} & set(classifier_training_studies())),
        "studies": rows,
        "summary": summarise(rows),
    }
    if "ask" in sections:
        result["answerability_tradeoff"] = measures.answerability_tradeoff(rows)
    if "mix" in sections and len(studies) >= 2:
        pair = [s for s in studies if s.root.parent == EVAL / "corpus"][:2] or studies[:2]
        result["mix"] = evaluate_mix(pair, engines, log)
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(report.table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    if args.write_docs:
        report.write_docs(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
