"""JSON utterance lists (ours, generic tools) and the AMI/QMSum meeting JSON."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from assistant.core.errors import InputFileError
from assistant.ingest.formats.asr import parse_asr
from assistant.ingest.formats.base import (
    NotATranscriptError,
    ParsedTranscript,
    Segment,
    clock_seconds,
    merge_segments,
)
from assistant.ingest.formats.timing import check_times

_SPEAKER_KEYS = ("speaker", "name", "speaker_name", "role")
_TEXT_KEYS = ("text", "content", "utterance", "transcript", "words")


def _seconds(value: Any) -> float | None:
    """A time in seconds; a number too large for a float is infinite (import then refuses the file)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, int | float):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                return clock_seconds(value)
    except OverflowError:
        return math.inf
    return None


def _label(value: Any) -> str | None:
    """A speaker label from a JSON value: text or a number; anything else is no label."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    label = str(value).strip()
    return label or None


def _loads(text: str, path: Path) -> Any:
    """Parse JSON text; every way it can be malformed is one InputFileError naming the problem."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(path, f"line {exc.lineno}: invalid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputFileError(path, "invalid JSON for a transcript (nested too deeply)") from None
    except ValueError as exc:  # an integer of thousands of digits
        raise InputFileError(path, f"invalid JSON ({' '.join(str(exc).split()[:8])}…)") from None


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((record[key] for key in keys if record.get(key) is not None), None)


def _records(data: Any) -> tuple[list[Any], str, dict[str, Any]]:
    if isinstance(data, list):
        return data, "json", {}
    if isinstance(data, dict):
        if isinstance(data.get("meeting_transcripts"), list):
            return data["meeting_transcripts"], "qmsum_json", data
        for key in ("utterances", "segments", "transcript", "turns", "results"):
            if isinstance(data.get(key), list):
                return data[key], "json", data
    return [], "json", {}


def parse_json(text: str, path: Path) -> ParsedTranscript:
    """``[{"speaker", "text", "start"?, "end"?}]``, ``{"utterances": [...]}`` or QMSum meetings."""
    data = _loads(text, path)
    if (
        isinstance(data, dict)
        and isinstance(data.get("interview"), dict)
        and isinstance(data.get("utterances"), list)
    ):
        return _stored_transcript(data, path)
    try:
        service = parse_asr(data, path)
    except InputFileError:
        raise
    except (
        TypeError,
        ValueError,
        KeyError,
        AttributeError,
        IndexError,
        OverflowError,
        RecursionError,
    ) as exc:
        # A speech-to-text export with a field of an unexpected type: say so instead of crashing.
        raise InputFileError(
            path, f"JSON in a speech-to-text shape with unexpected values ({type(exc).__name__}: {exc})"
        ) from None
    if service is not None:
        return service
    records, fmt, container = _records(data)
    if not records:
        raise NotATranscriptError(
            path, 'JSON without an utterance list (expected [{"speaker", "text"}, ...])'
        )
    segments: list[Segment] = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise InputFileError(
                path, f"utterance {number}: expected an object, found {type(record).__name__}"
            )
        body = next((record[k] for k in _TEXT_KEYS if isinstance(record.get(k), str)), None)
        if body is None:
            raise InputFileError(path, f'utterance {number}: no "text" field')
        speaker_label = next((_label(record[k]) for k in _SPEAKER_KEYS if _label(record.get(k))), None)
        segments.append(
            Segment(
                speaker_label,
                body,
                _seconds(_first(record, ("start", "start_time", "start_ms", "startTime"))),
                _seconds(_first(record, ("end", "end_time", "end_ms", "endTime"))),
            )
        )
    utterances = merge_segments(segments)
    if not utterances:
        raise NotATranscriptError(path, "the JSON utterance list has no text")
    title = container.get("title") if isinstance(container.get("title"), str) else None
    parsed = ParsedTranscript(format=fmt, utterances=utterances, title=title)
    declared = _declared_unit(records)
    if declared != "clock":  # clock strings name their unit; plain numbers are checked
        check = check_times(utterances, declared=declared)
        parsed.notes.extend(check.notes)
        parsed.warnings.extend(check.warnings)
    return parsed


def _declared_unit(records: list[Any]) -> str | None:
    """``start_ms``-style keys declare milliseconds; ``clock`` for "00:01:02.5" strings; None: undeclared."""
    first: dict[str, Any] = next((r for r in records if isinstance(r, dict)), {})
    if any(str(key).endswith("_ms") for key in first):
        return "ms"
    start = first.get("start", first.get("start_time"))
    if isinstance(start, str) and ":" in start:
        return "clock"
    return None


def _stored_transcript(data: dict[str, Any], path: Path) -> ParsedTranscript:
    """A transcript exported from another personas workspace: keep its utterances as they are."""
    from assistant.ingest.formats.base import ParsedUtterance

    utterances = []
    for record in data["utterances"]:
        if isinstance(record, dict) and isinstance(record.get("text"), str) and record["text"].strip():
            utterances.append(
                ParsedUtterance(
                    _label(record.get("speaker")),
                    record["text"],
                    _seconds(record.get("start")),
                    _seconds(record.get("end")),
                )
            )
    if not utterances:
        raise NotATranscriptError(path, "the transcript JSON has no utterances")
    title = data["interview"].get("title")
    return ParsedTranscript(
        format="personas_json", utterances=utterances, title=title if isinstance(title, str) else None
    )
