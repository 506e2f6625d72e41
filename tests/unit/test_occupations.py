"""Job titles come from how participants introduce themselves, in any supported language."""

from __future__ import annotations

import pytest

from assistant.core.models import Citation, Finding
from assistant.personas.labels import label_terms, make_label
from assistant.personas.occupations import denied_in, occupation_in, occupation_label, occupation_of
from assistant.personas.profiles import Profile
from assistant.personas.said_names import names_said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yeah, I'm the night charge nurse at a county hospital.", "night charge nurse"),
        ("I am a welder, twenty years now.", "welder"),
        # a participle that places the job ends the title (lower-case speech has no comma before it)
        ("so i'm a freelance tiler based in leeds and i do weekends", "freelance tiler"),
        ("I'm a nurse working nights on a ward.", "nurse"),
        ("Je suis comptable installée à Nantes.", "comptable"),
        ("Je suis boulangère à Lyon depuis dix ans.", "boulangère"),
        ("Ich arbeite als Tischler in einem kleinen Betrieb.", "Tischler"),
        ("Soy enfermera en un hospital público.", "enfermera"),
        ("Sou motorista de autocarro no Porto.", "motorista"),
        ("Faccio la farmacista a Bari da vent'anni.", "farmacista"),
        ("Sono responsabile della logistica in una cooperativa.", "responsabile"),
        ("Ik werk als planner op het hoofdkantoor.", "planner"),
        # "van" and "door" are very common Dutch words but ordinary English ones
        ("I'm a van driver at a courier firm.", "van driver"),
        ("Hoi, ik ben Noor, ik ben locatiemanager bij een kinderopvang.", "locatiemanager"),
        # the job denied first, then the one the speaker has
        ("No soy abogada, soy contable en una gestoría.", "contable"),
        ("Non sono infermiera, faccio la segretaria in ambulatorio.", "segretaria"),
        ("ho cinquant'anni, sono magazziniere da sempre", "magazziniere"),
        # speech recognition writes a name in lower case: a popular given name alone is no job
        ("ja ik ben emma ik ben teamleider bij een zorgcentrum", "teamleider"),
        # Italian first person, whatever comes before "sono" in the sentence
        ("Ho ventotto anni e sono commessa.", "commessa"),
        ("Da otto anni sono la titolare.", "titolare"),
        ("Diciamo che sono la responsabile della farmacia.", "responsabile"),
        ("Con le colleghe sono la coordinatrice", "coordinatrice"),
        ("Sono titolare dell'Antica Farmacia del Borgo, a Lecce.", "titolare"),
        # an ordinal is no count, a capitalised job no name
        ("I'm the second cook at a diner.", "second cook"),
        ("Ich bin Bauer, seit zwanzig Jahren.", "Bauer"),
        # Chinese and Japanese: the Han (and katakana) letters of the verb of being or working
        ("我是这家民宿的老板，我们有两家店。", "老板"),
        ("我在古城一家客栈做前台 白班", "前台"),
        ("我现在当店长，管五家店", "店长"),
        ("我以前在酒店当前台。", "前台"),
        ("您好，我是何经理，负责这边的运营", "经理"),
        ("我是幼儿园老师啦", "幼儿园老师"),
        ("我是做外贸的，主要出口家具。", "做外贸的"),
        ("你好，我叫王芳，是一名药剂师。", "药剂师"),
        ("我叫○○，是这家店的店长。", "店长"),
        ("我也是搞IT的", "搞IT的"),
        ("我在医院当护士长已经八年了", "护士长"),
        ("我是店长嗯管前厅", "店长"),
        ("プロジェクトマネージャーをやっています", "プロジェクトマネージャー"),
        ("俺は大工です", "大工"),
        ("店長の田中と申します。", "店長"),
        ("我是一名会计", "会计"),
        ("我是前台啦，平时就是登记", "前台"),
        ("我的职位是运营经理。", "运营经理"),
        ("工場長をしています。", "工場長"),
        ("NC旋盤の班長をやってます", "班長"),
        ("私はこの会社の代表取締役です", "代表取締役"),
        ("社長として言うと、", "社長"),
        ("いまはパートをしています", "パート"),
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
        # "te soy sincera" (to be honest with you): "soy" after a pronoun introduces nobody
        "De forma bastante artesanal, te soy sincera.",
        "Pero le soy franco, no lo usamos.",
        # the job named after a negation is one the speaker does not have
        "Io non sono veterinario, vengo dal commercio.",
        "No soy técnico, eso lo hace mi socio.",
        "Eu não sou enfermeira.",
        "Ik ben geen kok, ik doe de bediening.",
        # Italian "sono" is also "they are": a plural subject or "che" before it introduces nobody
        "Le consegne sono il problema più grande della settimana.",
        "I fornitori sono la parte difficile.",
        "Abbiamo due magazzini, che sono tre capannoni in affitto.",
        "Quindici ordini al giorno sono tre ore di lavoro.",
        "Ci sono clienti che chiamano ogni giorno.",
        # after a reflexive pronoun "sono" makes a past tense
        "Piano piano mi sono presa anche la contabilità.",
        # Chinese "是...的", a verb or an adverb after "我是", a place one is from, a count, a denial
        "我是白班的",
        "我当时觉得很难，",
        "我是王磊，今天我来讲讲",
        "我是周末才有空",
        "我是支持这个做法",
        "我在家做饭的时候会看手机",
        "我是真的不喜欢手写记账",
        "我是老板的女儿，平时帮忙。",
        "我在想做一个新菜单",
        "我是开车来的",
        "我叫王芳，是第一次来",
        "我是干这个的",
        "消費者としては高いと思います",
        "主人は医者として働いています",
        "我当然愿意试试。",
        "我是否需要换系统",
        "我在店里做事情，",
        "订单我是用一个Excel表记的",
        "我是说这个系统太难用了",
        "我是觉得，还可以",
        "我是有点担心",
        "我是北京人。",
        "我是第一次用",
        "我不是老板",
        # Japanese: someone else's job, an everyday word, no title at all
        "経理をやっている家内には相談します",
        "父が社長として決めます",
        "仕事をしています",
        "いまは勉強をしています",
        "私は心配です",
        "いまは七十六で、とっくに引退して年金暮らしだよ。",
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
        "Buongiorno, sono Ottavio, il titolare.",  # a name right after "sono"
        "Sono nato a Lecce e ci sono passati trent'anni.",  # essere + past participle
        "Ik ben Noor en ik woon in Delft.",  # a name right after "ik ben"
        "Ik ben al tien jaar bezig.",  # only common words
        "Sono un po' stanca, oggi.",  # degree words
        "Ik ben een beetje moe.",
        "Ik ben gewoon moe.",
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


