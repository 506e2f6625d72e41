#!/usr/bin/env python3
"""How finely each study's gold cuts what participants said into findings.

For every study: how many gold findings a file has, how many gold quotes hold two sentences or more,
and, where two neighbouring participant spans of one utterance (the offline engine's units) both lie
in gold quotes of one category, the share of such pairs that lie in *one* quote. A study coded the way
a researcher codes a point (several sentences, one quote) scores high; a study that cuts every
sentence into its own finding scores near 0. The offline engine merges neighbouring spans of one
category into one finding (``MAX_MERGED_WORDS``), so its scores depend on this (docs/evaluation.md,
"How long a finding is").

Usage: .venv/bin/python eval/gold_granularity.py [STUDY_DIR...]   (default: dev, the corpus, the blind studies)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness import scoring  # noqa: E402
from harness.study import blind_studies, corpus_studies, load_study  # noqa: E402
from harness.workspaces import import_studies  # noqa: E402

from assistant.core.sentences import split_sentences  # noqa: E402
from assistant.extract.spans import participant_spans  # noqa: E402


def owner(span_tokens: list[str], quotes: list[tuple[int, str, list[str]]]) -> tuple[int, str] | None:
    """The first gold quote (index, category) that contains the span's words in order."""
    for index, category, quote in quotes:
        if span_tokens and scoring._contains(quote, span_tokens):
            return index, category
    return None


def granularity(folder: Path) -> dict[str, float | int | str]:
    study = load_study(folder)
    workspace = import_studies(f"granularity-{study.id}", [study], index=False)
    together = apart = 0
    for interview_id, key in workspace.file_of.items():
        name = key.split("/", 1)[1]
        transcript = workspace.workspace.load_transcript(interview_id)
        quotes = [
            (i, g["category"], scoring.tokens(g["quote"]))
            for i, g in enumerate(study.gold)
            if g["file"] == name
        ]
        spans = participant_spans(transcript)
        owners = [owner(scoring.tokens(span.text), quotes) for span in spans]
        for k in range(1, len(spans)):
            before, after = spans[k - 1], spans[k]
            if before.utterance_id != after.utterance_id or after.sentence_index != before.sentence_index + 1:
                continue
            a, b = owners[k - 1], owners[k]
            if a and b and a[1] == b[1]:
                together += a[0] == b[0]
                apart += a[0] != b[0]
    multi = sum(len(split_sentences(g["quote"])) > 1 for g in study.gold)
    return {
        "study": study.id,
        "findings_per_file": round(len(study.gold) / max(1, len(study.files)), 1),
        "multi_sentence_quotes": round(multi / max(1, len(study.gold)), 2),
        "neighbour_pairs": together + apart,
        "pairs_in_one_quote": round(together / max(1, together + apart), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("studies", nargs="*", type=Path)
    args = parser.parse_args(argv)
    folders = args.studies or [*corpus_studies(), *blind_studies()]
    print("| study | gold findings a file | quotes of 2+ sentences | neighbour pairs | pairs in one quote |")
    print("|---|---|---|---|---|")
    for folder in folders:
        row = granularity(folder)
        print(
            f"| {row['study']} | {row['findings_per_file']} | {row['multi_sentence_quotes']:.2f} | "
            f"{row['neighbour_pairs']} | {row['pairs_in_one_quote']:.2f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
