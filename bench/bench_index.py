"""Benchmark import, embedding, Chroma insert and search latency (results go in docs/benchmarks.md).

Usage (from the repository root; defaults finish in a few minutes on 2 cores):

    .venv/bin/python bench/bench_index.py [--data ../shared/data/real] [--sizes 10000,100000]
        [--embed-sample 200] [--e2e-size 100000] [--queries 200] [--modes embedded,server] [--json out.json]

What is measured, in order:

1. import: ``import_paths`` of every file under --data (index off): parse + role + save, utterances/s.
2. embedding: passages/s of the bundled e5 model (cache off) and of the hashing embedder on a seeded
   uniform sample of --embed-sample indexable utterances of the real corpus (with their context windows, as indexed),
   then the cache-hit rate when the same passages are embedded again through the sqlite cache.
3. end-to-end import+index: the real transcripts replicated to --e2e-size utterances; copy k of an
   interview gets id ``<id>-c<k>`` and every utterance text gets `` [copy k]`` appended, so no text is
   an exact duplicate and the cache cannot make it free. Each copy is saved as a transcript file and
   upserted with the hashing embedder (the real code path: cache lookup, embedding, cache write,
   Chroma upsert). With e5 the rate is bounded by the embedding rate of step 2.
4. Chroma at each size in --sizes, embedded (PersistentClient) and server (``chroma run`` on
   127.0.0.1): insert rate of precomputed 384-d vectors, then search latency p50/p95 over --queries
   queries: the default participant search (``search_vector``: over-fetch then filter), the same
   with Chroma's own ``where`` filter, and with no filter. The vectors are e5 vectors of the
   step-2 sample, copy k adds Gaussian noise (sigma 0.01 per dimension) and is re-normalised, so the
   neighbourhood structure is that of real e5 vectors; query vectors are real e5 query embeddings.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.core.models import Transcript  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402
from assistant.index.store import (  # noqa: E402
    UtteranceIndex,
    connect_chroma,
    indexable_spans,
    indexable_utterances,
)
from assistant.providers.embeddings import (  # noqa: E402
    CachedEmbedder,
    EmbeddingCache,
    HashingEmbedder,
    LocalE5Embedder,
    text_key,
)

QUERIES = [
    "how do invoice approvals work",
    "what frustrates you most about the current tool",
    "who decides on the budget",
    "when did you realise you needed a change",
    "onboarding new team members",
    "how long does it take to close the month",
    "meeting notes and follow-ups",
    "what would success look like",
    "where do you learn about new products",
    "problems with the remote control design",
    "pricing and cost concerns",
    "trust and privacy of personal data",
    "combien de temps pour la clôture",
    "quem decide a compra",
    "managing engineers for the first time",
    "deploying to production safely",
    "customer feedback channels",
    "the hardest part of your week",
    "spreadsheets and manual work",
    "what happened next",
]


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else float("nan")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_chroma_server(path: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``chroma run`` on a free loopback port, once its heartbeat answers."""
    executable = Path(sys.executable).parent / "chroma"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    process = subprocess.Popen(
        [str(executable), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=2):
                return process, url
        except Exception:
            time.sleep(0.25)
    process.terminate()
    raise RuntimeError("chroma run did not start")


def replicate(transcript: Transcript, copy: int) -> Transcript:
    """Copy ``copy`` of a transcript: new ids, and `` [copy k]`` appended to every text."""
    new_id = f"{transcript.interview.id}-c{copy}"
    interview = transcript.interview.model_copy(update={"id": new_id})
    utterances = [
        u.model_copy(
            update={"id": f"{new_id}:{u.n}", "text": f"{u.text} [copy {copy}]" if u.text.strip() else u.text}
        )
        for u in transcript.utterances
    ]
    return Transcript(interview=interview, utterances=utterances)


def step_import(data: Path, scratch: Path) -> tuple[list[Transcript], dict[str, Any]]:
    from assistant.ingest.importing import import_paths

    workspace = Workspace.init(scratch / "import")
    started = time.perf_counter()
    report = import_paths(workspace, [data], index=False)
    elapsed = time.perf_counter() - started
    transcripts = list(workspace.transcripts())
    utterances = sum(len(t.utterances) for t in transcripts)
    statuses: dict[str, int] = {}
    for result in report.results:
        statuses[result.status] = statuses.get(result.status, 0) + 1
    return transcripts, {
        "files": statuses,
        "interviews": len(transcripts),
        "utterances": utterances,
        "indexable_utterances": sum(len(indexable_utterances(t)) for t in transcripts),
        "seconds": elapsed,
        "utterances_per_s": utterances / elapsed,
    }


def sample_passages(transcripts: list[Transcript], size: int) -> list[str]:
    """A seeded uniform sample of the passages the index would embed (context windows included)."""
    passages: list[str] = []
    for transcript in transcripts:
        passages.extend(piece.text for _u, piece in indexable_spans(transcript))
    if len(passages) <= size:
        return passages
    chosen = np.random.default_rng(11).choice(len(passages), size=size, replace=False)
    return [passages[i] for i in sorted(chosen)]


def step_embedding(passages: list[str], scratch: Path) -> tuple[np.ndarray, dict[str, Any]]:
    results: dict[str, Any] = {
        "passages": len(passages),
        "mean_chars": float(np.mean([len(p) for p in passages])),
    }
    e5 = LocalE5Embedder()
    e5.embed_query("warm up")
    started = time.perf_counter()
    vectors = e5.embed_documents(passages)
    results["e5_passages_per_s"] = len(passages) / (time.perf_counter() - started)
    hashing = HashingEmbedder()
    started = time.perf_counter()
    hashing.embed_documents(passages)
    results["hashing_passages_per_s"] = len(passages) / (time.perf_counter() - started)
    cache = EmbeddingCache(scratch / "cache" / "embeddings.sqlite")
    cached = CachedEmbedder(e5, cache)
    cache.put_many(e5.name, {text_key(p): v for p, v in zip(passages, vectors, strict=True)})
    started = time.perf_counter()
    cached.embed_documents(passages)
    results["e5_cached_passages_per_s"] = len(passages) / (time.perf_counter() - started)
    results["cache_misses_on_second_pass"] = cached.misses
    timings = []
    for query in QUERIES:
        started = time.perf_counter()
        e5.embed_query(query)
        timings.append((time.perf_counter() - started) * 1000)
    results["e5_query_ms_p50"] = percentile(timings, 50)
    results["e5_query_ms_p95"] = percentile(timings, 95)
    return vectors, results


def step_end_to_end(transcripts: list[Transcript], target: int, scratch: Path) -> dict[str, Any]:
    """Save + index replicated transcripts with the hashing embedder until ``target`` utterances."""
    os.environ["PERSONAS_EMBEDDINGS__PROVIDER"] = "hashing"
    workspace = Workspace.init(scratch / "e2e")
    from assistant.index.store import open_index

    index = open_index(workspace)
    base = sum(len(t.utterances) for t in transcripts)
    copies = max(1, -(-target // base))
    done = 0
    indexed = 0
    started = time.perf_counter()
    for copy in range(1, copies + 1):
        for transcript in transcripts:
            if done >= target:
                break
            clone = replicate(transcript, copy)
            workspace.save_transcript(clone)
            indexed += index.upsert_transcript(clone)
            done += len(clone.utterances)
    elapsed = time.perf_counter() - started
    # a second pass over the first copies: texts unchanged, so the embedding cache answers
    again_started = time.perf_counter()
    again = 0
    for transcript in transcripts[: max(1, len(transcripts) // 2)]:
        again += index.upsert_transcript(replicate(transcript, 1))
    again_elapsed = time.perf_counter() - again_started
    del os.environ["PERSONAS_EMBEDDINGS__PROVIDER"]
    return {
        "utterances": done,
        "indexed": indexed,
        "copies": copies,
        "seconds": elapsed,
        "utterances_per_s": done / elapsed,
        "reupsert_cached_utterances_per_s": again / again_elapsed if again_elapsed else None,
    }


class FixedEmbedder(HashingEmbedder):
    """Only names the collection (e5 identity, 384-d); vectors are supplied precomputed."""

    def __init__(self) -> None:
        super().__init__(dimension=384)
        self.name = "bench-e5-like"


def step_chroma(
    client: Any,
    base_vectors: np.ndarray,
    size: int,
    query_vectors: np.ndarray,
    queries: int,
    rng: np.random.Generator,
) -> dict[str, Any]:
    index = UtteranceIndex(client, FixedEmbedder(), base_name=f"bench{size}")
    index.reset()
    roles = ["participant", "participant", "interviewer", "other"]
    batch = 2048
    started = time.perf_counter()
    for start in range(0, size, batch):
        stop = min(size, start + batch)
        rows = np.arange(start, stop)
        vectors = base_vectors[rows % len(base_vectors)] + rng.normal(
            0, 0.01, (len(rows), base_vectors.shape[1])
        )
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        ids = [f"i{r // 100}:{r % 100 + 1}" for r in rows]
        metadatas = [
            {
                "interview_id": f"i{r // 100}",
                "role": roles[r % 4],
                "n": int(r % 100 + 1),
                "date_int": 20250101,
            }
            for r in rows
        ]
        index.add_vectors(ids, vectors.astype(np.float32), [f"utterance {r}" for r in rows], metadatas)
    insert_s = time.perf_counter() - started
    results: dict[str, Any] = {"size": size, "insert_per_s": size / insert_s, "count": index.count()}
    cases: list[tuple[str, dict[str, Any] | None, Any]] = [
        ("participant", {"role": "participant"}, index.search_vector),
        (
            "participant_chroma_filter",
            {"role": "participant"},
            lambda v, limit, where: index._query(v, limit, where),
        ),
        ("unfiltered", None, index.search_vector),
    ]
    for label, where, search in cases:
        timings = []
        for q in range(queries):
            started = time.perf_counter()
            hits = search(query_vectors[q % len(query_vectors)], limit=10, where=where)
            timings.append((time.perf_counter() - started) * 1000)
            assert len(hits) == 10
        results[f"search_ms_p50_{label}"] = percentile(timings, 50)
        results[f"search_ms_p95_{label}"] = percentile(timings, 95)
    index.client.delete_collection(index.name)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark import, embedding, Chroma insert and search.")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "real")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--embed-sample", type=int, default=200)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--modes", default="embedded,server")
    parser.add_argument("--e2e-size", type=int, default=100000, help="Utterances for step 3 (0 skips it).")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    scratch = Path(tempfile.mkdtemp(prefix="personas-bench-"))
    report: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "args": {k: str(v) for k, v in vars(args).items()},
    }
    rng = np.random.default_rng(7)
    try:
        transcripts, report["import"] = step_import(args.data, scratch)
        print("import", json.dumps(report["import"]), flush=True)
        passages = sample_passages(transcripts, args.embed_sample)
        vectors, report["embedding"] = step_embedding(passages, scratch)
        print("embedding", json.dumps(report["embedding"]), flush=True)
        if args.e2e_size:
            report["end_to_end"] = step_end_to_end(transcripts, args.e2e_size, scratch)
            print("end_to_end", json.dumps(report["end_to_end"]), flush=True)
        e5 = LocalE5Embedder()
        query_vectors = np.stack([e5.embed_query(q) for q in QUERIES])
        report["chroma"] = []
        for mode in [m for m in args.modes.split(",") if m]:
            server = None
            if mode == "server":
                server, url = start_chroma_server(scratch / f"server-{mode}")
                client = connect_chroma(url=url)
            else:
                client = connect_chroma(path=str(scratch / "embedded"))
            try:
                for size in sizes:
                    row = {
                        "mode": mode,
                        **step_chroma(client, vectors, size, query_vectors, args.queries, rng),
                    }
                    report["chroma"].append(row)
                    print("chroma", json.dumps(row), flush=True)
            finally:
                if server is not None:
                    server.terminate()
                    server.wait(timeout=30)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
