"""Words of South Asian languages as people type them in Latin letters ("hai", "nahi", "kintu").

Code-mixed speech from India, Pakistan and Bangladesh is mostly written, and transcribed by speech
recognition, in Latin letters with no fixed spelling: "nahi", "nahin" and "nai" are one word, as are
"hai" and "he". No word list of ``wordfreq`` holds these languages in Latin letters, but it holds them
in their own scripts. Each word of the Hindi, Urdu, Bengali and Tamil lists is transliterated to Latin
letters (``anyascii``) and reduced to a spelling key, what informal spellings agree on: the
consonants, and the vowels a writer does not leave out. The vowel a script does not write (Hindi's
inherent "a", Bengali's "o") is dropped on both sides, so "karna" meets करना and "kore" meets করে.

A key is coarse on purpose: it says that a Latin word spells *some* common word of the language, with
the frequency of the commonest one that has its key. That tells romanised speech from other text and
its everyday words from rare ones; it cannot tell a name from the word it also means (a given name
that means "dear"), which the name finder decides from the names given in the language's countries.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

ROMANISED_LISTS: dict[str, tuple[str, ...]] = {
    "hi": ("hi", "ur"),
    "ur": ("hi", "ur"),
    "bn": ("bn",),
    "ta": ("ta",),
}
"""Languages read in Latin letters, and the ``wordfreq`` lists (in their own scripts) that do it:
Hindi and Urdu are one spoken language written in two scripts, so romanised speech of either is read
against both (Urdu's script leaves short vowels out, so its list adds little beyond Hindi's)."""
DETECTED_ROMANISED = ("hi", "bn", "ta")
"""The languages a transcript in Latin letters may be recognised as (romanised Urdu reads as Hindi)."""
UNWRITTEN_VOWELS = {"hi": "a", "ur": "a", "bn": "ao", "ta": "a"}
"""The vowel the script does not write after a consonant, which Latin spellings write or leave out."""
ROMANISED_FLOOR = 2.0
"""Words rarer than this (Zipf) in the list are not transliterated: they would make every key known."""
MIN_KEY = 2
"""A key of one letter ("h" for "hai", "he", "ho") names too many words to tell anything."""
_LATIN_WORD = re.compile(r"[a-z]+")
_PAIRS = (
    ("ai", "e"),
    ("au", "o"),
    ("ee", "i"),
    ("oo", "u"),
    ("w", "v"),
    ("q", "k"),
    ("z", "j"),
    ("f", "ph"),
    ("y", "i"),
)
"""Spellings that informal writing uses for one sound (in this order)."""
_SCRIPT_PAIRS = {
    "bn": (("sh", "s"),),
    "ta": (("zh", "l"), ("sh", "c"), ("ch", "c"), ("b", "p"), ("g", "k"), ("d", "t"), ("j", "c"), ("s", "c")),
}
"""Sounds a script writes with one letter, or a language says alike: Tamil has no letters for voiced
stops ("romba" is ரொம்ப, "konjam" கொஞ்சம்) and one for "s", "ch" and "j"; Bengali says its sibilants
alike, mostly "sh" ("shokal" is সকাল)."""


def spelling_key(latin: str, language: str = "hi") -> str:
    """What informal Latin spellings of one word of ``language`` share: lower case, the pairs of
    ``_PAIRS`` made one, the unwritten vowel dropped after the first letter, an "h" after a consonant
    (aspiration is written loosely) and a final "h" dropped ("toh", "to"), doubled letters single, and a
    final nasal "m" written "n" ("haim", "hain")."""
    word = re.sub(r"[^a-z]", "", latin.lower())
    if not word:
        return ""
    for old, new in _SCRIPT_PAIRS.get(language, ()) + _PAIRS:
        word = word.replace(old, new)
    head, rest = word[0], word[1:]
    if head in UNWRITTEN_VOWELS.get(language, "a"):
        head = "a"  # the unwritten vowel said at the start (Bengali অ, "onek" or "anek")
    for vowel in UNWRITTEN_VOWELS.get(language, "a"):
        rest = rest.replace(vowel, "")
    rest = re.sub(r"(?<=[^aeiou])h", "", rest)  # "chh", "ch" and "c" alike
    rest = re.sub(r"m(?=[^aeioupbm])", "n", rest)  # a nasal before a consonant ("bolemge", "bolenge")
    if rest.endswith("h"):
        rest = rest[:-1]
    key = re.sub(r"(.)\1+", r"\1", head + rest)
    if len(key) > 2 and key[-1] == "m" and key[-2] in "aeiou":
        key = key[:-1] + "n"
    return key


@lru_cache(maxsize=8)
def _table(word_list: str, language: str) -> dict[str, float]:
    """Spelling key -> the highest Zipf frequency of a word of ``word_list`` with that key (keys of
    words ending in a nasal also without it: "nahin", "nahi")."""
    from anyascii import anyascii
    from wordfreq import get_frequency_dict

    table: dict[str, float] = {}
    for word, frequency in get_frequency_dict(word_list).items():
        if frequency <= 0:
            continue
        zipf = math.log10(frequency) + 9
        if zipf < ROMANISED_FLOOR:
            break  # the dictionary is ordered by frequency
        if not any(char.isalpha() for char in word) or any(char.isascii() for char in word):
            continue  # Latin words of the list (loans), numbers and signs
        key = spelling_key(anyascii(word), language)
        if len(key) < MIN_KEY:
            continue
        variants = {key, key[:-1]} if key.endswith("n") and len(key) > MIN_KEY else {key}
        for variant in variants:
            if zipf > table.get(variant, 0.0):
                table[variant] = zipf
    return table


LATIN_LETTERS = "-Latn"
"""Ending of a language code whose words are read in Latin letters ("hi-Latn") by ``zipf_in``: only
the name finder and the import's reading asks it, so that a Latin word's frequency "in Hindi" stays
what ``wordfreq`` says everywhere else (the names of countries, the words of a question)."""


def reads_romanised(language: str) -> bool:
    """Whether ``language``'s words are also read in Latin letters (``ROMANISED_LISTS``)."""
    return language in ROMANISED_LISTS


def in_latin_letters(language: str) -> str:
    """The code under which ``zipf_in`` reads ``language`` in Latin letters too (itself for a language
    written in them, or one not read so)."""
    return language + LATIN_LETTERS if reads_romanised(language) else language


def romanised_zipf(word: str, language: str) -> float:
    """How common a word of ``language`` is whose Latin spelling has the key of ``word`` (Zipf; 0 for
    a language not read in Latin letters, a word with other letters than a-z, or a key of one letter)."""
    lists = ROMANISED_LISTS.get(language)
    if not lists or not _LATIN_WORD.fullmatch(word):
        return 0.0
    key = spelling_key(word, language)
    if len(key) < MIN_KEY:
        return 0.0
    return max(_table(word_list, language).get(key, 0.0) for word_list in lists)
