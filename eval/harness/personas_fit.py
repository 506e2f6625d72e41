"""The grouping numbers (typical persona size, disqualification bar, no-fit similarity), chosen on
training studies only, so that a held-out study is grouped with numbers that never saw it."""

from __future__ import annotations

import statistics

import numpy as np

from assistant.personas.grouping import GroupingModel, disqualification
from assistant.personas.profiles import build_profiles, load_findings_by_interview
from assistant.personas.synthesis import _raw_vector, domain_z
from assistant.providers.embeddings import Embedder
from harness.study import Study
from harness.workspaces import StudyWorkspace

Z_GRID = [round(0.75 + 0.25 * i, 2) for i in range(10)]
DOMAIN_GRID = [round(-8.0 + 0.5 * i, 1) for i in range(16)]


def _profiles(study: Study, sw: StudyWorkspace):  # noqa: ANN202 - (profiles, gold persona per profile)
    findings = load_findings_by_interview(sw.workspace)
    ids = [i for i in findings if sw.file_of.get(i, "").startswith(f"{study.id}/")]
    profiles = build_profiles(sw.workspace, {i: findings[i] for i in ids})
    gold = study.assignment()
    return profiles, [gold.get(sw.file_of[p.interview_id].split("/", 1)[1], "?") for p in profiles]


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-9)


def fit_grouping_model(training: list[tuple[Study, StudyWorkspace]], embedder: Embedder) -> GroupingModel:
    """Numbers for grouping a study none of ``training`` is.

    * typical persona size: the mean interviews per designed persona;
    * disqualification bar: the z that best separates members of negative personas (F1);
    * no-fit: a new interview is "of this study" when how typical it is of the study (a z-score of
      its similarity to the study's centre) beats the bar that best separates the studies' own
      interviews (left out) from other studies' (balanced accuracy); it fits a persona when its centred similarity to it reaches the 10th percentile of
      what true members reach (left out), so about 9 in 10 true members are placed.
    """
    sizes = [len(s.files) / max(len(set(s.assignment().values())), 1) for s, _sw in training]
    rows: list[tuple[float, bool]] = []
    own_domain: list[float] = []
    foreign_domain: list[float] = []
    own_fit: list[float] = []
    vectors_by_study: dict[str, np.ndarray] = {}
    for study, sw in training:
        profiles, gold = _profiles(study, sw)
        negatives = study.negative_personas()
        for judged, persona in zip(disqualification(profiles, embedder), gold, strict=True):
            rows.append((judged.z, persona in negatives))
        if len(profiles) < 3:
            continue
        vectors = np.vstack([_raw_vector(p, embedder) for p in profiles])
        vectors_by_study[study.id] = vectors
        for i in range(len(profiles)):
            rest = [j for j in range(len(profiles)) if j != i]
            centre = vectors[rest].mean(axis=0)
            own_domain.append(domain_z(vectors[i], vectors[rest]))
            mates = [j for j in rest if gold[j] == gold[i]]
            if mates:
                own_fit.append(
                    float(_unit(vectors[i] - centre) @ _unit(vectors[mates].mean(axis=0) - centre))
                )
    for a, vectors_a in vectors_by_study.items():
        for b, vectors_b in vectors_by_study.items():
            if a != b:
                foreign_domain.extend(domain_z(v, vectors_b) for v in vectors_a)

    def f1(threshold: float) -> float:
        tp = sum(1 for z, negative in rows if negative and z >= threshold)
        fp = sum(1 for z, negative in rows if not negative and z >= threshold)
        fn = sum(1 for z, negative in rows if negative and z < threshold)
        return 2 * tp / max(2 * tp + fp + fn, 1)

    def balanced(threshold: float) -> float:
        kept = sum(1 for s in own_domain if s >= threshold) / max(len(own_domain), 1)
        refused = sum(1 for s in foreign_domain if s < threshold) / max(len(foreign_domain), 1)
        return (kept + refused) / 2

    negative_z = max(Z_GRID, key=lambda t: (f1(t), t))
    domain = max(DOMAIN_GRID, key=lambda t: (balanced(t), -t))
    fit = float(np.percentile(own_fit, 10)) if own_fit else 0.0
    return GroupingModel(
        typical_size=round(statistics.mean(sizes), 3) if sizes else 2.2,
        negative_z=negative_z,
        no_fit_similarity=round(fit, 3),
        no_fit_domain=domain,
        meta={
            "trained_on": sorted(s.id for s, _sw in training),
            "negative_f1": round(f1(negative_z), 3),
            "domain_balanced_accuracy": round(balanced(domain), 3),
        },
    )
