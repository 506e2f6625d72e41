"""The grouping numbers (typical persona size, disqualification bar, no-fit similarity), chosen on
training studies only, so that a held-out study is grouped with numbers that never saw it."""

from __future__ import annotations

import statistics
from typing import Any

import numpy as np

from assistant.personas.evidence import FindingSpace, PairFeatures, SamenessModel, _Similarity
from assistant.personas.grouping import GroupingModel, disqualifier_rows
from assistant.personas.profiles import build_profiles, load_findings_by_interview, raw_vector
from assistant.personas.synthesis import domain_z
from assistant.providers.embeddings import Embedder
from harness.study import Study
from harness.title_fit import fit_title_model
from harness.workspaces import StudyWorkspace

Z_GRID = [round(0.3 + 0.05 * i, 2) for i in range(14)]
"""Bars tried on the disqualifier's probability."""
DISQUALIFIER_C = 0.03
DOMAIN_GRID = [round(-8.0 + 0.5 * i, 1) for i in range(16)]


def _profiles(study: Study, sw: StudyWorkspace):  # noqa: ANN202 - (profiles, gold persona per profile)
    findings = load_findings_by_interview(sw.workspace)
    ids = [i for i in findings if sw.file_of.get(i, "").startswith(f"{study.id}/")]
    profiles = build_profiles(sw.workspace, {i: findings[i] for i in ids})
    gold = study.assignment()
    return profiles, [gold.get(sw.file_of[p.interview_id].split("/", 1)[1], "?") for p in profiles]


def fit_disqualifier(signals: dict[str, tuple[np.ndarray, np.ndarray]]) -> dict[str, Any]:
    """Logistic-regression weights (standardised features, balanced classes) for non-targets."""
    from sklearn.linear_model import LogisticRegression

    rows = np.vstack([x for x, _y in signals.values()])
    labels = np.concatenate([y for _x, y in signals.values()])
    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale[scale < 1e-6] = 1.0
    model = LogisticRegression(C=DISQUALIFIER_C, max_iter=2000, class_weight="balanced")
    model.fit((rows - mean) / scale, labels)
    return {
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
    }


def _probabilities(weights: dict[str, Any], rows: np.ndarray) -> np.ndarray:
    logits = ((rows - np.asarray(weights["mean"])) / np.asarray(weights["scale"])) @ np.asarray(
        weights["coef"]
    )
    return 1.0 / (1.0 + np.exp(-np.clip(logits + weights["intercept"], -30, 30)))


def fit_disqualifier_and_bar(
    signals: dict[str, tuple[np.ndarray, np.ndarray]],
) -> tuple[dict[str, Any], float, float]:
    """The disqualifier's weights fitted on every study of ``signals``, and its bar: the one of
    ``Z_GRID`` with the best F1 on the studies' out-of-fold probabilities (each predicted by weights
    fitted without it; the higher bar on a tie), with that F1."""
    rows: list[tuple[float, bool]] = []
    for held in signals:
        inner = fit_disqualifier({s: v for s, v in signals.items() if s != held})
        for probability, negative in zip(
            _probabilities(inner, signals[held][0]), signals[held][1], strict=True
        ):
            rows.append((float(probability), bool(negative)))

    def f1(threshold: float) -> float:
        tp = sum(1 for z, negative in rows if negative and z >= threshold)
        fp = sum(1 for z, negative in rows if not negative and z >= threshold)
        fn = sum(1 for z, negative in rows if negative and z < threshold)
        return 2 * tp / max(2 * tp + fp + fn, 1)

    bar = max(Z_GRID, key=lambda t: (f1(t), t))
    return fit_disqualifier(signals), bar, f1(bar)


WEIGHT_GRID = (0.0, 0.25, 0.5, 0.75, 1.0)


