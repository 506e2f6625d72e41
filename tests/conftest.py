"""Shared fixtures: the ../shared data folder (skipped when absent) and an offline guard."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("PERSONAS_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))
SAMPLES = REPO_ROOT / "transcripts"

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else None
    if isinstance(host, str) and host not in ("127.0.0.1", "localhost", "::1", "0.0.0.0"):
        raise OSError(f"tests are offline: refused connection to {host}")
    return _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may reach beyond 127.0.0.1; keys from the developer's shell must not leak in."""
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "PERSONAS_WORKSPACE"):
        monkeypatch.delenv(name, raising=False)
    for name in list(os.environ):
        if name.startswith("PERSONAS_LLM__") or name.startswith("PERSONAS_INDEX__"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data folder not present at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def dev_data(shared_data: Path) -> Path:
    path = shared_data / "dev"
    if not path.is_dir():
        pytest.skip(f"dev data not present at {path}")
    return path


@pytest.fixture
def real_data(shared_data: Path) -> Path:
    path = shared_data / "real"
    if not path.is_dir():
        pytest.skip(f"real data not present at {path}")
    return path


@pytest.fixture
def workspace(tmp_path: Path):
    from assistant.core.workspace import Workspace

    return Workspace.init(tmp_path / "study")
