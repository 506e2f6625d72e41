"""Tests for sentence splitting, cue lexicons and the offline sentence classifier."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.core.models import CATEGORIES, Interview, Transcript, Utterance
from assistant.core.sentences import Sentence, split_clauses, split_sentences
from assistant.extract import classifier
from assistant.extract.lexicon import answer_cues, question_cues
from assistant.providers.embeddings import HashingEmbedder


@pytest.fixture(scope="module")
def hashing() -> HashingEmbedder:
    return HashingEmbedder()


def make_transcript(turns: list[tuple[str, str]]) -> Transcript:
    interview = Interview(
        id="t1",
        title="t1",
        source_file="t1.txt",
        source_hash="0" * 64,
        format="plain_txt",
        imported_at=datetime.now(UTC),
        participant="Pat",
    )
    utterances = [
        Utterance(id=f"t1:{n}", speaker="Ivo" if role == "interviewer" else "Pat", role=role, text=text)
        for n, (role, text) in enumerate(turns, 1)
    ]
    return Transcript(interview=interview, utterances=utterances)


def test_split_sentences_keeps_offsets_and_abbreviations() -> None:
    text = "I work with Dr. Smith at St. Mary's.  We see 2.5 patients an hour! Ça va? Sí."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "I work with Dr. Smith at St. Mary's.",
        "We see 2.5 patients an hour!",
        "Ça va?",
        "Sí.",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_split_sentences_handles_text_without_punctuation_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences("   ") == []
    (only,) = split_sentences("  so yeah we use excel  ")
    assert only.text == "so yeah we use excel" and only.start == 2


def test_split_clauses_splits_long_sentences_only() -> None:
    short = Sentence("one; two", 0, 8)
    assert split_clauses(short) == [short]
    text = " ".join(f"w{i}" for i in range(14)) + "; " + " ".join(f"v{i}" for i in range(14))
    pieces = split_clauses(Sentence(text, 10, 10 + len(text)))
    assert len(pieces) == 2
    assert pieces[0].text.startswith("w0") and pieces[1].text.startswith("v0")
    assert pieces[1].start - 10 == text.index("v0")


def test_cue_lexicons_fire_on_their_category() -> None:
    idx = CATEGORIES.index
    assert answer_cues("I listen to a podcast and read LinkedIn")[idx("channel")] >= 2
    assert answer_cues("The CFO signs off on the budget")[idx("decision")] >= 2
    assert answer_cues("C'est pénible, on ressaisit tout à la main")[idx("pain")] >= 1
    assert answer_cues("Yeah.") == [0.0] * len(CATEGORIES)
    assert question_cues("Where do you learn about new tools?")[idx("channel")] >= 1
    assert question_cues("Who decides on the budget?")[idx("decision")] >= 1


def test_training_data_covers_every_label_and_language() -> None:
    rows = classifier.training_examples()
    labels = {row["label"] for row in rows}
    assert labels == set(classifier.LABELS)
    assert {row["lang"] for row in rows} >= {"en", "fr", "pt", "es", "de"}
    for label in classifier.LABELS:
        assert sum(1 for row in rows if row["label"] == label) >= 40


def test_classify_texts_returns_probabilities_per_category(hashing: HashingEmbedder) -> None:
    results = classifier.classify_texts(
        ["I mostly hear about tools on LinkedIn and at conferences.", "", "Yeah."], embedder=hashing
    )
    assert len(results) == 3
    assert set(results[0]) == set(CATEGORIES)
    assert all(0.0 <= p <= 1.0 for p in results[0].values())
    assert max(results[0], key=results[0].get) == "channel"
    assert all(p == 0.0 for p in results[1].values())


def test_propose_candidates_uses_participant_words_only(hashing: HashingEmbedder) -> None:
    transcript = make_transcript(
        [
            ("interviewer", "Where do you learn about new tools? I read LinkedIn a lot myself."),
            ("participant", "Mostly podcasts. And the CFO signs off on the budget, not me."),
            ("interviewer", "What is the hardest part of the job?"),
            ("participant", "Chasing approvals by email is so frustrating, I keep a spreadsheet tracker."),
        ]
    )
    candidates = classifier.propose_candidates(transcript, embedder=hashing, limit_per_category=2)
    assert candidates
    assert {c.category for c in candidates} == set(CATEGORIES)
    for candidate in candidates:
        utterance = transcript.utterance(candidate.utterance_id)
        assert utterance is not None and utterance.role == "participant"
        assert utterance.text[candidate.start : candidate.end] == candidate.quote
        assert "LinkedIn a lot myself" not in candidate.quote
        assert set(candidate.scores) == set(classifier.LABELS)
    assert sum(1 for c in candidates if c.category == "pain") == 2
    best_pain = max((c for c in candidates if c.category == "pain"), key=lambda c: c.score)
    assert "frustrating" in best_pain.quote


def test_question_context_shifts_probabilities(hashing: HashingEmbedder) -> None:
    transcript = make_transcript(
        [("interviewer", "Where do you learn about new tools?"), ("participant", "Mostly from Anna.")]
    )
    spans = classifier.transcript_spans(transcript)
    with_context = classifier.score_spans(spans, embedder=hashing, use_position=False)
    without = classifier.score_spans(spans, embedder=hashing, use_question=False, use_position=False)
    column = classifier.LABELS.index("channel")
    assert with_context[0, column] > without[0, column]


def test_shipped_weights_match_training_data() -> None:
    import json
    from importlib import resources

    raw = resources.files("assistant").joinpath("data", classifier.MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["training_sha256"] == classifier.training_hash()
    assert data["labels"] == list(classifier.LABELS)
    assert len(data["coef"]) == len(classifier.LABELS)


@pytest.mark.slow
def test_real_model_classifies_multilingual_sentences() -> None:
    from assistant.core.settings import Settings
    from assistant.providers.embeddings import get_embedder

    embedder = get_embedder(Settings())
    texts = [
        "Je lis surtout des newsletters et je vais à des conférences.",
        "A diretora financeira é quem assina o contrato e aprova o orçamento.",
        "Es muy frustrante, lo hacemos todo a mano con hojas de Excel.",
    ]
    results = classifier.classify_texts(texts, embedder=embedder)
    assert [max(r, key=r.get) for r in results] == ["channel", "decision", "pain"]
