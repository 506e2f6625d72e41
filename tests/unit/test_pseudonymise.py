"""Pseudonymisation: shapes of personal data, names nobody listed, placeholders, the private map, locking."""

from __future__ import annotations

import dataclasses
import json
import keyword
import multiprocessing
import re
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pii_names import CULTURES, KEEP_SENTENCES, KEEP_TERMS, TEMPLATES, all_names
from pii_names_b import HARD_KEEP_TERMS_B, KEEP_TERMS_B, all_names_b, generated_interviews_b
from pii_names_c import INTERVIEWS_C, all_names_c, interviews_c
from pii_names_d import HARD_KEEP_D, all_names_d, interviews_d
from pii_names_e import HARD_KEEP_E, all_names_e, interviews_e
from pii_names_f import HARD_KEEP_F, all_names_f, interviews_f
from pii_names_g import HARD_KEEP_G, all_names_g, interviews_g
from pii_names_h import HARD_KEEP_H, all_names_h, interviews_h
from pii_names_i import HARD_KEEP_I, all_names_i, interviews_i
from pii_names_j import HARD_KEEP_J, all_names_j, interviews_j
from pii_names_k import HARD_KEEP_K, all_names_k, interviews_k
from pii_names_l import HARD_KEEP_L, all_names_l, interviews_l
from pii_names_m import HARD_KEEP_M, all_names_m, interviews_m
from pii_names_n import HARD_KEEP_N, all_names_n, interviews_n
from pii_names_o import HARD_KEEP_O, all_names_o, interviews_o
from pii_names_p import HARD_KEEP_P, all_names_p, interviews_p
from pii_names_q import HARD_KEEP_Q, all_names_q, interviews_q
from pii_names_r import HARD_KEEP_R, all_names_r, interviews_r
from pii_names_s import HARD_KEEP_S, interviews_s, parts_s
from pii_names_t import HARD_KEEP_T, interviews_t, parts_t
from pii_names_u import HARD_KEEP_U, INTERVIEWS_U, all_names_u, interviews_u
from pii_names_v import HARD_KEEP_V, all_names_v, interviews_v
from pii_names_w import HARD_KEEP_W, INTERVIEWS_W, NAME_FREE_W
from pii_names_x import HARD_KEEP_X, INTERVIEWS_X, NAME_FREE_X
from pii_names_y import HARD_KEEP_Y, all_names_y, interviews_y
from pii_names_z import HARD_KEEP_Z, all_names_z, interviews_z
from pii_set_check import JOINED_SCRIPTS, occurs

import assistant.ingest.names as names_module
from assistant.core.models import Interview, Transcript, Utterance
from assistant.core.workspace import Workspace
from assistant.ingest.importing import import_paths
from assistant.ingest.names import SINGLE_FEATURES, NameFinder, SingleNameModel, shipped_name_model, tokenize
from assistant.ingest.pii import find_structured, find_terms
from assistant.ingest.pseudonymise import Pseudonymiser, caseless_script_warning, pseudonymise_transcript

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "eval"))
from harness.measures import HONORIFICS, NAME_PARTICLES  # noqa: E402


def _present(word: str, text: str) -> bool:
    return occurs(word, text)


def _replaced(texts: list[str], language: str = "en", **prepare: Any) -> str:
    """The texts after one pseudonymiser prepared on them (speakers=, extra_names=) replaced them."""
    pseudonymiser = Pseudonymiser(None, languages=[language])
    pseudonymiser.prepare(texts, **prepare)
    return " ".join(pseudonymiser.replace(t) for t in texts)


# -- shapes ------------------------------------------------------------------------------------


def test_districts_between_a_street_and_its_postcode_are_one_address() -> None:
    """An Indonesian or Mexican address names its districts between the street and the postcode
    ("Kel. <district>, Kec. <district>", "Col. <neighbourhood>, C.P."): the street and the postcode were
    found apart and the districts between them were taken for people. They are one address now; two
    addresses with a sentence between them stay two."""
    for text, value in (
        (
            "Tolong kirim ke Jl. Melati Putih No. 9, RT 02/RW 05, Kel. Sukamaju, Kec. Cilandak Timur, Kota "
            "Depok 16412. Makasih.",
            "Jl. Melati Putih No. 9, RT 02/RW 05, Kel. Sukamaju, Kec. Cilandak Timur, Kota Depok 16412",
        ),
        (
            "Mándalo a Av. de los Pinos 220, Col. Lomas del Río, C.P. 44100, por favor.",
            "Av. de los Pinos 220, Col. Lomas del Río, C.P. 44100",
        ),
    ):
        assert [(m.kind, m.text) for m in find_structured(text)] == [("ADDRESS", value)], text
    # a review's probes: a person, a sentence or a question between two addresses is not joined to them
    for text in (
        "Office at 12 High Street. Maria Lopez, 40 Park Road is hers.",
        "Office at 12 High St. Maria Lopez, 40 Park Road is hers.",
        "ul. Długa 5, Jan Kowalski, ul. Krótka 7",
        "Calle Mayor 5, 36201 Vigo. Habla con Ana. Calle Luna 3",
        "Lindenstraße 4, EG. Frau Weber? Ja. Lindenweg 3",
        "Kantornya di Jakarta 12190, Budi Santoso, Jakarta 12310",
    ):
        found = [m.text for m in find_structured(text) if m.kind == "ADDRESS"]
        assert len(found) == 2 and not any(
            w in " ".join(found) for w in ("Maria", "Jan", "Ana", "Weber", "Budi")
        ), (
            text,
            found,
        )


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("write to ana.ruiz@example.org today", "EMAIL", "ana.ruiz@example.org"),
        ("UPI pe bhej do, rameshk22@okaxis pe.", "EMAIL", "rameshk22@okaxis"),
        ("mera UPI hai chaiwala.stall@ybl, scan karo", "EMAIL", "chaiwala.stall@ybl"),
        (
            "it's jo dot baker at example dot co dot uk, thanks",
            "EMAIL",
            "jo dot baker at example dot co dot uk",
        ),
        ("call +1 503-555-0182 after five", "PHONE", "+1 503-555-0182"),
        ("my mobile is 07700 900123", "PHONE", "07700 900123"),
        ("appelez le 06 12 34 56 78 le matin", "PHONE", "06 12 34 56 78"),
        ("ou au +33 6 12 34 56 78", "PHONE", "+33 6 12 34 56 78"),
        ("Telefon 0221 4477 1200, bitte", "PHONE", "0221 4477 1200"),
        ("meu celular é (21) 99876-5432", "PHONE", "(21) 99876-5432"),
        ("the desk line is 555-0147", "PHONE", "555-0147"),
        ("we live at 221B Baker Street, London NW1 6XE now", "ADDRESS", "221B Baker Street, London NW1 6XE"),
        (
            "ship to 4410 Juniper Avenue, Fresno, CA 93722 please",
            "ADDRESS",
            "4410 Juniper Avenue, Fresno, CA 93722",
        ),
        ("Eircode D02 X285, near the river", "ADDRESS", "D02 X285"),
        ("au 17 rue des Lilas, 69003 Lyon", "ADDRESS", "17 rue des Lilas, 69003 Lyon"),
        ("wir wohnen in der Lindenstraße 8, 50674 Köln", "ADDRESS", "Lindenstraße 8, 50674 Köln"),
        ("en la Calle de Alcalá 120, 28009 Madrid", "ADDRESS", "Calle de Alcalá 120, 28009 Madrid"),
        (
            "na Rua das Flores, 42, apto 3, CEP 04567-120",
            "ADDRESS",
            "Rua das Flores, 42, apto 3, CEP 04567-120",
        ),
        (
            "fica na Avenida da Liberdade 15, 1250-096 Lisboa",
            "ADDRESS",
            "Avenida da Liberdade 15, 1250-096 Lisboa",
        ),
        (
            "la sede è in via Garibaldi 12, 20121 Milano (MI)",
            "ADDRESS",
            "via Garibaldi 12, 20121 Milano (MI)",
        ),
        ("abito in via della Repubblica n. 5 a Torino", "ADDRESS", "via della Repubblica n. 5"),
        ("ci trovate in Piazza San Carlo 3/B", "ADDRESS", "Piazza San Carlo 3/B"),
        ("mi chiami al cellulare 3471234567", "PHONE", "3471234567"),
        ("oppure allo 02 8765 4321", "PHONE", "02 8765 4321"),
        ("op de Kerkstraat 12, 3511 AB Utrecht", "ADDRESS", "Kerkstraat 12, 3511 AB Utrecht"),
        ("aan de Burgemeester de Vlugtlaan 44", "ADDRESS", "Burgemeester de Vlugtlaan 44"),
        (
            "ik woon in de zonnebloemstraat 14 3563 kp utrecht",
            "ADDRESS",
            "zonnebloemstraat 14 3563 kp utrecht",
        ),
        ("via de vestiging, Meeuwenhof 3,\n2511 CV Den Haag, of mail", "ADDRESS", "2511 CV Den Haag"),
        ("bel me op 06-12345678 als het kan", "PHONE", "06-12345678"),
        ("het nummer is 020-1234567", "PHONE", "020-1234567"),
        ("of op +32 478 12 34 56", "PHONE", "+32 478 12 34 56"),
        ("ruf an: +4915112345678", "PHONE", "+4915112345678"),
        ("służbowy telefon 601 734 218 i to do niego", "PHONE", "601 734 218"),
        ("Kunden ringer til mig på 28 41 67 93 hver dag", "PHONE", "28 41 67 93"),
        ("volá mi na mobil, 602318447, a chce", "PHONE", "602318447"),
        ("die Ordinationsnummer, 0316 718 342, da", "PHONE", "0316 718 342"),
        ("my mobile, I use it a lot, 06 12 34 56 78", "PHONE", "06 12 34 56 78"),
        # national numbers read in pairs where a clause ends, or after a phone word ("SMS")
        ("Datteren min, Solveig, på 412 57 903.", "PHONE", "412 57 903"),
        ("Ja, 22 43 18 90. Eller send en e-post", "PHONE", "22 43 18 90"),
        ("звоните в офис, 123-45-67.", "PHONE", "123-45-67"),
        ("send en SMS til 48 21 07 66 for jeg", "PHONE", "48 21 07 66"),
        (
            "min adress är anna punkt berg snabel-a firma punkt se",
            "EMAIL",
            "anna punkt berg snabel-a firma punkt se",
        ),
        ("On est rue des Lilas 52, 4020 Liège, juste", "ADDRESS", "rue des Lilas 52, 4020 Liège"),
        ("bei einem Bauern, Hofstätten 27, 8200 Gleisdorf. Der", "ADDRESS", "Hofstätten 27, 8200 Gleisdorf"),
        ("na adrese Lipová 1184/12, 615 00 Brno, kompletně", "ADDRESS", "Lipová 1184/12, 615 00 Brno"),
        ("ligger på Storgatan 14B, 416 74 Göteborg, och", "ADDRESS", "Storgatan 14B, 416 74 Göteborg"),
        ("i verkstedet i Naustveien 14, nede ved", "ADDRESS", "Naustveien 14"),
        ("kauppa on osoitteessa pellavakatu 12 ihan", "ADDRESS", "pellavakatu 12"),
        ("an der rebbergstrasse 22 8953 dietikon die", "ADDRESS", "rebbergstrasse 22 8953 dietikon"),
        (
            "na Rua Padre Luís Cabral 214, loja B, 4050-268 Porto, e",
            "ADDRESS",
            "Rua Padre Luís Cabral 214, loja B, 4050-268 Porto",
        ),
        ("na Travessa do Carregal 18, 3.º esq., e a", "ADDRESS", "Travessa do Carregal 18, 3.º esq"),
        (
            "in viale dei Mughetti 12, scala C, interno 4, perché",
            "ADDRESS",
            "viale dei Mughetti 12, scala C, interno 4",
        ),
        ("e pe Str. Cireșilor nr. 27, 500152 Brașov, la", "ADDRESS", "Str. Cireșilor nr. 27, 500152 Brașov"),
        ("the practice at 12 bridge street in mallow", "ADDRESS", "12 bridge street"),
        ("a nasz kod pocztowy to 31-042 więc", "ADDRESS", "31-042"),
        ("Posta kodumuz 34173, kargocular", "ADDRESS", "34173"),
        ("and the eircode is p51 kx7t which", "ADDRESS", "p51 kx7t"),
        ("Zelf woon ik in 3572 BT, dus", "ADDRESS", "3572 BT"),
        (
            "στείλτε τα στην Οδός Αγίας Σοφίας 21, 671 00 Ξάνθη παρακαλώ",
            "ADDRESS",
            "Οδός Αγίας Σοφίας 21, 671 00 Ξάνθη",
        ),
        ("живём на улице Садовая 14, 394036 Воронеж, рядом", "ADDRESS", "улице Садовая 14, 394036 Воронеж"),
        # a review's cases for the prose and thousands rules of 2026-12-04: still personal data
        ("you can email will at gmail dot com and he'll", "EMAIL", "will at gmail dot com"),
        ("it's ana dot ruiz at me dot com, thanks", "EMAIL", "ana dot ruiz at me dot com"),
        ("Ana Ruiz,0612345678,12 Baker Street", "ADDRESS", "12 Baker Street"),
        ("piso 3,Calle Mayor 5", "ADDRESS", "Calle Mayor 5"),
        ("I live at 12 Square Mile Road", "ADDRESS", "12 Square Mile Road"),
        # Romanian: town and postcode each after a comma; a Bucharest sector; the ground floor
        (
            "la Str. Teilor nr. 9, ap. 2, Cluj-Napoca, 400123.",
            "ADDRESS",
            "Str. Teilor nr. 9, ap. 2, Cluj-Napoca, 400123",
        ),
        (
            "pe Bd. Unirii nr. 12, bl. A3, sc. 1, parter, sector 4, București",
            "ADDRESS",
            "Bd. Unirii nr. 12, bl. A3, sc. 1, parter, sector 4",
        ),
        ("Lindenstraße 4, EG, 10115 Berlin", "ADDRESS", "Lindenstraße 4, EG, 10115 Berlin"),
        # found on the blind studies' address leaks (2026-12-05, thirty-third session)
        (
            "di Jl. Angsana Biru, RT 04/RW 11, Kel. Sukamaju, Kota Bekasi 17510.",
            "ADDRESS",
            "RT 04/RW 11, Kel. Sukamaju, Kota Bekasi 17510",
        ),
        ("en Privada de los Olivos 215, Col. Centro, Oaxaca", "ADDRESS", "Privada de los Olivos 215"),
        (
            "it is Flat 12, Rosewood Heights, Station Road, Nashik 422001.",
            "ADDRESS",
            "Flat 12, Rosewood Heights, Station Road, Nashik 422001",  # the Indian convention, whole
        ),
    ],
)
def test_finds_personal_data_with_a_shape(text: str, kind: str, value: str) -> None:
    found = [(m.kind, m.text) for m in find_structured(text)]
    assert (kind, value) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 we had 1,200 invoices and 85 million in revenue, on 2024-05-02.",
        "We paid 1 200 000 euros for 3.5 tonnes between 2020 and 2021.",
        "Version 2.3.1 runs on 12 machines from 9 to 5.",
        "the years 2018 2019 2020 were the worst",
        "We met via Zoom 3 times and sent it via email 24 hours later.",
        "op de snelweg 20 minuten, dan naar de supermarkt 3 keer",
        "un corso di 3 giorni, invoice 123456789012 paid",
        "My order number is 123456789, invoice 0001234567, a fee of 0.00012345 BTC.",
        "Unser Fuhrpark hat 25 Fahrzeuge, im Supermarkt 24 Kassen; a lo largo del Año 2023.",
        "He was out there at one point in the game, and at some point in 2020 we left.",
        "Die Auftragsnummer 2024-118734 hing fest; Kapitel 12, 3000 Stück; Phase 2, 1000 Euro.",
        "facturas con números como 0003-00001247; la referência 415 227 098, valor 418,20 €.",
        "Den sidste ordre havde nummer 5512 3380; I bought a Model 3, 2019 Tesla; Hall 5, 1200 Visitors.",
        "na rua principal 2 vezes por semana, la rue principale 2 fois, jalan kaki 2 km, wir backen 300 Brote",
        "we drove 12 miles down the road, we delegate 3 tasks, open 24/7, sent via email 3 times",
        # found importing real transcripts: a meeting title's date and hour, prose with "at" between
        # two of the commonest words, and a surface with the thousands of its number
        "## Quarterly Planning Call (2023-04-20 16:04 GMT+1) - Transcript; Sitzung 20.04.2023 16:30",
        "we made the move back to remote-first, and at this point it really doesn't matter",
        "I owned a 1,000 square foot house, then a 700 square foot flat of 65 square metres",
        # a review's cases for the address shapes of 2026-12-05 (thirty-third session)
        "naše třída 5.A jela na výlet a celá třída 28 žáků se vrátila",
        "el Circuito Cerrado 24 horas y la Universidad Privada del Norte 2015",
        "Apartment 3, I liked it, but Flat 2, Maria lived there",
        "Penduduk Kabupaten Bogor 548000.",
        "přes náměstí 5 minut pěšky, třetí cesta 2 měsíce",
        # numbers in pairs that are no phone: too few digits, a year, mixed separators, an amount
        "the scores were 21 18 19 and the kids 12 34 56, in 12 05 2024 at 10.30-11.45",
        "we sold 412 570 fish and 1 250 000 smolt",
        "tak husovo náměstí 12 390 01 tábor, a sector 12 34 567 and 12 345 678",
        # pairs in a row that count or rise, dotted or hyphenated pairs, a count of kilos
        "ages were 25 35 45 55 mostly, the years 19 20 21 22.",
        "server 10.20.30.40, version 12-34-56-78, vi solgte 412 57 903 kilo",
        "nummerskiltet var 4411 2290 og die Nummern 4411 2290",
    ],
)
def test_numbers_dates_and_amounts_are_not_personal_data(text: str) -> None:
    assert find_structured(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("pe Strada Florilor 12, Brașov, 2019, apoi ne-am mutat", "Strada Florilor 12"),
        ("Strada Mare 7, Iași, 2000 lei pe lună", "Strada Mare 7"),
        ("Kauppakatu 12, Kuopio, 120000 asukasta", "Kauppakatu 12"),
        ("Str. Mare nr. 3, sector 12, altceva", "Str. Mare nr. 3"),
    ],
)
def test_a_year_an_amount_or_a_count_after_a_street_and_its_town_is_no_postcode(
    text: str, street: str
) -> None:
    """A review's cases (2026-12-05): the Romanian town-then-postcode tail takes six digits that end
    the clause, and Bucharest has six sectors."""
    assert [m.text for m in find_structured(text)] == [street]


# -- names nobody listed -----------------------------------------------------------------------


def _generated_interviews() -> list[tuple[list[str], list[tuple[str, str]]]]:
    """One short interview per culture: ten people in varied sentence positions, between keep sentences."""
    interviews = []
    for c, people in enumerate(CULTURES.values()):
        texts: list[str] = []
        used: list[tuple[str, str]] = []
        for k, full in enumerate(people):
            template = TEMPLATES[(c * 10 + k) % len(TEMPLATES)]
            first = full.split()[0]
            texts.append(template.format(full=full, first=first))
            texts.append(KEEP_SENTENCES[(c * 10 + k) % len(KEEP_SENTENCES)])
            used.append((full, full if "{full}" in template else first))
        interviews.append((texts, used))
    return interviews


def test_generated_names_from_33_cultures_are_found_and_products_kept() -> None:
    """330 names nobody listed, 33 naming cultures: recall of name words and over-redaction measured."""
    assert len(all_names()) >= 300 and len(CULTURES) >= 30
    result = _measure_excerpts(
        [
            ("en", texts, [mention for _full, mention in used], _kept_in(KEEP_TERMS, texts))
            for texts, used in _generated_interviews()
        ],
        set(),
    )
    print(
        f"generated names: recall {result['recall']:.3f} over {result['words']} name words;"
        f" over-redaction {result['over_redaction']:.3f}"
    )
    assert result["recall"] >= 0.95, result["leaks"]
    assert result["over_redaction"] <= 0.02


def measure_held_out_names(half: int | None = None) -> dict[str, Any]:
    """The second generated set (``pii_names_b``, written without looking at the detector): 56
    interviews in en, fr, de, es and pt. ``half`` 0 or 1 takes every other interview; the detector's
    rules of 2026-12-01 were written looking at half 0 only, so half 1 is the held-out figure."""
    return _measure_excerpts(
        [
            (language, texts, [mention for _full, mention in used], _kept_in(KEEP_TERMS_B, texts))
            for number, (language, texts, used) in enumerate(generated_interviews_b())
            if half is None or number % 2 == half
        ],
        set(HARD_KEEP_TERMS_B),
    )


