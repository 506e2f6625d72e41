"""The units the offline engine classifies: participant sentences and clauses, with their interview context.

A span is a verbatim slice of one participant utterance (``text == utterance.text[start:end]``), so
every finding made from spans quotes the participant's exact words. The segmentation is
``assistant.core.sentences.utterance_spans`` (sentences; long ones cut into clauses), shared with the
index so each span is embedded once.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.core.models import Transcript
from assistant.core.sentences import split_long, utterance_spans

QUESTION_CHARS = 300
"""How much of the interviewer's last turn is the question context (its end, where the question is)."""


@dataclass(frozen=True)
class Span:
    """One classifiable slice of a participant utterance, with its place in the interview."""

    utterance_index: int
    utterance_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    question: str
    """The end of the interviewer's last turn before this answer ('' when none)."""
    position: float
    """Where the utterance sits in the interview, 0 (start) to 1 (end)."""
    sentences_in_utterance: int


def participant_spans(transcript: Transcript) -> list[Span]:
    """Spans of every participant utterance, with the interviewer's preceding question and the position."""
    spans: list[Span] = []
    total = max(len(transcript.utterances) - 1, 1)
    question = ""
    for index, utterance in enumerate(transcript.utterances):
        if utterance.role == "interviewer":
            question = utterance.text[-QUESTION_CHARS:]
            continue
        if utterance.role != "participant":
            continue
        pieces = utterance_spans(utterance.text)
        for number, piece in enumerate(pieces):
            spans.append(
                Span(
                    utterance_index=index,
                    utterance_id=utterance.id,
                    sentence_index=number,
                    start=piece.start,
                    end=piece.end,
                    text=piece.text,
                    question=question,
                    position=index / total,
                    sentences_in_utterance=len(pieces),
                )
            )
    return spans


__all__ = ["Span", "participant_spans", "split_long", "utterance_spans"]
