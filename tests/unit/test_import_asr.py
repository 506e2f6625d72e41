"""Speech-to-text JSON (AssemblyAI, Deepgram, AWS Transcribe, Rev.ai, WhisperX, whisper.cpp) and time units.

The sample files in import_samples/ were written for these tests after each service's documented
layout; the conversations are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.core.errors import InputFileError
from assistant.ingest.formats import parse_bytes, parse_file
from assistant.ingest.formats.timing import choose_unit
from assistant.ingest.roles import assign_roles

SAMPLES = Path(__file__).parent / "import_samples"


@pytest.mark.parametrize(
    ("name", "fmt", "speakers", "first_start"),
    [
        ("assemblyai.json", "assemblyai_json", ["A", "B", "C"], 1.2),
        ("deepgram.json", "deepgram_json", ["Speaker 0", "Speaker 1"], 0.8),
        ("aws_transcribe.json", "aws_transcribe_json", ["spk_0", "spk_1"], 0.5),
        ("revai.json", "revai_json", ["Speaker 0", "Speaker 1"], 0.3),
        ("whisperx.json", "whisperx_json", ["SPEAKER_00", "SPEAKER_01"], 0.5),
        ("whisper_cpp.json", "whisper_cpp_json", ["Speaker 0", "Speaker 1"], 0.0),
        ("generic_ms.json", "json", ["Interviewer", "Owner"], 1.5),
    ],
)
def test_service_exports(name: str, fmt: str, speakers: list[str], first_start: float) -> None:
    parsed = parse_file(SAMPLES / name)
    assert parsed.format == fmt
    assert parsed.speakers == speakers
    assert parsed.utterances[0].start == pytest.approx(first_start)  # seconds, whatever the file's unit
    last = max(u.end or 0 for u in parsed.utterances)
    assert 5 < last < 120  # a short call, not hours
    assert all(u.text == u.text.strip() and "  " not in u.text for u in parsed.utterances)


def test_punctuation_is_attached_to_words() -> None:
    aws = parse_file(SAMPLES / "aws_transcribe.json")
    assert aws.utterances[0].text == "Good morning. How do you schedule the cleaning crews today?"
    rev = parse_file(SAMPLES / "revai.json")
    assert rev.utterances[1].text.startswith("It was in March. I compared four places")


def test_word_level_speakers_split_a_segment_that_straddles_a_change() -> None:
    parsed = parse_file(SAMPLES / "whisperx.json")
    assert [(u.speaker, u.text) for u in parsed.utterances[:4]] == [
        ("SPEAKER_00", "How many orders do you pack on a busy day?"),
        ("SPEAKER_01", "About three hundred."),
        ("SPEAKER_00", "Really?"),
        ("SPEAKER_01", "Yes, and most of them go out before noon."),
    ]


def test_whisper_cpp_unknown_speaker_stays_unattributed() -> None:
    parsed = parse_file(SAMPLES / "whisper_cpp.json")
    assert [u.speaker for u in parsed.utterances] == ["Speaker 0", "Speaker 1", None, "Speaker 1"]


def test_three_speakers_a_b_c_interviewer_found_and_flagged() -> None:
    """The questioner is the interviewer, and a second talkative speaker makes the roles uncertain."""
    parsed = parse_file(SAMPLES / "assemblyai.json")
    roles = assign_roles(parsed.utterances)
    assert roles.interviewers == ["A"]  # "A" is not read as "Answer": it is an anonymous label
    assert roles.roles["A"] == "interviewer"
    assert roles.needs_review and any("a group" in w for w in roles.warnings)


def test_milliseconds_declared_as_seconds_are_caught() -> None:
    words = 400
    check = choose_unit([0, 150_000], words, declared="s")
    assert check.unit == "ms" and check.warnings
    check = choose_unit([0, 150.0], words, declared="ms")
    assert check.unit == "s" and check.warnings
    assert choose_unit([0, 150.0], words).unit == "s"
    assert choose_unit([0, 150_000], words).unit == "ms"
    assert choose_unit([0, 2_000_000], 40, duration_s=2000).unit == "ms"  # the audio length decides


def test_generic_json_with_milliseconds() -> None:
    records = [
        {"speaker": "Q", "text": "When did the delivery arrive?", "start": 2100000, "end": 2103000},
        {"speaker": "A", "text": "At six, an hour late, and the driver had no invoice with him again.", "start": 2104000, "end": 2110000},
    ]  # fmt: skip
    parsed = parse_bytes(json.dumps(records).encode(), Path("late.json"))
    assert parsed.utterances[0].start == pytest.approx(2100.0)  # 35 minutes in, not 24 days
    assert parsed.notes == ["times are in milliseconds (checked against the text length)"]


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("cut.json", (SAMPLES / "deepgram.json").read_bytes()[:500], "invalid JSON"),
        ("empty-results.json", b'{"results": {"channels": [{"alternatives": [{"transcript": "", "words": []}]}]}}', "no transcribed text"),
        ("no-monologues.json", b'{"monologues": []}', "no transcribed text"),
        ("utf16.json", '{"utterances": [{"speaker": "A", "text": "hi"}]}'.encode("utf-16-le")[:-1], "encoding"),
    ],
)  # fmt: skip
def test_bad_asr_exports_fail_with_one_clear_line(name: str, data: bytes, problem: str) -> None:
    with pytest.raises(InputFileError) as caught:
        parse_bytes(data, Path(name))
    assert caught.value.message.startswith(name) and problem in caught.value.message
