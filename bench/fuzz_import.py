"""Fuzz the importer with mutated real files: no tracebacks, no hangs, no invalid stored file.

    PERSONAS_EMBEDDINGS__PROVIDER=hashing .venv/bin/python bench/fuzz_import.py --files 2100

Each file is a real transcript (../shared/data/real, eval/corpus, the samples) mutated by one or
more of: bit flips, truncation, inserted/deleted/duplicated chunks, splices of two files, escape
and control sequences, NaN/Infinity/huge numbers and lone surrogates in JSON, deep nesting,
re-encoding (UTF-16, cp1252, invalid UTF-8), and names that are not UTF-8. Every file goes
through the importer in process with a 20 s limit per file; then every stored JSON file is read
back strictly. A last pass imports a folder of mutated files through the real CLI.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")

from reliability_common import Hang, invalid_stored_files, personas, seed_files, time_limit, write_result  # noqa: E402

ESCAPES = [
    b"\x1b[2J",
    b"\x1b]0;title\x07",
    b"\x1b[31m",
    b"\x9b6n",
    b"\x00",
    b"\r",
    b"\x08",
    b"\x7f",
    b"\xe2\x80\xae",
]


def mutate(data: bytes, other: bytes, rng: random.Random) -> tuple[bytes, list[str]]:
    """One to three mutations of ``data`` (``other`` is a second seed for splices)."""
    applied: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        kind = rng.choice(
            (
                "bitflip",
                "truncate",
                "insert",
                "delete",
                "duplicate",
                "splice",
                "escapes",
                "json_values",
                "nest",
                "encoding",
                "lines",
                "empty_or_tiny",
            )
        )
        applied.append(kind)
        size = len(data)
        if kind == "bitflip" and size:
            buffer = bytearray(data)
            for _ in range(rng.randint(1, 32)):
                position = rng.randrange(size)
                buffer[position] ^= 1 << rng.randrange(8)
            data = bytes(buffer)
        elif kind == "truncate" and size:
            data = data[: rng.randrange(size)]
        elif kind == "insert":
            position = rng.randint(0, size)
            data = data[:position] + os.urandom(rng.randint(1, 512)) + data[position:]
        elif kind == "delete" and size:
            start = rng.randrange(size)
            data = data[:start] + data[start + rng.randint(1, 4096) :]
        elif kind == "duplicate" and size:
            start = rng.randrange(size)
            chunk = data[start : start + rng.randint(1, 8192)]
            data = data[:start] + chunk * rng.randint(2, 50) + data[start:]
        elif kind == "splice" and other:
            data = data[: rng.randint(0, size)] + other[rng.randint(0, len(other)) :]
        elif kind == "escapes":
            for _ in range(rng.randint(1, 20)):
                position = rng.randint(0, len(data))
                data = data[:position] + rng.choice(ESCAPES) + data[position:]
        elif kind == "json_values":
            replacement = rng.choice(
                (
                    b"NaN",
                    b"Infinity",
                    b"-Infinity",
                    b"1e400",
                    b"9" * 5000,
                    b'"\\ud800"',
                    b"null",
                    b"[]",
                    b"{}",
                    b'"x"',
                )
            )
            numbers = [m.span() for m in re.finditer(rb"(?<=: )-?\d+(?:\.\d+)?|(?<=: )\"[^\"]{0,40}\"", data)]
            for start, end in rng.sample(numbers, min(len(numbers), rng.randint(1, 5))):
                data = data[:start] + replacement + data[end:] if len(data) >= end else data
        elif kind == "nest":
            depth = rng.choice((50, 1000, 100_000))
            data = b"[" * depth + data + b"]" * rng.choice((0, depth))
        elif kind == "encoding":
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
            codec = rng.choice(("utf-16", "utf-16-le", "cp1252", "latin-1", "broken"))
            if codec == "broken":
                data = text.encode("utf-8") + b"\xff\xfe\xc3"
            else:
                data = text.encode(codec, errors="replace")
        elif kind == "lines":
            data = data.replace(b"\n", rng.choice((b"\r", b"\r\n", b"", b"\n\n\n", b"\x0b")))
        elif kind == "empty_or_tiny":
            data = rng.choice(
                (b"", b" ", b"\n", b"\xef\xbb\xbf", b"WEBVTT", b"{", b"PK\x03\x04", b"%PDF-1.4")
            )
    return data, applied


def file_name(seed: Path, number: int, rng: random.Random) -> str:
    roll = rng.random()
    stem = f"m{number:05d}-{seed.stem[:40]}"
    if roll < 0.04:
        return os.fsdecode(f"{stem}-".encode() + b"\xe9\xff" + seed.suffix.encode())  # not UTF-8
    if roll < 0.06:
        return f"{stem}-\x1b[31mred{seed.suffix}"
    return stem + seed.suffix


def fuzz(files: int, seed_value: int, batch: int) -> dict[str, object]:
    from assistant.core.workspace import Workspace
    from assistant.ingest.importing import _Importer

    seeds = seed_files()
    if not seeds:
        raise SystemExit("no seed files found (../shared/data/real, eval/corpus, transcripts/)")
    rng = random.Random(seed_value)
    statuses: Counter[str] = Counter()
    mutations: Counter[str] = Counter()
    tracebacks: list[str] = []
    internal: list[str] = []
    hangs: list[str] = []
    invalid: list[str] = []
    longest = 0.0
    warning_lines_max = 0
    work = Path(tempfile.mkdtemp(prefix="personas-fuzz-"))
    started = time.monotonic()
    try:
        importer = None
        workspace_root = None
        for number in range(files):
            if number % batch == 0:
                if workspace_root is not None:
                    invalid.extend(invalid_stored_files(workspace_root))
                workspace_root = work / f"ws{number // batch}"
                workspace = Workspace.init(workspace_root)
                importer = _Importer(
                    workspace, study=None, fmt=None, interviewer=None, pseudonymise=False, index=False
                )
            assert importer is not None
            seed = rng.choice(seeds)
            other = rng.choice(seeds).read_bytes()
            data, applied = mutate(seed.read_bytes(), other, rng)
            mutations.update(applied)
            folder = work / "in" / f"{number:05d}"
            folder.mkdir(parents=True)
            path = folder / file_name(seed, number, rng)
            path.write_bytes(data)
            what = f"{seed.relative_to(seed.parents[2])} + {'+'.join(applied)}"
            begin = time.monotonic()
            try:
                with time_limit(20):
                    results = importer.import_file(path, rng.random() < 0.5)
            except Hang:
                hangs.append(what)
                continue
            except Exception:  # noqa: BLE001 - a traceback escaping the importer is what is counted
                tracebacks.append(f"{what}: {traceback.format_exc(limit=3)[-600:]}")
                continue
            finally:
                longest = max(longest, time.monotonic() - begin)
                shutil.rmtree(folder, ignore_errors=True)
            for result in results:
                statuses[result.status] += 1
                if "internal error" in result.message:
                    internal.append(f"{what}: {result.message[-300:]}")
                warning_lines_max = max(warning_lines_max, len(result.warnings))
        if workspace_root is not None:
            invalid.extend(invalid_stored_files(workspace_root))
        fuzz_seconds = time.monotonic() - started
        cli = cli_pass(work, seeds, rng)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "command": f"PERSONAS_EMBEDDINGS__PROVIDER=hashing .venv/bin/python bench/fuzz_import.py --files {files} --seed {seed_value}",
        "files": files,
        "seed_files": len(seeds),
        "results": dict(statuses),
        "mutations": dict(mutations),
        "tracebacks": len(tracebacks),
        "internal_errors_reported_as_failed": len(internal),
        "hangs": len(hangs),
        "invalid_stored_files": len(invalid),
        "slowest_file_s": round(longest, 2),
        "most_warnings_on_one_file": warning_lines_max,
        "seconds": round(fuzz_seconds, 1),
        "cli_pass": cli,
        "examples": {
            "tracebacks": tracebacks[:5],
            "internal_errors": internal[:10],
            "hangs": hangs[:5],
            "invalid": invalid[:5],
        },
    }


def cli_pass(work: Path, seeds: list[Path], rng: random.Random, count: int = 60) -> dict[str, object]:
    """A folder of mutated files (plus a named pipe) through the real CLI: one summary, no traceback."""
    folder = work / "cli-folder"
    folder.mkdir()
    for number in range(count):
        seed = rng.choice(seeds)
        data, _ = mutate(seed.read_bytes(), rng.choice(seeds).read_bytes(), rng)
        (folder / file_name(seed, number, rng)).write_bytes(data)
    os.mkfifo(folder / "a-named-pipe.txt")
    workspace = work / "cli-ws"
    personas(workspace, "--create", "list")
    begin = time.monotonic()
    done = personas(workspace, "import", str(folder), timeout=600)
    lines = (done.stdout + done.stderr).splitlines()
    summary = [
        line for line in lines if re.match(r"^\d+ imported, \d+ unchanged, \d+ skipped, \d+ failed$", line)
    ]
    return {
        "files": count + 1,
        "exit_code": done.returncode,
        "seconds": round(time.monotonic() - begin, 1),
        "summary": summary[-1] if summary else None,
        "traceback": "Traceback" in done.stderr,
        "escape_bytes_printed": sum(line.count("\x1b") + line.count("\x9b") for line in lines),
        "lines_printed": len(lines),
        "invalid_stored_files": len(invalid_stored_files(workspace)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2100)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--batch", type=int, default=300, help="files per fresh workspace")
    args = parser.parse_args()
    result = fuzz(args.files, args.seed, args.batch)
    path = write_result("reliability_fuzz.json", result)
    shown = {k: v for k, v in result.items() if k != "examples"}
    print("\n".join(f"{k}: {v}" for k, v in shown.items()))
    print(f"written to {path}")


if __name__ == "__main__":
    main()
