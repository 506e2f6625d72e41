"""A mistyped command line is one `error:` line naming the command, with exit status 2."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.core.workspace import Workspace


@pytest.mark.parametrize(
    ("args", "command", "problem"),
    [
        (["export", "--format", "pdf"], "personas export", "'pdf' is not one of"),
        (["search"], "personas search", "Missing argument 'QUERY'"),
        (["bogus"], "personas", "No such command 'bogus'"),
        (["--bogus"], "personas", "No such option '--bogus'"),
        (["personas", "show"], "personas personas show", "Missing argument"),
    ],
)
def test_usage_errors_are_one_line(workspace: Workspace, args: list[str], command: str, problem: str) -> None:
    result = CliRunner().invoke(main, ["--workspace", str(workspace.root), *args], prog_name="personas")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {command}: ") and problem in lines[0]
    assert f"`{command} --help`" in lines[0]


def test_a_group_typed_alone_still_shows_its_help(workspace: Workspace) -> None:
    result = CliRunner().invoke(main, ["--workspace", str(workspace.root), "personas"])
    assert "Commands:" in result.output and "versions" in result.output
