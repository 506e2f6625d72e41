"""Ask at study scale: how long one offline question takes over 10k and 100k utterances.

Interviews are recombined from the evaluation corpus (``make_study.py --mode recombined``: the
guide's questions and the participants' answers verbatim, drawn from different interviews), so
every span's vector is already in the evaluation embedding cache (``eval/.cache``, filled by
``eval/run.py``) and no model runs on them; the query itself is embedded by the bundled e5 model
unless the cache has it. The workspace is held in memory: spans are searched by cosine over a
NumPy matrix (a stand-in for Chroma, whose own search costs are in ``bench_search.py``), and the
interviews have no findings, so the candidates that findings add (up to 150 per question) are not
part of the figure.

For each size: the one-off cost of building the retriever (the keyword index over every span), then
``answer_question`` offline with the shipped ranker and answerability model for the evaluation
corpus's questions, each over the whole workspace: p50 and p95 wall time, and where the time goes.

    .venv/bin/python bench/bench_ask.py --sizes 10000,100000 --json bench/results/bench_ask.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from make_study import load_corpus, make_interview  # noqa: E402

from assistant.ask.answering import answer_question  # noqa: E402
from assistant.ask.retrieval import Retriever, transcript_units  # noqa: E402
from assistant.core.models import Interview, Transcript, Utterance  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402
from assistant.ingest.formats.metadata import detect_language  # noqa: E402
from assistant.providers.embeddings import CACHE_FILE, CachedEmbedder, EmbeddingCache, classifier_embedder  # noqa: E402

CACHE = REPO / "eval" / ".cache" / CACHE_FILE
WARM_UP = (
    "What did people say about their tools?",
    "Which problems did participants describe with xylophonic quasitools?",
    "What made them start looking for something new?",
)
"""Asked before the measured questions: the first question of a session loads the models and
builds the retriever's indexes (its time is reported on its own)."""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share / 100 * (len(ordered) - 1)))]


def recombined_transcripts(utterances: int, seed: int = 17) -> list[Transcript]:
    """Generated interviews until they hold ``utterances`` turns (interviewer and participant)."""
    studies = load_corpus()
    transcripts: list[Transcript] = []
    total = 0
    number = 0
    while total < utterances:
        study, text, _words = make_interview(studies, number, seed, "recombined")
        interview_id = f"{study}-{number + 1:06d}"
        turns = []
        for line in text.splitlines():
            label, _, said = line.partition(": ")
            if not said.strip():
                continue
            role = "interviewer" if label == "Interviewer" else "participant"
            turns.append(
                Utterance(id=f"{interview_id}:{len(turns) + 1}", speaker=label, role=role, text=said)
            )
        interview = Interview(
            id=interview_id,
            title=interview_id,
            study=study,
            language=detect_language([text]),
            source_file=f"{interview_id}.txt",
            source_hash=hashlib.sha256(text.encode()).hexdigest(),
            format="plain",
            imported_at=datetime.now(UTC),
        )
        transcripts.append(Transcript(interview=interview, utterances=turns))
        total += len(turns)
        number += 1
    return transcripts


class MatrixSearch:
    """Cosine search over every span's vector, each distinct text embedded once (from the cache)."""

    def __init__(self, embedder: CachedEmbedder, transcripts: list[Transcript]) -> None:
        self.embedder = embedder
        self.units = [u for t in transcripts for u in transcript_units(t)]
        distinct: dict[str, int] = {}
        self.row = np.asarray([distinct.setdefault(u.text, len(distinct)) for u in self.units])
        self.matrix = embedder.embed_documents(list(distinct))
        self.participant = np.asarray([u.utterance.role == "participant" for u in self.units])

    def __call__(
        self, query: str, limit: int, interview_ids: list[str] | None, role: str | None
    ) -> list[tuple[str, float]]:
        similarity = (self.matrix @ self.embedder.embed_query(query))[self.row]
        if role == "participant":
            similarity = np.where(self.participant, similarity, -np.inf)
        allowed = set(interview_ids) if interview_ids is not None else None
        wanted = min(len(similarity), limit * 4)
        while True:
            top = np.argpartition(-similarity, wanted - 1)[:wanted]
            top = top[np.argsort(-similarity[top])]
            results = [
                (self.units[int(i)].id, float(similarity[int(i)]))
                for i in top
                if np.isfinite(similarity[int(i)])
                and (allowed is None or self.units[int(i)].transcript.interview.id in allowed)
            ]
            if len(results) >= limit or wanted == len(similarity):
                return results[:limit]
            wanted = min(len(similarity), wanted * 4)


def corpus_questions() -> list[str]:
    questions = []
    for path in sorted((REPO / "eval" / "corpus").glob("*/questions.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                questions.append(json.loads(line)["question"])
    return questions


def measure(size: int, questions: list[str], embedder: CachedEmbedder) -> dict[str, Any]:
    transcripts = recombined_transcripts(size)
    started = time.perf_counter()
    search = MatrixSearch(embedder, transcripts)
    vectors_s = time.perf_counter() - started
    workspace = Workspace.init(Path(tempfile.mkdtemp(prefix="personas-bench-ask-")) / "ws")
    started = time.perf_counter()
    retriever = Retriever(
        workspace, transcripts=transcripts, vector_search=search, personas={}, embedder=embedder
    )
    build_s = time.perf_counter() - started
    started = time.perf_counter()
    answer_question(workspace, WARM_UP[0], retriever=retriever)
    first_ms = (time.perf_counter() - started) * 1000
    for question in WARM_UP[1:]:  # once per session: models loaded, indexes of the vocabulary built
        answer_question(workspace, question, retriever=retriever)
    timings: list[float] = []
    refused = 0
    for question in questions:
        started = time.perf_counter()
        answer = answer_question(workspace, question, retriever=retriever)
        timings.append((time.perf_counter() - started) * 1000)
        refused += not answer.answerable
    row = {
        "utterances": sum(len(t.utterances) for t in transcripts),
        "interviews": len(transcripts),
        "spans": len(search.units),
        "distinct_span_texts": int(search.matrix.shape[0]),
        "span_vectors_from_cache_s": round(vectors_s, 1),
        "retriever_build_s": round(build_s, 1),
        "questions": len(questions),
        "refused": refused,
        "first_question_ms": round(first_ms, 1),
        "p50_ms": round(percentile(timings, 50), 1),
        "p95_ms": round(percentile(timings, 95), 1),
        "slowest_ms": [round(t, 1) for t in sorted(timings)[-3:]],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(row), flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Offline ask latency at 10k and 100k utterances.")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--questions", type=int, default=60, help="How many corpus questions (every n-th).")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if not CACHE.exists():
        raise SystemExit(f"{CACHE}: no embedding cache (run .venv/bin/python eval/run.py first)")
    every = corpus_questions()
    step = max(1, len(every) // args.questions)
    questions = every[::step][: args.questions]
    embedder = CachedEmbedder(classifier_embedder(), EmbeddingCache(CACHE))
    report: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "rows": [measure(int(size), questions, embedder) for size in args.sizes.split(",") if size],
    }
    text = json.dumps(report, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
