"""``personas list`` on a mistyped workspace path: an error, not an empty study."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.core.workspace import Workspace


def test_list_in_a_missing_workspace_folder_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "étude-typo"
    result = CliRunner().invoke(main, ["--workspace", str(missing), "list"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"error: {missing}: workspace folder does not exist (run `personas init {missing}`, or add --create)"
    )
    assert not missing.exists()


def test_list_in_an_empty_workspace_says_so(workspace: Workspace) -> None:
    result = CliRunner().invoke(main, ["--workspace", str(workspace.root), "list"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"no interviews in {workspace.root}")


# -- no command creates a workspace unless asked -------------------------------------------------
SAMPLE = Path(__file__).resolve().parents[2] / "transcripts" / "samples-formats" / "rev-garage.txt"

OUTSIDE_COMMANDS = [
    ["list"],
    ["show", "interview-1"],
    ["import", str(SAMPLE)],
    ["search", "delays"],
    ["reindex"],
    ["index-status"],
    ["extract", "--all"],
    ["findings"],
    ["synthesize"],
    ["assign"],
    ["personas", "list"],
    ["export", "--format", "qdpx"],
    ["ask", "What slows people down?"],
    ["pseudonyms"],
    ["tui"],
    [],
]


@pytest.fixture
def no_tui(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record TUI launches instead of running the app (a failed check must never reach it)."""
    opened: list[Path] = []

    class FakeApp:
        def __init__(self, workspace: Workspace, start_mode: str = "home") -> None:
            opened.append(workspace.root)

        def run(self) -> None:
            pass

    import assistant.tui.app

    monkeypatch.setattr(assistant.tui.app, "make_app", FakeApp)
    return opened


@pytest.mark.parametrize("args", OUTSIDE_COMMANDS, ids=lambda args: " ".join(args[:1]) or "(tui)")
def test_commands_outside_a_workspace_say_so_and_create_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_tui: list[Path], args: list[str]
) -> None:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a study\n")
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert lines == [
        f"error: {folder}: not a personas workspace (no personas.toml; run `personas init {folder}` "
        "to make it one, or pass --workspace DIR)"
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert no_tui == []


@pytest.mark.parametrize("args", [["import", str(SAMPLE)], ["search", "delays"], []])
def test_a_mistyped_workspace_is_not_created(tmp_path: Path, no_tui: list[Path], args: list[str]) -> None:
    missing = tmp_path / "stdy"
    result = CliRunner().invoke(main, ["--workspace", str(missing), *args])
    assert result.exit_code == 1
    assert "workspace folder does not exist" in result.stderr and "--create" in result.stderr
    assert not missing.exists()
    assert no_tui == []


def test_create_makes_the_workspace_then_runs_the_command(tmp_path: Path) -> None:
    target = tmp_path / "new-study"
    result = CliRunner().invoke(
        main, ["--workspace", str(target), "--create", "import", "--no-index", str(SAMPLE)]
    )
    assert result.exit_code == 0, result.output
    assert (target / "personas.toml").is_file()
    assert Workspace(target).interview_ids() == ["rev-garage"]
    again = CliRunner().invoke(main, ["--workspace", str(target), "--create", "list"])
    assert again.exit_code == 0 and "rev-garage" in again.stdout  # --create on a workspace changes nothing


def test_create_without_a_workspace_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["--create", "list"], prog_name="personas")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: personas: --create needs --workspace DIR")
    assert list(tmp_path.iterdir()) == []


def test_create_opens_the_tui_on_a_new_workspace(tmp_path: Path, no_tui: list[Path]) -> None:
    target = tmp_path / "ws"
    result = CliRunner().invoke(main, ["--workspace", str(target), "--create"])
    assert result.exit_code == 0, result.output
    assert no_tui == [target.resolve()]
    assert (target / "sessions").is_dir()


def test_init_keeps_an_existing_workspace(tmp_path: Path) -> None:
    target = tmp_path / "study"
    assert CliRunner().invoke(main, ["init", str(target)]).stdout.startswith("workspace ready: ")
    (target / "personas.toml").write_text('study = "mine"\n')
    result = CliRunner().invoke(main, ["init", str(target)])
    assert result.exit_code == 0 and result.stdout.startswith("workspace already there: ")
    assert (target / "personas.toml").read_text() == 'study = "mine"\n'


def test_a_workspace_without_settings_but_with_transcripts_still_counts(workspace: Workspace) -> None:
    workspace.settings_path.unlink()
    result = CliRunner().invoke(main, ["--workspace", str(workspace.root), "list"])
    assert result.exit_code == 0 and "no interviews" in result.stdout
