"""An English question over German interviews is not unanswerable just because the words differ."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.ask.ranking import question_language_differs
from assistant.ingest.formats.metadata import detect_language


def _retriever(*languages: str | None) -> SimpleNamespace:
    units = [
        SimpleNamespace(transcript=SimpleNamespace(interview=SimpleNamespace(language=lang)))
        for lang in languages
    ]
    return SimpleNamespace(units=units)


def test_short_questions_get_a_language() -> None:
    assert detect_language(["What did the installers say about waiting lists?"], min_count=2) == "en"
    assert detect_language(["Quels outils utilisent les vignerons ?"], min_count=2) == "fr"
    assert detect_language(["Heat pump?"], min_count=2) is None


def test_question_in_another_language_than_every_interview() -> None:
    question = "What did the installers say about waiting lists?"
    assert question_language_differs(_retriever("de", "de"), question, [0, 1])
    assert not question_language_differs(_retriever("de", "en"), question, [0, 1])
    assert not question_language_differs(_retriever(None, None), question, [0, 1])
    assert not question_language_differs(_retriever("de"), "Heat pump?", [0])
