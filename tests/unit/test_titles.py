"""Job titles in languages the grammar patterns do not cover, read by the learned title reader."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_occupations import _profile as profile_of

from assistant.personas.grouping import shipped_model
from assistant.personas.occupations import occupation_of
from assistant.personas.profiles import Profile
from assistant.personas.said_names import names_said
from assistant.personas.synthesis import _occupation, read_titles
from assistant.personas.titles import MASK, clauses_of, read_title, spans_of
from assistant.providers.embeddings import classifier_embedder


@pytest.fixture(scope="module")
def embedder():
    return classifier_embedder()


def _profile(language: str, *quotes: str) -> Profile:
    return profile_of("i1", list(quotes), language)


def test_spans_are_whole_words_with_the_clause_blanked_around_them() -> None:
    pairs = dict(spans_of("od roku pracuję jako księgowa w małej firmie", "pl"))
    assert "księgowa" in pairs
    assert pairs["księgowa"] == f"od roku pracuję jako {MASK} w małej firmie"
    assert "księgowa w małej" in pairs
    # no span starts or ends with one of the language's most common words
    assert not any(span.split()[0] in {"w", "jako"} or span.split()[-1] in {"w", "jako"} for span in pairs)


def test_ages_numbers_and_given_names_are_never_titles() -> None:
    spans = [s for s, _m in spans_of("Mam 42 lata i 12 aut, nazywam się Anna, kierowca", "pl")]
    assert not any("42" in s or "12" in s or "Anna" in s for s in spans)
    assert {"lata", "aut", "kierowca"} <= set(spans)
    # a number word the language lists; no span runs over a number or punctuation
    spans = [s for s, _m in spans_of("I'm forty-two, a roofer; 20 years roofing", "en")]
    assert "roofer" in spans and "roofing" in spans
    assert not any("forty" in s or " " in s for s in spans)
    # speech recognition writes names in lower case: the most popular given names are still names
    spans = [s for s, _m in spans_of("tu magdalena jestem dyspozytorką", "pl")]
    assert "dyspozytorką" in spans and not any("magdalena" in s for s in spans)


def test_the_verb_that_gives_a_name_and_number_words_of_any_language_are_no_titles() -> None:
    """ "Jag heter Mikael": the word before a given name (or a pseudonym) names someone; "tjugotvå"
    (Swedish for twenty-two) is a number word, which ``num2words`` knows where ``text2num`` does not."""
    spans = [s for s, _m in spans_of("Jag heter Mikael och jag är snickare", "sv")]
    assert "snickare" in spans and not any("heter" in s for s in spans)
    spans = [s for s, _m in spans_of("Ik heet Person 12 en ik ben kapper", "nl")]
    assert "kapper" in spans and not any("heet" in s for s in spans)
    spans = [s for s, _m in spans_of("vi är tjugotvå anställda på kontoret", "sv")]
    assert "anställda" in spans and not any("tjugotvå" in s for s in spans)


def test_clauses_follow_the_interview_and_are_read_once() -> None:
    said = "I run the depot, since 2019; it is small."
    findings = profile_of("i1", [said, said, "Later on, we grew."]).findings
    assert clauses_of(findings[:2]) == ["I run the depot,", "since 2019;", "it is small."]
    findings[2].utterance_ids = ["i1:0"]  # said first in the interview
    assert clauses_of(findings)[:3] == ["Later on,", "we grew.", "I run the depot,"]


@pytest.mark.parametrize(
    ("language", "quotes", "word"),
    [
        (
            "pl",
            [
                "Dzień dobry, dziękuję za zaproszenie.",
                "Pracuję jako księgowa w biurze rachunkowym pod Radomiem, od dziewięciu lat.",
                "Rano najpierw sprawdzam pocztę i wyciągi z banku.",
                "Najgorszy jest koniec miesiąca, bo wszyscy klienci przynoszą faktury naraz.",
            ],
            "księgowa",
        ),
        (
            "cs",
            [
                "Dobrý den.",
                "Jsem účetní v malé stavební firmě, dělám to osm let.",
                "Ráno nejdřív zkontroluji faktury a banku.",
                "Nejhorší je konec měsíce, kdy všichni nosí doklady najednou.",
            ],
            "účetní",
        ),
        (
            "sv",
            [
                "Hej, tack för att jag fick vara med.",
                "Jag är sjuksköterska på en vårdcentral norr om stan sedan sex år.",
                "På morgonen går jag igenom listan över patienter.",
                "Det värsta är när schemat ändras i sista minuten.",
            ],
            "sjuksköterska",
        ),
        (
            "tr",
            [
                "Merhaba, davetiniz için teşekkürler.",
                "Ben bir lojistik firmasında muhasebe müdürü olarak çalışıyorum, yedi yıldır buradayım.",
                "Sabah ilk iş banka hesaplarını kontrol ediyorum.",
                "En zor kısım ay sonu, bütün faturalar aynı anda geliyor.",
            ],
            "müdürü",
        ),
    ],
)
def test_the_shipped_reader_reads_titles_in_languages_without_patterns(
    embedder, language: str, quotes: list[str], word: str
) -> None:
    """Four languages the patterns do not know: the reader was fitted on titles of the seven only."""
    model = shipped_model().titles
    assert model is not None
    profile = _profile(language, *quotes)
    assert occupation_of(f.quote for f in profile.findings) is None
    title = _occupation(profile, embedder, model)
    assert title is not None and word in title.split()


def test_the_patterns_come_first_and_no_model_reads_nothing_more(embedder) -> None:
    model = shipped_model().titles
    assert model is not None
    profile = _profile("en", "Hello.", "I'm a welder at the yard.", "Before that I was a night dispatcher.")
    assert _occupation(profile, embedder, model) == "welder"
    polish = _profile(
        "pl",
        "Dzień dobry.",
        "Pracuję jako magazynier w hurtowni pod Lublinem, od sześciu lat.",
        "Rano najpierw sprawdzam zamówienia.",
    )
    assert _occupation(polish, embedder, model) is not None
    assert _occupation(polish, embedder, None) is None  # without a title model: the patterns only


def test_the_bar_decides(embedder) -> None:
    model = shipped_model().titles
    assert model is not None
    profile = _profile("pl", "Tak.", "Pracuję jako magazynier w hurtowni.", "Rano sprawdzam zamówienia.")
    title, probability = read_title(profile.findings, "pl", embedder, replace(model, bar=0.0))
    assert title is not None and 0.0 < probability < 1.0
    assert read_title(profile.findings, "pl", embedder, replace(model, bar=probability + 1e-6))[0] is None


def test_pseudonym_placeholders_are_never_titles() -> None:
    spans = [s for s, _m in spans_of("Hei, olen Person 1 Tampereelta ja [PERSON-2] on pomoni", "fi")]
    assert spans and not any("Person" in s or "PERSON" in s for s in spans)


def test_a_model_fitted_on_another_embedder_reads_nothing(embedder) -> None:
    model = shipped_model().titles
    assert model is not None
    shorter = replace(model, clause_coef=model.clause_coef[:-1])
    profile = _profile("pl", "Pracuję jako magazynier w hurtowni.")
    assert read_title(profile.findings, "pl", embedder, shorter) == (None, 0.0)


def test_labels_read_titles_in_introductions_and_prefer_what_members_said() -> None:
    """A pain is no introduction: "I'm a nervous wreck by Friday" names no job for the label, though the
    grouping still weighs what the patterns read anywhere; a persona's label takes the titles its
    members said before a reader's guess for another member."""
    from assistant.personas.synthesis import _grouping_title, members_title

    profile = _profile("en", "We open at six and close late.", "I'm a nervous wreck, honestly.")
    profile.findings[1] = profile.findings[1].model_copy(update={"category": "pain"})
    assert _occupation(profile) is None
    assert _grouping_title(profile) == "nervous wreck"
    deciding = _profile("en", "We open at six.", "I'm the owner, I decide.")
    deciding.findings[1] = deciding.findings[1].model_copy(update={"category": "decision"})
    assert _occupation(deciding) == "owner"
    assert members_title(["plant manager", None], ["plant manager", "accounts office"]) == "plant manager"
    assert members_title([None, None], ["accounts office", None]) == "accounts office"
    assert members_title([None], [None]) is None


