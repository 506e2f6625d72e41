"""How common a word is in any supported language: the one frequency every word-level rule asks.

Search (function words), persona labels (words too common to name a persona) and job titles (a
phrase made only of common words is not a title) all ask the same question with their own bar.
Frequencies come from the ``wordfreq`` package (Zipf scale: 7 for "the", 3 for a rare word).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

LANGUAGES = ("en", "fr", "de", "es", "pt")


@lru_cache(maxsize=200_000)
def word_frequency(word: str) -> float:
    """The word's highest Zipf frequency over the supported languages (0 when unknown)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, language) for language in LANGUAGES)


def fold_accents(text: str) -> str:
    """Lower-case, accent-free text, so that "équipe" and "Equipe" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
