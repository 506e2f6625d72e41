"""The names of people a participant says where persona titles and labels are read.

A job title is read after "I am" and "my name is" is said the same way: in speech without capitals
("eu sou jefferson tenho vinte", "I am Jefferson, I am twenty") and in scripts without them (Hebrew
"I am <given name> <surname>") the title readers can take a name for a title, and a phrase two members
share can hold a colleague's name. A persona is named after what its members do, never after one of
them, so a title or a label phrase holding a name word is not used. The names are found by the same
finders that pseudonymise transcripts (``ingest/names.py``, and ``ingest/names_caseless.py`` for
scripts without capitals), run on the participant's situation and decision quotes, where titles and
labels are read. (Speaker labels are not read: "Controller 1" or "Nurse" labels a role as often as a
label names someone.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.ingest.names import NameFinder
from assistant.ingest.names_caseless import CaselessNameFinder, has_caseless_text
from assistant.personas.labels import WORD
from assistant.personas.profiles import Profile

READ_CATEGORIES = ("situation", "decision")
"""The categories whose quotes titles and label phrases are read from."""
_PART = re.compile(r"[^\W\d_]+")


def _words(name: str) -> set[str]:
    """A name's words, whole and, where hyphenated or with an apostrophe, in their parts; case-folded."""
    return {w.casefold() for w in WORD.findall(name)} | {w.casefold() for w in _PART.findall(name)}


@lru_cache(maxsize=8)
def _finder(language: str) -> NameFinder:
    return NameFinder((language,) if language else ())


@lru_cache(maxsize=4096)
def _names_in(quotes: tuple[str, ...], language: str) -> frozenset[str]:
    words: set[str] = set()
    found = _finder(language).find(list(quotes))
    for name in [*found.full, *found.single, *found.lowercase]:
        words |= _words(name)
    if has_caseless_text(quotes):
        for name, _parts in CaselessNameFinder().find(list(quotes)).names:
            words |= _words(name)
    return frozenset(words)


def names_said(profile: Profile) -> frozenset[str]:
    """Words (case-folded) of the person names in the participant's situation and decision quotes."""
    quotes = tuple(f.quote for f in profile.findings if f.category in READ_CATEGORIES and f.quote)
    return _names_in(quotes, profile.language or "") if quotes else frozenset()


def holds_name(text: str | None, names: Iterable[str]) -> bool:
    """Whether ``text`` has a word of ``names`` (case-folded words)."""
    if not text:
        return False
    return bool(_words(text) & set(names))
