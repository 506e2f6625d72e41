"""Offline statements: the participant's words with the sounds of speech taken out.

Without a model the engine does not paraphrase; it cleans the quote the way a researcher tidies a
highlight: hesitation sounds, stutters ("I I think") and cut-off starts removed, first letter
capitalised, a full stop at the end. The quote itself stays verbatim.

A sound of one language is a word of another: "um" is German "around" and Portuguese "a", "er" is
German "he", Dutch "there", Norwegian and Danish "is" and Swedish "you". Such a word stays wherever the quote's
language uses it as a word (``WORD_ZIPF``).
"""

from __future__ import annotations

import re

from assistant.core.words import base_language, zipf_in

# Hesitation sounds (not words) in the languages the project supports; words such as "like" or
# "you know" can carry meaning and stay.
_HESITATION = re.compile(
    r"(?:,\s*)?(?<![\w'’-])(?:u+m+|u+h+m*|e+r+m+|e+r+|h+m+|m+h*m+|e+u+h+|h+e+u+|ä+h+m*|ö+h+m*|e+h+m+|ã+h+|h+ã+)"
    r"(?![\w'’-])(?:\s*[,…]|\.\.\.)?",
    re.IGNORECASE,
)
WORD_ZIPF = 5.5
"""A hesitation sound this common (Zipf) in the quote's language is a word of it and stays: German
"um" 6.5 and "er" 6.7, Portuguese "um" 7.1, Dutch "er" 6.8, Norwegian and Danish "er" 7.5, Swedish
5.8; a sound is at most 5.3 in every language where it is only a sound (French "euh" 4.6, Italian
"eh" 5.3). Finnish "mm" (5.9) stays too: it is also the abbreviation of "among others"."""
WORDFREQ_CODE = {"no": "nb", "nn": "nb"}
"""Norwegian set by hand as "no" or "nn" is read with wordfreq's Bokmål list."""
_STUTTER = re.compile(r"\b(\w+)(?:[,\s]+\1\b)+", re.IGNORECASE)
_CUT_OFF = re.compile(r"\b\w+(?:--|—|-)\s+(?=\w)")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?…])")
_LEADING_JUNK = re.compile(r"^[\s,.;:…—–-]+")
_DOUBLE_COMMA = re.compile(r",\s*,+")


def clean_statement(quote: str, max_chars: int = 240, language: str | None = None) -> str:
    """A readable sentence from a verbatim quote (the quote is kept separately, untouched); hesitation
    sounds that are words of ``language`` (the interview's) stay."""
    lang = base_language(language)
    lang = WORDFREQ_CODE.get(lang, lang)

    def sound(match: re.Match[str]) -> str:
        word = re.sub(r"[\W\d_]+", "", match.group(0)).casefold()
        return match.group(0) if lang and zipf_in(word, lang) >= WORD_ZIPF else " "

    text = _HESITATION.sub(sound, quote)
    text = _CUT_OFF.sub("", text)
    text = _STUTTER.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text))
    text = _LEADING_JUNK.sub("", text).strip().rstrip(",;:—–- ")
    if not text:
        return quote.strip()
    if len(text) > max_chars:
        text = text[:max_chars].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…\"'”»)。！？」』）":
        text += "."
    return text
