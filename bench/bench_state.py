"""What the app pays per question to know its retriever is still current.

The app and `personas chat` keep one retriever per workspace and rebuild it only when the
workspace changed (``workspace_state``: the names, inodes, sizes and modification times of the
transcripts, findings, personas, index and settings). This times that check on a workspace of N
interviews (N transcript files and N findings files), the file count of 100k utterances being about
800 interviews of 120 turns.

    .venv/bin/python bench/bench_state.py --interviews 1000 --json bench/results/bench_state.json
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.ask.retrieval import workspace_state  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interviews", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(Workspace.init(Path(folder) / "w").root)
        for directory in (workspace.transcripts_dir, workspace.findings_dir):
            directory.mkdir(parents=True, exist_ok=True)
            for number in range(args.interviews):
                (directory / f"interview-{number:05d}.json").write_text("{}", encoding="utf-8")
        workspace_state(workspace)
        times = []
        for _ in range(args.repeats):
            began = time.perf_counter()
            workspace_state(workspace)
            times.append(1000 * (time.perf_counter() - began))
    times.sort()
    result = {
        "command": "python bench/bench_state.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": platform.platform(),
        "interviews": args.interviews,
        "files": 2 * args.interviews,
        "median_ms": round(times[len(times) // 2], 2),
        "max_ms": round(times[-1], 2),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
