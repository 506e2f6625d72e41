"""Search text: folding, light stemming, function words by frequency, tokens and BM25."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy as np

from assistant.core.words import CJK_LETTERS, MARKS, word_frequency

# -- tokenizer --------------------------------------------------------------------------------

WORD_PIECE_OR_DIGIT = f"(?:[^\\W_]|[{MARKS}])"
"""A letter, a digit or a combining mark (the vowel signs of the Indic scripts)."""

COMMON_ZIPF = 5.6
"""Words at least this frequent in a supported language (wordfreq) are function words for search."""
FILLERS = frozenset("um uh erm hmm mm yeah okay ok oh euh bah ben ah eh".split())


@lru_cache(maxsize=1)
def _frequent_words() -> frozenset[str]:
    """Every word at least half a Zipf point below COMMON_ZIPF in a supported language's list: a
    plain lower-case word outside it cannot be a function word, and needs no frequency lookup."""
    from wordfreq import get_frequency_dict

    from assistant.core.words import LANGUAGES

    floor = 10 ** (COMMON_ZIPF - 0.5 - 9)
    words: set[str] = set()
    for language in LANGUAGES:
        for word, frequency in get_frequency_dict(language, "best").items():  # as wordfreq asks: one cache
            if frequency >= floor:
                words.add(word)
    return frozenset(words)


@lru_cache(maxsize=200_000)
def is_function_word(word: str) -> bool:
    """Very common words of any supported language (articles, pronouns, auxiliaries...), by frequency."""
    if word in FILLERS:
        return True
    if len(word) <= 1 or word.isdigit():
        return False
    # A plain lower-case word is its own only token in every supported language's word list, so its
    # frequency is its entry there: one set lookup instead of five (a first index of 100k utterances
    # asks about tens of thousands of distinct words).
    if word.isascii() and word.isalpha() and word.islower() and word not in _frequent_words():
        return False
    return word_frequency(word) >= COMMON_ZIPF


class _FunctionWords:
    """``word in STOPWORDS`` asks :func:`is_function_word` (a set-like view, no list to maintain)."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and is_function_word(word)

    def __or__(self, other: frozenset[str]) -> _Union:
        return _Union(self, other)


class _Union:
    def __init__(self, first: _FunctionWords, second: frozenset[str]) -> None:
        self.first, self.second = first, second

    def __contains__(self, word: object) -> bool:
        return word in self.second or word in self.first


STOPWORDS = _FunctionWords()

QUESTION_WORDS = frozenset(
    """
    participant participants interviewee interviewees people person persons anyone anybody someone everyone
    say said says saying mention mentioned mentions mentioning talk talked talking tell told discuss
    discussed describe described raise raised think thought feel felt
    what which who whom whose how why when where did does do
    summarize summarise summary discussion
    teilnehmer teilnehmerin teilnehmerinnen teilnehmende teilnehmenden befragte befragten interviewten
    sagen sagt sagte sagten gesagt erwahnt erwahnen erwahnten genannt nennen beschreiben beschrieben
    interviewe interviewes interviewee interviewees disent dit ont mentionnent mentionne decrivent
    participante participantes entrevistado entrevistados entrevistada entrevistadas
    dicen dijo dijeron mencionan menciona mencionaron describen describieron
    dizem disse disseram mencionam mencionou mencionaram descrevem descreveram
    welche welcher welches welchen welchem wen wem wessen wann woher wohin wieso weshalb
    quel quelle quels quelles lequel laquelle lesquels lesquelles
    cual cuales quien quienes cuanto cuanta cuantos cuantas quais quanto quanta quantos quantas
    partecipanti partecipante intervistati intervistate intervistato intervistata dicono detto menzionano
    menzionato menzionata descrivono descritto quale quali quanti quante
    deelnemers deelnemer geinterviewden respondenten respondent zeggen zegt zei zeiden gezegd noemen noemt
    genoemd beschrijven beschreven welke welk hoeveel
    """.split()
)
"""Words that frame a question about interviews but say nothing about its topic, in each supported
language: who was interviewed, what they said or mentioned, and the question words that are not
already function words by frequency."""

