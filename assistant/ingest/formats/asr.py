"""JSON from speech-to-text services and tools: AssemblyAI, Deepgram, AWS Transcribe, Rev.ai, WhisperX,
OpenAI Whisper and whisper.cpp.

Each keeps speakers where the service gives them, at word level when words carry their own speaker
(a segment can straddle a speaker change), and converts times to seconds after checking the unit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from assistant.ingest.formats.base import (
    NotATranscriptError,
    ParsedTranscript,
    Segment,
    clock_seconds,
    merge_segments,
)
from assistant.ingest.formats.timing import check_times

Word = tuple[str | None, str, float | None, float | None]
"""(speaker, text, start, end) of one word or one segment."""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return clock_seconds(value)
    return None


def _label(value: Any, prefix: str = "") -> str | None:
    """A speaker label as the service wrote it; integers become ``<prefix><n>`` (``Speaker 0``)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return f"{prefix}{value}" if prefix else str(value)
    text = str(value).strip()
    if not text or text == "?":  # whisper.cpp writes "?" when it cannot tell the two channels apart
        return None
    return text


def _join(parts: Iterable[str]) -> str:
    """Join word tokens: no space before punctuation, one space elsewhere."""
    out: list[str] = []
    for part in parts:
        token = part.strip()
        if not token:
            continue
        if out and token[0] in ",.;:!?%)]}…" and len(token) <= 2:
            out[-1] += token
        else:
            out.append(token)
    return " ".join(out)


def _words_to_segments(words: Iterable[Word]) -> list[Segment]:
    """Consecutive words of one speaker become one segment."""
    segments: list[Segment] = []
    current: Segment | None = None
    tokens: list[str] = []
    for speaker, text, start, end in words:
        if current is None or speaker != current.speaker:
            if current is not None:
                current.text = _join(tokens)
            current = Segment(speaker, "", start, end)
            segments.append(current)
            tokens = []
        tokens.append(text)
        if end is not None:
            current.end = end
    if current is not None:
        current.text = _join(tokens)
    return segments


def _finish(
    fmt: str,
    segments: list[Segment],
    path: Path,
    *,
    declared: str,
    duration_s: float | None = None,
    title: str | None = None,
) -> ParsedTranscript:
    utterances = merge_segments(segments)
    if not utterances:
        raise NotATranscriptError(path, f"the {fmt} export has no transcribed text")
    check = check_times(utterances, declared=declared, duration_s=duration_s)
    parsed = ParsedTranscript(format=fmt, utterances=utterances, title=title)
    parsed.notes.extend(check.notes)
    parsed.warnings.extend(check.warnings)
    if not parsed.speakers:
        parsed.warnings.append(
            "the service labelled no speakers (turn speaker detection on and export again)"
        )
    return parsed


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


# AssemblyAI: {"utterances": [{"speaker": "A", "text", "start", "end", "words"}], "words": [...],
# "audio_duration": seconds}; word and utterance times in milliseconds.
def _is_assemblyai(data: dict[str, Any]) -> bool:
    markers = ("audio_duration", "acoustic_model", "language_model", "speaker_labels", "audio_url")
    return isinstance(data.get("words"), list | type(None)) and (
        any(key in data for key in markers)
        or any("confidence" in u and "words" in u for u in _dicts(data.get("utterances")))
    )


def parse_assemblyai(data: dict[str, Any], path: Path) -> ParsedTranscript:
    utterances = _dicts(data.get("utterances"))
    words = _dicts(data.get("words"))
    if words and any("speaker" in w for w in words):
        segments = _words_to_segments(
            (_label(w.get("speaker")), str(w.get("text", "")), _number(w.get("start")), _number(w.get("end")))
            for w in words
        )
    elif utterances:
        segments = [
            Segment(
                _label(u.get("speaker")),
                str(u.get("text", "")),
                _number(u.get("start")),
                _number(u.get("end")),
            )
            for u in utterances
        ]
    elif words:
        segments = _words_to_segments(
            (None, str(w.get("text", "")), _number(w.get("start")), _number(w.get("end"))) for w in words
        )
    elif isinstance(data.get("text"), str):
        segments = [Segment(None, data["text"])]
    else:
        segments = []
    return _finish(
        "assemblyai_json", segments, path, declared="ms", duration_s=_number(data.get("audio_duration"))
    )


# Deepgram: {"metadata": {"duration": s}, "results": {"channels": [{"alternatives": [{"transcript",
# "words": [{"word", "punctuated_word", "start", "end", "speaker"}]}]}], "utterances": [...]}}; seconds.
def _is_deepgram(data: dict[str, Any]) -> bool:
    results = data.get("results")
    return isinstance(results, dict) and isinstance(results.get("channels"), list)


