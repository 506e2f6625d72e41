"""End-to-end offline pipeline on a generated study: import+index, extract, synthesise, then incremental steps.

Every step is the real command in its own process (``personas --workspace WS ...``), timed from the
outside: wall seconds, CPU seconds (user + system) and peak resident memory of that process
(``os.wait4``). Words/s is the study's words over the wall time of the step (or of all four).

Steps: ``init``; ``import FOLDER --study bench`` (parse, roles, save, embed every span, Chroma);
``extract --all`` (offline engine); ``synthesize``. With ``--add FOLDER`` (new interviews, e.g. from
``make_study.py --offset``): ``import ADD``, ``extract --all`` and ``assign`` on top, i.e. what adding
them costs. With ``--rerun``: ``import FOLDER`` and ``extract --all`` again with nothing changed.

    .venv/bin/python bench/make_study.py --interviews 100 --out bench/.work/study-100
    .venv/bin/python bench/make_study.py --interviews 10 --offset 100000 --out bench/.work/add-10
    .venv/bin/python bench/bench_study.py bench/.work/study-100 --add bench/.work/add-10 --rerun \\
        --json bench/results/bench_study_100.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PERSONAS = Path(sys.executable).parent / "personas"


def folder_words(folder: Path, pattern: str = "*") -> tuple[int, int]:
    """(files, words) of the transcript files in ``folder`` (those matching ``pattern``)."""
    files = [p for p in folder.glob(pattern) if p.is_file() and not p.name.startswith(".")]
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    return len(files), words


def run_step(name: str, args: list[str], log: Path, env: dict[str, str]) -> dict[str, Any]:
    """Run one command, wait for it with os.wait4, and return its wall/CPU/peak-memory figures."""
    started = time.perf_counter()
    with log.open("ab") as sink:
        sink.write(f"\n$ personas {' '.join(args)}\n".encode())
        sink.flush()
        process = subprocess.Popen([str(PERSONAS), *args], stdout=sink, stderr=sink, env=env)
        _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    row = {
        "step": name,
        "exit": code,
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux reports KiB
    }
    print(json.dumps(row), flush=True)
    if code != 0:
        raise SystemExit(f"step {name} failed with exit status {code}; see {log}")
    return row


def cache_rows(workspace: Path) -> int:
    path = workspace / "cache" / "embeddings.sqlite"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Whole-process timings of the offline pipeline.")
    parser.add_argument("folder", type=Path, help="Generated study folder (bench/make_study.py).")
    parser.add_argument("--workspace", type=Path, default=None, help="Default: bench/.work/ws-<folder>.")
    parser.add_argument("--add", type=Path, default=None, help="Folder of new interviews to add after.")
    parser.add_argument("--rerun", action="store_true", help="Run import and extract again, unchanged.")
    parser.add_argument("--keep", action="store_true", help="Keep an existing workspace (resume).")
    parser.add_argument("--skip", default="", help="Comma-separated steps to skip (with --keep).")
    parser.add_argument("--words-of", default="*", help="Which files' words count (e.g. '*.md').")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    folder: Path = args.folder.resolve()
    workspace: Path = (args.workspace or REPO / "bench" / ".work" / f"ws-{folder.name}").resolve()
    if workspace.exists() and not args.keep:
        shutil.rmtree(workspace)
    log = workspace.with_name(workspace.name + ".log")
    skip = {s for s in args.skip.split(",") if s}
    env = {
        **os.environ,
        "PERSONAS_LLM__PROVIDER": "none",
        "PERSONAS_PROGRESS_SECONDS": os.environ.get("PERSONAS_PROGRESS_SECONDS", "60"),
        "ANONYMIZED_TELEMETRY": "False",
    }
    env.pop("PERSONAS_EMBEDDINGS__PROVIDER", None)  # the default bundled e5 model
    files, words = folder_words(folder, args.words_of)
    report: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_before": os.getloadavg(),
        },
        "study": {"folder": str(folder), "interviews": files, "words": words},
        "steps": [],
    }
    base = ["--workspace", str(workspace)]
    steps: list[tuple[str, list[str]]] = [
        ("init", ["init", str(workspace)]),
        ("import+index", [*base, "import", str(folder), "--study", "bench"]),
        ("extract", [*base, "extract", "--all"]),
        ("synthesize", [*base, "synthesize"]),
    ]
    for name, command in steps:
        if name in skip or (name == "init" and args.keep and workspace.exists()):
            continue
        report["steps"].append(run_step(name, command, log, env))
        if name == "import+index":
            report["study"]["embedded_texts_after_import"] = cache_rows(workspace)
    pipeline = [s for s in report["steps"] if s["step"] != "init"]
    if pipeline:
        wall = sum(s["wall_s"] for s in pipeline)
        cpu = sum(s["cpu_s"] for s in pipeline)
        report["pipeline"] = {
            "wall_s": round(wall, 1),
            "cpu_s": round(cpu, 1),
            "words_per_s": round(words / wall, 1),
            "words_per_cpu_s": round(words / cpu, 1),
            "peak_rss_mb": max(s["peak_rss_mb"] for s in pipeline),
        }
        for step in pipeline:
            step["words_per_s"] = round(words / step["wall_s"], 1) if step["wall_s"] else None
    report["study"]["embedded_texts"] = cache_rows(workspace)
    if args.add is not None:
        add_folder = args.add.resolve()
        add_files, add_words = folder_words(add_folder)
        report["add"] = {"folder": str(add_folder), "interviews": add_files, "words": add_words, "steps": []}
        for name, command in (
            ("add: import+index", [*base, "import", str(add_folder), "--study", "bench"]),
            ("add: extract --all", [*base, "extract", "--all"]),
            ("add: assign", [*base, "assign"]),
        ):
            report["add"]["steps"].append(run_step(name, command, log, env))
    if args.rerun:
        report["rerun"] = []
        for name, command in (
            ("rerun: import (unchanged)", [*base, "import", str(folder), "--study", "bench"]),
            ("rerun: extract --all (unchanged)", [*base, "extract", "--all"]),
        ):
            report["rerun"].append(run_step(name, command, log, env))
    report["machine"]["load_after"] = os.getloadavg()
    text = json.dumps(report, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
