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

``--bar-on-rule`` also prints every feature with the bar chosen by the F1 of what the filing rule
files on the training studies' out-of-fold probabilities (instead of the F1 over every participant),
held out on the corpus and, with the weights and bar fitted on every corpus study, on the blind
studies of ``eval/blind`` (run `eval/run.py --no-loso --sections extraction,personas` on them first).
Tried on 2026-12-05 (thirty-second session) and not kept (docs/evaluation.md).

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

from harness.personas_fit import (  # noqa: E402
    Z_GRID,
    _probabilities,
    _profiles,
    fit_disqualifier,
    fit_disqualifier_and_bar,
)
from harness.study import blind_studies, corpus_studies, load_study  # noqa: E402
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


def _rule_f1(held_out: Rows, bar: float) -> float:
    """F1 of what the filing rule files at ``bar`` over studies' (probabilities, truth)."""
    tp = fp = fn = 0
    for probability, truth in held_out.values():
        filed = _filed(probability, bar)
        tp += sum(bool(truth[i]) for i in filed)
        fp += sum(not truth[i] for i in filed)
        fn += int(truth.sum()) - sum(bool(truth[i]) for i in filed)
    return 2 * tp / max(2 * tp + fp + fn, 1)


def _rule_bar(signals: Rows) -> float:
    """The bar of ``Z_GRID`` whose filing rule has the best F1 on out-of-fold probabilities."""
    held_out = {
        held: (
            _probabilities(
                fit_disqualifier({k: v for k, v in signals.items() if k != held}), signals[held][0]
            ),
            signals[held][1],
        )
        for held in signals
    }
    return max(Z_GRID, key=lambda bar: (_rule_f1(held_out, bar), bar))


def _count(weights: dict, bar: float, rows: Rows) -> tuple[int, int, int]:
    found = wrong = total = 0
    for x, truth in rows.values():
        filed = _filed(_probabilities(weights, x), bar)
        found += sum(bool(truth[i]) for i in filed)
        wrong += sum(not truth[i] for i in filed)
        total += int(truth.sum())
    return found, total, wrong


def bar_on_rule(rows: Rows, embedder) -> None:
    """Held-out non-targets with the pooled bar and with the rule's bar, then on the blind studies."""
    for name, choose in (("pooled bar", lambda t: fit_disqualifier_and_bar(t)[1]), ("rule bar", _rule_bar)):
        found = wrong = total = 0
        for held in rows:
            train = {k: v for k, v in rows.items() if k != held}
            f, t, w = _count(fit_disqualifier(train), choose(train), {held: rows[held]})
            found, total, wrong = found + f, total + t, wrong + w
        print(f"{name:10} held out: non-targets found {found} of {total}, {wrong} wrongly filed")
    blind: Rows = {}
    for folder in blind_studies():
        study = load_study(folder)
        profiles, gold = _profiles(study, study_workspace(study.id))
        if profiles:
            negatives = study.negative_personas()
            blind[study.id] = (
                disqualifier_rows(profiles, embedder)[0],
                np.asarray([g in negatives for g in gold]),
            )
    weights = fit_disqualifier(rows)
    for name, bar in (("pooled bar", fit_disqualifier_and_bar(rows)[1]), ("rule bar", _rule_bar(rows))):
        found, total, wrong = _count(weights, bar, blind)
        print(
            f"{name:10} blind ({len(blind)} studies, bar {bar}): non-targets found {found} of {total}, {wrong} wrongly filed"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workspace", type=Path, action="append", default=[])
    parser.add_argument("--bar-on-rule", action="store_true", help="also the bar chosen on the filing rule")
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
    if args.bar_on_rule:
        bar_on_rule(rows, embedder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
