"""Choosing a parser from the content (the extension only breaks ties) and running it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from assistant.core.errors import ConfigError, InputFileError
from assistant.ingest.formats import captions, structured, text_formats
from assistant.ingest.formats.base import NotATranscriptError, ParsedTranscript
from assistant.ingest.formats.decode import decode_text, read_limited
from assistant.ingest.formats.pdf_docx import docx_text, pdf_text

TextParser = Callable[[str, Path], ParsedTranscript]

PARSERS: dict[str, TextParser] = {
    "vtt": captions.parse_vtt,
    "srt": captions.parse_srt,
    "sbv": captions.parse_sbv,
    "otter": text_formats.parse_otter,
    "rev": text_formats.parse_rev,
    "descript": text_formats.parse_descript,
    "zoom_txt": text_formats.parse_zoom_txt,
    "zoom_chat": text_formats.parse_zoom_chat,
    "plain": text_formats.parse_plain,
    "markdown": text_formats.parse_markdown,
    "google_meet": text_formats.parse_google_meet,
    "json": structured.parse_json,
}
ALIASES = {
    "webvtt": "vtt",
    "zoom_vtt": "vtt",
    "teams_vtt": "vtt",
    "ms_stream_vtt": "vtt",
    "subrip": "srt",
    "otter_txt": "otter",
    "rev_txt": "rev",
    "descript_txt": "descript",
    "plain_txt": "plain",
    "txt": "plain",
    "text": "plain",
    "md": "markdown",
    "meet": "google_meet",
    "gemini": "google_meet",
    "qmsum_json": "json",
}
FORMAT_CHOICES = sorted([*PARSERS, "pdf", "docx", "auto"])

_SRT_TIMING = re.compile(r"^\s*\d{1,3}:\d{1,2}:\d{1,2},\d{1,3}\s*-->", re.M)
_ANY_TIMING = re.compile(r"^\s*(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}\s*-->", re.M)
_SBV_FIRST = re.compile(r"^\s*\d{1,3}:\d{2}:\d{2}\.\d{3},\d{1,3}:\d{2}:\d{2}\.\d{3}\s*$")
_JSON_ARRAY = re.compile(r"\[\s*[{\]\"]")
_EXTENSION_FORMAT = {".vtt": "vtt", ".srt": "srt", ".sbv": "sbv", ".json": "json", ".md": "markdown"}


def normalise_format(fmt: str | None) -> str | None:
    """The parser name for a ``--format`` value; None means detect."""
    if fmt is None or fmt.strip().lower() in ("", "auto"):
        return None
    key = fmt.strip().lower().replace("-", "_")
    key = ALIASES.get(key, key)
    if key not in PARSERS and key not in ("pdf", "docx"):
        raise ConfigError(f"unknown --format {fmt!r} (choose from {', '.join(FORMAT_CHOICES)})")
    return key


def detect_text_format(text: str, suffix: str = "") -> str | None:
    """The parser for decoded text, judged from the content; None when nothing fits."""
    head = text.lstrip()[:4096]
    if head.startswith("WEBVTT"):
        return "vtt"
    if head[:1] == "{" or _JSON_ARRAY.match(head):
        return "json"
    first_line = head.split("\n", 1)[0]
    if _SBV_FIRST.match(first_line):
        return "sbv"
    if _SRT_TIMING.search(text[:20000]):
        return "srt"
    if _ANY_TIMING.search(text[:20000]):
        return "vtt"  # cues with WebVTT timings but no header: the VTT parser says what is wrong
    layout = text_formats.looks_like(text)
    if layout is not None:
        return ALIASES.get(layout, layout)
    if head[:1] == "[" and suffix == ".json":
        return "json"
    return _EXTENSION_FORMAT.get(suffix)


def parse_text(text: str, path: Path, fmt: str | None = None) -> ParsedTranscript:
    """Parse already-decoded transcript text (``fmt`` forces a parser)."""
    chosen = normalise_format(fmt) or detect_text_format(text, path.suffix.lower())
    if chosen in ("pdf", "docx"):
        raise InputFileError(path, f"--format {chosen} needs the original {chosen.upper()} file")
    if chosen is None:
        raise NotATranscriptError(
            path,
            "unknown format: no captions or speaker turns found (try --format plain if it is `Name: text`)",
        )
    return PARSERS[chosen](text, path)


def parse_bytes(data: bytes, path: Path, fmt: str | None = None) -> ParsedTranscript:
    """Parse a file's bytes: PDF and DOCX by signature, everything else as text."""
    chosen = normalise_format(fmt)
    if not data.strip():
        raise InputFileError(path, "file is empty")
    if chosen == "pdf" or (chosen is None and data[:5] == b"%PDF-"):
        parsed = parse_text(text_formats.clean_pdf_text(pdf_text(data, path)), path)
        parsed.format = "pdf"
        return parsed
    if chosen == "docx" or (
        chosen is None and data[:2] == b"PK" and path.suffix.lower() in (".docx", ".docm")
    ):
        parsed = parse_text(docx_text(data, path), path)
        parsed.format = "docx"
        return parsed
    if chosen is None and data[:2] == b"PK":
        raise InputFileError(path, "not a text transcript (a ZIP archive or Office file other than .docx)")
    text, encoding = decode_text(data, path)
    parsed = parse_text(text, path, chosen)
    parsed.encoding = encoding
    return parsed


def parse_file(path: Path, fmt: str | None = None) -> ParsedTranscript:
    """Read, decode, detect and parse one transcript file; InputFileError names the file and problem."""
    path = Path(path)
    return parse_bytes(read_limited(path), path, fmt)


__all__ = ["NotATranscriptError", "parse_file", "parse_text", "parse_bytes", "FORMAT_CHOICES"]