def _summary(result: dict[str, Any]) -> dict[str, Any]:
    """A result without the leaked words: printing them would let a reader tune on a held-out set."""
    return {key: value for key, value in result.items() if key != "leaks"}


def _kept_in(terms: list[str], texts: list[str]) -> list[str]:
    """The terms to keep that occur in ``texts``."""
    return [term for term in terms if any(term in t for t in texts)]


def test_held_out_names_in_five_languages() -> None:
    """560 people from 56 naming cultures in en/fr/de/es/pt interview speech, between sentences that
    name products, firms, shops and places (many named after people), none of them known to the code."""
    result = measure_held_out_names(1)
    print("held-out names (half 1):", _summary(result))
    assert result["words"] > 400
    assert result["recall"] >= 0.9, result
    assert result["over_redaction"] <= 0.25, result


def measure_third_set() -> dict[str, Any]:
    """The third set (``pii_names_c``, written without looking at the detector or the other sets): 30
    interview excerpts in five languages, four of them in lower case as speech recognition writes."""
    hard_terms = {term for interview in INTERVIEWS_C for term in interview.get("hard_keep", [])}
    return _measure_excerpts(interviews_c(), hard_terms)


def measure_fourth_set() -> dict[str, Any]:
    """The fourth set (``pii_names_d``): written blind after the rules of the third set, 30 excerpts, ten of them
    in lower case; scored five times, never read until its leaks were listed once on 2026-12-04 (twenty-sixth
    session)."""
    return _measure_excerpts(interviews_d(), set(HARD_KEEP_D))


def measure_fifth_set() -> dict[str, Any]:
    """The fifth set (``pii_names_e``), the held-out one: written blind after every rule, scored once
    before this test was written; 30 excerpts, ten of them in lower case."""
    return _measure_excerpts(interviews_e(), set(HARD_KEEP_E))


def measure_sixth_set() -> dict[str, Any]:
    """The sixth set (``pii_names_f``): written blind after every rule (2026-12-01, seventh session), by a
    fifth helper who saw none of the detector, the other sets or the docs; scored once; 30 excerpts, ten
    of them in lower case, one name per lower-case excerpt spelled as speech recognition mishears it."""
    return _measure_excerpts(interviews_f(), set(HARD_KEEP_F))


def measure_seventh_set() -> dict[str, Any]:
    """The seventh set (``pii_names_g``): written blind by a sixth helper while the rules of 2026-12-01
    (seventh session) were written from the sixth set's leaks, scored once after them and again with the
    rules of 2026-12-02 (never read until its leaks were listed once on 2026-12-04 (twenty-sixth
    session)); 30 excerpts, ten in lower case."""
    return _measure_excerpts(interviews_g(), set(HARD_KEEP_G))


def measure_eighth_set() -> dict[str, Any]:
    """The eighth set (``pii_names_h``): written blind by a seventh helper while the rules of 2026-12-02 were
    written from the sixth set's leaks, scored before them, with them, and with the one a review left;
    never read until its leaks were listed once on 2026-12-04 (twenty-sixth session); 30 excerpts, ten in
    lower case."""
    return _measure_excerpts(interviews_h(), set(HARD_KEEP_H))


def measure_ninth_set() -> dict[str, Any]:
    """The ninth set (``pii_names_i``): written blind by an eighth helper (2026-12-02, ninth session) in
    languages the detector's cue words did not cover (Italian, Dutch with Flemish, Swedish, Polish) while
    support for Italian and Dutch was added; never read until its leaks were listed once on 2026-12-04
    (twenty-sixth session); 32 excerpts, eight in lower case."""
    return _measure_excerpts(interviews_i(), set(HARD_KEEP_I))


def measure_tenth_set() -> dict[str, Any]:
    """The tenth set (``pii_names_j``): written blind by a ninth helper (2026-12-02, eleventh session) in
    eight languages the detector has no grammar for (Czech, Finnish, Turkish, Hungarian, Romanian,
    Croatian, Danish, Polish), names in their case forms; 32 excerpts, eight in lower case. Scored
    blind once with the code before the case-form rule (0.613, kept terms lost 0.160) and once with its
    first version (0.772, 0.353); the kept terms it lost were then read, and the town rule added."""
    return _measure_excerpts(interviews_j(), set(HARD_KEEP_J))


def measure_eleventh_set() -> dict[str, Any]:
    """The eleventh set (``pii_names_k``): written blind by a tenth helper (2026-12-02, eleventh session)
    after the case-form rule, in Slovak, Slovenian, Lithuanian, Latvian, Estonian, Norwegian, Indonesian
    and Vietnamese; 32 excerpts, eight in lower case. Scored blind once with the code before this session
    (0.665, kept terms lost 0.235) and with the session's rules (0.755, 0.259); then used to drop the
    penalty on the own language's common words mid-sentence (it cost Vietnamese and Indonesian names) and
    to weigh the review's guards; never read until its leaks were listed once on 2026-12-04 (twenty-sixth
    session)."""
    return _measure_excerpts(interviews_k(), set(HARD_KEEP_K))


def measure_twelfth_set() -> dict[str, Any]:
    """The twelfth set (``pii_names_l``): written blind by a helper (2026-12-03, seventeenth session) after
    the titles of address of the languages read only by their word frequencies were added, in Polish,
    Czech, Romanian, Croatian, Swedish, Finnish, Lithuanian and Indonesian, with titles, case forms and
    diminutives as people use them; 24 excerpts, eight in lower case. Scored once with the code before
    that session (0.802, kept terms lost 0.228) and once after (0.818, 0.237); never read until its leaks
    were listed once on 2026-12-04 (twenty-sixth session)."""
    return _measure_excerpts(interviews_l(), set(HARD_KEEP_L))


def measure_thirteenth_set() -> dict[str, Any]:
    """The thirteenth set (``pii_names_m``): written blind by a helper (2026-12-03, eighteenth session) while
    the cues of a language's grammar for names in speech without capitals were written, in en, de, es, it,
    ca, pl, ro, hu, tr, sv, cs and id, one of the two excerpts per language in lower case; 24 excerpts.
    Scored with the code before that session (0.723, lower case 0.562, kept terms lost 0.105), with the
    first version of the cues (0.780, 0.653, 0.105), before a review's fixes (0.783, 0.688, 0.105) and
    after them (0.777, 0.674, 0.105); never read until its leaks were listed once on 2026-12-04 (twenty-
    sixth session)."""
    return _measure_excerpts(interviews_m(), set(HARD_KEEP_M))


def measure_fourteenth_set() -> dict[str, Any]:
    """The fourteenth set (``pii_names_n``): written blind by a helper (2026-12-03, eighteenth session) after
    those cues were written, in fr, pt, nl, sk, sl, hr, lt, lv, et, fi, da and nb, one of the two excerpts
    per language in lower case; 24 excerpts. Scored once with the code before that session (0.759, lower
    case 0.658, kept terms lost 0.168) and with it, before and after a review's fixes (0.810, 0.760, 0.168
    both times); never read until its leaks were listed once on 2026-12-04 (twenty-sixth session)."""
    return _measure_excerpts(interviews_n(), set(HARD_KEEP_N))


def measure_fifteenth_set() -> dict[str, Any]:
    """The fifteenth set (``pii_names_o``): written blind by a helper (2026-12-04, twenty-second session)
    in en (six countries), es, pt, fr, de and it, one excerpt per language in lower case; 24 excerpts.
    Scored with the code before that session and with its first three commits (0.911 both times, kept
    terms lost 0.113), then read: 0.920 after the fixes it prompted."""
    return _measure_excerpts(interviews_o(), set(HARD_KEEP_O))


def measure_sixteenth_set() -> dict[str, Any]:
    """The sixteenth set (``pii_names_p``): written blind by a helper (2026-12-04, twenty-second session)
    while the fifteenth was read, same languages, other countries; totals scored at each of that session's
    commits (0.893 before it, 0.901 after, kept terms lost 0.118 throughout); never read until its leaks
    were listed once on 2026-12-04 (twenty-sixth session)."""
    return _measure_excerpts(interviews_p(), set(HARD_KEEP_P))


def measure_seventeenth_set() -> dict[str, Any]:
    """The seventeenth set (``pii_names_q``): written blind by a helper (2026-12-04, twenty-sixth
    session) while case forms of names in Slavic, Finnish and Hungarian were being added, in pl, cs, sk,
    sl, hr, sr, lt, lv, fi, et, hu and ro, one of the two excerpts per language in lower case; scored
    with the code before that session (0.778, kept terms lost 0.266), at each of its steps and after
    it (0.824, 0.266; docs/evaluation.md); never read."""
    return _measure_excerpts(interviews_q(), set(HARD_KEEP_Q))


def measure_eighteenth_set() -> dict[str, Any]:
    """The eighteenth set (``pii_names_r``): written blind by a helper (2026-12-05, twenty-eighth
    session) while a fitted model was added to the finder's verdict on capitalised words, in en (six
    countries), es, pt, fr, de and it, one excerpt per language in lower case, regions none of the
    earlier sets used; 24 excerpts; scored with the code before that change and after it
    (docs/evaluation.md); never read."""
    return _measure_excerpts(interviews_r(), set(HARD_KEEP_R))


def measure_nineteenth_set() -> dict[str, Any]:
    """The nineteenth set (``pii_names_s``): written by a helper (2026-12-05, thirty-fourth session)
    without reading the detector, while names in scripts without capitals were first found: Japanese,
    Chinese, Korean, Arabic, Hebrew and Hindi, two excerpts each; read while the rules were written,
    so it is a development figure, not a held-out one."""
    return _measure_excerpts(interviews_s(), set(HARD_KEEP_S), parts_s())


def measure_twentieth_set() -> dict[str, Any]:
    """The twentieth set (``pii_names_t``): written blind by a helper (2026-12-05, thirty-fourth session)
    while names in scripts without capitals were first found, in Japanese, Chinese (simplified and
    traditional), Korean, Arabic (standard and colloquial), Hebrew and Hindi, two excerpts each, and
    Persian, Urdu, Bengali and Thai, one each; scored, never read."""
    return _measure_excerpts(interviews_t(), set(HARD_KEEP_T), parts_t())


def measure_twenty_first_set() -> dict[str, Any]:
    """The twenty-first set (``pii_names_u``): written by a helper (2026-12-06, thirty-eighth session)
    without reading the detector, while Russian was first read against its morphological dictionary:
    Russian (six excerpts), Ukrainian (four), Belarusian and Bulgarian (two each), in Cyrillic, names in
    the case forms their sentences need; read while the rules were written, so a development figure."""
    return _measure_excerpts(interviews_u(), set(HARD_KEEP_U))


def measure_twenty_second_set() -> dict[str, Any]:
    """The twenty-second set (``pii_names_v``): written blind by another helper at the same time, in
    Russian (six excerpts), Ukrainian (four), Belarusian, Bulgarian (one each) and Serbian in Cyrillic
    (two); scored with the code before that change and after it (docs/evaluation.md), never read."""
    return _measure_excerpts(interviews_v(), set(HARD_KEEP_V))


def _false_persons(
    interviews: list[Any], name_free: list[tuple[str, str]], hard: frozenset[str], *, detected: bool = False
) -> dict[str, Any]:
    """A set's name figures (``_measure_excerpts``) and the ordinary words it takes for persons: every
    "Person N" whose original holds no word of a listed mention of its excerpt, and every one in its
    name-free passages, per 1,000 words. ``detected``: each excerpt in the language the importer
    guesses for it (``detect_language``, English when none), as a user's import would read it, instead
    of the language the set names."""
    from assistant.ingest.formats.metadata import detect_language

    def language(given: str, texts: list[str]) -> str:
        return (detect_language(texts) or "en") if detected else given

    excerpts = [
        (language(i["language"], i["utterances"]), list(i["utterances"]), list(i["people"]), list(i["keep"]))
        for i in interviews
    ]
    result = _measure_excerpts(excerpts, set(hard))
    false = words = 0
    for (lang, utterances, _people, _keep), item in zip(excerpts, interviews, strict=True):
        pseudonymiser = Pseudonymiser(None, languages=[lang])
        pseudonymiser.prepare(utterances)
        for utterance in utterances:
            pseudonymiser.replace(utterance)
        listed = {w.casefold() for mention in item["people"] for w in re.findall(r"\w+", mention)}
        false += sum(
            1
            for key, value in pseudonymiser.entities.items()
            if key.startswith("Person") and not any(w.casefold() in listed for w in re.findall(r"\w+", value))
        )
        words += sum(len(u.split()) for u in utterances)
    free = free_words = 0
    for given, text in name_free:
        pseudonymiser = Pseudonymiser(None, languages=[language(given, [text])])
        pseudonymiser.prepare([text])
        pseudonymiser.replace(text)
        free += sum(1 for key in pseudonymiser.entities if key.startswith("Person"))
        free_words += len(text.split())
    result.update(
        false_persons=false,
        false_per_1000_words=round(1000 * false / words, 1),
        name_free_false=free,
        name_free_per_1000_words=round(1000 * free / free_words, 1),
    )
    return result


def measure_twenty_fifth_set() -> dict[str, Any]:
    """The twenty-fifth set (``pii_names_y``): written blind by a helper (2026-12-06, forty-second session)
    in the shape of the issue's test: 30 excerpts of English interview speech with ordinary capitals, 596
    name words from 55 naming cultures in varied positions, 164 kept terms (64 named like people). Scored
    with the code of the session's start (0.948, kept terms lost 0.207) and with the rules written without
    reading it (0.953, 0.207); then its leaks and lost terms were read, and the rules they prompted took it
    to 0.977 (0.213) (docs/evaluation.md, "German and French: two more blind studies")."""
    return _measure_excerpts(interviews_y(), set(HARD_KEEP_Y))


def measure_twenty_sixth_set() -> dict[str, Any]:
    """The twenty-sixth set (``pii_names_z``): written blind by a helper (2026-12-07, forty-third session):
    30 excerpts in ten languages (en, fr, de, es, pt, it, nl, pl, tr, sv; one in lower case each) dense
    with places, founder-named firms, person-like products and places named after people (300 kept
    terms, 133 of them named like people) beside 390 name words of about 80 naming cultures. Scored with
    the code of the session's start (0.956, kept terms lost 0.173) and with the town rule written
    before reading it (the same); then its leaks and lost terms were read, and the rules they prompted
    took it to 0.969 (0.153) (docs/evaluation.md, "Places beside people: a twenty-sixth set")."""
    return _measure_excerpts(interviews_z(), set(HARD_KEEP_Z))


def measure_twenty_third_set(detected: bool = False) -> dict[str, Any]:
    """The twenty-third set (``pii_names_w``): written by a helper (2026-12-06, thirty-eighth session)
    without reading the detector: South Asian speech in Latin letters (Hinglish, romanised Urdu and
    Bengali, Tamil-English, Marathi-English), half of it in lower case as speech recognition writes it,
    with name-free passages; read while ways to stop ordinary words becoming persons were tried (none
    was kept in that session), and while the romanised word lists of the thirty-ninth were written
    (``assistant/core/romanised.py``; docs/evaluation.md)."""
    return _false_persons(INTERVIEWS_W, NAME_FREE_W, HARD_KEEP_W, detected=detected)


def measure_twenty_fourth_set(detected: bool = False) -> dict[str, Any]:
    """The twenty-fourth set (``pii_names_x``): written blind by another helper at the same time, in
    Hinglish, romanised Urdu, Bengali and Punjabi, Tamil-English and Telugu-English; scored, never read
    (its per-excerpt language guesses were printed once in the thirty-ninth session, while the romanised
    languages' detection was checked)."""
    return _false_persons(INTERVIEWS_X, NAME_FREE_X, HARD_KEEP_X, detected=detected)


def _identifying_words(mention: str, parts: dict[str, list[str]] | None = None) -> list[str]:
    """The words of a name mention that identify someone: titles and lower-case particles ("van der",
    "dos") are words every transcript in the language uses elsewhere, so whether they are still in the
    text says nothing (the same rule as the corpus's ``name_words`` in eval/harness/measures.py). In a
    script that joins words to their particles a mention is its listed parts of two letters or more
    ("田中美咲": "田中", "美咲"), or the words it is written in."""
    if JOINED_SCRIPTS.search(mention):
        listed = (parts or {}).get(mention)
        if listed:
            return [part for part in listed if len(part) >= 2]
        return [word for word in mention.split() if len(word) >= 2] or [mention]
    return [
        word
        for word in (t.text for t in tokenize(re.sub(r"['’]s$", "", mention)))  # an English possessive's "s"
        if word.casefold().rstrip(".") not in HONORIFICS and not (word.islower() and word in NAME_PARTICLES)
    ]


