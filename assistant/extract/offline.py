"""Offline extractive engine: classified participant sentences become findings with verbatim quotes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.core.models import CATEGORIES, Citation, Finding, Transcript
from assistant.extract.classifier import LABELS, Embedder, Span, score_spans, transcript_spans

ENGINE = "offline"

# Most findings per category for an interview of ~100 participant sentences (scaled by length).
# Interviews of this kind carry roughly 17-23 findings with at least one per category.
CATEGORY_CAPS: dict[str, int] = {
    "situation": 4,
    "pain": 5,
    "impact": 3,
    "critical_event": 2,
    "trigger": 2,
    "decision": 4,
    "channel": 3,
}
MIN_PROBABILITY = 0.25
"""Probability a sentence needs for its best category to be kept (beyond the one per category).

Calibrated label-free so that the engine proposes about 20 findings per ~100-sentence interview."""
REFERENCE_SENTENCES = 100
STATEMENT_CHARS = 160


@dataclass
class _Pick:
    category: str
    rows: list[int]
    score: float


def _caps_for(span_count: int) -> dict[str, int]:
    factor = min(max(span_count / REFERENCE_SENTENCES, 0.6), 1.5)
    return {c: max(1, round(cap * factor)) for c, cap in CATEGORY_CAPS.items()}


def select_spans(spans: list[Span], probabilities: np.ndarray) -> list[_Pick]:
    """Choose spans per category: argmax label, threshold, length-scaled caps, one per category at least."""
    if not spans:
        return []
    caps = _caps_for(len(spans))
    best = probabilities.argmax(axis=1)
    used: set[int] = set()
    picks: list[_Pick] = []
    for column, category in enumerate(CATEGORIES):
        rows = [
            r for r in range(len(spans)) if best[r] == column and probabilities[r, column] >= MIN_PROBABILITY
        ]
        rows.sort(key=lambda r: -probabilities[r, column])
        chosen = rows[: caps[category]]
        if not chosen:
            # At least one finding per category: the best-scoring span not taken yet.
            order = [int(r) for r in np.argsort(-probabilities[:, column]) if int(r) not in used]
            chosen = order[:1]
        for row in chosen:
            used.add(row)
            picks.append(_Pick(category, [row], float(probabilities[row, column])))
    return _merge_adjacent(spans, picks)


def _merge_adjacent(spans: list[Span], picks: list[_Pick]) -> list[_Pick]:
    """Join two picks of one category that are neighbouring sentences of the same utterance."""
    by_row = {pick.rows[0]: pick for pick in picks}
    merged: list[_Pick] = []
    absorbed: set[int] = set()
    for row in sorted(by_row):
        if row in absorbed:
            continue
        pick = by_row[row]
        following = by_row.get(row + 1)
        if (
            following is not None
            and following.category == pick.category
            and spans[row + 1].utterance_id == spans[row].utterance_id
            and spans[row + 1].sentence_index == spans[row].sentence_index + 1
        ):
            absorbed.add(row + 1)
            pick = _Pick(pick.category, [row, row + 1], max(pick.score, following.score))
        merged.append(pick)
    return merged


def _statement(text: str) -> str:
    """A short extractive statement: the quote itself, trimmed at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= STATEMENT_CHARS:
        return flat
    cut = flat[:STATEMENT_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def offline_findings(transcript: Transcript, *, embedder: Embedder | None = None) -> list[Finding]:
    """Findings from participant sentences only; every quote is a verbatim, offset-checked substring."""
    spans = transcript_spans(transcript)
    probabilities = score_spans(spans, embedder=embedder)
    findings: list[Finding] = []
    for pick in select_spans(spans, probabilities):
        first, last = spans[pick.rows[0]], spans[pick.rows[-1]]
        utterance = transcript.utterance(first.utterance_id)
        if utterance is None or utterance.role != "participant":
            continue
        quote = utterance.text[first.start : last.end]
        if not quote:
            continue
        citation = Citation(
            interview_id=transcript.interview.id,
            utterance_id=utterance.id,
            quote=quote,
            start=first.start,
            end=last.end,
            verified=True,
        )
        label = pick.category
        speaker = transcript.interview.participant or utterance.speaker or "Participant"
        findings.append(
            Finding(
                interview_id=transcript.interview.id,
                source_file=transcript.interview.source_file,
                category=label,  # type: ignore[arg-type]
                statement=f"{speaker} on {label.replace('_', ' ')}: {_statement(quote)}",
                quote=quote,
                utterance_ids=[utterance.id],
                verified=True,
                engine=ENGINE,
                citations=[citation],
                confidence=round(pick.score, 4),
            )
        )
    findings.sort(key=lambda f: (CATEGORIES.index(f.category), -(f.confidence or 0.0)))
    return findings


__all__ = ["ENGINE", "LABELS", "offline_findings", "select_spans"]
