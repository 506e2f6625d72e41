"""ODT and RTF documents, transcripts with only one side labelled, prompts and headings that are not speech."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from office_files import odt_bytes, rtf_bytes

from assistant.core.errors import InputFileError
from assistant.ingest.formats import parse_bytes, parse_file
from assistant.ingest.formats.base import PROMPT
from assistant.ingest.formats.one_sided import one_sided_label, prompt_lines
from assistant.ingest.importing import import_paths

THINK_ALOUD = [
    "Session 4 - planting calendar test",
    "MODERATOR: Could you start with the first task on the sheet?",
    "1 Open the planting calendar and find next week.",
    "\tOkay, the calendar is here. It shows weeks, not days.",
    "\tI would expect days, honestly, because I sow by the day.",
    "\t(The participant scrolls to May)",
    "    1.a Is the layout clear to you?",
    "    \tMostly clear. The colours confuse me a little.",
    "    \tGreen means done, I suppose, but it could mean growing.",
    "    Weather panel",
    "    \t\tThe rain forecast is useful, I would look at it every morning.",
    "MODERATOR: Take your time with the next one.",
    "2 Add a new bed called North.",
    "\tDone. That was easy enough, the button is where I expected it.",
    "\t20 beds would be a lot of clicking though.",
]


def test_odt_one_sided_transcript_keeps_participant_paragraphs_apart() -> None:
    parsed = parse_bytes(odt_bytes(THINK_ALOUD), Path("session.odt"))
    assert parsed.format == "odt" and parsed.title == "Session 4 - planting calendar test"
    speech = [u for u in parsed.utterances if u.kind != PROMPT]
    prompts = [u.text for u in parsed.utterances if u.kind == PROMPT]
    assert prompts == [
        "1 Open the planting calendar and find next week.",
        "(The participant scrolls to May)",
        "1.a Is the layout clear to you?",
        "Weather panel",
        "2 Add a new bed called North.",
    ]
    assert [u.speaker for u in speech if u.speaker] == ["MODERATOR", "MODERATOR"]
    unlabelled = [u.text for u in speech if u.speaker is None]
    assert (
        "20 beds would be a lot of clicking though." in unlabelled
    )  # a number that starts speech stays speech
    assert "Okay, the calendar is here. It shows weeks, not days." in unlabelled
    assert parsed.metadata["one_sided_label"] == "MODERATOR"


def test_unlabelled_speaker_is_assigned_on_import_and_suggested_without_it(workspace, tmp_path: Path) -> None:
    path = tmp_path / "session.odt"
    path.write_bytes(odt_bytes(THINK_ALOUD))
    plain = import_paths(workspace, [path], index=False)
    [result] = plain.results
    assert result.status == "imported" and result.participant is None
    assert any("--unlabelled-speaker NAME" in w for w in result.warnings)
    workspace.delete_transcript(result.interview_id)

    named = import_paths(workspace, [path], index=False, unlabelled_speaker="Grower 4")
    [result] = named.results
    assert result.participant == "Grower 4" and not result.roles_uncertain
    transcript = workspace.load_transcript(result.interview_id)
    roles = {u.speaker: u.role for u in transcript.utterances}
    assert roles == {None: "other", "MODERATOR": "interviewer", "Grower 4": "participant"}
    grower = [u.text for u in transcript.utterances if u.speaker == "Grower 4"]
    assert grower[0] == (
        "Okay, the calendar is here. It shows weeks, not days. "
        "I would expect days, honestly, because I sow by the day."
    )
    assert not any(u.text.startswith("1.a") for u in transcript.utterances if u.speaker)


def test_both_sides_labelled_is_not_one_sided() -> None:
    text = "Interviewer:\nHow did you start?\n\nES9:\nI was made manager in 2015.\nIt was hard.\n\nInterviewer: Thanks."
    assert one_sided_label(text) is None


def test_prompt_lines_need_layout_evidence() -> None:
    lines = ["Q3 numbers", "\tWe sold 20 boxes.", "20 boxes is a lot", "and more"]
    assert prompt_lines(lines) == {0}  # a short heading over deeper text; "20 boxes..." stays speech


def test_real_odt_files(real_data: Path) -> None:
    folder = real_data / "zoom-odt-swj2022"
    for name in ("P1_GMT20211118.odt", "P5_GMT20211125.odt"):
        parsed = parse_file(folder / name)
        assert parsed.format == "odt" and parsed.speakers == ["MODERATOR"]
        prompts = [u for u in parsed.utterances if u.kind == PROMPT]
        unlabelled = [u for u in parsed.utterances if u.kind != PROMPT and u.speaker is None]
        assert len(prompts) >= 40 and len(unlabelled) >= 100
        assert all(not u.text.startswith(("1.a ", "3.b ", "c.i ")) for u in unlabelled)


def test_rtf_document() -> None:
    data = rtf_bytes(
        [
            "Interview notes – café owner",
            "Interviewer: Où achetez-vous le café ?",
            "Owner: Chez un torréfacteur à Lyon, depuis 2019 — jamais ailleurs. 🙂",
            "Interviewer: Pourquoi ?",
            "Owner: La qualité, et il livre le lundi.",
        ]
    )
    parsed = parse_bytes(data, Path("notes.rtf"))
    assert parsed.format == "rtf" and parsed.title == "Interview notes – café owner"
    assert [u.speaker for u in parsed.utterances] == ["Interviewer", "Owner", "Interviewer", "Owner"]
    assert parsed.utterances[1].text == "Chez un torréfacteur à Lyon, depuis 2019 — jamais ailleurs. 🙂"


def _zip_with(member: str, content: str) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(member, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("cut.odt", odt_bytes(THINK_ALOUD)[:200], "damaged"),
        ("no-content.odt", _zip_with("styles.xml", "<x/>"), "no content.xml"),
        ("bad-xml.odt", _zip_with("content.xml", "<office:document-content><unclosed>"), "invalid XML"),
        ("entities.odt", _zip_with("content.xml", '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'), "DOCTYPE"),
        ("empty.odt", odt_bytes([]), "no text"),
        ("unbalanced.rtf", b"{\\rtf1\\ansi {\\b Interviewer:} hello\\par", "unbalanced braces"),
        ("extra-brace.rtf", b"{\\rtf1\\ansi hello}}", "closing brace"),
        ("empty.rtf", b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}}", "no text"),
    ],
)
def test_bad_documents_fail_with_one_clear_line(name: str, data: bytes, problem: str) -> None:
    with pytest.raises(InputFileError) as caught:
        parse_bytes(data, Path(name))
    assert caught.value.message.startswith(name) and problem in caught.value.message
    assert "\n" not in caught.value.message


def test_noscribe_html_with_unsure_speaker_and_inline_times() -> None:
    parsed = parse_file(Path(__file__).parent / "import_samples" / "noscribe.html")
    assert parsed.format == "html" and parsed.title == "workshop-visit.mp3"
    assert [(u.speaker, u.start) for u in parsed.utterances] == [
        ("S00", 0.0), ("S01", 4.0), ("S00", 15.0), ("S01?", 18.0), ("S00", 26.0), ("S01", 29.0),
    ]  # fmt: skip
    assert (
        parsed.utterances[5].text
        == "A paper log on the wall, which nobody else can read & which I lose twice a year."
    )
    from assistant.ingest.roles import assign_roles

    roles = assign_roles(parsed.utterances)
    assert roles.roles == {"S00": "interviewer", "S01": "participant", "S01?": "participant"}


def test_html_without_text_is_refused() -> None:
    with pytest.raises(InputFileError) as caught:
        parse_bytes(
            b"<!DOCTYPE html><html><head><title></title></head><body><script>x=1</script></body></html>",
            Path("e.html"),
        )
    assert caught.value.message == "e.html: HTML page has no text"