def choose_signal_weight(
    training: list[tuple[Study, StudyWorkspace]], embedder: Embedder, model: GroupingModel
) -> tuple[float, float]:
    """The weight of the buying-position signals that groups the training studies best (mean ARI)."""
    from dataclasses import replace

    from sklearn.metrics import adjusted_rand_score

    from assistant.personas.grouping import group_study, with_signals
    from assistant.personas.profiles import profile_vectors

    prepared = []
    for study, sw in training:
        profiles, gold = _profiles(study, sw)
        if len(profiles) >= 4:
            prepared.append((profiles, gold, profile_vectors(profiles, embedder)))
    best = (0.0, -2.0)
    for weight in WEIGHT_GRID:
        scores = []
        for profiles, gold, base in prepared:
            grouping = group_study(
                profiles,
                with_signals(base, profiles, embedder, weight),
                embedder,
                model=replace(model, signal_weight=weight),
            )
            labels = [-1 - i for i in range(len(profiles))]
            for number, rows in enumerate(grouping.groups):
                for r in rows:
                    labels[r] = number
            for r in grouping.negative:
                labels[r] = 999
            scores.append(adjusted_rand_score(gold, labels))
        score = statistics.mean(scores) if scores else 0.0
        if score > best[1] + 1e-9:
            best = (weight, score)
    return best


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-9)


SAMENESS_C = 0.3
SAMENESS_BETA = 0.5
SAMENESS_BARS = [round(0.1 + 0.05 * i, 2) for i in range(13)]
"""Bars tried on the sameness probability; the one with the best F0.5 (precision weighs more than
recall) on the training studies' out-of-fold probabilities is kept. Measured on 2026-12-01: F0.25
raised the share of right supporting quotes from 0.29 to 0.33 but showed 52 instead of 80 of the
322 points members truly share, so F0.5 was kept."""


SPACE_SHRINK = 3.0
SPACE_DIRECTIONS = 16
"""The finding space (:class:`FindingSpace`): the within-theme covariance S of training studies'
gold quotes is regularised as S + SPACE_SHRINK * mean(eigenvalue) * I and its inverse square root
kept along its SPACE_DIRECTIONS largest directions (the rest is the identity, up to scale). Measured
2026-12-02 on gold quotes, each study's pairs scored with a space fitted on the other twelve:
average precision of the cosine for "same theme" 0.40 raw, 0.45 centred, 0.49-0.50 with shrink 1-10
and 8-64 directions (flat in both; 3 and 16 taken from the middle)."""


def fit_finding_space(studies: list[Study], embedder: Embedder) -> FindingSpace | None:
    """The finding space from ``studies``' gold quotes and human-judged themes: deviations of each
    quote from its theme's mean (themes told by 2+ files), each study's quotes centred on its mean."""
    deviations: list[np.ndarray] = []
    for study in studies:
        theme_of = study.theme_of()
        if not theme_of:
            continue
        lines = sorted(theme_of)
        vectors = np.asarray(
            embedder.embed_documents([study.gold[i]["quote"] for i in lines]), dtype=np.float64
        )
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
        themes = np.asarray([theme_of[i] for i in lines])
        files = np.asarray([study.gold[i]["file"] for i in lines])
        for theme in np.unique(themes):
            rows = np.flatnonzero(themes == theme)
            if len(set(files[rows])) >= 2:
                deviations.append(vectors[rows] - vectors[rows].mean(axis=0))
    if not deviations:
        return None
    d = np.vstack(deviations)
    scatter = d.T @ d / len(d)
    values, vectors_ = np.linalg.eigh(scatter)
    order = np.argsort(-values)[:SPACE_DIRECTIONS]
    floor = SPACE_SHRINK * float(np.trace(scatter)) / scatter.shape[0]
    # x -> x (floor)^-1/2 + sum_i (x.u_i)((v_i + floor)^-1/2 - floor^-1/2) u_i, scaled by floor^1/2
    # (cosines ignore scale): factor_i = sqrt(floor / (v_i + floor)) - 1.
    factors = np.sqrt(floor / (values[order] + floor)) - 1.0
    return FindingSpace(
        tuple(tuple(float(v) for v in vectors_[:, i]) for i in order), tuple(float(f) for f in factors)
    )


_SAMENESS_ROWS: dict[tuple[str, str, FindingSpace | None], tuple[np.ndarray, np.ndarray]] = {}