def _profile(name: str, quotes: list[str], language: str | None = None) -> Profile:
    """A profile whose situation findings are ``quotes``."""
    findings = [
        Finding(
            interview_id=name,
            source_file=f"{name}.txt",
            category="situation",
            statement=q,
            quote=q,
            utterance_ids=[f"{name}:{n}"],
            verified=True,
            engine="offline",
            citations=[Citation(interview_id=name, utterance_id=f"{name}:{n}", quote=q, verified=True)],
        )
        for n, q in enumerate(quotes, 1)
    ]
    return Profile(interview_id=name, study="s", findings=findings, language=language)


def test_label_phrases_are_what_members_name_with_an_article_or_a_possessive() -> None:
    """A label names who or what: "tenants", "partners", not "costs" or "load" (a verb members share
    is as distinctive as a noun, but reads as nonsense on a persona)."""

    members = [
        _profile("a", ["It loads slowly and my tenants complain.", "Heating loads the budget."]),
        _profile("b", ["Everything loads at night, our tenants call.", "It loads the grid."]),
    ]
    others = [_profile(n, ["I work alone from home.", "The bus is late."]) for n in ("c", "d", "e")]
    (terms, *_rest) = label_terms([[0, 1], [2, 3, 4]], members + others)
    assert any("tenants" in t.lower() for t in terms), terms
    assert not any("loads" in t.lower() for t in terms), terms


def test_labels_in_a_language_without_known_articles_take_its_rarer_words() -> None:
    """Polish has no articles and its "a"/"o" are "and"/"about": labels were everyday words there
    ("Jakieś · dwadzieścia": "some · twenty"). Now only words that are not everyday words of the
    members' language can name them."""

    members = [
        _profile(
            "a", ["Pracuję w spedycji, a tak to mam jakieś dwadzieścia aut.", "O tym decyduje szef."], "pl"
        ),
        _profile("b", ["Jestem w spedycji, a tak jakieś dwadzieścia aut.", "O tym decyduje prezes."], "pl"),
    ]
    others = [
        _profile(n, ["Mam jedno auto i jeżdżę sam.", "Żona prowadzi papiery."], "pl") for n in ("c", "d", "e")
    ]
    (terms, *_rest) = label_terms([[0, 1], [2, 3, 4]], members + others)
    words = {w.lower() for t in terms for w in t.split()}
    assert not words & {"tak", "jakieś", "dwadzieścia", "tym"}, terms
    assert terms, terms


def test_a_label_phrase_never_holds_a_name_a_member_says() -> None:
    """Two members who both work with "Kowalczyk" share that word, and it sets them apart; but a
    persona is named after what its members do, not after someone (``personas/said_names.py``)."""

    members = [
        _profile("a", ["Our Kowalczyk runs the depot.", "Kowalczyk decides."]),
        _profile("b", ["I ask our Kowalczyk first.", "Kowalczyk signs."]),
    ]
    others = [_profile(n, ["I work alone from home.", "The bus is late."]) for n in ("c", "d", "e")]
    (unchecked, *_rest) = label_terms([[0, 1], [2, 3, 4]], members + others)
    assert any("kowalczyk" in t.lower() for t in unchecked), unchecked
    names = [names_said(p) for p in members + others]
    assert "kowalczyk" in names[0] | names[1]
    (terms, *_rest) = label_terms([[0, 1], [2, 3, 4]], members + others, names=names)
    assert not any("kowalczyk" in t.lower() for t in terms), terms
    # a word only another group's member says as a name still names this group
    elsewhere = [frozenset(), frozenset(), frozenset({"kowalczyk"}), frozenset(), frozenset()]
    (terms, *_rest) = label_terms([[0, 1], [2, 3, 4]], members + others, names=elsewhere)
    assert any("kowalczyk" in t.lower() for t in terms), terms


def test_jobs_a_speaker_denies_are_known_and_nothing_else_is() -> None:
    assert denied_in("Io non sono veterinario eh, vengo dal commercio") == {"veterinario"}
    assert denied_in("No soy abogada, soy contable.") == {"abogada"}
    # a negated "I am" that names no job denies nothing
    assert denied_in("No soy de aquí, soy jefe de cocina.") == set()
    assert denied_in("Non sono sicura, forse sì.") == set()
    assert denied_in("Não sou muito boa com números.") == set()
    # nor does one that says something other than a job: not to blame, not the person, never
    assert denied_in("Non sono responsabile dei ritardi del fornitore.") == set()
    assert denied_in("Non sono di qui.") == set()
    assert denied_in("No soy la persona que decide.") == set()
