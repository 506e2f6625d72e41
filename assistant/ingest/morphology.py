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


def nominative(phrase: str, language: str) -> str | None:
    """A job title said in the instrumental, as Russian says the job someone has ("работаю главным
    бухгалтером", I work as chief accountant), in the nominative a reader looks it up in ("главный
    бухгалтер"): the first word after any adjectives, when it is a noun that may be an instrumental ("с
    клиентами", with clients, names no job), and the adjectives and participles before it that agree with it, put in the
    nominative in its number and gender; the words after it (a genitive "of the department", a
    preposition's object) stay as said, and so does the case of the letters. None where the language has
    no dictionary here, nothing in the phrase reads as such an instrumental, or a word cannot be put in
    the nominative."""
    analyser = _analyser(language)
    words = phrase.split()
    if analyser is None or not words:
        return None
    try:
        readings = [analyser.parse(word.casefold()) if word.isalpha() else [] for word in words]
        head_at, head = None, None
        for index, parses in enumerate(readings):
            if not parses or {"ADJF", "PRTF"} & parses[0].tag.grammemes:
                continue  # an adjective before the noun ("главным" may also read as a noun)
            nouns = [p for p in parses if "NOUN" in p.tag and "ablt" in p.tag]
            if "NOUN" in parses[0].tag and nouns:
                head_at, head = index, max(nouns, key=lambda p: float(p.score))
            break  # the first other word: the title's noun, or none ("с клиентами")
        if head is None or head_at is None:
            return None
        number = head.tag.number or "sing"
        shown = list(words)
        for index in range(head_at + 1):
            if index == head_at:
                inflected = head.inflect({"nomn", number})
            else:
                agreeing = [
                    p
                    for p in readings[index]
                    if "ablt" in p.tag
                    and {"ADJF", "PRTF"} & p.tag.grammemes
                    and p.tag.number == number
                    and (number == "plur" or p.tag.gender == head.tag.gender)
                ]
                if not agreeing:
                    continue  # a word that does not agree with the title's noun stays as said
                wanted = {"nomn", number} | (
                    {head.tag.gender} if number == "sing" and head.tag.gender else set()
                )
                inflected = agreeing[0].inflect(wanted)
            if inflected is None:
                return None
            form, word = inflected.word, words[index]
            shown[index] = form[:1].upper() + form[1:] if word[:1].isupper() else form
    except Exception:  # noqa: BLE001 - an analyser bug on an odd phrase leaves the phrase as said
        return None
    result = " ".join(shown)
    return result if result != phrase else None
