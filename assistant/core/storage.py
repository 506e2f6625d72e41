"""Crash-safe file writes: write to a temporary file in the same folder, fsync, then rename."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from assistant.core.errors import WorkspaceError


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see either the old or the new file, never half."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise WorkspaceError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def atomic_write_text(path: Path, text: str) -> None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start : exc.end]
        raise WorkspaceError(
            f"{path}: not written: the text holds {bad!r} at character {exc.start}, which is not valid "
            "Unicode (a lone surrogate)"
        ) from None
    atomic_write_bytes(path, data)


def atomic_write_json(path: Path, data: Any) -> None:
    """Write strict JSON: NaN, infinities and lone surrogates are refused, never stored half-valid."""
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str, allow_nan=False)
    except ValueError as exc:
        raise WorkspaceError(f"{path}: not written: a number is NaN or infinite ({exc})") from None
    atomic_write_text(path, text + "\n")


def read_json(path: Path) -> Any:
    """Read a JSON file the project wrote; a damaged file is a WorkspaceError naming it."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WorkspaceError(f"{path}: damaged or unreadable JSON ({exc})") from exc


def append_jsonl(path: Path, record: Any) -> None:
    """Append one JSON line and fsync it, so a killed process loses at most the line being written."""
    line = json.dumps(record, ensure_ascii=False, default=str) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with Path(path).open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot append ({exc.strerror or exc})") from exc


def read_jsonl(path: Path) -> list[Any]:
    """Read a JSON-lines file; a torn last line (killed mid-write) is ignored, not fatal."""
    records: list[Any] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return records
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            if number == len(lines):
                break
            raise WorkspaceError(f"{path}:{number}: damaged line ({exc})") from exc
    return records
