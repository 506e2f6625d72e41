"""The ``personas`` command line: a thin client of the core.

Each command family lives in its own module and registers itself on :data:`main`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import click

from assistant.core.errors import AssistantError
from assistant.core.lock import LockHolder, workspace_lock
from assistant.core.memory import wipe_freed_memory
from assistant.core.redact import install_log_redaction, redact
from assistant.core.workspace import Workspace

_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, screen clears
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, clipboard writes, hyperlinks
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"  # any other escape, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def safe(text: object) -> str:
    """Text from a transcript, a file name or a model, fit to print: no escape or control sequences.

    Transcripts are data: an escape sequence inside one must not recolour, retitle, clear or
    write to the clipboard of the terminal that shows it. Tabs and newlines stay; a lone
    surrogate (from a file name that is not UTF-8) prints as U+FFFD.
    """
    value = str(text)
    value = _ESCAPE_SEQUENCE.sub("", value)
    value = _CONTROL.sub("", value)
    return _SURROGATE.sub("\ufffd", value)


def dump_json(data: Any) -> str:
    """JSON for ``--json`` output: readable UTF-8, with the characters a terminal acts on escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    # json.dumps already escapes C0 controls; C1 controls (0x9b is a CSI) and lone surrogates are not
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


@contextmanager
def writing(workspace: Workspace, command: str) -> Iterator[None]:
    """Hold the workspace's writer lock while ``command`` changes it; say so while waiting for another."""

    def waiting(holder: LockHolder | None) -> None:
        who = holder.describe() if holder is not None else "another personas command"
        click.echo(f"waiting for {who} to finish with {workspace.root}…", err=True)

    with workspace_lock(workspace.root, command, on_wait=waiting):
        yield


def index_note(workspace: Workspace) -> tuple[str | None, bool]:
    """What a command that reads the index without writing it should say first: (line or None, usable).

    A damaged store is not usable (it is not opened: Chroma can panic reading one); interviews
    saved but not indexed yet are named, since vector search cannot find them until indexed.
    """
    from assistant.index.health import check_store

    damage = check_store(workspace)
    if damage is not None:
        return (
            f"{workspace.vectorstore_dir}: the index is damaged ({damage}); run `personas reindex` "
            "to move it aside and rebuild it from the transcripts"
        ), False
    pending = workspace.index_pending()
    if pending:
        shown = ", ".join(pending[:3]) + (", …" if len(pending) > 3 else "")
        return (
            f"{len(pending)} interviews are not in the vector index yet ({shown}): found by keywords only "
            "(`personas search` or `personas reindex` indexes them)"
        ), True
    return None, True


def catch_up_index(workspace: Workspace, *, required: bool, quiet: bool = False) -> tuple[str | None, bool]:
    """Index interviews a killed or ``--no-index`` run left unindexed, before searching.

    Readers never wait for a writer: when another command holds the lock, nothing is done now.
    Returns (a problem line or None, whether the vector index can be used); a damaged index
    raises instead when ``required``.
    """
    from assistant.core.errors import VectorIndexError
    from assistant.core.lock import WorkspaceBusyError
    from assistant.index.health import catch_up, check_store

    damage = check_store(workspace)
    if damage is not None:
        problem = (
            f"{workspace.vectorstore_dir}: the index is damaged ({damage}); run `personas reindex` "
            "to move it aside and rebuild it from the transcripts"
        )
        if required:
            raise VectorIndexError(problem)
        return problem, False
    pending = workspace.index_pending()
    if not pending:
        return None, True
    try:
        with workspace_lock(workspace.root, "index (catching up)", wait=0):
            waiting = workspace.index_pending()
            if waiting and not quiet:
                click.echo(f"indexing {len(waiting)} interviews saved but not indexed yet…", err=True)
            catch_up(workspace)
    except WorkspaceBusyError:
        return (
            f"{len(pending)} interviews are not indexed yet (another command is changing the workspace); "
            "results may miss them"
        ), True
    except VectorIndexError as exc:
        if required:
            raise
        return exc.message, False
    return None, True


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
            click.echo(f"error: {safe(redact(exc.message))}", err=True)
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
    wipe_freed_memory()  # no freed transcript text can end up in a native library's files
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
        "persona_edit_cmds",
        "ask_cmds",
        "tui_cmd",
        "demo_cmd",
        "doctor_cmd",
    ):
        try:
            importlib.import_module(f"assistant.cli.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"assistant.cli.{module}":
                raise


_register()
