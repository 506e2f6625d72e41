"""Sentence splitting that keeps character offsets into the original text: the stops of Latin,
Cyrillic and Greek script, the Arabic and Urdu question mark and full stop, the danda of Devanagari
and Bengali, the Armenian, Ethiopic and Myanmar full stops, and the full-width stops of Japanese and
Chinese."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.words import CJK_LETTERS, UNSPACED_LETTERS_PER_WORD, count_words

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

# A sentence ends at . ! ? … or another script's stop (Arabic ؟ and Urdu ۔, the danda । ॥, Armenian
# ։, Ethiopic ። ፧, Myanmar ။), possibly repeated, possibly followed by closing quotes/brackets, then
# whitespace and something that can start a sentence; or at the full-width 。！？ of Japanese and
# Chinese, which need no space after them.
_BOUNDARY = re.compile(
    r"([.!?…؟۔।॥։።፧။]+[\"'”’»)\]]*|[。！？]+[」』）\"”’]*)(\s*)(?=[\"'“‘«(\[¿¡「『（]?[\w\[])",
    re.UNICODE,
)
_FULL_WIDTH_END = frozenset("。！？")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


def _ends_with_abbreviation(prefix: str) -> bool:
    words = prefix[-200:].split()  # the tail only: a regex over a long run without spaces is quadratic
    if not words or prefix[-1:].isspace():
        return False
    word = words[-1].rstrip(".").lower().lstrip("\"'“‘«(")
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
        if not match.group(2) and match.group(1)[0] not in _FULL_WIDTH_END:
            continue  # "2.5", "e.g.x": a Latin full stop ends a sentence only before a space
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


LONG_WORDS = 32
"""Sentences longer than this are cut into clauses."""
MIN_CLAUSE_WORDS = 6
WINDOW_WORDS = 22
_CLAUSE_BREAK = re.compile(r"[,;:،؛]\s+|[、，；：]\s*|\s+[—–-]\s+|\s*\.\.\.\s+|…\s+")
"""Where a long sentence may be cut: commas, semicolons and colons (Arabic ، ؛ too) before a space,
the ideographic and full-width ones of Japanese and Chinese (、，；：) with or without one, dashes
between spaces, ellipses."""


_WORD_UNIT = re.compile(f"[{CJK_LETTERS}]{{1,{UNSPACED_LETTERS_PER_WORD}}}|[^\\s{CJK_LETTERS}]+")
"""A word for cutting windows: a run without spaces, or ``UNSPACED_LETTERS_PER_WORD`` letters of a
script written without spaces (so a Japanese or Chinese clause with no punctuation is cut too)."""


def _windows(sentence: Sentence) -> list[Sentence]:
    """Cut a clause with no usable punctuation into word windows of about WINDOW_WORDS words.

    In a script written without spaces the units are pairs of letters, so a cut could fall inside a
    word; where the text has spaces (the pauses of Chinese speech recognition, "昨天八点到了 打开那个
    软件 ..."), each cut moves to the nearest space within a third of a window."""
    words = list(_WORD_UNIT.finditer(sentence.text))
    count = max(1, round(len(words) / WINDOW_WORDS))
    size = -(-len(words) // count)
    reach = size // 3

    def spaced(index: int) -> bool:
        return words[index - 1].end() < words[index].start()

    cuts = [0]
    for ideal in range(size, len(words), size):
        nearby = [i for i in range(ideal - reach, ideal + reach + 1) if cuts[-1] < i < len(words)]
        cuts.append(min((i for i in nearby if spaced(i)), key=lambda i: abs(i - ideal), default=ideal))
    cuts.append(len(words))
    pieces = []
    for first, after in zip(cuts, cuts[1:], strict=False):  # increasing: a cut moves less than a window
        piece = _trimmed(sentence.text, words[first].start(), words[after - 1].end())
        if piece.text:
            pieces.append(Sentence(piece.text, sentence.start + piece.start, sentence.start + piece.end))
    return pieces


def split_long(sentence: Sentence) -> list[Sentence]:
    """A long sentence as clauses (at , ; : dashes and ellipses), each at most about 1.5 windows long."""
    if count_words(sentence.text) <= LONG_WORDS:
        return [sentence]
    cuts = [0]
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        before = sentence.text[cuts[-1] : match.start()]
        after = sentence.text[match.end() :]
        if count_words(before) >= MIN_CLAUSE_WORDS and count_words(after) >= MIN_CLAUSE_WORDS:
            cuts.append(match.end())
    cuts.append(len(sentence.text))
    clauses: list[Sentence] = []
    pending_start = 0
    for index in range(1, len(cuts)):
        end = cuts[index]
        if count_words(sentence.text[pending_start:end]) < MIN_CLAUSE_WORDS and index < len(cuts) - 1:
            continue
        piece = _trimmed(sentence.text, pending_start, end)
        pending_start = end
        if not piece.text:
            continue
        clause = Sentence(piece.text, sentence.start + piece.start, sentence.start + piece.end)
        clauses.extend(_windows(clause) if count_words(clause.text) > 1.5 * WINDOW_WORDS else [clause])
    return clauses or [sentence]


def utterance_spans(text: str) -> list[Sentence]:
    """The spans of one utterance: its sentences, long ones cut into clauses (``text[start:end]`` each).

    These are the units the offline engine classifies and the index embeds: a researcher highlights
    a clause, never a monologue, and the embedding model reads at most 512 tokens.
    """
    pieces: list[Sentence] = []
    for sentence in split_sentences(text):
        pieces.extend(split_long(sentence))
    return pieces
