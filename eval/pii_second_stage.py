#!/usr/bin/env python3
"""A learned second stage for person names, measured and not shipped (docs/evaluation.md).

Every word the rule-based finder (``assistant/ingest/names.py``) leaves in a text gets features: its
ranks in the name index, how common it is in the transcript's languages and in all five, the size of
a place of that name, the share of its occurrences that are capitalised inside a sentence, open a
sentence or are lower case, the finder's own score and evidence, placeholders next to it, a
function word before or after it, a comma, its length. It is labelled a name when it is a word of a
listed person. Sets: the generated name sets A-E (``tests/unit/pii_names*.py``) and the corpus (K,
one group per study). For each held-out group, a model fitted on the others adds the words whose
probability passes the bar at which the other groups' out-of-fold predictions reach ``--precision``;
the script prints name recall and kept terms lost before and after, per group and in total.

Usage: .venv/bin/python eval/pii_second_stage.py [--model lr|trees] [--precision 0.7] [--without-corpus]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "unit"))

import test_pseudonymise as T  # noqa: E402

from assistant.ingest.formats import parse_text  # noqa: E402
from assistant.ingest.lexicon import NO_RANK, commonness  # noqa: E402
from assistant.ingest.names import ALL_LANGUAGES, FUNCTION_WORDS, GREETINGS, PARTICLES, is_cased, tokenize  # noqa: E402
from assistant.ingest.pseudonymise import Pseudonymiser  # noqa: E402

PLACEHOLDER = re.compile(r"\[[A-Z]+-\d+\]|Person \d+")
MAX_COMMON = 4.5
"""Words at least this common are left to the rules (the most popular names are such words)."""


def _rank(rank: int) -> float:
    return 0.0 if rank >= NO_RANK else 1.0 - math.log10(rank) / 6.0


def excerpt_rows(language: str, texts: list[str], people: list[str], keep: list[str], speakers=()) -> dict:
    """The candidate words one text set leaves in, with features and labels, and its counts."""
    pseudonymiser = Pseudonymiser(None, languages=[language])
    pseudonymiser.prepare(texts, speakers)
    outputs = [pseudonymiser.replace(t) for t in texts]
    output = " ".join(outputs)
    finder = pseudonymiser.finder
    cased = is_cased(texts)
    names = {t.key for m in people for t in tokenize(m)}
    seen: dict[str, dict[str, Any]] = {}
    for text, out in zip(texts, outputs, strict=True):
        tokens = tokenize(text)
        left = {t.key for t in tokenize(out)}
        for k, token in enumerate(tokens):
            if len(token.key) < 2:
                continue
            d = seen.setdefault(
                token.key,
                {
                    "n": 0,
                    "mid": 0,
                    "initial": 0,
                    "lower": 0,
                    "upper": 0,
                    "after_fn": 0,
                    "before_fn": 0,
                    "greet": 0,
                    "comma": 0,
                    "next_to_placeholder": 0,
                    "left": False,
                },
            )
            d["left"] |= token.key in left
            d["n"] += 1
            d["initial"] += token.initial
            d["mid"] += (not token.initial) and token.cap
            d["lower"] += (not token.initial) and token.text.islower()
            d["upper"] += token.text.isupper() and len(token.text) > 1
            before = tokens[k - 1] if k else None
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            d["after_fn"] += before is not None and before.key in FUNCTION_WORDS and not token.initial
            d["before_fn"] += after is not None and after.key in FUNCTION_WORDS
            d["greet"] += before is not None and before.key in GREETINGS
            d["comma"] += (
                text[token.end : token.end + 1] == "," or text[max(0, token.start - 2) : token.start] == ", "
            )
    for out in outputs:
        for m in PLACEHOLDER.finditer(out):
            near = re.findall(r"\w+", out[max(0, m.start() - 25) : m.start()])[-1:]
            near += re.findall(r"\w+", out[m.end() : m.end() + 25])[:1]
            for word in near:
                if word.casefold() in seen:
                    seen[word.casefold()]["next_to_placeholder"] += 1
    rows = []
    for key, d in seen.items():
        if not d["left"] or key in FUNCTION_WORDS or key in PARTICLES or d["upper"]:
            continue
        if finder.common(key) >= MAX_COMMON:
            continue
        trace = finder.trace.get(key)
        evidence = trace[1] if trace else None
        n = d["n"]
        features = [
            _rank(finder.first_rank(key)),
            _rank(finder.last_rank(key)),
            finder.common(key),
            commonness(key, ALL_LANGUAGES),
            float(finder._no_word(key)),
            float(finder.lexicon.place(key)),
            float(cased),
            d["mid"] / n,
            d["initial"] / n,
            d["lower"] / n,
            d["after_fn"] / n,
            d["before_fn"] / n,
            float(d["greet"] > 0),
            d["comma"] / n,
            float(d["next_to_placeholder"] > 0),
            max(trace[0], -5.0) if trace else -5.0,
            evidence.cue if evidence else 0.0,
            float(evidence.org) if evidence else 0.0,
            float(evidence.place) if evidence else 0.0,
            float(evidence.pair) if evidence else 0.0,
            min(len(key), 12) / 12,
        ]
        rows.append((key, features, int(key in names)))
    return {
        "rows": rows,
        "words": sum(1 for m in people for _t in tokenize(m)),
        "leaked": sum(1 for m in people for t in tokenize(m) if T._present(t.text, output)),
        "people": [[t.key for t in tokenize(m)] for m in people],
        "keep": len(keep),
        "lost": sum(1 for k in keep if not T._present(k, output)),
        "kept": [[t.key for t in tokenize(k)] for k in keep if T._present(k, output)],
    }


def corpus_groups() -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    manifests = sorted((REPO / "eval" / "corpus").glob("*/manifest.json"))
    dev = REPO.parent / "shared" / "data" / "dev" / "manifest.json"
    for manifest in manifests + ([dev] if dev.exists() else []):
        files = json.loads(manifest.read_text(encoding="utf-8"))["files"]
        group = groups.setdefault("K:" + manifest.parent.name, [])
        for name, info in files.items():
            path = manifest.parent / name
            parsed = parse_text(path.read_text(encoding="utf-8"), path)
            pii = info.get("pii", {})
            people = (
                pii.get("speaker_names", [])
                + pii.get("mentioned_full_names", [])
                + pii.get("mentioned_first_names", [])
            )
            speakers = sorted({u.speaker for u in parsed.utterances if u.speaker})
            language = (info.get("language") or "en").split("-")[0]
            group.append(
                excerpt_rows(
                    language, [u.text for u in parsed.utterances], people, pii.get("keep", []), speakers
                )
            )
    return groups


def generated_groups() -> dict[str, list[dict]]:
    sets = {
        "A": [
            ("en", t, [m for _f, m in u], T._kept_in(T.KEEP_TERMS, t)) for t, u in T._generated_interviews()
        ],
        "B": [
            (lang, t, [m for _f, m in u], T._kept_in(T.KEEP_TERMS_B, t))
            for lang, t, u in T.generated_interviews_b()
        ],
        "C": T.interviews_c(),
        "D": T.interviews_d(),
        "E": T.interviews_e(),
    }
    return {name: [excerpt_rows(*excerpt) for excerpt in excerpts] for name, excerpts in sets.items()}


def _fit(kind: str, x: np.ndarray, y: np.ndarray):
    if kind == "trees":
        from sklearn.ensemble import HistGradientBoostingClassifier

        trees = HistGradientBoostingClassifier(
            max_iter=300, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=10
        )
        trees.fit(x, y)
        return lambda z: trees.predict_proba(z)[:, 1]
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=0.3, max_iter=3000).fit(scaler.transform(x), y)
    return lambda z: model.predict_proba(scaler.transform(z))[:, 1]


def _matrix(groups: dict[str, list[dict]], names: list[str]):
    x, y, where = [], [], []
    for name in names:
        for number, excerpt in enumerate(groups[name]):
            for key, features, label in excerpt["rows"]:
                x.append(features)
                y.append(label)
                where.append((name, number, key))
    return np.asarray(x, dtype=float).reshape(len(x), -1), np.asarray(y), where


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=("lr", "trees"), default="lr")
    parser.add_argument("--precision", type=float, default=0.7)
    parser.add_argument("--without-corpus", action="store_true")
    args = parser.parse_args(argv)
    groups = generated_groups()
    if not args.without_corpus:
        groups.update(corpus_groups())
    totals: dict[str, np.ndarray] = {"generated sets": np.zeros(7), "corpus": np.zeros(7)}
    for held in groups:
        train = [g for g in groups if g != held]
        x, y, _ = _matrix(groups, train)
        xt, _yt, where = _matrix(groups, [held])
        inner: list[tuple[float, int]] = []
        for fold in range(4):
            out = train[fold::4]
            xi, yi, _ = _matrix(groups, [g for g in train if g not in out])
            xo, yo, _ = _matrix(groups, out)
            inner += list(zip(_fit(args.model, xi, yi)(xo), yo, strict=True))
        inner.sort(key=lambda pair: -pair[0])
        bar, hits = 1.0, 0
        for position, (probability, label) in enumerate(inner):
            hits += label
            if position >= 4 and hits / (position + 1) >= args.precision:
                bar = probability
        added: dict[int, set[str]] = {}
        for probability, (_g, number, key) in zip(_fit(args.model, x, y)(xt), where, strict=True):
            if probability >= bar:
                added.setdefault(number, set()).add(key)
        counts = np.zeros(7)
        for number, excerpt in enumerate(groups[held]):
            extra = added.get(number, set())
            labels = {key: label for key, _f, label in excerpt["rows"]}
            recovered = sum(
                1 for mention in excerpt["people"] for w in mention if labels.get(w) and w in extra
            )
            counts += [
                excerpt["words"],
                excerpt["leaked"],
                recovered,
                excerpt["keep"],
                excerpt["lost"],
                sum(1 for kept in excerpt["kept"] if set(kept) & extra),
                sum(1 for key in extra if not labels[key]),
            ]
        totals["corpus" if held.startswith("K:") else "generated sets"] += counts
        words, leaked, recovered, keep, lost, more_lost, false = counts
        print(
            f"{held:28s} bar {bar:.2f}  names {1 - leaked / words:.3f} -> {1 - (leaked - recovered) / words:.3f}"
            f"  kept terms lost {lost:.0f} -> {lost + more_lost:.0f} of {keep:.0f}  words added wrongly {false:.0f}"
        )
    for name, (words, leaked, recovered, keep, lost, more_lost, false) in totals.items():
        if words:
            print(
                f"{name}: names {1 - leaked / words:.3f} -> {1 - (leaked - recovered) / words:.3f}; kept terms lost"
                f" {lost:.0f} -> {lost + more_lost:.0f} of {keep:.0f}; words added wrongly {false:.0f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
