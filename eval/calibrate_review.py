#!/usr/bin/env python3
"""How often is an offline finding right, given the classifier's own score? Held out, per study.

Review mode lets a model drop an offline finding. A small model's verdicts are about as often wrong as
right (docs/evaluation.md, Qwen2.5-Coder-1.5B), so a rejection should only decide where dropping a
finding cannot lower F1 even when the verdict is a coin toss. This script measures where that is:
every study is extracted by the offline engine trained without it (as in ``eval/run.py``), each shown
finding is matched to the gold, and the share of right findings is reported by score band, overall
and per category. Dropping a finding that is right with probability p raises F1 only when p is under
half the category's F1, so each category's bar (``REJECT_SCORE_CEILING`` in
``assistant/extract/review.py``) is the top of the score bands that are right less often than that.

Usage: .venv/bin/python eval/calibrate_review.py [--json out.json]    (about 5 minutes)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness import scoring  # noqa: E402
from local_model import held_out_extractors, offline_findings  # noqa: E402

BANDS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01]


CEILING_STEPS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]


def category_ceilings(
    rows: list[dict[str, Any]], engines: Any, without: str | None = None
) -> dict[str, dict[str, Any]]:
    """Per category, the score under which dropping an offline finding cannot lower expected F1.

    Removing a finding that is right with probability p raises F1 = 2 TP / (predicted + gold) exactly
    when p < TP / (predicted + gold) = F1 / 2. A reviewer no better than chance removes findings as
    often right as their score band, so a model may only drop (or relabel) a finding whose band is
    right less often than half the category's held-out F1. The ceiling is the top of the highest
    0.05-wide band, from zero up, that has findings and in which that holds, as long as it holds in
    every band with findings below it: a band with no findings moves the bar only when a measured
    band above it passes too, so no bar rests on scores that were never measured.
    """
    from assistant.core.models import CATEGORIES

    gold: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
    rows = [r for r in rows if r["study"] != without]
    for study in engines.studies:
        if study.id == without:
            continue
        for finding in study.gold:
            if finding.get("category") in gold:
                gold[finding["category"]] += 1
    out: dict[str, dict[str, Any]] = {}
    for category in CATEGORIES:
        mine = [r for r in rows if r["category"] == category]
        tp = sum(r["right"] for r in mine)
        f1 = 2 * tp / (len(mine) + gold[category]) if mine or gold[category] else 0.0
        half = f1 / 2
        ceiling = 0.0
        bands: list[str] = []
        low = 0.0
        for high in CEILING_STEPS:
            band = [r["right"] for r in mine if low <= r["score"] < high]
            share = sum(band) / len(band) if band else None
            bands.append(f"{low:.2f}-{high:.2f}: {'-' if share is None else f'{share:.2f} of {len(band)}'}")
            if share is not None and share >= half:
                break
            if share is not None:
                ceiling = high
            low = high
        out[category] = {"f1": round(f1, 3), "half": round(half, 3), "ceiling": ceiling, "bands": bands}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    engines = held_out_extractors(lambda message: print(message, file=sys.stderr, flush=True))
    rows: list[dict[str, Any]] = []
    for study in engines.studies:
        sw = engines.workspaces[study.id]
        findings = offline_findings(sw, engines.extractor(study))
        matched = {i for i, _j in scoring.match(findings, study.gold)}
        for i, f in enumerate(findings):
            rows.append(
                {"study": study.id, "category": f["category"], "score": f["score"], "right": i in matched}
            )
    report: dict[str, Any] = {"bands": [], "per_study": {}}
    print(f"{'score band':12s} {'findings':>8s} {'right':>6s}  worst study (>= 5 findings)")
    for low, high in zip(BANDS, BANDS[1:], strict=False):
        band = [r for r in rows if low <= r["score"] < high]
        if not band:
            continue
        share = sum(r["right"] for r in band) / len(band)
        studies = {}
        for r in band:
            studies.setdefault(r["study"], []).append(r["right"])
        worst = min(((sum(v) / len(v), s) for s, v in studies.items() if len(v) >= 5), default=(None, None))
        report["bands"].append(
            {"low": low, "high": high, "findings": len(band), "right": round(share, 3), "worst": worst}
        )
        worst_text = f"{worst[0]:.2f} {worst[1]}" if worst[0] is not None else "-"
        print(f"{low:.1f}-{min(high, 1.0):.1f}     {len(band):8d} {share:6.2f}  {worst_text}")
    report["rows"] = len(rows)
    report["ceilings"] = category_ceilings(rows, engines)
    print("per category: held-out F1, half of it, and the bar under which every band is right less often")
    for category, entry in report["ceilings"].items():
        print(
            f"  {category:15s} F1 {entry['f1']:.3f}  half {entry['half']:.3f}  ceiling {entry['ceiling']:.2f}  {entry['bands']}"
        )
    # The same bars with each study left out: a study's score must not depend on its own gold.
    report["held_out_ceilings"] = {}
    for study in engines.studies:
        held = {c: e["ceiling"] for c, e in category_ceilings(rows, engines, without=study.id).items()}
        report["held_out_ceilings"][study.id] = held
        differs = {c: v for c, v in held.items() if v != report["ceilings"][c]["ceiling"]}
        print(f"  without {study.id}: {differs or 'the same bars'}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
