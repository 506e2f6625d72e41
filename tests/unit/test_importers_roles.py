"""Interviewer/participant detection: heuristics, overrides, and the dev set's manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.ingest.formats import parse_file
from assistant.ingest.formats.base import ParsedUtterance
from assistant.ingest.roles import assign_roles


def turns(*pairs: tuple[str | None, str]) -> list[ParsedUtterance]:
    return [ParsedUtterance(speaker, text) for speaker, text in pairs]


def test_questioner_is_interviewer_and_minor_speaker_is_other() -> None:
    conversation = turns(
        ("Ann", "What do you do?"),
        ("Bob", "I run the warehouse, about forty people, two shifts, lots of paper invoices."),
        ("Ann", "How long does approval take?"),
        ("Bob", "A week when the manager travels, sometimes two weeks, and suppliers call me."),
        ("Cy", "Hi, sorry."),
        ("Bob", "That was my colleague, she handles the returns and the damaged stock."),
    )
    result = assign_roles(conversation)
    assert result.interviewers == ["Ann"]
    assert result.participant == "Bob"
    assert result.roles == {"Ann": "interviewer", "Bob": "participant", "Cy": "other"}


def test_override_wins_over_heuristics() -> None:
    conversation = turns(("Ann", "What?"), ("Bob", "A long answer with many words in it."))
    result = assign_roles(conversation, interviewers=["bob"])
    assert result.interviewers == ["Bob"]
    assert result.participant == "Ann"


def test_generic_labels() -> None:
    result = assign_roles(
        turns(("Participant", "Hello there."), ("Dan", "Why?"), ("Participant", "Because."))
    )
    assert result.roles == {"Participant": "participant", "Dan": "interviewer"}


def test_no_speakers_means_no_roles() -> None:
    result = assign_roles(turns((None, "Sorry."), (None, "Yes.")))
    assert result.participant is None
    assert result.role_of(None) == "other"


def test_dev_manifest_roles_for_every_file(dev_data: Path) -> None:
    manifest = json.loads((dev_data / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert len(manifest) == 12
    for name, expected in manifest.items():
        parsed = parse_file(dev_data / name)
        result = assign_roles(parsed.utterances, header_interviewer=parsed.interviewer_hint)
        assert result.interviewers == [expected["interviewer"]["label"]], name
        assert result.participant == expected["participant"]["label"], name
        for other in expected["other_speakers"]:
            assert result.roles[other["label"]] == "other", name
        assert set(result.roles) == {
            expected["interviewer"]["label"],
            expected["participant"]["label"],
            *(o["label"] for o in expected["other_speakers"]),
        }, name


def test_dev_roles_without_header_hint(dev_data: Path) -> None:
    """The markdown file names its interviewer; the heuristic must agree even without it."""
    parsed = parse_file(dev_data / "interview-06-notes.md")
    assert assign_roles(parsed.utterances).interviewers == ["Jamie Rivera"]


@pytest.mark.parametrize("label", ["Interviewer", "Moderator"])
def test_interviewer_labels(label: str) -> None:
    result = assign_roles(turns((label, "Long long long intro text here."), ("ES1", "Answer.")))
    assert result.interviewers == [label]
    assert result.participant == "ES1"
