"""Three importers at once on one workspace, with colliding file names: nothing lost, no id twice.

    PERSONAS_EMBEDDINGS__PROVIDER=hashing .venv/bin/python bench/race_import.py --runs 20

Each run makes a fresh workspace and three folders whose files have the same names but different
contents (the sample study, dealt out), starts three ``personas import FOLDER --pseudonymise``
processes at the same moment, and checks afterwards: every file reported imported is stored under
the id it was reported with and holds that file's words; no id was reported twice; the pseudonym
map has one placeholder per name and covers every placeholder in the transcripts (doctor's
check); the index is in step with the transcripts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")

from reliability_common import PERSONAS, REPO, env, personas, write_result  # noqa: E402

SAMPLES = REPO / "transcripts" / "sample-study"
NAMES = ("call.vtt", "notes.txt", "session.srt")
IMPORTERS = 3


def run_once(number: int, work: Path) -> dict[str, object]:
    from assistant.core.doctor import Doctor
    from assistant.core.workspace import Workspace

    root = work / f"run{number:02d}"
    workspace = root / "ws"
    personas(workspace, "--create", "list")
    samples = sorted(p for p in SAMPLES.glob("interview-*") if p.suffix in (".vtt", ".txt", ".srt", ".md"))
    sources: dict[str, bytes] = {}
    folders = []
    for importer in range(IMPORTERS):
        folder = root / f"in{importer}"
        folder.mkdir(parents=True)
        for slot, name in enumerate(NAMES):
            sample = samples[(importer * len(NAMES) + slot + number) % len(samples)]
            target = folder / f"{Path(name).stem}{sample.suffix}"  # same names in every folder
            target.write_bytes(sample.read_bytes())
            sources[str(target)] = sample.read_bytes()
        folders.append(folder)
    processes = [
        subprocess.Popen(
            [*PERSONAS, "--workspace", str(workspace), "import", str(folder), "--pseudonymise"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env(),
        )
        for folder in folders
    ]
    outputs = [process.communicate(timeout=600) for process in processes]
    reported: list[tuple[str, str]] = []
    for stdout, _ in outputs:
        for line in stdout.splitlines():
            if match := re.match(r"^imported (.+) as (\S+) \(", line):
                reported.append((match.group(1), match.group(2)))
    ws = Workspace(workspace)
    stored = {t.interview.id: t for t in ws.transcripts()}
    distinct_sources = {hashlib.sha256(data).hexdigest() for data in sources.values()}
    expected = len(distinct_sources)  # identical bytes in two folders are one interview (idempotent)
    lost = [f"{path} as {iid}" for path, iid in reported if iid not in stored]
    ids = [iid for _, iid in reported]
    duplicates = sorted({iid for iid in ids if ids.count(iid) > 1})
    wrong_content = [
        iid
        for path, iid in reported
        if iid in stored
        and stored[iid].interview.source_hash != hashlib.sha256(sources.get(path, b"")).hexdigest()
    ]
    doctor = Doctor(ws, repair=False)
    doctor.check_pseudonyms()
    pseudonym_problems = [n.message for n in doctor.notes if n.status == "problem"]
    status = personas(workspace, "index-status", "--json")
    index = json.loads(status.stdout) if status.stdout.strip().startswith("{") else {}
    index_ok = bool(index) and not (index.get("damaged") or index.get("out_of_date") or index.get("pending"))
    return {
        "exit_codes": [p.returncode for p in processes],
        "reported_imported": len(reported),
        "expected_interviews": expected,
        "stored_interviews": len(stored),
        "lost": lost,
        "duplicate_ids": duplicates,
        "wrong_content": wrong_content,
        "pseudonym_problems": pseudonym_problems,
        "index_consistent": index_ok,
        "waited": sum("waiting for" in err for _, err in outputs),
        "tracebacks": sum("Traceback" in err for _, err in outputs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="personas-race-"))
    started = time.monotonic()
    runs = []
    try:
        for number in range(args.runs):
            row = run_once(number, work)
            runs.append(row)
            print(
                f"run {number:>2}: reported {row['reported_imported']}, stored {row['stored_interviews']} of "
                f"{row['expected_interviews']}, lost {len(row['lost'])}, duplicate ids {len(row['duplicate_ids'])}, "
                f"pseudonym problems {len(row['pseudonym_problems'])}, index ok {row['index_consistent']}, "
                f"waited {row['waited']}",
                flush=True,
            )
            shutil.rmtree(work / f"run{number:02d}", ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {
        "command": f"PERSONAS_EMBEDDINGS__PROVIDER=hashing .venv/bin/python bench/race_import.py --runs {args.runs}",
        "runs": len(runs),
        "concurrent_importers": IMPORTERS,
        "reported_imported": sum(r["reported_imported"] for r in runs),
        "lost": sum(len(r["lost"]) for r in runs),
        "missing_interviews": sum(r["expected_interviews"] - r["stored_interviews"] for r in runs),
        "duplicate_ids": sum(len(r["duplicate_ids"]) for r in runs),
        "wrong_content": sum(len(r["wrong_content"]) for r in runs),
        "pseudonym_map_problems": sum(len(r["pseudonym_problems"]) for r in runs),
        "index_inconsistent": sum(not r["index_consistent"] for r in runs),
        "tracebacks": sum(r["tracebacks"] for r in runs),
        "nonzero_exits": sum(code != 0 for r in runs for code in r["exit_codes"]),
        "runs_where_a_writer_waited": sum(r["waited"] > 0 for r in runs),
        "seconds": round(time.monotonic() - started, 1),
        "bad_runs": [
            r
            for r in runs
            if r["lost"] or r["duplicate_ids"] or r["wrong_content"] or r["pseudonym_problems"]
        ][:5],
    }
    path = write_result("reliability_race.json", result)
    print("\n".join(f"{k}: {v}" for k, v in result.items() if k != "bad_runs"))
    print(f"written to {path}")


if __name__ == "__main__":
    main()
