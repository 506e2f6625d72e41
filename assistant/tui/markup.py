"""Text from transcripts shown inside Textual markup exactly as written."""

from __future__ import annotations

import re

_BRACKET = re.compile(r"\[")


def escape(text: str) -> str:
    """``text`` safe to put inside markup: every "[" is escaped (a backslash before it stays as written).

    Textual's markup reads "[EMAIL-1]" and "[PHONE-2]" (pseudonymisation placeholders) as tags and
    drops them, where ``rich.markup.escape`` leaves them alone (it escapes only lower-case tags)."""
    return _BRACKET.sub(r"\\[", text)
