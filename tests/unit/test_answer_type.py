"""What kind of answer a question asks for, and whether the spans about its topic carry one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from ask_fixtures import make_workspace

from assistant.ask.ranking import ANSWER_FEATURES, _answer_missing, answer_row, candidate_rows
from assistant.ask.retrieval import InMemoryVectorSearch, RetrievalFilters, Retriever
from assistant.ask.terms import answer_type, carries_amount, carries_name
from assistant.ask.text import query_terms
from assistant.core.models import Interview, Transcript, Utterance
from assistant.providers.embeddings import HashingEmbedder


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How much do growers pay for crop insurance?", "amount"),
        ("How many vans break down a month?", "amount"),
        ("Combien paient-ils pour l'assurance ?", "amount"),
        ("Wie viel würden die Teilnehmenden bezahlen?", "amount"),
        ("¿Cuánto estarían dispuestos a pagar?", "amount"),
        ("Quantos alunos faltam por semana?", "amount"),
        ("Which card processor does the firm use?", "name"),
        ("Quel logiciel de paie utilisent-ils ?", "name"),
        ("Welche Wallbox nutzen sie?", "name"),
        ("Quais escolas usam biometria?", "name"),
        # "en cuanto a" and "quanto a" mean "as for"; "enquanto" is "while"
        ("¿Qué necesitan en cuanto a integración con el TPV?", None),
        ("Quanto a isso, o que fazem?", None),
        ("Enquanto esperam, o que fazem?", None),
        ("What frustrates them about scheduling?", None),
    ],
)
def test_the_kind_of_answer_a_question_asks_for(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind


def test_amounts_and_names_in_a_span() -> None:
    assert carries_amount("we pay about 40 euros") and carries_amount("fifty a month, give or take")
    assert carries_amount("ça coûte vingt euros") and not carries_amount("we pay a lot for it")
    assert carries_name("We take cards through LawPay now.", "en", set())
    assert not carries_name("We take cards through a processor.", "en", set())
    # a name the question itself gives is no answer to it
    assert not carries_name("We take cards through LawPay now.", "en", {"lawpay"})


def _retriever(tmp_path, said: list[str]) -> Retriever:
    transcript = Transcript(
        interview=Interview(
            id="ana",
            title="Ana",
            source_file="ana.txt",
            source_hash="ana" * 8,
            format="plain_txt",
            imported_at=datetime(2025, 6, 1, tzinfo=UTC),
            language="en",
        ),
        utterances=[
            Utterance(id=f"ana:{n}", speaker="Ana", role="participant", text=text)
            for n, text in enumerate(said, 1)
        ],
    )
    transcripts = [transcript]
    return Retriever(
        make_workspace(tmp_path / "w"),
        transcripts=transcripts,
        vector_search=InMemoryVectorSearch(HashingEmbedder(), transcripts),
        personas={},
    )


def _missing(retriever: Retriever, question: str) -> str | None:
    positions = retriever.allowed_positions(RetrievalFilters())
    found = retriever.candidates(question, positions, RetrievalFilters())
    _rows, features = candidate_rows(retriever, question, found)
    row = answer_row(retriever, question, positions, found, features)
    missing = _answer_missing(retriever, question, found, features, query_terms(question), cross=False)
    assert row[ANSWER_FEATURES.index("answer_missing")] == (1.0 if missing else 0.0)
    return missing


def test_a_near_miss_asks_for_what_the_spans_on_its_topic_never_give(tmp_path) -> None:
    """The topic words are there, the asked thing is not: the card processor is discussed, never named;
    crop insurance is discussed, never priced. Other spans' names and numbers do not count."""
    retriever = _retriever(
        tmp_path,
        [
            "Clients pay by card, the processor takes its cut and I hate the processor fees.",
            "Crop insurance is something we argue about every winter.",
            "I drive 40 minutes to Lyon to see Marguerite at the cooperative.",
        ],
    )
    assert _missing(retriever, "Which card processor do they use?") == "name"
    assert _missing(retriever, "How much do they pay for crop insurance?") == "amount"
    assert _missing(retriever, "What do they think of processor fees?") is None

    named = _retriever(
        tmp_path / "b",
        [
            "Clients pay by card through LawPay and I hate the processor fees.",
            "Crop insurance costs us about 3,000 euros a year.",
        ],
    )
    assert _missing(named, "Which card processor do they use?") is None
    assert _missing(named, "How much do they pay for crop insurance?") is None


@pytest.mark.parametrize(
    "question",
    [
        "¿Cuál es la principal frustración con los pedidos?",
        "Quel est le problème avec le planning ?",
        "Qual é o maior problema?",
        "They changed the rota, which made things worse?",
        "¿Qué hacen cuanto antes?",
        "Quanto mais cedo, melhor?",
    ],
)
def test_what_is_questions_and_relative_which_ask_for_no_name_or_amount(question: str) -> None:
    """ "¿Cuál es ...?", "Quel est ...?", "Qual é ...?" mean "what is"; ", which" after a clause is a
    relative; "cuanto antes" is "as soon as possible": none asks to pick names or for an amount."""
    assert answer_type(question) is None


def test_articles_that_are_also_number_words_are_no_amount() -> None:
    """ "une", "ein", "uma", "one" are mostly articles; "dos" is two in Spanish, "of the" in Portuguese."""
    assert not carries_amount("C'est une catastrophe.", "fr")
    assert not carries_amount("Ich habe mit uns gesprochen, ein Chaos.", "de")
    assert not carries_amount("No one pays for it.", "en")
    assert not carries_amount("A lista dos alunos.", "pt")
    assert carries_amount("Nos llegan dos cajas.", "es") and carries_amount("vingt euros", "fr")


def test_no_span_on_the_topic_leaves_the_kind_of_answer_unjudged(tmp_path) -> None:
    """When no span speaks of the topic, the absent words already say so: the feature does not
    count the same absence twice."""
    retriever = _retriever(tmp_path, ["We drive to the depot at six and load the vans."])
    assert _missing(retriever, "How much do they pay for crop insurance?") is None
