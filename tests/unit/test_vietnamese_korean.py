"""Vietnamese and Korean conventions: addresses, postcodes said with a particle, places named after
people, self-introductions and job titles said with particles. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.ingest.pii import find_structured
from assistant.ingest.pseudonymise import Pseudonymiser
from assistant.personas.occupations import occupation_in
from assistant.personas.titles import dictionary_form


def _addresses(text: str, language: str) -> list[str]:
    return [m.text for m in find_structured(text, languages=[language]) if m.kind == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Cửa hàng ở số 27 đường Nguyễn Trãi, phường 3, quận 5, TP. Hồ Chí Minh.",
         "27 đường Nguyễn Trãi, phường 3, quận 5, TP. Hồ Chí Minh"),
        ("Giao tới 45 Lê Lợi, phường Bến Nghé, quận 1 nha.", "45 Lê Lợi, phường Bến Nghé, quận 1"),
        ("nhà em ở 12/3 Trần Hưng Đạo, P. 5, Q. 10 đó", "12/3 Trần Hưng Đạo, P. 5, Q. 10"),
    ],
)  # fmt: skip
def test_a_vietnamese_address_is_found_whole(text: str, address: str) -> None:
    assert _addresses(text, "vi") == [address]


def test_no_vietnamese_address_without_its_units_nor_a_page_number() -> None:
    assert _addresses("tôi có 3 Quán ở quận 1", "vi") == []
    assert _addresses("see 12 Smith, p. 45 for the table", "en") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [("주소는 강남구 삼성로 123, 우편번호 06284입니다.", "06284"), ("우편번호는 06284예요", "06284"),
     ("郵便番号は150-0001です。", "150-0001")],
)  # fmt: skip
def test_a_postcode_said_with_the_next_word_attached_is_found(text: str, code: str) -> None:
    assert code in _addresses(text, "ko")


def test_vietnamese_places_named_after_people_stay_and_people_go() -> None:
    texts = [
        "Dạ em tên là Phạm Thu Hà, em làm quản lý cửa hàng ở quận Bình Thạnh được ba năm rồi.",
        "Tôi gửi hàng ra Hà Nội, còn ở Đà Nẵng thì giao bằng xe máy.",
        "Tôi là Đỗ Minh Quân, chủ quán ở Hoàn Kiếm. Chị Lan là kế toán.",
        "Cho em Bảo hoặc chị Lan cũng được.",
    ]
    p = Pseudonymiser(languages=("vi",))
    p.prepare(texts)
    out = " ".join(p.replace(t) for t in texts)
    for place in ("Bình Thạnh", "Hà Nội", "Đà Nẵng", "Hoàn Kiếm"):
        assert place in out
    for name in ("Phạm", "Thu Hà", "Minh Quân", "Lan", "Bảo"):
        assert name not in out


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Dạ em làm quản lý cửa hàng ở quận Bình Thạnh được ba năm rồi.", "quản lý cửa hàng"),
        ("Tôi là chủ quán, tôi quyết định hết.", "chủ quán"),
        ("mình làm bên pha chế được hai năm", "pha chế"),
        ("em đang làm trưởng ca ở chi nhánh", "trưởng ca"),
        ("Tôi là chủ hai quán cà phê ở Quận 3.", "chủ"),
        ("Tôi là Đỗ Minh Quân, chủ quán.", None),
        ("Tôi là người quyết định, tôi chỉ đề xuất thôi.", None),
        ("em làm việc ở đây lâu rồi", None),
        ("em làm ca tối", None),
        ("tôi là con gái của bà chủ", None),
    ],
)  # fmt: skip
def test_vietnamese_self_introductions_give_titles_and_grammar_refuses_the_rest(
    text: str, title: str | None
) -> None:
    assert occupation_in(text) == title


@pytest.mark.parametrize(
    ("said", "shown"),
    [("○○학원에서 실장으로", "실장"), ("부원장을 맡고", "부원장"), ("원장입니다", "원장"),
     ("수학 강사로", "수학 강사"), ("데스크 직원이에요", "데스크 직원"), ("전문가", "전문가"),
     ("원장님이", "원장"), ("원장님께서", "원장")],
)  # fmt: skip
def test_a_korean_title_is_shown_without_its_particles_place_and_verb(said: str, shown: str) -> None:
    assert dictionary_form(said, "ko") == shown


def test_korean_verb_forms_and_words_with_their_suffix_are_no_names() -> None:
    """wordfreq's Korean list holds stems and endings apart, so "있고" or "여름에" is missing from it and
    read as rare, as a name is; before a title ("있고 선생님이") or "라고" ("주더라고요") it was a name."""
    from assistant.ingest.names_caseless import CaselessNameFinder

    texts = [
        "그 일 있고 선생님이 아파서 제가 대신 했어요. 답을 안 하면 원장이 싫어해요.",
        "작년 여름에 선생님 한 명이 그만뒀고, 나중에 설명하는 게 어려웠어요.",
        "보여 주더라고요. 그게 좋더라고. 확인을 받으라고 하셨어요. 쌤이라고 불러요.",
        "중등부 맡던 박지훈 선생님이 그만뒀어요. 민준이라고 삼 학년 아이가 있어요.",
    ]
    found = {name for name, _parts in CaselessNameFinder().find(texts, known=[]).names}
    assert {"박지훈", "민준"} <= found
    assert not found & {"있고", "하면", "여름에", "나중에", "설명하", "주더", "좋더", "받으", "쌤이"}


def test_a_korean_question_is_asked_about_its_nouns_without_their_particles() -> None:
    """Korean joins particles to nouns ("수강료를"); its question words and verb forms are no topic."""
    from assistant.ask.terms import specific_words, stem_used, term_present

    assert set(specific_words("학원들은 수강료 미납을 어떻게 관리하나요?")) == {"수강료", "미납"}
    assert "관련해" not in specific_words("교육청 점검과 관련해 어떤 경험이 있었고, 어떻게 대비하나요?")
    indexed = {"수강", "강료", "료는", "미납"}  # the index holds pairs of Hangul letters
    assert term_present("수강료", indexed) and stem_used("수강료", indexed)
    assert not term_present("임대료", indexed) and not stem_used("임대료", indexed)


def test_a_vietnamese_naming_phrase_names_someone() -> None:
    """ "gọi là" (called) and "tên em là" (my name is) announce a name, even an English nickname."""
    texts = ["Cả tiệm quen gọi là Mike, tên thật khác.", "Dạ tên em là Ngọc Anh, em làm thu ngân."]
    p = Pseudonymiser(languages=("vi",))
    p.prepare(texts)
    out = " ".join(p.replace(t) for t in texts)
    assert "Mike" not in out and "Ngọc Anh" not in out


def test_english_given_names_in_lower_case_inside_caseless_speech_are_names() -> None:
    """Speech recognition writes staff's English names in lower case inside Chinese or Korean speech;
    loanwords, products, months and everyday English words stay."""
    from assistant.ingest.names_caseless import CaselessNameFinder

    texts = [
        "店长叫kevin 我上白班 amy 今天 不来 我们 用 excel 和 app 看 房态",
        "sophie 쌤이랑 jason 선생님한테 zoom 으로 보냈어요 kevin.he@example.com will june grace",
    ]
    found = {name for name, _parts in CaselessNameFinder().find(texts).names}
    assert {"kevin", "amy", "sophie", "jason"} <= found
    assert not found & {"excel", "app", "zoom", "will", "june", "grace", "example", "com", "he"}


def test_a_korean_given_name_that_is_an_everyday_word_is_replaced_only_in_the_full_name() -> None:
    """ "김하나"'s given name is "하나" (one): "하나하나" (one by one) stays, as found importing a study."""
    texts = ["데스크의 김하나 선생님이 전화를 받았어요.", "매니저 쓰는 법을 하나하나 가르칩니다."]
    p = Pseudonymiser(languages=("ko",))
    p.prepare(texts)
    first, second = (p.replace(t) for t in texts)
    assert "김하나" not in first and second == texts[1]
