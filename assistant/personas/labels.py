"""Persona labels from the members' own words: the phrases that set their situation and role apart.

A phrase qualifies when at least half the members (and at least two when there are two or more)
said it when introducing themselves (their first situation findings) or in their decision findings;
it ranks by how much more often members say it than the study's other participants. Words most
participants of the study use, words that are very common in any supported language (function
words; general word frequencies from the ``wordfreq`` package) and number words (``text2num``, and
``num2words`` in the members' other languages) never start, end or make up a label. A negative persona is named by a shared job title or not at all. No vocabulary of roles is used, so a label can only name what members said.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from assistant.core.words import LANGUAGES, base_language, is_number_word, word_frequency, zipf_in
from assistant.personas.profiles import Profile

WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*", re.UNICODE)
"""A word of a label phrase: a word with an apostrophe or a hyphen inside stays whole."""
MAX_WORDS = 3
COMMON_SHARE = 0.6
"""A word used by this share of the study's participants is too common to name a persona alone."""
COMMON_ZIPF = 5.1
"""Zipf frequency (wordfreq) from which a word is too common in general to carry a label."""
INTRODUCTION_FINDINGS = 3


def is_common_word(word: str) -> bool:
    return word_frequency(word) >= COMMON_ZIPF or is_number_word(word)


ANNOTATION = re.compile(r"\[[^\[\]]{0,60}\]|\([^\W\d_A-Z]+\)")
"""What a transcriber writes in brackets: anything in square brackets ("[rires]", "[crosstalk]") and a
single lower-case word in parentheses ("(unintelligible)", "(laughs)"); a participant's "(ICU)" or
"(the new app)" stays."""


def _phrases(text: str) -> dict[tuple[str, ...], str]:
    """n-grams (1-3 words) of a text, lower-cased, with one surface form each; none spans or takes
    words from a bracketed transcriber's note."""
    found: dict[tuple[str, ...], str] = {}
    for piece in ANNOTATION.split(text):
        words = WORD.findall(piece)
        for size in range(1, MAX_WORDS + 1):
            for start in range(len(words) - size + 1):
                chunk = words[start : start + size]
                key = tuple(w.lower() for w in chunk)
                found.setdefault(key, " ".join(chunk))
    return found


def _member_phrases(profile: Profile) -> dict[tuple[str, ...], str]:
    merged: dict[tuple[str, ...], str] = {}
    introduction = profile.of(("situation",))[:INTRODUCTION_FINDINGS]
    for finding in introduction + profile.of(("decision",)):
        for key, surface in _phrases(finding.quote).items():
            merged.setdefault(key, surface)
    return merged


_DETERMINED = re.compile(
    r"\b(?:the|a|an|my|our|their|his|her|le|la|les|un|une|mon|ma|mes|notre|nos|leur|leurs|der|die|das|den|dem"
    r"|ein|eine|einen|mein|meine|unser|unsere|el|los|las|una|mi|mis|nuestro|nuestra|su|sus|o|os|as|um|uma"
    r"|meu|minha|nosso|nossa|il|lo|gli|uno|mio|mia|nostro|nostra|het|een|mijn|onze)\s+([^\W\d_][^\W_]*)",
    re.IGNORECASE,
)
"""A word after an article or a possessive (en, fr, de, es, pt, it, nl): a noun, or an adjective before one."""


OWN_CONTENT_ZIPF = 4.0
"""In a language without the article grammar above, the words of 4+ letters rarer than this (Zipf, the
language's own word list) stand in for nouns: a trade's words, not "to work" or "twenty"."""


def _nouns(profile: Profile) -> set[str]:
    """Words the member used after an article or a possessive, anywhere in their findings; in a
    language whose articles we do not know (Polish has none, and its "a" and "o" are "and" and
    "about"), the lower-case words of the language that are not among its everyday ones. A word no
    word list of the language knows, or one written with a capital (a name, a brand), never qualifies
    there."""
    language = base_language(profile.language)
    if language and language not in LANGUAGES:
        return {
            word
            for f in profile.findings
            for word in WORD.findall(f.quote)
            if word.islower() and len(word) >= 4 and 0 < zipf_in(word, language) < OWN_CONTENT_ZIPF
        }
    return {m.group(1).lower() for f in profile.findings for m in _DETERMINED.finditer(f.quote)}


def label_terms(
    groups: list[list[int]],
    profiles: list[Profile],
    limit: int = 2,
    names: list[frozenset[str]] | None = None,
) -> list[list[str]]:
    """For each group (indexes into ``profiles``), up to ``limit`` distinctive phrases; none holds a
    word its members say as a name (``names``: per profile, the case-folded words of the person names
    it says; a persona is not named after someone, and a word another group's member says as a name,
    "Baker", still names this group's bakers)."""
    phrases = [_member_phrases(p) for p in profiles]
    nouns = [_nouns(p) for p in profiles]
    total = len(profiles)
    word_share = Counter(word for p in phrases for word in {k[0] for k in p if len(k) == 1})
    common = {word for word, count in word_share.items() if total >= 3 and count / total >= COMMON_SHARE}
    languages = {base_language(p.language) for p in profiles if p.language} - set(LANGUAGES)
    common |= {
        word
        for word in word_share
        if is_common_word(word)
        or any(
            zipf_in(word, language) >= COMMON_ZIPF or is_number_word(word, language) for language in languages
        )
    }
    results: list[list[str]] = []
    for group in groups:
        members = set(group)
        counts: Counter[tuple[str, ...]] = Counter()
        surfaces: dict[tuple[str, ...], Counter[str]] = {}
        for index in group:
            for key, surface in phrases[index].items():
                counts[key] += 1
                surfaces.setdefault(key, Counter())[surface] += 1
        named = set().union(*(names[i] for i in group)) if names else set()
        needed = max(2 if len(group) >= 2 else 1, math.ceil(len(group) / 2))
        others = total - len(group)
        scored = []
        said_as_noun = set().union(*(nouns[i] for i in group)) if group else set()
        for key, inside in counts.items():
            if inside < needed or all(w in common or len(w) < 3 for w in key):
                continue
            if any(w.casefold() in named for w in key):
                continue
            if not any(w in said_as_noun for w in key if w not in common):
                continue  # "costs", "sincere", "load": a label names who or what, so a noun
            if len(key) > 1 and (
                key[0] in common or key[-1] in common or len(key[0]) < 3 or len(key[-1]) < 3
            ):
                continue
            outside = sum(1 for i, p in enumerate(phrases) if i not in members and key in p)
            share_gap = inside / len(group) - (outside / others if others else 0.0)
            if share_gap <= 0:
                continue
            scored.append((share_gap + 0.05 * len(key), inside, key))
        scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
        chosen: list[str] = []
        used_words: set[str] = set()
        for _score, _inside, key in scored:
            if set(key) & used_words:
                continue
            chosen.append(surfaces[key].most_common(1)[0][0])
            used_words |= set(key)
            if len(chosen) == limit:
                break
        results.append(chosen)
    return results


def make_label(terms: list[str], *, negative: bool, number: int, title: str | None = None) -> str:
    """``"title · term"`` (the members' job titles, then distinctive phrases), ``"Persona N"`` if neither.

    A negative persona is named by its members' job title or simply "Not a target": its members
    share no role, so phrases picked from their introductions would read as one."""
    if negative:
        return f"Not a target: {title}" if title else "Not a target"
    parts = ([title] if title else []) + terms
    base = " · ".join(parts) if parts else f"Persona {number}"
    return f"Not a target: {base}" if negative else base[:1].upper() + base[1:]
