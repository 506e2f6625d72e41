#!/usr/bin/env python3
"""Choose the direct-extraction support check's thresholds with each study held out.

The check (``SupportJudge`` in ``assistant/extract/direct.py``) compares a model's statement with the
quote it cites, by cosine in the bundled multilingual e5. It hides the finding ("unrelated") under a
floor, accepts it ("supported") above a strong bar or when the quote is among the interview's
closest passages to the statement, and flags it ("weak") in between.

Pairs: every gold finding of the corpus (its statement with its own quote: should be supported) and
the same statement with the quote of another finding of the same interview, in another utterance
(should not be). Gold statements are English while a third of the studies are not, so this is also
the cross-language test.

Two ways to embed the statement are compared: as a passage (like the quote), and as an e5 *query*
(the asymmetric use e5 was trained for, retrieval across languages included). For each held-out
study, the thresholds of the query form are the quantiles of the *other* studies' mismatched pairs
that admit as many of them as the passage form's original bars (0.80 / 0.86) did, so the two are
compared at the same false-admission rate chosen without the study.

Usage: .venv/bin/python eval/calibrate_support.py [--json out.json]    (about 2 minutes)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(EVAL.parent))

from harness.study import corpus_studies, load_study  # noqa: E402

from assistant.core.sentences import utterance_spans  # noqa: E402
from assistant.extract.direct import SUPPORT_SHARE  # noqa: E402
from assistant.providers.embeddings import LocalE5Embedder  # noqa: E402

PASSAGE_FLOOR = 0.80
PASSAGE_STRONG = 0.86


def pairs() -> list[dict[str, Any]]:
    """One row per (statement, quote) pair with its cosine and closer-passage count, both forms."""
    embedder = LocalE5Embedder()
    rows: list[dict[str, Any]] = []
    for root in corpus_studies():
        study = load_study(root)
        texts = study.participant_texts()
        by_file: dict[str, list[dict]] = {}
        for gold in study.gold:
            by_file.setdefault(gold["file"], []).append(gold)
        for name, golds in by_file.items():
            utterances = texts.get(name, [])
            spans = [
                (ui, p.start, p.end) for ui, text in enumerate(utterances) for p in utterance_spans(text)
            ]
            passages = embedder.embed_documents([utterances[ui][s:e] for ui, s, e in spans])

            def locate(quote: str, utterances: list[str] = utterances) -> tuple[int, int, int] | None:
                for ui, text in enumerate(utterances):
                    at = text.find(quote)
                    if at >= 0:
                        return ui, at, at + len(quote)
                return None

            places = [locate(g["quote"]) for g in golds]
            statements = [g["statement"] for g in golds]
            as_passage = embedder.embed_documents(statements)
            as_query = np.stack([embedder.embed_query(s) for s in statements])
            quotes = embedder.embed_documents([g["quote"] for g in golds])
            rng = random.Random(0)
            for i, place in enumerate(places):
                if place is None:
                    continue
                others = [j for j, p in enumerate(places) if p is not None and p[0] != place[0]]
                chosen = [("true", i)] + ([("false", rng.choice(others))] if others else [])
                for kind, j in chosen:
                    ui, start, end = places[j]  # type: ignore[misc]
                    keep = np.array([not (u == ui and a < end and start < b) for u, a, b in spans])
                    row: dict[str, Any] = {"study": study.id, "kind": kind, "spans": len(spans)}
                    for form, vectors in (("passage", as_passage), ("query", as_query)):
                        own = float(vectors[i] @ quotes[j])
                        row[form] = own
                        row[form + "_closer"] = int((passages[keep] @ vectors[i] > own).sum())
                    rows.append(row)
    return rows


def label(row: dict[str, Any], form: str, floor: float, strong: float) -> str:
    own = row[form]
    if own < floor:
        return "unrelated"
    if own >= strong:
        return "supported"
    return "supported" if row[form + "_closer"] <= int(SUPPORT_SHARE * row["spans"]) else "weak"


def shares(rows: list[dict[str, Any]], form: str, floor: float, strong: float) -> dict[str, float]:
    out: dict[str, float] = {}
    for kind in ("true", "false"):
        labels = [label(r, form, floor, strong) for r in rows if r["kind"] == kind]
        out[f"{kind}_supported"] = labels.count("supported") / len(labels)
        out[f"{kind}_shown"] = 1 - labels.count("unrelated") / len(labels)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    rows = pairs()
    studies = sorted({r["study"] for r in rows})
    report: dict[str, Any] = {"studies": {}}
    print(
        f"{'held-out study':24s} {'form':8s} {'floor':>6s} {'strong':>6s}  "
        "gold: supported / shown   mismatched: supported / shown"
    )
    for study in studies:
        train = [r for r in rows if r["study"] != study]
        test = [r for r in rows if r["study"] == study]
        false_p = np.array([r["passage"] for r in train if r["kind"] == "false"])
        false_q = np.array([r["query"] for r in train if r["kind"] == "false"])
        floor = float(np.quantile(false_q, 1 - np.mean(false_p >= PASSAGE_FLOOR)))
        strong = float(np.quantile(false_q, 1 - np.mean(false_p >= PASSAGE_STRONG)))
        entry = {
            "passage": {
                "floor": PASSAGE_FLOOR,
                "strong": PASSAGE_STRONG,
                **shares(test, "passage", PASSAGE_FLOOR, PASSAGE_STRONG),
            },
            "query": {
                "floor": round(floor, 4),
                "strong": round(strong, 4),
                **shares(test, "query", floor, strong),
            },
        }
        report["studies"][study] = entry
        for form in ("passage", "query"):
            e = entry[form]
            print(
                f"{study:24s} {form:8s} {e['floor']:6.3f} {e['strong']:6.3f}  "
                f"{e['true_supported']:.3f} / {e['true_shown']:.3f}             "
                f"{e['false_supported']:.3f} / {e['false_shown']:.3f}"
            )
    for form in ("passage", "query"):
        summary = {}
        for key in ("true_supported", "true_shown", "false_supported", "false_shown"):
            values = [report["studies"][s][form][key] for s in studies]
            summary[key] = {
                "mean": round(float(np.mean(values)), 3),
                "worst_true_or_max_false": round(min(values) if key.startswith("true") else max(values), 3),
            }
        report[form] = summary
        print(form, json.dumps(summary))
    floors = [report["studies"][s]["query"]["floor"] for s in studies]
    strongs = [report["studies"][s]["query"]["strong"] for s in studies]
    report["query_thresholds"] = {
        "floor_median": float(np.median(floors)),
        "strong_median": float(np.median(strongs)),
    }
    print(
        "query thresholds across folds:",
        report["query_thresholds"],
        f"floor {min(floors):.3f}-{max(floors):.3f}",
    )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
