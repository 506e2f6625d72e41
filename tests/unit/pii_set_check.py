"""Checks on the data of the blind name sets (``pii_names_j``, ``_k``, ``_l``): run by each set's module.

Every listed person mention and keep term occurs in its excerpt, whole-word and case-sensitively as the
measurement reads it; a mention is not only part of a longer mention or of a keep term; every name word
in the text lies inside a listed mention; keep terms share no word with a person; each language has the
expected number of excerpts, lower-case ones among them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

JOINED_SCRIPTS = re.compile(
    "[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]"
)
"""Letters of scripts whose words take particles or prefixes without a space (Japanese, Chinese, Korean,
Thai; Arabic and Hebrew "and", "to", "the"; the Indic scripts' postpositions): a name there is found
as a substring, not as a whole word."""


def occurs(phrase: str, text: str) -> bool:
    """The same case-sensitive test the measurement uses: whole words, or a substring in a script that
    joins its words to their particles."""
    if JOINED_SCRIPTS.search(phrase):
        return phrase in text
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def name_words(phrase: str) -> set[str]:
    """Name words of a mention or term."""
    return set(re.findall(r"\w+", phrase))


def words_without_possessive(phrase: str) -> set[str]:
    """Name words of a mention or term, an English possessive 's left off (so it is no name word)."""
    return name_words(re.sub(r"'s(?!\w)", "", phrase))


def excerpt_tuples(
    interviews: Sequence[Mapping[str, Any]],
) -> list[tuple[str, list[str], list[str], list[str]]]:
    """A set's excerpts as the measurement reads them: (language, utterances, people, keep)."""
    return [(i["language"], list(i["utterances"]), list(i["people"]), list(i["keep"])) for i in interviews]


def people_of(interviews: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every person mention of a set, in order."""
    return [name for item in interviews for name in item["people"]]


def hard_keep_of(interviews: Sequence[Mapping[str, Any]]) -> frozenset[str]:
    """The terms of a set that must stay although they look like a person's name."""
    return frozenset(term for item in interviews for term in item["hard_keep"])


def blank(phrases: list[str], text: str) -> str:
    """The text with every phrase (longest first) replaced by a separator."""
    for phrase in sorted(phrases, key=len, reverse=True):
        if JOINED_SCRIPTS.search(phrase):
            text = text.replace(phrase, " | ")
        else:
            text = re.sub(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", " | ", text)
    return text


def check_excerpts(
    set_name: str,
    interviews: Sequence[Mapping[str, Any]],
    per_language: Mapping[str, int],
    *,
    turns: tuple[int, int],
    keep_terms: tuple[int, int],
    mentions: tuple[int, int],
    words: Callable[[str], set[str]] = name_words,
    lower_case: bool = True,
) -> None:
    """Raise ValueError listing every problem of a set's data; ``turns``, ``keep_terms`` and
    ``mentions`` are inclusive ranges per excerpt; one excerpt per language is in lower case (unless
    ``lower_case`` is false: scripts without capitals have no lower-case excerpt)."""
    problems: list[str] = []
    counts = {language: 0 for language in per_language}
    lower_counts = {language: 0 for language in per_language}
    for number, item in enumerate(interviews):
        where = f"excerpt {number} ({item['language']})"
        if item["language"] not in per_language:
            problems.append(f"{where}: unexpected language")
            continue
        counts[item["language"]] += 1
        utterances, people, keep = item["utterances"], item["people"], item["keep"]
        text = "\n".join(utterances)
        if not turns[0] <= len(utterances) <= turns[1]:
            problems.append(f"{where}: {len(utterances)} turns")
        if not keep_terms[0] <= len(keep) <= keep_terms[1] or len(set(keep)) != len(keep):
            problems.append(f"{where}: {len(keep)} keep terms or a repeated one")
        if not mentions[0] <= len(people) <= mentions[1] or len(set(people)) != len(people):
            problems.append(f"{where}: {len(people)} person mentions or a repeated one")
        lower = all(u == u.lower() for u in utterances)
        lower_counts[item["language"]] += lower
        if lower and any(m != m.lower() for m in [*people, *keep]):
            problems.append(f"{where}: capitals in a lower-case excerpt's lists")
        for mention in people:
            if not occurs(mention, text):
                problems.append(f"{where}: person mention {mention!r} not in the text")
            # it must also occur on its own, not only inside a longer listed mention
            longer = [m for m in people if len(m) > len(mention) and occurs(mention, m)]
            if longer and not occurs(mention, blank(longer, text)):
                problems.append(f"{where}: person mention {mention!r} only occurs inside {longer}")
        for term in keep:
            if not occurs(term, text):
                problems.append(f"{where}: keep term {term!r} not in the text")
        for term in item["hard_keep"]:
            if term not in keep:
                problems.append(f"{where}: hard keep term {term!r} not in keep")
        person_words = {w.casefold() for m in people for w in words(m)}
        for term in keep:
            shared = person_words & {w.casefold() for w in words(term)}
            if shared:
                problems.append(f"{where}: keep term {term!r} shares {sorted(shared)} with a person mention")
        # every occurrence of a name word must lie inside a listed mention
        rest = blank(people, text)
        for mention in people:
            for word in words(mention):
                if occurs(word, rest):
                    problems.append(f"{where}: name word {word!r} also occurs outside the listed mentions")
        # a keep term must not overlap a person mention
        rest_keep = blank(keep, text)
        for mention in people:
            if occurs(mention, text) and not occurs(mention, rest_keep):
                problems.append(f"{where}: person mention {mention!r} only occurs inside a keep term")
    if counts != dict(per_language):
        problems.append(f"excerpts per language {counts}, expected {dict(per_language)}")
    if lower_case and lower_counts != {language: 1 for language in per_language}:
        problems.append(f"lower-case excerpts per language {lower_counts}, expected one each")
    if problems:
        raise ValueError(f"{set_name} data problems:\n" + "\n".join(problems))
