"""The ``personas`` command line: a thin client of the core.

Each command family lives in its own module and registers itself on :data:`main`.
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

from assistant.core.errors import AssistantError
from assistant.core.redact import install_log_redaction, redact
from assistant.core.workspace import Workspace


def _usage_error(exc: click.UsageError) -> NoReturn:
    """Print a mistyped command line as one `error:` line (with where to get help) and exit 2."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):
        exc.show()  # a command group typed alone: its help, as click shows it
        sys.exit(exc.exit_code)
    command = exc.ctx.command_path if exc.ctx is not None else "personas"
    problem = exc.format_message().rstrip(".")
    click.echo(f"error: {command}: {problem} (see `{command} --help`)", err=True)
    sys.exit(exc.exit_code)


class CLIGroup(click.Group):
    """Turns every AssistantError into one clear line on stderr and exit status 1."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            _usage_error(exc)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            _usage_error(exc)
        except AssistantError as exc:
            click.echo(f"error: {redact(exc.message)}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)


@click.group(cls=CLIGroup, invoke_without_command=True)
@click.option(
    "--workspace",
    "-w",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    help="Study workspace folder (default: $PERSONAS_WORKSPACE, else the current folder).",
)
@click.option(
    "--create",
    is_flag=True,
    help="Create the --workspace folder as a new workspace if it is not one yet.",
)
@click.version_option(package_name="personas")
@click.pass_context
def main(ctx: click.Context, workspace: str | None, create: bool) -> None:
    """personas: run customer interviews, extract cited findings, draft personas, ask questions."""
    install_log_redaction()
    ctx.obj = Workspace.locate(workspace)
    if create:
        if workspace is None:
            raise click.UsageError("--create needs --workspace DIR (or run `personas init DIR`)")
        if not ctx.obj.is_initialised():
            Workspace.init(ctx.obj.root)
    if ctx.invoked_subcommand is None:
        from assistant.cli.tui_cmd import launch_tui

        launch_tui(workspace_of(ctx))


def workspace_of(ctx: click.Context) -> Workspace:
    """The workspace a command works on; one error line when the folder is not a workspace."""
    workspace = ctx.find_root().obj
    assert isinstance(workspace, Workspace)
    workspace.require()  # no command leaves a skeleton or an index in a folder nobody chose
    return workspace


def _register() -> None:
    import importlib

    for module in (
        "workspace_cmds",
        "import_cmd",
        "roles_cmd",
        "index_cmds",
        "extract_cmd",
        "correct_cmds",
        "persona_cmds",
        "ask_cmds",
        "tui_cmd",
        "demo_cmd",
    ):
        try:
            importlib.import_module(f"assistant.cli.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"assistant.cli.{module}":
                raise


_register()
