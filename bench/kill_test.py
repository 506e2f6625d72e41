"""Kill -9 the CLI at random moments; every command must work afterwards and nothing reported saved may be lost.

    PERSONAS_EMBEDDINGS__PROVIDER=hashing .venv/bin/python bench/kill_test.py --trials 55

A base workspace is built once from the sample study (imported, extracted, synthesised). Each
trial copies it, starts one of import / extract / synthesize / reindex / export as a real
process, sends SIGKILL after a random delay (uniform over the command's measured duration), then:

- what the killed command had printed as saved (imported transcripts, saved versions, exported
  files) must exist and read;
- list, show, findings, personas versions/list, export and ask must all exit 0;
- after the next command that searches, the index must be sound and in step with the
  transcripts (``index-status --json``: not damaged, nothing out of date, pending or orphaned);
- ``doctor --check`` must find nothing a person has to fix.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
os.environ.setdefault("PERSONAS_LLM__PROVIDER", "none")

from reliability_common import PERSONAS, REPO, env, invalid_stored_files, personas, write_result  # noqa: E402

SAMPLES = REPO / "transcripts" / "sample-study"
HELD_BACK = 4
"""Sample files left out of the base workspace, so that an import trial has work to do."""
OPERATIONS = ("import", "extract", "synthesize", "reindex", "export")


def sample_files() -> list[Path]:
    return sorted(
        p for p in SAMPLES.iterdir() if p.is_file() and p.name not in ("README.md", "expected.json")
    )


def build_base(work: Path) -> Path:
    base = work / "base"
    files = sample_files()
    personas(base, "--create", "list")
    for step in (
        ["import", *map(str, files[:-HELD_BACK]), "--study", "sample"],
        ["extract", "--all", "--engine", "offline"],
        ["synthesize", "--engine", "offline"],
    ):
        done = personas(base, *step, timeout=600)
        if done.returncode != 0:
            raise SystemExit(f"building the base workspace failed at {step[0]}: {done.stderr[-500:]}")
    return base


def command_for(operation: str, workspace: Path, rng: random.Random) -> list[str]:
    if operation == "import":
        return ["import", *map(str, sample_files()[-HELD_BACK:]), "--study", "sample"]
    if operation == "extract":
        return ["extract", "--all", "--engine", "offline"]
    if operation == "synthesize":
        return ["synthesize", "--engine", "offline"]
    if operation == "reindex":
        return ["reindex"]
    return [
        "export",
        "--format",
        rng.choice(["md", "html", "json"]),
        "--out",
        str(workspace / "exports" / "run"),
    ]


def measure(base: Path, work: Path, rng: random.Random) -> dict[str, float]:
    """How long each operation takes uninterrupted (the range the kill delay is drawn from)."""
    durations: dict[str, float] = {}
    for operation in OPERATIONS:
        copy = work / f"measure-{operation}"
        shutil.copytree(base, copy)
        begin = time.monotonic()
        personas(copy, *command_for(operation, copy, rng), timeout=600)
        durations[operation] = time.monotonic() - begin
        shutil.rmtree(copy, ignore_errors=True)
    return durations


def reported_saved(operation: str, stdout: str) -> list[tuple[str, str]]:
    """What the killed command said it saved: (kind, name) pairs to look for afterwards."""
    saved: list[tuple[str, str]] = []
    for line in stdout.splitlines():
        if match := re.match(r"^imported .+ as (\S+) \(", line):
            saved.append(("transcript", match.group(1)))
        elif match := re.match(r"^saved personas v(\d+)", line):
            saved.append(("version", match.group(1)))
        elif match := re.match(r"^(\S+): \d+ findings  engine", line):
            saved.append(("findings", match.group(1)))
        elif operation == "export" and line.startswith("/"):
            saved.append(("file", line.strip()))
    return saved


def lost(workspace: Path, saved: list[tuple[str, str]]) -> list[str]:
    missing: list[str] = []
    for kind, name in saved:
        if kind == "transcript":
            path = workspace / "transcripts" / f"{name}.json"
        elif kind == "version":
            path = workspace / "personas" / f"v{int(name):04d}.json"
        elif kind == "findings":
            path = workspace / "findings" / f"{name}.json"
        else:
            path = Path(name)
        try:
            if not path.is_file() or path.stat().st_size == 0:
                missing.append(f"{kind} {name}")
            elif path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            missing.append(f"{kind} {name} (unreadable)")
    return missing


def afterwards(workspace: Path) -> dict[str, Any]:
    """Every command works; the index is in step after the next search; doctor finds nothing to fix."""
    from click.testing import CliRunner

    from assistant.cli import main

    runner = CliRunner()

    def run(*args: str) -> Any:
        return runner.invoke(main, ["--workspace", str(workspace), *args], catch_exceptions=True)

    failures: list[str] = []
    listed = run("list", "--json")
    interviews = [row["id"] for row in json.loads(listed.output)] if listed.exit_code == 0 else []
    checks: list[tuple[str, ...]] = [("list",)]
    if interviews:
        checks += [("show", interviews[0]), ("findings",), ("findings", interviews[-1])]
    checks += [
        ("personas", "versions"),
        ("personas", "list"),
        ("export", "--format", "json", "--out", str(workspace / "exports" / "check")),
        ("search", "scheduling", "--role", "any"),  # the next command that searches catches the index up
        ("ask", "What frustrates people about scheduling?", "--offline"),
    ]
    for args in checks:
        result = run(*args)
        expected_missing = args[0] == "findings" and len(args) == 2 and "no findings" in result.output
        if result.exit_code != 0 and not expected_missing:
            failures.append(f"{' '.join(args[:2])}: exit {result.exit_code}: {result.output.strip()[-200:]}")
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            failures.append(f"{' '.join(args[:2])}: {type(result.exception).__name__}: {result.exception}")
    status = run("index-status", "--json")
    index = (
        json.loads(status.output) if status.output.strip().startswith("{") else {"problems": [status.output]}
    )
    index_ok = (
        not index.get("damaged")
        and not index.get("out_of_date")
        and not index.get("pending")
        and not index.get("orphans")
    )
    doctor = run("doctor", "--check", "--json")
    doctor_data = json.loads(doctor.output) if doctor.output.strip().startswith("{") else {"healthy": False}
    problems = [n["message"] for n in doctor_data.get("notes", []) if n["status"] == "problem"]
    return {
        "failures": failures,
        "index_consistent": index_ok,
        "index_problems": index.get("problems", []),
        "doctor_problems": problems,
        "invalid_files": invalid_stored_files(workspace),
    }


def trial(
    number: int, operation: str, base: Path, work: Path, durations: dict[str, float], rng: random.Random
) -> dict[str, Any]:
    workspace = work / f"t{number:03d}-{operation}"
    shutil.copytree(base, workspace)
    # Python and the libraries take most of a short run to load: kills are spread over the later part.
    delay = rng.uniform(durations[operation] * 0.3, max(0.3, durations[operation] * 1.05))
    out_path = workspace.parent / f"{workspace.name}.out"
    with out_path.open("w") as out:
        process = subprocess.Popen(
            [*PERSONAS, "--workspace", str(workspace), *command_for(operation, workspace, rng)],
            stdout=out,
            stderr=subprocess.DEVNULL,
            env=env(),
            text=True,
        )
        time.sleep(delay)
        finished = process.poll() is not None
        if not finished:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
    stdout = out_path.read_text(errors="replace")
    saved = reported_saved(operation, stdout)
    missing = lost(workspace, saved)
    after = afterwards(workspace)
    shutil.rmtree(workspace, ignore_errors=True)
    ok = (
        not missing
        and not after["failures"]
        and after["index_consistent"]
        and not after["doctor_problems"]
        and not after["invalid_files"]
    )
    return {
        "operation": operation,
        "delay_s": round(delay, 2),
        "killed": not finished,
        "reported_saved": len(saved),
        "lost": missing,
        "ok": ok,
        **after,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=55)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="personas-kill-"))
    started = time.monotonic()
    try:
        base = build_base(work)
        durations = measure(base, work, rng)
        print("uninterrupted seconds:", {k: round(v, 1) for k, v in durations.items()}, flush=True)
        trials = []
        for number in range(args.trials):
            operation = OPERATIONS[number % len(OPERATIONS)]
            row = trial(number, operation, base, work, durations, rng)
            trials.append(row)
            flag = "ok " if row["ok"] else "BAD"
            print(
                f"{flag} {number:>3} {operation:<10} killed={row['killed']!s:<5} after {row['delay_s']:>5.2f}s "
                f"saved={row['reported_saved']} lost={len(row['lost'])} failures={len(row['failures'])} "
                f"index_ok={row['index_consistent']} doctor={len(row['doctor_problems'])}",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    killed = [t for t in trials if t["killed"]]
    result = {
        "command": f"PERSONAS_EMBEDDINGS__PROVIDER=hashing .venv/bin/python bench/kill_test.py --trials {args.trials} --seed {args.seed}",
        "trials": len(trials),
        "killed_mid_run": len(killed),
        "by_operation": dict(Counter(t["operation"] for t in killed)),
        "reported_saved_checked": sum(t["reported_saved"] for t in trials),
        "lost": sum(len(t["lost"]) for t in trials),
        "commands_failing_afterwards": sum(len(t["failures"]) for t in trials),
        "index_inconsistent_after_next_command": sum(not t["index_consistent"] for t in trials),
        "doctor_problems": sum(len(t["doctor_problems"]) for t in trials),
        "invalid_files": sum(len(t["invalid_files"]) for t in trials),
        "all_ok": sum(t["ok"] for t in trials),
        "uninterrupted_seconds": {k: round(v, 2) for k, v in durations.items()},
        "seconds": round(time.monotonic() - started, 1),
        "bad_trials": [t for t in trials if not t["ok"]][:10],
    }
    path = write_result("reliability_kill.json", result)
    print("\n".join(f"{k}: {v}" for k, v in result.items() if k != "bad_trials"))
    print(f"written to {path}")


if __name__ == "__main__":
    main()
