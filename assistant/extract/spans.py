"""The units the offline engine classifies: participant sentences and clauses, with their interview context.

A span is a verbatim slice of one participant utterance (``text == utterance.text[start:end]``), so
every finding made from spans quotes the participant's exact words. The segmentation is
``assistant.core.sentences.utterance_spans`` (sentences; long ones cut into clauses), shared with the
index so each span is embedded once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.models import Transcript
from assistant.core.sentences import split_long, utterance_spans
from assistant.core.words import word_frequency

QUESTION_CHARS = 300
"""How much of the interviewer's last turn is the question context (its end, where the question is)."""
ECHO_SHARE = 0.7
"""Share of a participant's question's words that the interviewer's question has for it to be an echo."""
ECHO_MIN_WORDS = 3
_WORDS = re.compile(r"[^\W_]+")
MASKED_SHARE = 0.5
"""Share of a sentence's words that must be redaction marks for it to say nothing."""
MASKED_MIN_MARKS = 3
"""Fewest marks that hide a sentence: "XXXXXXX keeps crashing on XXXXX." names a pain around two."""
_MARK = re.compile(r"[XxＸｘ]{2,}|[*\u2580-\u259f\u25a0-\u25cf]{2,}")
_WORD_OR_MARK = re.compile(r"[^\W_]+|[*\u2580-\u259f\u25a0-\u25cf]+")


NOTHING_ZIPF = 5.6
"""A word at least this common in a supported language (wordfreq's Zipf scale) carries no content of its
own: "know", "don't", "really", "one", "thing"; the bar of search's function words (``ask.text``)."""
_APOSTROPHE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def says_nothing(text: str) -> bool:
    """Whether a participant sentence holds no word of its own: no digit, and no word of three letters
    or more that is not among the most common words of the supported languages ("I don't know.",
    "Okay, what next?", "It is what it is."). Such a sentence is a finding only with the turn around
    it, which a quote does not carry, so it is none. Words of a language whose frequencies are not
    read (Greek, Turkish...) count as content: there nothing is judged empty."""
    if any(character.isdigit() for character in text):
        return False
    for word in _APOSTROPHE_WORD.findall(text):
        folded = word.casefold().replace("’", "'")
        if word_frequency(folded) >= NOTHING_ZIPF:
            continue
        if any(len(part) >= 3 and word_frequency(part) < NOTHING_ZIPF for part in folded.split("'")):
            return False
    return True


def masked(text: str) -> bool:
    """Whether a participant sentence is mostly redaction marks ("The XX XXXX XXXXXXXX XX XXX.",
    "████ ██ ███"): an anonymised transcript hides what was said there, so it is no finding and no
    answer, whatever the words left around the marks. At least ``MASKED_MIN_MARKS`` marks that make
    half its words: a Roman "XX", "XXL", a kiss ("xx") or two masked names around a pain are not."""
    words = _WORD_OR_MARK.findall(text)
    marks = sum(1 for word in words if _MARK.fullmatch(word))
    return marks >= MASKED_MIN_MARKS and marks >= MASKED_SHARE * len(words)


def echoes_question(text: str, question: str) -> bool:
    """Whether a participant sentence only repeats the interviewer's question aloud.

    People often say the question back while they think ("How do I decide which plots to look at?
    Well, ..."); the repetition is the interviewer's words, not the participant's, so it is no
    finding and no answer. An echo is a question of at least three words, most of whose words
    (``ECHO_SHARE``) are words of the interviewer's last turn (compared by their first five letters);
    any language, no word list. A
    rhetorical question of the participant's own ("Who reads those reports anyway?") shares few
    words with what was asked."""
    if not question or not text.rstrip().endswith("?"):
        return False
    words = [_stem(w) for w in _WORDS.findall(text)]
    if len(words) < ECHO_MIN_WORDS:
        return False
    asked = {_stem(w) for w in _WORDS.findall(question)}
    return sum(w in asked for w in words) / len(words) >= ECHO_SHARE


def _stem(word: str) -> str:
    """A word's first five letters: said back, a question changes person ("you choose" becomes "I
    choose", "vous choisissez" becomes "je choisis"), not its long words' stems."""
    return word.casefold()[:5]


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


PHASE_MIN_UTTERANCES = 8
"""Below this many utterances an interview has no opening or closing phase (a few typed answers):
every span sits in the middle, as in live coverage, so a last answer is not read as a goodbye."""


def participant_spans(transcript: Transcript) -> list[Span]:
    """Spans of every participant utterance, with the interviewer's preceding question and the position."""
    spans: list[Span] = []
    total = max(len(transcript.utterances) - 1, 1)
    phases = len(transcript.utterances) >= PHASE_MIN_UTTERANCES
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
                    position=index / total if phases else 0.5,
                    sentences_in_utterance=len(pieces),
                )
            )
    return spans


__all__ = [
    "Span",
    "echoes_question",
    "masked",
    "participant_spans",
    "says_nothing",
    "split_long",
    "utterance_spans",
]
