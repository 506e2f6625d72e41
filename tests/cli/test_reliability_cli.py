"""The CLI side of issue 19: the writer lock, terminal-safe output, doctor, and honest model failures."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from index_samples import AP, CONTROLLER

from assistant.cli import main, safe
from assistant.core.models import Transcript
from assistant.core.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31m\x9b6n"


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    workspace = Workspace.init(tmp_path / "study")
    workspace.save_transcript(AP)
    workspace.save_transcript(CONTROLLER)
    return workspace


def run(workspace: Workspace, *args: str) -> object:
    return CliRunner().invoke(main, ["--workspace", str(workspace.root), *args])


def with_escapes(transcript: Transcript) -> Transcript:
    poisoned = transcript.model_copy(deep=True)
    for utterance in poisoned.utterances:
        utterance.text = f"{utterance.text} {ESCAPES}invoice"
    poisoned.interview.title = f"title {ESCAPES}"
    return poisoned


def test_safe_strips_escape_and_control_sequences_but_keeps_text() -> None:
    assert safe(f"a{ESCAPES}b\tc\nd\r\x08e \udce9") == "ab\tc\nde \ufffd"


@pytest.mark.parametrize(
    "command",
    [
        ["show", "ap-clerk"],
        ["search", "invoice", "--role", "any"],
        ["ask", "What about invoices?", "--offline"],
        ["list"],
    ],
)
def test_escape_sequences_in_transcripts_never_reach_the_terminal(
    study: Workspace, command: list[str]
) -> None:
    study.save_transcript(with_escapes(AP))
    result = run(study, *command)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x9b" not in result.output and "\x07" not in result.output


def test_findings_output_is_terminal_safe_and_shows_corrections_only_findings(study: Workspace) -> None:
    from assistant.extract.corrections import file_finding

    poisoned = with_escapes(AP)
    study.save_transcript(poisoned)
    utterance = next(u for u in poisoned.utterances if u.role == "participant" and ESCAPES in u.text)
    file_finding(study, poisoned, utterance.id, utterance.text, "pain", None)
    assert not (study.findings_dir / "ap-clerk.json").exists()  # never extracted: corrections only
    for command in (["findings", "ap-clerk"], ["findings"]):
        result = run(study, *command)
        assert result.exit_code == 0, result.output
        assert "ap-clerk" in result.output and "\x1b" not in result.output
    as_json = run(study, "findings", "ap-clerk", "--json")
    assert "\\u001b" in as_json.output and "\\u009b" in as_json.output  # escaped, never raw
    json.loads(as_json.output)


def test_list_marks_interviews_whose_roles_need_a_check(study: Workspace) -> None:
    doubtful = CONTROLLER.model_copy(deep=True)
    doubtful.interview.role_confidence = 0.3
    study.save_transcript(doubtful)
    rows = {row["id"]: row for row in json.loads(run(study, "list", "--json").output)}
    assert rows["controller"]["roles_need_review"] is True and rows["ap-clerk"]["roles_need_review"] is False
    assert "speaker roles uncertain" in rows["controller"]["roles_review"]
    text = run(study, "list").output
    assert "roles?" in [line for line in text.splitlines() if line.startswith("controller")][0]


def test_extract_all_skips_unconfirmed_roles_and_extracts_the_rest(study: Workspace) -> None:
    doubtful = CONTROLLER.model_copy(deep=True)
    doubtful.interview.role_confidence = 0.3
    study.save_transcript(doubtful)
    result = run(study, "extract", "--all", "--engine", "offline")
    assert result.exit_code == 0, result.output
    assert "skipped controller" in result.output and "1 interviews skipped" in result.output
    assert (study.findings_dir / "ap-clerk.json").exists()
    assert not (study.findings_dir / "controller.json").exists()
    named = run(study, "extract", "controller", "--engine", "offline")
    assert named.exit_code == 1 and "personas roles controller" in named.output


def test_extract_against_an_unreachable_model_fails_unless_told_to_fall_back(
    study: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERSONAS_LLM__BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens there
    monkeypatch.setenv("PERSONAS_LLM__MAX_RETRIES", "0")
    result = run(study, "extract", "ap-clerk", "--engine", "llm")
    assert result.exit_code == 1, result.output
    assert "answered none of" in result.output and "nothing saved" in result.output
    assert not (study.findings_dir / "ap-clerk.json").exists()
    fallback = run(study, "extract", "ap-clerk", "--engine", "llm", "--fallback", "offline")
    assert fallback.exit_code == 0, fallback.output
    assert "saved the offline engine's findings instead" in fallback.output
    saved = json.loads((study.findings_dir / "ap-clerk.json").read_text())
    assert saved["engine"] == "offline"


HOLD = textwrap.dedent(
    """
    import sys, time
    from assistant.core.lock import workspace_lock
    with workspace_lock(sys.argv[1], "synthesize"):
        print("held", flush=True)
        time.sleep(60)
    """
)


def test_a_second_writer_says_who_holds_the_workspace(
    study: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERSONAS_LOCK_WAIT", "0.5")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(study.root)], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = run(study, "rm", "controller")
        assert result.exit_code == 1
        assert f"waiting for `personas synthesize` (pid {holder.pid}" in result.output
        assert "workspace busy" in result.output
        assert study.transcript_path("controller").exists()
        reader = run(study, "show", "controller")  # readers never wait for a writer
        assert reader.exit_code == 0
    finally:
        holder.kill()
        holder.wait()


def test_a_folder_import_ends_with_the_reasons_of_its_failures(study: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-broken.json").write_text("[" * 5000)
    (folder / "b-nan.json").write_text(
        json.dumps([{"speaker": "A", "text": "hello there"}, {"speaker": "B", "text": "hi"}]).replace(
            '"text": "hi"', '"text": "hi", "start": NaN'
        )
    )
    (folder / "c-call.srt").write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nInterviewer: How does your week start?\n\n"
        "2\n00:00:05,000 --> 00:00:09,000\nDana: I check the rota and call the agency for cover.\n\n"
        "3\n00:00:10,000 --> 00:00:14,000\nInterviewer: What goes wrong most often?\n\n"
        "4\n00:00:15,000 --> 00:00:21,000\nDana: Someone calls in sick and the cover arrives late.\n"
    )
    result = CliRunner().invoke(main, ["--workspace", str(study.root), "import", str(folder)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    summary = next(i for i, line in enumerate(lines) if "imported," in line and "failed" in line)
    assert "1 imported" in lines[summary] and "2 failed" in lines[summary]
    after = "\n".join(lines[summary:])
    assert "a-broken.json" in after and "b-nan.json" in after and "not a number" in after
    assert "Traceback" not in result.output


def test_doctor_reports_and_repairs_then_says_healthy(study: Workspace) -> None:
    (study.personas_dir / "v0001.json").write_bytes(b"")  # a synthesize killed by an older release
    check = run(study, "doctor", "--check")
    assert check.exit_code == 1 and "v0001.json" in check.output
    assert (study.personas_dir / "v0001.json").exists()
    repaired = run(study, "doctor")
    assert repaired.exit_code == 0, repaired.output
    assert "repaired personas: v0001.json" in repaired.output
    assert "indexed 2 interviews" in repaired.output  # saved, never indexed: caught up
    assert run(study, "doctor", "--json").exit_code == 0
    assert json.loads(run(study, "doctor", "--json").output)["healthy"] is True
    assert run(study, "personas", "versions").exit_code == 0
