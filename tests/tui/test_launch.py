"""`personas` with no command and `personas tui` open the app on the chosen workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import assistant.cli.tui_cmd as tui_cmd
from assistant.cli import main


@pytest.mark.parametrize(
    ("args", "expected_mode"),
    [([], "home"), (["tui"], "home"), (["tui", "--screen", "interview"], "interview")],
)
def test_commands_open_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args, expected_mode) -> None:
    opened: list[tuple[Path, str]] = []

    class FakeApp:
        def __init__(self, workspace, start_mode: str) -> None:
            opened.append((workspace.root, start_mode))

        def run(self) -> None:
            pass

    import assistant.tui.app

    monkeypatch.setattr(
        assistant.tui.app, "make_app", lambda workspace, start_mode="home": FakeApp(workspace, start_mode)
    )
    result = CliRunner().invoke(main, ["--workspace", str(tmp_path / "ws"), "--create", *args])
    assert result.exit_code == 0, result.output
    assert opened == [((tmp_path / "ws").resolve(), expected_mode)]
    assert (tmp_path / "ws" / "sessions").is_dir()  # --create made the workspace


def test_a_missing_workspace_is_one_error_line_not_an_empty_app(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--workspace", str(tmp_path / "nowhere"), "tui"])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error: ") and "does not exist" in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_tui_help_lists_the_screens() -> None:
    result = CliRunner().invoke(main, ["tui", "--help"])
    assert result.exit_code == 0
    assert "interview" in result.output and "personas" in result.output
    assert callable(tui_cmd.launch_tui)
