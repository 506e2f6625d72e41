"""How well the interview screen's coverage panel reflects what participants said (eval corpus).

Every participant turn of every evaluation interview is scored as the live interview scores it: the
turn with the interviewer's question before it, by a classifier trained without the turn's study
(leave-one-study-out, as eval/run.py does). A topic counts as covered when its coverage score reaches
``COVERED_THRESHOLD``. Gold: the categories of the gold findings quoted in that turn.

Reported for the panel as shipped (question context, one category per clause, per-category
thresholds) and for the rule it replaced (the highest probability of any span >= 0.4, no question).

    .venv/bin/python eval/eval_coverage.py [--studies permits-city,transit-access] [--out docs/...json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.study import corpus_studies, load_study  # noqa: E402
from harness.training import LosoTrainer, gold_spans, study_data  # noqa: E402
from harness.workspaces import import_studies  # noqa: E402

from assistant.core.models import CATEGORIES  # noqa: E402
from assistant.extract.classifier import LABELS, classify_texts  # noqa: E402
from assistant.interview.answers import COVERED_THRESHOLD, score_answers  # noqa: E402
from assistant.providers.embeddings import classifier_embedder  # noqa: E402


def counts() -> dict[str, dict[str, int]]:
    return {c: {"tp": 0, "fp": 0, "fn": 0} for c in CATEGORIES}


def add(table: dict[str, dict[str, int]], predicted: set[str], gold: set[str]) -> None:
    for category in CATEGORIES:
        if category in predicted and category in gold:
            table[category]["tp"] += 1
        elif category in predicted:
            table[category]["fp"] += 1
        elif category in gold:
            table[category]["fn"] += 1


def scores(table: dict[str, dict[str, int]]) -> dict[str, dict[str, float]]:
    result = {}
    for category, c in {
        **table,
        "micro": {k: sum(t[k] for t in table.values()) for k in ("tp", "fp", "fn")},
    }.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[category] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studies", default="", help="comma-separated study ids (default: all)")
    parser.add_argument("--out", type=Path, default=None, help="write the numbers as JSON here")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    embedder = classifier_embedder()
    studies = [load_study(path) for path in corpus_studies(include_dev=False)]
    wanted = {s for s in args.studies.split(",") if s}
    data = {}
    for study in studies:
        workspace = import_studies(f"coverage-{study.id}", [study], index=False)
        data[study.id] = study_data(study, workspace, embedder)
    trainer = LosoTrainer(data, embedder.name, lambda message: print(message, file=sys.stderr))
    tables = {
        "answers_new": counts(),
        "answers_old": counts(),
        "interviews_new": counts(),
        "interviews_old": counts(),
    }
    answers = 0
    for study_id, study in data.items():
        if wanted and study_id not in wanted:
            continue
        model = trainer.held_out(study_id)
        for interview in study.interviews:
            transcript = interview.transcript
            located = gold_spans(transcript, [g for g in study.study.gold if g["file"] == interview.file])
            turns, questions, golds = [], [], []
            last_question = ""
            for index, utterance in enumerate(transcript.utterances):
                if utterance.role == "interviewer":
                    last_question = utterance.text
                elif utterance.role == "participant":
                    turns.append(utterance.text)
                    questions.append(last_question)
                    golds.append({LABELS[c] for _, _, c in located.get(index, [])})
            new = score_answers(turns, questions, embedder=embedder, model=model)
            old = classify_texts(turns, embedder=embedder, model=model)
            covered_new, covered_old, gold_all = set(), set(), set()
            for scored_new, scored_old, gold in zip(new, old, golds, strict=True):
                predicted_new = {c for c, v in scored_new.items() if v >= COVERED_THRESHOLD}
                predicted_old = {c for c, v in scored_old.items() if v >= 0.4}
                add(tables["answers_new"], predicted_new, gold)
                add(tables["answers_old"], predicted_old, gold)
                covered_new |= predicted_new
                covered_old |= predicted_old
                gold_all |= gold
            add(tables["interviews_new"], covered_new, gold_all)
            add(tables["interviews_old"], covered_old, gold_all)
            answers += len(turns)
    result = {
        "studies": sorted(wanted or data),
        "participant_turns": answers,
        "seconds": round(time.perf_counter() - began),
        **{name: scores(table) for name, table in tables.items()},
    }
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
