"""Interview metadata found in headers and text: title, date, interviewer, language."""

from __future__ import annotations

import re
from datetime import date

from assistant.core.words import detect_text_language

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "janvier", "janeiro", "enero", "januar"),
            ("february", "feb", "février", "fevereiro", "febrero", "februar"),
            ("march", "mar", "mars", "março", "marzo", "märz"),
            ("april", "apr", "avril", "abril"),
            ("may", "mai", "maio", "mayo"),
            ("june", "jun", "juin", "junho", "junio", "juni"),
            ("july", "jul", "juillet", "julho", "julio", "juli"),
            ("august", "aug", "août", "agosto"),
            ("september", "sep", "sept", "septembre", "setembro", "septiembre"),
            ("october", "oct", "octobre", "outubro", "octubre", "oktober"),
            ("november", "nov", "novembre", "novembro", "noviembre"),
            ("december", "dec", "décembre", "dezembro", "diciembre", "dezember"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?([A-Za-zÀ-ÿ]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b"
)
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> date | None:
    """The first date written as 2025-02-18, 2024/09/26, 31st May 2019 or May 31, 2019."""
    match = _ISO.search(text)
    if match:
        found = _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if found:
            return found
    match = _DAY_MONTH_YEAR.search(text)
    if match and match.group(2).casefold() in _MONTHS:
        return _safe_date(int(match.group(3)), _MONTHS[match.group(2).casefold()], int(match.group(1)))
    match = _MONTH_DAY_YEAR.search(text)
    if match and match.group(1).casefold() in _MONTHS:
        return _safe_date(int(match.group(3)), _MONTHS[match.group(1).casefold()], int(match.group(2)))
    return None


_KEY_VALUE = re.compile(r"^[*_]*([A-Za-z][A-Za-z ]{0,30}?)[*_]*\s*[:–—-]\s*(.+?)\s*$")


def header_metadata(lines: list[str]) -> tuple[str | None, date | None, str | None, dict[str, str]]:
    """Title, date, interviewer and ``Key: value`` pairs from the lines before the first turn."""
    title: str | None = None
    when: date | None = None
    interviewer: str | None = None
    metadata: dict[str, str] = {}
    loose: list[str] = []
    for line in lines[:60]:
        stripped = line.strip().strip("#").strip()
        if not stripped or set(stripped) <= set("-=*_") or re.fullmatch(r"[\d/ .]+", stripped):
            continue
        if title is None and (line.lstrip().startswith("#") or not metadata):
            title = stripped[:200]
            when = when or find_date(stripped)
            continue
        match = _KEY_VALUE.match(stripped)
        if match:
            key, value = match.group(1).strip().casefold(), match.group(2).strip()
            metadata.setdefault(key, value)
            if key == "date" or key.startswith("date"):
                when = when or find_date(value)
            if key in ("interviewer", "moderator", "researcher") and value:
                interviewer = value
        else:
            loose.append(stripped)
    if when is None:
        when = find_date(" ".join(lines[:20]))
    if loose:
        metadata["preamble"] = " ".join(loose)[:2000]
    return title, when, interviewer, metadata


def detect_language(texts: list[str], sample_chars: int = 20000) -> str | None:
    """The language a transcript is held in, from how common its words are in each language
    ``wordfreq`` knows (``detect_text_language``); None for too little text."""
    sample: list[str] = []
    size = 0
    for text in texts:
        sample.append(text)
        size += len(text)
        if size >= sample_chars:
            break
    return detect_text_language(" ".join(sample))
