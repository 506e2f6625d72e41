"""Sentence classifier for the 7 finding categories: embeddings + cue lexicons + interview context.

The model is a multinomial logistic regression over 8 labels (the 7 categories and ``none``), trained
on the hand-written multilingual examples in ``assistant/data/offline_training.jsonl``. Weights for the
default local embedder ship in ``assistant/data/offline_classifier.json`` (made by
``eval/train_classifier.py``); with any other embedder the model is trained in-process on first use.
At prediction time two context priors are added to the logits: cues in the interviewer's preceding
question (context only, never evidence) and the position in the interview.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, Field

from assistant.core.models import CATEGORIES, Transcript
from assistant.core.sentences import Sentence, split_clauses, split_sentences
from assistant.extract.lexicon import answer_cues, question_cues
from assistant.providers.embeddings import Embedder

if TYPE_CHECKING:
    from assistant.core.settings import Settings

LABELS: tuple[str, ...] = (*CATEGORIES, "none")
TRAINING_FILE = "offline_training.jsonl"
MODEL_FILE = "offline_classifier.json"
DEFAULT_C = 4.0
CUE_WEIGHT = 0.1
"""Scale of the cue-count features when training in-process (C and this weight are the values
5-fold CV chose on the training sentences with e5); shipped weights store their own."""
QUESTION_WEIGHT = 0.6
"""Logit bonus per matching question cue (at most 2 cues count)."""
POSITION_WEIGHT = 0.4
"""Logit bonus for ``situation`` in the first fifth of an interview (the guide's structured part)."""


class Candidate(BaseModel):
    """A verbatim participant span scored for one category: ``quote == utterance.text[start:end]``."""

    interview_id: str
    utterance_id: str
    category: str
    quote: str
    start: int
    end: int
    score: float
    scores: dict[str, float] = Field(default_factory=dict)


@dataclass
class Span:
    """One classifiable span of a participant utterance, with its interview context."""

    utterance_index: int
    utterance_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    question: str
    position: float


def default_embedder(settings: Settings | None = None) -> Embedder:
    """The project's embedder from settings (local multilingual-e5-small unless configured)."""
    from assistant.core.settings import Settings
    from assistant.providers.embeddings import get_embedder

    return get_embedder(settings or Settings())


def _features(texts: list[str], embeddings: np.ndarray, cue_weight: float | None = None) -> np.ndarray:
    """Feature rows: embedding, capped cue counts (scaled by ``cue_weight``), length and "?" flags."""
    weight = CUE_WEIGHT if cue_weight is None else cue_weight
    rows = []
    for text in texts:
        cues = [min(value, 3.0) * weight for value in answer_cues(text)]
        words = len(text.split())
        rows.append(
            [
                *cues,
                math.log1p(words) / 3.0,
                1.0 if words <= 4 else 0.0,
                1.0 if text.rstrip().endswith("?") else 0.0,
            ]
        )
    extra = np.asarray(rows, dtype=np.float32).reshape(len(texts), -1)
    return np.hstack([np.asarray(embeddings, dtype=np.float32), extra])


def training_examples() -> list[dict[str, str]]:
    """The shipped hand-written training sentences (text, label, lang, domain)."""
    raw = resources.files("assistant").joinpath("data", TRAINING_FILE).read_text(encoding="utf-8")
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def training_hash() -> str:
    """sha256 of the training file, stored with shipped weights to detect stale models."""
    raw = resources.files("assistant").joinpath("data", TRAINING_FILE).read_bytes()
    return hashlib.sha256(raw).hexdigest()


class SentenceClassifier:
    """Linear 8-label model over sentence features; ``predict_logits`` adds no context."""

    def __init__(
        self,
        coef: np.ndarray,
        intercept: np.ndarray,
        *,
        embedder_name: str,
        c: float,
        cue_weight: float = CUE_WEIGHT,
    ) -> None:
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.embedder_name = embedder_name
        self.c = c
        self.cue_weight = cue_weight

    def predict_logits(self, texts: list[str], embeddings: np.ndarray) -> np.ndarray:
        """Raw logits, one row per text, columns in LABELS order."""
        if not texts:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        return _features(texts, embeddings, self.cue_weight) @ self.coef.T + self.intercept

    def to_json(self) -> dict[str, Any]:
        """Serialisable weights with the embedder and training data they belong to."""
        return {
            "embedder": self.embedder_name,
            "dimension": int(self.coef.shape[1]) - 10,
            "training_sha256": training_hash(),
            "labels": list(LABELS),
            "C": self.c,
            "cue_weight": self.cue_weight,
            "coef": [[round(float(v), 6) for v in row] for row in self.coef],
            "intercept": [round(float(v), 6) for v in self.intercept],
        }


def train_classifier(
    embedder: Embedder,
    examples: list[dict[str, str]] | None = None,
    *,
    c: float = DEFAULT_C,
    cue_weight: float = CUE_WEIGHT,
) -> SentenceClassifier:
    """Fit the logistic regression on the training examples embedded with ``embedder``."""
    from sklearn.linear_model import LogisticRegression

    rows = examples if examples is not None else training_examples()
    texts = [row["text"] for row in rows]
    labels = [LABELS.index(row["label"]) for row in rows]
    features = _features(texts, embedder.embed_documents(texts), cue_weight)
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(features, labels)
    coef = np.zeros((len(LABELS), features.shape[1]), dtype=np.float32)
    intercept = np.full(len(LABELS), -20.0, dtype=np.float32)
    for row, label in enumerate(model.classes_):
        coef[label] = model.coef_[row]
        intercept[label] = model.intercept_[row]
    return SentenceClassifier(coef, intercept, embedder_name=embedder.name, c=c, cue_weight=cue_weight)


_MODELS: dict[tuple[str, int], SentenceClassifier] = {}
_MODELS_LOCK = threading.Lock()


def _shipped_classifier(embedder: Embedder) -> SentenceClassifier | None:
    try:
        raw = resources.files("assistant").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(raw)
    if (
        data.get("embedder") != embedder.name
        or data.get("dimension") != embedder.dimension
        or data.get("training_sha256") != training_hash()
        or data.get("labels") != list(LABELS)
    ):
        return None
    return SentenceClassifier(
        np.asarray(data["coef"]),
        np.asarray(data["intercept"]),
        embedder_name=embedder.name,
        c=data["C"],
        cue_weight=data.get("cue_weight", CUE_WEIGHT),
    )


def load_classifier(embedder: Embedder) -> SentenceClassifier:
    """The classifier for this embedder: shipped weights when they match, else trained now (cached)."""
    key = (embedder.name, embedder.dimension)
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is None:
            model = _shipped_classifier(embedder) or train_classifier(embedder)
            _MODELS[key] = model
        return model


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def _context_bonus(spans: list[Span], *, use_question: bool, use_position: bool) -> np.ndarray:
    bonus = np.zeros((len(spans), len(LABELS)), dtype=np.float32)
    question_cache: dict[str, list[float]] = {}
    for row, span in enumerate(spans):
        if use_question and span.question:
            cues = question_cache.setdefault(span.question, question_cues(span.question))
            bonus[row, : len(CATEGORIES)] += QUESTION_WEIGHT * np.minimum(np.asarray(cues), 2.0)
        if use_position and span.position < 0.2:
            bonus[row, LABELS.index("situation")] += POSITION_WEIGHT
    return bonus


def transcript_spans(transcript: Transcript) -> list[Span]:
    """Participant sentences (long ones split at clause marks) with the preceding interviewer question."""
    spans: list[Span] = []
    total = max(len(transcript.utterances), 1)
    question = ""
    for index, utterance in enumerate(transcript.utterances):
        if utterance.role == "interviewer":
            question = utterance.text
            continue
        if utterance.role != "participant":
            continue
        pieces: list[Sentence] = []
        for sentence in split_sentences(utterance.text):
            pieces.extend(split_clauses(sentence))
        for number, piece in enumerate(pieces):
            spans.append(
                Span(
                    utterance_index=index,
                    utterance_id=utterance.id,
                    sentence_index=number,
                    start=piece.start,
                    end=piece.end,
                    text=piece.text,
                    question=question[-400:],
                    position=index / total,
                )
            )
    return spans


def score_spans(
    spans: list[Span],
    *,
    embedder: Embedder | None = None,
    use_question: bool = True,
    use_position: bool = True,
) -> np.ndarray:
    """Probabilities over LABELS for each span, context priors included."""
    if not spans:
        return np.zeros((0, len(LABELS)), dtype=np.float32)
    embedder = embedder or default_embedder()
    model = load_classifier(embedder)
    texts = [span.text for span in spans]
    logits = model.predict_logits(texts, embedder.embed_documents(texts))
    logits = logits + _context_bonus(spans, use_question=use_question, use_position=use_position)
    return _softmax(logits)


def classify_texts(texts: list[str], *, embedder: Embedder | None = None) -> list[dict[str, float]]:
    """Category -> probability for each text (the highest over its sentences), for live coverage."""
    embedder = embedder or default_embedder()
    model = load_classifier(embedder)
    pieces: list[str] = []
    owners: list[int] = []
    for number, text in enumerate(texts):
        sentences = [s.text for s in split_sentences(text)] or ([text.strip()] if text.strip() else [])
        pieces.extend(sentences)
        owners.extend([number] * len(sentences))
    results: list[dict[str, float]] = [{category: 0.0 for category in CATEGORIES} for _ in texts]
    if not pieces:
        return results
    probabilities = _softmax(model.predict_logits(pieces, embedder.embed_documents(pieces)))
    for owner, row in zip(owners, probabilities, strict=True):
        for column, category in enumerate(CATEGORIES):
            results[owner][category] = max(results[owner][category], float(row[column]))
    return results


def _scores_of(row: np.ndarray) -> dict[str, float]:
    return {label: round(float(row[column]), 4) for column, label in enumerate(LABELS)}


def propose_candidates(
    transcript: Transcript,
    *,
    embedder: Embedder | None = None,
    limit_per_category: int | None = None,
) -> list[Candidate]:
    """Best verbatim participant sentences per category, highest score first within a category."""
    spans = transcript_spans(transcript)
    probabilities = score_spans(spans, embedder=embedder)
    limit = limit_per_category if limit_per_category is not None else 8
    candidates: list[Candidate] = []
    for column, category in enumerate(CATEGORIES):
        order: list[int] = (
            [int(r) for r in np.argsort(-probabilities[:, column], kind="stable")[:limit]] if spans else []
        )
        for row in order:
            span = spans[int(row)]
            candidates.append(
                Candidate(
                    interview_id=transcript.interview.id,
                    utterance_id=span.utterance_id,
                    category=category,
                    quote=span.text,
                    start=span.start,
                    end=span.end,
                    score=round(float(probabilities[row, column]), 4),
                    scores=_scores_of(probabilities[row]),
                )
            )
    return candidates
