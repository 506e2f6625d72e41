"""Transcript importers: every export format people really have, detected from content."""

from __future__ import annotations

from assistant.ingest.formats.base import NotATranscriptError, ParsedTranscript, ParsedUtterance, Segment
from assistant.ingest.formats.decode import MAX_FILE_BYTES, max_file_bytes
from assistant.ingest.formats.detect import (
    FORMAT_CHOICES,
    normalise_format,
    parse_bytes,
    parse_bytes_all,
    parse_file,
    parse_text,
)

__all__ = [
    "FORMAT_CHOICES",
    "MAX_FILE_BYTES",
    "NotATranscriptError",
    "ParsedTranscript",
    "ParsedUtterance",
    "Segment",
    "max_file_bytes",
    "normalise_format",
    "parse_bytes",
    "parse_bytes_all",
    "parse_file",
    "parse_text",
]