def _measure_excerpts(
    excerpts: list[tuple[str, list[str], list[str], list[str]]],
    hard_terms: set[str],
    parts: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """Per set of interviews (language, texts, name mentions, terms to keep), each pseudonymised on
    its own: the share of name words replaced (overall, in all-lower-case interviews, by language)
    and the share of kept terms lost."""
    words = leaked = lower_words = lower_leaked = kept = lost = hard = hard_lost = 0
    leaks: list[str] = []
    by_language: dict[str, list[int]] = {}
    for language, utterances, people, keep in excerpts:
        output = _replaced(utterances, language)
        lower = all(u == u.lower() for u in utterances)
        counts = by_language.setdefault(language, [0, 0])
        for mention in people:
            for word in _identifying_words(mention, parts):
                words += 1
                lower_words += lower
                counts[0] += 1
                if _present(word, output):
                    leaked += 1
                    lower_leaked += lower
                    counts[1] += 1
                    leaks.append(word)
        for term in keep:
            gone = not _present(term, output)
            kept += 1
            lost += gone
            hard += term in hard_terms
            hard_lost += gone and term in hard_terms
    return {
        "words": words,
        "recall": 1 - leaked / words,
        "lower_case_recall": 1 - lower_leaked / lower_words if lower_words else None,
        "recall_by_language": {lang: round(1 - c[1] / c[0], 3) for lang, c in sorted(by_language.items())},
        "over_redaction": lost / kept,
        "hard_kept_lost": f"{hard_lost}/{hard}",
        "leaks": leaks,
    }


@pytest.mark.parametrize(
    ("name", "measure", "floor", "ceiling"),
    [
        ("third set", measure_third_set, 0.9, 0.15),
        ("fourth set", measure_fourth_set, 0.85, 0.15),
        ("fifth set", measure_fifth_set, 0.85, 0.15),
        ("sixth set", measure_sixth_set, 0.9, 0.15),
        ("seventh set", measure_seventh_set, 0.85, 0.15),
        ("eighth set", measure_eighth_set, 0.75, 0.15),
        ("ninth set (held out; it, nl, sv, pl)", measure_ninth_set, 0.75, 0.15),
        ("tenth set (cs, fi, tr, hu, ro, hr, da, pl)", measure_tenth_set, 0.7, 0.25),
        ("eleventh set (sk, sl, lt, lv, et, nb, id, vi)", measure_eleventh_set, 0.75, 0.3),
        ("twelfth set (pl, cs, ro, hr, sv, fi, lt, id)", measure_twelfth_set, 0.75, 0.3),
        ("thirteenth set (en, de, es, it, ca, pl, ro, hu, tr, sv, cs, id)", measure_thirteenth_set, 0.7, 0.2),
        (
            "fourteenth set (fr, pt, nl, sk, sl, hr, lt, lv, et, fi, da, nb)",
            measure_fourteenth_set,
            0.75,
            0.25,
        ),
        ("fifteenth set (en in six countries, es, pt, fr, de, it)", measure_fifteenth_set, 0.88, 0.15),
        (
            "sixteenth set (held out; en in six countries, es, pt, fr, de, it)",
            measure_sixteenth_set,
            0.85,
            0.15,
        ),
        (
            "seventeenth set (held out; pl, cs, sk, sl, hr, sr, lt, lv, fi, et, hu, ro)",
            measure_seventeenth_set,
            0.78,
            0.3,
        ),
        (
            "eighteenth set (held out; en in six countries, es, pt, fr, de, it)",
            measure_eighteenth_set,
            0.83,
            0.15,
        ),
    ],
)
def test_interview_excerpts_in_five_languages(name: str, measure: Any, floor: float, ceiling: float) -> None:
    """Floors below today's figures: they catch a regression; the figures themselves are reported in
    docs/evaluation.md. The ninth to fourteenth and the seventeenth sets are mostly in languages other
    than the five."""
    result = measure()
    print(f"{name}:", _summary(result))
    assert result["words"] > 200
    assert result["recall"] >= floor, result
    assert result["over_redaction"] <= ceiling, result


def test_names_from_many_cultures_in_english_speech() -> None:
    """The twenty-fifth set, in the shape of the issue's measure (English speech, 55 naming cultures,
    names in every position): floors just under today's figures (0.977 of name words, kept terms lost
    0.213), so that a regression either way shows."""
    result = measure_twenty_fifth_set()
    print("twenty-fifth set:", _summary(result))
    assert result["words"] >= 500
    assert result["recall"] >= 0.96, _summary(result)
    assert result["over_redaction"] <= 0.25, _summary(result)


def test_places_firms_and_products_beside_people() -> None:
    """The twenty-sixth set (places, firms and products named like people, in ten languages): floors just
    under today's figures (0.969 of name words, kept terms lost 0.153), so that a regression either way
    shows."""
    result = measure_twenty_sixth_set()
    print("twenty-sixth set:", _summary(result))
    assert result["words"] >= 350
    assert result["recall"] >= 0.96, _summary(result)
    assert result["over_redaction"] <= 0.17, _summary(result)


@pytest.mark.parametrize(
    ("name", "measure", "floor", "ceiling"),
    [
        ("nineteenth set (ja, zh, ko, ar, he, hi; read)", measure_nineteenth_set, 0.8, 0.1),
        ("twenty-first set (ru, uk, be, bg in Cyrillic; read)", measure_twenty_first_set, 0.8, 0.3),
        (
            "twenty-second set (held out; ru, uk, be, bg, sr in Cyrillic)",
            measure_twenty_second_set,
            0.7,
            0.3,
        ),
        (
            "twentieth set (held out; ja, zh, ko, ar, he, hi, fa, ur, bn, th)",
            measure_twentieth_set,
            0.55,
            0.1,
        ),
    ],
)
def test_names_in_scripts_without_capitals(name: str, measure: Any, floor: float, ceiling: float) -> None:
    """Floors below today's figures (docs/evaluation.md, "Names in scripts without capitals"): before
    2026-12-05 (thirty-fourth session) the finder found 0.02 and 0.05 of these names."""
    result = measure()
    print(f"{name}:", _summary(result))
    assert result["words"] > 150
    assert result["recall"] >= floor, _summary(result)
    assert result["over_redaction"] <= ceiling, _summary(result)


@pytest.mark.parametrize(
    ("name", "measure", "floor", "ceiling"),
    [
        ("twenty-third set (South Asian speech in Latin letters; read)", measure_twenty_third_set, 0.85, 400),
        (
            "twenty-fourth set (held out; South Asian speech in Latin letters)",
            measure_twenty_fourth_set,
            0.85,
            450,
        ),
    ],
)
def test_south_asian_speech_in_latin_letters(name: str, measure: Any, floor: float, ceiling: int) -> None:
    """Names are found, and far too many ordinary words of lower-case romanised speech are taken for
    persons (docs/evaluation.md, "South Asian speech in Latin letters"): the bounds catch a regression
    either way, the figures are reported there."""
    result = measure()
    print(f"{name}:", _summary(result), result["false_persons"], result["name_free_false"])
    assert result["recall"] >= floor, _summary(result)
    assert result["false_persons"] <= ceiling, result["false_persons"]


def test_no_caseless_name_of_the_sets_is_written_in_the_code() -> None:
    """The names of the sets in scripts without capitals (their mentions and parts of two letters or
    more) appear nowhere in ``assistant/``: examples there are placeholders ("○○さん", "فلان")."""
    from pii_names_s import all_names_s
    from pii_names_t import all_names_t

    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "assistant").rglob("*.py"))
    words = {w for name in [*all_names_s(), *all_names_t()] for w in name.split() if len(w) >= 2}
    words |= {
        part
        for parts in (parts_s(), parts_t())
        for value in parts.values()
        for part in value
        if len(part) >= 2
    }
    listed = sorted(w for w in words if JOINED_SCRIPTS.search(w) and w in source)
    assert not listed, listed


def test_no_generated_name_is_listed_in_the_code() -> None:
    """The detector must find these names, not know them: none is written anywhere in ``assistant/``."""
    from assistant.ingest.lexicon import zipf

    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "assistant").rglob("*.py")).casefold()
    listed = [
        word
        for name in [
            *all_names(),
            *all_names_b(),
            *all_names_c(),
            *all_names_d(),
            *all_names_e(),
            *all_names_f(),
            *all_names_g(),
            *all_names_h(),
            *all_names_i(),
            *all_names_j(),
            *all_names_k(),
            *all_names_l(),
            *all_names_m(),
            *all_names_n(),
            *all_names_o(),
            *all_names_p(),
            *all_names_q(),
            *all_names_r(),
            *all_names_u(),
            *all_names_v(),
            *all_names_y(),
            *all_names_z(),
            *(name for item in [*INTERVIEWS_W, *INTERVIEWS_X] for name in item["people"]),
        ]
        for word in name.split()
        if len(word) > 3
        and not word.islower()  # particles ("van", "binti") are grammar, not names
        and not keyword.iskeyword(word.casefold())
        # "Park" is also a street type, "Charles" a common word, "Abril" a month in es and pt, "Memo"
        # (a nickname) a word of the code ("memo" of a coded passage); "Mame" the end of the Spanish
        # "llámame" ("call me") in a self-naming pattern; "Gelu" (Romanian) the embedder's GELU activation;
        # "Whitfield" the code's example of a file name with a name in it ("dana-whitfield-may"),
        # older than the set that also has it; "Kunga" (a given name in a set) is also the Latvian
        # genitive of "kungs" (Mr), a title of address the code lists; "Tata" (a nickname in a set) is
        # "dad" in the relation words of Polish, Croatian and Romanian; "Consuelo" the code's example of
        # a Spanish given name that is also a word, older than the eighteenth set that also has it
        and max(zipf(word, language) for language in ("en", "fr", "de", "es", "pt", "it", "nl")) < 4.0
        and word.casefold() not in ("memo", "mame", "gelu", "whitfield", "kunga", "tata", "consuelo")
        and re.search(r"(?<!\w)" + re.escape(word.casefold()) + r"(?!\w)", source)
    ]
    assert not listed, listed


def test_a_lower_case_transcript_with_a_lower_case_full_name_is_pseudonymised() -> None:
    """Speech recognition without capitals: a given name and a rare surname written in lower case are
    one name (this used to end the import with a KeyError when the transcript had no capitals at all)."""
    texts = [
        "yeah so we started in march",
        "the manager back then was ngozi adebayo and she was great",
        "honestly the rota was a mess",
        "we used paper for everything",
    ]
    out = _replaced(texts)
    assert not _present("ngozi", out) and not _present("adebayo", out), out
    assert "the rota was a mess" in out


def test_context_finds_names_and_keeps_companies() -> None:
    pseudonymiser = Pseudonymiser(None)
    texts = [
        "my colleague Marcus Oyelaran approves. Mark the invoice, said Mark Holt.",
        "We bought it from Blue Planet Software, and Gloria, our director, signed.",
        "Thanks, Nélida. my brother segun is in Atlanta. kofi he drives on weekends.",
        "I use Excel and YouTube, and we have an office in Kassel.",
    ]
    pseudonymiser.prepare(texts, speakers=["Mark Holt", "Speaker 1"])
    out = " ".join(pseudonymiser.replace(t) for t in texts)
    for name in ("Marcus", "Oyelaran", "Holt", "Gloria", "Nélida", "segun", "kofi"):
        assert not _present(name, out), (name, out)
    for kept in ("Mark the invoice", "Blue Planet Software", "Excel", "YouTube", "Kassel", "Atlanta"):
        assert kept in out, (kept, out)
    assert pseudonymiser.label("Speaker 1") == "Speaker 1"
    assert pseudonymiser.reverse(out) == " ".join(texts)


def test_a_speaker_s_surname_is_replaced_inside_a_company_name_too() -> None:
    """A family firm named after the participant identifies them: the speaker's name words are
    replaced even where the rest of the name reads as a company; other companies stay."""
    texts = [
        "I do the books for my brother's business, Okonkwo Landscaping, and we buy at Blue Planet Software.",
        "Is Amadi usually on the late shift?",
    ]
    out = _replaced(texts, speakers=["Ifeoma Okonkwo", "Amadi Eze"])
    assert not _present("Okonkwo", out) and not _present("Amadi", out), out
    assert "Landscaping" in out and "Blue Planet Software" in out, out


def test_listed_employers_and_identifiers_are_replaced(tmp_path: Path) -> None:
    pseudonymiser = Pseudonymiser(None, organisations=["Northwind Traders"], identifiers=["PRJ-0042"])
    out = pseudonymiser.replace("I work for Northwind Traders on project PRJ-0042, using Excel.")
    assert out == "I work for [ORG-1] on project [ID-1], using Excel."


# -- placeholders and the map ------------------------------------------------------------------


def test_placeholders_read_naturally_and_are_stable(tmp_path: Path) -> None:
    path = tmp_path / "pseudonyms.json"
    first = Pseudonymiser(path)
    first.prepare([], speakers=["Dana Whitfield"])
    assert first.replace("Dana Whitfield said hi to Dana") == "Person 1 said hi to Person 1"
    first.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    second = Pseudonymiser(path)
    second.prepare(["Ask my colleague Frank Hartwell."], speakers=["Dana Whitfield"])
    assert second.replace("Thanks, Dana Whitfield. Ask Frank Hartwell.") == "Thanks, Person 1. Ask Person 2."
    second.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["entities"] == {"Person 1": "Dana Whitfield", "Person 2": "Frank Hartwell"}


def test_old_bracket_placeholders_still_reverse(tmp_path: Path) -> None:
    path = tmp_path / "pseudonyms.json"
    path.write_text(
        json.dumps({"version": 1, "entities": {"[PERSON-1]": "Dana Whitfield"}}), encoding="utf-8"
    )
    pseudonymiser = Pseudonymiser(path)
    assert pseudonymiser.reverse("[PERSON-1] said hi") == "Dana Whitfield said hi"
    assert pseudonymiser.placeholder("PERSON", "Priya Shah") == "Person 2"


def _transcript(interview_id: str, text: str, speaker: str) -> Transcript:
    interview = Interview(
        id=interview_id,
        title=interview_id,
        source_file=f"/home/researcher/{interview_id}.txt",
        source_hash=interview_id,
        format="plain_txt",
        imported_at="2024-05-02T10:00:00Z",  # type: ignore[arg-type]
        language="en",
    )
    return Transcript(
        interview=interview,
        utterances=[Utterance(id=f"{interview_id}:1", speaker=speaker, role="participant", text=text)],
    )


GIVEN = ("Ingrid", "Tobias", "Miriam", "Casimir")
FAMILY = ("Lindqvist", "Okonjo", "Ferreira")


def _pseudonymise_in_process(root: str, number: int) -> None:
    workspace = Workspace(Path(root))
    for round_ in range(3):
        transcript = _transcript(
            f"p{number}-{round_}",
            f"my colleague {GIVEN[number]} {FAMILY[round_]} called, and so did Ana Lima.",
            f"Speaker {number}",
        )
        pseudonymise_transcript(workspace, transcript)


def test_concurrent_imports_never_share_a_placeholder(workspace: Workspace) -> None:
    """Four processes update the map at once: every placeholder means one person, and reverses to them."""
    context = multiprocessing.get_context("fork")
    processes = [
        context.Process(target=_pseudonymise_in_process, args=(str(workspace.root), n)) for n in range(4)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
        assert process.exitcode == 0
    entities = json.loads(workspace.pseudonyms_path.read_text(encoding="utf-8"))["entities"]
    originals = list(entities.values())
    assert len(originals) == len(set(originals)), entities
    assert originals.count("Ana Lima") == 1
    expected = {f"{given} {family}" for given in GIVEN for family in FAMILY}
    assert expected <= set(originals), sorted(expected - set(originals))


# -- everything derived from the source ----------------------------------------------------------


def test_file_names_ids_titles_and_source_paths_are_pseudonymised(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "Interviews with Dana Whitfield"
    folder.mkdir()
    source = folder / "Dana Whitfield.txt"
    source.write_text(
        "Interviewer: Thanks for joining, Dana. What does a typical morning look like?\n"
        "Dana Whitfield: I check the approvals first. Call me on 07700 900123 if the portal is down.\n"
        "Interviewer: And after the approvals?\n"
        "Dana Whitfield: Then the supplier invoices, usually until lunch, and the bank reconciliation.\n",
        encoding="utf-8",
    )
    report = import_paths(workspace, [source], pseudonymise=True, index=False)
    assert report.ok, [r.message for r in report.results]
    interview_id = report.imported[0].interview_id
    assert interview_id is not None and "dana" not in interview_id and "whitfield" not in interview_id
    stored = workspace.transcript_path(interview_id).read_text(encoding="utf-8")
    for original in ("Dana", "Whitfield", "dana", "whitfield", "07700", "Interviews with"):
        assert original not in stored, original
    transcript = workspace.load_transcript(interview_id)
    assert transcript.interview.source_file == "Person 1.txt"
    assert all(u.id.startswith(interview_id + ":") for u in transcript.utterances)


def test_a_product_named_like_a_person_keeps_its_name_whichever_file_comes_first(
    workspace: Workspace, tmp_path: Path
) -> None:
    """An app named like a person (a given name and a surname) that one file introduces as an app and
    an earlier file only lists with other apps keeps its name in both: the import notes what any of
    its files introduces as a thing before it registers the names of the first; a person of the same
    files is still replaced."""
    folder = tmp_path / "diabetes-apps"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Enquêteur: Quelles applis avez-vous essayées ?\n"
        "Participante: Oh, au moins six : Dosolo, Lucien Marchal, GlycoNote, j'en passe. "
        "Mon infirmière Ghislaine Vautrin m'en a conseillé deux.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Enquêteur: Comment notez-vous vos repas ?\n"
        "Participant: Le soir, je rentre tout dans l'appli Lucien Marchal, c'est rapide.\n",
        encoding="utf-8",
    )
    report = import_paths(workspace, [folder], pseudonymise=True, index=False)
    assert report.ok, [r.message for r in report.results]
    stored = [workspace.transcript_path(r.interview_id).read_text(encoding="utf-8") for r in report.imported]
    assert all("Lucien Marchal" in text for text in stored), stored
    assert not any("Ghislaine" in text or "Vautrin" in text for text in stored), stored


@pytest.mark.parametrize(
    ("language", "stem", "names"),
    [
        ("tr", "gorusme-klinik", ()),  # "interview-clinic", its accents dropped
        ("pl", "wywiad-apteka-03", ()),
        ("fi", "haastattelu-apteekki", ()),
        ("en", "interview-april-03", ()),
        ("es", "entrevista-farmacia-abril", ()),
        ("es", "entrevista-taller", ()),  # "workshop": a common word that name lists rank low as a given name
        ("es", "entrevista-lucia", ("lucia",)),
        ("en", "clinic-owner-interview", ()),
        ("pl", "wywiad-anna-nowak", ("anna", "nowak")),
        ("pl", "wywiad-maja-kowalska", ("maja", "kowalska")),  # a given name that is also a month's case
        ("de", "gesprach-muller", ("muller",)),
        ("it", "intervista-giulia-rossi", ("giulia", "rossi")),
        ("nl", "interview-jan-de-vries", ("jan", "vries")),
        ("en", "interview-sarah", ("sarah",)),
        ("en", "invoice-call-nadia-whelan", ("nadia", "whelan")),
        ("fi", "haastattelu-mikko-virtanen", ("mikko", "virtanen")),
        ("tr", "randevu-gulsen", ("gulsen",)),  # "Gülşen", written without its accents
        ("pt", "entrevista-joao-da-silva", ("joao", "silva")),
        ("en", "INTERVIEW-NADIA-WHELAN", ("nadia", "whelan")),  # capitals throughout tell nothing either
        ("en", "acme-corp-kickoff", ()),  # names somewhere, words here: no one
        ("en", "OKR2", ()),  # short words in capitals are acronyms, even when the whole name is in capitals
        ("en", "SOW-03", ()),
        ("zh", "interview-zh", ()),  # a language's code is no name...
        ("es", "entrevista-03-es", ()),
        ("ja", "ja-interview-2", ()),
        ("en", "interview-nadia-es", ("nadia",)),  # ...and it takes nothing from a name beside it
        ("en", "mr-hu", ("hu",)),  # a code that is also a popular surname is judged as a name
    ],
)
def test_file_names_lose_their_names_and_keep_their_words(
    language: str, stem: str, names: tuple[str, ...]
) -> None:
    """A slug has no capitals and often no accents: words of the transcript's language ("gorusme",
    "wywiad") and months stay, popular given names and surnames go, alone or in a full name."""
    pseudonymiser = Pseudonymiser(None, languages=[language])
    pseudonymiser.prepare(["Tamam."], [])
    private = pseudonymiser.file_stem(stem)
    if not names:
        assert private == stem
    for name in names:
        assert name not in private.casefold(), private
    assert stem.split("-")[0].casefold() in private.casefold()


@pytest.mark.parametrize(
    ("interviewer", "participant", "text"),
    [
        ("Intervistatrice", "Partecipante", "Lavoro in farmacia da dieci anni, con Rosalba Ferraguti."),
        (
            "Interviewster",
            "Deelnemer",
            "Ik werk al tien jaar in de opvang, samen met Wilhelmina Oosterbroek.",
        ),
    ],
)
def test_italian_and_dutch_role_labels_are_not_taken_for_names(
    workspace: Workspace, tmp_path: Path, interviewer: str, participant: str, text: str
) -> None:
    source = tmp_path / "intervista.txt"
    source.write_text(
        f"{interviewer}: Come va?\n{participant}: {text}\n{interviewer}: E poi?\n{participant}: {text}\n",
        encoding="utf-8",
    )
    report = import_paths(workspace, [source], pseudonymise=True, index=False)
    assert report.ok, [r.message for r in report.results]
    transcript = workspace.load_transcript(report.imported[0].interview_id or "")
    assert {u.speaker for u in transcript.utterances} == {interviewer, participant}
    stored = workspace.transcript_path(transcript.interview.id).read_text(encoding="utf-8")
    assert "Ferraguti" not in stored and "Oosterbroek" not in stored


def test_rename_speaker_to_a_real_name_pseudonymises_it(workspace: Workspace, tmp_path: Path) -> None:
    from assistant.ingest.edits import rename_speaker

    source = tmp_path / "interview-07.txt"
    source.write_text(
        "Speaker 1: What happened next?\nSpeaker 2: Then Rosalind Achterberg from accounts called me.\n"
        "Speaker 1: What did she want?\nSpeaker 2: The quarterly numbers, a week early, as always.\n",
        encoding="utf-8",
    )
    report = import_paths(workspace, [source], pseudonymise=True, index=False)
    interview_id = report.imported[0].interview_id
    assert interview_id is not None
    rename_speaker(workspace, interview_id, "Speaker 2", "Tamsin Okorafor", role="participant")
    transcript = workspace.load_transcript(interview_id)
    stored = workspace.transcript_path(interview_id).read_text(encoding="utf-8")
    assert "Tamsin" not in stored and "Okorafor" not in stored
    speakers = {u.speaker for u in transcript.utterances}
    assert any(s and s.startswith("Person ") for s in speakers)
    mapping = json.loads(workspace.pseudonyms_path.read_text(encoding="utf-8"))["entities"]
    assert "Tamsin Okorafor" in mapping.values()


def test_reimporting_with_pseudonymise_applies_it(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "Ingeborg Vasquez-Obi.txt"
    source.write_text(
        "Interviewer: How do you approve invoices?\n"
        "Participant: My manager Ingeborg Vasquez-Obi signs them, her e-mail is ivo@example.org.\n"
        "Interviewer: How long does that take?\n"
        "Participant: About three days, longer at the end of the quarter.\n",
        encoding="utf-8",
    )
    first = import_paths(workspace, [source], pseudonymise=False, index=False)
    assert first.imported[0].interview_id is not None
    again = import_paths(workspace, [source], pseudonymise=True, index=False)
    result = again.results[0]
    assert result.status == "unchanged" and any("pseudonymised now" in w for w in result.warnings)
    files = list(workspace.transcripts_dir.glob("*.json"))
    assert len(files) == 1
    stored = files[0].read_text(encoding="utf-8")
    for original in ("Ingeborg", "Vasquez", "ivo@example.org"):
        assert original not in stored
    assert workspace.load_transcript(files[0].stem).interview.pseudonymised


def pseudonymised(text: str, language: str = "en") -> str:
    """``text`` after detection and replacement in a fresh pseudonymiser for ``language``."""
    pseudonymiser = Pseudonymiser(languages=(language,))
    pseudonymiser.prepare([text])
    return pseudonymiser.replace(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Es gibt einen Discord-Server von PV-Bastlern, wo man Fragen stellen kann."),
        ("es", "Yo en todo lo demás: las compras, los pagos, el personal, la DIAN, todo."),
        # the plural of an acronym (read in real meeting transcripts as "Person 19")
        ("en", "It will be available to APIs who need it, and two RNs review the PRs on ICUs."),
    ],
)
def test_compounds_and_acronyms_are_not_names(language: str, text: str) -> None:
    assert pseudonymised(text, language) == text


def test_a_hyphenated_name_is_still_a_name() -> None:
    assert "Jean-Pierre" not in pseudonymised(
        "Then I called Jean-Pierre, he is our supplier, and he said no."
    )


@pytest.mark.parametrize(
    "text",
    [
        "I came from San Miguel, in El Salvador, in ninety-eight. Loroco is a flower from El Salvador.",
        "Six sites: Warrington, Wakefield and Crewe. One advisor at Warrington. Avonmouth is far from Warrington.",
    ],
)
def test_places_spoken_of_as_places_are_kept(text: str) -> None:
    assert pseudonymised(text) == text


def test_a_popular_given_name_in_a_list_is_still_a_person() -> None:
    assert "Anna" not in pseudonymised("I talked to Anna and Crewe told me.")


def test_lower_case_names_as_subjects_or_objects_are_found() -> None:
    """Speech recognition drops capitals: a popular given name before an auxiliary ("kwabena is"),
    or a rarer one seen twice in such places, is a name; an ordinary word there is not."""
    finder = NameFinder(["en"])
    found = finder.find(
        [
            "we were fine but kwabena is covering the desk today. the rental is fine.",
            "oksana has to sign it off first, and oksana's boss agrees. I told bogdan nothing.",
        ]
    )
    assert {"kwabena", "oksana"} <= found.lowercase
    assert "rental" not in found.lowercase  # an ordinary word before "is" is no name
    french = NameFinder(["fr"]).find(["Et les fiches, chacun écrit à sa façon. rashid il met les doses."])
    assert "rashid" in french.lowercase


def test_a_known_name_next_to_i_or_a_sentence_opening_word_is_not_a_company() -> None:
    texts = [
        "tell Amaka I said hi if you see her.",
        "Is Amaka usually on shift?",
        "We use Blue Planet Software.",
    ]
    out = _replaced(texts, extra_names=["Amaka Obi"])
    assert not _present("Amaka", out), out
    assert "Blue Planet Software" in out and " I said hi" in out, out


def test_a_name_in_no_list_is_found_when_thanked_by_name() -> None:
    """ "Thank you so much, X." is a greeting however long the thanks; "jump in, X" is not a place."""
    finder = NameFinder(["en"])
    found = finder.find(["sorry to jump in, Hinewai, can i grab the charger?", "Thank you so much, Hinewai."])
    assert "Hinewai" in found.single
    assert "Ruaumoko" not in finder.find(["We compared it with the old tool, Ruaumoko."]).single


def test_a_name_that_is_also_a_word_opens_a_sentence_when_the_transcript_never_uses_the_word() -> None:
    texts = [
        "Before lunch, Rose, she's our office manager, rang me about it.",
        "Rose decides with the accountant.",
        "Mark the invoice as paid.",
    ]
    out = _replaced(texts, speakers=["Mark Holt"])
    assert not _present("Rose", out), out
    assert "Mark the invoice" in out, out
    # where the transcript uses the word as a word, a sentence-opening capital proves nothing
    assert "Rose gardens" in _replaced(
        ["Thanks, Rose.", "Rose gardens need work.", "a rose bloomed by the door."]
    )


def test_a_name_addressed_in_reported_speech_is_found() -> None:
    found = NameFinder(["de"]).find(["Und mein Mann sagt: Dietmar, wir sind doch zu alt dafür, oder?"])
    assert "Dietmar" in found.single


def test_a_product_ending_in_an_ordinary_word_stays_a_product_before_my_relative() -> None:
    finder = NameFinder(["en"])
    product = finder.find(["I might try something gentle like Luna Studio, my sister in Leeds uses that."])
    assert "Luna" not in product.single and "Studio" not in product.single
    gym = finder.find(["I train at Okoro Barbell, my brother trains there too."])
    assert "Okoro" not in gym.single  # "barbell" is a word no one is named
    person = finder.find(["I asked Jane Baker, my colleague, about it."])
    assert {"Jane", "Baker"} <= set(person.single)
    # surnames that are also ordinary words stay names after a popular given name or a role
    for text, names in (
        ("My manager, Jane Hawk, approves it.", ("Jane", "Hawk")),
        ("I asked Jane Glass, my colleague, about it.", ("Jane", "Glass")),
        ("My manager, Rosa Abril, approves it.", ("Rosa", "Abril")),
        ("Ask Lucía Domingo, our accountant.", ("Lucía", "Domingo")),
    ):
        pseudonymiser = Pseudonymiser(None)
        pseudonymiser.prepare([text])
        out = pseudonymiser.replace(text)
        assert not any(_present(name, out) for name in names), out


def test_words_of_another_language_after_a_first_name_are_no_lower_case_surname() -> None:
    """Code-switched speech: "y lo quiero este año" in an English interview is no person "lo quiero";
    a lower-case full name with a surname rare in every language still is."""
    found = NameFinder(["en"]).find(
        [
            "I want to know where every case goes, y lo quiero este año. So I got the budget.",
            "i talked to gene kowalczyk about the permit yesterday.",
        ]
    )
    assert "gene kowalczyk" in found.full
    assert not {"lo", "quiero"} & found.lowercase


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "no worries, call me mimi, everyone does.", "mimi"),
        ("fr", "Appelez-moi Violette, tout le monde le fait.", "Violette"),
        ("de", "Nennen Sie mich einfach Rosi, das machen alle.", "Rosi"),
        ("es", "Llámame Tonia, así me dicen todos.", "Tonia"),
        ("pt", "Pode me chamar de Flor, todo mundo chama.", "Flor"),
    ],
)
def test_the_name_a_speaker_asks_to_be_called_is_a_name_even_when_it_is_a_word(
    language: str, text: str, name: str
) -> None:
    found = NameFinder([language]).find([text, f"Thanks, {name.capitalize()}."])
    assert name.casefold() in {w.casefold() for w in found.single}, found