def parse_deepgram(data: dict[str, Any], path: Path) -> ParsedTranscript:
    results = data["results"]
    metadata: dict[str, Any] = data["metadata"] if isinstance(data.get("metadata"), dict) else {}
    channels = _dicts(results.get("channels"))
    words: list[Word] = []
    for number, channel in enumerate(channels):
        alternatives = _dicts(channel.get("alternatives"))
        if not alternatives:
            continue
        for w in _dicts(alternatives[0].get("words")):
            speaker = _label(w.get("speaker"), "Speaker ")
            if speaker is None and len(channels) > 1:
                speaker = f"Channel {number}"
            text = w.get("punctuated_word") or w.get("word") or ""
            words.append((speaker, str(text), _number(w.get("start")), _number(w.get("end"))))
    if len(channels) > 1:
        words.sort(key=lambda word: word[2] if word[2] is not None else 0.0)
    utterances = _dicts(results.get("utterances"))
    if words and any(word[0] is not None for word in words):
        segments = _words_to_segments(words)
    elif utterances:
        segments = [
            Segment(
                _label(u.get("speaker"), "Speaker "),
                str(u.get("transcript", "")),
                _number(u.get("start")),
                _number(u.get("end")),
            )
            for u in utterances
        ]
    elif words:
        segments = _words_to_segments(words)
    else:
        transcripts = [
            str(alt.get("transcript", ""))
            for channel in channels
            for alt in _dicts(channel.get("alternatives"))[:1]
        ]
        segments = [Segment(None, text) for text in transcripts if text.strip()]
    return _finish(
        "deepgram_json", segments, path, declared="s", duration_s=_number(metadata.get("duration"))
    )


# AWS Transcribe: {"jobName", "results": {"transcripts": [{"transcript"}], "items": [{"type":
# "pronunciation"|"punctuation", "alternatives": [{"content"}], "start_time": "0.44", "speaker_label"}],
# "speaker_labels": {"segments": [{"speaker_label", "items": [{"start_time", "speaker_label"}]}]}}}.
def _is_aws(data: dict[str, Any]) -> bool:
    results = data.get("results")
    return isinstance(results, dict) and isinstance(results.get("items"), list) and "transcripts" in results


def parse_aws(data: dict[str, Any], path: Path) -> ParsedTranscript:
    results = data["results"]
    speaker_at: dict[str, str] = {}
    labels = results.get("speaker_labels")
    if isinstance(labels, dict):
        for segment in _dicts(labels.get("segments")):
            for item in _dicts(segment.get("items")):
                if item.get("start_time") is not None and item.get("speaker_label"):
                    speaker_at[str(item["start_time"])] = str(item["speaker_label"])
    channel_at: dict[str, str] = {}
    channel_labels = results.get("channel_labels")
    if isinstance(channel_labels, dict):
        for channel in _dicts(channel_labels.get("channels")):
            for item in _dicts(channel.get("items")):
                if item.get("start_time") is not None:
                    channel_at[str(item["start_time"])] = str(channel.get("channel_label", "channel"))
    words: list[Word] = []
    speaker: str | None = None
    for item in _dicts(results.get("items")):
        alternatives = _dicts(item.get("alternatives"))
        content = str(alternatives[0].get("content", "")) if alternatives else ""
        if item.get("type") == "punctuation":
            words.append((speaker, content, None, None))
            continue
        start = item.get("start_time")
        speaker = (
            _label(item.get("speaker_label"))
            or speaker_at.get(str(start))
            or channel_at.get(str(start))
            or (speaker if speaker_at or channel_at else None)
        )
        words.append((speaker, content, _number(start), _number(item.get("end_time"))))
    segments = _words_to_segments(words)
    if not segments:
        transcripts = [str(t.get("transcript", "")) for t in _dicts(results.get("transcripts"))]
        segments = [Segment(None, text) for text in transcripts if text.strip()]
    title = data.get("jobName") if isinstance(data.get("jobName"), str) else None
    return _finish("aws_transcribe_json", segments, path, declared="s", title=title)


# Rev.ai: {"monologues": [{"speaker": 0, "speaker_name"?, "elements": [{"type": "text"|"punct",
# "value", "ts", "end_ts"}]}]}; seconds.
def _is_revai(data: dict[str, Any]) -> bool:
    return isinstance(data.get("monologues"), list)


