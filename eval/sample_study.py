#!/usr/bin/env python3
"""The demo's sample study as a check no model was fitted on: personas against its intended groups.

`personas demo` runs the shipped models (offline classifier, grouping numbers) on the ten fictional
interviews of `transcripts/sample-study/`, which are not part of the evaluation corpus and were never
used to fit or choose anything. Their intended personas (`expected.json`, written for the demo, not as
gold for tuning) give one more study to read a change against: the persona ARI, the intended
non-targets filed under "Not a target", and participants wrongly filed there, with the quote given as
the reason. One study of ten interviews: one participant moves ARI by 0.3 or more.

Usage: .venv/bin/python eval/sample_study.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "transcripts" / "sample-study"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="run the demo in this folder and keep it")
    args = parser.parse_args(argv)
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        return _check(args.keep)
    with tempfile.TemporaryDirectory(prefix="sample-study-") as folder:
        return _check(Path(folder))


def _check(folder: Path) -> int:
    """Run the demo in ``folder`` and print how its personas compare with the intended ones."""
    from sklearn.metrics import adjusted_rand_score

    from assistant.core.workspace import Workspace
    from assistant.personas.versions import latest_persona_set

    run = subprocess.run(
        [sys.executable, "-c", "from assistant.cli import main; main()", "demo"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        print(run.stdout + run.stderr, file=sys.stderr)
        return run.returncode
    persona_set = latest_persona_set(Workspace(folder / "demo-workspace"))
    if persona_set is None:
        print("the demo saved no personas", file=sys.stderr)
        return 1
    expected = json.loads((SAMPLE / "expected.json").read_text(encoding="utf-8"))
    intended: dict[str, str] = {
        name.rsplit(".", 1)[0]: persona for name, persona in expected["assignment"].items()
    }
    non_targets = set(expected.get("negative_personas") or [])
    placed: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for persona in persona_set.personas:
        for member in persona.members:
            placed[member] = persona.label
            if persona.negative:
                reasons[member] = persona.summary
    for member in persona_set.unassigned:
        placed[member] = f"(unassigned {member})"
    truth = [intended[i] for i in sorted(intended)]
    guess = [placed.get(i, f"(missing {i})") for i in sorted(intended)]
    for interview, persona in sorted(intended.items()):
        flag = " NOT A TARGET" if interview in reasons else ""
        print(f"  {interview:24} intended {persona:24} -> {placed.get(interview)}{flag}")
    found = sum(1 for i, p in intended.items() if p in non_targets and i in reasons)
    wrong = sum(1 for i, p in intended.items() if p not in non_targets and i in reasons)
    print(f"persona ARI {adjusted_rand_score(truth, guess):.3f}")
    print(
        f"non-targets found {found} of {sum(p in non_targets for p in intended.values())} ({wrong} wrongly)"
    )
    for interview, reason in sorted(reasons.items()):
        print(f"  {interview}: {reason[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
