#!/usr/bin/env python3
"""Experiment: ranker features about the participant a span comes from, held out.

A question such as "What do bedside staff nurses find wrong with report?" is answered by a few
participants; their relevant sentences are many, and most share few words with the question. The
shipped ranker scores each candidate span on its own. This probe adds features of the span's
interview (how strongly its other candidates answer the question) and fits the ranker leave one
study out, then prints recall@10 of the ranker's order (before passages are merged) per study.

Usage: .venv/bin/python eval/rank_probe.py [--dump FILE] [--load FILE]
"""

from __future__ import annotations

import statistics
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.measures import covers  # noqa: E402
from harness.probe import probe_data  # noqa: E402
from harness.workspaces import offline_retrievers  # noqa: E402

from assistant.ask.ranking import RANK_FEATURES, candidate_rows, fit_linear  # noqa: E402
from assistant.ask.retrieval import RetrievalFilters, Retriever  # noqa: E402


def _intro(transcript) -> str:
    text = ""
    for u in transcript.utterances:
        if u.role == "participant":
            text += " " + u.text
            if len(text) > 400:
                break
    return text.strip()[:600]


def interview_features(
    retriever: Retriever, rows: list[int], features: np.ndarray, question: str, cache: dict
) -> np.ndarray:
    """Per candidate: features of its interview among the candidates."""
    if not rows:
        return np.zeros((0, len(NEW)))
    interviews = [retriever.units[p].transcript.interview.id for p in rows]
    cosine = features[:, 0]
    by_interview: dict[str, list[float]] = defaultdict(list)
    for interview, c in zip(interviews, cosine, strict=True):
        by_interview[interview].append(float(c))
    top3 = {k: float(np.mean(sorted(v, reverse=True)[:3])) for k, v in by_interview.items()}
    best = {k: max(v) for k, v in by_interview.items()}
    best_top3 = max(top3.values())
    best_best = max(best.values())
    n_interviews = len(by_interview)
    q = retriever.embedder.embed_query(question)
    intro_cos = {}
    profile_cos = {}
    for p in rows:
        t = retriever.units[p].transcript
        k = t.interview.id
        if k in intro_cos:
            continue
        if ("intro", k) not in cache:
            cache[("intro", k)] = retriever.embedder.embed_documents([_intro(t) or t.interview.title])[0]
            texts = [u.text for u in retriever.units if u.transcript.interview.id == k]
            m = np.mean(retriever.embedder.embed_documents(texts), axis=0)
            cache[("profile", k)] = m / np.linalg.norm(m)
        intro_cos[k] = float(cache[("intro", k)] @ q)
        profile_cos[k] = float(cache[("profile", k)] @ q)
    best_intro = max(intro_cos.values())
    best_profile = max(profile_cos.values())
    # within-interview rank of the span's cosine
    order: dict[str, list[float]] = {k: sorted(v, reverse=True) for k, v in by_interview.items()}
    out = []
    for interview, c in zip(interviews, cosine, strict=True):
        share = len(by_interview[interview]) / len(rows) * n_interviews
        rank_in = order[interview].index(float(c))
        out.append(
            [
                top3[interview] - best_top3,
                best[interview] - best_best,
                np.log(share),
                1.0 / (1.0 + rank_in),
                intro_cos[interview] - best_intro,
                profile_cos[interview] - best_profile,
            ]
        )
    return np.asarray(out, dtype=np.float64)


NEW = (
    "interview_top3",
    "interview_best",
    "interview_share",
    "rank_in_interview",
    "intro_cosine",
    "profile_cosine",
)


def collect() -> list[dict]:
    out = []
    for study, sw, retriever in offline_retrievers("probe"):
        filters = RetrievalFilters()
        positions = retriever.allowed_positions(filters)
        cache: dict = {}
        for question in study.questions:
            relevant = question.get("relevant", [])
            if not question.get("answerable", True) or not relevant:
                continue
            text = question["question"]
            found = retriever.candidates(text, positions, filters)
            rows, features = candidate_rows(retriever, text, found)
            covered = []
            for p in rows:
                unit = retriever.units[p]
                name = sw.file_of.get(unit.transcript.interview.id, "/").split("/", 1)[1]
                covered.append(
                    frozenset(
                        i
                        for i, r in enumerate(relevant)
                        if r["file"] == name and covers(unit.text, r["quote"])
                    )
                )
            out.append(
                {
                    "study": study.id,
                    "question": text,
                    "base": features,
                    "extra": interview_features(retriever, rows, features, text, cache),
                    "covered": covered,
                    "n_relevant": len(relevant),
                    "texts": [retriever.units[p].text for p in rows],
                    "interviews": [retriever.units[p].transcript.interview.id for p in rows],
                }
            )
        print(f"{study.id}: {len(study.questions)} questions", file=sys.stderr)
    return out


def recall_at_10(scores: np.ndarray, d: dict) -> float:
    order = np.argsort(-scores, kind="stable")[:10]
    found: set[int] = set()
    for i in order:
        found |= d["covered"][i]
    return len(found) / d["n_relevant"]


def evaluate(data: list[dict], use: list[int]) -> tuple[float, float, str, dict[str, float]]:
    names = RANK_FEATURES + tuple(NEW[i] for i in use)

    def rows_of(d: dict) -> np.ndarray:
        return np.hstack([d["base"], d["extra"][:, use]]) if use else d["base"]

    studies = sorted({d["study"] for d in data})
    per_study: dict[str, float] = {}
    for held in studies:
        train = [d for d in data if d["study"] != held and len(d["base"])]
        rows = np.vstack([rows_of(d) for d in train])
        labels = np.concatenate([np.asarray([int(bool(c)) for c in d["covered"]]) for d in train])
        model = fit_linear(rows, labels, names, c=1.0)
        recalls = [
            recall_at_10(model.probability(rows_of(d)), d) if len(d["base"]) else 0.0
            for d in data
            if d["study"] == held
        ]
        per_study[held] = statistics.mean(recalls)
    worst = min(per_study, key=per_study.__getitem__)
    return statistics.mean(per_study.values()), per_study[worst], worst, per_study


def main() -> int:
    data = probe_data(collect)
    ceiling = statistics.mean(
        statistics.mean(
            len(frozenset().union(*d["covered"])) / d["n_relevant"] if d["covered"] else 0.0
            for d in data
            if d["study"] == s
        )
        for s in sorted({d["study"] for d in data})
    )
    print(f"candidate recall (every candidate): {ceiling:.3f}")
    variants = [("shipped", []), *[(n, [i]) for i, n in enumerate(NEW)], ("all", list(range(len(NEW))))]
    for label, use in variants:
        mean, worst, which, per = evaluate(data, use)
        print(f"{label:20s} recall@10 {mean:.3f}  worst {worst:.3f} ({which})")
        if label in ("shipped", "all"):
            print("   " + "  ".join(f"{k[:10]} {v:.2f}" for k, v in per.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
