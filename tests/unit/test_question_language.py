"""An English question over German interviews is not unanswerable just because the words differ."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.ask.ranking import question_language_differs
from assistant.ask.retrieval import Retriever
from assistant.core.words import guess_language


def _retriever(*languages: str | None) -> SimpleNamespace:
    """The interview languages of a Retriever, without building one (its own ``languages``)."""
    units = [
        SimpleNamespace(transcript=SimpleNamespace(interview=SimpleNamespace(language=lang)))
        for lang in languages
    ]
    fake = SimpleNamespace(units=units, _remembered=lambda _name, _positions, compute: compute())
    fake.languages = lambda positions: Retriever.languages(fake, positions)  # type: ignore[arg-type]
    return fake


def test_short_questions_get_a_language() -> None:
    assert guess_language("What did the installers say about waiting lists?") == "en"
    assert guess_language("Quels outils utilisent les vignerons ?") == "fr"
    # few stopwords, yet plainly German, Spanish, Portuguese and English
    assert guess_language("Welches Mitspracherecht haben Mieter bei einer Heizungssanierung?") == "de"
    assert guess_language("¿Qué marca de tableta usan para contar el inventario?") == "es"
    assert guess_language("Quais escolas usam biometria para registrar a presença dos alunos?") == "pt"
    assert guess_language("Do participants prefer iPhone or Android for a vineyard app?") == "en"
    assert guess_language("Heat pump?") is None


def test_question_in_another_language_than_every_interview() -> None:
    question = "What did the installers say about waiting lists?"
    assert question_language_differs(_retriever("de", "de"), question, [0, 1])
    assert not question_language_differs(_retriever("de", "en"), question, [0, 1])
    assert not question_language_differs(_retriever(None, None), question, [0, 1])
    assert not question_language_differs(_retriever("de"), "Heat pump?", [0])
    # a regional code is the same language
    assert not question_language_differs(_retriever("en-GB"), question, [0])
