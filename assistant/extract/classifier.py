"""The span classifier: 7 finding categories plus ``none``, over span features, with per-category thresholds.

A multinomial logistic regression trained on the sentences of whole interviews (findings and all
the non-findings around them) from the evaluation corpus, by ``eval/train_classifier.py``. Its
weights, feature scaling and the per-category decision thresholds ship in
``assistant/data/offline_classifier.json``; the corpus text itself is never shipped. Every number in
that file was chosen with the study being scored held out (docs/evaluation.md).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import numpy as np

from assistant.core.errors import ConfigError
from assistant.core.models import CATEGORIES
from assistant.extract.features import FEATURE_VERSION, feature_dimension, span_features
from assistant.extract.spans import Span, echoes_question, masked, says_nothing, utterance_spans
from assistant.providers.embeddings import Embedder

LABELS: tuple[str, ...] = (*CATEGORIES, "none")
NONE = len(CATEGORIES)
MODEL_FILE = "offline_classifier.json"
DEFAULT_C = 0.5
DEFAULT_THRESHOLD = 0.5


@dataclass
class SpanClassifier:
    """Weights over standardised features, and the probability each category needs to become a finding."""

    coef: np.ndarray
    intercept: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    embedder_name: str
    thresholds: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Probabilities over LABELS, one row per feature row."""
        if len(features) == 0:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        logits = ((features - self.mean) / self.scale) @ self.coef.T + self.intercept
        logits = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)

    def threshold(self, category: str) -> float:
        return float(self.thresholds.get(category, DEFAULT_THRESHOLD))

    def to_json(self) -> dict[str, Any]:
        return {
            "feature_version": FEATURE_VERSION,
            "embedder": self.embedder_name,
            "labels": list(LABELS),
            "thresholds": {c: round(float(v), 4) for c, v in self.thresholds.items()},
            "meta": self.meta,
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "intercept": [round(float(v), 6) for v in self.intercept],
            "coef": [[round(float(v), 5) for v in row] for row in self.coef],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpanClassifier:
        return cls(
            coef=np.asarray(data["coef"], dtype=np.float32),
            intercept=np.asarray(data["intercept"], dtype=np.float32),
            mean=np.asarray(data["mean"], dtype=np.float32),
            scale=np.asarray(data["scale"], dtype=np.float32),
            embedder_name=data["embedder"],
            thresholds=dict(data.get("thresholds") or {}),
            meta=dict(data.get("meta") or {}),
        )


def fit_classifier(
    features: np.ndarray,
    labels: np.ndarray,
    *,
    embedder_name: str,
    c: float = DEFAULT_C,
    sample_weight: np.ndarray | None = None,
) -> SpanClassifier:
    """Fit the logistic regression on labelled span features (labels index LABELS)."""
    from sklearn.linear_model import LogisticRegression

    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale < 1e-6] = 1.0
    model = LogisticRegression(C=c, max_iter=400, tol=1e-3)
    model.fit((features - mean) / scale, labels, sample_weight=sample_weight)
    coef = np.zeros((len(LABELS), features.shape[1]), dtype=np.float32)
    intercept = np.full(len(LABELS), -30.0, dtype=np.float32)
    for row, label in enumerate(model.classes_):
        coef[int(label)] = model.coef_[row]
        intercept[int(label)] = model.intercept_[row]
    return SpanClassifier(coef, intercept, mean.astype(np.float32), scale.astype(np.float32), embedder_name)


_SHIPPED: dict[str, SpanClassifier] = {}
_LOCK = threading.Lock()


def shipped_classifier(embedder: Embedder) -> SpanClassifier:
    """The classifier that ships with the package for this embedder (ConfigError if there is none)."""
    with _LOCK:
        model = _SHIPPED.get(embedder.name)
        if model is not None:
            return model
        raw = resources.files("assistant").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
        data = json.loads(raw)
        models = data.get("models", [data])
        for entry in models:
            if (
                entry.get("embedder") == embedder.name
                and entry.get("feature_version") == FEATURE_VERSION
                and entry.get("labels") == list(LABELS)
                and len(entry.get("mean", [])) == feature_dimension(embedder.dimension)
            ):
                model = SpanClassifier.from_json(entry)
                _SHIPPED[embedder.name] = model
                return model
        shipped = ", ".join(sorted({str(e.get("embedder")) for e in models}))
        raise ConfigError(
            f"the offline classifier has no weights for the {embedder.name!r} embedder (shipped: {shipped})"
        )


def classify_spans(spans: list[Span], embedder: Embedder, model: SpanClassifier | None = None) -> np.ndarray:
    """Probabilities over LABELS for each span; a span that only repeats the interviewer's question
    (``echoes_question``), that redaction marks hide (``masked``) or that holds no word of its own
    (``says_nothing``) is "none" for certain, for extraction and live coverage alike."""
    model = model or shipped_classifier(embedder)
    probabilities = model.probabilities(span_features(spans, embedder))
    echoes = [
        row
        for row, span in enumerate(spans)
        if echoes_question(span.text, span.question) or masked(span.text) or says_nothing(span.text)
    ]
    if echoes:
        probabilities = np.array(probabilities, copy=True)
        probabilities[echoes, : len(CATEGORIES)] = 0.0
        probabilities[echoes, len(CATEGORIES) :] = 1.0  # "none"
    return probabilities


def classify_texts(
    texts: list[str],
    *,
    embedder: Embedder,
    questions: list[str] | None = None,
    model: SpanClassifier | None = None,
) -> list[dict[str, float]]:
    """Category -> highest probability over each text's spans (live coverage of an interview)."""
    spans: list[Span] = []
    owners: list[int] = []
    for number, text in enumerate(texts):
        pieces = utterance_spans(text)
        question = (questions[number] if questions else "") or ""
        for index, piece in enumerate(pieces):
            spans.append(
                Span(
                    0, f"live:{number}", index, piece.start, piece.end, piece.text, question, 0.5, len(pieces)
                )
            )
            owners.append(number)
    results: list[dict[str, float]] = [{category: 0.0 for category in CATEGORIES} for _ in texts]
    if not spans:
        return results
    probabilities = classify_spans(spans, embedder, model)
    for owner, row in zip(owners, probabilities, strict=True):
        for column, category in enumerate(CATEGORIES):
            results[owner][category] = max(results[owner][category], float(row[column]))
    return results