def sameness_rows(
    study: Study, sw: StudyWorkspace, embedder: Embedder, space: FindingSpace | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Cached :func:`_sameness_rows` (one computation per study workspace, space and process)."""
    key = (study.id, str(sw.workspace.root), space)
    if key not in _SAMENESS_ROWS:
        _SAMENESS_ROWS[key] = _sameness_rows(study, sw, embedder, space)
    return _SAMENESS_ROWS[key]


def _sameness_rows(
    study: Study, sw: StudyWorkspace, embedder: Embedder, space: FindingSpace | None
) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels for pairs of findings of different members of one designed persona
    and one category, both gold findings of that category: same when their gold findings share a
    human-judged theme (``eval/themes``). Features come from the product's own :class:`PairFeatures`,
    in ``space`` centred on the designed persona's findings of every category, as the product
    centres on a persona's."""
    theme_of = study.theme_of()
    if not theme_of:
        return np.zeros((0, 0)), np.zeros(0, dtype=bool)
    gold_of = study.assignment()
    pools: dict[tuple[str, str], list[tuple[str, str, set[int]]]] = {}
    for interview_id, findings in load_findings_by_interview(sw.workspace).items():
        key = sw.file_of.get(interview_id, "")
        if not key.startswith(f"{study.id}/"):
            continue
        name = key.split("/", 1)[1]
        for finding in findings:
            themes = study.themes_of(name, finding.category, finding.quote)
            pools.setdefault((gold_of.get(name, "?"), finding.category), []).append(
                (interview_id, finding.statement, themes)
            )
    # Each pool embedded once; a designed persona's centre is the mean of all its pools' vectors.
    pool_vectors = {
        key: np.asarray(embedder.embed_documents([text for _m, text, _t in pool]))
        for key, pool in pools.items()
    }
    centres: dict[str, np.ndarray] = {}
    if space is not None:
        for persona in {p for p, _c in pools}:
            centres[persona] = np.vstack([v for (p, _c), v in pool_vectors.items() if p == persona]).mean(
                axis=0
            )
    rows: list[np.ndarray] = []
    labels: list[bool] = []
    for (persona, category), pool in sorted(pools.items()):
        if len(pool) < 2:
            continue
        texts = [text for _m, text, _t in pool]
        codes = np.unique(np.asarray([m for m, _t, _th in pool]), return_inverse=True)[1]
        vectors = pool_vectors[persona, category]
        similarity = _Similarity(vectors if space is None else space.apply(vectors, centres[persona]))
        every = np.arange(len(pool))
        features = PairFeatures(similarity, codes, texts, category).features(every, every)
        for a in range(len(pool)):
            for b in range(a + 1, len(pool)):
                if codes[a] != codes[b] and pool[a][2] and pool[b][2]:
                    rows.append(features[a, b])
                    labels.append(bool(pool[a][2] & pool[b][2]))
    if not rows:
        return np.zeros((0, 0)), np.zeros(0, dtype=bool)
    return np.vstack(rows), np.asarray(labels)


def _fit_logistic(rows: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale[scale < 1e-6] = 1.0
    model = LogisticRegression(C=SAMENESS_C, max_iter=3000)
    model.fit((rows - mean) / scale, labels)
    return mean, scale, model.coef_[0], float(model.intercept_[0])


def fit_sameness(
    data: dict[str, tuple[np.ndarray, np.ndarray]], space: FindingSpace | None = None
) -> SamenessModel | None:
    """The sameness test: weights on every training study's pairs; its bar on their out-of-fold
    probabilities (each study's pairs scored by weights fitted without it)."""
    from sklearn.metrics import roc_auc_score

    data = {s: d for s, d in data.items() if len(d[1]) and d[1].any()}
    if len(data) < 2:
        return None
    scored: list[tuple[np.ndarray, np.ndarray]] = []
    for held in data:
        mean, scale, coef, intercept = _fit_logistic(
            np.vstack([x for s, (x, _y) in data.items() if s != held]),
            np.concatenate([y for s, (_x, y) in data.items() if s != held]),
        )
        inner = SamenessModel(tuple(mean), tuple(scale), tuple(coef), intercept, 0.5)
        scored.append((inner.probability(data[held][0]), data[held][1]))
    probabilities = np.concatenate([p for p, _y in scored])
    labels = np.concatenate([y for _p, y in scored])

    def f_half(bar: float) -> float:
        chosen = probabilities >= bar
        tp = float((chosen & labels).sum())
        precision = tp / max(chosen.sum(), 1)
        recall = tp / max(labels.sum(), 1)
        b2 = SAMENESS_BETA**2
        return (1 + b2) * precision * recall / max(b2 * precision + recall, 1e-9)

    bar = max(SAMENESS_BARS, key=lambda b: (f_half(b), b))
    chosen = probabilities >= bar
    mean, scale, coef, intercept = _fit_logistic(
        np.vstack([x for x, _y in data.values()]), np.concatenate([y for _x, y in data.values()])
    )
    return SamenessModel(
        tuple(float(v) for v in mean),
        tuple(float(v) for v in scale),
        tuple(float(v) for v in coef),
        intercept,
        bar,
        {
            "trained_on": sorted(data),
            "pairs": int(len(labels)),
            "same_share": round(float(labels.mean()), 4),
            "out_of_fold_precision": round(float((chosen & labels).sum() / max(chosen.sum(), 1)), 3),
            "out_of_fold_auc": round(float(roc_auc_score(labels, probabilities)), 3),
            # The space is fitted once on every training study, so these out-of-fold figures (and the
            # bar chosen on them) are in sample as far as the space goes.
            "space_in_sample": space is not None,
            "out_of_fold_recall": round(float((chosen & labels).sum() / max(labels.sum(), 1)), 3),
        },
        space,
    )


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
    signals: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    own_domain: list[float] = []
    foreign_domain: list[float] = []
    own_fit: list[float] = []
    vectors_by_study: dict[str, np.ndarray] = {}
    for study, sw in training:
        profiles, gold = _profiles(study, sw)
        negatives = study.negative_personas()
        if profiles:
            signals[study.id] = (
                disqualifier_rows(profiles, embedder)[0],
                np.asarray([g in negatives for g in gold]),
            )
        if len(profiles) < 3:
            continue
        vectors = np.vstack([raw_vector(p, embedder) for p in profiles])
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

    disqualifier, negative_z, negative_f1 = fit_disqualifier_and_bar(signals)

    def balanced(threshold: float) -> float:
        kept = sum(1 for s in own_domain if s >= threshold) / max(len(own_domain), 1)
        refused = sum(1 for s in foreign_domain if s < threshold) / max(len(foreign_domain), 1)
        return (kept + refused) / 2

    typical = round(statistics.mean(sizes), 3) if sizes else 2.2
    weight, weight_ari = choose_signal_weight(
        training, embedder, GroupingModel(typical, negative_z, disqualifier)
    )
    domain = max(DOMAIN_GRID, key=lambda t: (balanced(t), -t))
    fit = float(np.percentile(own_fit, 10)) if own_fit else 0.0
    space = fit_finding_space([s for s, _sw in training], embedder)
    sameness = fit_sameness({s.id: sameness_rows(s, sw, embedder, space) for s, sw in training}, space)
    titles = fit_title_model(
        [p for study, sw in training for p in _profiles(study, sw)[0]],
        embedder,
        trained_on=sorted(s.id for s, _sw in training),
    )
    return GroupingModel(
        typical_size=typical,
        negative_z=negative_z,
        disqualifier=disqualifier,
        signal_weight=weight,
        no_fit_similarity=round(fit, 3),
        no_fit_domain=domain,
        sameness=sameness,
        titles=titles,
        meta={
            "trained_on": sorted(s.id for s, _sw in training),
            "negative_f1": round(negative_f1, 3),
            "signal_weight_training_ari": round(weight_ari, 3),
            "domain_balanced_accuracy": round(balanced(domain), 3),
        },
    )
