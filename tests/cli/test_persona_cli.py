"""CLI: synthesize, assign, personas list/show/versions, diff, export."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))

from persona_data import AP_CLERK, hashing_workspace, make_interview, save_interview, study  # noqa: E402

from assistant.cli import main  # noqa: E402


def _run(workspace, *args: str):
    result = CliRunner().invoke(main, ["--workspace", str(workspace.root), *args])
    return result


def test_synthesize_json_contract_and_listing(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    result = _run(workspace, "synthesize", "--engine", "offline", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert {"id", "label", "negative", "members", "attributes"} <= set(data["personas"][0])
    assert any(p["negative"] for p in data["personas"])
    listing = _run(workspace, "personas", "list")
    assert listing.exit_code == 0
    assert "members" in listing.output and "[not a target]" in listing.output
    ap_id = next(p["id"] for p in data["personas"] if not p["negative"])
    shown = _run(workspace, "personas", "show", ap_id)
    assert shown.exit_code == 0
    assert "of 3 members" in shown.output or "of 2 members" in shown.output
    shown_json = json.loads(_run(workspace, "personas", "show", ap_id, "--json").stdout)
    assert shown_json["id"] == ap_id
    # The members line is the documents' one: each member's fit and the title read for them.
    members_line = next(line for line in shown.output.splitlines() if " members: " in line)
    for member in shown_json["members"]:
        fit = shown_json["member_fit"].get(member)
        title = shown_json["member_titles"].get(member)
        assert fit is None or f"{member} (fit {fit:+.2f}" in members_line
        assert title is None or f"“{title}”" in members_line
    assert shown_json["member_fit"] or shown_json["member_titles"]


def test_assign_then_diff_shows_the_new_member(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    assert _run(workspace, "synthesize", "--engine", "offline").exit_code == 0
    transcript, findings = make_interview("ap-7", "Clerk 7", AP_CLERK, company="Iris Foods", n=7)
    save_interview(workspace, transcript, findings)
    assigned = _run(workspace, "assign", "--engine", "offline")
    assert assigned.exit_code == 0, assigned.output
    assert "ap-7" in assigned.output
    diff = _run(workspace, "diff", "1", "2", "--json")
    assert diff.exit_code == 0
    data = json.loads(diff.stdout)
    placed = [c for c in data["changed"] if c["members_added"]]
    text = _run(workspace, "diff")
    assert "v1 -> v2" in text.output
    if placed:
        assert "ap-7" in [m for c in placed for m in c["members_added"]] and "members added:" in text.output
    else:
        assert "ap-7" in json.dumps(data)
    versions = _run(workspace, "personas", "versions")
    assert "synthesize" in versions.output and "assign" in versions.output


def test_export_formats(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    _run(workspace, "synthesize", "--engine", "offline")
    for fmt in ("md", "html", "json"):
        out = tmp_path / fmt
        result = _run(workspace, "export", "--format", fmt, "--out", str(out), "--version", "1")
        assert result.exit_code == 0, result.output
        assert all(Path(line).exists() for line in result.output.split())
    assert (tmp_path / "md" / "index.md").exists()
    assert (tmp_path / "html" / "personas-v0001.html").read_text().startswith("<!DOCTYPE html>")
    assert json.loads((tmp_path / "json" / "personas-v0001.json").read_text())["version"] == 1


def test_errors_are_one_line(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", {})
    result = _run(workspace, "synthesize", "--engine", "offline")
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and "findings" in result.output
    missing = _run(workspace, "export", "--format", "md", "--version", "7")
    assert missing.exit_code == 1 and missing.output.startswith("error: ") and "persona" in missing.output
    assert _run(workspace, "diff").exit_code == 1
