"""Timed caption files: WebVTT (Zoom, Teams, MS Stream), SubRip (SRT) and YouTube SBV."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from assistant.core.errors import InputFileError
from assistant.ingest.formats.base import (
    NotATranscriptError,
    ParsedTranscript,
    Segment,
    clock_seconds,
    merge_segments,
)
from assistant.ingest.formats.labels import SPEAKER_PREFIX, accept_labels

_VTT_CLOCK = re.compile(r"^(?:\d{1,3}:)?\d{1,2}:\d{1,2}\.\d{1,3}$")
_SRT_CLOCK = re.compile(r"^\d{1,3}:\d{1,2}:\d{1,2},\d{1,3}$")
_SBV_TIMING = re.compile(r"^(\d{1,3}:\d{1,2}:\d{1,2}\.\d{1,3}),(\d{1,3}:\d{1,2}:\d{1,2}\.\d{1,3})$")
_SBV_TIMING_LIKE = re.compile(r"^[0-9a-zA-Z:.]+,[0-9a-zA-Z:.]+$")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>")
_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:/\S*)?$", re.I)

Block = tuple[int, list[str]]
"""(1-based line number of the block's first line, its lines)."""


def _blocks(lines: list[str], first: int = 0) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    start = first
    for index in range(first, len(lines)):
        line = lines[index].rstrip()
        if line.strip():
            if not current:
                start = index
            current.append(line)
        elif current:
            blocks.append((start + 1, current))
            current = []
    if current:
        blocks.append((start + 1, current))
    return blocks


def _clock_re(separator: str, hours_optional: bool) -> str:
    hours = r"(?:(\d{1,3}):)?" if hours_optional else r"(\d{1,3}):"
    return rf"{hours}(\d{{1,2}}):(\d{{1,2}}){separator}(\d{{1,3}})"


_VTT_SIDE = _clock_re(r"\.", True)
_SRT_SIDE = _clock_re(",", False)
_TIMING_LINE = {
    "WebVTT": re.compile(rf"^\s*{_VTT_SIDE}\s+-->\s+{_VTT_SIDE}(?:\s.*)?$"),
    "SRT": re.compile(rf"^\s*{_SRT_SIDE}\s+-->\s+{_SRT_SIDE}(?:\s.*)?$"),
}


def _seconds(hours: str | None, minutes: str, seconds: str, fraction: str) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(fraction) / (10 ** len(fraction))


def _timing(line: str, line_no: int, path: Path, clock: re.Pattern[str], kind: str) -> tuple[float, float]:
    match = _TIMING_LINE[kind].match(line)
    if match is None:
        hint = "HH:MM:SS,mmm" if kind == "SRT" else "HH:MM:SS.mmm"
        raise InputFileError(path, f"line {line_no}: bad timing {line.strip()!r} ({kind} uses {hint})")
    groups = match.groups()
    return _seconds(*groups[:4]), _seconds(*groups[4:])


class _Cue:
    __slots__ = ("start", "end", "lines")

    def __init__(self, start: float, end: float) -> None:
        self.start, self.end = start, end
        self.lines: list[str] = []


def _cues_to_segments(cues: list[_Cue], unescape: bool) -> tuple[list[Segment], str]:
    """Find speakers in cue text (``<v Name>`` tags or ``Name: text`` prefixes); returns the flavour."""
    raw: list[tuple[str | None, str, _Cue]] = []
    voices = 0
    for cue in cues:
        text = " ".join(line.strip() for line in cue.lines)
        voice = _VOICE.search(text)
        speaker = voice.group(1).strip() if voice else None
        if speaker:
            voices += 1
        text = _TAG.sub("", text)
        if unescape:
            text = html.unescape(text)
            speaker = html.unescape(speaker) if speaker else None
        raw.append((speaker, text.strip(), cue))
    flavour = "voice" if voices else "plain"
    if not voices:
        counts: Counter[str] = Counter()
        for _speaker, text, _cue in raw:
            match = SPEAKER_PREFIX.match(text)
            if match:
                counts[match.group(1).strip()] += 1
        accepted = accept_labels(counts, len(raw)) if counts else set()
        if accepted:
            flavour = "prefix"
            relabelled = []
            for _speaker, text, cue in raw:
                match = SPEAKER_PREFIX.match(text)
                if match and match.group(1).strip() in accepted:
                    relabelled.append((match.group(1).strip(), match.group(2).strip(), cue))
                else:
                    relabelled.append((None, text, cue))
            raw = relabelled
    segments = [Segment(speaker, text, cue.start, cue.end) for speaker, text, cue in raw if text]
    return segments, flavour


def parse_vtt(text: str, path: Path) -> ParsedTranscript:
    """WebVTT from Zoom (``Name: text``), Teams (``<v Name>``), Stream captions or any player."""
    lines = text.split("\n")
    if not lines or not lines[0].startswith("WEBVTT"):
        raise InputFileError(path, "line 1: missing WEBVTT header (not a valid WebVTT file)")
    header_end = 1
    while header_end < len(lines) and lines[header_end].strip():
        header_end += 1
    cues: list[_Cue] = []
    notes = 0
    for line_no, block in _blocks(lines, header_end):
        head = block[0].strip()
        if head.startswith("NOTE") or head in ("STYLE", "REGION") or head.startswith(("STYLE ", "REGION ")):
            notes += head.startswith("NOTE")
            continue
        cue: _Cue | None = None
        for offset, line in enumerate(block):
            number = line_no + offset
            if "-->" in line:
                if cue is not None and not cue.lines:
                    raise InputFileError(
                        path, f"line {number}: bad timing: a second timing line inside a cue"
                    )
                start, end = _timing(line, number, path, _VTT_CLOCK, "WebVTT")
                cue = _Cue(start, end)
                cues.append(cue)
            elif cue is None:
                if offset == 0 and len(block) > 1:
                    continue  # cue identifier
                raise InputFileError(
                    path, f"line {number}: cue without a timing line ({line.strip()[:40]!r})"
                )
            else:
                cue.lines.append(line)
    segments, flavour = _cues_to_segments(cues, unescape=True)
    if not segments:
        raise NotATranscriptError(path, "no captions with text found in this WebVTT file")
    if flavour == "voice":
        fmt = "teams_vtt"
    elif flavour == "prefix":
        fmt = "zoom_vtt"
    elif notes and any(_GUID.match(block[0].strip()) for _n, block in _blocks(lines, header_end)[:20]):
        fmt = "ms_stream_vtt"
    else:
        fmt = "vtt"
    return ParsedTranscript(format=fmt, utterances=merge_segments(segments))


def parse_srt(text: str, path: Path) -> ParsedTranscript:
    """SubRip: a cue number, ``00:00:01,141 --> 00:00:04,440``, then (possibly wrapped) text."""
    cues: list[_Cue] = []
    for line_no, block in _blocks(text.split("\n")):
        index = 0
        if block[0].strip().isdigit() and "-->" not in block[0]:
            if len(block) == 1:
                raise InputFileError(path, f"line {line_no}: cue {block[0].strip()} has no timing line")
            index = 1
        timing_line = block[index]
        if "-->" not in timing_line:
            what = "a timing line" if index else "a cue number or timing line"
            raise InputFileError(
                path, f"line {line_no + index}: expected {what}, found {timing_line.strip()[:40]!r}"
            )
        start, end = _timing(timing_line, line_no + index, path, _SRT_CLOCK, "SRT")
        cue = _Cue(start, end)
        for offset, line in enumerate(block[index + 1 :], start=index + 1):
            if "-->" in line and _SRT_CLOCK.match(line.strip().split()[0] if line.strip() else ""):
                raise InputFileError(
                    path, f"line {line_no + offset}: bad timing: a timing line inside cue text"
                )
            cue.lines.append(line)
        cues.append(cue)
    segments, _flavour = _cues_to_segments(cues, unescape=False)
    if not segments:
        raise NotATranscriptError(path, "no subtitles with text found in this SRT file")
    return ParsedTranscript(format="srt", utterances=merge_segments(segments))


def parse_sbv(text: str, path: Path) -> ParsedTranscript:
    """YouTube SBV: ``0:00:00.378,0:00:11.378`` then text."""
    cues: list[_Cue] = []
    for line_no, block in _blocks(text.split("\n")):
        head = block[0].strip()
        match = _SBV_TIMING.match(head)
        if not match:
            if _SBV_TIMING_LIKE.match(head) and ":" in head:
                raise InputFileError(
                    path, f"line {line_no}: bad timing {head!r} (SBV uses H:MM:SS.mmm,H:MM:SS.mmm)"
                )
            raise InputFileError(path, f"line {line_no}: caption without a timing line ({head[:40]!r})")
        start, end = clock_seconds(match.group(1)), clock_seconds(match.group(2))
        assert start is not None and end is not None
        cue = _Cue(start, end)
        cue.lines.extend(block[1:])
        cues.append(cue)
    segments, _flavour = _cues_to_segments(cues, unescape=False)
    if not segments:
        raise NotATranscriptError(path, "no captions with text found in this SBV file")
    return ParsedTranscript(format="sbv", utterances=merge_segments(segments))
