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
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import yaml

from assistant.core.prompts import prompts_dir
from assistant.personas.evidence import SamenessModel
from assistant.personas.profiles import (
    Profile,
    append_block,
    leave_one_out_cosines,
    main_language_rows,
    profile_vectors,
    raw_vector,
    z_scores,
)
from assistant.personas.titles import TitleModel
from assistant.personas.wording import word_typicality_rows
from assistant.providers.embeddings import Embedder

logger = logging.getLogger(__name__)

MODEL_FILE = "persona_model.json"
K_MIN, K_MAX = 2, 6
MIN_FOR_NEGATIVES = 4
"""Disqualification is relative to the study: below this many participants it is not judged."""
MAX_NEGATIVE_SHARE = 0.2
"""At most this share of a study (and at least one) is judged disqualified: the strongest cases."""
SECOND_NEGATIVE_MARGIN = 0.15
"""A study's second and further non-targets need a probability this far above the bar: most studies
have none or one, and the wrongly filed participants of the held-out corpus run were mostly a
study's second (its non-target found first). Chosen leave-one-study-out by non-targets found minus
participants wrongly filed: any margin from 0.05 up (or one per study) won in every fold, 8 of 15
found with 1 wrongly filed instead of 3; 0.15 leaves room for a strong second case."""


@dataclass(frozen=True)
class GroupingModel:
    """The numbers grouping uses, each chosen held-out (see eval/train_personas.py).

    ``disqualifier``: logistic-regression weights over :func:`disqualifier_rows` (mean, scale, coef,
    intercept); a participant is a non-target when its probability reaches ``negative_z``. Without
    them, ``negative_z`` is a z-score bar on closeness to the disqualification anchors.
    """

    typical_size: float = 2.2
    negative_z: float = 1.75
    disqualifier: dict[str, Any] | None = None
    signal_weight: float = 0.0
    """How much the buying-position signals (z-scores of :func:`signal_rows`) weigh next to what
    participants said, when grouping."""
    no_fit_similarity: float = 0.0
    no_fit_domain: float = -3.0
    sameness: SamenessModel | None = None
    """When two members' findings say the same thing (persona evidence counts)."""
    titles: TitleModel | None = None
    """Reads job titles in languages the grammar patterns do not cover (`personas/titles.py`)."""
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
        disqualifier=data.get("disqualifier"),
        signal_weight=float(data.get("signal_weight", 0.0)),
        sameness=SamenessModel.from_json(data["sameness"]) if data.get("sameness") else None,
        titles=TitleModel.from_json(data["titles"]) if data.get("titles") else None,
        meta=dict(data.get("meta") or {}),
    )


@lru_cache(maxsize=1)
def anchors() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load((prompts_dir() / "persona_signals.yaml").read_text(encoding="utf-8"))
    return {key: tuple(str(text) for text in values) for key, values in data.items()}


def disqualification_anchors() -> tuple[str, ...]:
    return anchors()["disqualification"]


SIGNAL_GROUPS = ("disqualification", "buying", "pressing")
CLIP = 5.0
"""Standardised disqualifier features beyond this many standard deviations count as this many."""
SIGNAL_FEATURES = 2 * (2 * len(SIGNAL_GROUPS) + 4)
DISQUALIFIER_FEATURES = SIGNAL_FEATURES + 2 + 6 + 2
"""Columns of :func:`disqualifier_rows`: signals, typicality, polarity, typicality of the words."""


@dataclass
class Disqualification:
    """How strongly a participant reads as a non-target, and the finding that says so."""

    score: float
    z: float
    evidence: Any | None


def _with_z(raw: np.ndarray) -> np.ndarray:
    """The columns, then the same as z-scores within the study."""
    spread = raw.std(axis=0)
    return np.hstack([raw, (raw - raw.mean(axis=0)) / np.where(spread > 1e-6, spread, 1.0)])


