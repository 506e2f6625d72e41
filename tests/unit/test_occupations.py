"""Job titles come from how participants introduce themselves, in any supported language."""

from __future__ import annotations

import pytest

from assistant.personas.labels import make_label
from assistant.personas.occupations import occupation_in, occupation_label, occupation_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yeah, I'm the night charge nurse at a county hospital.", "night charge nurse"),
        ("I am a welder, twenty years now.", "welder"),
        ("Je suis boulangère à Lyon depuis dix ans.", "boulangère"),
        ("Ich arbeite als Tischler in einem kleinen Betrieb.", "Tischler"),
        ("Soy enfermera en un hospital público.", "enfermera"),
        ("Sou motorista de autocarro no Porto.", "motorista"),
    ],
)
def test_introductions_name_the_job(text: str, expected: str) -> None:
    assert occupation_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm a bit tired of the whole thing.",
        "I'm not sure, honestly.",
        "I'm the one who does it.",
        "We use a shared spreadsheet for the rota.",
        "Je suis un peu perdu avec ce logiciel.",
    ],
)
def test_sentences_that_are_not_introductions_name_nothing(text: str) -> None:
    assert occupation_in(text) is None


def test_first_introduction_wins_and_the_label_counts_members() -> None:
    assert (
        occupation_of(["We open at six.", "I'm a baker at the corner shop.", "I'm a parent too."]) == "baker"
    )
    assert occupation_label(["baker", "Pastry chef", "baker", None]) == "baker / Pastry chef"
    assert occupation_label([None, None]) is None
    assert make_label([], negative=False, number=2, title="baker") == "Baker"
    # a negative persona's members share no role: phrases from their introductions never name it
    assert make_label(["night shift"], negative=True, number=3, title="baker") == "Not a target: baker"
    assert make_label(["night shift"], negative=True, number=3) == "Not a target"


def test_number_words_never_name_a_persona() -> None:
    from assistant.personas.labels import is_common_word, is_number_word

    assert all(is_number_word(w) for w in ("fifty", "Hundert", "vingt", "cinquenta", "doce"))
    assert not any(is_number_word(w) for w in ("bakery", "Strom", "vigneron", "enfermera"))
    assert is_common_word("Hundert") and not is_common_word("Einfamilienhaus")
    assert make_label([], negative=False, number=4) == "Persona 4"


@pytest.mark.parametrize(
    "text",
    [
        "ich bin einundvierzig und wohne in Kassel.",  # an age: German job titles are capitalised nouns
        "Je suis rentrée vers vingt heures.",  # être + past participle
        "Sou Edson, trabalho na secretaria.",  # a name right after "sou"
        "Soy la que cuida la plata.",  # "la que": grammar, not a title
    ],
)
def test_ages_names_and_participles_are_not_jobs(text: str) -> None:
    assert occupation_in(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm VP of Operations at Northwind.", "VP of Operations"),
        ("I am Director of Nursing at the county hospital.", "Director of Nursing"),
        ("I'm CFO, so I sign anything over fifty thousand.", "CFO"),
        ("I'm Sarah, the practice manager.", None),
        ("I'm OK with it, honestly.", None),
    ],
)
def test_english_titles_without_an_article(text: str, expected: str | None) -> None:
    assert occupation_in(text) == expected


def test_a_bare_title_may_continue_in_lower_case_after_of() -> None:
    assert occupation_in("I'm VP of operations, been here sixteen years.") == "VP of operations"
    assert occupation_in("I'm Head of the team here.") is None
