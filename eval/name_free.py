#!/usr/bin/env python3
"""False persons in speech that names nobody: how often pseudonymisation makes an ordinary capitalised
word (a sentence opener, a town in the locative, a greeting, an app) into "Person N".

Data: ``eval/name_free/a/<lang>.txt`` and ``eval/name_free/b/<lang>.txt``, interview excerpts written for
this project without person names, one speaker turn a line, full of capitalised words that are not names
(see ``eval/name_free/README.md``). Set ``a`` is the one the detector's rules may be written looking at;
set ``b`` is held out: its false persons are counted, never printed, unless ``--show b`` asks.

Each file is pseudonymised on its own, as one transcript of its language (``Pseudonymiser.prepare`` on its
turns, then ``replace``); every "Person N" it holds is a false person. The caseless scripts' name-free set
lives in ``eval/name_free/caseless.json`` (Japanese, Chinese, Korean, Arabic, Hebrew, Hindi, Persian,
Urdu, Bengali), scored the same way.

Usage: .venv/bin/python eval/name_free.py [--show a|b|none] [--json OUT]   (about a minute)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.ingest.pseudonymise import Pseudonymiser  # noqa: E402

DATA = ROOT / "eval" / "name_free"
UNSPACED = ("ja", "zh")
"""Languages written without spaces between words: their length is counted as letters / 2."""


def excerpts(name: str) -> list[tuple[str, list[str]]]:
    """(language, turns) of one set: ``a``, ``b`` or ``caseless``."""
    if name == "caseless":
        items = json.loads((DATA / "caseless.json").read_text(encoding="utf-8"))
        return [(item["language"], [item["text"]]) for item in items]
    return [
        (path.stem, [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()])
        for path in sorted((DATA / name).glob("*.txt"))
    ]


def false_persons(language: str, turns: list[str]) -> list[str]:
    """The original words pseudonymisation made into persons in one name-free transcript."""
    pseudonymiser = Pseudonymiser(None, languages=[language])
    pseudonymiser.prepare(turns)
    for turn in turns:
        pseudonymiser.replace(turn)
    return [value for key, value in pseudonymiser.entities.items() if key.startswith("Person")]


def words_of(language: str, turns: list[str]) -> int:
    if language in UNSPACED:
        return sum(len(turn) for turn in turns) // 2
    return sum(len(turn.split()) for turn in turns)


def measure(name: str) -> dict[str, Any]:
    by_language: dict[str, dict[str, Any]] = {}
    for language, turns in excerpts(name):
        entry = by_language.setdefault(language, {"words": 0, "false_persons": 0, "found": []})
        found = false_persons(language, turns)
        entry["words"] += words_of(language, turns)
        entry["false_persons"] += len(found)
        entry["found"] += found
    words = sum(e["words"] for e in by_language.values())
    persons = sum(e["false_persons"] for e in by_language.values())
    return {
        "words": words,
        "false_persons": persons,
        "per_1000_words": round(1000 * persons / words, 2) if words else None,
        "by_language": by_language,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--show", choices=("a", "b", "none"), default="a", help="whose false persons to print"
    )
    parser.add_argument("--json", type=Path, help="write counts (never the words of set b) here")
    args = parser.parse_args()
    results = {name: measure(name) for name in ("a", "b", "caseless") if excerpts(name)}
    for name, result in results.items():
        print(
            f"set {name}: {result['false_persons']} false persons in {result['words']} words"
            f" ({result['per_1000_words']} per 1,000)"
        )
        for language, entry in sorted(result["by_language"].items()):
            shown = f"  {entry['found']}" if args.show == name or (name != "b" and args.show == "a") else ""
            print(f"  {language:3s} {entry['words']:6d} words  {entry['false_persons']:3d}{shown}")
    if args.json:
        for name, result in results.items():
            for entry in result["by_language"].values():
                if name == "b":
                    entry.pop("found")
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
