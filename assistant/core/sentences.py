"""Sentence splitting that keeps character offsets into the original text (any Latin-script language)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence (en/fr/pt/es/de, lower-cased, no dot).
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "eg",
        "ie",
        "approx",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "no",
        "nr",
        "vol",
        "fig",
        "mt",
        "ca",
        "sra",
        "srta",
        "dra",
        "av",
        "pág",
        "pag",
        "mme",
        "mlle",
        "m",
        "cf",
        "bzw",
        "z.b",
        "usw",
        "ggf",
        "evtl",
        "u.a",
        "d.h",
        "ex",
        "p.ex",
        "aprox",
        "obs",
        "a.m",
        "p.m",
    }
)

# A sentence ends at . ! ? … (possibly repeated, possibly followed by closing quotes/brackets),
# followed by whitespace and then something that can start a sentence.
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[¿¡]?[\w\[])", re.UNICODE)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


def _ends_with_abbreviation(prefix: str) -> bool:
    match = re.search(r"(\S+)$", prefix)
    if not match:
        return False
    word = match.group(1).rstrip(".").lower().lstrip("\"'“‘«(")
    if word in _ABBREVIATIONS:
        return True
    # A single letter such as an initial ("J. Smith") or a number like "3." in a list.
    return len(word) == 1 and word.isalpha()


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; whitespace around sentences is left out."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(1)
        candidate = text[start:end]
        if match.group(1).startswith(".") and _ends_with_abbreviation(text[start : match.start(1)]):
            continue
        # Decimal numbers ("2.5") never match because the boundary needs whitespace after the dot.
        if candidate.strip():
            sentences.append(_trimmed(text, start, end))
        start = match.end(2)
    if text[start:].strip():
        sentences.append(_trimmed(text, start, len(text)))
    return [s for s in sentences if s.text]


def _trimmed(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(text=text[start:end], start=start, end=end)


def split_clauses(sentence: Sentence, *, min_words: int = 12) -> list[Sentence]:
    """Split a long sentence at ``;``, ``:`` or `` — `` into clauses of at least ``min_words`` words."""
    if len(sentence.text.split()) < 2 * min_words:
        return [sentence]
    parts: list[Sentence] = []
    start = 0
    for match in re.finditer(r"\s*(?:;|:| — | – | - )\s*", sentence.text):
        piece = sentence.text[start : match.start()]
        rest = sentence.text[match.end() :]
        if len(piece.split()) >= min_words and len(rest.split()) >= min_words:
            parts.append(_trimmed(sentence.text, start, match.start()))
            start = match.end()
    if not parts:
        return [sentence]
    parts.append(_trimmed(sentence.text, start, len(sentence.text)))
    return [Sentence(p.text, sentence.start + p.start, sentence.start + p.end) for p in parts if p.text]
