"""Addresses read out in words, as speech recognition writes them, and towns with their postcode in
scripts without capitals (``find_spoken_addresses``, ``CASELESS_TOWN_THEN_POSTCODE``). Every address
here is invented."""

from __future__ import annotations

import pytest

from assistant.ingest.pii import find_spoken_addresses, find_structured


@pytest.mark.parametrize(
    ("language", "text", "address"),
    [
        (
            "ru",
            "телефон восемь девять ноль один два три четыре пять шесть семь а посылки на улица садовая дом "
            "двадцать три квартира пять спасибо",
            "улица садовая дом двадцать три квартира пять",
        ),
        (
            "fr",
            "mon mail c'est paul point martin arobase exemple point fr et on habite au huit rue des lilas à lyon",
            "huit rue des lilas",
        ),
        (
            "pt",
            "anota zero nove nove oito sete seis cinco quatro três e o endereço é rua dos pinheiros número "
            "quarenta e dois",
            "rua dos pinheiros número quarenta e dois",
        ),
        ("en", "my address is nine mill road in the old town", "nine mill road"),
        (
            "vi",
            "địa chỉ là hẻm 7 đường hoa mai phường 3 quận 8 nha chị",
            "hẻm 7",
        ),
        (
            "de",
            "meine nummer ist null eins sieben zwei drei vier fünf sechs sieben acht und wir wohnen in der "
            "lindenstraße zwölf",
            "lindenstraße zwölf",
        ),
    ],
)
def test_an_address_read_out_beside_contact_details_is_found(language: str, text: str, address: str) -> None:
    assert ("ADDRESS", address) in [(m.kind, m.text) for m in find_structured(text, languages=[language])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "la calle estaba llena y tuvimos dos clientes nada más"),
        ("pt", "na rua tem muita gente, uns três carros parados"),
        ("fr", "dans la rue il y a trois boulangeries"),
        ("en", "we crossed the road and then walked one more street to the shop"),
        ("id", "di jalan tadi ada dua motor"),
    ],
)
def test_a_street_word_and_a_number_in_ordinary_speech_are_no_address(language: str, text: str) -> None:
    assert [m for m in find_structured(text, languages=[language]) if m.kind == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "ring meg på fire sju sju null to en fem ni, det var en gang til"),
        (
            "es",
            "mi número es dos dos dos tres uno ocho cuatro y la calle estaba llena y tuvimos dos clientes",
        ),
        ("pt", "Na rua onde o meu pai mora tem uma padaria, 11 98765 4321"),
        ("vi", "Đường này không có đèn. 0903 418 276"),
        ("en", "It's a ten minute drive and a six lane road, call 020 7946 0958"),
        ("id", "Saya jalan sama dua teman, 0812 3456 7890"),
        ("es", "Mi carrera de cinco años, 612 345 678"),
        ("it", "un corso di tre mesi, 333 1234567"),
        ("fr", "une place de parking, dans une impasse, on a attendu 06 12 34 56 78"),
        ("en", "We addressed it; it's only a ten minute drive now."),
    ],
)
def test_beside_a_phone_ordinary_speech_is_still_no_address(language: str, text: str) -> None:
    """The last eight were read as addresses by a first version (a review's examples)."""
    assert [m for m in find_structured(text, languages=[language]) if m.kind == "ADDRESS"] == []


def test_a_number_of_times_after_a_street_is_no_house_number() -> None:
    assert list(find_spoken_addresses("a rua principal duas vezes por dia", ["pt"])) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("הכתובת למשלוחים זה הנרקיס 14, חיפה 3100001, תודה.", "הנרקיס 14, חיפה 3100001"),
        ("רחוב האורן 8, באר שבע 8400001.", "רחוב האורן 8, באר שבע 8400001"),
        ("הכתובת שדרות בן גוריון 3, חיפה 3100001, מעל החנות.", "שדרות בן גוריון 3, חיפה 3100001"),
    ],
)
def test_a_hebrew_street_town_and_postcode_are_one_address(text: str, address: str) -> None:
    assert ("ADDRESS", address) in [(m.kind, m.text) for m in find_structured(text, languages=["he"])]


def test_a_number_after_a_town_that_ends_no_clause_is_no_postcode() -> None:
    assert find_structured("מכרנו, חיפה 12000 שקל בחודש.", languages=["he"]) == []


def test_a_russian_postcode_and_region_before_the_town_and_street_are_the_address() -> None:
    text = "Пишите: 630099, Новосибирская обл., г. Бердск, ул. Лесная, д. 5, кв. 2."
    assert [(m.kind, m.text) for m in find_structured(text, languages=["ru"])] == [
        ("ADDRESS", "630099, Новосибирская обл., г. Бердск, ул. Лесная, д. 5, кв. 2")
    ]


def test_a_phone_after_a_street_word_stays_a_phone() -> None:
    text = "Na ulicy Długiej o ósmej rano, 601 234 567"
    assert [(m.kind, m.text) for m in find_structured(text, languages=["pl"])] == [("PHONE", "601 234 567")]
