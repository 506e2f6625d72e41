"""The offline engine: classified participant spans become findings with verbatim, offset-checked quotes.

A span becomes a finding of its most probable category c when that probability reaches c's
threshold (learned held-out, shipped with the classifier). Neighbouring spans of one utterance with the same category merge into one quote, up to
``MAX_MERGED_WORDS``. How many findings an interview gets follows from the data, not from a quota.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from assistant.core.models import CATEGORIES, Category, Citation, Finding, Transcript
from assistant.core.words import count_words
from assistant.extract.classifier import SpanClassifier, classify_spans, classify_texts, shipped_classifier
from assistant.extract.spans import Span, participant_spans
from assistant.extract.statements import clean_statement
from assistant.providers.embeddings import Embedder

ENGINE = "offline"
MAX_MERGED_WORDS = 45


@dataclass
class Pick:
    """A chosen finding: a run of spans of one utterance, its category and its probability."""

    category: Category
    rows: list[int]
    score: float


def choose_categories(
    probabilities: np.ndarray, thresholds: dict[str, float]
) -> list[tuple[int, int, float]]:
    """(row, category column, probability) for every span whose most probable category clears its threshold."""
    chosen = []
    for row in range(len(probabilities)):
        column = int(probabilities[row, : len(CATEGORIES)].argmax())
        score = float(probabilities[row, column])
        if score >= thresholds.get(CATEGORIES[column], 0.5):
            chosen.append((row, column, score))
    return chosen


def merge_allowed(spans: list[Span], run: list[int], row: int) -> bool:
    """Whether span ``row`` continues the run of spans ``run`` (next sentence, same utterance, short enough)."""
    previous, current = spans[run[-1]], spans[row]
    words = sum(count_words(spans[r].text) for r in run) + count_words(current.text)
    return (
        previous.utterance_id == current.utterance_id
        and current.sentence_index == previous.sentence_index + 1
        and words <= MAX_MERGED_WORDS
    )


def select_spans(
    spans: list[Span], probabilities: np.ndarray, thresholds: dict[str, float], *, merge: bool = True
) -> list[Pick]:
    """The findings of one interview as picks over its spans (same-category neighbours merged)."""
    merged: list[Pick] = []
    for row, column, score in choose_categories(probabilities, thresholds):
        last = merged[-1] if merged else None
        if (
            merge
            and last is not None
            and last.category == CATEGORIES[column]
            and merge_allowed(spans, last.rows, row)
        ):
            last.rows.append(row)
            last.score = max(last.score, score)
            continue
        merged.append(Pick(CATEGORIES[column], [row], score))
    return merged


@dataclass
class Candidate:
    """A verbatim participant span scored for one category: ``quote == utterance.text[start:end]``."""

    interview_id: str
    utterance_id: str
    category: Category
    quote: str
    start: int
    end: int
    score: float
    scores: dict[str, float]


class Extractor(Protocol):
    """What the extraction pipeline needs from an engine: findings, candidates for a model, and scores."""

    engine: str

    def findings(self, transcript: Transcript) -> list[Finding]: ...

    def candidates(self, transcript: Transcript) -> list[Candidate]: ...

    def classify(self, texts: list[str]) -> list[dict[str, float]]: ...


class OfflineExtractor:
    """Findings of a transcript from its participant spans, with a classifier (the shipped one by default)."""

    engine = ENGINE

    def __init__(
        self, embedder: Embedder, classifier: SpanClassifier | None = None, *, merge: bool = True
    ) -> None:
        self.embedder = embedder
        self.classifier = classifier or shipped_classifier(embedder)
        self.merge = merge

    def scored_spans(self, transcript: Transcript) -> tuple[list[Span], np.ndarray]:
        spans = participant_spans(transcript)
        return spans, classify_spans(spans, self.embedder, self.classifier)

    def findings(self, transcript: Transcript) -> list[Finding]:
        spans, probabilities = self.scored_spans(transcript)
        picks = select_spans(spans, probabilities, self.classifier.thresholds, merge=self.merge)
        return findings_from_picks(transcript, spans, picks, engine=self.engine)

    def candidates(self, transcript: Transcript) -> list[Candidate]:
        return propose_candidates(transcript, self)

    def classify(self, texts: list[str]) -> list[dict[str, float]]:
        return classify_texts(texts, embedder=self.embedder, model=self.classifier)


def findings_from_picks(
    transcript: Transcript, spans: list[Span], picks: list[Pick], *, engine: str
) -> list[Finding]:
    """Verbatim findings (quote == utterance.text[start:end]) from picks over ``spans``."""
    findings: list[Finding] = []
    for pick in picks:
        first, last = spans[pick.rows[0]], spans[pick.rows[-1]]
        utterance = transcript.utterance(first.utterance_id)
        if utterance is None or utterance.role != "participant":
            continue
        quote = utterance.text[first.start : last.end]
        if not quote.strip():
            continue
        citation = Citation(
            interview_id=transcript.interview.id,
            utterance_id=utterance.id,
            quote=quote,
            start=first.start,
            end=last.end,
            verified=True,
        )
        findings.append(
            Finding(
                interview_id=transcript.interview.id,
                source_file=transcript.interview.source_file,
                category=pick.category,
                statement=clean_statement(quote, language=transcript.interview.language),
                quote=quote,
                utterance_ids=[utterance.id],
                verified=True,
                engine=engine,
                citations=[citation],
                confidence=round(pick.score, 4),
            )
        )
    order = {u.id: i for i, u in enumerate(transcript.utterances)}
    findings.sort(key=lambda f: (order.get(f.utterance_ids[0], 0), f.citations[0].start or 0))
    return findings


def propose_candidates(
    transcript: Transcript, extractor: OfflineExtractor, *, limit_per_category: int = 8
) -> list[Candidate]:
    """The best spans per category (highest probability first), as hints for a model."""
    spans, probabilities = extractor.scored_spans(transcript)
    candidates: list[Candidate] = []
    for column, category in enumerate(CATEGORIES):
        order: list[int] = [
            int(r) for r in np.argsort(-probabilities[:, column], kind="stable")[:limit_per_category]
        ]
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
                    scores={c: round(float(probabilities[row, i]), 4) for i, c in enumerate(CATEGORIES)},
                )
            )
    return candidates
