"""Shared pieces of the reliability benchmarks (bench/fuzz_import.py, hypothesis_import.py, kill_test.py, race_import.py)."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PERSONAS_SHARED_DATA", REPO.parent / "shared" / "data"))
RESULTS = REPO / "bench" / "results"
PERSONAS = [str(REPO / ".venv" / "bin" / "personas")]


def env(**extra: str) -> dict[str, str]:
    """The environment of a CLI run: hashing embeddings (the index's model is not under test), offline."""
    values = {k: v for k, v in os.environ.items() if not k.startswith("PERSONAS_LLM__")}
    values.update(
        PERSONAS_EMBEDDINGS__PROVIDER="hashing",
        PERSONAS_LLM__PROVIDER="none",
        HF_HUB_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        PYTHONUNBUFFERED="1",
    )
    values.update(extra)
    return values


def personas(
    workspace: Path, *args: str, timeout: float = 120, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Run the real CLI on a workspace and capture what it prints."""
    return subprocess.run(
        [*PERSONAS, "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        env=env(),
        **kwargs,
    )


class Hang(BaseException):
    """A call did not return within its time limit."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise Hang in the main thread after ``seconds`` (SIGALRM)."""

    def on_alarm(signum: int, frame: Any) -> None:
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def invalid_stored_files(workspace_root: Path) -> list[str]:
    """Every JSON file the workspace holds that a strict reader refuses (not UTF-8, NaN, not a model)."""
    from assistant.core.models import Transcript, format_hms

    problems: list[str] = []
    for path in sorted(workspace_root.rglob("*.json")):
        if ".personas" in path.parts or "vectorstore" in path.parts:
            continue
        try:
            data = json.loads(path.read_bytes().decode("utf-8"), parse_constant=_no_constants)
            if path.parent.name == "transcripts":
                transcript = Transcript.model_validate(data)
                for utterance in transcript.utterances:  # what `personas show` does with every time
                    format_hms(utterance.start)
                    if utterance.start is not None and not math.isfinite(utterance.start):
                        raise ValueError("a time is not finite")
        except Exception as exc:  # noqa: BLE001 - any failure to read is what is counted
            problems.append(f"{path.relative_to(workspace_root)}: {type(exc).__name__}: {exc}"[:300])
    return problems


def seed_files(limit_bytes: int = 2_000_000) -> list[Path]:
    """Real transcripts to mutate: licensed real data, the evaluation corpus, the samples."""
    from assistant.ingest.importing import TRANSCRIPT_SUFFIXES

    roots = [
        SHARED / "real",
        REPO / "eval" / "corpus",
        REPO / "transcripts",
        REPO / "tests" / "unit" / "import_samples",
    ]
    found: list[Path] = []
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if (
                path.is_file()
                and path.suffix.lower() in TRANSCRIPT_SUFFIXES
                and path.stat().st_size <= limit_bytes
            ):
                found.append(path)
    return found


def write_result(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / name
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