def parse_revai(data: dict[str, Any], path: Path) -> ParsedTranscript:
    segments: list[Segment] = []
    for monologue in _dicts(data.get("monologues")):
        name = monologue.get("speaker_name")
        speaker = (
            _label(name)
            if isinstance(name, str) and name.strip()
            else _label(monologue.get("speaker"), "Speaker ")
        )
        elements = _dicts(monologue.get("elements"))
        text = "".join(str(e.get("value", "")) for e in elements)
        times = [_number(e.get("ts")) for e in elements if e.get("type") == "text"]
        ends = [_number(e.get("end_ts")) for e in elements if e.get("type") == "text"]
        start = next((t for t in times if t is not None), None)
        end = next((t for t in reversed(ends) if t is not None), None)
        segments.append(Segment(speaker, text, start, end))
    return _finish("revai_json", segments, path, declared="s")


# WhisperX / OpenAI Whisper: {"segments": [{"start", "end", "text", "speaker"?, "words": [{"word",
# "start", "end", "speaker"?}]}], "language"?}; seconds.
def _is_whisper(data: dict[str, Any]) -> bool:
    segments = _dicts(data.get("segments"))
    return (
        bool(segments)
        and all("start" in s and "text" in s for s in segments[:5])
        and (
            any("words" in s or "seek" in s or "tokens" in s or "avg_logprob" in s for s in segments[:5])
            or "word_segments" in data
            or "language" in data
        )
    )


def parse_whisper(data: dict[str, Any], path: Path) -> ParsedTranscript:
    segments_in = _dicts(data.get("segments"))
    word_level = any(
        isinstance(w, dict) and "speaker" in w for s in segments_in for w in s.get("words") or []
    )
    has_speakers = word_level or any("speaker" in s for s in segments_in)
    segments: list[Segment]
    if word_level:
        words: list[Word] = []
        for segment in segments_in:
            fallback = _label(segment.get("speaker"))
            for w in _dicts(segment.get("words")):
                speaker = _label(w.get("speaker")) or fallback
                words.append(
                    (speaker, str(w.get("word", "")), _number(w.get("start")), _number(w.get("end")))
                )
        segments = _words_to_segments(words)
    else:
        segments = [
            Segment(
                _label(s.get("speaker")),
                str(s.get("text", "")),
                _number(s.get("start")),
                _number(s.get("end")),
            )
            for s in segments_in
        ]
    fmt = "whisperx_json" if has_speakers or "word_segments" in data else "whisper_json"
    return _finish(fmt, segments, path, declared="s")


# whisper.cpp (-oj): {"systeminfo", "model", "params", "result": {"language"}, "transcription":
# [{"timestamps": {"from", "to"}, "offsets": {"from": ms, "to": ms}, "text", "speaker"?,
# "speaker_turn_next"?}]}.
def _is_whisper_cpp(data: dict[str, Any]) -> bool:
    return isinstance(data.get("transcription"), list) and any(
        isinstance(item, dict) and ("offsets" in item or "timestamps" in item)
        for item in data["transcription"][:5]
    )


def parse_whisper_cpp(data: dict[str, Any], path: Path) -> ParsedTranscript:
    segments: list[Segment] = []
    declared = "ms"
    for item in _dicts(data.get("transcription")):
        offsets = item.get("offsets") if isinstance(item.get("offsets"), dict) else None
        stamps: dict[str, Any] = item["timestamps"] if isinstance(item.get("timestamps"), dict) else {}
        if offsets is not None:
            start, end = _number(offsets.get("from")), _number(offsets.get("to"))
        else:  # only "hh:mm:ss,mmm" stamps: already seconds once parsed
            start, end = _number(stamps.get("from")), _number(stamps.get("to"))
            declared = "s"
        speaker = _label(item.get("speaker"))
        if speaker is not None and speaker.isdigit():
            speaker = f"Speaker {speaker}"
        segments.append(Segment(speaker, str(item.get("text", "")), start, end))
    parsed = _finish("whisper_cpp_json", segments, path, declared=declared)
    if any(isinstance(item, dict) and item.get("speaker_turn_next") for item in data["transcription"]):
        parsed.notes.append(
            "tinydiarize marks speaker changes but names no speakers; turns stay unattributed"
        )
    return parsed


DETECTORS: tuple[
    tuple[Callable[[dict[str, Any]], bool], Callable[[dict[str, Any], Path], ParsedTranscript]], ...
] = (
    (_is_deepgram, parse_deepgram),
    (_is_aws, parse_aws),
    (_is_revai, parse_revai),
    (_is_whisper_cpp, parse_whisper_cpp),
    (_is_assemblyai, parse_assemblyai),
    (_is_whisper, parse_whisper),
)


def parse_asr(data: Any, path: Path) -> ParsedTranscript | None:
    """The transcript of a speech-to-text service's JSON, or None when it is no known service layout."""
    if not isinstance(data, dict):
        return None
    for matches, parse in DETECTORS:
        if matches(data):
            return parse(data, path)
    return None
