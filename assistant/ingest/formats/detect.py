"""Choosing a parser from the content (the extension only breaks ties) and running it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from assistant.core.errors import ConfigError, InputFileError
from assistant.ingest.formats import captions, structured, text_formats
from assistant.ingest.formats.base import NotATranscriptError, ParsedTranscript
from assistant.ingest.formats.decode import decode_text, read_limited
from assistant.ingest.formats.documents import html_text, looks_like_html, odt_text, rtf_text, zip_kind
from assistant.ingest.formats.one_sided import one_sided_label
from assistant.ingest.formats.pdf_docx import docx_text, pdf_text
from assistant.ingest.formats.tables import TABLE_FORMATS, TABLE_SUFFIXES, parse_table, sniff_table

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
    "assemblyai": "json",
    "deepgram": "json",
    "aws": "json",
    "aws_transcribe": "json",
    "revai": "json",
    "rev_ai": "json",
    "whisper": "json",
    "whisperx": "json",
    "whisper_cpp": "json",
    "excel": "xlsx",
    "ndjson": "jsonl",
    "opendocument": "odt",
    "htm": "html",
    "noscribe": "html",
}
DOCUMENT_FORMATS = ("pdf", "docx", "odt", "rtf", "html")
FORMAT_CHOICES = sorted([*PARSERS, *DOCUMENT_FORMATS, *TABLE_FORMATS, "auto"])

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
    if key not in PARSERS and key not in DOCUMENT_FORMATS and key not in TABLE_FORMATS:
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
    if one_sided_label(text) is not None:
        return "plain"
    if head[:1] == "[" and suffix == ".json":
        return "json"
    return _EXTENSION_FORMAT.get(suffix)


def parse_text(text: str, path: Path, fmt: str | None = None) -> ParsedTranscript:
    """Parse already-decoded transcript text (``fmt`` forces a parser)."""
    chosen = normalise_format(fmt) or detect_text_format(text, path.suffix.lower())
    if chosen in DOCUMENT_FORMATS or chosen in TABLE_FORMATS:
        raise InputFileError(path, f"--format {chosen} needs the original {chosen.upper()} file")
    if chosen is None:
        raise NotATranscriptError(
            path,
            "unknown format: no captions or speaker turns found (try --format plain if it is `Name: text`)",
        )
    return PARSERS[chosen](text, path)


def _document(text: str, path: Path, fmt: str) -> ParsedTranscript:
    parsed = parse_text(text, path)
    parsed.format = fmt
    return parsed


def table_format(data: bytes, path: Path, fmt: str | None) -> str | None:
    """The table format of a file (csv, tsv, xlsx, jsonl), from ``fmt``, the content or the extension."""
    chosen = normalise_format(fmt)
    if chosen is not None:
        return chosen if chosen in TABLE_FORMATS else None
    suffix_format = TABLE_SUFFIXES.get(path.suffix.lower())
    if data[:2] == b"PK":
        kind = zip_kind(data)
        if kind == "xlsx" or (kind is None and suffix_format == "xlsx"):
            return "xlsx"  # a damaged workbook: the reader says what is wrong with it
        return None
    if suffix_format is not None:
        return suffix_format if suffix_format != "xlsx" else None
    return sniff_table(data)  # a table saved as .txt is still a table, never one interview of rows


def parse_bytes_all(data: bytes, path: Path, fmt: str | None = None) -> list[ParsedTranscript]:
    """Every interview in a file: one for transcripts and documents, one per row or id for tables."""
    if not data.strip():
        raise InputFileError(path, "file is empty")
    table = table_format(data, path, fmt)
    if table is not None:
        result = parse_table(data, path, table)
        for number, parsed in enumerate(result.transcripts):
            parsed.notes = [*result.notes, *parsed.notes]
            if number == 0:  # said once per file, with its first interview
                parsed.warnings = [*result.warnings, *parsed.warnings]
        return result.transcripts
    return [parse_bytes(data, path, fmt)]


def parse_bytes(data: bytes, path: Path, fmt: str | None = None) -> ParsedTranscript:
    """Parse a file's bytes holding one interview: PDF, DOCX, ODT and RTF by signature, else text."""
    chosen = normalise_format(fmt)
    if not data.strip():
        raise InputFileError(path, "file is empty")
    if chosen in TABLE_FORMATS:
        raise InputFileError(path, f"a {chosen} table can hold several interviews; import it as a file")
    if chosen == "pdf" or (chosen is None and data[:5] == b"%PDF-"):
        return _document(text_formats.clean_pdf_text(pdf_text(data, path)), path, "pdf")
    if chosen == "rtf" or (chosen is None and data.lstrip()[:5] == b"{\\rtf"):
        return _document(rtf_text(data, path), path, "rtf")
    kind = zip_kind(data) if chosen is None else chosen
    if chosen is None and data[:2] == b"PK" and kind is None and path.suffix.lower() in (".docx", ".odt"):
        kind = path.suffix.lower()[1:]  # a damaged archive: let the reader say what is wrong with it
    if kind == "docx":
        return _document(docx_text(data, path), path, "docx")
    if kind == "odt":
        return _document(odt_text(data, path), path, "odt")
    if chosen is None and data[:2] == b"PK":
        what = {"xlsx": "an Excel workbook", "ods": "a spreadsheet (save it as .xlsx or .csv)"}.get(
            kind or "", "a ZIP archive or Office file other than .docx/.odt/.xlsx"
        )
        raise InputFileError(path, f"not a text transcript ({what})")
    text, encoding = decode_text(data, path)
    if chosen == "html" or (chosen is None and looks_like_html(text)):
        parsed = _document(html_text(text, path), path, "html")
    else:
        parsed = parse_text(text, path, chosen)
    parsed.encoding = encoding
    return parsed


def parse_file(path: Path, fmt: str | None = None) -> ParsedTranscript:
    """Read, decode, detect and parse one transcript file; InputFileError names the file and problem."""
    path = Path(path)
    return parse_bytes(read_limited(path), path, fmt)


__all__ = [
    "NotATranscriptError",
    "parse_file",
    "parse_text",
    "parse_bytes",
    "parse_bytes_all",
    "FORMAT_CHOICES",
]
