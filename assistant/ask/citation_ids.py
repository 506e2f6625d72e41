"""Checking the utterance ids a model cites: drop every id that was not in the evidence it was given."""

from __future__ import annotations

import re
from collections.abc import Iterable

_UTTERANCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*:\d+")
_BRACKET = re.compile(r"\s?\[([^\[\]\n]{1,400})\]")


def _rewrite_bracket(match: re.Match[str], valid: set[str], kept: list[str], removed: list[str]) -> str:
    inner = match.group(1)
    ids = _UTTERANCE_ID.findall(inner)
    leftover = _UTTERANCE_ID.sub("", inner).strip(" ,;")
    if not ids or leftover:
        return match.group(0)  # not a citation (e.g. a [PERSON-1] placeholder): leave it alone
    good = []
    for utterance_id in ids:
        if utterance_id in valid:
            if utterance_id not in good:
                good.append(utterance_id)
            if utterance_id not in kept:
                kept.append(utterance_id)
        elif utterance_id not in removed:
            removed.append(utterance_id)
    if not good:
        return ""
    space = " " if match.group(0).startswith((" ", "\t")) else ""
    return space + "".join(f"[{i}]" for i in good)


def check_citations(text: str, valid_ids: Iterable[str]) -> tuple[str, list[str], list[str]]:
    """Remove cited ids that are not in ``valid_ids``; returns (clean text, kept ids, removed ids)."""
    valid = set(valid_ids)
    kept: list[str] = []
    removed: list[str] = []
    clean = _BRACKET.sub(lambda m: _rewrite_bracket(m, valid, kept, removed), text)
    return clean, kept, removed


class CitationStreamFilter:
    """Passes streamed text through, holding back each ``[...]`` until it can drop invalid ids."""

    def __init__(self, valid_ids: Iterable[str]) -> None:
        self.valid = set(valid_ids)
        self.pending = ""
        self.space = ""

    def feed(self, chunk: str) -> str:
        out: list[str] = []
        for char in chunk:
            if self.pending:
                self.pending += char
                if char == "]":
                    out.append(check_citations(self.pending, self.valid)[0])
                    self.pending = ""
                elif char in "\n[" or len(self.pending) > 400:
                    out.append(self.pending[:-1])
                    self.pending = char if char == "[" else ""
                    if char == "\n":
                        out.append(char)
            elif char == "[":
                # a space before a citation goes with it, so that a dropped citation leaves no double space
                self.pending, self.space = self.space + char, ""
            elif char in " \t":
                out.append(self.space)
                self.space = char
            else:
                out.append(self.space + char)
                self.space = ""
        return "".join(out)

    def flush(self) -> str:
        rest = self.space + self.pending
        self.pending = self.space = ""
        return rest
