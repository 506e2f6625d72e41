"""Chroma at study scale: insert rate, search p50/p95 and the cost of adding 10 interviews, at 100k and 1M spans.

One collection grows to each size in ``--sizes`` in turn and is measured there, so 1M costs one
insert of 1M rows rather than 1.1M. Vectors: real e5 span vectors read from an embedding cache
(``--vectors``, by default the cache a ``bench_study.py`` run leaves), row *r* is cache vector
*r mod n* plus Gaussian noise (``--noise`` per dimension) re-normalised, so neighbourhoods look like
real e5 ones. Rows carry the metadata real spans have (interview id, utterance id, span offsets,
role: 3 in 5 participant, study: one of 10, date). Query vectors are real e5 query embeddings of the
20 queries of ``bench_index.py``. Latency is ``UtteranceIndex.search_vector`` (hits built), not the
query embedding (about 50 ms more, see docs/benchmarks.md). "Add 10 interviews" is what indexing 10
new interviews costs at that size besides embedding: ``remove_interview`` (the upsert's delete of
old rows) and ``add_vectors`` of 10 x 150 spans.

    .venv/bin/python bench/bench_search.py --sizes 100000,1000000 --json bench/results/bench_search.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_index import QUERIES, FixedEmbedder, percentile, start_chroma_server  # noqa: E402

from assistant.index.store import UtteranceIndex, connect_chroma  # noqa: E402

SPANS_PER_INTERVIEW = 150
STUDIES = 10


def cache_vectors(path: Path, limit: int) -> np.ndarray:
    """Up to ``limit`` e5 vectors from an embedding cache (sqlite), as an (n, 384) float32 array."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT vector FROM vectors WHERE embedder = 'e5-small-q4' LIMIT ?", (limit,)
        ).fetchall()
    if not rows:
        raise SystemExit(f"{path}: no e5 vectors (run bench/bench_study.py first, or give --vectors)")
    return np.stack([np.frombuffer(blob, dtype=np.float32) for (blob,) in rows])


def rows_for(
    start: int, stop: int, base: np.ndarray, noise: float, rng: np.random.Generator
) -> tuple[list[str], np.ndarray, list[str], list[dict[str, Any]]]:
    rows = np.arange(start, stop)
    vectors = base[rows % len(base)] + rng.normal(0, noise, (len(rows), base.shape[1])).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids, documents, metadatas = [], [], []
    for r in (int(value) for value in rows):
        interview = f"i{r // SPANS_PER_INTERVIEW}"
        utterance = f"{interview}:{(r % SPANS_PER_INTERVIEW) // 3 + 1}"
        offset = (r % 3) * 40
        ids.append(f"{utterance}@{offset}")
        documents.append(f"span {r} of {interview}, a sentence of about twelve words for the test")
        metadatas.append(
            {
                "interview_id": interview,
                "utterance_id": utterance,
                "span_start": offset,
                "span_end": offset + 40,
                "role": "participant" if r % 5 < 3 else "interviewer",
                "n": int((r % SPANS_PER_INTERVIEW) // 3 + 1),
                "study": f"study-{(r // SPANS_PER_INTERVIEW) % STUDIES}",
                "date_int": 20250101 + int(r % 28),
            }
        )
    return ids, vectors.astype(np.float32), documents, metadatas


def insert(index: UtteranceIndex, start: int, stop: int, base: np.ndarray, noise: float, rng: Any) -> float:
    chunk = 8192
    started = time.perf_counter()
    for first in range(start, stop, chunk):
        last = min(stop, first + chunk)
        index.add_vectors(*rows_for(first, last, base, noise, rng))
        if (last // chunk) % 25 == 0:
            rate = (last - start) / (time.perf_counter() - started)
            print(f"  inserted {last:,} ({rate:,.0f} rows/s)", file=sys.stderr, flush=True)
    return time.perf_counter() - started


def latencies(search: Any, queries: np.ndarray, count: int, where: Any) -> dict[str, float]:
    timings = []
    for number in range(count):
        vector = queries[number % len(queries)]
        filt = where(number) if callable(where) else where
        started = time.perf_counter()
        search(vector, limit=10, where=filt)
        timings.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": round(percentile(timings, 50), 1), "p95_ms": round(percentile(timings, 95), 1)}


def folder_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Chroma search and insert at 100k and 1M spans.")
    parser.add_argument(
        "--vectors", type=Path, default=REPO / "bench/.work/ws-study-100/cache/embeddings.sqlite"
    )
    parser.add_argument("--base", type=int, default=20000, help="How many cache vectors to start from.")
    parser.add_argument("--noise", type=float, default=0.03)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--mode", choices=("embedded", "server"), default="embedded")
    parser.add_argument("--dir", type=Path, default=None, help="Where the store goes (default: a temp dir).")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    base = cache_vectors(args.vectors, args.base)
    from assistant.providers.embeddings import LocalE5Embedder

    e5 = LocalE5Embedder()
    queries = np.stack([e5.embed_query(q) for q in QUERIES])
    scratch = Path(args.dir or tempfile.mkdtemp(prefix="personas-bench-search-"))
    scratch.mkdir(parents=True, exist_ok=True)
    server = None
    if args.mode == "server":
        server, url = start_chroma_server(scratch / "server")
        client = connect_chroma(url=url)
    else:
        client = connect_chroma(path=str(scratch / "embedded"))
    report: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "mode": args.mode,
        "base_vectors": len(base),
        "noise": args.noise,
        "rows": [],
    }
    rng = np.random.default_rng(5)
    index = UtteranceIndex(client, FixedEmbedder(), base_name="benchsearch")
    index.reset()
    try:
        done = 0
        for size in sizes:
            seconds = insert(index, done, size, base, args.noise, rng)
            row: dict[str, Any] = {
                "size": size,
                "count": index.count(),
                "insert_rows_per_s": round((size - done) / seconds, 1),
            }
            done = size
            interviews = size // SPANS_PER_INTERVIEW
            cases = {
                "participant (default search)": {"role": "participant"},
                "study filter": lambda n: {"study": f"study-{n % STUDIES}"},
                "one interview": lambda n, count=interviews: {"interview_id": f"i{(n * 7919) % count}"},
                "unfiltered": None,
            }
            for label, where in cases.items():
                row[label] = latencies(index.search_vector, queries, args.queries, where)
            # indexing 10 new interviews at this size, model time aside
            ids, vectors, documents, metadatas = rows_for(
                size, size + 10 * SPANS_PER_INTERVIEW, base, args.noise, rng
            )
            started = time.perf_counter()
            for number in range(10):
                index.remove_interview(f"i{interviews + number}")
            removed = time.perf_counter() - started
            index.add_vectors(ids, vectors, documents, metadatas)
            row["add_10_interviews_s"] = {
                "remove_old_rows": round(removed, 2),
                "write_rows": round(time.perf_counter() - started - removed, 2),
            }
            for number in range(10):
                index.remove_interview(f"i{interviews + number}")
            row["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
            row["store_mb"] = folder_mb(scratch)
            report["rows"].append(row)
            print(json.dumps(row), flush=True)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=60)
        if args.dir is None:
            shutil.rmtree(scratch, ignore_errors=True)
    text = json.dumps(report, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
