"""How common a word is in any supported language: the one frequency every word-level rule asks.

Search (function words), persona labels (words too common to name a persona) and job titles (a
phrase made only of common words is not a title) all ask the same question with their own bar.
Frequencies come from the ``wordfreq`` package (Zipf scale: 7 for "the", 3 for a rare word).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LANGUAGES = ("en", "fr", "de", "es", "pt")


def base_language(language: str | None) -> str:
    """The language without its region: "pt-BR" -> "pt"; unknown -> ""."""
    return (language or "").split("-")[0].lower()


@lru_cache(maxsize=200_000)
def word_frequency(word: str) -> float:
    """The word's highest Zipf frequency over the supported languages (0 when unknown)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, language) for language in LANGUAGES)


def fold_accents(text: str) -> str:
    """Lower-case, accent-free text, so that "équipe" and "Equipe" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


LANGUAGE_MARGIN = 0.5
"""How much more common, on average (Zipf), a text's words must be in one language than in the next."""
_LETTERS = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str | None:
    """The supported language a short text (a question) is written in: the one whose word
    frequencies its words have highest on average, when clearly ahead of the next; else None."""
    from wordfreq import zipf_frequency

    words = _LETTERS.findall(text.casefold())
    if len(words) < 3:
        return None
    scores = {
        language: sum(zipf_frequency(w, language) for w in words) / len(words) for language in LANGUAGES
    }
    first, second = sorted(scores, key=scores.__getitem__, reverse=True)[:2]
    return first if scores[first] - scores[second] >= LANGUAGE_MARGIN else None


def is_number_word(word: str) -> bool:
    """ "fifty", "Hundert", "vingt" (``text2num``, in any supported language)."""
    return number_value(word) is not None


@lru_cache(maxsize=50_000)
def number_value(word: str, language: str | None = None) -> int | None:
    """The number a word spells in ``language`` (in the first supported language that reads it when
    None or unsupported): "vingt" 20, "Hundert" 100; None for no number word."""
    from text_to_num import text2num

    base = base_language(language)
    for candidate in (base,) if base in LANGUAGES else LANGUAGES:
        try:
            return int(text2num(word.lower(), candidate))
        except (ValueError, TypeError):
            continue
    return None