def test_a_non_target_gets_a_guessed_title_only_where_the_patterns_cannot_read() -> None:
    from assistant.personas.synthesis import group_titles

    said = [None, None, "welder", None]
    read = ["evening course", "veteriner teknikeri", "welder", "plant manager"]
    languages = ["en", "tr", "en", "pt-BR"]
    groups = [([2, 3], False), ([0], True), ([1], True), ([3], True)]
    assert group_titles(groups, said, read, languages) == ["welder", None, "veteriner teknikeri", None]
    # a persona to target takes the reader's guess when no member said a title
    assert group_titles([([0, 3], False)], said, read, languages) == ["evening course / plant manager"]


def test_the_learned_reader_never_names_a_job_the_speaker_denies(embedder) -> None:
    model = shipped_model().titles
    assert model is not None
    quotes = (
        "Buongiorno, grazie a voi.",
        "Io non sono infermiera eh, vengo dal commercio, seguo gli ordini dell'ambulatorio.",
        "La mattina controllo le consegne.",
    )
    profile = _profile("it", *quotes)
    assert occupation_of(f.quote for f in profile.findings) is None
    title = _occupation(profile, embedder, model)
    assert title is None or "infermiera" not in title.lower().split()


@pytest.mark.parametrize(
    ("title", "language", "shown"),
    [
        ("Nauczycielką", "pl", "Nauczycielka"),  # "jestem nauczycielką": the instrumental of "I am"
        ("kierownikiem", "pl", "kierownik"),
        ("KIEROWNIKIEM", "pl", "KIEROWNIK"),  # the letters keep the case they were said with
        ("księgową", "pl", "księgowa"),  # two readings (księgowa, księgowy): the feminine one fits
        ("księgowa", "pl", "księgowa"),  # already the dictionary's word
        ("učitelkou", "cs", "učitelka"),
        ("riaditeľkou", "sk", "riaditeľka"),
        ("vedúcou", "sk", "vedúcou"),  # the dictionary has only the masculine "vedúci": as said
        ("opettajana", "fi", "opettaja"),  # the essive of "I work as a teacher"
        ("IT-asiantuntijana", "fi", "IT-asiantuntija"),
        ("kokkina", "fi", "kokkina"),  # the lemma "kokka" (a ship's bow) is not "kokki" (a cook)
        ("Kierownikiem zmiany", "pl", "Kierownikiem zmiany"),  # several words: which agree is unknown
        ("starszą pielęgniarką", "pl", "starszą pielęgniarką"),  # no masculine "starszy pielęgniarka"
        ("yazılımcıyım", "tr", "yazılımcıyım"),  # Turkish lemmas drop the suffix that makes a job
        ("igazgató", "hu", "igazgató"),  # Hungarian lemmas make a verb of it
        ("Dueña", "es", "Dueña"),  # a language whose predicate is the dictionary form
        ("Wrzbtkiem", "pl", "Wrzbtkiem"),  # no word of the dictionary
        ("kierownikiem", None, "kierownikiem"),
        ("", "pl", ""),
        # Russian, with its morphological dictionary: the title and the adjectives agreeing with it
        ("Директором", "ru", "Директор"),  # "работаю директором", I work as director
        ("главным бухгалтером", "ru", "главный бухгалтер"),  # "главным" may also read as a noun
        ("старшей медсестрой", "ru", "старшая медсестра"),  # the feminine agrees
        ("руководителем отдела продаж", "ru", "руководитель отдела продаж"),  # the genitive stays
        ("менеджером по продажам", "ru", "менеджер по продажам"),
        ("зарплатный бухгалтер", "ru", "зарплатный бухгалтер"),  # already the nominative
        ("с клиентами", "ru", "с клиентами"),  # with clients: no job
    ],
)
def test_a_title_said_in_a_case_form_is_shown_in_its_dictionary_form(
    title: str, language: str | None, shown: str
) -> None:
    from assistant.personas.titles import dictionary_form

    assert dictionary_form(title, language) == shown


