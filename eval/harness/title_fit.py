"""Fitting the title reader of `assistant/personas/titles.py` on what the grammar patterns read.

The patterns of `assistant/personas/occupations.py` give, for participants of the training studies who
introduced themselves in one of the seven languages, the clause and the words of their job title.
Those are the positives: the clause among the participant's clauses, and the span among the spans of
the clauses the clause model ranks highest (plus the title's own clause). Participants the patterns
read nothing for take no part (their clauses may hold a title the patterns missed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from sklearn.linear_model import LogisticRegression

from assistant.core.words import base_language
from assistant.personas.profiles import Profile
from assistant.personas.synthesis import _occupation
from assistant.personas.titles import (
    INTRO_QUERY,
    TOP_CLAUSES,
    TitleModel,
    clause_features,
    clauses_of,
    span_features,
    spans_of,
)
from assistant.providers.embeddings import Embedder

C = 10.0
"""Regularisation of both logistic models. Chosen from 0.1, 0.3, 1, 3, 10 and 30 by how many of the
patterns' titles a reader that never saw the participant's study or language finds (a word in
common): 51, 54, 56, 58, 59 and 59 of 78 (30: fewer exact)."""


def _title_clause(clauses: list[str], title: str) -> int | None:
    pattern = re.compile(r"(?<!\w)" + re.escape(title) + r"(?!\w)", re.IGNORECASE)
    return next((i for i, clause in enumerate(clauses) if pattern.search(clause)), None)


def _silver(profiles: Iterable[Profile]) -> list[tuple[Profile, list[str], int, str]]:
    """Per participant the patterns read a title for: their clauses, the first clause that holds the
    title, and the title. (Every clause the patterns read a title in, as positives, was tried: 55-58
    of 78 found against 56-59, noise.)"""
    found = []
    for profile in profiles:
        title = _occupation(profile)
        if not title:
            continue
        clauses = clauses_of(profile.findings)
        where = _title_clause(clauses, title)
        if where is not None:
            found.append((profile, clauses, where, title))
    return found


def _fit(rows: list[np.ndarray], labels: list[bool]) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(np.vstack(rows), labels)


def fit_title_model(profiles: Iterable[Profile], embedder: Embedder, **meta: object) -> TitleModel | None:
    """Both models fitted on the participants of ``profiles`` whose title the patterns read."""
    silver = _silver(profiles)
    if len(silver) < 10:
        return None
    query = embedder.embed_query(INTRO_QUERY)
    clause_rows: list[np.ndarray] = []
    clause_labels: list[bool] = []
    features = {}
    for profile, clauses, where, _title in silver:
        rows = clause_features(embedder.embed_documents(clauses), query)
        features[profile.study, profile.interview_id] = rows
        clause_rows.append(rows)
        clause_labels.extend(i == where for i in range(len(clauses)))
    clause_model = _fit(clause_rows, clause_labels)
    span_rows: list[np.ndarray] = []
    span_labels: list[bool] = []
    for profile, clauses, where, title in silver:
        scores = clause_model.predict_proba(features[profile.study, profile.interview_id])[:, 1]
        chosen = sorted(set(np.argsort(-scores, kind="stable")[:TOP_CLAUSES].tolist()) | {where})
        for i in chosen:
            pairs = spans_of(clauses[i], base_language(profile.language))
            if not pairs:
                continue
            vectors = embedder.embed_documents([text for pair in pairs for text in pair])
            span_rows.append(span_features(vectors[0::2], vectors[1::2], [len(s.split()) for s, _m in pairs]))
            span_labels.extend(i == where and span.lower() == title.lower() for span, _m in pairs)
    if not any(span_labels):
        return None
    span_model = _fit(span_rows, span_labels)
    return TitleModel(
        clause_coef=clause_model.coef_[0],
        clause_intercept=float(clause_model.intercept_[0]),
        span_coef=span_model.coef_[0],
        span_intercept=float(span_model.intercept_[0]),
        meta={"participants": len(silver), **meta},
    )
