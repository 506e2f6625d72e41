"""What every importer produces: speaker segments, merged into utterances, plus header metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assistant.core.errors import InputFileError


class NotATranscriptError(InputFileError):
    """The file is readable text but has no transcript structure (no cues, no speaker turns)."""


SPEECH = "speech"
PROMPT = "prompt"
"""Kinds of text: speech, or a task prompt, heading or stage direction (``prompt``), which nobody said."""


@dataclass(slots=True)
class Segment:
    """One cue, line or paragraph; ``speaker`` is None when the file names nobody."""

    speaker: str | None
    text: str
    start: float | None = None
    end: float | None = None
    kind: str = SPEECH


@dataclass(slots=True)
class ParsedUtterance:
    """A maximal run of segments by one speaker, joined with single spaces."""

    speaker: str | None
    text: str
    start: float | None = None
    end: float | None = None
    kind: str = SPEECH
    """``prompt`` for task prompts and headings: kept for context, never anyone's speech."""


@dataclass
class ParsedTranscript:
    """The result of parsing one file, before ids, roles and metadata are assigned."""

    format: str
    utterances: list[ParsedUtterance]
    title: str | None = None
    date: date | None = None
    interviewer_hint: str | None = None
    """An interviewer named in a header (``Interviewer: Ana Moderator``)."""
    metadata: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    key: str | None = None
    """The interview's id inside a file that holds several (a table row's id column)."""
    attributes: dict[str, str] = field(default_factory=dict)
    """Participant attributes from table columns (segment, role, country...)."""
    notes: list[str] = field(default_factory=list)
    """What the parser detected and did, said once to the user (table shape, time units...)."""
    warnings: list[str] = field(default_factory=list)
    """Doubts a person should check (times that look wrong, only one side labelled...)."""

    @property
    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for utterance in self.utterances:
            if utterance.speaker is not None:
                seen.setdefault(utterance.speaker, None)
        return list(seen)


_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Collapse runs of whitespace (wrapped lines, tabs) into single spaces."""
    return _SPACES.sub(" ", text).strip()


def merge_segments(segments: list[Segment]) -> list[ParsedUtterance]:
    """Join consecutive segments of the same named speaker; unattributed segments stay separate."""
    merged: list[ParsedUtterance] = []
    parts: list[str] = []
    current: ParsedUtterance | None = None
    for segment in segments:
        text = clean_text(segment.text)
        if not text:
            continue
        if (
            current is not None
            and segment.speaker is not None
            and segment.speaker == current.speaker
            and segment.kind == current.kind
        ):
            parts.append(text)
            if segment.end is not None:
                current.end = segment.end
            continue
        if current is not None:
            current.text = " ".join(parts)
            merged.append(current)
        current = ParsedUtterance(segment.speaker, text, segment.start, segment.end, segment.kind)
        parts = [text]
    if current is not None:
        current.text = " ".join(parts)
        merged.append(current)
    return merged


_CLOCK = re.compile(r"^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$")


def clock_seconds(stamp: str) -> float | None:
    """``1:02:03.5``, ``02:03``, ``0:0:0.570`` -> seconds; None if it is not a clock time."""
    match = _CLOCK.match(stamp.strip())
    if not match:
        return None
    hours, minutes, seconds, fraction = match.groups()
    value = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    if fraction:
        value += int(fraction) / (10 ** len(fraction))
    return float(value)