def _finding_signals(
    profiles: list[Profile], embedder: Embedder
) -> tuple[np.ndarray, np.ndarray, list[Any | None]]:
    """One pass over each participant's decision, trigger and situation findings (all findings when
    they have none): the raw columns of :func:`signal_rows`, those of :func:`polarity_rows`, and the
    finding closest to a disqualification anchor."""
    groups = {name: embedder.embed_documents(list(anchors()[name])) for name in SIGNAL_GROUPS}
    rows: list[list[float]] = []
    leans: list[list[float]] = []
    evidence: list[Any | None] = []
    for profile in profiles:
        findings = profile.of(("decision", "trigger", "situation")) or profile.findings
        if not findings:
            rows.append([0.0] * (SIGNAL_FEATURES // 2))
            leans.append([0.0, 0.0, 0.0])
            evidence.append(None)
            continue
        vectors = embedder.embed_documents([f.statement for f in findings])
        row: list[float] = []
        closest: dict[str, np.ndarray] = {}
        for name in SIGNAL_GROUPS:
            similarity = closest[name] = (vectors @ groups[name].T).max(axis=1)
            row += [float(np.sort(similarity)[-2:].mean()), float(similarity.max())]
            if name == "disqualification":
                evidence.append(findings[int(similarity.argmax())])
        count = max(len(profile.findings), 1)
        row += [
            len(profile.of(("decision",))) / count,
            len(profile.of(("pain",))) / count,
            len(profile.of(("trigger", "critical_event"))) / count,
            float(np.log1p(count)),
        ]
        rows.append(row)
        lean = np.sort(closest["disqualification"] - closest["buying"])
        leans.append([float(lean[-1]), float(lean[-2:].mean()), float(lean[-3:].mean())])
    raw = np.asarray(rows, dtype=np.float64).reshape(len(profiles), SIGNAL_FEATURES // 2)
    return raw, np.asarray(leans, dtype=np.float64).reshape(len(profiles), 3), evidence


def signal_rows(profiles: list[Profile], embedder: Embedder) -> tuple[np.ndarray, list[Any | None]]:
    """Per participant: closeness of their findings to each anchor group (top-2 mean and max), the
    shares of decision, pain and trigger findings, their number; then the same as z-scores within
    the study. Also the finding closest to a disqualification anchor."""
    raw, _leans, evidence = _finding_signals(profiles, embedder)
    return _with_z(raw), evidence


def typicality_rows(profiles: list[Profile], embedder: Embedder) -> np.ndarray:
    """Per participant, how typical of the study they are, as z-scores within the study: of the
    cosine of what they said about who they are and how they buy to the other participants' mean,
    and of the cosine to their nearest fellow participant (centred profiles). A non-target talks
    about the study's topics from outside the market the others share, so they stand apart.

    Cosines across languages are lower whatever is said, so only participants in the study's main
    language are compared; the others, and everyone when fewer than three share that language, get
    0: neither typical nor atypical. (Z-scores only, so that 0 means just that: a raw cosine of 0
    would be far outside anything the disqualifier was trained on.)"""
    rows = np.zeros((len(profiles), 2))
    compared = main_language_rows(profiles)
    if len(compared) < 3:
        return rows
    chosen = [profiles[i] for i in compared]
    own = leave_one_out_cosines(np.vstack([raw_vector(p, embedder) for p in chosen]))
    centred = profile_vectors(chosen, embedder)
    similarity = centred @ centred.T
    np.fill_diagonal(similarity, -np.inf)
    nearest = similarity.max(axis=1).astype(np.float64)
    rows[compared] = np.column_stack([z_scores(own), z_scores(nearest)])
    return rows


def polarity_rows(profiles: list[Profile], embedder: Embedder) -> np.ndarray:
    """Per participant, how far their findings lean to the disqualification side: for each decision,
    trigger and situation finding, its closeness to the nearest disqualification anchor minus its
    closeness to the nearest buying anchor, then the largest, and the mean of the largest 2 and 3;
    each also as a z-score within the study. "I have no budget" and "I approve the budget" are both
    close to every anchor about budgets; the difference is what tells them apart."""
    return _with_z(_finding_signals(profiles, embedder)[1])


def disqualifier_rows(profiles: list[Profile], embedder: Embedder) -> tuple[np.ndarray, list[Any | None]]:
    """The disqualifier's features: :func:`signal_rows`, :func:`typicality_rows`, :func:`polarity_rows`
    and how typical of the study a participant's words are (``wording.word_typicality_rows``)."""
    raw, leans, evidence = _finding_signals(profiles, embedder)
    rows = [_with_z(raw), typicality_rows(profiles, embedder), _with_z(leans), word_typicality_rows(profiles)]
    return np.hstack(rows), evidence


def fitted_disqualifier(model: GroupingModel) -> bool:
    """Whether ``model`` has non-target weights for today's features (a model fitted before a feature
    was added has fewer: it is not used, and participants are judged by closeness to the
    disqualification anchors, as with no model)."""
    return model.disqualifier is not None and len(model.disqualifier["coef"]) == DISQUALIFIER_FEATURES


@lru_cache(maxsize=4)
def _warn_unfitted(columns: int) -> None:
    logger.warning(
        "the non-target model has %d weights for %d features: judging non-targets by closeness to the "
        "disqualification anchors instead (refit it with eval/train_personas.py)",
        columns,
        DISQUALIFIER_FEATURES,
    )


def disqualification(
    profiles: list[Profile], embedder: Embedder, model: GroupingModel | None = None
) -> list[Disqualification]:
    """Each participant's probability of being a non-target (the held-out disqualifier model), or a
    z-score of closeness to the disqualification anchors when no model is given."""
    model = model or shipped_model()
    rows, evidence = disqualifier_rows(profiles, embedder)
    weights = model.disqualifier
    fitted = fitted_disqualifier(model)
    if weights is not None and not fitted:
        _warn_unfitted(len(weights["coef"]))
    if weights is not None and fitted and len(profiles):
        # Standardised features are clipped: a value far outside the training studies' (a study
        # unlike any of them) moves the probability as much as a very unusual one, not without bound.
        scaled = np.clip((rows - np.asarray(weights["mean"])) / np.asarray(weights["scale"]), -CLIP, CLIP)
        logits = scaled @ np.asarray(weights["coef"]) + float(weights["intercept"])
        probability = 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))
        return [Disqualification(float(p), float(p), e) for p, e in zip(probability, evidence, strict=True)]
    closeness = rows[:, 0] if len(profiles) else np.zeros(0)
    spread = float(closeness.std()) if len(closeness) > 1 else 0.0
    centre = float(closeness.mean()) if len(closeness) else 0.0
    return [
        Disqualification(float(s), (float(s) - centre) / spread if spread > 1e-6 else 0.0, e)
        for s, e in zip(closeness, evidence, strict=True)
    ]


def with_signals(
    vectors: np.ndarray, profiles: list[Profile], embedder: Embedder, weight: float
) -> np.ndarray:
    """Profile vectors with the buying-position signals appended at ``weight`` (unit rows)."""
    if weight <= 0 or not len(profiles):
        return vectors
    rows, _evidence = signal_rows(profiles, embedder)
    z = rows[:, rows.shape[1] // 2 :]
    z = z / max(float(np.linalg.norm(z, axis=1).mean()), 1e-6)
    return append_block(vectors, z, weight)


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


def filed_non_targets(
    scores: Sequence[float], bar: float, margin: float = SECOND_NEGATIVE_MARGIN
) -> list[int]:
    """Who is filed as a non-target, strongest first: those at or above ``bar``, at most
    ``MAX_NEGATIVE_SHARE`` of the study (at least one), the second and further only ``margin`` above it."""
    flagged = sorted((i for i, score in enumerate(scores) if score >= bar), key=lambda i: -scores[i])
    flagged = flagged[: max(1, round(MAX_NEGATIVE_SHARE * len(scores)))]
    return [i for rank, i in enumerate(flagged) if rank == 0 or scores[i] >= bar + margin]


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
    disqualified = disqualification(profiles, embedder, model)
    negative: list[int] = []
    if find_negatives and len(profiles) >= MIN_FOR_NEGATIVES:
        fitted = fitted_disqualifier(model)
        margin = SECOND_NEGATIVE_MARGIN if fitted else 0.0
        # without usable weights the scores are z-scores: a probability bar would not fit them
        bar = model.negative_z if fitted or model.disqualifier is None else GroupingModel.negative_z
        negative = sorted(filed_non_targets([d.z for d in disqualified], bar, margin))
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
