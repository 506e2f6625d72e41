#!/usr/bin/env python3
"""Is a model's review worse than the offline engine by more than noise, per category?

Reads result files of ``eval/local_model.py`` (each interview scored twice: the held-out offline
engine and the model's ``review`` on the same interview), pools the per-category counts over
interviews and compares F1 with a paired bootstrap over interviews: the interviews are resampled
with replacement, both F1s are recomputed on the same sample, and the 95% interval of the
difference is read off. A category is *worse than noise* when that whole interval lies below zero.

Run it on the old rules' results too: a test that cannot see a known loss says nothing.

Usage: .venv/bin/python eval/review_noise.py eval/results/local_model_*_review_gated*.json [--mode review]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL.parent))

from assistant.core.models import CATEGORIES  # noqa: E402

SAMPLES = 10_000
SEED = 7


def interviews(paths: list[Path], mode: str) -> list[dict[str, Any]]:
    """One row per scored interview: its study, file, and per-category counts for both engines."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for path in paths:
        try:
            studies = json.loads(path.read_text(encoding="utf-8"))["studies"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"error: {path}: not a result file of eval/local_model.py ({exc})") from None
        for study in studies:
            if mode not in study or len(study["files"]) != 1:
                continue  # pooled multi-interview rows cannot be resampled per interview
            key = (study["study"], study["files"][0])
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                {
                    "study": study["study"],
                    "file": study["files"][0],
                    "offline": study["offline_held_out"]["per_category"],
                    "model": study[mode]["per_category"],
                }
            )
    return rows


def counts(rows: list[dict[str, Any]], engine: str) -> np.ndarray:
    """interviews x categories x (tp, predicted, gold)."""
    return np.asarray(
        [
            [[r[engine][c]["tp"], r[engine][c]["pred"], r[engine][c]["gold"]] for c in CATEGORIES]
            for r in rows
        ],
        dtype=np.float64,
    )


def f1(total: np.ndarray) -> np.ndarray:
    """Per-category F1 of pooled counts (... x categories x 3)."""
    tp, pred, gold = total[..., 0], total[..., 1], total[..., 2]
    denominator = pred + gold
    return np.divide(2 * tp, denominator, out=np.zeros_like(tp), where=denominator > 0)


def compare(rows: list[dict[str, Any]]) -> dict[str, Any]:
    offline, model = counts(rows, "offline"), counts(rows, "model")
    rng = np.random.default_rng(SEED)
    picks = rng.integers(0, len(rows), size=(SAMPLES, len(rows)))
    boot_off = f1(offline[picks].sum(axis=1))
    boot_mod = f1(model[picks].sum(axis=1))
    diff = boot_mod - boot_off
    point_off, point_mod = f1(offline.sum(axis=0)), f1(model.sum(axis=0))
    report: dict[str, Any] = {
        "interviews": len(rows),
        "studies": len({r["study"] for r in rows}),
        "categories": {},
    }
    for i, category in enumerate(CATEGORIES):
        low, high = np.percentile(diff[:, i], [2.5, 97.5])
        report["categories"][category] = {
            "tp": [int(offline[:, i, 0].sum()), int(model[:, i, 0].sum())],
            "predicted": [int(offline[:, i, 1].sum()), int(model[:, i, 1].sum())],
            "gold": int(offline[:, i, 2].sum()),
            "f1": [round(float(point_off[i]), 3), round(float(point_mod[i]), 3)],
            "difference": round(float(point_mod[i] - point_off[i]), 3),
            "interval_95": [round(float(low), 3), round(float(high), 3)],
            "worse_than_noise": bool(high < 0),
        }
    macro = diff.mean(axis=1)
    low, high = np.percentile(macro, [2.5, 97.5])
    report["macro_f1"] = {
        "f1": [round(float(point_off.mean()), 3), round(float(point_mod.mean()), 3)],
        "interval_95": [round(float(low), 3), round(float(high), 3)],
        "worse_than_noise": bool(high < 0),
    }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="+", type=Path)
    parser.add_argument("--mode", default="review")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    rows = interviews(args.results, args.mode)
    if not rows:
        print(
            f"no single-interview '{args.mode}' results in {', '.join(map(str, args.results))}",
            file=sys.stderr,
        )
        return 1
    report = compare(rows)
    print(f"{report['interviews']} interviews from {report['studies']} studies (offline -> {args.mode})")
    print("| category | true positives | predicted | F1 | difference (95% interval) | worse than noise |")
    print("|---|---|---|---|---|---|")
    for category, c in report["categories"].items():
        print(
            f"| {category} | {c['tp'][0]} -> {c['tp'][1]} of {c['gold']} | {c['predicted'][0]} -> {c['predicted'][1]} "
            f"| {c['f1'][0]:.3f} -> {c['f1'][1]:.3f} | {c['difference']:+.3f} ({c['interval_95'][0]:+.3f} to "
            f"{c['interval_95'][1]:+.3f}) | {'yes' if c['worse_than_noise'] else 'no'} |"
        )
    m = report["macro_f1"]
    print(
        f"| macro | | | {m['f1'][0]:.3f} -> {m['f1'][1]:.3f} | {m['f1'][1] - m['f1'][0]:+.3f} "
        f"({m['interval_95'][0]:+.3f} to {m['interval_95'][1]:+.3f}) | {'yes' if m['worse_than_noise'] else 'no'} |"
    )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
