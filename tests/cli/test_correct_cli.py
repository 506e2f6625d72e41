"""`personas correct`: list, add, category, edit, reject, unquote through click's runner."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))

from persona_data import AP_CLERK, hashing_workspace, make_interview, study  # noqa: E402

from assistant.cli import main  # noqa: E402


def _run(workspace, *args: str):
    return CliRunner().invoke(main, ["--workspace", str(workspace.root), *args])


def test_correct_findings_from_the_command_line(tmp_path) -> None:
    workspace = hashing_workspace(tmp_path / "s", {"ap-1": make_interview("ap-1", "Clerk 1", AP_CLERK)})
    listed = _run(workspace, "correct", "list", "ap-1")
    assert listed.exit_code == 0, listed.output
    assert "#1" in listed.output and "#8" in listed.output

    added = _run(workspace, "correct", "add", "ap-1", "4", "fifteen hundred invoices", "-c", "impact")
    assert added.exit_code == 0, added.output
    assert "filed impact finding on ap-1:4" in added.output

    def number_of(fragment: str) -> str:
        listed = json.loads(_run(workspace, "correct", "list", "ap-1", "--json").stdout)["findings"]
        return str(next(f["number"] for f in listed if fragment in f["quote"]))

    assert _run(workspace, "correct", "category", "ap-1", number_of("AP forum"), "situation").exit_code == 0
    assert _run(workspace, "correct", "edit", "ap-1", "1", "An AP clerk with four branches").exit_code == 0
    rejected = _run(
        workspace, "correct", "reject", "ap-1", number_of("Excel tracker"), "--reason", "workaround"
    )
    assert rejected.exit_code == 0 and "Excel tracker" in rejected.output

    data = json.loads(_run(workspace, "correct", "list", "ap-1", "--json").stdout)
    findings = data["findings"]
    assert not any("Excel tracker" in f["quote"] for f in findings)
    assert any(f["engine"] == "researcher" and f["quote"] == "fifteen hundred invoices" for f in findings)
    assert next(f for f in findings if "AP forum" in f["quote"])["category"] == "situation"
    assert findings[0]["statement"] == "An AP clerk with four branches"
    assert data["rejected"][0]["reason"] == "workaround"
    # the corrections reach every reader of findings, `personas findings` included
    shown = _run(workspace, "findings", "ap-1")
    assert "fifteen hundred invoices" in shown.output and "Excel tracker" not in shown.output


def test_correct_errors_are_one_line(tmp_path) -> None:
    workspace = hashing_workspace(tmp_path / "s", {"ap-1": make_interview("ap-1", "Clerk 1", AP_CLERK)})
    cases = [
        (("correct", "add", "ap-1", "4", "not in there", "-c", "pain"), "not verbatim"),
        (("correct", "add", "ap-1", "3", "Can you tell me more", "-c", "pain"), "only the participant"),
        (("correct", "reject", "ap-1", "99"), "no finding #99"),
        (("correct", "list", "nope"), "no interview with id 'nope'"),
    ]
    for args, message in cases:
        result = _run(workspace, *args)
        assert result.exit_code == 1, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines


def test_unquote_removes_a_persona_quote_in_a_new_version(tmp_path) -> None:
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    first = json.loads(_run(workspace, "synthesize", "--engine", "offline", "--json").stdout)
    persona = next(p for p in first["personas"] if "ap-1" in p["members"])
    attribute = next(
        a for a in persona["attributes"] if any(c["interview_id"] == "ap-1" for c in a["citations"])
    )
    citation = next(c for c in attribute["citations"] if c["interview_id"] == "ap-1")
    result = _run(
        workspace,
        "correct",
        "unquote",
        persona["id"],
        citation["utterance_id"],
        "--field",
        attribute["field"],
    )
    assert result.exit_code == 0, result.output
    assert "saved persona version 2" in result.output
    second = json.loads((workspace.personas_dir / "v0002.json").read_text(encoding="utf-8"))
    kept = next(p for p in second["personas"] if p["id"] == persona["id"])
    assert not any(
        c["utterance_id"] == citation["utterance_id"] and c["quote"] == citation["quote"]
        for a in kept["attributes"]
        if a["field"] == attribute["field"]
        for c in a["citations"]
    )
    assert second["operation"] == "correct"
    rejected = json.loads(_run(workspace, "correct", "list", "ap-1", "--json").stdout)["rejected"]
    assert rejected[0]["reason"].startswith("removed from persona")