def test_call_me_before_an_ordinary_word_names_nobody() -> None:
    found = NameFinder(["en"]).find(["Call me back tomorrow, or call me crazy, but it works."])
    assert not found.single and not found.lowercase, found


def test_a_name_alone_before_a_comma_at_the_start_of_a_quotation_is_someone_addressed() -> None:
    found = NameFinder(["pt"]).find(['Meu marido fala: "tita, você casou com esse caderno".'])
    assert "tita" in found.lowercase or "tita" in {w.casefold() for w in found.single}, found
    assert not NameFinder(["en"]).find(["Ah, we never had that. Ha, funny."]).single


def test_a_kind_of_thing_a_saint_s_place_and_a_town_before_a_pronoun_are_no_person() -> None:
    english = NameFinder(["en"]).find(["I went to a Jazzercise class on Thursdays with my neighbour."])
    assert "Jazzercise" not in english.single
    french = NameFinder(["fr"]).find(["Je suis à la coopérative de Saint-Ferréol depuis neuf ans."])
    assert not any(w.casefold().startswith("saint") for w in french.single), french
    # "il y a" (ago) after a word is no pronoun standing for a person
    finder = NameFinder(["fr"])
    finder.find(["On l'a acheté à un collègue de Quimper il y a dix ans."])
    score, evidence = finder.trace["quimper"]
    assert evidence.cue == 0.0


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "de",
            "Und ehrlich gesagt, dass der Eberhard, das ist der Geschäftsführer, mal eine Liste macht.",
            "Eberhard",
        ),
        ("pt", "E tem a Glória, que é a gerente da loja, que atende o telefone.", "Glória"),
        # a Welsh patronymic particle joins the name: "<given> ap <father's name>"
        ("en", "And there is Gruffydd ap Emrys, he's our engineer on shore.", "Gruffydd"),
    ],
)
def test_a_name_followed_by_a_clause_giving_a_role_is_a_person(language: str, text: str, name: str) -> None:
    """ ", das ist der Geschäftsführer", ", que es el encargado", ", she's our accountant": a clause
    naming the role of the person just named is as strong a cue as ", our accountant"."""
    output = _replaced([text, "Das ist alles.", "Gut.", "Ja."], language)
    assert not _present(name, output), output


def test_popular_given_names_in_a_transcript_without_capitals_are_found_next_to_a_cue() -> None:
    """Without capitals only cues tell a name: a given name among the 200 most popular of some country
    is a little more common as a word (wordfreq counts names), and is still taken next to a role."""
    texts = [
        "ja also mein kollege dominik macht die frühschicht.",
        "und wer plant die touren?",
        "das macht auch dominik, der ist da einfach schneller als ich.",
        "okay, danke.",
    ]
    output = _replaced(texts, "de")
    assert not _present("dominik", output), output
    assert _present("frühschicht", output) and _present("touren", output)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("pt", "E o Sebastião da Hora, no armazém, faz a parte das cargas.", ["Sebastião", "Hora"]),
    ],
)
def test_a_surname_after_a_particle_may_be_an_ordinary_word(
    language: str, text: str, words: list[str]
) -> None:
    """ "da Hora" (of the hour), "das Dores" (of pains): after a given name and a particle, an ordinary
    word that is also a surname ends a person's name, not a company's."""
    output = _replaced([text, "Sim.", "E depois?", "Pois."], language)
    assert not any(_present(word, output) for word in words), output


def test_an_acronym_between_a_name_and_a_word_is_no_name_particle() -> None:
    """Welsh "ap" joins a name, "AP" (accounts payable) does not: "Sarah AP Team" is Sarah and a team."""
    output = _replaced(
        ["I forward every invoice to Sarah AP Team and they pay it.", "Yes.", "Okay.", "Sure."]
    )
    assert not _present("Sarah", output), output


def test_a_relative_clause_after_a_town_keeps_the_town() -> None:
    """ ", que es la responsable de compras" after "Valencia" is about the office there, not a person."""
    output = _replaced(
        ["Todo pasa por la central de Valencia, que es la responsable de compras.", "Sí.", "Vale.", "Bueno."],
        "es",
    )
    assert _present("Valencia", output), output


def test_a_given_name_that_is_also_a_word_before_a_rare_surname_is_a_person() -> None:
    """A given name that is also a Spanish word opening shop names; before a surname that is hardly a word
    (in the transcript's languages and English), the pair is a person, not "<trade word> <owner>"."""
    out = pseudonymised("Somos quince. Está Remedios Ticona, que es de Oruro, y hace la radio.", "es")
    assert "Remedios" not in out and "Ticona" not in out, out


def test_a_very_common_word_ranked_as_a_given_name_still_opens_a_shop_name() -> None:
    """The name index ranks some shop words among given names; "Taller Peris" stays a workshop."""
    assert "Taller" in pseudonymised("Llevamos las sillas al Taller Peris cada lunes.", "es")


# -- languages the cue words did not cover ---------------------------------------------------------


def test_the_name_index_keeps_each_languages_popular_names_through_a_round_trip(tmp_path: Path) -> None:
    """The index's per-language table (a name's rank in the countries of a language) survives the cache
    file; a language it has no table for ranks nothing."""
    from assistant.ingest.lexicon import NO_RANK, NameLexicon

    lexicon = NameLexicon.from_names(
        {"giacomo": 900, "bram": 2000},
        {"rossi": 40},
        {"roma": 6},
        {"it": {"giacomo": 82, "rossi": 1}, "nl": {"bram": 82}},
    )
    path = tmp_path / "names.npz"
    path.write_bytes(lexicon.to_bytes())
    again = NameLexicon.from_file(path)
    assert again.native_rank("Giacomo", "it") == 82
    assert again.native_rank("rossi", "it") == 1
    assert again.native_rank("giacomo", "nl") == NO_RANK
    assert again.native_rank("bram", "sv") == NO_RANK
    assert again.ranks("bram") == (2000, NO_RANK)
    assert again.place("roma") == 6


def test_greetings_and_cues_in_italian_and_dutch() -> None:
    """Grammar of it and nl: a greeting opening the turn is no person; a title, "il mio collega", "mijn
    collega" name one."""
    italian = _replaced(
        [
            "Buongiorno, grazie per il tempo.",
            "Certo. Ieri il mio collega Ettore ha chiamato alle sei; poi la dottoressa Ferraris mi ha scritto.",
        ],
        "it",
    )
    assert "Buongiorno" in italian
    assert "Ettore" not in italian and "Ferraris" not in italian
    dutch = _replaced(
        [
            "Goedemorgen, fijn dat je er bent.",
            "Ja hoor. Gisteren belde mijn collega Femke; meneer Dijkstra zei niets.",
        ],
        "nl",
    )
    assert "Goedemorgen" in dutch
    assert "Femke" not in dutch and "Dijkstra" not in dutch


def test_lower_case_english_and_dutch_words_are_not_taken_for_names() -> None:
    """The spelling dictionaries list stems: an inflected word ("miles", "kleine") or a word capitalised
    in English ("english", "german") is no proper noun taken for a name in lower-case speech."""
    english = [
        "we drive about two hundred miles a day and the cases pile up",
        "our chinese and german customers speak english",
        "we usually close on friday and sunday",
        "i talked to priya about it",
    ]
    assert NameFinder(["en"]).find(english).single == ["priya"]
    dutch = ["elke dag is anders bij ons", "de kleine kinderen slapen", "de wilde groep", "ja precies"]
    assert NameFinder(["nl"]).find(dutch).single == []


def test_lower_case_names_no_spelling_dictionary_writes_in_lower_case_are_found() -> None:
    """In speech without capitals a popular given name is a frequent word only because it is a frequent
    name: one that the spelling dictionary of the transcript's language (and the English one) accepts
    only with a capital, in any inflected form, is a name; a surname right after a title ("frau", "señora",
    "senhor", "m.") is one too. Words the dictionaries know in lower case ("rosa", "mark", "bebo", "will")
    stay, and so do towns of two words, saints' places and streets named after someone."""
    german = [
        "der chef ist konstantin der hat die firma von seinem vater übernommen",
        "und dann hat die frau oberhuber gesagt wir müssen die mark nachzählen",
        "ja genau",
        "das stimmt",
    ]
    assert NameFinder(["de"]).find(german).single == ["konstantin", "oberhuber"]
    spanish = [
        "el gerente es kevin un chico joven que vino de tel aviv",
        "la señora quintanilla nos dijo que la camisa rosa no se vende",
        "la iglesia de sant jordi está cerrada",
        "vale gracias",
    ]
    assert NameFinder(["es"]).find(spanish).single == ["kevin", "quintanilla"]
    portuguese = [
        "a minha colega sheila faz as vendas",
        "eu bebo café com o senhor figueiredo todas as manhãs",
        "pois é",
        "obrigado",
    ]
    assert NameFinder(["pt"]).find(portuguese).single == ["figueiredo", "sheila"]
    english = [
        "we met on moi avenue near the market",
        "then m. lacroix told us it will be fine",
        "yeah",
        "okay",
    ]
    assert NameFinder(["en"]).find(english).single == ["lacroix"]


def test_sounds_words_and_roles_after_a_title_and_two_people_stay_apart_in_lower_case() -> None:
    """Found by a review of the rules above: a hesitation after a title ("frau äh <surname>") was taken
    for a name and then replaced everywhere; a verb, an adjective or a job after a title ("meine frau
    kocht", "una señora amable", "herr doktor") too; "<name> e <name>" became one person; "let
    <name> drive" kept the name as a street; "sao" ("are") with a name made a town."""
    german = [
        "frau äh oberhuber hat mich angerufen äh wegen dem termin",
        "meine frau kocht abends und der herr doktor kommt montags",
        "ähm ja genau mhm",
        "das stimmt",
    ]
    assert NameFinder(["de"]).find(german).single == ["oberhuber"]
    spanish = [
        "una señora amable me atendió y la señora quintanilla firmó",
        "okey jeje",
        "vale",
        "gracias",
    ]
    assert NameFinder(["es"]).find(spanish).single == ["quintanilla"]
    portuguese = ["quem me ajudou foram thiago e larissa", "eles sao rafael e diego", "pois é", "obrigado"]
    found = NameFinder(["pt"]).find(portuguese)
    assert {"thiago", "larissa", "rafael", "diego"} <= set(found.single)
    assert not any(" e " in name for name in found.full) and "sao" not in found.single
    english = ["we let priya drive the van", "mhm yeah", "okay", "right"]
    assert NameFinder(["en"]).find(english).single == ["priya"]


def test_lower_case_speech_in_swedish_italian_dutch_and_polish() -> None:
    """Speech recognition output in languages outside the five: a given name that the language's spelling
    dictionary lists only with a capital is a name, although word frequencies count it as a common word
    of that language (because it is a common name); the language's own words are not taken for unknown
    name parts (they used to be: "abbiamo comprato le magliette" became one person)."""
    cases = {
        "sv": (
            [
                "igår ringde min kollega johanna klockan sju",
                "sen tyckte lars samma sak",
                "vi köpte en rosa tröja",
                "ja precis",
            ],
            ["johanna", "lars"],
            ["ringde", "kollega", "klockan", "tyckte", "rosa", "tröja"],
        ),
        "it": (
            [
                "ieri mi ha chiamato francesca alle sei",
                "abbiamo comprato le magliette rosa",
                "poi è arrivato matteo con il furgone",
                "va bene grazie",
            ],
            ["francesca"],
            ["abbiamo", "comprato", "magliette", "rosa", "furgone", "grazie"],
        ),
        "nl": (
            [
                "gisteren belde sanne om zeven uur",
                "daarna zei daan dat de planning niet klopte",
                "in utrecht is het druk",
                "ja precies",
            ],
            ["sanne", "daan"],
            ["gisteren", "planning", "utrecht", "precies"],
        ),
        "pl": (
            [
                "wczoraj zadzwoniła agnieszka o siódmej",
                "potem piotr powiedział że grafik się nie zgadza",
                "no właśnie",
                "dobrze dziękuję",
            ],
            ["agnieszka", "piotr"],
            ["wczoraj", "grafik", "dobrze", "dziękuję"],
        ),
    }
    for language, (texts, names, words) in cases.items():
        output = _replaced(texts, language)
        assert not [name for name in names if _present(name, output)], (language, output)
        assert all(_present(word, output) for word in words), (language, output)


def test_lower_case_names_announced_by_the_grammar_of_their_language() -> None:
    """In speech without capitals, what comes before or after a word says it is a name, in the
    grammar of the transcript's language: a title of address ("pan <name>"), an introduction ("mi
    chiamo <name> <surname>", "mă numesc ..."), a relation ("babam <name>", "żona <name>"), a question
    about someone ("wie is <name>"), a title or "I am" after the name ("<surname> úr", "<name> abi",
    "<surname> <given name> vagyok"), a Turkish case suffix set off by an apostrophe ("<name>'un").
    The names are everyday words of their language too ("serena", "iris", "sevgi"); the words the
    same cues stand before that are no names stay ("pan mówi", "szef mówi", "babam çok")."""
    cases = {
        "pl": (
            [
                "serwis robi pan zdzisław on jest od floty",
                "moja żona beata nie spała całą noc",
                "a pan mówi że to nic",
                "mój szef mówi że nie",
            ],
            ["zdzisław", "beata"],
            ["mówi", "szef", "floty"],
        ),
        "tr": (
            [
                "babam mustafa emekli öğretmen",
                "kız kardeşim sevgi üniversitede okuyor sevgi'ye para gönderiyorum",
                "ama tolga'nın haberi olmasın ankara'da çalışıyorum",
                "depo sorumlusu kemal abi çok iyi biri babam çok yoruldu",
            ],
            ["mustafa", "sevgi", "tolga", "kemal"],
            ["ankara", "çok", "emekli", "depo"],
        ),
        "it": (
            [
                "buongiorno sì allora mi chiamo serena bassi",
                "lavoro in un pastificio a gragnano",
                "facciamo pasta secca",
                "va bene grazie",
            ],
            ["serena", "bassi"],
            ["pastificio", "gragnano", "grazie"],
        ),
        "ro": (
            [
                "bună ziua mă numesc alexandru popescu",
                "lucrez în suport tehnic la o firmă din cluj",
                "mai am doi colegi",
                "da mulțumesc",
            ],
            ["alexandru", "popescu"],
            ["suport", "firmă", "cluj", "colegi"],
        ),
        "hu": (
            [
                "jó napot szabó péter vagyok vízszerelő",
                "holnap jön kovács úr a számlával",
                "tanár vagyok és boldog vagyok",
                "köszönöm szépen",
            ],
            ["szabó", "péter", "kovács"],
            ["tanár", "boldog", "vízszerelő"],
        ),
        "nl": (
            [
                "gisteren had ik een lange dag",
                "wie is iris iris is onze planner",
                "en wie is er nog meer",
                "ja precies",
            ],
            ["iris"],
            ["planner", "gisteren", "precies"],
        ),
    }
    for language, (texts, names, words) in cases.items():
        output = _replaced(texts, language)
        assert not [name for name in names if _present(name, output)], (language, output)
        assert all(_present(word, output) for word in words), (language, output)


