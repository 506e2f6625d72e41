"""Nothing in the product may be copied from evaluation data: no run of 6 words of any evaluation
transcript appears in assistant/ or prompts/ (code, prompts, guides, data files)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "eval"))

from harness.study import blind_studies, corpus_studies, load_study  # noqa: E402

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
N = 6


def _grams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    return {tuple(words[i : i + N]) for i in range(len(words) - N + 1)}


def test_no_six_word_run_of_an_evaluation_transcript_is_in_the_product() -> None:
    evaluation: set[tuple[str, ...]] = set()
    studies = [load_study(folder) for folder in corpus_studies()]
    assert len(studies) >= 10, "the evaluation corpus is missing"
    studies += [load_study(folder) for folder in blind_studies()]
    for study in studies:
        for name in study.files:
            for utterance in study.reference_utterances(name):
                evaluation |= _grams(utterance["text"])
    leaks: list[str] = []
    for folder in (REPO / "assistant", REPO / "prompts"):
        for path in folder.rglob("*"):
            if not path.is_file() or path.suffix not in {
                ".py",
                ".md",
                ".yaml",
                ".yml",
                ".json",
                ".j2",
                ".txt",
                ".tcss",
            }:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for gram in _grams(text) & evaluation:
                leaks.append(f"{path.relative_to(REPO)}: {' '.join(gram)}")
    assert not leaks, "evaluation text copied into the product:\n" + "\n".join(sorted(leaks)[:40])
