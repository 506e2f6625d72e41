"""What the live assistant reads in an answer: length, vagueness, people and events, category scores."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.extract.classifier import classify_texts
from assistant.providers.embeddings import Embedder, classifier_embedder

Scorer = Callable[[list[str]], list[dict[str, float]]]
"""Category probabilities for each answer text (the offline classifier, or a fake in tests)."""

COVERED_THRESHOLD = 0.4
"""A category counts as covered once one answer scores at least this much for it."""
SHORT_ANSWER_WORDS = 12

_HEDGES = re.compile(
    r"\b(usually|normally|generally|typically|sometimes|often|it depends|kind of|sort of|stuff|things|"
    r"whatever|basically|in general|more or less|i guess|not sure|various)\b",
    re.IGNORECASE,
)
_CONCRETE = re.compile(
    r"\b(yesterday|today|last (week|month|year|time|monday|tuesday|wednesday|thursday|friday)|"
    r"this morning|for example|for instance|once|when i|when we|at \d|\d+)\b",
    re.IGNORECASE,
)
_PEOPLE_OR_EVENTS = re.compile(
    r"\b(my (boss|manager|team|colleague|client|customer|director|lead)|he|she|they|we|"
    r"meeting|call|email|called|told|asked|happened|yesterday|last)\b",
    re.IGNORECASE,
)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def is_short(text: str) -> bool:
    """Too short to carry evidence."""
    return word_count(text) < SHORT_ANSWER_WORDS


def is_vague(text: str) -> bool:
    """Talks in generalities ("usually", "stuff") without a concrete moment or number."""
    return bool(_HEDGES.search(text)) and not _CONCRETE.search(text)


def mentions_people_or_events(text: str) -> bool:
    return bool(_PEOPLE_OR_EVENTS.search(text))


def score_texts(texts: list[str], *, embedder: Embedder | None = None) -> list[dict[str, float]]:
    """Category probabilities per answer from the offline classifier."""
    if not texts:
        return []
    return [dict(scores) for scores in classify_texts(texts, embedder=embedder or classifier_embedder())]
