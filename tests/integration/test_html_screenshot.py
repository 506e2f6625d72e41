"""The HTML persona export renders in headless Chromium (a screenshot that is not blank)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))

from persona_data import hashing_workspace, study  # noqa: E402

from assistant.personas.documents import export_personas  # noqa: E402
from assistant.personas.synthesis import synthesize_personas  # noqa: E402

pytestmark = pytest.mark.integration


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no headless Chromium installed (scripts/system-deps.sh installs it)")


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the decompressed pixels (blank pages have ~2)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    chunks, position = [], 8
    while position < len(data):
        length = struct.unpack(">I", data[position : position + 4])[0]
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            chunks.append(data[position + 8 : position + 8 + length])
        position += 12 + length
    pixels = zlib.decompress(b"".join(chunks))
    return width, height, len(set(pixels[:4_000_000]))


def test_html_export_screenshot(tmp_path):
    chromium = _chromium()
    workspace = hashing_workspace(tmp_path / "s", study())
    persona_set = synthesize_personas(workspace, engine="offline")
    (html,) = export_personas(workspace, persona_set, "html", tmp_path / "out")
    shot = tmp_path / "personas.png"
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        f"--screenshot={shot}",
        "--window-size=1280,2000",
        html.resolve().as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert shot.exists(), "Chromium wrote no screenshot"
    width, height, colours = _png_size_and_colours(shot)
    assert (width, height) == (1280, 2000)
    assert colours > 20, "the screenshot looks blank"
