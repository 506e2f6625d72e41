"""Words of a question: the names it mentions and whether its terms occur in the interviews at all."""

from __future__ import annotations

import re

from assistant.ask.text import fold

_KEY_TERM = re.compile(r"[A-Za-z0-9][A-Za-z0-9/&.+-]*[A-Za-z0-9+]|[A-Z]")
_GENERIC_CAPS = frozenset({"i", "ok", "vp", "vps"})


def key_terms(question: str) -> list[str]:
    """Names in a question (products, acronyms, mixed-case or capitalised words not opening it)."""
    terms: list[str] = []
    for index, match in enumerate(_KEY_TERM.finditer(question)):
        word = match.group(0).rstrip(".")
        letters = [c for c in word if c.isalpha()]
        if not letters or fold(word) in _GENERIC_CAPS:
            continue
        has_inner_capital = any(c.isupper() for c in word[1:])
        looks_named = has_inner_capital or any(c.isdigit() for c in word) or "/" in word
        capitalised = word[0].isupper() and index > 0
        if looks_named or capitalised:
            terms.append(word)
    return terms


def term_present(term: str, vocabulary: set[str]) -> bool:
    """Whether a question term (or a close form of it: prefix, one typo) is used in the interviews."""
    return close_term(term, vocabulary)


def close_term(term: str, vocabulary: set[str]) -> bool:
    if term in vocabulary:
        return True
    if len(term) < 4:
        return False
    for word in vocabulary:
        if abs(len(word) - len(term)) > 3:
            continue
        if word.startswith(term) or (len(word) >= 4 and term.startswith(word)):
            return True
        if len(term) >= 5 and abs(len(word) - len(term)) <= 1 and _edit_distance_at_most_one(term, word):
            return True
    return False


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1
