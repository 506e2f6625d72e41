"""Feature rows of spans: what the sentence says, what was just asked, and where in the interview we are.

The meaning of the sentence and of the question comes from the multilingual embedder; the rest are
language-independent signals (position, length, digits, money, question marks). No word lists.
"""

from __future__ import annotations

import math
import re

import numpy as np

from assistant.core.words import count_words
from assistant.extract.spans import Span
from assistant.providers.embeddings import Embedder

FEATURE_VERSION = 2
EXTRA_NAMES = (
    "position",
    "opening",
    "closing",
    "first_in_turn",
    "turn_position",
    "log_words",
    "very_short",
    "long",
    "digits",
    "money",
    "percent",
    "asks",
    "has_question",
    "question_similarity",
)
_DIGIT = re.compile(r"\d")
_MONEY = re.compile(r"[$€£¥₹₩]|\b(?:USD|EUR|GBP|BRL|MXN|CAD|AUD|CHF|COP)\b|\bR\$")
_PERCENT = re.compile(r"\d\s?%")


def feature_dimension(embedding_dimension: int) -> int:
    return 2 * embedding_dimension + len(EXTRA_NAMES)


def _extras(span: Span, similarity: float) -> list[float]:
    words = count_words(span.text)
    last = max(span.sentences_in_utterance - 1, 1)
    return [
        span.position,
        1.0 if span.position < 0.15 else 0.0,
        1.0 if span.position > 0.85 else 0.0,
        1.0 if span.sentence_index == 0 else 0.0,
        span.sentence_index / last if span.sentences_in_utterance > 1 else 0.0,
        math.log1p(words) / 3.0,
        1.0 if words <= 4 else 0.0,
        1.0 if words >= 25 else 0.0,
        1.0 if _DIGIT.search(span.text) else 0.0,
        1.0 if _MONEY.search(span.text) else 0.0,
        1.0 if _PERCENT.search(span.text) else 0.0,
        1.0 if span.text.rstrip().endswith("?") else 0.0,
        1.0 if span.question else 0.0,
        similarity,
    ]


def span_features(spans: list[Span], embedder: Embedder) -> np.ndarray:
    """One row per span: [sentence vector, question vector, extras]."""
    dimension = embedder.dimension
    if not spans:
        return np.zeros((0, feature_dimension(dimension)), dtype=np.float32)
    sentences = embedder.embed_documents([span.text for span in spans])
    questions = sorted({span.question for span in spans if span.question})
    question_vectors = (
        dict(zip(questions, embedder.embed_documents(questions), strict=True)) if questions else {}
    )
    zero = np.zeros(dimension, dtype=np.float32)
    rows = []
    for span, vector in zip(spans, sentences, strict=True):
        question = question_vectors.get(span.question, zero)
        similarity = float(vector @ question) if span.question else 0.0
        rows.append(
            np.concatenate([vector, question, np.asarray(_extras(span, similarity), dtype=np.float32)])
        )
    return np.vstack(rows).astype(np.float32)