def test_words_the_grammar_cues_stand_before_that_are_no_names_stay() -> None:
    """The same cues before everyday words that are also someone's name somewhere: a filler before
    "abi" ("okay bro"), a trade before "vagyok" or after "ik ben" ("I am a carpenter", "I am a baker"),
    a possessive after "jag är" ("his"), a month before a Turkish suffix, a verb after an introduced
    name ("I live in"), "still" after "my name is" (a review's probes, 2026-12-03)."""
    cases = {
        "tr": ["tamam abi hallederiz", "evet abla geliyorum", "eylül'de yeni şube açılıyor", "sağ ol abi"],
        "hu": [
            "asztalos vagyok harminc éve",
            "lakatos vagyok és szeretem",
            "holnap jövök",
            "köszönöm szépen",
        ],
        "nl": ["ik ben bakker van beroep", "ik ben visser en woon aan de kust", "dat klopt", "ja precies"],
        "sv": ["jag är hans chef sedan i fjol", "vem är hans chef", "det stämmer", "ja precis"],
        "pt": ["me chamo joão trabalho numa padaria", "fica em campinas", "sim", "obrigado"],
        "en": ["my name is still on the old account", "we moved last year", "yeah", "thanks"],
    }
    kept = {
        "tr": ["tamam", "evet", "eylül", "sağ"],
        "hu": ["asztalos", "lakatos"],
        "nl": ["bakker", "visser"],
        "sv": ["hans", "chef"],
        "pt": ["trabalho", "campinas"],
        "en": ["still"],
    }
    for language, texts in cases.items():
        output = _replaced(texts, language)
        assert all(_present(word, output) for word in kept[language]), (language, output)
    assert not _present("joão", _replaced(cases["pt"], "pt"))


def test_an_organisation_named_after_its_town_keeps_the_town() -> None:
    """A run ending in a town the transcript speaks of as a place, after a word that is no given
    name, names something of that town ("Kwikmed Warrington"); the town is not a surname everywhere
    else. A popular given name before the town still makes a person."""
    text = "We are based in Warrington. We order through Kwikmed Warrington every week."
    assert pseudonymised(text) == text
    assert "Sarah" not in pseudonymised("We are based in Warrington. I asked Sarah Warrington about it.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eén vader, meneer De Clercq, heeft me drie keer gebeld.", "Clercq"),
        ("Eén jonge moeder, Femke, vroeg of ik foto's kon sturen.", "Femke"),
        ("Mijn vriend Harm doet de planning.", "Harm"),
        ("Ho chiamato mio padre, Giuseppe, ieri sera.", "Giuseppe"),
        ("Dan stopt mijn man Harm ook met werken.", "Harm"),
        ("Lavoro con mio marito Piero da vent'anni.", "Piero"),
    ],
)
def test_dutch_and_italian_relations_and_a_title_before_a_particle_name_someone(text: str, name: str) -> None:
    language = "it" if "mio " in text else "nl"
    assert name not in pseudonymised(text, language)


def test_a_title_then_de_then_a_town_is_where_someone_is_from() -> None:
    text = "Falei com uma senhora de Coimbra sobre isso."
    assert pseudonymised(text, "pt") == text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il vient de Lorient, il a commencé lundi avec nous.", "fr"),
        ("Es un gallego de Betanzos que se quedó aquí.", "es"),
        ("Tenemos dos naves, entre Aranda y Lerma, y una tienda.", "es"),
    ],
)
def test_a_town_after_de_or_two_towns_joined_by_y_are_places(text: str, language: str) -> None:
    """ "de" after a lower-case word is "from" before a known town, and "y" between two towns joins no
    name (both were replaced as people before)."""
    assert pseudonymised(text, language) == text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La oficina está en la avenida Eduardo Dato, cerca del centro.", "es"),
        ("Los niños van al colegio Miguel Hernández, que está al lado.", "es"),
        ("Ela dá aulas na escola Paulo Freire, há dez anos.", "pt"),
        ("Il enseigne au lycée Jean Moulin.", "fr"),
    ],
)
def test_an_institution_or_street_named_after_someone_is_kept(text: str, language: str) -> None:
    assert pseudonymised(text, language) == text


@pytest.mark.parametrize(
    ("texts", "language", "name"),
    [
        (["Hablé con Ramiro da Pena ayer."], "es", "Ramiro"),
        (["En el hospital María Gómez me atendió muy bien."], "es", "Gómez"),
        (["Ayer hablé con la hija de Castro sobre el pedido."], "es", "Castro"),
        (["El señor Aranda y Lerma firmaron el contrato."], "es", "Aranda"),
        (["Hablé con Ruiz ayer sobre el pedido.", "Vivo en la avenida Carlos Ruiz."], "es", "Ruiz"),
    ],
)
def test_people_near_the_place_rules_are_still_replaced(texts: list[str], language: str, name: str) -> None:
    """A review's probes: a person right after "hospital" before a verb, a popular surname after
    "de", a title before "X y Y", a surname that also names a street elsewhere."""
    assert name not in _replaced(texts, language).split("avenida")[0]


def test_a_rare_given_name_before_a_town_surname_is_still_a_person() -> None:
    """Only a word that is nobody's name makes "<word> <town>" an organisation: a rare given name
    before a surname that is also a town stays a person, however the town is spoken of."""
    out = pseudonymised("Gwendolen Barton is our buyer. I got an email from Barton this morning.")
    assert "Gwendolen" not in out and "Barton" not in out, out


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le pregunté al señor de Movistar y no sabía nada.", "es"),
        ("O senhor da Vivo me ligou de novo ontem.", "pt"),
        ("We went to see Mamma Mia last night.", "en"),
        ("Quest'estate siamo stati a Capo Verde in vacanza.", "it"),
        ("Ho letto un libro su Padre Pio.", "it"),
    ],
)
def test_relations_and_titles_before_brands_and_places_replace_nothing(text: str, language: str) -> None:
    """A lower-case particle after a title is "from" in Romance languages ("the man from <firm>"), and
    a capitalised relation word opens brand, place and public names."""
    assert pseudonymised(text, language) == text


def test_a_language_known_only_by_its_word_frequencies() -> None:
    """Polish, which the finder has no grammar for: its most common words opening a sentence are no
    names ("Kto" is "who", "Jestem" is "I am"), and a name in a case form is the name ("pani Haliny"
    is Mrs Halina's), while a product's case form ("w Excelu") and a town's ("w Gdańsku") stay."""
    texts = [
        "Kto decyduje o zakupie nowego systemu?",
        "Jestem Bogumiła Szczepańska, prowadzę hurtownię w Gdańsku.",
        "Wysłaliśmy towar do sklepu pani Haliny i była reklamacja.",
        "Wszystko liczymy w Excelu, a potem w Gdańsku wszystko sprawdzamy.",
        "Budżet zatwierdza dyrektor, pan Grzegorz.",
    ]
    output = _replaced(texts, "pl")
    assert "Kto decyduje" in output
    assert "Jestem Person" in output
    assert "Haliny" not in output
    assert "Excelu" in output
    assert "Gdańsku" in output


def test_a_town_in_a_case_form_is_no_name_in_a_language_known_only_by_frequencies() -> None:
    """Croatian "u Zagrebu", Hungarian "Debrecenben": the form of a town, whatever name the index
    has that spells like its stem."""
    assert "Zagrebu" in _replaced(["Radim u Zagrebu već deset godina, kao i moj brat."], "hr")
    assert "Debrecenben" in _replaced(["Debrecenben dolgozom egy kis cégnél, már öt éve."], "hu")


def test_names_listed_by_the_researcher_are_replaced_inside_japanese_text() -> None:
    """Japanese writes no spaces between words: a listed name is found inside a run of text, and the
    finder takes nothing of a script without capitals for a name on its own (before, "連絡は" next to
    a lower-case e-mail name was replaced as a person)."""
    texts = [
        "先月は田中部長に怒られました。",
        "連絡は misaki.sato@example.jp か 090-1234-5678 にどうぞ。",
        "主にエクセルと、本社が入れたSAPです。",
    ]
    output = _replaced(texts, "ja", extra_names=["田中"])
    assert "田中" not in output
    assert "先月は" in output and "部長に怒られました" in output
    assert "連絡は" in output
    assert "misaki.sato@example.jp" not in output
    assert "SAP" in output


def test_identifiers_listed_by_the_researcher_are_found_inside_japanese_text() -> None:
    matches = list(
        find_terms("案件は東山工場の件です。PRJ-0042x と PRJ-0042", {"東山工場": "ID", "PRJ-0042": "ID"})
    )
    assert [m.text for m in matches] == ["東山工場", "PRJ-0042"]


def test_word_frequencies_of_a_language_that_needs_a_segmenter_read_as_unknown() -> None:
    """wordfreq needs MeCab for Japanese: a transcript marked Japanese must not crash the finder."""
    from assistant.ingest.lexicon import zipf_anywhere

    assert zipf_anywhere("misaki", "ja") == 0.0
    assert NameFinder(["ja"]).find(["連絡は misaki.sato@example.jp か"]).single == []


def test_importing_japanese_with_pseudonymisation_warns_that_names_are_not_detected(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Names in a script without capitals are replaced only when listed: the import says so, once per
    file, and a Latin-script interview gets no such warning."""
    japanese = tmp_path / "ja.txt"
    japanese.write_text(
        "Interviewer: 昨日の一日を教えてください。\n"
        "Participant: 朝七時に出勤して、夜勤からの引き継ぎメモを読みます。本当に疲れます。\n"
        "Interviewer: 一番困っていることは何ですか？\n"
        "Participant: 在庫の数字がシステムと実際で合わないことです。毎週のように差異が出ます。\n",
        encoding="utf-8",
    )
    english = tmp_path / "en.txt"
    english.write_text(
        "Interviewer: What does a typical morning look like?\n"
        "Participant: I check the approvals first, then the supplier invoices until lunch.\n"
        "Interviewer: And what gets in the way?\n"
        "Participant: The portal is slow on Mondays, so the invoices pile up until Tuesday.\n",
        encoding="utf-8",
    )
    report = import_paths(workspace, [japanese, english], pseudonymise=True, index=False)
    assert report.ok, [r.message for r in report.results]
    warned = {
        r.path.name: [w for w in r.warnings if "script without capital letters" in w] for r in report.results
    }
    assert len(warned["ja.txt"]) == 1
    assert warned["en.txt"] == []
    assert caseless_script_warning(["Dzień dobry, jestem kierowniczką magazynu."]) is None


@pytest.mark.parametrize(
    ("language", "text", "kept", "gone"),
    [
        ("pl", "Mieszkam w Krakowie od pięciu lat.", ["Mieszkam", "Krakowie"], []),
        ("pl", "Raporty robimy co tydzień.", ["Raporty"], []),
        ("ro", "Lucrez în Excel de cinci ani.", ["Lucrez", "Excel"], []),
        ("pl", "Mieszkam pod Gliwicami, a do pracy z Katowic jest blisko.", ["Katowic", "Gliwicami"], []),
        ("hu", "Beszéltem Péterrel tegnap a projektről.", ["Beszéltem"], ["Péterrel"]),
    ],
)
def test_case_forms_are_read_only_where_a_name_can_be(
    language: str, text: str, kept: list[str], gone: list[str]
) -> None:
    """Found in a review: a verb or noun opening a sentence ("Mieszkam", "Raporty", Romanian "Lucrez")
    spelled like a name's case form, and a town's case form whose base is the word plus a vowel ("z
    Katowic"), were replaced; a sentence-opening verb before a name joined it ("Beszéltem Péterrel")."""
    output = _replaced([text], language)
    for word in kept:
        assert word in output, output
    for word in gone:
        assert word not in output, output


@pytest.mark.parametrize(
    ("language", "text", "kept", "gone"),
    [
        # a fleeting vowel: "Tomek" and "Paweł" lose their "e" in every other case
        ("pl", "Wczoraj z Tomkiem liczyliśmy palety w Krakowie.", ["Krakowie", "palety"], ["Tomkiem"]),
        ("pl", "Grafik układam razem z Pawłem, bo zna kierowców.", ["Grafik"], ["Pawłem"]),
        # the name reading beats a town two letters further away ("damia" + "o")
        ("pl", "Faktury sprawdzam zwykle z Damianem po obiedzie.", ["Faktury"], ["Damianem"]),
        # the dictionary leads "Jāni" back to "Jānis"; "Rīgā" (in Riga) stays
        ("lv", "Vakar noliktavā runāju ar Jāni par paletēm, viņš dzīvo Rīgā.", ["Rīgā"], ["Jāni"]),
        # a nationality that the name lists also hold as a rare given name needs a cue to be someone
        ("pl", "Na rampie pracują głównie Anglicy i dwóch Węgrów.", ["Anglicy", "Węgrów"], []),
        ("pl", "W Anglii mieliśmy podobny magazyn.", ["Anglii"], []),
        # Finnish "-nen" surnames and consonant gradation
        ("fi", "Soitin eilen Virtaselle ja Jukalle varastosta.", ["Soitin"], ["Virtaselle", "Jukalle"]),
        # stems that change with the ending, read with the language's lemmatiser ("Matias",
        # "Matiaksen"; "Annukka", "Annukalle"); a town's case form stays
        (
            "fi",
            "Kysy Matiaksen puhelinnumeroa Annukalle tai Eliakselle, he ovat Kuopion toimistossa.",
            ["Kuopion", "puhelinnumeroa", "toimistossa"],
            ["Matiaksen", "Annukalle", "Eliakselle"],
        ),
        ("et", "Eile helistasin Kadrile ja Peetrile laost.", ["Eile", "laost"], ["Kadrile", "Peetrile"]),
        # Hungarian lengthens a final vowel before an ending
        ("hu", "Tegnap a raktárban láttam Rékát a targoncával.", ["Tegnap"], ["Rékát"]),
        # "Excel" is a name somewhere, and a product everywhere
        ("pl", "Zamówienia liczymy w Excelu, potem wysyłamy je Pawłowi.", ["Excelu"], ["Pawłowi"]),
        # a title of address after the surname (Latvian "kungs", "kundze")
        ("lv", "Šodien Zvaigznes kundze pārbaudīja kravas.", ["Šodien"], ["Zvaigznes"]),
    ],
)
def test_case_forms_by_the_grammar_and_the_dictionary_of_the_language(
    language: str, text: str, kept: list[str], gone: list[str]
) -> None:
    """Names in the case forms their sentence needs, in languages the finder reads by their word
    frequencies: a fleeting vowel, a changed stem, or the language's spelling dictionary gives the
    nominative that the name lists know (2026-12-04, twenty-sixth session)."""
    output = _replaced([text], language)
    for word in kept:
        assert word in output, output
    for word in gone:
        assert word not in output, output


def test_listed_japanese_names_with_iteration_marks_and_their_reversal() -> None:
    """々 and rare kanji are letters of a name; the map keeps the name as written (no space between
    kanji) and a placeholder right before Japanese text is reversed."""
    pseudonymiser = Pseudonymiser(None, ["田中", "佐々木"], languages=["ja"])
    texts = ["田中さんと佐々木さんと話しました。"]
    pseudonymiser.prepare(texts)
    output = pseudonymiser.replace(texts[0])
    assert "田中" not in output and "佐々木" not in output, output
    assert set(pseudonymiser.entities.values()) >= {"田中", "佐々木"}
    assert pseudonymiser.reverse(output) == texts[0]


def test_listed_latin_terms_right_before_japanese_text_are_found() -> None:
    matches = find_terms("ABC-123です。Acme社の人 Acmes xAcme AcmeCorp", {"ABC-123": "ID", "Acme": "ORG"})
    assert [m.text for m in matches] == ["ABC-123", "Acme"]


def test_korean_is_counted_by_its_spaced_words() -> None:
    from assistant.core.words import count_words

    assert count_words("네 그렇습니다.") == 2


def test_a_lower_case_turn_inside_a_transcript_with_capitals_is_read_as_speech_without_them() -> None:
    """The interviewer typed, the participant's channel transcribed without capitals: a popular given
    name that is no word of the language is a name there too, as in a transcript with no capitals at
    all (2026-12-05, thirty-second session; before, only a title or an introduction announced one)."""
    texts = [
        "Vielen Dank. Wie sah Ihr gestern aus?",
        "also gestern früh hat jonas alle patienten angerufen und dann haben wir sechzehn termine verschoben",
        "Wer entscheidet über neue Software?",
        "Meistens die Chefin.",
        "Gut. Und sonst?",
        "Danke.",
    ]
    output = _replaced(texts, "de")
    assert "jonas" not in output, output
    assert "patienten" in output and "Chefin" in output, output


def test_someone_called_by_a_scandinavian_relative_and_a_thing_called_so() -> None:
    """ "en lärling som heter <name>" (an apprentice who is called) names a person; "en app som heter
    <name>" a thing (found on a blind study, 2026-12-05, thirty-second session)."""
    output = _replaced(
        [
            "På verkstaden har vi en lärling som heter Ludvig sedan i våras. Ludvig lär sig fort.",
            "Vi har en app som heter Fixa, och en kund som heter Ingrid Berg.",
        ],
        "sv",
    )
    assert "Ludvig" not in output and "Ingrid" not in output, output
    assert "Fixa" in output, output


def test_case_forms_of_names_in_cyrillic() -> None:
    """Russian, which the finder has no grammar for: "с Ольгой" is Olga's instrumental (its final
    vowel is Cyrillic, not Latin); Moscow in the locative stays."""
    output = _replaced(
        ["Меня зовут Ольга Петрова, я работаю в Москве.", "Вчера я говорила с Ольгой о новой системе."], "ru"
    )
    assert "Ольг" not in output and "Петрова" not in output
    assert "Москве" in output


def test_feminine_surname_forms_beside_towns_in_o() -> None:
    """ "Ивановой" (a feminine surname's dative, which a town in "-о" such as Иваново never takes) is a
    name; the town's own case forms stay, in Russian and in the Ukrainian locative ("в Іванові")."""
    output = _replaced(
        [
            "Я отправила отчёт Ивановой, она у нас главный бухгалтер.",
            "Мы переехали в Иваново, и в Иванове аренда дешевле, а под Ивановом склад.",
        ],
        "ru",
    )
    assert "Ивановой" not in output
    assert "в Иваново" in output and "в Иванове" in output and "под Ивановом" in output
    ukrainian = _replaced(["Ми працюємо у Дніпрі та в Іванові, склад там дешевший."], "uk")
    assert "в Іванові" in ukrainian


@pytest.mark.parametrize(
    ("language", "label", "generic"),
    [
        ("pl", "Rozmówca", True),
        ("pl", "Uczestnik 2", True),
        ("fi", "Haastattelija", True),
        ("pl", "Marta", False),
        ("sk", "Tesár", False),
        ("en", "Mark", False),
    ],
)
def test_research_role_labels_of_more_languages_are_roles(language: str, label: str, generic: bool) -> None:
    """Role labels in Polish, Finnish... stay labels; an occupational surname ("Tesár": carpenter) is a
    person (a frequency test let it through, and was dropped)."""
    assert Pseudonymiser(languages=(language,)).generic_label(label) is generic


def test_common_words_of_an_unsupported_language_also_written_in_lower_case_are_no_names() -> None:
    """A Polish word capitalised where a sentence opens and also written in lower case is the word it
    is ("Raz": once); a named person is still replaced."""
    texts = [
        "Raz w tygodniu jedziemy do Berlina. Ale raz na miesiąc jest kontrola.",
        "Rozmawiałem wtedy z Tomaszem Wiśniewskim.",
    ]
    out = _replaced(texts, "pl")
    assert "Raz w tygodniu" in out, out
    assert "Wiśniewskim" not in out, out


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("komórka 698 104 552. A jakby coś", "PHONE", "698 104 552"),
        ("Adres bazy: ul. Sosnowa 41, 16-070 Choroszcz", "ADDRESS", "ul. Sosnowa 41, 16-070 Choroszcz"),
        ("paczki na adres: 62-020 Swarzędz, do biura", "ADDRESS", "62-020 Swarzędz"),
    ],
)
def test_polish_addresses_postcodes_and_mobiles_in_threes(text: str, kind: str, value: str) -> None:
    """Found importing a Polish study: "ul." streets and 00-000 postcodes were missed, and a mobile
    written as three threes was read as an amount. An amount with a unit after it stays one."""
    assert (kind, value) in [(m.kind, m.text) for m in find_structured(text)]
    assert find_structured("Budżet to 698 104 552 złotych rocznie.") == []
    assert find_structured("Przychód to 120 000 000.") == []


