"""``personas export --format qdpx`` and ``personas import project.qdpx`` from the command line."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import main
from assistant.core.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from qdpx_samples import write_project  # noqa: E402


def run(workspace: Workspace, *args: str):
    return CliRunner().invoke(main, ["--workspace", str(workspace.root), *args])


def test_import_a_project_then_export_it(workspace: Workspace, tmp_path: Path) -> None:
    project = write_project(tmp_path / "trades.qdpx")
    imported = run(workspace, "import", "--no-index", str(project))
    assert imported.exit_code == 0, imported.output
    assert f"imported {project} [Bakery interview.docx] as bakery-interview" in imported.stdout
    assert "detected: code 'Entscheidung' (1 segment) -> decision" in imported.stdout
    assert "2 imported, 0 unchanged, 0 skipped, 0 failed" in imported.stdout

    exported = run(workspace, "export", "--format", "qdpx")
    assert exported.exit_code == 0, exported.output
    default = workspace.exports_dir / "study.qdpx"
    assert exported.stdout.strip() == (
        f"wrote {default}: 2 sources, 7 coded segments (7 by the researcher), no personas yet"
    )
    assert zipfile.ZipFile(default).read("project.qde").startswith(b"<?xml")

    into_folder = run(workspace, "export", "--format", "qdpx", "--out", str(tmp_path / "out"))
    assert into_folder.exit_code == 0 and (tmp_path / "out" / "study.qdpx").is_file()
    named = run(workspace, "export", "--format", "qdpx", "--out", str(tmp_path / "Für NVivo.qdpx"))
    assert named.exit_code == 0 and (tmp_path / "Für NVivo.qdpx").is_file()


def test_a_broken_project_is_one_error_line_and_exit_1(workspace: Workspace, tmp_path: Path) -> None:
    broken = tmp_path / "broken.qdpx"
    broken.write_bytes(b"not a zip at all")
    result = run(workspace, "import", str(broken))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {broken}: not a REFI-QDA project (a .qdpx is a zip archive; this is not one)"
    ]
    assert workspace.interview_ids() == []


def test_export_of_an_empty_study_says_so_and_writes_nothing(workspace: Workspace) -> None:
    result = run(workspace, "export", "--format", "qdpx")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"error: no interviews in {workspace.root} to export (import some with `personas import FILE`)"
    )
    assert list(workspace.exports_dir.iterdir()) == []


def test_export_of_a_persona_version_that_does_not_exist(workspace: Workspace, tmp_path: Path) -> None:
    run(workspace, "import", "--no-index", str(write_project(tmp_path / "trades.qdpx")))
    result = run(workspace, "export", "--format", "qdpx", "--version", "3")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no personas yet")
    assert list(workspace.exports_dir.iterdir()) == []
