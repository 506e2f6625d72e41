"""Reading transcript files safely: a size limit, BOM-aware decoding and a binary check."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from assistant.core.errors import InputFileError

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this are rejected before they are read (override with PERSONAS_MAX_IMPORT_BYTES)."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def max_file_bytes() -> int:
    """The import size limit in bytes."""
    configured = os.environ.get("PERSONAS_MAX_IMPORT_BYTES")
    if configured and configured.isdigit():
        return int(configured)
    return MAX_FILE_BYTES


def read_limited(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, refusing folders, unreadable files and files over the size limit."""
    limit = max_file_bytes() if limit is None else limit
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise InputFileError(path, "file not found") from None
    except OSError as exc:
        raise InputFileError(path, f"cannot read ({exc.strerror or exc})") from exc
    if path.is_dir():
        raise InputFileError(path, "is a folder, not a file")
    if stat.st_size > limit:
        raise InputFileError(
            path, f"file too large ({stat.st_size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputFileError(path, f"cannot read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise InputFileError(path, f"file too large (over the {limit / 1e6:.0f} MB limit)")
    return data


def _looks_binary(text: str) -> bool:
    """Control characters other than tab/newline/carriage return/form feed mean binary data."""
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return "\x00" in sample or controls > max(8, len(sample) // 200)


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Decode transcript bytes: BOM first, then UTF-8, then cp1252; binary data is refused."""
    if not data.strip():
        raise InputFileError(path, "file is empty")
    encoding = None
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    if encoding is None and len(data) >= 4 and data[1:2] == b"\x00" and data[3:4] == b"\x00" and data[0]:
        encoding = "utf-16-le"  # UTF-16 without BOM (ASCII-heavy text)
    elif encoding is None and len(data) >= 4 and data[0:1] == b"\x00" and data[2:3] == b"\x00" and data[1]:
        encoding = "utf-16-be"
    if encoding is not None:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputFileError(path, f"wrong encoding: not valid {encoding} at byte {exc.start}") from None
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if b"\x00" in data[:65536]:
                raise InputFileError(path, "not a text transcript (binary data)") from None
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as exc:
                raise InputFileError(
                    path, f"wrong encoding: neither UTF-8 nor cp1252 (byte {exc.start})"
                ) from None
    if _looks_binary(text):
        raise InputFileError(path, "not a text transcript (binary data)")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise InputFileError(path, "file is empty")
    return text, encoding
