"""The units the offline engine classifies: participant sentences and clauses, with their interview context.

A span is a verbatim slice of one participant utterance (``text == utterance.text[start:end]``), so
every finding made from spans quotes the participant's exact words. Long sentences (run-on speech,
ASR text without punctuation) are cut at clause punctuation, then into windows of about
``WINDOW_WORDS`` words, because a researcher highlights a clause, never a monologue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.models import Transcript
from assistant.core.sentences import Sentence, split_sentences

LONG_WORDS = 32
"""Sentences longer than this are cut into clauses."""
MIN_CLAUSE_WORDS = 6
WINDOW_WORDS = 22
QUESTION_CHARS = 300
"""How much of the interviewer's last turn is the question context (its end, where the question is)."""

_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+[—–-]\s+|\s*\.\.\.\s+|…\s+")


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


def _words(text: str) -> int:
    return len(text.split())


def _piece(source: str, start: int, end: int) -> Sentence | None:
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return Sentence(source[start:end], start, end) if end > start else None


def _windows(sentence: Sentence) -> list[Sentence]:
    """Cut a clause with no usable punctuation into word windows of about WINDOW_WORDS words."""
    words = list(re.finditer(r"\S+", sentence.text))
    count = max(1, round(len(words) / WINDOW_WORDS))
    size = -(-len(words) // count)
    pieces = []
    for first in range(0, len(words), size):
        last = min(first + size, len(words)) - 1
        piece = _piece(sentence.text, words[first].start(), words[last].end())
        if piece:
            pieces.append(Sentence(piece.text, sentence.start + piece.start, sentence.start + piece.end))
    return pieces


def split_long(sentence: Sentence) -> list[Sentence]:
    """A long sentence as clauses (at , ; : dashes and ellipses), each at most about 1.5 windows long."""
    if _words(sentence.text) <= LONG_WORDS:
        return [sentence]
    cuts = [0]
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        before = sentence.text[cuts[-1] : match.start()]
        after = sentence.text[match.end() :]
        if _words(before) >= MIN_CLAUSE_WORDS and _words(after) >= MIN_CLAUSE_WORDS:
            cuts.append(match.end())
    cuts.append(len(sentence.text))
    clauses: list[Sentence] = []
    pending_start = 0
    for index in range(1, len(cuts)):
        end = cuts[index]
        text = sentence.text[pending_start:end]
        if _words(text) < MIN_CLAUSE_WORDS and index < len(cuts) - 1:
            continue
        piece = _piece(sentence.text, pending_start, end)
        pending_start = end
        if piece is None:
            continue
        clause = Sentence(piece.text, sentence.start + piece.start, sentence.start + piece.end)
        clauses.extend(_windows(clause) if _words(clause.text) > 1.5 * WINDOW_WORDS else [clause])
    return clauses or [sentence]


def utterance_spans(text: str) -> list[Sentence]:
    """The spans of one utterance text, in order."""
    pieces: list[Sentence] = []
    for sentence in split_sentences(text):
        pieces.extend(split_long(sentence))
    return pieces


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
