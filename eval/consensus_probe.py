#!/usr/bin/env python3
"""Experiment: consensus (bagged) grouping against the shipped Ward grouping, non-targets set aside.

Persona ARI moves by 0.3 or more when vectors change in their fourth decimal (docs/evaluation.md,
"Held-out results"): the shipped Ward clustering sits on knife edges. Consensus clustering groups
each study many times, each time from a bootstrap resample of every participant's findings, counts
how often each pair of participants lands in one group, and clusters that co-association matrix.

Printed per variant: mean and worst ARI against the designed personas (designed non-targets left
out, as in eval/grouping_probe.py), and stability: the mean ARI between the variant's grouping of
the study and its grouping of the same study with every finding vector perturbed by noise of the
size of two runtimes' disagreement (cosine 0.9997).

Run after `eval/run.py --sections extraction,personas`. Usage: .venv/bin/python eval/consensus_probe.py
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from grouping_probe import _ari, _unit, held_out_profiles  # noqa: E402
from harness.study import corpus_studies, load_study  # noqa: E402
from harness.workspaces import shared_embedder  # noqa: E402

import assistant.personas.synthesis as synthesis  # noqa: E402
from assistant.core.words import base_language  # noqa: E402
from assistant.personas.grouping import shipped_model, signal_rows, ward_groups  # noqa: E402
from assistant.personas.profiles import REPRESENTATION, centre_by_language  # noqa: E402


class Study:
    """One study's finding vectors per participant and category, and the fixed blocks."""

    def __init__(self, profiles: list[Any], embedder: Any, model: Any) -> None:
        self.profiles = profiles
        self.dimension = embedder.dimension
        self.languages = [base_language(p.language) for p in profiles]
        self.blocks: list[list[np.ndarray]] = []
        for category in REPRESENTATION["auto"]:
            rows = []
            for p in profiles:
                texts = [f.statement for f in p.of([category])]
                rows.append(
                    embedder.embed_documents(texts).astype(np.float64)
                    if texts
                    else np.zeros((0, self.dimension))
                )
            self.blocks.append(rows)
        self.weight = model.signal_weight
        self.signals = None
        if self.weight > 0:
            rows, _e = signal_rows(profiles, embedder)
            z = rows[:, rows.shape[1] // 2 :]
            self.signals = z / max(float(np.linalg.norm(z, axis=1).mean()), 1e-6)
        self.said = [synthesis._grouping_title(p) for p in profiles]
        self.embedder = embedder

    def vectors(
        self, rng: np.random.Generator | None = None, noise: float = 0.0, keep: float = 1.0
    ) -> np.ndarray:
        blocks = []
        for rows in self.blocks:
            means = []
            for matrix in rows:
                if len(matrix) == 0:
                    means.append(np.zeros(self.dimension))
                    continue
                chosen = matrix
                if rng is not None and keep < 1.0:
                    mask = rng.random(len(matrix)) < keep
                    if not mask.any():
                        mask[rng.integers(len(matrix))] = True
                    chosen = matrix[mask]
                elif rng is not None and keep == 1.0 and noise == 0.0:
                    chosen = matrix[rng.integers(0, len(matrix), len(matrix))]
                if noise and rng is not None:
                    chosen = _unit(chosen + rng.normal(0, noise, chosen.shape))
                means.append(chosen.mean(axis=0))
            block = centre_by_language(np.vstack(means), self.languages)
            blocks.append(_unit(block - block.mean(axis=0)))
        vectors = _unit(np.hstack(blocks))
        if self.signals is not None:
            vectors = _unit(np.hstack([vectors, self.weight * self.signals]))
        return synthesis._with_occupations(
            vectors.astype(np.float32), self.said, self.profiles, self.embedder, synthesis.OCCUPATION_WEIGHT
        )


def consensus(
    study: Study, rest: list[int], k: int, rounds: int, keep: float, final: str, seed: int = 0
) -> list[int]:
    rng = np.random.default_rng(seed)
    together = np.zeros((len(rest), len(rest)))
    for _ in range(rounds):
        labels = np.asarray(ward_groups(study.vectors(rng, keep=keep)[rest], k))
        together += labels[:, None] == labels[None, :]
    together /= rounds
    from sklearn.cluster import AgglomerativeClustering

    if final == "average":
        model = AgglomerativeClustering(n_clusters=k, metric="precomputed", linkage="average")
        return [int(x) for x in model.fit_predict(1 - together)]
    return ward_groups(together, k)


def main() -> int:
    embedder = shared_embedder()
    model = shipped_model()
    folders = list(corpus_studies())
    results: dict[str, dict[str, float]] = {}
    stability: dict[str, list[float]] = {}
    variants = {
        "shipped": None,
        "boot-avg-50": ("boot", 50, 1.0, "average"),
        "boot-ward-50": ("boot", 50, 1.0, "ward"),
        "sub80-avg-50": ("sub", 50, 0.8, "average"),
    }
    for folder in folders:
        spec = load_study(folder)
        found = held_out_profiles(spec)
        if found is None:
            return 1
        profiles, gold, rest = found
        truth = [gold[i] for i in rest]
        study = Study(profiles, embedder, model)
        k = int(np.clip(round(len(rest) / model.typical_size), 2, 6))
        for name, how in variants.items():

            def run(study_: Study, how: Any = how, rest: list[int] = rest, k: int = k) -> list[int]:
                if how is None:
                    return ward_groups(study_.vectors()[rest], k)
                _kind, rounds, keep, final = how
                return consensus(study_, rest, k, rounds, keep, final)

            labels = run(study)
            results.setdefault(name, {})[spec.id] = _ari(truth, labels)
            # stability: the same study with every finding vector nudged (cosine ~0.9997)
            agreement = []
            for seed in range(3):
                nudged = Study.__new__(Study)
                nudged.__dict__.update(study.__dict__)
                rng = np.random.default_rng(100 + seed)
                nudged.blocks = [
                    [_unit(m + rng.normal(0, 0.0015, m.shape)) if len(m) else m for m in rows]
                    for rows in study.blocks
                ]
                agreement.append(_ari(labels, run(nudged)) if len(set(labels)) > 1 else 1.0)
            stability.setdefault(name, []).extend(agreement)
        print(spec.id, " ".join(f"{n}={results[n][spec.id]:.2f}" for n in variants), flush=True)
    for name, per_study in results.items():
        values = list(per_study.values())
        print(
            f"{name:14} mean {statistics.mean(values):.3f} worst {min(values):+.2f} "
            f"stability {statistics.mean(stability[name]):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
