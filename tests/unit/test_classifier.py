"""Tests for sentence splitting, spans with context, and the shipped span classifier."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from assistant.core.errors import ConfigError
from assistant.core.models import CATEGORIES, Interview, Transcript, Utterance
from assistant.core.sentences import Sentence, split_sentences
from assistant.extract import classifier
from assistant.extract.features import feature_dimension, span_features
from assistant.extract.spans import participant_spans, split_long, utterance_spans
from assistant.providers.embeddings import HashingEmbedder, classifier_embedder


@pytest.fixture(scope="module")
def e5():
    return classifier_embedder()


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


def test_split_sentences_at_the_full_width_stops_of_japanese_and_chinese() -> None:
    """。！？ end a sentence with no space after them; a Latin full stop still needs one ("2.5")."""
    text = "朝七時に出勤します。昨日は二時間探しました！本当に？「はい」と言いました。We paid 2.5x more."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "朝七時に出勤します。",
        "昨日は二時間探しました！",
        "本当に？",
        "「はい」と言いました。",
        "We paid 2.5x more.",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_split_sentences_at_the_stops_of_arabic_devanagari_and_armenian() -> None:
    """؟ ۔ । ։ end a sentence before a space as . ! ? do; an Arabic comma does not."""
    cases = {
        "نستخدم جدول إكسل للمخزون. هل هذا جيد؟ لا أعرف، ربما.": [
            "نستخدم جدول إكسل للمخزون.",
            "هل هذا جيد؟",
            "لا أعرف، ربما.",
        ],
        "मैं क्लिनिक चलाता हूँ। क्या आप समझे?": ["मैं क्लिनिक चलाता हूँ।", "क्या आप समझे?"],
        "Ես աշխատում եմ։ Դա դժվար է։": ["Ես աշխատում եմ։", "Դա դժվար է։"],
    }
    for text, expected in cases.items():
        sentences = split_sentences(text)
        assert [s.text for s in sentences] == expected
        for sentence in sentences:
            assert text[sentence.start : sentence.end] == sentence.text


def test_long_japanese_and_chinese_sentences_are_cut_into_clauses() -> None:
    """A long sentence is cut at the ideographic comma 、 (no space after it), and a Chinese run with
    no punctuation at all into windows of letters, with exact offsets."""
    japanese = (
        "昨日は朝から在庫の確認をして、それから予約の電話を受けて、午後は獣医さんと一緒にワクチンの"
        "発注をしましたが、システムが遅くて何度もやり直さなければならなかったので本当に疲れました、"
        "そして夕方にはまた別の問題が起きて、結局夜の九時まで残業することになってしまいました"
    )
    pieces = utterance_spans(japanese)
    assert len(pieces) >= 4
    assert pieces[0].text == "昨日は朝から在庫の確認をして、"
    chinese = "我们每天早上先检查库存然后接电话预约下午和兽医一起订购疫苗但是系统太慢了" * 3
    for text in (japanese, chinese):
        pieces = utterance_spans(text)
        assert len(pieces) >= 2
        assert "".join(p.text for p in pieces) == text
        for piece in pieces:
            assert text[piece.start : piece.end] == piece.text


def test_chinese_speech_recognition_is_cut_at_its_pauses_not_inside_words() -> None:
    """Chinese speech recognition writes pauses as spaces and no punctuation: windows end at a space
    (a cut between letter pairs fell inside words: "所以我还 | 要单独登一下")."""
    clauses = [
        "昨天八点到了先开前台电脑",
        "打开那个小妹管家",
        "看今天几个到店几个离店",
        "住哪儿那个平台没接进去",
        "所以我还要单独登一下",
        "有订单就手动关房态",
        "然后把退房的单子打印出来",
        "给保洁阿姨",
        "保洁组长是刘阿姨",
        "她拿着单子上楼",
        "阿姨不会用那个软件",
        "哪间打扫好了",
        "她就在楼下喊一声",
        "或者打我电话",
    ]
    text = " ".join(clauses)
    pieces = utterance_spans(text)
    assert len(pieces) >= 2
    for piece in pieces:
        assert text[piece.start : piece.end] == piece.text
        assert piece.text.split() == [c for c in clauses if c in piece.text]
    assert [c for p in pieces for c in p.text.split()] == clauses


def test_a_length_in_words_counts_unspaced_scripts_by_letters() -> None:
    from assistant.core.words import count_words

    assert count_words("Invoices pile up on my desk every Monday.") == 8
    assert count_words("在庫の数字がシステムと実際で合わないことです。") == 11
    assert count_words("連絡は LINE で") == 4
    assert count_words("") == 0


def test_split_sentences_handles_text_without_punctuation_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences("   ") == []
    (only,) = split_sentences("  so yeah we use excel  ")
    assert only.text == "so yeah we use excel" and only.start == 2


def test_run_on_speech_becomes_clause_sized_spans_with_exact_offsets() -> None:
    words = [f"word{i}" for i in range(130)]
    text = "so " + " ".join(words[:40]) + ", and then " + " ".join(words[40:])
    pieces = utterance_spans(text)
    assert len(pieces) >= 4
    assert all(len(p.text.split()) <= 40 for p in pieces)
    for piece in pieces:
        assert text[piece.start : piece.end] == piece.text
    assert " ".join(p.text for p in pieces).split() == text.split()
    short = Sentence("We use a notebook.", 5, 23)
    assert split_long(short) == [short]


def test_spans_are_participant_words_with_the_question_just_asked() -> None:
    transcript = make_transcript(
        [
            ("interviewer", "Hello! Who decides on new tools?"),
            ("participant", "My boss does. She signs everything."),
            ("other", "Sorry, the budget is frozen anyway."),
            ("participant", "Right."),
        ]
    )
    spans = participant_spans(transcript)
    assert [s.text for s in spans] == ["My boss does.", "She signs everything.", "Right."]
    assert all(s.question.endswith("Who decides on new tools?") for s in spans)
    assert (
        spans[0].sentence_index == 0 and spans[1].sentence_index == 1 and spans[0].sentences_in_utterance == 2
    )
    # four utterances have no opening or closing phase: every span sits in the middle
    assert {s.position for s in spans} == {0.5}


def test_a_long_interview_places_its_spans_in_its_phases() -> None:
    turns = [("interviewer", "Hello, thanks for joining.")]
    for n in range(5):
        turns += [("interviewer", f"Question {n}?"), ("participant", f"Answer number {n}.")]
    spans = participant_spans(make_transcript(turns))
    positions = [s.position for s in spans]
    assert positions == sorted(positions) and 0 < positions[0] < 0.5 < positions[-1] == 1.0


def test_features_have_the_documented_width(e5) -> None:
    spans = participant_spans(
        make_transcript([("interviewer", "Why?"), ("participant", "It costs $400 a month.")])
    )
    features = span_features(spans, e5)
    assert features.shape == (1, feature_dimension(e5.dimension))


def test_shipped_classifier_matches_the_bundled_embedder_only(e5) -> None:
    model = classifier.shipped_classifier(e5)
    assert set(model.thresholds) == set(CATEGORIES)
    assert all(0 < value < 1 for value in model.thresholds.values())
    assert model.meta["trained_on"] and "C" in model.meta
    with pytest.raises(ConfigError, match="no weights"):
        classifier.shipped_classifier(HashingEmbedder())


def test_question_context_changes_the_reading_of_an_answer(e5) -> None:
    (no_context,) = classifier.classify_texts(["The owner, always."], embedder=e5)
    (asked_who,) = classifier.classify_texts(
        ["The owner, always."], embedder=e5, questions=["Who signs off when you buy software?"]
    )
    assert asked_who["decision"] > no_context["decision"]
    assert all(0.0 <= v <= 1.0 for v in asked_who.values())


def test_classifier_round_trips_through_json() -> None:
    rng = np.random.default_rng(0)
    features = rng.normal(size=(80, 10)).astype(np.float32)
    labels = rng.integers(0, len(classifier.LABELS), size=80)
    model = classifier.fit_classifier(features, labels, embedder_name="x", c=1.0)
    model.thresholds = {c: 0.3 for c in CATEGORIES}
    again = classifier.SpanClassifier.from_json(model.to_json())
    assert np.allclose(again.probabilities(features), model.probabilities(features), atol=1e-4)
    assert again.thresholds == model.thresholds
