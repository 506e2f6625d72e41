#!/usr/bin/env python3
"""Measure: names and plain words in file names, on every corpus study, nothing fitted.

A file name becomes the interview id (in every utterance id, the index, the findings and the
exports), so `Pseudonymiser.file_stem` must take the names out of it and leave its other words. Its
rules were written on invented examples; this measure builds file names from each study's own gold
(the participants' and interviewers' names) and its own vocabulary, written as slugs are (lower case,
plain letters: "gorusme-klinik", "wywiad-anna-nowak"), and reports per study:

- names removed: the share of name words (3+ letters) of "<given>-<surname>",
  "<word>-<given>-<surname>", "<word>-<given>" and "<surname>-07" that are gone from the result;
- plain kept: the share of "<word>-<word>-03" stems, made of the study's ordinary words (lower case
  in the transcripts, Zipf 3 to 5 in its language, no name part), that come back unchanged.

The pseudonymiser sees only the file name (at import it also knows the names the transcript holds,
which it replaces in the file name too): this is the harder case.

Usage: .venv/bin/python eval/file_name_probe.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(EVAL.parent))

from harness.study import corpus_studies, load_study  # noqa: E402

from assistant.core.words import base_language, plain_letters, zipf_in  # noqa: E402
from assistant.ingest.pseudonymise import Pseudonymiser  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")
PLAIN_WORDS = 12
"""How many of a study's most frequent ordinary words make its plain stems."""


def _people(study) -> list[tuple[str, str]]:
    """(language, full name) of every participant and interviewer whose gold name has 2+ words."""
    people = []
    for name in study.files:
        info = study.file_info(name)
        for role in ("participant", "interviewer"):
            person = info.get(role) or {}
            full = person.get("name") or ""
            if len(_WORD.findall(full)) >= 2:
                people.append((info.get("language", "en"), full))
    return list(dict.fromkeys(people))


def _plain_words(study, language: str, name_words: set[str]) -> list[str]:
    counts: Counter[str] = Counter()
    for texts in study.participant_texts().values():
        for text in texts:
            for word in _WORD.findall(text):
                if (
                    len(word) >= 5
                    and word == word.lower()
                    and plain_letters(word) not in name_words
                    and 3.0 <= zipf_in(word, language) <= 5.0
                ):
                    counts[word] += 1
    return [plain_letters(word) for word, _n in counts.most_common(PLAIN_WORDS)]


def measure(study) -> dict:
    people = _people(study)
    language = base_language(study.languages[0] if study.languages else "en")
    name_words = {plain_letters(w) for _lang, full in people for w in _WORD.findall(full)}
    plain = _plain_words(study, language, name_words)
    if not plain:
        plain = ["interview"]
    found = total = 0
    leaks: list[str] = []
    for index, (lang, full) in enumerate(people):
        parts = [plain_letters(w) for w in _WORD.findall(full)]
        given, surname = parts[0], parts[-1]
        word = plain[index % len(plain)]
        for stem in (f"{given}-{surname}", f"{word}-{given}-{surname}", f"{word}-{given}", f"{surname}-07"):
            pseudonymiser = Pseudonymiser(None, languages=[lang])
            pseudonymiser.prepare([], [])
            private = plain_letters(pseudonymiser.file_stem(stem))
            for part in stem.split("-"):
                if len(part) >= 3 and part in parts:
                    total += 1
                    if re.search(r"(?<![^\W\d_])" + re.escape(part) + r"(?![^\W\d_])", private):
                        leaks.append(f"{stem} -> {private}")
                    else:
                        found += 1
    kept = stems = 0
    changed: list[str] = []
    for a, b in zip(plain[0::2], plain[1::2], strict=False):
        stem = f"{a}-{b}-03"
        pseudonymiser = Pseudonymiser(None, languages=[language])
        pseudonymiser.prepare([], [])
        private = pseudonymiser.file_stem(stem)
        stems += 1
        if private == stem:
            kept += 1
        else:
            changed.append(f"{stem} -> {private}")
    return {
        "study": study.id,
        "language": language,
        "names_removed": found / total if total else None,
        "name_words": total,
        "plain_kept": kept / stems if stems else None,
        "plain_stems": stems,
        "leaks": leaks[:6],
        "changed": changed[:6],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the per-study results here")
    args = parser.parse_args()
    rows = [measure(load_study(root)) for root in corpus_studies()]
    for row in rows:
        removed = "-" if row["names_removed"] is None else f"{row['names_removed']:.2f}"
        kept = "-" if row["plain_kept"] is None else f"{row['plain_kept']:.2f}"
        print(
            f"{row['study']:24} {row['language']:3} names removed {removed} of {row['name_words']:3}  plain kept {kept} of {row['plain_stems']}"
        )
        for line in row["leaks"][:3] + row["changed"][:3]:
            print("    ", line)
    removed = [r["names_removed"] for r in rows if r["names_removed"] is not None]
    kept = [r["plain_kept"] for r in rows if r["plain_kept"] is not None]
    print(
        f"mean names removed {statistics.mean(removed):.3f} (worst {min(removed):.2f}), "
        f"plain kept {statistics.mean(kept):.3f} (worst {min(kept):.2f})"
    )
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
