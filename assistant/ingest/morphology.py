"""How a language's own morphological dictionary reads a word: a given name, a surname or a patronymic in
whatever case form the sentence gave it, a place, or an everyday word.

Russian names decline: a given name in "-а" ends in "-е" to whom and in "-ей" with whom; a surname in
"-ов" takes "-ову", its feminine "-овой"; a patronymic follows the given name in the same case. The world's
name lists hold the nominatives, and cutting letters cannot undo a change of the last vowel in names of
four letters (``NameFinder.base_form`` needs a stem of four). The
OpenCorpora dictionary, which ships in the ``pymorphy3-dicts-ru`` wheel (MIT; read by ``pymorphy3``, MIT),
tags every form of the given names, surnames and patronymics it holds ("Name", "Surn", "Patr"), and of
places ("Geox"), with how often each reading occurs in its annotated corpus. That is what a transcript in the
language is read against here (``MORPHOLOGY_LANGUAGES``); nothing is downloaded.

The Ukrainian dictionary of the same project is published under the GPL, which this MIT project does not
take on as a dependency: Ukrainian names are read through ``simplemma``'s lemma lists instead
(``NameFinder._proper_lemma``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

MORPHOLOGY_LANGUAGES = frozenset({"ru"})
"""Languages whose morphological dictionary ships in a package this project depends on."""

NAME_TAGS = {"Name": "given", "Surn": "surname", "Patr": "patronymic"}
"""The dictionary's tags of a person's name, by the kind of name part."""


@dataclass(frozen=True)
class Reading:
    """How the dictionary reads one word (written in any case): the share of its readings, weighted by how
    often each occurs, that are a given name, a surname, a patronymic or a place; the dictionary form of
    its likeliest name reading; whether the dictionary holds the word itself (not guessed from its
    ending); the dictionary forms of every reading."""

    given: float = 0.0
    surname: float = 0.0
    patronymic: float = 0.0
    place: float = 0.0
    lemma: str = ""
    known: bool = False
    lemmas: tuple[str, ...] = ()
    """The dictionary forms of all its readings, names or not."""

    @property
    def name(self) -> float:
        """The share of readings that are a person's name of any kind."""
        return self.given + self.surname + self.patronymic


NO_READING = Reading()


@lru_cache(maxsize=4)
def _analyser(language: str) -> Any:
    """The language's ``pymorphy3`` analyser, or None (no such language, or the package missing)."""
    if language not in MORPHOLOGY_LANGUAGES:
        return None
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang=language)
    except Exception as exc:  # noqa: BLE001 - a missing dictionary must not stop an import
        log.debug("no morphological dictionary for %s (%s)", language, exc)
        return None


def knows_morphology(language: str) -> bool:
    """Whether ``language`` is read against its morphological dictionary here."""
    return _analyser(language) is not None


@lru_cache(maxsize=100_000)
def reading(word: str, language: str) -> Reading:
    """How the morphological dictionary of ``language`` reads ``word`` (``NO_READING`` where there is none
    or the word is no word of its alphabet)."""
    analyser = _analyser(language)
    key = word.casefold()
    if analyser is None or not key.isalpha():
        return NO_READING
    try:
        parses = analyser.parse(key)
    except Exception:  # noqa: BLE001 - an analyser bug on an odd word must not stop an import
        return NO_READING
    shares = {kind: 0.0 for kind in NAME_TAGS.values()}
    place = 0.0
    best, lemma = 0.0, ""
    known = False
    lemmas: dict[str, None] = {}
    for parse in parses:
        lemmas[parse.normal_form] = None
        grammemes = parse.tag.grammemes
        score = float(parse.score)
        known = known or parse.is_known
        kinds = [kind for tag, kind in NAME_TAGS.items() if tag in grammemes]
        for kind in kinds:
            shares[kind] += score
        if kinds and score > best:
            best, lemma = score, parse.normal_form
        if "Geox" in grammemes:
            place += score
    return Reading(
        given=shares["given"],
        surname=shares["surname"],
        patronymic=shares["patronymic"],
        place=place,
        lemma=lemma,
        known=known,
        lemmas=tuple(lemmas),
    )
