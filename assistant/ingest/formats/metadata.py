"""Interview metadata found in headers and text: title, date, interviewer, language."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

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


_STOPWORDS = {
    "en": "the and is are was you that it of to in we i have this with for not but what they how did does which who why their",
    "fr": "le la les et est des une un que qui pas pour dans nous vous avec c'est je il sur quels quelles pourquoi leur",
    "pt": "o a os as e é que não uma um para com na no da do em eu você gente isso quais porque",
    "es": "el la los las y es que no una un para con en por del se lo pero yo usted qué cuáles",
    "de": "der die das und ist nicht ein eine ich sie wir mit zu den von auf es auch wie was warum welche",
}
_STOP_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[a-zà-ÿ']+")


def detect_language(texts: list[str], sample_chars: int = 20000, min_count: int = 3) -> str | None:
    """Cheap language guess (en, fr, pt, es, de) from stopword counts in the first characters.

    ``min_count`` stopwords of the winning language are needed (2 suits a one-line question)."""
    sample: list[str] = []
    size = 0
    for text in texts:
        sample.append(text)
        size += len(text)
        if size >= sample_chars:
            break
    words = _WORD.findall(" ".join(sample).casefold())
    if len(words) < 5:
        return None
    scores = Counter({lang: sum(1 for w in words if w in stop) for lang, stop in _STOP_SETS.items()})
    (best, count), (_second, runner_up) = scores.most_common(2)
    if count == runner_up:
        return None
    return best if count >= max(min_count, len(words) * 0.05) else None