_TOKEN = re.compile(rf"[^\W_]{WORD_PIECE_OR_DIGIT}*(?:[./&'+-][^\W_]{WORD_PIECE_OR_DIGIT}*)*\+*")
"""A word of any script (until 2026-12-05 of the letters a to z only, so Greek, Cyrillic, Arabic,
Hebrew, Indic and East Asian interviews had no keyword search at all, and "ł", "ı", "ø" split Polish,
Turkish and Danish words in two), with its inner dots, slashes and hyphens."""
_SPLIT = re.compile(r"[./&'+-]+")
_JOINED_RUN = re.compile(f"[{CJK_LETTERS}\uac00-\ud7a3\u0e00-\u0e7f]+")
"""Letters of the scripts written without spaces between words (and Korean, which joins its particles
to the word): indexed as overlapping pairs of characters, the usual way to search them without a
dictionary of their words."""
_ACCENTS = re.compile("[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670]")
"""The marks folding removes: Latin, Greek and Cyrillic accents, Hebrew points, Arabic vowel signs.
The vowel signs of the Indic scripts and the Japanese voicing marks are letters' parts, kept."""


def fold(text: str) -> str:
    """Lower-case text with accents removed and typographic apostrophes made plain."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():  # nothing to decompose: the same result, several times faster
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    # recomposed, so that Korean syllables and Japanese voiced kana are one letter again
    return unicodedata.normalize("NFC", _ACCENTS.sub("", decomposed)).casefold()


def _pairs(run: str) -> list[str]:
    """Overlapping pairs of characters of a run in a script without spaces (one character alone)."""
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


def stem(word: str) -> str:
    """A light suffix stripper (plural and -ing/-ed) that keeps short words and product names intact."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    return word


_ARABIC_WORD = re.compile("[\u0620-\u064a]+")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و")


def _arabic_term(word: str) -> str:
    """An Arabic word as search compares it: the letters written several ways made one (alef with or
    without its glottal-stop sign, final ya and alef maqsura, ta marbuta and ha), and the article and "and" joined to it
    taken off, as light stemmers for Arabic search do ("والمدرسة" and "مدرسه" meet)."""
    word = word.translate(_ARABIC_LETTERS)
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


_ELIDED = re.compile(r"^[^\W\d_]{1,4}'[aeiouyhàâäéèêëîïôöùûü]")
_HYPHENATED = re.compile(r"^[^\W_]+(?:-[^\W_]+)+$")


def _grammatical_join(raw: str, parts: list[str], drop: Any) -> bool:
    """Whether a token is a word joined to grammar rather than a compound: an elided article or
    pronoun before an apostrophe ("d'îlots", "l'appli", "qu'ils", "dell'app"), or a function word
    joined by a hyphen ("rencontrent-ils", "a-t-il", "dis-moi"). Its parts are its terms; the joined
    form ("dilots", "rencontrentils") is a word no interview writes that way. Compounds keep it
    ("e-mail", "bill.com", "s/4hana")."""
    if _ELIDED.match(raw):
        return True
    return bool(_HYPHENATED.match(raw)) and any(len(part) >= 2 and part in drop for part in parts)


def _word_terms(raw: str, drop: Any) -> list[str]:
    """The index terms of one token as the tokenizer matched it."""
    terms: list[str] = []
    if _ARABIC_WORD.fullmatch(raw):
        term = _arabic_term(raw)
        return [] if term in drop or raw in drop else [term]
    if _JOINED_RUN.search(raw):
        for piece in re.split(f"({_JOINED_RUN.pattern})", raw):
            if _JOINED_RUN.fullmatch(piece):
                terms.extend(_pairs(piece))
            elif piece.strip("./&'+-"):
                terms.extend(_word_terms(piece.strip("./&'+-"), drop))
        return terms
    parts = [p for p in _SPLIT.split(raw) if p]
    if len(parts) > 1:
        joined = "".join(parts)
        if joined not in drop and not _grammatical_join(raw, parts, drop):
            terms.append(joined)
        candidates = parts
    else:
        candidates = [raw.rstrip("+") or raw]
    for part in candidates:
        if part in drop or (len(part) < 2 and not part.isdigit()):
            continue
        terms.append(stem(part))
    return terms