_HINGLISH = (
    "Haan ji, main subah saat baje dukaan kholta hoon. Kal ka din kaisa tha, yeh poochha toh bataun, "
    "pehle doodh aur bread ka maal aata hai, phir customer aane lagte hain. Udhaar ka hisaab hum ek "
    "diary mein likhte hain, lekin diary kho jaaye toh bahut pareshani hoti hai. Pichhle mahine Diwali ke "
    "time pe bheed itni thi ki do ladke bhi kam pad gaye. Mere bhai Harish Malhotra bhi kabhi kabhi aate "
    "hain, woh hisaab dekhte hain. Distributor wale har hafte aate hain, unka rate bhi badalta rehta hai. "
    "Online apps ki wajah se ab log kam aate hain, sab ghar pe mangwa lete hain. Hum bhi soch rahe hain "
    "ki WhatsApp pe order lena shuru karein, par time kahan hai. Shaam ko dukaan band karke ghar jaata "
    "hoon, khaana khaata hoon, aur phir kal ki taiyaari karta hoon. Paisa toh UPI se aa jaata hai, lekin "
    "cash ka hisaab alag rakhna padta hai. Yahi roz ka kaam hai, aur isme koi chhutti nahi hoti, sach "
    "bataun toh thak jaata hoon."
)


def test_romanised_speech_no_word_list_reads_keeps_its_words() -> None:
    """Romanised Hindi is read as Malay or English, whose lists lack most of its words: two words the
    name index ranks as given names ("din kaisa", how was the day) are no name there; a name written
    with capitals still is."""
    out = _replaced([_HINGLISH], "ms")
    assert "din kaisa" in out and "kholta hoon" in out, out
    assert "Harish" not in out and "Malhotra" not in out, out


def test_a_handle_is_no_address_without_a_name_before_its_at() -> None:
    """A payment address ("<name>@<bank>") is replaced; a social handle, a decorator, a price per
    piece and a time are not."""
    text = "Follow @rameshk on Insta, we use @property in code, 3@10 each, meet 5@home."
    assert _replaced([text]) == text


def test_a_name_in_an_e_mail_address_does_not_make_it_a_word() -> None:
    """ "kevin" inside "kevin.he@..." is no lower-case use of the word: the "Kevin" of the same
    transcript is still a name (found reading a Chinese study, where it was kept)."""
    out = _replaced(["叫我Kevin就行，邮箱kevin.he@shanjuji.example。", "谢谢Kevin！"], "zh")
    assert "Kevin" not in out and "kevin" not in out, out


def test_russian_generic_labels_and_businesses_named_in_quotes() -> None:
    """Интервьюер and Респондент are roles; a business named in quotes after its kind ("кафе «○○»")
    keeps its name; a person quoted after a verb does not, nor a firm named after its owner's surname,
    who is spoken of too."""
    from assistant.ingest.pseudonymise import GENERIC_LABELS

    assert GENERIC_LABELS.match("Интервьюер") and GENERIC_LABELS.match("Участница")
    out = _replaced(
        [
            "Я веду учёт для кафе «Дарья» и салона «Виктория», а ещё для ООО «Петров и партнёры».",
            "Я сказала «Маша, иди сюда», а потом позвонила Ирина Сергеевна.",
            "Пекарня «Ткаченко» рядом. Ткаченко мне так и сказал.",
        ],
        "ru",
    )
    assert "кафе «Дарья»" in out and "салона «Виктория»" in out, out
    assert "Маша" not in out and "Ирина" not in out and "Петров" not in out and "Ткаченко" not in out, out
    # a review's leaks: people spoken to or nicknamed in quotes, and a person who registered a firm
    out = _replaced(
        [
            "Кричит на весь магазин «Маша, иди сюда!», а в офисе «Дима» у нас главный.",
            "Мой муж Андрей ИП оформил, а Наталья АО создала.",
        ],
        "ru",
    )
    for name in ("Маша", "Дима", "Андрей", "Наталья"):
        assert name not in out, out
    out = _replaced(
        ["My manager at the bank 'Dave' never listened.", 'I rang the clinic "Sarah, can you come?"'], "en"
    )
    assert "Dave" not in out and "Sarah" not in out, out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Офис: 620014, г. Екатеринбург, ул. Малышева, д. 51, офис 7.",
            "620014, г. Екатеринбург, ул. Малышева, д. 51, офис 7",
        ),
        ("Живу на ул. Тверская, д. 12, кв. 5, всё нормально.", "ул. Тверская, д. 12, кв. 5"),
        ("Приезжайте: Ленинский проспект 30, корп. 2.", "Ленинский проспект 30, корп. 2"),
        ("ул. 8 Марта, д. 4", "ул. 8 Марта, д. 4"),
        ("Склад: вул. Хрещатик, 22, м. Київ", "вул. Хрещатик, 22"),
        ("Мой почтовый индекс 190121, да.", "190121"),
    ],
)
def test_russian_and_ukrainian_addresses(text: str, value: str) -> None:
    """Streets of Russian and Ukrainian addresses: the type before or after the name, abbreviated or not,
    the house, flat and office, and the postcode and town written first. A street named in passing,
    with no house number, is no address."""
    assert ("ADDRESS", value) in [(m.kind, m.text) for m in find_structured(text)]
    assert find_structured("На улице Ленина было холодно.") == []
    assert find_structured("На Пушкинской улице 10 лет прожила, на площади Победы 9 мая гуляли.") == []
    assert find_structured("В 2019 году ул. Гоголя закрыли на ремонт.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Depo adresi Lale Sokak No: 7 D:2, 35100 Bornova/İzmir, sabah açık.",
            "Lale Sokak No: 7 D:2, 35100 Bornova/İzmir",
        ),
        ("Yeni yer Gazi Mah. 412 Sk. No: 9, öğleden sonra", "Gazi Mah. 412 Sk. No: 9"),
        ("ofis cumhuriyet caddesi no 48 ikinci katta", "cumhuriyet caddesi no 48"),
        ("Yeni ofis Çınar Caddesi no 12, üst kat", "Çınar Caddesi no 12"),
        ("Faturalar şuraya: 16110 Nilüfer/Bursa", "16110 Nilüfer/Bursa"),
    ],
)
def test_turkish_addresses(text: str, value: str) -> None:
    """Found scoring a Turkish study blind: neighbourhood and street types come after the name
    ("Mah.", "Sok.", "Caddesi"), the door number after "No", the postcode before "district/city". A
    street named in passing, with no door number, is no address."""
    assert ("ADDRESS", value) in [(m.kind, m.text) for m in find_structured(text)]
    assert find_structured("İstiklal Caddesi'nde yürürken aradı.") == []
    assert find_structured("Kasada No: 3 yazıyor, 2019'dan beri.") == []
    assert find_structured("Maaş, 45000 Lira/Ay civarı.") == []  # an amount, not a postcode


def test_turkish_everyday_words_opening_a_sentence_are_kept_and_people_replaced() -> None:
    """Found scoring a Turkish study blind: very common Turkish words opening a sentence alone
    ("Tamam", "Peki", given names in other countries) became Person N. A popular given name opening
    a sentence is still a name, and so is a name before a job title of two everyday words (a
    review's probes of the rule's first version and of a rule tried and dropped)."""
    out = _replaced(
        [
            "Tamam, anladım. Peki ya sonra?",
            "Toplantıya Ayşe Yılmaz Muhasebe Sorumlusu olarak katıldı, Burak Demir de aradı.",
        ],
        "tr",
    )
    for kept in ("Tamam", "Peki"):
        assert kept in out, out
    for name in ("Ayşe", "Yılmaz", "Burak", "Demir"):
        assert not re.search(rf"\b{name}\b", out), out
    assert "Putri" not in _replaced(["Putri geldi.", "Sonra konuştuk."], "tr")
    # speech recognition in lower case: a given name that is also a common word, before "bey"/"hanım"
    out = _replaced(
        ["dün emre bey aradı sonra da emre bey ile konuştuk", "selin hanım çok memnun kaldı"], "tr"
    )
    assert "emre" not in out and "selin" not in out and "bey aradı" in out, out
    assert "ben ve hanım geldik" in _replaced(["ben ve hanım geldik", "dün emre bey aradı"], "tr")


def test_a_vocative_is_read_as_its_name_despite_a_hamlet_spelled_alike() -> None:
    """ "panie Grzegorzu" (the vocative of a top Polish given name) was kept because the place index
    holds a hamlet spelled like the name plus a vowel; only towns of some size block a case form now."""
    out = _replaced(
        ["Dzień dobry, panie Grzegorzu. Nagrywamy rozmowę.", "Grzegorz prowadzi firmę od lat."], "pl"
    )
    assert "Grzegorzu" not in out, out


def test_a_role_before_a_name_in_a_language_read_only_by_its_word_frequencies_stays_a_person() -> None:
    """Where the finder reads no words of the language, a capitalised role, relation or trade word
    before a name ("Sąsiad Marek Wiśniewski", "Avukat Zeynep Arslan", "Kollega Jussin") and a given
    name before two words of the language ("<name> Muhasebe Sorumlusu", an accounting officer) look
    like a business named "<word> <name>" or "<name> Veteriner Kliniği"; rules that kept such
    businesses left these people in (a review's probes), so they stay people."""
    polish = [
        "Faktury robi Katarzyna Wróblewska z księgowości.",
        "Wczoraj Kierownik Jan Kowalski powiedział, że nie.",
        "Nasz Sąsiad Marek Wiśniewski pomógł przy przeprowadzce.",
    ]
    out = _replaced(polish, "pl")
    for name in ("Katarzyna", "Wróblewska", "Jan", "Kowalski", "Marek", "Wiśniewski"):
        assert not _present(name, out), out
    out = _replaced(["Toplantıya Nilüfer Muhasebe Sorumlusu olarak katıldı.", "Tamam."], "tr")
    assert not _present("Nilüfer", out), out
    out = _replaced(["Dün Avukat Zeynep Arslan ile görüştüm.", "Tamam."], "tr")
    assert not _present("Zeynep", out) and not _present("Arslan", out), out
    assert not _present("Jussin", _replaced(["Kävin Kollega Jussin kanssa lounaalla.", "Joo."], "fi"))


def test_titles_of_address_in_languages_read_only_by_their_word_frequencies_announce_a_name() -> None:
    """ "pani <vocative>", "panie <vocative>", "pana <diminutive>": case forms no name index knows,
    found because a Polish title comes before them; the same in Czech, Romanian and Indonesian. A
    title counts only in its own language's transcripts ("Bu" is Turkish "this")."""
    cases = [
        ("pl", "Dzień dobry, pani Jadwigo, czy mnie słychać?", "Jadwigo"),
        ("pl", "Dzień dobry, panie Mirosławie. Zaczynamy?", "Mirosławie"),
        ("pl", "Mam swojego mechanika, pana Zbysia, znamy się lata.", "Zbysia"),
        ("cs", "Včera volal pan Kratochvíl z účtárny.", "Kratochvíl"),
        ("ro", "Am vorbit cu doamna Ionescu despre facturi.", "Ionescu"),
        ("id", "Kemarin Pak Sutrisno menelepon soal faktur.", "Sutrisno"),
    ]
    for language, text, name in cases:
        out = _replaced([text, "Tak."], language)
        assert not _present(name, out), (language, out)
    assert "Bu Ankara" in _replaced(["Bu Ankara şubesi için geçerli.", "Tamam."], "tr")
    # an abbreviated title with its dot, in the middle of a sentence
    for language, text, name in [
        ("ro", "Am vorbit cu dna. Ionescu ieri.", "Ionescu"),
        ("da", "Jeg ringede til hr. Jensen i går.", "Jensen"),
        ("fr", "On en parle avec mme. Tremblay demain.", "Tremblay"),
    ]:
        assert not _present(name, _replaced([text, "Ok."], language)), (language, text)
    # a surname that is also an adjective of the language (a review's probe)
    assert not _present("Čierna", _replaced(["Pani Čierna mi poslala zmluvu.", "Áno."], "sk"))


def test_country_and_language_names_in_the_transcripts_language_are_no_one() -> None:
    """Countries and languages as the transcript's language writes them (CLDR, through ``babel``)
    are kept even where a cue reads a name ("my daughter <word>"), while a given name that is also a
    country's name in some language ("Dominika", Polish for Dominica) is still a person's."""
    turkish = _replaced(
        ["Oğlum Trabzon'da çalışıyor. Kızım Almanya'da okuyor, Almanca da öğrendi.", "Evet, doğru."], "tr"
    )
    assert "Almanya'da" in turkish and "Almanca" in turkish
    assert "Trabzon'da" in turkish  # "my son, in Trabzon": the locative says where, not who
    polish = _replaced(
        [
            "Jeździmy głównie na Niemcy i trochę na Hiszpanię, a kierowcy mówią po polsku.",
            "Faktury wystawia pani Dominika Wrzos, a ja jeżdżę.",
        ],
        "pl",
    )
    assert "Niemcy" in polish
    assert "Dominika" not in polish and "Wrzos" not in polish
    # a case form whose stem spells a language's name elsewhere (Portuguese "grego") is still a name's
    slovenian = _replaced(["Včeraj sem videla Gregorja na tržnici, Gregor je rekel, da pride."], "sl")
    assert "Gregor" not in slovenian


def test_a_town_with_a_locative_suffix_after_a_relation_is_a_place() -> None:
    """Turkish sets the case suffix of a proper noun off with an apostrophe: a known town followed by
    "in" or "from" ("Kayseri'de", "Sivas'tan") after a relation is where the relative is, while a
    relative's name keeps its suffix and is replaced."""
    text = _replaced(
        [
            "Oğlum Kayseri'de çalışıyor, kızım Erzurum'da okuyor.",
            "Annem Sivas'tan geldi, ablam Ayşe'de kaldı.",
        ],
        "tr",
    )
    for town in ("Kayseri'de", "Erzurum'da", "Sivas'tan"):
        assert town in text
    assert "Ayşe" not in text


def test_a_business_named_after_someone_in_a_language_read_by_word_lists() -> None:
    """In a language whose words only its own word list knows (Turkish), "<surname> <word> <word>"
    whose words after the name are no one's name anywhere and end in a common word of the language is
    a business, kept, unless the name also stands elsewhere in the transcript; three-part names of
    people, whose parts are all names somewhere, are still replaced, and so is a popular given name
    before two such words, which may be a person with their job as well as a shop, unless the last is
    a kind of business (``BUSINESS_NOUNS``: "servis", since 2026-12-05, thirty-third session)."""
    text = _replaced(
        [
            "Bilgisayarları Bozkurt Bilgisayar Servisi tamir ediyor, binayı Aslantaş Yapı Market yaptı.",
            "Muhasebemizi Ayşe Nur Demir yapıyor, Mehmet Ali Kaya da ortağım.",
            "Yazıcıyı Emre Bilgisayar Servisi getirdi, faturayı Kemal Muhasebe Müdürü imzaladı.",
        ],
        "tr",
    )
    assert "Bozkurt Bilgisayar Servisi" in text
    assert "Aslantaş Yapı Market" in text
    assert "Emre Bilgisayar Servisi" in text
    for name in ("Ayşe", "Nur", "Demir", "Mehmet", "Kaya", "Kemal"):
        assert name not in text
    # a business named after someone the transcript names gives their name away: replaced
    own = _replaced(["Ben Zeynep Karaca, hekimim. Eşimin dükkânı Karaca Bilgisayar Servisi.", "Evet."], "tr")
    assert "Karaca" not in own


@pytest.mark.parametrize(
    ("language", "texts", "towns", "people"),
    [
        (
            "it",
            [
                "Mio cugino coltiva le mandorle ad Avola, e va spesso a Modica.",
                "Ieri ho chiesto a Marco di fare l'ordine.",
            ],
            ["Avola", "Modica"],
            ["Marco"],
        ),
        (
            "en",
            ["We shifted the whole night team to Crewe.", "I talked to Priya about it."],
            ["Crewe"],
            ["Priya"],
        ),
        (
            "nl",
            ["De leverancier rijdt elke week naar Oss.", "Ik stuur het naar Janneke de Boer van het bureau."],
            ["Oss"],
            ["Janneke", "Boer"],
        ),
    ],
)
def test_a_town_after_a_preposition_of_the_transcripts_language_is_a_place(
    language: str, texts: list[str], towns: list[str], people: list[str]
) -> None:
    """Prepositions of place beyond the shared "in", "from", "at": Italian and Spanish "a" and Dutch
    "naar" stand before a town ("a <town>", "naar <town>") and before a person ("a <given name>");
    a town the index knows that is no popular given name is the place (even when it is also a
    surname), a given name stays a person."""
    text = _replaced(texts, language)
    for town in towns:
        assert town in text
    for person in people:
        assert person not in text


def test_honorifics_of_english_spoken_around_the_world_announce_a_name() -> None:
    """ "<name> ma'am" and "<name> ji" (Indian English), "Aunty <name>" and "Oga <name>" (West
    African), "Kuya <name>" (Filipino): names the index does not know are found, and "Ma'am" itself
    is no one (its "Ma" is no surname)."""
    text = _replaced(
        [
            "Who else was important? Thenmozhi ma'am, she was the delivery manager.",
            "Oga Chukwuebuka owns the shop, Aunty Ngozi runs the till, Kuya Jomar drives the van.",
            "The supervisor, Ma'am Lourdes, checks it.",
        ]
    )
    for name in ("Thenmozhi", "Chukwuebuka", "Ngozi", "Jomar", "Lourdes"):
        assert name not in text
    assert "Ma'am" in text


@pytest.mark.parametrize(
    ("language", "texts", "names"),
    [
        (
            "fr",
            ["Le Pr Tessandier encadre la thèse, Maître Courtade arrive à onze heures."],
            ["Tessandier", "Courtade"],
        ),
        ("es", ["El gerente era el licenciado Zamacona, y el Lic. Arriaga firma."], ["Zamacona", "Arriaga"]),
        (
            "pt",
            ["O diretor é o Engenheiro Quaresma, e o Comandante Tavares conhece o rio."],
            ["Quaresma", "Tavares"],
        ),
        (
            "de",
            ["Dann ist die Doktor Yıldırımoğlu gekommen, und Pfarrer Hinterseer auch."],
            ["Yıldırımoğlu", "Hinterseer"],
        ),
        ("en", ["Councillor Sarwani emails us, and Pastor Adebayo opened the hall."], ["Sarwani", "Adebayo"]),
    ],
)
def test_professional_religious_and_rank_titles_announce_a_name(
    language: str, texts: list[str], names: list[str]
) -> None:
    """Titles of address beyond Mr and Dr: academic and professional ("licenciado", "Engenheiro",
    "Maître", "Doktor"), religious ("Pastor", "Pfarrer") and of rank ("Comandante"), with the
    abbreviations of their language ("Lic.", "Pr"): the surname after one is a name, even one no index
    knows. A Dutch sentence ending on "eng" ("scary") announces nobody."""
    text = _replaced(texts, language)
    for name in names:
        assert name not in text


def test_a_dotted_abbreviation_that_is_a_word_announces_no_one() -> None:
    text = _replaced(["Het was eerlijk gezegd best eng. Daarna kregen alle ouders een brief."], "nl")
    assert "Daarna kregen" in text