def test_the_learned_reader_shows_the_dictionary_form(embedder) -> None:
    """A Polish participant who says "jestem kierownikiem" (I am a manager) is labelled "kierownik",
    and two members who say it in two forms count as one title."""
    from assistant.personas.synthesis import members_title, read_titles

    model = shipped_model().titles
    assert model is not None
    first = profile_of(
        "p1",
        [
            "Dzień dobry, dziękuję za zaproszenie.",
            "Jestem kierownikiem magazynu w hurtowni pod Lublinem, od sześciu lat.",
            "Rano najpierw sprawdzam zamówienia i grafik.",
        ],
        "pl",
    )
    second = profile_of(
        "p2",
        [
            "Dzień dobry.",
            "Kierownik, tak, kierownik magazynu w sieci sklepów, od roku.",
            "Rano najpierw sprawdzam dostawy.",
        ],
        "pl",
    )
    title = _occupation(first, embedder, model)
    assert title is not None and title.lower() == "kierownik"
    said, read = read_titles([first, second], embedder, model)
    assert said == [None, None] and read[0] == title
    assert read[1] is not None and read[1].lower() == "kierownik"
    assert members_title(said, read) == title  # one title, not "Kierownikiem / Kierownik"


def test_the_employer_after_its_preposition_is_no_title_candidate() -> None:
    spans = [
        span for span, _masked in spans_of("I run the night shift at Kestrel Mutual, so nine drivers", "en")
    ]
    assert "shift" in spans
    assert not [s for s in spans if "Kestrel" in s or s == "Mutual" or " at " in f" {s} "]
    german = [span for span, _masked in spans_of("Ich arbeite bei Müller Bau als Polier", "de")]
    assert "Polier" in german and "Müller Bau" not in german and "Bau" not in german
    # a language with no such word keeps every span
    assert "Kestrel Mutual" in [s for s, _m in spans_of("I run the team at Kestrel Mutual", "xx")]


def test_a_name_said_where_a_title_is_read_is_no_title(embedder) -> None:
    """ "eu sou jefferson tenho vinte" (speech without capitals: "I am Jefferson, I am twenty") and a
    Hebrew "I am <given name> <surname>" read as job titles named the persona after a member; the
    names the pseudonymiser's finders read in those quotes now keep them out. A job said the same way
    stays a title."""
    model = shipped_model().titles
    portuguese = _profile(
        "pt", "oxe eu sou jefferson tenho vinte e quatro anos moro em areias aqui no recife"
    )
    hebrew = _profile("he", "אני רונית אביטל, יש לי מספרה בתל אביב עם שישה כיסאות")
    said, read = read_titles([portuguese, hebrew], embedder, model)
    for title in (*said, *read):
        assert title is None or not {"jefferson", "רונית", "אביטל"} & set(title.casefold().split()), title
    assert "jefferson" in names_said(portuguese) and {"רונית", "אביטל"} <= names_said(hebrew)
    welder = _profile("en", "I'm a welder at the yard, my name is Tom Baker.")
    assert read_titles([welder], embedder, model)[0] == ["welder"]
    assert {"tom", "baker"} <= names_said(welder)
