#!/usr/bin/env python3
"""Synthesis time with the persona sameness test against the cosine bar it replaced, in one process
(``--field``: also the test without its finding space, i.e. on the embedder's own cosines).

Runs offline synthesis of a benchmark workspace (``bench/bench_study.py`` makes one) twice each way,
alternating, with the embedding cache warm, so the difference is the evidence step alone.

Usage: .venv/bin/python bench/synth_sameness.py bench/.work/ws-study-100
       .venv/bin/python bench/synth_sameness.py --field 2500   # one field of N findings, synthetic vectors
"""

from __future__ import annotations

import dataclasses
import sys
import time

from assistant.core.workspace import Workspace
from assistant.personas.grouping import shipped_model
from assistant.personas.profiles import load_findings_by_interview
from assistant.personas.synthesis import synthesize_from_findings


def field(count: int) -> None:
    """One persona field of ``count`` findings from count/15 members (vectors: 40 topics plus noise)."""
    import numpy as np

    from assistant.core.models import Finding
    from assistant.personas import evidence

    class TopicVectors:
        name, dimension = "topics", 384

        def embed_documents(self, texts):  # noqa: ANN001, ANN202
            rng = np.random.default_rng(len(texts))
            base = rng.normal(size=(40, 384))
            vectors = base[rng.integers(0, 40, len(texts))] + 0.7 * rng.normal(size=(len(texts), 384))
            return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)

    words = "invoice approval manager delay supplier stock order budget report shift handover ramp".split()
    rng = np.random.default_rng(0)
    members = max(2, count // 15)
    items = [
        evidence.Item(
            f"m{i % members}#{i}",
            Finding(
                interview_id=f"m{i % members}",
                source_file="x.txt",
                category="pain",
                statement=" ".join(rng.choice(words, 8)),
                quote="x",
                utterance_ids=[f"m{i % members}:{i}"],
                verified=True,
                engine="offline",
            ),
        )
        for i in range(count)
    ]
    shipped = shipped_model().sameness
    plain = dataclasses.replace(shipped, space=None) if shipped is not None else None
    for label, model in (
        ("cosine", None),
        ("sameness, plain cosines", plain),
        ("sameness, finding space", shipped),
    ):
        started = time.perf_counter()
        evidence.grouped_attributes("pains", items, TopicVectors(), members, sameness=model)
        print(f"{count} findings, {label}: {time.perf_counter() - started:.2f} s", flush=True)


def main() -> int:
    if sys.argv[1] == "--field":
        field(int(sys.argv[2]))
        return 0
    workspace = Workspace(sys.argv[1])
    findings = load_findings_by_interview(workspace)
    cosine = dataclasses.replace(shipped_model(), sameness=None)
    for label, model in (("warm-up", cosine), ("cosine", cosine), ("sameness", shipped_model())) * 1 + (
        ("cosine", cosine),
        ("sameness", shipped_model()),
    ):
        started = time.perf_counter()
        synthesize_from_findings(findings, workspace=workspace, engine="offline", grouping_model=model)
        print(f"{label}: {time.perf_counter() - started:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