_TERMS_OF: dict[str, tuple[str, ...]] = {}
"""Token -> its terms with the default function words dropped (tokens repeat: a corpus of 100k
utterances has a few hundred thousand distinct tokens and tens of millions of occurrences)."""
_TERMS_OF_MAX = 500_000


def tokenize(text: str, *, drop: Any = STOPWORDS) -> list[str]:
    """Index terms of a text: folded words, compounds kept whole (``bill.com``, ``s/4hana``) and split."""
    terms: list[str] = []
    tokens = _TOKEN.findall(fold(text).replace("/", "-"))
    if drop is not STOPWORDS:
        for raw in tokens:
            terms.extend(_word_terms(raw, drop))
        return terms
    known = _TERMS_OF
    for raw in tokens:
        found = known.get(raw)
        if found is None:
            found = tuple(_word_terms(raw, drop))
            if len(known) < _TERMS_OF_MAX:
                known[raw] = found
        terms.extend(found)
    return terms


def query_terms(question: str) -> list[str]:
    """Topic terms of a question: tokens without stopwords and question-framing words."""
    return tokenize(question, drop=STOPWORDS | QUESTION_WORDS)


# -- BM25 -------------------------------------------------------------------------------------


class BM25:
    """Okapi BM25 over a fixed list of documents (utterance texts)."""

    def __init__(self, documents: list[list[str]], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self.term_counts = [Counter(doc) for doc in documents]
        self.lengths = [len(doc) for doc in documents]
        self.average_length = (sum(self.lengths) / len(documents)) if documents else 0.0
        self.document_frequency: Counter[str] = Counter()
        for counts in self.term_counts:
            self.document_frequency.update(counts.keys())
        total = len(documents)
        self.idf = {
            term: math.log(1.0 + (total - df + 0.5) / (df + 0.5))
            for term, df in self.document_frequency.items()
        }
        self.postings: dict[str, list[int]] = {}
        """Term -> the documents that use it, in order: a question scores only those."""
        for position, counts in enumerate(self.term_counts):
            for term in counts:
                self.postings.setdefault(term, []).append(position)
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._norm: np.ndarray | None = None

    def score(self, terms: Iterable[str], position: int) -> float:
        counts = self.term_counts[position]
        length_norm = 1.0 - self.b + self.b * (self.lengths[position] / (self.average_length or 1.0))
        total = 0.0
        for term in sorted(set(terms)):  # a fixed order: the same sum, to the last bit, in every run
            frequency = counts.get(term, 0)
            if frequency:
                total += self.idf[term] * frequency * (self.k1 + 1) / (frequency + self.k1 * length_norm)
        return total

    def rank(self, terms: list[str], positions: Iterable[int], limit: int) -> list[tuple[int, float]]:
        """The best ``limit`` of ``positions`` by score, ties in position order. Scores are summed
        over the documents that use each term (NumPy, term by term in the order ``score`` uses, so
        the sums are the same to the last bit)."""
        allowed = positions if isinstance(positions, set | frozenset) else set(positions)
        if self._norm is None:
            self._norm = (
                1.0
                - self.b
                + self.b * (np.asarray(self.lengths, dtype=np.float64) / (self.average_length or 1.0))
            )
        scores = np.zeros(len(self.lengths), dtype=np.float64)
        for term in sorted(set(terms)):
            if term not in self.postings:
                continue
            where, frequency = self._posting_arrays(term)
            scores[where] += (
                self.idf[term] * frequency * (self.k1 + 1) / (frequency + self.k1 * self._norm[where])
            )
        hits = np.flatnonzero(scores > 0)
        if len(allowed) < len(self.lengths):
            hits = np.asarray([p for p in hits.tolist() if p in allowed], dtype=np.int64)
        order = np.lexsort((hits, -scores[hits]))[:limit]
        return [(int(hits[i]), float(scores[hits[i]])) for i in order]

    def _posting_arrays(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """The documents using ``term`` and how often each does, as arrays (made on first use)."""
        arrays = self._arrays.get(term)
        if arrays is None:
            where = np.asarray(self.postings[term], dtype=np.int64)
            frequency = np.asarray([self.term_counts[p][term] for p in self.postings[term]], dtype=np.float64)
            arrays = self._arrays[term] = (where, frequency)
        return arrays
