"""Phone numbers read out as words, as speech recognition writes them (``find_spoken_phones``)."""

from __future__ import annotations

import pytest

from assistant.ingest.pii import find_spoken_phones, find_structured
from assistant.ingest.pseudonymise import Pseudonymiser


def _phones(text: str, language: str | None) -> list[str]:
    return [
        m.text for m in find_structured(text, languages=[language] if language else None) if m.kind == "PHONE"
    ]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("en", "you can reach me on oh seven seven nine three four five six seven eight nine anytime",
         "oh seven seven nine three four five six seven eight nine"),
        ("en", "it's five five five, two one three, four four six two", "five five five, two one three, four four six two"),
        ("cs", "volejte na pevnou dva šest osm jedna nula devět tři pět pět díky",
         "dva šest osm jedna nula devět tři pět pět"),
        ("de", "meine nummer ist null eins sieben zwei drei vier fünf sechs sieben acht",
         "null eins sieben zwei drei vier fünf sechs sieben acht"),
        ("fr", "appelez le zéro six quarante et un dix-huit trente-quatre zéro neuf, merci",
         "zéro six quarante"),
        # speech recognition without accents, today's Swedish "fyrtio", Finnish digits as read out
        ("ro", "sunati la zero sapte sase trei doi unu opt noua patru cinci multumesc",
         "zero sapte sase trei doi unu opt noua patru cinci"),
        ("sv", "ring växeln noll tjugo fyrtio två trettio sju tack", "noll tjugo fyrtio två trettio sju"),
        ("fi", "soita vaan nolla neljä kaks viis yks seiska kasi ysi kuus kiitos",
         "nolla neljä kaks viis yks seiska kasi ysi kuus"),
        # Vietnamese digits, and Arabic ones as spoken (colloquial forms, "ه" for "ة")
        ("vi", "số của em là không chín bảy hai tám một sáu ba bốn năm nha chị",
         "không chín bảy hai tám một sáu ba bốn năm"),
        ("ar", "كلمني على صفر تسعه اتنين سبعه تلاته خمسه ستة واحد تمانيه يا ريس",
         "صفر تسعه اتنين سبعه تلاته خمسه ستة واحد تمانيه"),
        # Norwegian written as bokmål ("nb"), with "sju" beside num2words' "syv"
        ("nb", "ja nummeret mitt er fire sju sju null to en fem ni altså", "fire sju sju null to en fem ni"),
        # hundreds as one group of three digits, and the British "double"
        ("ru", "звоните восемь девятьсот шестнадцать триста двадцать один сорок ноль пять спасибо",
         "восемь девятьсот шестнадцать триста двадцать один сорок ноль пять"),
        ("tr", "numaram sıfır üç yüz on iki dört yüz elli altı yirmi, teşekkürler",
         "sıfır üç yüz on iki dört yüz elli altı yirmi"),
        ("tr", "sabit hat sıfır iki yüz on dört beş yüz yirmi üç", "sıfır iki yüz on dört beş yüz yirmi üç"),
        ("en", "ring me on oh one double four nine triple two five one six cheers",
         "oh one double four nine triple two five one six"),
        ("he", "המספר שלי אפס חמש שתיים שלוש ארבע חמש שש שבע שמונה תשע, תודה",
         "אפס חמש שתיים שלוש ארבע חמש שש שבע שמונה תשע"),
    ],
)  # fmt: skip
def test_a_number_read_out_word_by_word_is_a_phone(language: str, text: str, number: str) -> None:
    phones = _phones(text, language)
    assert phones and number in phones[0], phones


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "we counted one two three four five six seven eight boxes"),
        ("en", "it cost forty two thousand and we had three or four staff, two of them part time"),
        ("en", "one or two, maybe three or four, five tops"),
        ("en", "I went on to say two things"),
        ("da", "vi har to eller tre kunder"),
        ("en", "We are at uh two , seven , eight , ten , fifteen point five ."),
        ("vi", "một năm hai lần, không có ba bốn người đâu, năm nay chắc không"),
        ("ar", "عندنا خمسة فصول و سته مدرسين و اتنين اداريين"),
        ("ru", "у нас было триста клиентов и пятьсот заказов за два года"),
        ("en", "a double espresso, then two more and a triple shot"),
        ("ru", "Давление было сто двадцать, сто тридцать, сто сорок, сто пятьдесят."),
        ("es", "cien, doscientos, trescientos, cuatrocientos, quinientos euros"),
    ],
)
def test_counting_and_ordinary_number_words_are_no_phone(language: str, text: str) -> None:
    assert _phones(text, language) == []


def test_number_words_of_other_languages_do_not_join_a_run() -> None:
    """ "on" is ten in Turkish: in an English transcript, or one whose language is unknown, it is not
    part of the number after it; in a Turkish one it is."""
    text = "call me on five five five one two three four five six seven"
    for languages in (["en"], None, []):
        (match,) = find_spoken_phones(text, languages)
        assert match.text == "five five five one two three four five six seven"
    assert [m.text for m in find_spoken_phones("beni ara sıfır beş üç iki yedi dört bir", ["tr"])] == [
        "sıfır beş üç iki yedi dört bir"
    ]


def test_a_read_out_number_is_pseudonymised_and_reversible() -> None:
    pseudonymiser = Pseudonymiser(languages=("en",))
    text = "sure, my mobile is oh seven nine one one two three four five six seven, text me"
    replaced = pseudonymiser.replace(text)
    assert "oh seven nine" not in replaced and "[PHONE-" in replaced


def test_a_number_read_out_and_then_written_out_is_one_phone() -> None:
    """Speech recognition writes the digits too when the speaker repeats them ("..., tedy 412 639 572",
    that is): the written form is the phone when its digits are the ones read out, and nothing else
    near it is (2026-12-05, thirty-second session)."""
    text = "zavolejte na čtyři jedna dva šest tři devět pět sedm dva tedy 412 639 572 a máme 300 400 knih"
    assert _phones(text, "cs") == ["čtyři jedna dva šest tři devět pět sedm dva", "412 639 572"]
    other = "zavolejte na čtyři jedna dva šest tři devět pět sedm dva a máme 300 400 500 knih"
    assert _phones(other, "cs") == ["čtyři jedna dva šest tři devět pět sedm dva"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("我的手机是 幺三八 六二零四 七七九一 你记一下", "幺三八 六二零四 七七九一"),
        ("번호는 공일공 칠삼이팔 오육구일 입니다", "공일공 칠삼이팔 오육구일"),
        (
            "でんわは ぜろはちぜろ いちにさんよん ごーろくななはち です",
            "ぜろはちぜろ いちにさんよん ごーろくななはち",
        ),
    ],
)
def test_a_number_read_out_in_chinese_korean_or_japanese_digits_is_a_phone(text: str, number: str) -> None:
    assert _phones(text, None) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "一二三 四五六 七八九",  # counting
        "二零二三年四月五日 三百二十五个",  # a date and a quantity
        "사이 오일 이사 구이",  # ordinary words made of digit syllables, too few digits
        "幺五九八七幺二三三零六",  # nine digits or more in one run, no groups
        "我在二〇一九、二〇二〇、二〇二一年都去过",  # a list of years
        "구월 구일 이사 이일 오일 사이에 와요",  # dates and words made of digit syllables
    ],
)
def test_digit_words_of_chinese_korean_or_japanese_that_are_no_phone(text: str) -> None:
    assert _phones(text, None) == []


def test_a_double_with_no_digit_after_it_is_no_part_of_the_number() -> None:
    assert _phones("call five five five one two three four, double check it", "en") == [
        "five five five one two three four"
    ]
