"""Long runs through the CLI: progress lines in logs, and unchanged re-runs that redo nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.core.workspace import Workspace

INTERVIEW = """Interviewer: Tell me about your role.
Dana: I run payroll for three clinics. Approvals take forever because managers travel.
Interviewer: What would help?
Dana: Closing the month in five days instead of twelve would change my life.
Interviewer: Who decides on new tools?
Dana: The practice manager decides, and the owner signs anything over ten thousand.
"""


def run(workspace: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--workspace", str(workspace), *args])


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    monkeypatch.setenv("PERSONAS_PROGRESS_SECONDS", "0.000001")  # a line at every step
    root = tmp_path / "study"
    Workspace.init(root)
    folder = tmp_path / "files"
    folder.mkdir()
    for number in range(1, 4):
        text = INTERVIEW.replace("three clinics", f"{number + 2} clinics")
        (folder / f"interview-{number}.txt").write_text(text, encoding="utf-8")
    result = run(root, "import", str(folder))
    assert result.exit_code == 0, result.output
    return root


def test_extract_reports_progress_lines_and_a_rerun_keeps_the_files(study: Path) -> None:
    first = run(study, "extract", "--all")
    assert first.exit_code == 0, first.output
    assert "extracting (offline): 3/3 interviews (100%)" in first.stderr
    assert "words/s" in first.stderr
    assert "extracting (offline): 3 interviews in" in first.stderr  # the closing line
    files = sorted((study / "findings").glob("*.json"))
    stamps = [path.stat().st_mtime_ns for path in files]

    again = run(study, "extract", "--all")
    assert again.exit_code == 0, again.output
    assert "3 of 3 interviews unchanged since their last extraction" in again.stderr
    assert again.stdout.count("(unchanged)") == 3
    assert [path.stat().st_mtime_ns for path in files] == stamps

    forced = run(study, "extract", "--all", "--force", "--json")
    assert forced.exit_code == 0, forced.output
    assert "unchanged" not in forced.stderr
    assert json.loads(forced.stdout)  # findings again, freshly extracted
