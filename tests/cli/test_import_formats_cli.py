"""``personas import`` on tables, documents and ASR JSON, good and bad; ``personas roles``."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.core.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from office_files import odt_bytes, rtf_bytes, xlsx_bytes  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "unit" / "import_samples"


def personas(workspace: Workspace, *args: str):
    return CliRunner().invoke(main, ["--workspace", str(workspace.root), *args])


def run_import(workspace: Workspace, *args: str):
    return personas(workspace, "import", "--no-index", *args)


def files_of(workspace: Workspace) -> list[str]:
    return sorted(str(p.relative_to(workspace.root)) for p in workspace.root.rglob("*") if p.is_file())


def csv_text(rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def test_table_says_what_it_detected_and_is_idempotent(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "ai-interviews.csv"
    rows: list[list[object]] = [["transcript_id", "text", "segment"]]
    rows += [
        [
            f"t{n}",
            f"AI: What did you cook on day {n}?\nUser: Pasta again, day {n}.\nAI: Why pasta?\nUser: It is quick.",
            "b",
        ]
        for n in range(3)
    ]
    path.write_text(csv_text(rows), encoding="utf-8")
    result = run_import(workspace, str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("imported ") == 3
    assert (
        "detected: table, one interview per row (id 'transcript_id', turns in 'text'; attributes: segment)"
        in result.stdout
    )
    assert "participant User" in result.stdout
    again = run_import(workspace, str(path))
    assert again.exit_code == 0 and again.stdout.count("unchanged ") == 3


def test_big_table_prints_a_summary_not_a_line_per_row(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    lines = [
        json.dumps(
            {
                "id": n,
                "turns": [
                    {"speaker": "AI", "text": "How was your day?"},
                    {"speaker": "User", "text": f"Long, {n}."},
                ],
            }
        )
        for n in range(50)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run_import(workspace, str(path))
    assert result.exit_code == 0, result.stderr
    assert f"{path}: 50 interviews: 50 imported, 0 unchanged, 0 skipped, 0 failed" in result.stdout
    assert result.stdout.count("imported ") == 0 or "imported " not in result.stdout.split("\n")[0]
    payload = json.loads(run_import(workspace, str(path), "--json").stdout)
    assert len(payload["results"]) == 50 and {r["status"] for r in payload["results"]} == {"unchanged"}
    assert payload["results"][0]["key"] == "0"


def test_documents_and_asr_import(workspace: Workspace, tmp_path: Path) -> None:
    rtf = tmp_path / "call.rtf"
    rtf.write_bytes(
        rtf_bytes(
            [
                "Interviewer: Where do you buy beans?",
                "Owner: From a roaster in town, weekly.",
                "Interviewer: Why that one?",
                "Owner: He delivers on Mondays, before we open.",
            ]
        )
    )
    result = run_import(workspace, str(rtf), str(SAMPLES / "deepgram.json"), str(SAMPLES / "generic_ms.json"))
    assert result.exit_code == 0, result.stderr
    assert "(4 utterances, rtf, participant Owner)" in result.stdout
    assert "deepgram_json, participant Speaker 1" in result.stdout
    assert "detected: times are in milliseconds" in result.stdout
    shown = personas(workspace, "show", "generic-ms").stdout
    assert "00:00:01 Interviewer" in shown  # not 00:25:00


def test_unlabelled_speaker_option(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "usability.odt"
    lines = [
        "MODERATOR: Please start with the first task.",
        "1 Find the export button.",
        "\tIt is not on the main screen. Maybe under settings.",
        "\tYes, there it is, under settings, which is odd.",
        "MODERATOR: What did you expect?",
        "\tA button next to the table, where the data is.",
    ]
    path.write_bytes(odt_bytes(lines))
    plain = run_import(workspace, str(path))
    assert plain.exit_code == 0 and "--unlabelled-speaker NAME" in plain.stderr
    assert personas(workspace, "rm", "usability").exit_code == 0
    named = run_import(workspace, str(path), "--unlabelled-speaker", "Tester 2")
    assert named.exit_code == 0, named.stderr
    assert "participant Tester 2" in named.stdout and "roles uncertain" not in named.stdout
    blank = run_import(workspace, str(path), "--unlabelled-speaker", " ")
    assert blank.exit_code == 2 and blank.stderr.startswith("error:")


def test_not_an_interview_needs_force(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "keynote.txt"
    talk = " ".join(
        f"Point {n}: the supply chain is only as strong as its slowest supplier." for n in range(80)
    )
    path.write_text(f"Speaker: {talk}\nHost: Thank you.\n", encoding="utf-8")
    before = files_of(workspace)
    refused = run_import(workspace, str(path))
    assert refused.exit_code == 1
    assert "not an interview: a monologue or lecture" in refused.stdout
    errors = [line for line in refused.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "--force" in errors[0]
    assert files_of(workspace) == before
    forced = run_import(workspace, str(path), "--force")
    assert forced.exit_code == 0 and "imported" in forced.stdout


def test_roles_command_shows_confirms_and_lists(workspace: Workspace) -> None:
    assert run_import(workspace, str(SAMPLES / "assemblyai.json")).exit_code == 0
    listed = personas(workspace, "roles")
    assert listed.exit_code == 0 and "assemblyai" in listed.stdout and "a group" in listed.stdout
    shown = personas(workspace, "roles", "assemblyai")
    assert shown.exit_code == 0
    assert "extraction waits for a check" in shown.stdout and "--participant LABEL" in shown.stdout
    wrong = personas(workspace, "roles", "assemblyai", "--participant", "D")
    assert wrong.exit_code == 1 and wrong.stderr.startswith("error: assemblyai: no speaker 'D'")
    confirmed = personas(workspace, "roles", "assemblyai", "--participant", "B", "--json")
    assert confirmed.exit_code == 0, confirmed.stderr
    payload = json.loads(confirmed.stdout)
    assert payload["confirmed"] and not payload["needs_review"] and payload["participant"] == "B"
    roles = {row["speaker"]: row["role"] for row in payload["speakers"]}
    assert roles == {"A": "interviewer", "B": "participant", "C": "other"}
    assert personas(workspace, "roles").stdout.startswith("no interviews with uncertain roles")


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("broken.csv", b'id,text\n1,"Interviewer: hi\n', "malformed CSV"),
        ("empty.tsv", b"", "file is empty"),
        ("cut.xlsx", xlsx_bytes([["id", "text"], ["1", "Q: hi\nA: ho"]])[:200], "damaged XLSX"),
        ("bad.jsonl", b'{"id": 1}\n{oops\n', "line 2: invalid JSON"),
        ("cut.odt", odt_bytes(["MODERATOR: hi", "\tHello there."])[:150], "damaged"),
        ("cut.rtf", b"{\\rtf1\\ansi Interviewer: hi\\par Owner: ho", "unbalanced braces"),
        ("cut.json", (SAMPLES / "assemblyai.json").read_bytes()[:700], "invalid JSON"),
        ("wide.csv", 'id,text\n1,"Q: ça\nA: oui"\n'.encode("utf-16-le")[:-1], "encoding"),
    ],
)
def test_bad_input_for_new_formats(
    workspace: Workspace, tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = files_of(workspace)
    result = run_import(workspace, str(path))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert str(path) in errors[0] and problem in errors[0], errors[0]
    assert "Traceback" not in result.output
    assert files_of(workspace) == before


def test_huge_table_is_refused_before_reading(workspace: Workspace, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PERSONAS_MAX_IMPORT_BYTES", "1000")
    path = tmp_path / "big.csv"
    path.write_text(csv_text([["id", "text"], *[[n, "Q: hi\nA: " + "words " * 20] for n in range(20)]]))
    result = run_import(workspace, str(path))
    assert result.exit_code == 1 and "file too large" in result.stderr
