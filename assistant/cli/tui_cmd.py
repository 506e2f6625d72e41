"""``personas tui`` (and ``personas`` with no command): open the terminal UI."""

from __future__ import annotations

import click

from assistant.cli import main, workspace_of
from assistant.core.workspace import Workspace


def launch_tui(workspace: Workspace, *, start_mode: str = "home") -> None:
    """Run the Textual app on this workspace (created on first use)."""
    from assistant.tui.app import make_app

    if not workspace.is_initialised():
        Workspace.init(workspace.root)
    else:
        workspace.ensure()
    make_app(workspace, start_mode=start_mode).run()


@main.command("tui")
@click.option(
    "--screen",
    type=click.Choice(["home", "interview", "library", "personas", "ask"]),
    default="home",
    show_default=True,
    help="Screen to open first.",
)
@click.pass_context
def tui_command(ctx: click.Context, screen: str) -> None:
    """Open the terminal UI: run interviews, browse the library, personas, and ask questions."""
    launch_tui(workspace_of(ctx), start_mode=screen)
