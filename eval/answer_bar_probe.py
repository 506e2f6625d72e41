#!/usr/bin/env python3
"""Experiment: one answerability bar for every question, or a second one for questions asked in
another language than every interview, held out.

The answerability model is fitted leave-one-study-out on the corpus questions, as
``eval/answer_probe.py`` does; each fold's bar (or pair of bars: same-language and cross-language
questions apart, each refusing at most 10% of its answerable questions) is chosen on the other
studies' out-of-fold probabilities. Prints detected and refused counts for both kinds of question.

Usage: .venv/bin/python eval/answer_bar_probe.py   (after eval/run.py --sections extraction)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

import answer_probe  # noqa: E402
from harness.ask_fit import choose_threshold  # noqa: E402
from harness.probe import probe_data  # noqa: E402

from assistant.ask.ranking import ANSWER_FEATURES, fit_linear  # noqa: E402

CROSS = ANSWER_FEATURES.index("cross_language")
MIN_ANSWERABLE = 10
"""A group with fewer answerable training questions than this keeps the common bar."""


def _rows(items: list[dict]) -> np.ndarray:
    return np.vstack([d["base"] for d in items])


def _fit(items: list[dict]):
    labels = np.asarray([int(d["answerable"]) for d in items])
    return fit_linear(_rows(items), labels, ANSWER_FEATURES, c=0.5, balanced=True)


def evaluate(data: list[dict], split: bool) -> dict[str, int]:
    counts = dict.fromkeys(("detected", "unanswerable", "refused", "answerable"), 0)
    by_kind = {kind: dict(counts) for kind in ("same", "cross")}
    for held in sorted({d["study"] for d in data}):
        train = [d for d in data if d["study"] != held]
        test = [d for d in data if d["study"] == held]
        model = _fit(train)
        inner_p: list[float] = []
        inner_y: list[bool] = []
        inner_x: list[bool] = []
        for inner in sorted({d["study"] for d in train}):
            fitted = _fit([d for d in train if d["study"] != inner])
            held_inner = [d for d in train if d["study"] == inner]
            inner_p += [float(p) for p in fitted.probability(_rows(held_inner))]
            inner_y += [d["answerable"] for d in held_inner]
            inner_x += [bool(d["base"][CROSS] > 0.5) for d in held_inner]
        common = choose_threshold(inner_p, inner_y)
        bars = {False: common, True: common}
        if split:
            for cross in (False, True):
                p = [q for q, x in zip(inner_p, inner_x, strict=True) if x == cross]
                y = [a for a, x in zip(inner_y, inner_x, strict=True) if x == cross]
                if sum(y) >= MIN_ANSWERABLE:
                    bars[cross] = choose_threshold(p, y)
        for d, p in zip(test, model.probability(_rows(test)), strict=True):
            cross = bool(d["base"][CROSS] > 0.5)
            tally = by_kind["cross" if cross else "same"]
            below = bool(p < bars[cross])
            if d["answerable"]:
                tally["answerable"] += 1
                tally["refused"] += below
            else:
                tally["unanswerable"] += 1
                tally["detected"] += below
    return {f"{kind}_{key}": value for kind, tally in by_kind.items() for key, value in tally.items()}


def main() -> int:
    data = probe_data(answer_probe.collect)
    for split in (False, True):
        c = evaluate(data, split)
        print(
            f"{'two bars' if split else 'one bar ':9s}"
            f" same language: detected {c['same_detected']}/{c['same_unanswerable']},"
            f" refused {c['same_refused']}/{c['same_answerable']};"
            f" across languages: detected {c['cross_detected']}/{c['cross_unanswerable']},"
            f" refused {c['cross_refused']}/{c['cross_answerable']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
