#!/usr/bin/env python3
"""Held-out check of the non-target model's features: which participants it files as "Not a target".

For each study, the disqualifier (`personas/grouping.py`, `disqualifier_rows`) is fitted on the other
studies and its bar chosen on their out-of-fold probabilities (best F1), as `fit_grouping_model`
does; the study's participants at or above the bar, the strongest first, at most a fifth of the
study, the second and further only `SECOND_NEGATIVE_MARGIN` above the bar, are filed. Printed per variant: designed non-targets found and participants wrongly filed.
Workspaces outside the corpus (`--workspace DIR`, e.g. the demo's or real interviews) are scored
with the model fitted on every study, and their most likely non-targets printed.

* ``shipped``: every feature;
* ``no-raw-count``: without the raw number of findings (its z-score within the study kept): the raw
  count says how long a study's interviews are, which depends on the study's format.

Run after `eval/run.py --sections extraction,personas` (it reads the held-out findings that run left
in eval/.work/<study>). Usage: .venv/bin/python eval/disqualifier_probe.py [--workspace DIR ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.personas_fit import _probabilities, _profiles, fit_disqualifier_and_bar  # noqa: E402
from harness.study import corpus_studies, load_study  # noqa: E402
from harness.workspaces import shared_embedder  # noqa: E402
from title_probe import study_workspace  # noqa: E402

from assistant.core.workspace import Workspace  # noqa: E402
from assistant.personas.grouping import CLIP, disqualifier_rows, filed_non_targets  # noqa: E402
from assistant.personas.profiles import build_profiles, load_findings_by_interview  # noqa: E402

RAW_COUNT = 9
"""The column of the raw log number of findings in `disqualifier_rows`."""
VARIANTS = {"shipped": (), "no-raw-count": (RAW_COUNT,)}
Rows = dict[str, tuple[np.ndarray, np.ndarray]]


def _filed(probability: np.ndarray, bar: float) -> list[int]:
    return filed_non_targets([float(p) for p in probability], bar)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workspace", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    embedder = shared_embedder()
    rows: Rows = {}
    for folder in corpus_studies():
        study = load_study(folder)
        profiles, gold = _profiles(study, study_workspace(study.id))
        if not profiles:
            print(f"{study.id}: no findings (run eval/run.py --sections extraction,personas first)")
            return 1
        negatives = study.negative_personas()
        rows[study.id] = (
            disqualifier_rows(profiles, embedder)[0],
            np.asarray([g in negatives for g in gold]),
        )
    outside = []
    for folder in args.workspace:
        workspace = Workspace(folder)
        profiles = build_profiles(workspace, load_findings_by_interview(workspace))
        outside.append((folder, profiles, disqualifier_rows(profiles, embedder)[0]))
    for name, dropped in VARIANTS.items():
        keep = [i for i in range(next(iter(rows.values()))[0].shape[1]) if i not in dropped]
        chosen = {k: (x[:, keep], y) for k, (x, y) in rows.items()}
        found = wrong = total = 0
        for held in chosen:
            weights, bar, _f1 = fit_disqualifier_and_bar({k: v for k, v in chosen.items() if k != held})
            filed = _filed(_probabilities(weights, chosen[held][0]), bar)
            truth = chosen[held][1]
            found += sum(bool(truth[i]) for i in filed)
            wrong += sum(not truth[i] for i in filed)
            total += int(truth.sum())
        print(f"{name:14} held out: non-targets found {found} of {total}, {wrong} wrongly filed")
        weights, bar, _f1 = fit_disqualifier_and_bar(chosen)
        for folder, profiles, raw in outside:
            scaled = np.clip(
                (raw[:, keep] - np.asarray(weights["mean"])) / np.asarray(weights["scale"]), -CLIP, CLIP
            )
            probability = 1.0 / (1.0 + np.exp(-(scaled @ np.asarray(weights["coef"]) + weights["intercept"])))
            top = ", ".join(
                f"{profiles[i].interview_id} {probability[i]:.2f}" for i in np.argsort(-probability)[:3]
            )
            filed = [profiles[i].interview_id for i in _filed(probability, bar)]
            print(f"    {folder}: filed {filed or 'none'} (bar {bar}; most likely {top})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
