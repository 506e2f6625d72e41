"""One writer at a time per workspace: an advisory lock file that names its holder.

Every command that changes a workspace holds ``.personas/lock`` (an ``flock`` on that file) while
it works; readers never take it. The kernel drops the lock when its process dies, even on
``kill -9``, so a crashed writer never leaves the workspace locked. The file also holds the
holder's pid, command and start time, so a second writer can say whom it is waiting for.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assistant.core.errors import WorkspaceError

STATE_DIR = ".personas"
"""The workspace's private bookkeeping folder (the lock, the index journal)."""
LOCK_FILE = "lock"
WAIT_ENV = "PERSONAS_LOCK_WAIT"
"""Seconds a writer waits for another one to finish (0: fail at once)."""
DEFAULT_WAIT_S = 600.0


class WorkspaceBusyError(WorkspaceError):
    """Another process is changing the workspace and did not finish in time."""

    title = "Workspace busy"


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as it wrote itself into the lock file."""

    pid: int
    command: str
    since: str

    def describe(self) -> str:
        clock = self.since[11:19] if len(self.since) >= 19 else self.since
        return f"`personas {self.command}` (pid {self.pid}, since {clock})"


class _ProcessLock:
    """The lock as held by this process: the open file, how deep it is nested, and a thread lock."""

    def __init__(self) -> None:
        self.thread_lock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_held: dict[Path, _ProcessLock] = {}
_held_guard = threading.Lock()


def lock_path(root: Path) -> Path:
    return Path(root) / STATE_DIR / LOCK_FILE


def default_wait() -> float:
    """How long a writer waits for the lock: ``PERSONAS_LOCK_WAIT`` seconds, else ten minutes."""
    configured = os.environ.get(WAIT_ENV, "").strip()
    try:
        return max(0.0, float(configured)) if configured else DEFAULT_WAIT_S
    except ValueError:
        return DEFAULT_WAIT_S


def read_holder(root: Path) -> LockHolder | None:
    """The holder written in the lock file (None when it is empty, unreadable or torn)."""
    try:
        data = json.loads(lock_path(root).read_text(encoding="utf-8") or "null")
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        return LockHolder(int(data["pid"]), str(data["command"]), str(data.get("since", "")))
    except (KeyError, TypeError, ValueError):
        return None


def is_locked(root: Path) -> LockHolder | None:
    """The current writer of the workspace, or None when nobody holds the lock (never waits)."""
    path = lock_path(root)
    if not path.is_file():
        return None
    entry = _held.get(Path(root).resolve())
    if entry is not None and entry.depth > 0:
        return LockHolder(os.getpid(), "(this process)", "")
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return read_holder(root) or LockHolder(0, "(unknown command)", "")
    except OSError:
        return None
    finally:
        os.close(fd)  # closing drops the shared lock taken to test
    return None


def _open_lock_file(root: Path) -> int:
    path = lock_path(root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot lock the workspace ({exc.strerror or exc})") from exc


def _write_holder(fd: int, command: str) -> None:
    record = {"pid": os.getpid(), "command": command, "since": datetime.now().isoformat(timespec="seconds")}
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(record).encode("utf-8"), 0)
    except OSError:
        pass  # the name of the holder is a courtesy to waiters; the flock is what protects


def _try_lock(root: Path) -> int | None:
    """The locked file's descriptor, or None when another process holds the lock.

    The holder removes the lock file when it finishes, so a descriptor locked after that names a
    file nobody else will see: the lock only counts when the file at the path is still ours.
    """
    fd = _open_lock_file(root)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError as exc:
        os.close(fd)
        raise WorkspaceError(f"{lock_path(root)}: cannot lock the workspace ({exc.strerror or exc})") from exc
    try:
        same = os.stat(lock_path(root)).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        same = False
    if not same:
        os.close(fd)
        return _try_lock(root)
    return fd


def _acquire_file_lock(
    root: Path, command: str, wait: float, on_wait: Callable[[LockHolder | None], None] | None
) -> int:
    fd = _try_lock(root)
    if fd is not None:
        return fd
    holder = read_holder(root)
    if wait > 0 and on_wait is not None:
        on_wait(holder)
    deadline = time.monotonic() + wait
    pause = 0.02
    while time.monotonic() < deadline:
        time.sleep(min(pause, max(0.0, deadline - time.monotonic())))
        pause = min(pause * 1.5, 0.25)
        fd = _try_lock(root)
        if fd is not None:
            return fd
    holder = read_holder(root) or holder
    who = holder.describe() if holder is not None else "another personas command"
    waited = f" after waiting {wait:.0f} s" if wait > 0 else ""
    raise WorkspaceBusyError(
        f"{root}: workspace busy: {who} is changing it{waited}; try again when it finishes "
        f"(or set {WAIT_ENV}=SECONDS to wait longer)"
    )


@contextmanager
def workspace_lock(
    root: Path,
    command: str,
    *,
    wait: float | None = None,
    on_wait: Callable[[LockHolder | None], None] | None = None,
) -> Iterator[None]:
    """Hold the workspace's writer lock for ``command``; nested use in one process is free.

    A second writer waits up to ``wait`` seconds (default: :func:`default_wait`), calling
    ``on_wait`` once with the current holder so a client can say why it pauses, then fails with
    :class:`WorkspaceBusyError`.
    """
    root = Path(root).resolve()
    limit = default_wait() if wait is None else max(0.0, wait)
    with _held_guard:
        entry = _held.setdefault(root, _ProcessLock())
    acquired = (
        entry.thread_lock.acquire(timeout=limit) if limit > 0 else entry.thread_lock.acquire(blocking=False)
    )
    if not acquired:
        raise WorkspaceBusyError(
            f"{root}: workspace busy: another task of this program is changing it; try again when it finishes"
        )
    try:
        if entry.depth == 0:
            fd = _acquire_file_lock(root, command, limit, on_wait)
            _write_holder(fd, command)
            entry.fd = fd
        entry.depth += 1
        try:
            yield
        finally:
            entry.depth -= 1
            if entry.depth == 0 and entry.fd is not None:
                fd, entry.fd = entry.fd, None
                try:  # removed while still locked: a waiter re-checks the path (see _try_lock)
                    lock_path(root).unlink()
                except OSError:
                    pass
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
    finally:
        entry.thread_lock.release()


def holds_lock(root: Path) -> bool:
    """Whether this process holds the workspace's writer lock right now."""
    entry = _held.get(Path(root).resolve())
    return entry is not None and entry.depth > 0 and entry.fd is not None
