"""Pseudonymisation: placeholders, stability across the workspace, reversal, the dev PII file."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.ingest.importing import import_paths
from assistant.ingest.pseudonymise import Pseudonymiser


def test_replaces_email_phone_address_and_names(tmp_path: Path) -> None:
    pseudonymiser = Pseudonymiser(tmp_path / "pseudonyms.json")
    text = (
        "Write to ana.ruiz@example.org or call +1 503-555-0182. We moved to 42 Baker Street last year, "
        "and my colleague Marcus Oyelaran approves. Mark the invoice, said Mark Holt."
    )
    pseudonymiser.prepare([text], speakers=["Mark Holt", "Speaker 1"])
    out = pseudonymiser.replace(text)
    assert "ana.ruiz@example.org" not in out and "[EMAIL-1]" in out
    assert "555-0182" not in out and "[PHONE-1]" in out
    assert "Baker Street" not in out and "[ADDRESS-1]" in out
    assert "Marcus Oyelaran" not in out
    assert "Mark Holt" not in out
    assert out.startswith("Write to [EMAIL-1]")
    assert "Mark the invoice" in out  # the capitalised verb at sentence start is not the name
    assert pseudonymiser.label("Speaker 1") == "Speaker 1"
    assert pseudonymiser.reverse(out) == text.replace("Mark the invoice", "Mark the invoice")


def test_numbers_and_years_are_not_phones(tmp_path: Path) -> None:
    pseudonymiser = Pseudonymiser(None)
    text = "In 2019 we had 1,200 invoices and 85 million in revenue, on 2024-05-02."
    pseudonymiser.prepare([text], speakers=[])
    assert pseudonymiser.replace(text) == text


def test_mapping_is_stable_across_instances(tmp_path: Path) -> None:
    path = tmp_path / "pseudonyms.json"
    first = Pseudonymiser(path)
    first.prepare([], speakers=["Dana Whitfield"])
    assert first.replace("Dana Whitfield said hi") == "[PERSON-1] said hi"
    first.save()
    second = Pseudonymiser(path)
    second.prepare(["Ask Frank Hartwell."], speakers=["Dana Whitfield"])
    assert (
        second.replace("Thanks, Dana Whitfield. Ask Frank Hartwell.") == "Thanks, [PERSON-1]. Ask [PERSON-2]."
    )
    second.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["entities"] == {"[PERSON-1]": "Dana Whitfield", "[PERSON-2]": "Frank Hartwell"}


def test_dev_interview_04_has_no_pii_left(workspace, dev_data: Path) -> None:
    manifest = json.loads((dev_data / "manifest.json").read_text(encoding="utf-8"))["files"]
    report = import_paths(workspace, [dev_data / "interview-04-rev.txt"], pseudonymise=True, index=False)
    assert report.ok, report.results[0].message
    transcript = workspace.load_transcript(report.imported[0].interview_id)
    assert transcript.interview.pseudonymised
    stored = json.dumps(transcript.model_dump(mode="json"), ensure_ascii=False)
    pii = manifest["interview-04-rev.txt"]["pii"]
    for value in [*pii["emails"], *pii["phones"], *pii["mentioned_full_names"], *pii["speaker_names"]]:
        assert value not in stored, value
    for value in ("dana.whitfield@corvall-logistics.com", "(503) 555-0182", "Marcus Oyelaran"):
        assert value not in stored
    mapping = json.loads(workspace.pseudonyms_path.read_text(encoding="utf-8"))["entities"]
    assert set(mapping.values()) >= {
        "dana.whitfield@corvall-logistics.com",
        "(503) 555-0182",
        "Marcus Oyelaran",
    }


def test_pseudonymised_speakers_and_participant(workspace, dev_data: Path) -> None:
    report = import_paths(workspace, [dev_data / "interview-05-plain.txt"], pseudonymise=True, index=False)
    transcript = workspace.load_transcript(report.imported[0].interview_id)
    speakers = {u.speaker for u in transcript.utterances}
    assert speakers <= {"[PERSON-1]", "[PERSON-2]", "[PERSON-3]"}
    assert transcript.interview.participant in speakers
    stored = json.dumps(transcript.model_dump(mode="json"), ensure_ascii=False)
    for name in ("Greg Halvorsen", "Priya Shah", "Lisa Tran"):
        assert name not in stored
