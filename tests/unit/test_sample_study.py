"""The bundled fictional sample study: every file parses to its two speakers and matches expected.json."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from assistant.ingest.formats.detect import parse_file

SAMPLE_STUDY = Path(__file__).resolve().parents[2] / "transcripts" / "sample-study"
EXPECTED = json.loads((SAMPLE_STUDY / "expected.json").read_text(encoding="utf-8"))
TRANSCRIPT_FILES = sorted(EXPECTED["files"])


def test_expected_json_covers_exactly_the_transcript_files() -> None:
    on_disk = {p.name for p in SAMPLE_STUDY.iterdir() if p.name not in {"README.md", "expected.json"}}
    assert on_disk == set(EXPECTED["assignment"]) == set(EXPECTED["files"])
    assert set(EXPECTED["assignment"].values()) == set(EXPECTED["personas"])
    assert Counter(EXPECTED["assignment"].values()) == {
        "scheduling_coordinator": 3,
        "practice_manager": 3,
        "operations_director": 2,
        "non_buyer": 2,
    }


@pytest.mark.parametrize("file_name", TRANSCRIPT_FILES)
def test_sample_file_parses_to_interviewer_and_participant(file_name: str) -> None:
    meta = EXPECTED["files"][file_name]
    parsed = parse_file(SAMPLE_STUDY / file_name)
    interviewer_label = "Speaker 1" if meta["format"] == "rev_txt" else meta["interviewer"]
    assert set(parsed.speakers) == {interviewer_label, meta["participant_label"]}
    assert parsed.utterances[0].speaker == interviewer_label
    participant_words = sum(
        len(u.text.split()) for u in parsed.utterances if u.speaker == meta["participant_label"]
    )
    total_words = sum(len(u.text.split()) for u in parsed.utterances)
    assert 300 <= participant_words < total_words <= 800
    timed = [u.start for u in parsed.utterances if u.start is not None]
    assert timed == sorted(timed)


def test_markdown_header_gives_date_and_interviewer() -> None:
    parsed = parse_file(SAMPLE_STUDY / "interview-06-notes.md")
    assert str(parsed.date) == EXPECTED["files"]["interview-06-notes.md"]["date"]
    assert parsed.interviewer_hint == EXPECTED["files"]["interview-06-notes.md"]["interviewer"]


def test_prompt_injection_survives_import_as_participant_content() -> None:
    meta = EXPECTED["files"]["interview-09-teams.vtt"]
    parsed = parse_file(SAMPLE_STUDY / "interview-09-teams.vtt")
    holders = [u for u in parsed.utterances if meta["prompt_injection"] in u.text]
    assert [u.speaker for u in holders] == [meta["participant_label"]]
    assert any("ENT & Allergy" in u.text for u in parsed.utterances)


def test_personal_data_listed_in_expected_json_is_in_the_text() -> None:
    pii = EXPECTED["files"]["interview-05-plain.txt"]["pii"]
    text = " ".join(u.text for u in parse_file(SAMPLE_STUDY / "interview-05-plain.txt").utterances)
    listed = pii["emails"] + pii["phones"] + pii["addresses"] + pii["mentioned_full_names"]
    assert len(listed) == 4
    assert all(item in text for item in listed)
