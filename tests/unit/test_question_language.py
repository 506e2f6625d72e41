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


def test_italian_and_dutch_questions_get_their_language() -> None:
    assert guess_language("Quali strumenti usano per gestire gli ordini ai grossisti?") == "it"
    assert guess_language("Welke apps gebruiken ze voor de planning van het personeel?") == "nl"


# -- a transcript's language -----------------------------------------------------------------

_TRANSCRIPTS = {
    "it": "Ieri è stata pesante. Alle sei mi hanno chiamato perché il furgone non partiva, e abbiamo perso "
    "tre ore. Il problema più grande è che tutto è ancora su carta: passo due ore al giorno a ricopiare.",
    "nl": "Gisteren was een lange dag. Om zeven uur belde een collega dat ze ziek was, dus moest ik de hele "
    "planning omgooien. Het grootste probleem is dat alles nog in Excel staat en niemand het overzicht heeft.",
    "sv": "Igår var en lång dag. Klockan sju ringde en kollega och sa att hon var sjuk, så jag fick göra om "
    "hela schemat. Det största problemet är att allt fortfarande ligger i Excel.",
    "pl": "Wczoraj był długi dzień. O siódmej zadzwoniła koleżanka, że jest chora, więc musiałem przerobić "
    "cały grafik. Największy problem jest taki, że wszystko nadal jest w Excelu.",
    "pt": "Ontem foi um dia longo. Às sete uma colega ligou a dizer que estava doente, então tive de refazer "
    "a escala toda. O maior problema é que tudo ainda está no Excel.",
    "es": "Ayer fue un día largo. A las siete me llamó una compañera porque estaba enferma, así que tuve "
    "que rehacer todo el turno. El mayor problema es que todo sigue en Excel.",
    "en": "Yesterday was a long day. At seven a colleague called in sick, so I had to redo the whole rota. "
    "The biggest problem is that everything still lives in a spreadsheet.",
}


def test_a_transcript_gets_its_language_from_word_frequencies() -> None:
    """Any language with a word list is told, closely related ones included (es/pt/it), without a
    list of words per language; the old stopword guess knew five and called Italian French."""
    from assistant.core.words import detect_text_language

    for language, text in _TRANSCRIPTS.items():
        assert detect_text_language(text) == language, language


def test_too_few_different_words_carry_no_language() -> None:
    from assistant.core.words import detect_text_language

    assert detect_text_language("Caption text #1 Caption text #2 Caption text #3 Caption text #4") is None
    assert detect_text_language("12:00 13:30 14:45") is None


def test_italian_and_dutch_frequencies_do_not_silence_english_topic_words() -> None:
    """ "door" and "van" are very common Dutch words, "video" and "fine" Italian ones; in English they
    are topics, so search keeps them; Italian and Dutch function words still go."""
    from assistant.ask.text import query_terms

    assert query_terms("Problems with the van door?") == ["problem", "van", "door"]
    assert "video" in query_terms("Do members like video classes?")
    assert query_terms("Quali problemi hanno con la consegna della merce?") == [
        "problemi",
        "consegna",
        "merce",
    ]
