"""``personas demo`` keeps what it made (and anything a user added), and works from an installed wheel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.cli.demo_cmd import DEMO_MARKER, open_demo_workspace, sample_study_dir
from assistant.core.errors import WorkspaceError

REPO = Path(__file__).resolve().parents[2]
SAMPLE_NAMES = {p.name for p in (REPO / "transcripts" / "sample-study").iterdir()}


def test_the_samples_are_found_in_a_source_checkout() -> None:
    folder = sample_study_dir()
    assert {p.name for p in folder.iterdir()} >= SAMPLE_NAMES
    assert len([p for p in folder.iterdir() if p.name.startswith("interview-")]) == 10


def test_a_new_folder_becomes_a_marked_demo_workspace(tmp_path: Path) -> None:
    workspace, created = open_demo_workspace(tmp_path / "demo")
    assert created and workspace.is_initialised()
    assert (workspace.root / DEMO_MARKER).is_file()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert open_demo_workspace(empty)[1] is True


def test_an_existing_demo_workspace_is_reused_with_everything_in_it(tmp_path: Path) -> None:
    workspace, _ = open_demo_workspace(tmp_path / "demo")
    live = workspace.sessions_dir / "interview-2026.jsonl"
    live.write_text('{"kind": "turn"}\n')
    again, created = open_demo_workspace(tmp_path / "demo")
    assert not created and again.root == workspace.root
    assert live.read_text() == '{"kind": "turn"}\n'


def test_a_folder_the_demo_did_not_make_is_never_touched(tmp_path: Path) -> None:
    study = tmp_path / "my-study"
    study.mkdir()
    (study / "personas.toml").write_text('study = "mine"\n')
    with pytest.raises(WorkspaceError, match="not made by `personas demo`; left untouched"):
        open_demo_workspace(study)
    assert sorted(p.name for p in study.iterdir()) == ["personas.toml"]
    result = CliRunner().invoke(main, ["demo", "--out", str(study)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {study}: exists and was not made by `personas demo`")
    assert sorted(p.name for p in study.iterdir()) == ["personas.toml"]


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_running_the_demo_twice_keeps_the_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    first = CliRunner().invoke(main, ["demo", "--engine", "offline"])
    assert first.exit_code == 0, first.output
    root = tmp_path / "demo-workspace"
    assert "1/6 workspace created" in first.stdout
    transcripts_before = _files(root / "transcripts")
    findings_before = _files(root / "findings")
    assert len(transcripts_before) == 10 and len(findings_before) == 10
    # What a user does in the demo workspace between two runs: a live interview, a chat, an import.
    (root / "sessions" / "live.jsonl").write_text('{"kind": "turn", "text": "mine"}\n')
    (root / "sessions" / "chat-1.jsonl").write_text('{"question": "why?"}\n')
    own = tmp_path / "own.txt"
    own.write_text(
        "Interviewer: What do you do?\nAlex: I run the front desk and the phones.\n\n"
        "Interviewer: What was yesterday like?\nAlex: Two cancellations before nine, then the waitlist.\n\n"
        "Interviewer: And after that?\nAlex: I called four people and filled one slot.\n"
    )
    imported = CliRunner().invoke(main, ["-w", str(root), "import", "--no-index", str(own)])
    assert imported.exit_code == 0, imported.output

    second = CliRunner().invoke(main, ["demo", "--engine", "offline"])
    assert second.exit_code == 0, second.output
    assert "1/6 workspace kept" in second.stdout
    assert "0 imported and indexed, 10 unchanged" in second.stdout
    assert "0 interviews extracted" in second.stdout and "10 unchanged" in second.stdout
    assert "persona version 1 unchanged, kept" in second.stdout
    assert _files(root / "findings") == findings_before
    assert (root / "sessions" / "live.jsonl").read_text() == '{"kind": "turn", "text": "mine"}\n'
    assert (root / "sessions" / "chat-1.jsonl").is_file()
    assert "own" in {p.stem for p in (root / "transcripts").iterdir()}
    assert sorted(p.name for p in (root / "personas").iterdir()) == ["v0001.json"]


@pytest.mark.slow
def test_the_demo_runs_from_an_installed_wheel_in_an_empty_folder(tmp_path: Path) -> None:
    """Build the wheel from a copy of the sources, then run `personas demo` from it, not from the checkout."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")
    for folder in ("assistant", "prompts", "transcripts"):
        shutil.copytree(REPO / folder, source / folder, ignore=ignore)
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = wheels.glob("personas-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    assert {f"assistant/samples/{name}" for name in SAMPLE_NAMES} <= names

    empty = tmp_path / "empty folder"
    empty.mkdir()
    # The unpacked wheel comes first on sys.path, so the checkout (an editable install) is never used.
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import assistant; "
        "assert assistant.__file__.startswith(sys.argv[1]), assistant.__file__; "
        "from assistant.cli import main; main(sys.argv[2:])"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PERSONAS_", "OPENAI_"))}
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "site"), "demo", "--engine", "offline"],
        cwd=empty,
        capture_output=True,
        text=True,
        env={**env, "HF_HUB_OFFLINE": "1"},
        timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr
    assert "10 imported and indexed" in run.stdout
    assert sorted(p.name for p in empty.iterdir()) == ["demo-workspace"]
    answer = json.loads((empty / "demo-workspace" / "exports" / "demo-answer.json").read_text())
    assert answer
