#!/usr/bin/env python3
"""How often is an offline finding right, given the classifier's own score? Held out, per study.

Review mode lets a model drop an offline finding. A small model's verdicts are about as often wrong as
right (docs/evaluation.md, Qwen2.5-Coder-1.5B), so a rejection should only decide where the offline
engine itself is unsure. This script measures where that is: every study is extracted by the offline
engine trained without it (as in ``eval/run.py``), each shown finding is matched to the gold, and the
share of right findings is reported by score band. The score where held-out precision crosses one
half (the finding is then more likely right than wrong) is the bar above which a model may not drop
a finding (``REJECT_SCORE_CEILING`` in ``assistant/extract/review.py``).

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
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
