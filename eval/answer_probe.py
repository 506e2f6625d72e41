#!/usr/bin/env python3
"""Experiment: features that tell a near miss from an answerable question, held out.

For each corpus question: the shipped ANSWER_FEATURES row plus candidate features; then the
answerability model is fitted leave-one-study-out (threshold from the inner out-of-fold
predictions, as eval/run.py does) with and without the candidates, and the held-out detected /
refused counts and the AUC of the held-out probabilities are printed.

Usage: .venv/bin/python eval/answer_probe.py [--dump FILE] [--load FILE]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.ask_fit import choose_threshold  # noqa: E402
from harness.probe import probe_data  # noqa: E402
from harness.workspaces import offline_retrievers  # noqa: E402

from assistant.ask.ranking import ANSWER_FEATURES, answer_row, candidate_rows, fit_linear  # noqa: E402
from assistant.ask.retrieval import RetrievalFilters, Retriever  # noqa: E402
from assistant.ask.terms import _QUESTION_WORD, query_terms, term_present  # noqa: E402

TOP = 20


def deletion_features(
    retriever: Retriever, question: str, positions: list[int], found, features
) -> list[float]:
    vocabulary = retriever.vocabulary(positions)
    rows = sorted(found)
    if not rows:
        return [0.0, 0.0, 0.0, 0.0]
    order = np.argsort(-features[:, 0], kind="stable")[:TOP]
    texts = [retriever.units[rows[i]].text for i in order]
    span_vectors = retriever.embedder.embed_documents(texts)
    q = retriever.embedder.embed_query(question)
    base = span_vectors @ q
    best_gain = 0.0
    best_top3_gain = 0.0
    best_drop = 0.0
    absent = 0
    for match in _QUESTION_WORD.finditer(question):
        terms = query_terms(match.group(0))
        if not terms or any(term_present(t, vocabulary) for t in terms):
            continue
        absent += 1
        without = re.sub(r"\s+", " ", question[: match.start()] + question[match.end() :]).strip()
        qm = retriever.embedder.embed_query(without)
        sims = span_vectors @ qm
        gain = float(sims.max() - base.max())
        top3 = float(np.sort(sims)[-3:].mean() - np.sort(base)[-3:].mean())
        best_gain = max(best_gain, gain)
        best_top3_gain = max(best_top3_gain, top3)
        best_drop = max(best_drop, float(1.0 - q @ qm))
    return [best_gain, best_top3_gain, best_drop, float(absent > 0)]


NEW = ("deletion_gain", "deletion_gain_top3", "deletion_drop", "any_absent", "absent_thing")
NO_ABSENT_WORD = 0.87
"""``absent_thing`` of a question with no absent specific word: about the closeness of the most
category-like absent words, so that it reads as "nothing absent that is a thing"."""


def absent_thing(retriever: Retriever, question: str, positions: list[int]) -> float:
    """How close the question's least category-like absent specific word comes to any finding
    category's description (``prompts/categories.yaml``; e5 query against passages): a word that asks
    for a kind of answer ("frustrates", "distrust", "deadlines") is close to one, a thing no interview
    mentions ("drones", "exoskeletons") is not. Questions in another language than the interviews
    and questions with no absent specific word get ``NO_ABSENT_WORD``."""
    from assistant.ask.ranking import category_descriptions, question_language_differs
    from assistant.ask.terms import specific_words

    if question_language_differs(retriever, question, positions):
        return NO_ABSENT_WORD
    vocabulary = retriever.vocabulary(positions)
    absent = [
        w
        for w, terms in specific_words(question).items()
        if not any(term_present(t, vocabulary) for t in terms)
    ]
    if not absent:
        return NO_ABSENT_WORD
    descriptions = np.asarray(retriever.embedder.embed_documents(list(category_descriptions().values())))
    return min(float((descriptions @ retriever.embedder.embed_query(word)).max()) for word in absent)


def collect() -> list[dict]:
    out = []
    for study, _sw, retriever in offline_retrievers("probe"):
        filters = RetrievalFilters()
        positions = retriever.allowed_positions(filters)
        for question in study.questions:
            text = question["question"]
            found = retriever.candidates(text, positions, filters)
            rows, features = candidate_rows(retriever, text, found)
            base = answer_row(retriever, text, positions, found, features)
            extra = deletion_features(retriever, text, positions, found, features)
            extra.append(absent_thing(retriever, text, positions))
            vocabulary = retriever.vocabulary(positions)
            absent_words = [
                m.group(0)
                for m in _QUESTION_WORD.finditer(text)
                if (terms := query_terms(m.group(0))) and not any(term_present(t, vocabulary) for t in terms)
            ]
            out.append(
                {
                    "study": study.id,
                    "question": text,
                    "answerable": bool(question.get("answerable", True)),
                    "base": base,
                    "extra": np.asarray(extra),
                    "absent_words": absent_words,
                }
            )
        print(f"{study.id}: {len(study.questions)} questions", file=sys.stderr)
    return out


def auc(scores: list[float], labels: list[bool]) -> float:
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / max(len(pos) * len(neg), 1)


def evaluate(data: list[dict], use: list[int], names: tuple[str, ...]) -> tuple[int, int, int, int, float]:
    def rows_of(items):
        return np.vstack([np.concatenate([d["base"], d["extra"][use]]) for d in items])

    studies = sorted({d["study"] for d in data})
    detected = refused = n_un = n_ans = 0
    held_p: list[float] = []
    held_y: list[bool] = []
    for held in studies:
        train = [d for d in data if d["study"] != held]
        test = [d for d in data if d["study"] == held]
        labels = np.asarray([int(d["answerable"]) for d in train])
        model = fit_linear(rows_of(train), labels, names, c=0.5, balanced=True)
        inner_p, inner_y = [], []
        for inner in sorted({d["study"] for d in train}):
            tr = [d for d in train if d["study"] != inner]
            te = [d for d in train if d["study"] == inner]
            m = fit_linear(
                rows_of(tr), np.asarray([int(d["answerable"]) for d in tr]), names, c=0.5, balanced=True
            )
            inner_p += list(m.probability(rows_of(te)))
            inner_y += [d["answerable"] for d in te]
        bar = choose_threshold([float(p) for p in inner_p], inner_y)
        probs = model.probability(rows_of(test))
        for d, p in zip(test, probs, strict=True):
            held_p.append(float(p))
            held_y.append(d["answerable"])
            if d["answerable"]:
                n_ans += 1
                refused += p < bar
            else:
                n_un += 1
                detected += p < bar
    return detected, n_un, refused, n_ans, auc(held_p, held_y)


def main() -> int:
    data = probe_data(collect)
    for label, use in [("shipped", []), *[(n, [i]) for i, n in enumerate(NEW)], ("gain+drop", [0, 2])]:
        d, nu, r, na, a = evaluate(data, use, ANSWER_FEATURES + tuple(NEW[i] for i in use))
        print(f"{label:20s} detected {d}/{nu}  refused {r}/{na}  AUC {a:.3f}")
    for d in data:
        if not d["answerable"] or d["extra"][0] > 0.02:
            print(
                f"{'ANS' if d['answerable'] else 'UNA'} {d['extra'][0]:+.3f} {d['extra'][2]:.3f} {d['question'][:90]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
