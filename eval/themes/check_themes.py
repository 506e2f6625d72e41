#!/usr/bin/env python3
"""Validate a themes file against its study's gold findings (standard library only).

A themes file (eval/themes/<study>.json) groups the gold findings of one study that say the same
thing: {"study": ID, "themes": [{"category": C, "label": TEXT, "lines": [N, ...]}, ...]}, where N is
a 1-based line number of the study's gold_findings.jsonl. Every gold line is in exactly one theme
of its own category (a theme of one line is fine).

Usage: python3 eval/themes/check_themes.py eval/themes/<study>.json [GOLD_FINDINGS.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def gold_path(study: str) -> Path:
    for folder in ("corpus", "blind"):
        local = HERE.parent / folder / study / "gold_findings.jsonl"
        if local.exists():
            return local
    return HERE.parents[2] / "shared" / "data" / study / "gold_findings.jsonl"


def check(path: Path, gold_file: Path | None = None) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        gold_file = gold_file or gold_path(data["study"])
        data["themes"]  # noqa: B018 - present
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as error:
        return [f"not a themes file ({type(error).__name__}: {error})"]
    if not gold_file.is_file():
        return [f"no gold findings at {gold_file}"]
    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    problems: list[str] = []
    seen: dict[int, int] = {}
    for t, theme in enumerate(data["themes"]):
        if not theme.get("label"):
            problems.append(f"theme {t}: no label")
        if not theme.get("lines"):
            problems.append(f"theme {t}: no lines")
        for line in theme.get("lines", []):
            if not isinstance(line, int) or not 1 <= line <= len(gold):
                problems.append(f"theme {t}: line {line!r} is not a gold line (1..{len(gold)})")
                continue
            if line in seen:
                problems.append(f"line {line} is in themes {seen[line]} and {t}")
            seen[line] = t
            if gold[line - 1]["category"] != theme.get("category"):
                problems.append(
                    f"theme {t} ({theme.get('category')}): line {line} is {gold[line - 1]['category']}"
                )
    missing = [n for n in range(1, len(gold) + 1) if n not in seen]
    if missing:
        problems.append(f"{len(missing)} gold lines in no theme: {missing[:20]}")
    return problems


def main() -> int:
    path = Path(sys.argv[1])
    problems = check(path, Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    for problem in problems:
        print(f"{path}: {problem}")
    if not problems:
        data = json.loads(path.read_text(encoding="utf-8"))
        shared = sum(1 for t in data["themes"] if len(t["lines"]) > 1)
        print(f"{path}: ok, {len(data['themes'])} themes ({shared} with 2+ findings)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