def test_a_name_coordinated_with_the_speaker_is_a_person() -> None:
    """Only people are coordinated with the speaker: "<name> and I" opening a clause, "me and <name>",
    "<name> et moi", "ich und <name>"; a system named before "and I" that opens a new clause stays."""
    text = _replaced(
        [
            "How did the team come together? Ife and I were at university together.",
            "Me and Tolulope started the shop.",
            "We all moved to Cerner and I think it helps.",
        ]
    )
    assert "Ife" not in text and "Tolulope" not in text
    assert "Cerner" in text
    assert "Kerlann" not in _replaced(["Le samedi, moi et Kerlann on fait les marchés."], "fr")


def test_a_titled_person_from_a_department_is_replaced() -> None:
    """ "Frau <surname> von der Buchhaltung": the finder reads the surname after the title, and
    the run is not kept whole as a firm ending in a word (the name was found but not replaced)."""
    text = _replaced(
        [
            "Um zehn kommt meistens Frau Vuilleumier von der Qualitätskontrolle vorbei.",
            "Herr Obermoser von der Buchhaltung ruft an.",
        ],
        "de",
    )
    assert "Vuilleumier" not in text and "Obermoser" not in text
    assert "Qualitätskontrolle" in text


def test_a_lower_case_name_after_a_relation_may_be_a_more_common_word() -> None:
    """In speech without capitals, a popular given name right after a possessive and a relation
    ("minha irmã <name>") is read even when a little more common as a word than names are otherwise
    allowed to be; not a very common word ("my sister will")."""
    texts = [
        "como é o seu dia a dia",
        "eu acordo cedo e vou pra fazenda",
        "quem negocia isso é minha irmã patrícia lá no escritório",
        "e no fim do dia chego em casa com a minha esposa luana",
        "e quem mais trabalha com você",
    ]
    text = _replaced(texts, "pt")
    assert "patrícia" not in text and "luana" not in text


def test_a_product_named_like_a_person_is_kept_and_people_so_described_are_not() -> None:
    """ "an app called <name>", "<name>, that's our billing app": what is named there is a thing,
    unless the transcript also speaks of it as someone; a person before a role that holds a thing's
    word ("the bank manager") is still a person."""
    kept = pseudonymised(
        "A friend told me about an app called Juno. I downloaded it.\n"
        "Most invoices go through Hector, that's our billing app, so if Hector is down we wait.\n"
        "We tried Kalliope, one of those expense apps."
    )
    for product in ("Juno", "Hector", "Kalliope"):
        assert product in kept, kept
    replaced = pseudonymised(
        "A guy called Tobiasz fixed it.\nI spoke to Hector, the bank manager, yesterday.\n"
        "We use an app called Juno; Juno, my sister, set it up.\n"
        "The bank called Marisol on Monday. Marisol was furious.\n"
        "Rosalind, one of our team, and Leopold, the gym instructor, said so."
    )
    for person in ("Tobiasz", "Hector", "Juno", "Marisol", "Rosalind", "Leopold"):
        assert person not in replaced, replaced


def test_speech_in_another_script_keeps_its_towns_and_latin_brand_names() -> None:
    """Greek speech names its towns in Greek letters (the place index holds towns in every script), and a
    word in Latin letters there is a brand or a term more often than a person: without a cue it stays,
    as does a weekday ("Σάββατο", a surname somewhere). A person named with a cue is still found."""
    text = pseudonymised(
        "Την Τρίτη ανεβήκαμε στην Αθήνα και το Σάββατο στη Χαλκίδα.\n"
        "Τα στέλνουμε όλα στο Asana και στο Slack.\n"
        "Η κυρία Ξανθίππη Λαζαρίδου μου είπε ότι δεν έχει χρόνο.",
        "el",
    )
    for kept in ("Αθήνα", "Χαλκίδα", "Asana", "Slack", "Σάββατο"):
        assert kept in text, text
    for name in ("Ξανθίππη", "Λαζαρίδου"):
        assert name not in text, text
    # Greek names in their case forms (vocative, accusative, genitive) are the names; a saint's name
    # in a church or a street is not someone's
    cases = pseudonymised(
        "Ευάγγελε, έλα λίγο! Μίλησα με τον Σταύρο και με τη μητέρα της Δέσποινας. "
        "Η εκκλησία του Αγίου Χαράλαμπου είναι κλειστή.",
        "el",
    )
    for name in ("Ευάγγελε", "Σταύρο", "Δέσποινας"):
        assert name not in cases, cases
    assert "Αγίου Χαράλαμπου" in cases, cases
    # a town's name that is also a popular given name stays a person; a full name in Latin letters too
    russian = pseudonymised("Салават нам очень помог. Мы наняли Gwendolyn Harte в прошлом году.", "ru")
    for name in ("Салават", "Gwendolyn", "Harte"):
        assert name not in russian, russian


# -- the fitted verdict on capitalised words ------------------------------------------------------


def _single_names(texts: list[str], language: str, *, use_model: bool) -> list[str]:
    finder = NameFinder([language])
    finder.use_model = use_model
    return finder.find(texts).single


def test_the_fitted_verdict_finds_a_name_the_hand_weighted_score_missed() -> None:
    """A given name that is also a frequent word somewhere, said mid-sentence without a title: the
    hand-weighted score stays just under its threshold, the model fitted on the name sets adds it."""
    assert shipped_name_model() is not None
    text = "Mostly I work with Clement and the two drivers."
    assert "Clement" not in _single_names([text], "en", use_model=False)
    assert "Clement" in _single_names([text], "en", use_model=True)


def test_the_model_only_adds_names_and_never_below_the_floor_or_in_another_script(monkeypatch: Any) -> None:
    """Under a model that would call every word a name: an interjection opening a sentence ("Ah, ...",
    far below the hand score's threshold) stays a word, a brand in Latin letters inside Greek speech
    stays a brand; and under one that calls nothing a name, a name the hand score finds is still found."""
    model = shipped_name_model()
    assert model is not None
    monkeypatch.setattr(names_module, "shipped_name_model", lambda: dataclasses.replace(model, bar=0.0))
    finder = NameFinder(["en"])
    found = finder.find(
        ["Ah, that was the week the forklift broke.", "Mostly I work with Clement and the two drivers."]
    )
    assert "ah" in finder.features and finder.features["ah"]["score"] < model.floor
    assert "Clement" in found.single and "Ah" not in found.single
    greek = NameFinder(["el"]).find(["Τα στέλνουμε όλα στο Asana και στο Slack."]).single
    assert "Asana" not in greek and "Slack" not in greek
    monkeypatch.setattr(names_module, "shipped_name_model", lambda: dataclasses.replace(model, bar=1.01))
    assert (
        "Yolanda" in NameFinder(["en"]).find(["Yesterday I talked to Yolanda Pérez about the rota."]).single
    )


@pytest.mark.parametrize(
    "broken",
    [
        {"features": ["prior"]},  # lists of different lengths
        {"features": ["scor", *SINGLE_FEATURES]},  # not the finder's features
        {"scale": [0.0] * (len(SINGLE_FEATURES) + 1)},  # a division by zero waiting for a word
    ],
)
def test_a_broken_model_file_is_refused_and_the_hand_score_decides(
    broken: dict[str, Any], monkeypatch: Any, tmp_path: Path, caplog: Any
) -> None:
    """A model file that does not fit the finder is refused with one warning, never a crash on a word."""
    shipped = json.loads((REPO / "assistant" / "data" / "name_model.json").read_text(encoding="utf-8"))
    with pytest.raises(ValueError):
        SingleNameModel.from_json({**shipped, **broken})
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "name_model.json").write_text(json.dumps({**shipped, **broken}), encoding="utf-8")
    monkeypatch.setattr(names_module.resources, "files", lambda _package: tmp_path)
    names_module.shipped_name_model.cache_clear()
    try:
        with caplog.at_level("WARNING"):
            assert names_module.shipped_name_model() is None
        assert "without the fitted model" in caplog.text
        assert "Clement" not in _single_names(
            ["Mostly I work with Clement and the two drivers."], "en", use_model=True
        )
    finally:
        monkeypatch.undo()
        names_module.shipped_name_model.cache_clear()


def test_the_shipped_model_reads_the_features_the_finder_computes() -> None:
    """The model file and the finder agree on the features, in the order ``eval/train_names.py`` wrote."""
    model = shipped_name_model()
    assert model is not None
    finder = NameFinder(["en"])
    finder.find(["Mostly I work with Clement and the two drivers."])
    computed = finder.features["clement"]
    assert list(model.features) == list(computed)
    assert 0.0 < model.bar < 1.0 and model.floor < NameFinder.THRESHOLD
    assert 0.0 <= model.probability(computed) <= 1.0


def test_a_thing_named_by_a_naming_clause_is_kept() -> None:
    """ "una aplicación que se llama <name>", a kind of software in a case form ("aplikaci jménem
    <name>"): a product, not a person (found on the blind studies, 2026-12-05, thirty-third session). A
    person after a thing noun ("the app Rosalind set up") is still a person."""
    kept = _replaced(["Mi cuñada bajó una aplicación que se llama Amapola, para la agenda."], "es")
    assert "Amapola" in kept, kept
    kept = _replaced(["Knihovny používají aplikaci jménem Bohuslav, kterou spravuje kraj."], "cs")
    assert "Bohuslav" in kept, kept
    replaced = _replaced(["We still use the app Rosalind set up for the rota."], "en")
    assert "Rosalind" not in replaced, replaced


def _replaced_with_map(path: Path, text: str, *, save: bool = False) -> str:
    """One transcript pseudonymised with the map at ``path`` (as an import of the study would), the map
    written afterwards when ``save``."""
    pseudonymiser = Pseudonymiser(path, languages=["en"])
    pseudonymiser.prepare([text])
    replaced = pseudonymiser.replace(text)
    if save:
        pseudonymiser.save()
    return replaced


def test_a_thing_one_transcript_names_is_kept_in_the_others_of_the_study() -> None:
    """What one interview introduces as an app ("an app called <name>") is that app in the next one,
    where nothing says so; a strong cue there (a role before it) still makes it someone, and the map
    remembers the thing across imports."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pseudonyms.json"
        text = _replaced_with_map(
            path, "My daughter found an app called Matilda, and we tried it for a month.", save=True
        )
        assert "Matilda" in text
        text = _replaced_with_map(
            path, "We dropped Matilda after the trial, it cost too much for two chairs."
        )
        assert "Matilda" in text
        text = _replaced_with_map(path, "Our receptionist Matilda Marsh handles the bookings.")
        assert "Matilda" not in text


def test_businesses_named_by_their_kind_in_other_languages_keep_their_names() -> None:
    """A kind of business in the transcript's language, in any case form ("<given name> Veteriner
    Kliniği", "Spedycja <given name>"), makes the run a business, as "Studio" and "Clinic" do in
    English; a lower-case verb whose dictionary form is such a noun (Swedish "skulle", should, read as
    "skola", school) does not hide the person before it."""
    kept = _replaced(["Dört yıldır Kerem Veteriner Kliniği'nde çalışıyorum, hafta sonu da nöbet var."], "tr")
    assert "Kerem" in kept, kept
    kept = _replaced(["Zlecenia dostajemy głównie od firmy Spedycja Bogumił z Radomia."], "pl")
    assert "Bogumił" in kept, kept
    replaced = _replaced(
        ["Jag pratade med grannen igår. Solveig skulle nog säga samma sak om pappren."], "sv"
    )
    assert "Solveig" not in replaced, replaced


def test_common_english_kinds_of_company_after_a_name_make_it_a_company() -> None:
    """ "<given name> Foods", "<given name> Retail", "<given name> Motors": a firm named after its founder,
    as "<name> Logistics" already was; the same name with a verb after it stays a person."""
    kept = _replaced(["We buy from Kofi Foods and Meera Retail. Adaeze Motors services the vans."])
    assert all(name in kept for name in ("Kofi", "Meera", "Adaeze")), kept
    replaced = _replaced(["Our driver Tunde holds the keys, and Ifeoma builds the rota."])
    assert "Tunde" not in replaced and "Ifeoma" not in replaced, replaced


def test_a_saints_name_in_a_business_or_place_is_kept() -> None:
    """ "farmacia Sf. <name>", "St. <name>'s": a saint's name, kept even when someone else of the
    transcript bears it; the abbreviation itself is never a name."""
    text = _replaced(
        [
            "Vorbesc des cu farmacista de la farmacia Sf. Ilie, de peste drum.",
            "Ieri Ilie Munteanu mi-a spus că nu mai vine.",
        ],
        "ro",
    )
    assert "Sf. Ilie" in text, text
    assert "Munteanu" not in text, text


@pytest.mark.parametrize(
    ("language", "text", "people"),
    [
        ("pt", "Os meus pais são Manuel e Rosa, e moram no Porto.", ("Manuel", "Rosa")),
        ("pl", "Na święta Ania przyjechała do nas z Krakowa.", ("Ania",)),
        ("en", "On the 21st Maria called me about the invoice.", ("Maria",)),
        ("en", "I met Ste at the pub. Ste is my mate.", ("Ste",)),
        ("en", "At the company, like Sarah said, nobody reads the manual.", ("Sarah",)),
        ("en", "A system like Gary's would never work here.", ("Gary",)),
        ("en", "How was the hotel Maria? Tell me about the app Sarah.", ("Maria", "Sarah")),
        ("de", "In der Firma, wie Thomas sagte, liest niemand das Handbuch.", ("Thomas",)),
        ("es", "Hablé con Ana, la de sistemas, y me lo arregló en un rato.", ("Ana",)),
        ("pl", "Pracuję w firmie Kowalskiego od pięciu lat.", ("Kowalskiego",)),
        ("cs", "Používám aplikaci Petra, je docela dobrá.", ("Petra",)),
        ("id", "Saya pakai aplikasi Budi, gratis sebulan.", ("Budi",)),
        ("es", "Marta Escola es mi vecina desde hace años.", ("Marta", "Escola")),
        ("cs", "Jan Škola je můj soused a často mi pomáhá.", ("Jan", "Škola")),
        # a second review's cases
        ("tr", "Ahmet okul müdürü ile konuştu, sonra eve döndü.", ("Ahmet",)),
        ("id", "Adik saya Dewi sekolah di Jakarta sekarang.", ("Dewi",)),
        ("sv", "Vi har ett verktyg som Anna, min chef, valde förra året.", ("Anna",)),
        ("en", "We need a tool like Sarah, she remembers everything.", ("Sarah",)),
        ("id", "Kami punya pemrogram bernama Budi yang sangat rajin.", ("Budi",)),
        ("pl", "Na Święta Kasia przyjeżdża do nas z Gdańska.", ("Kasia",)),
        ("es", "Entre Lucía, escuela y trabajo no paro en todo el día.", ("Lucía",)),
    ],
)
def test_people_near_thing_words_saints_and_business_words_stay_people(
    language: str, text: str, people: tuple[str, ...]
) -> None:
    """A review of the product and business rules (2026-12-05, thirty-third session): "são" (are),
    "święta" (holidays) and an ordinal's "st" are no saints; "like" is mostly "as"; a department ("la
    de sistemas"), a genitive after a noun ("firmie Kowalskiego", Kowalski's firm) and a vocative are
    people; a surname that is also a kind of business is a surname."""
    output = _replaced([text], language)
    for person in people:
        assert not _present(person, output), output


def test_a_remembered_thing_does_not_hide_someone_a_relation_announces() -> None:
    """A word remembered as an app from an earlier transcript is still a person where a relation
    announces it in speech without capitals ("my sister maya")."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pseudonyms.json"
        text = _replaced_with_map(
            path, "We tried an app called Maya for the bookings last spring.", save=True
        )
        assert "Maya" in text
        text = _replaced_with_map(
            path, "yesterday my sister maya came over and we went through the whole rota together"
        )
        assert "maya" not in text
        text = _replaced_with_map(path, "Thanks, Maya, that helps a lot with the rota.")
        assert "Maya" not in text


@pytest.mark.parametrize(
    ("language", "texts", "kept", "people"),
    [
        (
            "ru",
            [
                "Как начинается Ваш рабочий день?",
                "Вас встречает диспетчер?",
                "Да, меня встречает Оксана Белова.",
            ],
            ["Ваш", "Вас"],
            ["Оксана", "Белова"],
        ),
        (
            "uk",
            ["Як Ви плануєте тиждень?", "Ми з Вами вже говорили про це."],
            ["Ви", "Вами"],
            [],
        ),
        (
            "hr",
            ["Tko Vam to javlja?", "Javlja mi Zdravko Perić iz skladišta."],
            ["Vam"],
            ["Zdravko", "Perić"],
        ),
        ("lt", ["Ar Jums patogu kalbėti?", "Ką Jūs darote ryte?"], ["Jums", "Jūs"], []),
        ("cs", ["Jak Vám to vyhovuje?", "Je to Vaše rozhodnutí?"], ["Vám", "Vaše"], []),
    ],
)
def test_the_polite_you_capitalised_inside_a_sentence_is_no_one(
    language: str, texts: list[str], kept: list[str], people: list[str]
) -> None:
    """Formal transcripts capitalise the polite second person ("Ваш день", "Tko Vam", "Jums"): a closed
    class of the grammar (``POLITE_PRONOUNS``), never a name; a full name beside it is still one."""
    text = _replaced(texts, language)
    for word in kept:
        assert re.search(rf"(?<!\w){word}(?!\w)", text), (word, text)
    for person in people:
        assert person not in text


@pytest.mark.parametrize(
    ("language", "texts", "kept", "people"),
    [
        (
            "tr",
            ["Son iki yıldır Rusya'ya da gönderiyoruz.", "Mehmet Bey de öyle diyor."],
            ["Rusya"],
            ["Mehmet"],
        ),
        (
            "ro",
            ["Vindem mult în Spania și în Polonia.", "Cu Ioana Marinescu vorbesc zilnic."],
            ["Spania", "Polonia"],
            ["Ioana"],
        ),
        (
            "pl",
            ["Ryby przychodzą z Danii, rzadziej z Norwegii.", "Odbiera je Krzysztof."],
            ["Danii"],
            ["Krzysztof"],
        ),
        (
            "lt",
            ["Kartą per mėnesį važiuoju į Vilnių, o susitikimai būna Vilniuje.", "Dirbu su Rūta."],
            ["Vilniuje"],
            ["Rūta"],
        ),
        (
            "id",
            ["Hari Jumat kami pulang lebih awal.", "Kalau Sabtu, Pak Agus yang jaga."],
            ["Jumat", "Sabtu"],
            ["Agus"],
        ),
        # a country's or a language's name that is also someone's, with a title or a full name
        ("vi", ["Chồng em, anh Đức, hay nói là khách Tây trung thành hơn."], [], ["Đức"]),
        ("es", ["La coordinadora es Rumana Hossain, de Daca."], [], ["Rumana"]),
        ("et", ["Siis tuleb Mari, kes tegeleb villimisega."], [], ["Mari"]),
    ],
)
def test_countries_cities_and_weekdays_of_the_transcripts_language_are_no_one(
    language: str, texts: list[str], kept: list[str], people: list[str]
) -> None:
    """A country as the transcript's language writes it (CLDR: "Rusya", "Spania"), the case form of a
    country or a city by the lemmatiser ("Danii" of Dania, "Vilniuje" of Vilnius) and a weekday that is
    no given name of the language's countries ("Jumat") name where and when, not someone, when nothing
    speaks of a person; a title or a cue before the same word still makes it someone."""
    text = _replaced(texts, language)
    for word in kept:
        assert re.search(rf"(?<!\w){word}(?!\w)", text), (word, text)
    for person in people:
        assert person not in text, (person, text)


def test_the_commonest_croatian_words_make_no_lower_case_full_name() -> None:
    """wordfreq lists Croatian under "sh", so a lower-case Croatian word looked rare and two of the most
    common ones in a row ("je li sve čisto", "doma sam oko jedanaest") were read as a full name."""
    text = _replaced(["Onda provjerim dekanter, je li sve čisto.", "Doma u Puli sam oko jedanaest."], "hr")
    assert "li sve" in text and "sam oko" in text


