"""Importers: each export layout, merging, encodings and bad input, on small inline files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.core.errors import ConfigError, InputFileError
from assistant.ingest.formats import NotATranscriptError, parse_file, parse_text
from assistant.ingest.formats.base import Segment, merge_segments

SAMPLES = Path(__file__).resolve().parents[2] / "transcripts" / "samples-formats"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def pairs(parsed) -> list[tuple[str | None, str]]:
    return [(u.speaker, u.text) for u in parsed.utterances]


# -- merging ---------------------------------------------------------------------------------


def test_merge_joins_same_speaker_and_keeps_first_start_last_end() -> None:
    merged = merge_segments(
        [
            Segment("Ann", "Hello", 1.0, 2.0),
            Segment("Ann", "  there\n friend ", 2.5, 3.0),
            Segment("Bob", "Hi", 4.0, 5.0),
        ]
    )
    assert [(u.speaker, u.text, u.start, u.end) for u in merged] == [
        ("Ann", "Hello there friend", 1.0, 3.0),
        ("Bob", "Hi", 4.0, 5.0),
    ]


def test_unattributed_segments_stay_separate() -> None:
    merged = merge_segments([Segment(None, "one", 0, 1), Segment(None, "two", 1, 2)])
    assert [(u.speaker, u.text) for u in merged] == [(None, "one"), (None, "two")]


# -- formats ---------------------------------------------------------------------------------


def test_zoom_vtt_sample_merges_cues_and_unescapes() -> None:
    parsed = parse_file(SAMPLES / "zoom-bakery.vtt")
    assert parsed.format == "zoom_vtt"
    assert parsed.utterances[1].speaker == "Tom Avery"
    assert parsed.utterances[1].text.endswith(
        "first hour is all ovens, then I check the online orders & the supplier invoices."
    )
    assert parsed.utterances[1].start == pytest.approx(5.1)
    assert parsed.utterances[1].end == pytest.approx(13.9)
    assert len(parsed.utterances) == 4


def test_teams_vtt_voice_tags(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "teams.vtt",
        "WEBVTT\n\nab12cd34-0000-4000-8000-000000000000/1-0\n00:00:01.000 --> 00:00:02.000\n"
        "<v Ana Souza>Bom dia &amp; obrigada.</v>\n\nab12cd34-0000-4000-8000-000000000000/2-0\n"
        "0:0:2.5 --> 0:0:3.0\n<v Rui Costa>De nada?</v>\n",
    )
    parsed = parse_file(path)
    assert parsed.format == "teams_vtt"
    assert pairs(parsed) == [("Ana Souza", "Bom dia & obrigada."), ("Rui Costa", "De nada?")]


def test_stream_auto_captions_have_no_speakers(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "captions.vtt",
        'WEBVTT\n\nNOTE duration:"00:00:10"\n\nNOTE Confidence: 0.9\n\n'
        "ef04c7c2-a59e-463f-9d27-b5b1259d6777\n00:00:03.300 --> 00:00:06.870\nSorry about\nthat.\n\n"
        "NOTE Confidence: 0.8\n\n8a017ebb-1722-4e7f-8984-fc6da39c3489\n00:00:08.100 --> 00:00:09.620\nYes.\n",
    )
    parsed = parse_file(path)
    assert parsed.format == "ms_stream_vtt"
    assert pairs(parsed) == [(None, "Sorry about that."), (None, "Yes.")]


def test_srt_wrapped_lines_and_speakers(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "x.srt",
        "1\n00:00:01,141 --> 00:00:04,440\nKim Lee: Hi, can you\nhear me?\n\n2\n00:00:05,000 --> 00:00:06,000\n"
        "Raj Iyer: Yes.\n\n3\n00:00:06,100 --> 00:00:07,000\nRaj Iyer: Loud and clear.\n",
    )
    parsed = parse_file(path)
    assert parsed.format == "srt"
    assert pairs(parsed) == [("Kim Lee", "Hi, can you hear me?"), ("Raj Iyer", "Yes. Loud and clear.")]
    assert parsed.utterances[0].start == pytest.approx(1.141)


def test_otter_drops_footer_and_joins_paragraphs(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "otter.txt",
        "Ana Lima  0:02\nWhat do you do?\n\nBo Chen  0:07\nI pack orders.\n\nBo Chen  0:15\nAll day.\n\n\n"
        "Transcribed by https://otter.ai\n",
    )
    parsed = parse_file(path)
    assert parsed.format == "otter_txt"
    assert pairs(parsed) == [("Ana Lima", "What do you do?"), ("Bo Chen", "I pack orders. All day.")]
    assert parsed.utterances[1].start == 7.0


def test_rev_sample() -> None:
    parsed = parse_file(SAMPLES / "rev-garage.txt")
    assert parsed.format == "rev_txt"
    assert [u.speaker for u in parsed.utterances] == ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2"]
    assert parsed.utterances[-1].text.endswith("not great. When I am off sick nobody knows who owes what.")


def test_descript_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "d.txt", "[00:00:03] Ana: Hello there?\n[00:00:05] Ben: Hi.\nStill me.\n")
    parsed = parse_file(path)
    assert parsed.format == "descript_txt"
    assert pairs(parsed) == [("Ana", "Hello there?"), ("Ben", "Hi. Still me.")]
    assert parsed.utterances[0].start == 3.0


def test_zoom_saved_transcript_txt(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "z.txt",
        "[Jo Park] 11:02:09\nHow are you?\n\n[Jo Park] 11:02:12\nGood?\n\n[Al Roy] 11:02:15\nFine.\n",
    )
    parsed = parse_file(path)
    assert parsed.format == "zoom_txt"
    assert pairs(parsed) == [("Jo Park", "How are you? Good?"), ("Al Roy", "Fine.")]


def test_plain_lines_and_header(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "p.txt",
        "Customer interview, 12 March 2024\n\nAna: So what happened next?\nBen: We lost the invoice.\n"
        "It was a mess.\nAna: Why?\nBen: Note: nobody owned it.\n",
    )
    parsed = parse_file(path)
    assert parsed.format == "plain_txt"
    assert pairs(parsed) == [
        ("Ana", "So what happened next?"),
        ("Ben", "We lost the invoice. It was a mess."),
        ("Ana", "Why?"),
        ("Ben", "Note: nobody owned it."),
    ]
    assert str(parsed.date) == "2024-03-12"


def test_a_two_turn_interviewer_participant_transcript_is_a_conversation(tmp_path: Path) -> None:
    """The labels "Interviewer:" and "Participant:" are also header keys; when they are the only labels and one of
    them says something, they are the two speakers. A header naming them stays a header."""
    short = write(tmp_path, "short.txt", "Interviewer: What do you do each morning?\nParticipant: Orders.\n")
    assert pairs(parse_file(short)) == [
        ("Interviewer", "What do you do each morning?"),
        ("Participant", "Orders."),
    ]
    header = write(
        tmp_path,
        "header.txt",
        "Interviewer: Jane Doe\nParticipant: P3, nurse\n\nJane: What is hard?\nP3: The rota.\n",
    )
    parsed = parse_file(header)
    assert pairs(parsed) == [("Jane", "What is hard?"), ("P3", "The rota.")]
    names_only = write(
        tmp_path, "names.txt", "Interviewer: Jane Doe\nParticipant: Bob Smith\n\nI work in the warehouse.\n"
    )
    with pytest.raises(NotATranscriptError):
        parse_file(names_only)


def test_full_width_colons_of_chinese_and_japanese_transcripts(tmp_path: Path) -> None:
    """Chinese and Japanese transcripts write "访谈者：" with the full-width colon and no space after
    it, or an ASCII colon straight against the text; a sentence with "：" inside is no label."""
    path = write(
        tmp_path,
        "zh.txt",
        "访谈者：请介绍一下您的工作。\n受访者：我在杭州开客栈，他说：价格太高了。\n"
        "访谈者:昨天怎么过的？\n受访者: 早上对账。\n我觉得，问题是：订单太多。\n他跟我说：你明天不用来了。\n"
        "会议在下午3：30开始。\n",
    )
    parsed = parse_file(path)
    assert parsed.format == "plain_txt"
    assert pairs(parsed) == [
        ("访谈者", "请介绍一下您的工作。"),
        ("受访者", "我在杭州开客栈，他说：价格太高了。"),
        ("访谈者", "昨天怎么过的？"),
        ("受访者", "早上对账。 我觉得，问题是：订单太多。 他跟我说：你明天不用来了。 会议在下午3：30开始。"),
    ]
    bold = write(
        tmp_path, "ja.md", "**司会：** 今日はありがとうございます。\n\n**回答者：** よろしくお願いします。\n"
    )
    assert pairs(parse_file(bold)) == [
        ("司会", "今日はありがとうございます。"),
        ("回答者", "よろしくお願いします。"),
    ]


def test_markdown_sample_header_stamps_and_paragraphs() -> None:
    parsed = parse_file(SAMPLES / "notes-library.md")
    assert parsed.format == "markdown"
    assert parsed.title == "Interview: Lena Fischer"
    assert str(parsed.date) == "2025-03-04"
    assert parsed.interviewer_hint == "Omar Reyes"
    speakers = [u.speaker for u in parsed.utterances]
    assert speakers == ["Omar Reyes", "Lena Fischer", "Omar Reyes", "Lena Fischer", "Omar Reyes"]
    assert parsed.utterances[1].text.startswith("I coordinate the volunteers")
    assert parsed.utterances[1].start == 5.0
    assert parsed.utterances[3].text.endswith(
        "lots of texts. The spreadsheet breaks when two people edit it at once."
    )


def test_markdown_character_references_are_read_as_their_characters(tmp_path: Path) -> None:
    """A podcast's web export wrote "It&#39;s" and "&quot;": Markdown shows them as characters, and a
    quote must read as said. "R&D" and "Q&A" are no references and stay."""
    path = write(
        tmp_path,
        "episode.md",
        "**Host:** Welcome back. So it&#39;s both frontend and backend?\n\n"
        "**Guest:** It&#39;s both &mdash; our R&D and Q&A teams said &quot;ship it&quot; &amp; we did.\n",
    )
    texts = [u.text for u in parse_file(path).utterances]
    assert texts == [
        "Welcome back. So it's both frontend and backend?",
        'It\'s both \u2014 our R&D and Q&A teams said "ship it" & we did.',
    ]


def test_markdown_links_read_as_their_text_and_time_only_markers_are_nobody(tmp_path: Path) -> None:
    """Read in real podcast exports: "[Let's Encrypt](https://...)" links, and "**Break** : [20:00]"
    ad-break markers that became a speaker; a label that says words elsewhere stays a speaker."""
    path = write(
        tmp_path,
        "episode.md",
        "**Host:** \\[00:01\\] So what do you run?\n\n"
        "**Guest:** We are not using a [Let's Encrypt](https://letsencrypt.org/) system yet.\n\n"
        "**Break** : \\[20:00\\]\n\n"
        "**Host:** \\[21:10\\] And after the break?\n\n"
        "**Guest:** \\[21:15\\]\n\n"
        "Break: \\[57:26\\] to \\[58:16\\]\n\n"
        "**Guest:** We moved the rest.\n",
    )
    parsed = parse_file(path)
    assert [u.speaker for u in parsed.utterances] == ["Host", "Guest", "Host", "Guest"]
    assert parsed.utterances[1].text == "We are not using a Let's Encrypt system yet."
    assert parsed.utterances[3].text.endswith("We moved the rest.")
    assert all("Break" not in u.text for u in parsed.utterances)


def test_google_meet_layout(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "meet.md",
        "# Weekly sync (2024-05-02 16:04 GMT+1) - Transcript\n\n### Attendees\nAna Lima, Bo Chen\n\n# Transcript\n\n"
        "#### **This editable transcript was computer generated and might contain errors.**\n\n"
        "Ana Lima: Welcome. Any questions?\n\n00:05:00\n\nBo Chen: One…\nAnd another.\n\n"
        "Meeting ended after 00:10:00 👋\n",
    )
    parsed = parse_file(path)
    assert parsed.format == "google_meet"
    assert parsed.title == "Weekly sync (2024-05-02 16:04 GMT+1)"
    assert str(parsed.date) == "2024-05-02"
    assert pairs(parsed) == [("Ana Lima", "Welcome. Any questions?"), ("Bo Chen", "One… And another.")]
    assert parsed.utterances[1].start == 300.0


def test_json_list_and_object(tmp_path: Path) -> None:
    records = [
        {"speaker": "A", "text": "Question?", "start": 1, "end": 2},
        {"speaker": "B", "text": "Answer.", "start": "00:00:03"},
        {"speaker": "B", "text": "More."},
    ]
    for name, payload in (("l.json", records), ("o.json", {"utterances": records})):
        parsed = parse_file(write(tmp_path, name, json.dumps(payload)))
        assert parsed.format == "json"
        assert pairs(parsed) == [("A", "Question?"), ("B", "Answer. More.")]
        assert parsed.utterances[1].start == 3.0


def test_qmsum_meeting_json(tmp_path: Path) -> None:
    payload = {
        "topic_list": [],
        "meeting_transcripts": [{"speaker": "Marketing", "content": "Users want it simple ."}],
    }
    parsed = parse_file(write(tmp_path, "m.json", json.dumps(payload)))
    assert parsed.format == "qmsum_json"
    assert pairs(parsed) == [("Marketing", "Users want it simple .")]


def test_docx(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Interview notes")
    document.add_paragraph("Ana: How do you approve invoices?")
    document.add_paragraph("Ben: By email, mostly.")
    document.add_paragraph("Ana: And then?")
    path = tmp_path / "call.docx"
    document.save(str(path))
    parsed = parse_file(path)
    assert parsed.format == "docx"
    assert pairs(parsed)[:2] == [("Ana", "How do you approve invoices?"), ("Ben", "By email, mostly.")]


def test_format_override_and_unknown_format(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", "Ana: hello?\nBen: hi.\n")
    assert parse_file(path).format == "plain_txt"
    assert parse_file(path, "markdown").format == "markdown"
    with pytest.raises(InputFileError, match="expected a cue number"):
        parse_file(path, "srt")
    with pytest.raises(ConfigError, match="unknown --format 'nonsense'"):
        parse_file(path, "nonsense")


# -- encodings and bad input -----------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        "\ufeffAna: Olá, tudo bem?\nBen: Sim, ótimo.\n".encode("utf-8"),
        "Ana: Olá, tudo bem?\nBen: Sim, ótimo.\n".encode("utf-16"),
        "Ana: Olá, tudo bem?\nBen: Sim, ótimo.\n".encode("cp1252"),
    ],
    ids=["utf8-bom", "utf16-bom", "cp1252"],
)
def test_encodings(tmp_path: Path, encoded: bytes) -> None:
    parsed = parse_file(write(tmp_path, "enc.txt", encoded))
    assert pairs(parsed) == [("Ana", "Olá, tudo bem?"), ("Ben", "Sim, ótimo.")]


def test_binary_garbage_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "garbage.txt", bytes(range(256)) * 20)
    with pytest.raises(InputFileError, match="not a text transcript") as info:
        parse_file(path)
    assert str(path) in str(info.value)


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.vtt", "  \n")
    with pytest.raises(InputFileError, match="empty"):
        parse_file(path)


def test_huge_file_rejected_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.vtt"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: no real data written
    with pytest.raises(InputFileError, match="too large"):
        parse_file(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nAna: hi\n", "line 3: bad timing"),
        ("bad.srt", "1\n00:00:01,000 --> 00:00:02.000\nAna: hi\n", "line 2: bad timing"),
        ("bad2.srt", "1\nAna: hi\n", "line 2: expected a timing line"),
        ("noheader.vtt", "00:00:01.000 --> 00:00:02.000\nhi\n", "missing WEBVTT header"),
        ("none.txt", "just some words\nwithout any speakers\n", "unknown format"),
    ],
)
def test_broken_files_name_file_and_problem(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputFileError, match=message) as info:
        parse_file(path)
    assert str(info.value).startswith(str(path))


def test_unknown_layout_is_not_a_transcript(tmp_path: Path) -> None:
    with pytest.raises(NotATranscriptError):
        parse_text("a b c\n", tmp_path / "x.txt")


def test_non_ascii_path(tmp_path: Path) -> None:
    folder = tmp_path / "entrevistas-ção"
    folder.mkdir()
    path = write(folder, "entretien-élodie.txt", "Élodie: Bonjour ?\nJosé: Bonjour.\n")
    assert pairs(parse_file(path)) == [("Élodie", "Bonjour ?"), ("José", "Bonjour.")]


def test_large_transcript_parses_linearly(tmp_path: Path) -> None:
    lines = [f"{'Ana' if i % 2 else 'Ben'}: sentence number {i}?" for i in range(20000)]
    parsed = parse_text("\n".join(lines), tmp_path / "big.txt")
    assert len(parsed.utterances) == 20000


def test_bracketed_text_without_extension_is_not_json(tmp_path: Path) -> None:
    parsed = parse_text("[Jo Park] 11:02:09\nHello?\n\n[Al Roy] 11:02:12\nHi.\n", tmp_path / "pasted")
    assert parsed.format == "zoom_txt"
    assert parse_text('[{"speaker": "A", "text": "x"}]', tmp_path / "pasted").format == "json"
