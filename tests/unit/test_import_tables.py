"""Tables of interviews (CSV, TSV, XLSX, JSONL) in both shapes, imported idempotently."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from office_files import xlsx_bytes

from assistant.core.errors import InputFileError
from assistant.ingest.formats import NotATranscriptError, parse_bytes_all
from assistant.ingest.formats.tables import learn_labels, split_turns
from assistant.ingest.importing import import_paths

PER_INTERVIEW = [
    ["transcript_id", "text", "segment", "country", "date"],
    [
        "r-101",
        "Thanks for joining, this is the study assistant.\n"
        "Interviewer: How do you plan your meals each week?\n"
        "Participant: Mostly on Sunday, I write a list on the fridge.\n"
        "Interviewer: What goes wrong?\n"
        "Participant: The list disappears by Wednesday.",
        "student",
        "IE",
        "2024-03-02",
    ],
    [
        "r-102",
        "Interviewer: How do you plan your meals? Participant: I don't, I shop on the way home. "
        "Interviewer: Why is that? Participant: My shifts change every week.",
        "nurse",
        "UK",
        "2024-03-03",
    ],
]


def csv_bytes(rows: list[list[object]], delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def test_one_interview_per_row_keeps_the_first_turn_and_attributes() -> None:
    parsed = parse_bytes_all(csv_bytes(PER_INTERVIEW), Path("export.csv"))
    assert [p.key for p in parsed] == ["r-101", "r-102"]  # never one interview of rows
    first = parsed[0]
    assert first.utterances[0].speaker is None  # text before the first label is kept, unattributed
    assert first.utterances[0].text == "Thanks for joining, this is the study assistant."
    assert [u.speaker for u in first.utterances[1:]] == ["Interviewer", "Participant"] * 2
    assert first.attributes == {"segment": "student", "country": "IE", "date": "2024-03-02"}
    assert str(first.date) == "2024-03-02"
    inline = parsed[1]  # turns on one line, split at the labels
    assert [u.text for u in inline.utterances] == [
        "How do you plan your meals?",
        "I don't, I shop on the way home.",
        "Why is that?",
        "My shifts change every week.",
    ]
    assert "one interview per row" in first.notes[0] and "'transcript_id'" in first.notes[0]


def test_one_utterance_per_row_groups_by_interview_and_reads_milliseconds() -> None:
    rows = [
        ["interview_id", "speaker", "text", "start", "end"],
        ["a", "Moderator", "What happened on the way to work yesterday?", 1200, 4900],
        [
            "a",
            "Ana",
            "I missed the train because the app still showed the winter timetable, so I waited.",
            5100,
            11800,
        ],
        ["b", "Moderator", "How do you pay for parking in town?", 500, 3900],
        [
            "b",
            "Ben",
            "With coins, because the parking app never finds the right zone number for my street.",
            4100,
            9500,
        ],
        ["a", "Ana", "Then I walked.", 12000, 13000],
    ]
    parsed = parse_bytes_all(csv_bytes(rows, "\t"), Path("turns.tsv"))
    assert [p.key for p in parsed] == ["a", "b"]
    assert [u.speaker for u in parsed[0].utterances] == ["Moderator", "Ana"]  # Ana's two rows are one turn
    assert parsed[0].utterances[1].text.endswith("so I waited. Then I walked.")
    assert parsed[0].utterances[0].start == pytest.approx(1.2)  # milliseconds found from the text length
    assert parsed[0].format == "tsv_table"
    assert "one utterance per row" in parsed[0].notes[0]


def test_utterance_rows_without_interview_id_are_one_interview() -> None:
    rows = [
        ["speaker", "text"],
        ["Q", "Where do you buy seeds?"],
        ["A", "From a co-op, by post, every January."],
    ]
    [parsed] = parse_bytes_all(csv_bytes(rows), Path("one.csv"))
    assert parsed.speakers == ["Q", "A"] and "no interview id column: one interview" in parsed.notes[0]


def test_xlsx_both_shapes_and_excel_dates() -> None:
    workbook = xlsx_bytes(
        [
            ["Session ID", "Transcript", "Segment", "Interview date"],
            ["s1", "Moderator: What do you grow?\nGrower: Mostly apples, some pears.", "orchard", 45302],
            ["s2", "Moderator: What do you grow?\nGrower: Hops, and a little barley.", "brewery", 45303],
        ],
        more_sheets=1,
    )
    parsed = parse_bytes_all(workbook, Path("export.xlsx"))
    assert [p.key for p in parsed] == ["s1", "s2"]
    assert parsed[0].format == "xlsx_table"
    assert parsed[0].attributes == {"Segment": "orchard", "Interview date": "2024-01-11"}
    assert any("first of 2 worksheets" in note for note in parsed[0].notes)
    rows = xlsx_bytes(
        [["call_id", "speaker", "text"], [7, "Agent", "How can I help?"], [7, "Caller", "My order is late."]]
    )
    [call] = parse_bytes_all(rows, Path("calls.xlsx"))
    assert call.key == "7" and call.speakers == ["Agent", "Caller"]


def test_jsonl_with_turn_lists_and_with_text() -> None:
    lines = [
        {"id": "c1", "messages": [{"role": "assistant", "content": "What do you use to budget?"},
                                  {"role": "user", "content": "A notes app and some guilt."}], "plan": "free"},
        {"id": "c2", "messages": [{"role": "assistant", "content": "What do you use to budget?"},
                                  {"role": "user", "content": "My bank's app."}], "plan": "pro"},
    ]  # fmt: skip
    data = "\n".join(json.dumps(line) for line in lines).encode()
    parsed = parse_bytes_all(data, Path("chats.jsonl"))
    assert [p.key for p in parsed] == ["c1", "c2"]
    assert parsed[0].speakers == ["assistant", "user"] and parsed[0].attributes == {"plan": "free"}


def test_labels_are_learned_from_repetition_not_from_any_colon() -> None:
    texts = [
        "Interviewer: What is hard? Participant: The problem was this: nobody answers the phone.",
        "Interviewer: Anything else? Participant: Yes. Note: the form is only in English.",
    ]
    labels = learn_labels(texts)
    assert labels == {"Interviewer", "Participant"}
    turns = split_turns(texts[0], labels)
    assert turns[1].text == "The problem was this: nobody answers the phone."


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("open-quote.csv", b'id,text\n1,"Interviewer: hi\nParticipant: hello\n', "malformed CSV"),
        ("empty.csv", b"", "file is empty"),
        ("header-only.csv", b"id,text\n", "header but no rows"),
        ("no-text.csv", b"id,score\n1,3\n2,4\n", "without a text column"),
        ("survey.csv", b"id,answer\n1,I like the app a lot because it is quick to open\n2,It crashes every time I try to upload my photos\n", "no 'Speaker: text' turns"),
        ("broken.jsonl", b'{"id": 1, "text": "Interviewer: hi"}\n{"id": 2, "text": \n', "line 2: invalid JSON"),
        ("list.jsonl", b'[1, 2]\n', "expected a JSON object"),
        ("cut.xlsx", xlsx_bytes([["id", "text"], ["1", "Q: a\nA: b"]])[:300], "damaged XLSX"),
        ("latin.csv", "id,text\n1,\"Interviewer: Ça va?\nParticipant: Très bien, merci.\"\n".encode("utf-16-le")[:-1], "encoding"),
    ],
)  # fmt: skip
def test_bad_tables_fail_with_one_clear_line(name: str, data: bytes, problem: str) -> None:
    with pytest.raises(InputFileError) as caught:
        parse_bytes_all(data, Path(name))
    assert str(Path(name)) in caught.value.message and problem in caught.value.message
    assert "\n" not in caught.value.message


def test_cp1252_table_is_read() -> None:
    data = 'id;text\n1;"Interviewer: Ça va?\nParticipant: Très bien, merci."\n'.encode("cp1252")
    [parsed] = parse_bytes_all(data, Path("excel-fr.csv"))
    assert parsed.utterances[0].text == "Ça va?"


def test_table_import_is_idempotent_per_interview(workspace, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(csv_bytes(PER_INTERVIEW))
    first = import_paths(workspace, [path], index=False)
    assert [r.status for r in first.results] == ["imported", "imported"]
    assert sorted(workspace.interview_ids()) == ["export-r-101", "export-r-102"]
    stored = workspace.load_transcript("export-r-102").interview
    assert stored.participant_attributes["segment"] == "nurse" and stored.source_file.endswith(
        "export.csv#r-102"
    )
    # one more row and one changed row: only those are new; the rest is unchanged
    rows = [*PER_INTERVIEW, ["r-103", "Interviewer: Breakfast? Participant: Toast, standing up."]]
    rows[1] = [*rows[1][:3], "IE", "2024-03-02"]
    path.write_bytes(csv_bytes(rows))
    again = import_paths(workspace, [path], index=False)
    assert [r.status for r in again.results] == ["unchanged", "unchanged", "imported"]
    assert len(workspace.interview_ids()) == 3


@pytest.mark.slow
def test_ten_thousand_rows_import_with_progress_and_reimport_unchanged(workspace, tmp_path: Path) -> None:
    rows: list[list[object]] = [["id", "transcript", "segment"]]
    for number in range(10_000):
        rows.append(
            [
                f"p{number:05d}",
                f"Interviewer: How was week {number}?\nParticipant: Busy, number {number}.",
                "x",
            ]
        )
    path = tmp_path / "big.csv"
    path.write_bytes(csv_bytes(rows))
    seen: list[tuple[int, int]] = []
    report = import_paths(
        workspace, [path], index=False, row_progress=lambda done, total, _: seen.append((done, total))
    )
    assert len(report.imported) == 10_000 and seen[-1] == (10_000, 10_000) and len(seen) == 10_000
    again = import_paths(workspace, [path], index=False)
    assert len(again.unchanged) == 10_000 and not again.imported


def test_parse_errors_leave_nothing_half_written(workspace, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(b'id,text\n1,"Interviewer: hi\nParticipant: hello"\n2,"Interviewer: open quote\n')
    report = import_paths(workspace, [path], index=False)
    assert not report.ok and "malformed CSV" in report.failures[0]
    assert workspace.interview_ids() == []


def test_forced_format_for_table_text_refuses_plain_text_paths() -> None:
    with pytest.raises(NotATranscriptError):
        parse_bytes_all(b"id,text\n1,hello there\n", Path("x.csv"))


def test_a_table_saved_as_txt_is_still_a_table_but_a_transcript_with_commas_is_not() -> None:
    parsed = parse_bytes_all(csv_bytes(PER_INTERVIEW), Path("export.txt"))
    assert [p.key for p in parsed] == ["r-101", "r-102"]
    transcript = (
        b"Ana, Ben, text: notes from Tuesday\nAna: How was it?\nBen: Fine, thanks, mostly.\nAna: Good.\n"
    )
    [single] = parse_bytes_all(transcript, Path("notes.txt"))
    assert single.key is None and single.speakers == ["Ana", "Ben"]