@pytest.mark.parametrize(
    ("language", "text", "people"),
    [
        ("pl", "Zmianę przejmuje Paweł Sobota, a w piątek Katarzyna Lipiec.", ["Sobota", "Lipiec"]),
        (
            "cs",
            "Martin Sobota má na starosti sklad, Pavel Pátek jezdí s dodávkou.",
            ["Martin", "Sobota", "Pátek"],
        ),
        ("tr", "Kaliteye Ayşe Konyalı bakıyor, sevkiyata Mehmet Bursalı.", ["Konyalı", "Bursalı"]),
        ("es", "Las rutas las llevan Lucía Portugal y Andrés Montenegro.", ["Portugal", "Montenegro"]),
        ("pl", "Na magazynie pracuje Adam Węgier od pięciu lat.", ["Węgier"]),
        ("lt", "Dominika man parodė, kaip pildyti žurnalą.", ["Dominika"]),
        ("cs", "Moje kolegyně Vy Nguyenová dělá objednávky.", ["Vy", "Nguyenová"]),
    ],
)
def test_a_surname_spelled_like_a_weekday_month_country_or_town_is_still_a_surname(
    language: str, text: str, people: list[str]
) -> None:
    """A review's cases for the place and calendar rules: a run ending in a place's or a weekday's
    name is no full name only when no other word of it is a name of its own ("Paweł Sobota",
    "Ayşe Konyalı" stay people); a country that is also a popular given name ("Dominika") and a polite
    pronoun that opens a longer run ("Vy Nguyenová") are not taken for a place or a pronoun."""
    replaced = _replaced([text], language)
    for person in people:
        assert not re.search(rf"(?<!\w){person}(?!\w)", replaced), (person, replaced)


# -- Russian read with its morphological dictionary (2026-12-06, thirty-eighth session) -----------------


def test_russian_names_are_found_in_every_case_form() -> None:
    """A short given name's dative ("Зое", "Пете"), a surname's dative and instrumental, a patronymic's
    accusative: the world's name lists hold none of these forms, the OpenCorpora dictionary all of them."""
    texts = [
        "Утром я сначала пишу Зое из отдела кадров, потом Пете со склада.",
        "Акт я отдала Шестакову, а с Кудрявцевой мы сверяем остатки.",
        "Если что-то горит, зову Ларису Евгеньевну, она всё решает.",
    ]
    out = _replaced(texts, "ru")
    for name in ("Зое", "Пете", "Шестакову", "Кудрявцевой", "Ларису", "Евгеньевну"):
        assert not _present(name, out), (name, out)
    for kept in ("Утром", "отдела кадров", "Акт"):
        assert kept in out, (kept, out)


def test_russian_lower_case_names_are_found_by_the_dictionary() -> None:
    """Speech recognition without capitals: a given name with its patronymic and a surname in the dative
    are names by the dictionary's readings alone; everyday words stay."""
    texts = [
        "вчера галина аркадьевна позвонила шестакову и сказала что накладные не пришли",
        "потом я пошла на склад и пересчитала коробки",
    ]
    out = _replaced(texts, "ru")
    for name in ("галина", "аркадьевна", "шестакову"):
        assert not _present(name, out), (name, out)
    for kept in ("накладные не пришли", "пересчитала коробки"):
        assert kept in out, (kept, out)


def test_russian_everyday_words_opening_a_sentence_are_no_names() -> None:
    """ "Рано" (early) and "Ага" (aha) are given names somewhere in the world; the dictionary reads them as an
    adverb and an interjection, and the transcript capitalises them only opening a sentence."""
    texts = [
        "Рано утром я открываю смену и проверяю заявки.",
        "Ага, и потом ещё звоню поставщикам.",
        "Рано не всегда получается, но стараюсь.",
    ]
    out = _replaced(texts, "ru")
    assert "Рано утром" in out and "Ага, и потом" in out, out
    assert "Person" not in out, out


def test_the_parts_of_an_address_are_nobody() -> None:
    """The street, the districts ("Kel.", "Kec.", "Mah.", "Sok.") and the town of an address are replaced
    with the address; the name finder used to read them as people too, so that the same words were
    replaced as "Person N" wherever else they stood. Someone named beside the address still is someone."""
    for language, text, person in (
        (
            "id",
            "Kirim ke Jl. Melati Putih No. 9, RT 02/RW 05, Kel. Sukamaju, Kec. Cilandak Barat, Kota Depok "
            "16412. Makasih, Bu Ratna.",
            "Ratna",
        ),
        (
            "tr",
            "Adres Cumhuriyet Mah. 1203 Cad. No: 5, 09200 Söke/Muğla, Selin Hanım'a sorun.",
            "Selin Hanım",
        ),
        (
            "es",
            "Mándalo a Av. de los Pinos 220, Col. Lomas del Río, C.P. 44100, dice Ana Morales.",
            "Ana Morales",
        ),
    ):
        pseudonymiser = Pseudonymiser(None, languages=[language])
        pseudonymiser.prepare([text])
        persons = [v for k, v in pseudonymiser.entities.items() if k.startswith("Person")]
        assert persons == [person], persons
    # a person an address took in is still registered when a popular given name is part of it, so that a
    # later transcript naming them with nothing around it finds them in the map (a second review's probe)
    pseudonymiser = Pseudonymiser(None, languages=["en"])
    for texts in (
        ["Letters go to 12 Baker Street, Co. Durham, Mary Walsh, 14 Oak Road."],
        ["Walsh was there too."],
    ):
        pseudonymiser.prepare(texts)
        out = pseudonymiser.replace(texts[0])
        assert "Walsh" not in out and "Mary" not in out, out
    # a name an address took in ("<street>, <town>, <name> lives next door") that is said elsewhere too
    # stays a name there (a review's probe of a first version that hid addresses from the name finder)
    texts = [
        "I live at 12 Baker Street, Hove, Will Whitfield lives next door.",
        "Then Will came by and we talked.",
    ]
    out = _replaced(texts, "en")
    assert "Will" not in out and "Whitfield" not in out, out


def test_the_order_of_the_turns_decides_nothing() -> None:
    """A word written in lower case mid-sentence counts against a name whether that turn comes before or
    after the one where it has a capital: "the court rules" said first used to leave "the SRA Accounts
    Rules" of a later turn a person."""
    early = "Honestly the court rules change every spring and nobody tells us."
    late = "Their rep could not answer one question about the SRA Accounts Rules, so that was the end of it."
    for texts in ([early, late], [late, early]):
        found = NameFinder(("en",)).find(texts)
        assert "Rules" not in found.single, (texts, found)


def test_a_title_of_another_language_that_is_an_everyday_word_here_announces_no_one() -> None:
    """ "sama" follows a Japanese name as a title and is Indonesian for "and" or "with": in Indonesian
    speech "Retur sama pembayaran" (returns and payments) names no one. Where the title is no everyday
    word ("Tanaka san" in English) or is the language's own ("Verma ji" in Hindi) it still announces a
    name."""
    out = _replaced(["Retur sama pembayaran gimana?", "Kalau barang rusak, pembeli kirim video dulu."], "id")
    assert "Retur sama" in out and "Person" not in out, out
    out = _replaced(["Then Tanaka san called and Kim ssi answered the phone."], "en")
    assert "Tanaka" not in out and "Kim" not in out, out
    assert "Verma" not in _replaced(["Kal Verma ji aaye the, unka order bada tha."], "hi")


def test_a_russian_name_that_is_a_word_is_found_in_its_other_case_forms() -> None:
    """ "Вера" is faith as well as a given name: as a full name it is someone, and "Веру", "Верой" of the
    same transcript are then that person, not a word."""
    texts = [
        "Старший администратор у нас Вера Ложкина, она пришла в прошлом году.",
        "Веру все слушаются, а с Верой мы составляем график.",
    ]
    out = _replaced(texts, "ru")
    for name in ("Вера", "Ложкина", "Веру", "Верой"):
        assert not _present(name, out), (name, out)


def test_cyrillic_streets_stations_and_namesakes_are_kept() -> None:
    """A name after a street type ("ул.", "улице"), a metro station or "named after" ("имени", "им.") is the
    street's, the station's or the factory's, whatever verb follows it, with capitals or without."""
    texts = [
        "Офис у нас на ул. Чехова, рядом станция Чеховская.",
        "Раньше я работала на заводе имени Кирова, он закрылся в девяностых.",
        "а склад возле завода имени кирова там и грузимся",
    ]
    out = _replaced(texts, "ru")
    for kept in ("ул. Чехова", "станция Чеховская", "заводе имени Кирова", "завода имени кирова"):
        assert kept in out, (kept, out)


def test_ukrainian_names_are_read_through_their_capitalised_lemma() -> None:
    """Ukrainian has no spelling or morphological dictionary here; its lemma lists write proper nouns with
    a capital, so a surname's instrumental ("Дмитренком") and a given name's dative in lower-case speech
    ("оксані") are read as the names they are forms of; everyday words and a school's namesake stay."""
    texts = [
        "Зранку я телефоную Богданові, потім разом з Ярославою перевіряємо замовлення.",
        "Степане, принесіть накладні, кажу я. А з Дмитренком ми сваримося через графік.",
        "а ввечері я пишу оксані і ще раз ярославі про залишки біля ліцею імені лесі українки",
    ]
    out = _replaced(texts, "uk")
    for name in ("Богданові", "Ярославою", "Степане", "Дмитренком", "оксані", "ярославі"):
        assert not _present(name, out), (name, out)
    for kept in ("перевіряємо замовлення", "про залишки", "ліцею імені лесі українки"):
        assert kept in out, (kept, out)


def test_russian_everyday_words_that_are_also_names_stay_words() -> None:
    """The dictionary reads "мороз" (frost), "майка" (a vest), "лень" (laziness) as surnames or names more
    than half the time; a frequent one is a name only when the transcript capitalises it mid-sentence:
    not in lower-case speech, nor opening a sentence ("Мороз" opening one is a popular surname, and stays
    a person, as before)."""
    lower = _replaced(
        ["зимой мороз под сорок и майка под курткой не спасает", "иногда лень вставать в пять"], "ru"
    )
    assert "Person" not in lower, lower
    cased = _replaced(["Зимой мы грузили машины.", "Лень было выходить, честно."], "ru")
    assert "Person" not in cased, cased


def test_cyrillic_titles_in_quotes_are_no_persons() -> None:
    """Russian typography quotes the names of products and firms: a word written only alone in « » is a
    title ("навык для «○○ы»"), while a nickname after an office and a person also named outside the quotes
    are still replaced."""
    out = _replaced(
        [
            "Мы делаем навык для «Алисы» и для «Маруси», это голосовые помощники.",
            "А в офисе «Дима» у нас главный, Дима всё и решает.",
        ],
        "ru",
    )
    assert "«Алисы»" in out and "«Маруси»" in out, out
    assert "Дима" not in out, out


def test_cyrillic_streets_in_lower_case_and_before_more_text() -> None:
    """A street type, a station or a monument keeps the one or two words after it in speech without
    capitals, and with capitals whatever follows; towns in lower-case Ukrainian and Bulgarian speech whose
    lemma is a rare name somewhere stay."""
    ru = _replaced(["работала в пятёрочке на улице ленина кассиром а потом у памятника пушкину"], "ru")
    assert "улице ленина" in ru and "памятника пушкину" in ru, ru
    uk = _replaced(
        [
            "Починаємо біля пам'ятника Шевченку, потім бульваром Тараса Шевченка до вулиці Хрещатик.",
            "на новій пошті на вулиці шевченка і потім у колорадо",
        ],
        "uk",
    )
    for kept in ("пам'ятника Шевченку", "бульваром Тараса Шевченка", "вулиці шевченка", "колорадо"):
        assert kept in uk, (kept, uk)
    bg = _replaced(["три години в англия после се върнах в карлово"], "bg")
    assert "Person" not in bg, bg
    quoted = _replaced(["Офисът е на булевард „Христо Ботев“ 12, а складът на бул. „Витоша“."], "bg")
    assert "„Христо Ботев“" in quoted and "„Витоша“" in quoted, quoted


def test_lower_case_speech_no_word_list_reads_is_warned_about() -> None:
    """Speech recognition of South Asian speech in Latin letters that no word list reads (Marathi, which
    wordfreq lacks, guessed as no language) gets a warning that ordinary words may become "Person N";
    lower-case Hinglish (read with the Hindi list in Latin letters, ``romanised.py``), lower-case Russian
    speech, read by its list, and any transcript with capitals are not warned about."""
    from assistant.ingest.formats.metadata import detect_language
    from assistant.ingest.pseudonymise import unread_speech_warning

    lower = [i for i in INTERVIEWS_W if all(u == u.lower() for u in i["utterances"])]
    romanised = next(i["utterances"] for i in lower if i["language"] == "mr")
    warning = unread_speech_warning(romanised, detect_language(romanised))
    assert warning is not None and "Person N" in warning
    hinglish = next(i["utterances"] for i in lower if i["language"] == "hi")
    assert detect_language(hinglish) == "hi" and unread_speech_warning(hinglish, "hi") is None
    russian = [u.lower() for u in INTERVIEWS_U[0]["utterances"]]
    assert unread_speech_warning(russian, "ru") is None
    assert unread_speech_warning([u.capitalize() for u in romanised], detect_language(romanised)) is None


def test_a_russian_given_name_before_its_patronymic_opening_a_sentence_is_a_name() -> None:
    """ "Роману Олеговичу" (to Roman Olegovich) opens its sentence, and "роману" is mostly the dative of
    "novel": before a patronymic it is a given name, as is a frequent name form the dictionary reads as
    nothing but one ("Виктору")."""
    out = _replaced(
        [
            "Виктору Ильичу всё равно, он на пенсию собирается.",
            "Роману Олеговичу я отправила отчёт.",
            "Надежде Петровне звонили из банка.",
        ],
        "ru",
    )
    for name in ("Виктору", "Ильичу", "Роману", "Олеговичу", "Надежде", "Петровне"):
        assert not _present(name, out), (name, out)
    assert "всё равно" in out and "я отправила отчёт" in out, out


def test_a_town_its_language_writes_often_is_no_person() -> None:
    """A known town that its language writes often and that is nobody's name of any popularity
    ("Eskişehir", "Bangalore") is the place, also as the first word of a run with its district; a town
    no name index knows beside two capitalised words does not make them a full name."""
    kept = _replaced(["Muayenehanemiz Eskişehir Odunpazarı'nda, on iki yıldır oradayız."], "tr")
    assert "Eskişehir" in kept and "Odunpazarı" in kept, kept
    kept = _replaced(["Her brother works in Bangalore now, and Ngozi Eze took over his clients."])
    assert "Bangalore" in kept and "Ngozi" not in kept, kept
    kept = _replaced(["Consegniamo a Pontecagnano Battipaglia Giffoni e Montecorvino ogni martedì."], "it")
    assert all(town in kept for town in ("Battipaglia", "Giffoni")), kept


def test_an_app_or_a_device_named_like_a_person_keeps_its_name() -> None:
    """After an article and a kind of software or device ("l'appli", "la aplicación"), even a popular
    given name with a surname is the product; after a kind of place that has staff (a hospital, a
    pharmacy) it may still be the person there."""
    kept = _replaced(["Le soir je note mes repas dans l'appli Lucien Marchal, c'est rapide."], "fr")
    assert "Lucien Marchal" in kept, kept
    kept = _replaced(["Apunto los pedidos en la aplicación Rebeca Torres y listo."], "es")
    assert "Rebeca Torres" in kept, kept
    replaced = _replaced(["En el hospital Carmen Rubio me atendió muy bien."], "es")
    assert "Carmen" not in replaced and "Rubio" not in replaced, replaced


def test_polish_named_after_and_head_final_institutions_keep_their_namesake() -> None:
    """Polish "im." / "imienia" (named after) before a name, and a university, street or stream whose
    kind follows the name in Turkish ("<name> Üniversitesi", "<name> Deresi"), are things; a relation
    right before still makes the first word someone, and brothers are people ("mes frères <name> et
    <name>"), not a firm."""
    kept = _replaced(["Uczę w szkole im. Haliny Poświatowskiej w Częstochowie od sześciu lat."], "pl")
    assert "Haliny Poświatowskiej" in kept, kept
    kept = _replaced(["Stajyerler genelde Ondokuz Mayıs Üniversitesi'nden geliyor."], "tr")
    assert "Ondokuz Mayıs Üniversitesi" in kept, kept
    kept = _replaced(["Geçen kış Kocaçay Deresi taştı, köprü kapandı."], "tr")
    assert "Kocaçay Deresi" in kept, kept
    replaced = _replaced(["Oğlum Emre Ankara Üniversitesi'nde okuyor, iki yıl kaldı."], "tr")
    assert "Emre" not in replaced, replaced
    replaced = _replaced(["Mes frères Paul et Marc travaillent avec moi depuis dix ans."], "fr")
    assert "Paul" not in replaced and "Marc" not in replaced, replaced
    replaced = _replaced(["hi im Adaora Nwosu and i run the bakery on the corner"])
    assert "Adaora" not in replaced and "Nwosu" not in replaced, replaced  # typed "I'm", not Polish "im."


def test_a_relation_or_an_i_am_announces_a_less_popular_given_name_in_lower_case_speech() -> None:
    """In speech without capitals, a given name among the language's 1,000 most popular that its
    spelling dictionary also lists is the name after a relation ("mein mann <name>", "karım <name>") or
    "I am" ("ich bin"; not Turkish "ben", whose "ben umut ediyorum" is "I hope"); after a naming phrase,
    which also names software ("die software, die heißt <name>"), it needs more."""
    texts = [
        "erzählen sie doch mal wie ihr tag so aussieht",
        "also ich bin annegret und ich leite den laden seit elf jahren",
        "abends kocht meistens mein mann gunter und dann sitzen wir im garten",
        "die touren kommen aus einer software die heißt tourplan und die ist eher langsam",
    ]
    replaced = _replaced(texts, "de")
    assert "annegret" not in replaced and "gunter" not in replaced, replaced
    assert "tourplan" in replaced and "laden" in replaced and "garten" in replaced, replaced
    texts = [
        "günün nasıl geçiyor anlatır mısınız",
        "marinada küçük bir tamirhanem var ben umut ediyorum ki bu yıl iyi geçer",
        "akşam eve gidiyorum karım gülsüm yemek yapmış oluyor",
    ]
    replaced = _replaced(texts, "tr")
    assert "gülsüm" not in replaced, replaced
    assert "marinada" in replaced and "umut ediyorum" in replaced, replaced
    kept = _replaced(["also ich bin müde und mein mann hat heute frei"], "de")
    assert kept == "also ich bin müde und mein mann hat heute frei", kept


def test_a_word_another_transcript_writes_as_an_acronym_is_no_lower_case_name() -> None:
    """ "abrir o MEI" in a typed transcript: the same word in speech without capitals ("você já tem mei")
    is that acronym, not the given name it also spells; where an introduction or a title announces
    someone by it, it is still a name. Invented sentences."""
    cased = "Meu irmão registrou um MEI no ano passado e agora paga o MEI todo mês pelo aplicativo."
    asr = "e você já registrou mei perguntei porque ainda não registrei mei e meu irmão acha que vale a pena"
    introduced = "falei com a dona mei ontem e ela disse que o aluguel subiu de novo pra todo mundo"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pseudonyms.json"
        alone = Pseudonymiser(path, languages=["pt"])
        alone.prepare([asr])
        assert "mei" not in alone.replace(asr)  # nothing else known: a lower-case name, for privacy
        first = Pseudonymiser(path, languages=["pt"])
        first.prepare([cased])
        assert first.replace(cased) == cased
        first.save()
        for text, kept in ((asr, True), (introduced, False)):
            later = Pseudonymiser(path, languages=["pt"])
            later.prepare([text])
            assert ("mei" in later.replace(text)) is kept, later.replace(text)


def test_an_english_negation_is_no_name_in_speech_without_capitals() -> None:
    """ "hasn't", "ain't": the tokenizer kept "hasn" and "ain", given names somewhere, as words of their own,
    and speech without capitals made them persons. Invented sentences; a lower-case name beside a
    negation is still found."""
    text = "the landlord still hasn't fixed the boiler and ain't picking up, my cousin brigid hasn't either"
    replaced = _replaced([text])
    assert "hasn't" in replaced and "ain't" in replaced, replaced
    assert "brigid" not in replaced, replaced


def test_a_name_written_once_in_capitals_is_no_acronym() -> None:
    """A popular given name typed in capitals once for emphasis ("I asked KEVIN") is not remembered as an
    acronym, so speech without capitals in a later transcript still has it replaced; an acronym written
    twice is remembered. Invented sentences."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pseudonyms.json"
        _replaced_with_map(
            path, "Honestly I asked KEVIN to send the report again before the audit.", save=True
        )
        later = _replaced_with_map(
            path, "yeah so kevin handled all the invoices last winter and then he left"
        )
        assert "kevin" not in later, later
