"""A real Chroma server (``chroma run`` from the installed chromadb) on 127.0.0.1 for the session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_server import free_port, llm_server, stop  # noqa: F401  (llm_server is a fixture)


def chroma_executable() -> str | None:
    """The ``chroma`` CLI next to this interpreter (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / "chroma"
    if beside.exists():
        return str(beside)
    return shutil.which("chroma")


def wait_for_heartbeat(url: str, process: subprocess.Popen[bytes], timeout_s: float = 60.0) -> None:
    """Poll the server's heartbeat until it answers, the process dies, or time runs out."""
    deadline = time.monotonic() + timeout_s
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chroma run exited with status {process.returncode}")
        for path in ("/api/v2/heartbeat", "/api/v1/heartbeat"):
            try:
                with urllib.request.urlopen(url + path, timeout=2) as response:
                    if response.status == 200:
                        return
            except Exception as exc:  # not up yet
                last_error = exc
        time.sleep(0.25)
    raise RuntimeError(
        f"chroma server at {url} did not answer its heartbeat in {timeout_s:.0f}s ({last_error})"
    )


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a real ``chroma run`` server on a free loopback port, stopped after the session."""
    executable = chroma_executable()
    if executable is None:
        pytest.skip("the chroma CLI (installed with chromadb) is not available")
    data_dir = tmp_path_factory.mktemp("chroma-server-données")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = data_dir.parent / f"chroma-{port}.log"
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "CHROMA_TELEMETRY": "False"}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [executable, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(data_dir)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        try:
            wait_for_heartbeat(url, process)
        except RuntimeError as exc:
            log_tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
            pytest.fail(f"{exc}\n{log_tail}")
        yield url
    finally:
        stop(process)
