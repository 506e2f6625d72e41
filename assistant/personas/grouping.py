"""Grouping participants of one study into personas: disqualified participants first, then the rest.

Disqualification (no budget, no intent, no authority, wrong fit) is read by meaning: how close a
participant's decision, trigger and situation findings come to the anchors in
``prompts/persona_signals.yaml``, relative to the other participants of the study. The others are
grouped by Ward clustering of their profile vectors; the number of personas follows from the study
size and the typical persona size learned held-out on the evaluation corpus (2 to 6 personas). A
group of one is not a persona: its interview stays unassigned, listed as a candidate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import yaml

from assistant.core.prompts import prompts_dir
from assistant.personas.profiles import Profile
from assistant.providers.embeddings import Embedder

MODEL_FILE = "persona_model.json"
K_MIN, K_MAX = 2, 6
MIN_FOR_NEGATIVES = 4
"""Disqualification is relative to the study: below this many participants it is not judged."""
MAX_NEGATIVE_SHARE = 0.2
"""At most this share of a study (and at least one) is judged disqualified: the strongest cases."""


@dataclass(frozen=True)
class GroupingModel:
    """The numbers grouping uses, each chosen held-out (see eval/train_personas.py)."""

    typical_size: float = 2.2
    negative_z: float = 1.75
    no_fit_similarity: float = 0.0
    no_fit_domain: float = -3.0
    meta: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=1)
def shipped_model() -> GroupingModel:
    try:
        raw = resources.files("assistant").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return GroupingModel()
    data = json.loads(raw)
    return GroupingModel(
        typical_size=float(data["typical_size"]),
        negative_z=float(data["negative_z"]),
        no_fit_similarity=float(data.get("no_fit_similarity", 0.0)),
        no_fit_domain=float(data.get("no_fit_domain", -3.0)),
        meta=dict(data.get("meta") or {}),
    )


@lru_cache(maxsize=1)
def disqualification_anchors() -> tuple[str, ...]:
    data = yaml.safe_load((prompts_dir() / "persona_signals.yaml").read_text(encoding="utf-8"))
    return tuple(str(text) for text in data["disqualification"])


@dataclass
class Disqualification:
    """How strongly a participant reads as a non-target, and the finding that says so."""

    score: float
    z: float
    evidence: Any | None


def disqualification(profiles: list[Profile], embedder: Embedder) -> list[Disqualification]:
    anchors = embedder.embed_documents(list(disqualification_anchors()))
    raw: list[tuple[float, Any | None]] = []
    for profile in profiles:
        findings = profile.of(("decision", "trigger", "situation"))
        if not findings:
            raw.append((0.0, None))
            continue
        similarity = (embedder.embed_documents([f.statement for f in findings]) @ anchors.T).max(axis=1)
        order = np.argsort(-similarity)
        raw.append((float(similarity[order[:2]].mean()), findings[int(order[0])]))
    scores = np.asarray([score for score, _ in raw])
    centre = float(scores.mean()) if len(scores) else 0.0
    spread = float(scores.std()) if len(scores) > 1 else 0.0
    return [
        Disqualification(score, (score - centre) / spread if spread > 1e-6 else 0.0, evidence)
        for score, evidence in raw
    ]


@dataclass
class Grouping:
    """Indexes into the study's profiles: persona groups, the disqualified, and the unassigned."""

    groups: list[list[int]]
    negative: list[int]
    unassigned: list[int]
    k: int
    disqualifications: list[Disqualification]


def choose_k(count: int, model: GroupingModel, k: int | None = None) -> int:
    if count < 2:
        return 1
    if k is not None:
        return max(1, min(k, count))
    return int(np.clip(round(count / model.typical_size), K_MIN, K_MAX)) if count >= 4 else 1


def ward_groups(vectors: np.ndarray, k: int) -> list[int]:
    """Cluster labels (deterministic Ward linkage)."""
    if k <= 1 or len(vectors) <= 1:
        return [0] * len(vectors)
    from sklearn.cluster import AgglomerativeClustering

    return [int(x) for x in AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(vectors)]


def group_study(
    profiles: list[Profile],
    vectors: np.ndarray,
    embedder: Embedder,
    *,
    model: GroupingModel | None = None,
    k: int | None = None,
    allow_single_member: bool = False,
    find_negatives: bool = True,
) -> Grouping:
    """Personas of one study's profiles (indexes into ``profiles``)."""
    model = model or shipped_model()
    disqualified = disqualification(profiles, embedder)
    negative: list[int] = []
    if find_negatives and len(profiles) >= MIN_FOR_NEGATIVES:
        flagged = sorted(
            (i for i, d in enumerate(disqualified) if d.z >= model.negative_z),
            key=lambda i: -disqualified[i].z,
        )
        negative = sorted(flagged[: max(1, round(MAX_NEGATIVE_SHARE * len(profiles)))])
    rest = [i for i in range(len(profiles)) if i not in negative]
    chosen_k = choose_k(len(rest), model, k)
    labels = ward_groups(vectors[rest], chosen_k) if rest else []
    clusters: dict[int, list[int]] = {}
    for index, label in zip(rest, labels, strict=True):
        clusters.setdefault(label, []).append(index)
    groups, unassigned = [], []
    for members in sorted(clusters.values(), key=lambda m: (-len(m), m[0])):
        if len(members) >= 2 or allow_single_member:
            groups.append(members)
        else:
            unassigned.extend(members)
    return Grouping(groups, negative, sorted(unassigned), chosen_k, disqualified)
