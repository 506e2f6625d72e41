"""Tests for eval/harness/scoring.py: matching rule, one-to-one matching, macro-F1, citations."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))

from harness import scoring as se  # noqa: E402

GOLD = [
    {"file": "a.vtt", "category": "pain", "quote": "I feel like a data entry machine."},
    {"file": "a.vtt", "category": "channel", "quote": "I listen to Run the Numbers"},
    {"file": "b.txt", "category": "decision", "quote": "The CFO signs anything over fifty thousand"},
]


def finding(file: str, category: str, quote: str) -> dict:
    return {
        "interview_id": file.split(".")[0],
        "source_file": f"/some/dir/{file}",
        "category": category,
        "statement": "s",
        "quote": quote,
        "utterance_ids": ["x:1"],
        "verified": True,
        "engine": "offline",
    }


def test_overlap_rule() -> None:
    assert se.overlap("a data entry machine", "I feel like a data entry machine.") > 0  # contained
    assert se.overlap("I feel like a DATA entry machine!!", "i feel like a data entry machine") == 1.0
    assert se.overlap("I feel like a robot", "I feel like a data entry machine.") > 0  # 4/5 of shorter
    assert se.overlap("robots will enter our data", "I feel like a data entry machine.") == 0.0  # 1/5
    assert se.overlap("we use excel and sage daily", "excel and sage daily and more words here") > 0
    assert se.overlap("completely different words", "I feel like a data entry machine.") == 0.0
    assert se.overlap("", "x") == 0.0


def test_overlap_half_of_shorter_threshold() -> None:
    gold = "alpha beta gamma delta"
    assert se.overlap("alpha beta zeta eta", gold) > 0  # 2/4 = 0.5 of the shorter
    assert se.overlap("alpha zeta eta theta", gold) == 0.0  # 1/4
    long = "alpha beta gamma delta " + " ".join(f"w{i}" for i in range(20))
    assert se.overlap(long, gold) > 0
    assert se.overlap(long, gold, jaccard=True) == 0.0


def test_matching_is_one_to_one_and_same_file_and_category() -> None:
    findings = [
        finding("a.vtt", "pain", "I feel like a data entry machine."),
        finding("a.vtt", "pain", "like a data entry machine"),
        finding("b.txt", "pain", "I feel like a data entry machine."),
        finding("a.vtt", "situation", "I listen to Run the Numbers"),
    ]
    strict = se.match(findings, GOLD)
    assert strict == [(0, 0)]
    lenient = se.match(findings, GOLD, use_category=False)
    assert sorted(lenient) == [(0, 0), (3, 1)]


def test_score_macro_f1_counts_all_seven_categories() -> None:
    findings = [
        finding("a.vtt", "pain", "I feel like a data entry machine."),
        finding("a.vtt", "channel", "podcasts, I listen to Run the Numbers on Fridays"),
        finding("b.txt", "decision", "the budget is not mine"),
    ]
    result = se.score(findings, GOLD)
    assert result["per_category"]["pain"]["f1"] == 1.0
    assert result["per_category"]["channel"]["f1"] == 1.0
    assert result["per_category"]["decision"]["f1"] == 0.0
    assert result["macro"]["f1"] == pytest.approx(2 / 7)
    assert result["micro"]["tp"] == 2
    assert result["lenient"]["tp"] == 2


def test_citation_validity() -> None:
    texts = {"a.vtt": ["Well, I feel like a data entry machine.  Really."], "b.txt": []}
    findings = [
        finding("a.vtt", "pain", "I feel like a data entry machine. Really."),
        finding("a.vtt", "pain", "an invented quote"),
        finding("b.txt", "decision", "The CFO signs anything over fifty thousand"),
    ]
    assert se.citation_validity(findings, texts) == pytest.approx(1 / 3)


def test_gold_quotes_score_perfectly_on_every_study() -> None:
    from harness.study import blind_studies, corpus_studies, load_study

    for folder in [*corpus_studies(), *blind_studies()]:
        study = load_study(folder)
        findings = [finding(g["file"], g["category"], g["quote"]) for g in study.gold]
        result = se.score(findings, study.gold, texts_by_file=study.participant_texts())
        assert result["macro"]["f1"] == 1.0, study.id
        assert result["citation_validity"] == 1.0, study.id


def test_every_blind_study_passes_its_validator() -> None:
    """The studies kept out of every fit (eval/blind) are valid studies: quotes verbatim in one
    participant utterance, personal data really in the text, absent terms absent."""
    import check_study
    from harness.study import blind_studies

    folders = blind_studies()
    assert folders, "eval/blind holds no study"
    for folder in folders:
        assert check_study.main([str(folder), "--quiet"]) == 0, folder
