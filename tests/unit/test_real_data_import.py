"""Every shared real and dev file either imports or fails with a clear error naming it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assistant.core.errors import InputFileError
from assistant.ingest.formats import parse_file
from assistant.ingest.importing import folder_skip_reason, import_paths
from assistant.ingest.roles import assign_roles

_SHARED = Path(
    os.environ.get("PERSONAS_SHARED_DATA", Path(__file__).resolve().parents[3] / "shared" / "data")
)


def _files(kind: str) -> list[str]:
    root = _SHARED / kind
    if not root.is_dir():
        return [f"{kind}/(absent)"]
    return sorted(str(p.relative_to(_SHARED)) for p in root.rglob("*") if p.is_file())


def _params(relatives: list[str]) -> list[object]:
    """PDF text extraction (pure-Python pypdf) takes seconds: those cases are marked slow."""
    return [pytest.param(r, marks=pytest.mark.slow) if r.endswith(".pdf") else r for r in relatives]


KNOWN_INVALID = {
    "real/formats-webvtt-py/" + name
    for name in (
        "empty.vtt",
        "invalid.vtt",
        "invalid_format.sbv",
        "invalid_format1.srt",
        "invalid_format2.srt",
        "invalid_format3.srt",
        "invalid_format4.srt",
        "invalid_timeframe.sbv",
        "invalid_timeframe.srt",
        "invalid_timeframe.vtt",
        "invalid_timeframe_in_cue_text.vtt",
        "missing_timeframe.sbv",
        "missing_timeframe.srt",
        "missing_timeframe.vtt",
        "no_captions.vtt",
    )
}
KNOWN_INVALID_PROBLEM = {
    "real/formats-webvtt-py/empty.vtt": "empty",
    "real/formats-webvtt-py/invalid_timeframe.vtt": "line 6: bad timing",
    "real/formats-webvtt-py/invalid_timeframe.srt": "line 6: bad timing",
    "real/formats-webvtt-py/invalid_timeframe.sbv": "line 7: bad timing",
    "real/formats-webvtt-py/missing_timeframe.vtt": "line 6",
    "real/formats-webvtt-py/invalid.vtt": "missing WEBVTT header",
}
# Transcripts that must import with speakers: (relative path prefix or file, speakers expected).
KNOWN_VALID_SPEAKERS = (
    "dev/interview-",
    "real/changelog-interviews/founders-talk-",
    "real/changelog-interviews/ship-it-",
    "real/firstmanagers-estr-ccby/ESTR",
    "real/googlemeet-polygon-ppgc/",
    "real/pdpilot-userstudy/P",
    "real/qmsum-ami-product/",
    "real/zoom-savedtranscript-txt/input_example",
    "real/zoom-zoomgroupstats/meeting001_transcript.vtt",
    "real/formats-webvtt-py/teams_timeframe.vtt",
)
NOT_TRANSCRIPTS = ("SOURCE.txt", "LICENSE", "LICENSE.md", "README.md", "ATTRIBUTION.md")


def _is_known_valid(relative: str) -> bool:
    name = relative.rsplit("/", 1)[-1]
    if (
        name in NOT_TRANSCRIPTS
        or name.endswith((".csv", ".jsonl", ".py"))
        or relative.startswith("dev/")
        and not name.startswith("interview-")
    ):
        return False
    if "code-system" in name or "protocol" in name or "coded-segments" in name:
        return False
    return any(relative.startswith(prefix) for prefix in KNOWN_VALID_SPEAKERS)


@pytest.mark.parametrize("relative", _params(_files("real") + _files("dev")))
def test_every_shared_file_imports_or_fails_clearly(shared_data: Path, relative: str) -> None:
    path = shared_data / relative
    if not path.is_file():
        pytest.skip(f"{relative} not present")
    try:
        parsed = parse_file(path)
    except InputFileError as exc:
        assert str(path) in str(exc), "the error must name the file"
        assert len(str(exc).splitlines()) == 1
        assert relative not in KNOWN_VALID_SPEAKERS and not _is_known_valid(relative), (
            f"valid file failed: {exc}"
        )
        expected = KNOWN_INVALID_PROBLEM.get(relative)
        if expected:
            assert expected in str(exc)
        return
    assert relative not in KNOWN_INVALID, f"{relative} is broken but imported as {parsed.format}"
    assert len(parsed.utterances) > 0
    if _is_known_valid(relative):
        assert parsed.speakers, f"{relative}: no speakers found"
        assert all(u.text.strip() for u in parsed.utterances)


def test_valid_webvtt_fixtures_import(real_data: Path) -> None:
    folder = real_data / "formats-webvtt-py"
    for name in (
        "captions_with_bom.vtt",
        "comments.vtt",
        "cue_tags.vtt",
        "styles.vtt",
        "youtube_dl.vtt",
        "sample.srt",
        "sample.sbv",
        "using_identifiers.vtt",
        "netflix_chicas_del_cable.vtt",
    ):
        parsed = parse_file(folder / name)
        assert parsed.utterances, name
        assert all("<" not in u.text for u in parsed.utterances), name


def test_specific_real_layouts(real_data: Path) -> None:
    pdf = parse_file(real_data / "pdpilot-userstudy" / "P1.pdf")
    assert pdf.format == "pdf" and set(pdf.speakers) == {"Dan", "Participant"}
    assert assign_roles(pdf.utterances).participant == "Participant"
    assert "\t" not in pdf.utterances[0].text

    estr = parse_file(real_data / "firstmanagers-estr-ccby" / "ESTR1.txt")
    assert estr.speakers == ["Interviewer", "ES1"] and str(estr.date) == "2019-05-31"

    stream = parse_file(real_data / "formats-ms-stream-vtt" / "test_AutoGeneratedCaption.vtt")
    assert stream.format == "ms_stream_vtt" and stream.speakers == []

    zoom_txt = parse_file(real_data / "zoom-savedtranscript-txt" / "input_example.txt")
    assert zoom_txt.format == "zoom_txt"
    assert zoom_txt.utterances[4].text == "Making sure. Okay. That's perfectly fine, and that makes sense."

    ami = parse_file(real_data / "qmsum-ami-product" / "ES2002a.json")
    assert ami.format == "qmsum_json" and set(ami.speakers) == {
        "Project Manager",
        "Marketing",
        "Industrial Designer",
        "User Interface",
    }

    podcast = parse_file(real_data / "changelog-interviews" / "founders-talk-77.md")
    assert set(podcast.speakers) == {"Adam Stacoviak", "Asim Aslam"}
    assert not any("\\[" in u.text for u in podcast.utterances)

    meet = parse_file(real_data / "googlemeet-polygon-ppgc" / "27_PPGC_Transcripts.md")
    assert meet.format == "google_meet" and str(meet.date) == "2024-11-21"
    assert not any("editable transcript" in u.text or "Meeting ended" in u.text for u in meet.utterances)
    # the other calls end with the same line in bold ("**Meeting ended after 00:14:03 👋**")
    for call in sorted((real_data / "googlemeet-polygon-ppgc").glob("*_PPGC_Transcript*.md")):
        assert not any("Meeting ended" in u.text for u in parse_file(call).utterances), call.name

    # a web export with character references and ad-break markers ("**Break** : \[20:00\]")
    episode = parse_file(real_data / "changelog-interviews" / "ship-it-56.md")
    assert set(episode.speakers) == {"Gerhard Lazu", "Maikel"}
    assert not any("&#39;" in u.text or "&quot;" in u.text for u in episode.utterances)

    zoom = parse_file(real_data / "zoom-zoomgroupstats" / "meeting001_transcript.vtt")
    assert None in [u.speaker for u in zoom.utterances]  # cues without a name stay unattributed


def test_gold_quotes_are_in_one_participant_utterance(dev_data: Path) -> None:
    manifest = json.loads((dev_data / "manifest.json").read_text(encoding="utf-8"))["files"]
    parsed = {name: parse_file(dev_data / name) for name in manifest}
    roles = {
        name: assign_roles(p.utterances, header_interviewer=p.interviewer_hint) for name, p in parsed.items()
    }
    quotes = [
        json.loads(line)
        for line in (dev_data / "gold_findings.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(quotes) == 255
    missing = []
    for gold in quotes:
        name = gold["file"]
        participant_texts = [
            u.text for u in parsed[name].utterances if roles[name].role_of(u.speaker) == "participant"
        ]
        if not any(gold["quote"] in text for text in participant_texts):
            missing.append((name, gold["quote"]))
    assert missing == []


def test_folder_import_of_real_data_skips_non_transcripts(workspace, real_data: Path) -> None:
    assert folder_skip_reason(real_data / "pdpilot-userstudy" / "P1.extracted.txt")
    tables = import_paths(workspace, [real_data / "needid-hicss2023"], index=False)
    assert not tables.imported and tables.ok  # CSVs are read as tables, and these hold no interviews
    combined = next(r for r in tables.skipped if r.path.name == "combined.csv")
    assert "no 'Speaker: text' turns" in combined.message
    assert folder_skip_reason(real_data / "changelog-interviews" / "SOURCE.txt")
    report = import_paths(
        workspace, [real_data / "firstmanagers-estr-ccby", real_data / "zoom-zoomgroupstats"], index=False
    )
    assert [r.path.name for r in report.imported] == [f"ESTR{n}.txt" for n in range(1, 6)] + [
        "meeting001_transcript.vtt"
    ]
    assert {r.path.name for r in report.skipped} == {
        "ATTRIBUTION.md",
        "SOURCE.txt",
        "meeting001_chat.txt",
        "meeting001_participants.csv",
    }
    assert report.ok


def test_dev_languages_and_metadata(workspace, dev_data: Path) -> None:
    manifest = json.loads((dev_data / "manifest.json").read_text(encoding="utf-8"))["files"]
    report = import_paths(workspace, [dev_data], study="dev", index=False)
    assert report.ok and len(report.imported) == 12
    for result in report.imported:
        interview = workspace.load_transcript(result.interview_id).interview
        expected = manifest[result.path.name]
        assert interview.language == expected["language"].split("-")[0], result.path.name
        assert interview.participant == expected["participant"]["label"]
        assert interview.study == "dev"
        assert len(interview.source_hash) == 64
    notes = workspace.load_transcript("interview-06-notes").interview
    assert str(notes.date) == "2025-02-18" and notes.title == "Interview: Ryan Delgado"
