"""``personas list`` on a mistyped workspace path: an error, not an empty study."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from assistant.cli import main
from assistant.core.workspace import Workspace


def test_list_in_a_missing_workspace_folder_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "étude-typo"
    result = CliRunner().invoke(main, ["--workspace", str(missing), "list"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"error: {missing}: workspace folder does not exist (run `personas init {missing}`)"
    )
    assert not missing.exists()


def test_list_in_an_empty_workspace_says_so(workspace: Workspace) -> None:
    result = CliRunner().invoke(main, ["--workspace", str(workspace.root), "list"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"no interviews in {workspace.root}")
