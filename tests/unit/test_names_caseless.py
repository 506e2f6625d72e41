"""Personal data in scripts without capital letters: names by their grammar and the name index, and the
phones, e-mails and addresses that run straight into Japanese, Chinese and Korean words."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.ingest.names import tokenize
from assistant.ingest.names_caseless import CaselessNameFinder
from assistant.ingest.pii import find_structured
from assistant.ingest.pseudonymise import Pseudonymiser, caseless_script_warning


def _replaced(texts: list[str], language: str, **prepare: Any) -> list[str]:
    pseudonymiser = Pseudonymiser(None, languages=[language])
    pseudonymiser.prepare(texts, **prepare)
    return [pseudonymiser.replace(text) for text in texts]


def test_words_with_vowel_signs_are_one_word() -> None:
    """Devanagari and Bengali vowel signs are combining marks, which ``\\w`` leaves out: a name written
    with them was three one-letter words, so even a listed speaker's name was never replaced."""
    assert [t.text for t in tokenize("राहुल शर्मा जी ने कहा")] == ["राहुल", "शर्मा", "जी", "ने", "कहा"]
    assert [t.text for t in tokenize("ব্যাংকে গেলাম")] == ["ব্যাংকে", "গেলাম"]
    assert _replaced(["कल राहुल ने बताया।"], "hi", speakers=["राहुल"]) == ["कल Person 1 ने बताया।"]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("電話番号は090-1234-5678です。", "PHONE", "090-1234-5678"),
        ("전화번호는 010-1234-5678입니다", "PHONE", "010-1234-5678"),
        ("我的电话是13812345678。", "PHONE", "13812345678"),
        ("رقمي هو 0791234567.", "PHONE", "0791234567"),
        ("メールはtanaka@example.jpです", "EMAIL", "tanaka@example.jp"),
        ("메일은 kim@example.kr입니다", "EMAIL", "kim@example.kr"),
        ("〒150-0001 東京都渋谷区神宮前1-2-3に住んでいます", "ADDRESS", "〒150-0001 東京都渋谷区神宮前1-2-3"),
        ("住所は大阪市北区梅田3丁目4番5号です", "ADDRESS", "大阪市北区梅田3丁目4番5号"),
        ("我住在上海市浦东新区张江路123号3楼", "ADDRESS", "上海市浦东新区张江路123号3楼"),
        ("서울시 강남구 테헤란로 123에 있어요", "ADDRESS", "서울시 강남구 테헤란로 123"),
        ("عنواني شارع النخيل، عمارة 12 في عمان", "ADDRESS", "شارع النخيل، عمارة 12"),
        ("אני גר ברחוב הזית 12 בעיר", "ADDRESS", "ברחוב הזית 12"),
        ("मेरा पता मकान नंबर 12, सेक्टर 5 है", "ADDRESS", "मकान नंबर 12"),
        ("地址在后面，邮编是310013，谢谢", "ADDRESS", "310013"),  # a postcode announced as one
        ("우편번호 06236 입니다", "ADDRESS", "06236"),
    ],
)
def test_contact_data_next_to_words_of_scripts_without_spaces(text: str, kind: str, value: str) -> None:
    assert [(m.kind, m.text) for m in find_structured(text)] == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "第3-4回の会議",
        "この地区は2-3年で",
        "在北京路上开了3家店",
        "去年100号",
        "订单号13812345678",
        "رقم الطلب 0791234567.",
        "部品番号12345678を",
        "価格は1500円です",
    ],
)
def test_numbers_in_those_scripts_are_no_contact_data(text: str) -> None:
    assert find_structured(text) == []


def test_japanese_names_by_honorific_relation_and_introduction() -> None:
    texts = [
        "はい、山口健太と申します。",
        "昨日は営業の山口さんと話しました。患者さんが多くて、パートさんが三人休みました。",
    ]
    first, second = _replaced(texts, "ja", speakers=["山口"])
    # the speaker's surname and the full name of the introduction are one person
    assert first == "はい、Person 1と申します。"
    assert second == "昨日は営業のPerson 1さんと話しました。患者さんが多くて、パートさんが三人休みました。"


def test_a_japanese_full_name_with_nothing_around_it() -> None:
    """A surname and a given name as Japan writes them, a whole run of kanji, with no honorific: the
    person (both names together, and each alone later); a firm named after its founder's surname and a
    surname before a word that is no given name ("正直に", honestly) are not."""
    (out,) = _replaced(
        [
            "昨日、森永隆之から電話があって、森永は来週来ます。高杉精工所に発注しました。高杉正直に言うと高い。"
        ],
        "ja",
    )
    assert "森永" not in out and "隆之" not in out, out
    assert "高杉精工所" in out and "正直に言うと" in out, out


def test_chinese_names_by_title_familiar_prefix_and_introduction() -> None:
    (out,) = _replaced(["王经理说下周开会。老陈也来了。我叫林晓东，在仓库工作。儿子在深圳上学。"], "zh")
    assert "王" not in out and "陈" not in out and "林晓东" not in out and "晓东" not in out
    assert "儿子在深圳上学" in out  # a relation followed by a verb phrase names no one


def test_chinese_self_introduction_with_wo_shi() -> None:
    """ "我是" and a full name ending its clause introduces a person; "我是" before a town's people, a
    role, an adverb, a phrase ending in 的 or a particle, or one that opens with a surname's character
    is no introduction."""
    named = ["你好 我是冯思远 今天想聊聊你的工作", "我是刘晓明。"]
    for out in _replaced(named, "zh"):
        assert "冯思远" not in out and "刘晓明" not in out and "晓明" not in out, out
    plain = [
        "我是白班的，晚上是另一个人。",
        "我是文员啦，主要做表格。",
        "我是钱先付 然后再发货",
        "我是郑州人。",
        "我是老板，我是前台。",
        "我是会计。",
        "我是周末来的",
        "我是江西人。",
        "我是高中毕业",
        "我是常客",
        "我是白天上班",
        "我是钱不够",
        "我是金牌房东",
    ]
    assert _replaced(plain, "zh") == plain


def test_chinese_familiar_names_and_titles_after_a_word() -> None:
    """ "老○" and "小○" before a verb, and a surname with a title after a word such as "早上"
    (morning) are people; "小程序" (a mini-program), "老方法" (the old way), "小于" (less than),
    "语文老师" (the Chinese teacher) are words."""
    (out,) = _replaced(
        [
            "平时老郑帮我管账，小罗负责打扫。早上何经理打电话，晚上我跟宋总商量。"
            "我们做了微信小程序，还是用老方法，数字小于十，语文老师很好。"
        ],
        "zh",
    )
    for name in ("郑", "罗", "何", "宋"):
        assert name not in out, out
    assert "微信小程序" in out and "老方法" in out and "小于十" in out and "语文老师" in out
    (out,) = _replaced(["他叫老孟，保洁靠邓姐带着，隔壁是吕叔家，我问过冯店长。大家都在小红书上发帖。"], "zh")
    for name in ("孟", "邓", "吕", "冯"):
        assert name not in out, out
    assert "小红书" in out, out  # an app, not a given name and a book
    (out,) = _replaced(
        ["小何在吗？老于是我们的组长。我去老贺家吃饭。有问题要向主管汇报，老黄历不用看。"], "zh"
    )
    for name in ("何", "于是", "贺"):
        assert name not in out, out
    assert "向主管汇报" in out and "老黄历" in out, out


def test_korean_names_with_particles_and_titles() -> None:
    (out,) = _replaced(["수민 씨가 어제 왔어요. 김 부장님이 회의를 했어요. 하루가 길어요."], "ko")
    assert "수민" not in out and "김 부장" not in out
    assert "하루가 길어요" in out  # a word the index also lists as a given name, common as a word


def test_arabic_names_with_titles_and_joined_prefixes() -> None:
    (out,) = _replaced(
        ["قالت لي الدكتورة ريم إن المواعيد كثيرة، ولدينا ستة موظفين. وريم تعمل معنا منذ سنة."], "ar"
    )
    assert "ريم" not in out
    assert "ولدينا ستة موظفين" in out  # "and" + "we have", not "and to" + a name


def test_hebrew_names_with_a_title_and_greetings_kept() -> None:
    (out,) = _replaced(["דיברתי עם גברת לוי על התורים. שלום לכולם."], "he")
    assert "לוי" not in out and "שלום לכולם" in out


def test_hindi_names_by_introduction_and_businesses_named_after_someone() -> None:
    (out,) = _replaced(["मेरा नाम अनिल है और मैं दुकान चलाता हूँ। सलमा स्टोर पास में है।"], "hi")
    assert "अनिल" not in out
    assert "मैं दुकान चलाता हूँ" in out  # "I run a shop": a noun between "I" and "am" is no name
    assert "सलमा स्टोर" in out  # a shop named after someone


def test_the_warning_says_what_is_still_missed() -> None:
    warning = caseless_script_warning(["田中さんと話しました。"])
    assert warning is not None and "title" in warning and "name index" in warning


# -- search in those scripts ---------------------------------------------------------------------


def test_search_terms_in_every_script() -> None:
    """Keyword search read the letters a to z only: Greek, Arabic and Japanese interviews had no terms,
    and "ł", "ı", "ø" cut Polish, Turkish and Danish words in two."""
    from assistant.ask.text import tokenize as terms

    assert terms("Łódź, kılınç, Søren") == ["łodz", "kılınc", "søren"]
    assert terms("Οι ελαιοπαραγωγοί") == ["οι", "ελαιοπαραγωγοι"]
    assert terms("राहुल शर्मा") == ["राहुल", "शर्मा"]
    # no spaces: overlapping pairs of characters; a Latin word inside stays a word
    assert terms("注文はFAXで来ます") == ["注文", "文は", "fax", "で来", "来ま", "ます"]
    assert terms("민준이가") == ["민준", "준이", "이가"]  # Korean syllables recomposed after folding
    assert terms("bill.com s/4hana") == ["billcom", "bill", "s4hana", "4hana"]  # as before


def test_languages_named_by_their_script() -> None:
    from assistant.core.words import detect_text_language

    assert detect_text_language("本日はありがとうございます。まず、お仕事について教えてください。") == "ja"
    assert detect_text_language("我住在上海，在仓库工作，每天很忙。") == "zh"
    assert detect_text_language("어제 회의를 했어요. 정말 길었어요.") == "ko"
    assert detect_text_language("The quick brown fox jumps over the lazy dog today.") == "en"


def test_a_latin_name_missing_from_interviews_in_another_script_refuses_nothing(tmp_path: Any) -> None:
    """Japanese speakers write "エクセル" for Excel: its absence from Japanese interviews is no reason to
    say the interviews don't say; from English ones it still is."""
    from datetime import UTC, date, datetime

    from assistant.ask.answering import answer_question
    from assistant.ask.retrieval import InMemoryVectorSearch, Retriever
    from assistant.core.models import Interview, Transcript, Utterance
    from assistant.core.storage import atomic_write_text
    from assistant.core.workspace import Workspace
    from assistant.providers.embeddings import HashingEmbedder

    def workspace(name: str, language: str, answer: str) -> tuple[Workspace, Retriever]:
        root = Workspace.init(tmp_path / name)
        atomic_write_text(
            root.settings_path, '[embeddings]\nprovider = "hashing"\n\n[llm]\nprovider = "none"\n'
        )
        study = Workspace(root.root)
        interview = Interview(
            id="one",
            title="one",
            date=date(2025, 1, 1),
            participant="P",
            source_file="one.txt",
            source_hash="one" * 4,
            format="plain_txt",
            language=language,
            imported_at=datetime(2025, 6, 1, tzinfo=UTC),
        )
        rows = [("I", "interviewer", "?"), ("P", "participant", answer)]
        utterances = [
            Utterance(id=f"one:{n}", speaker=s, role=r, start=float(n), text=t)
            for n, (s, r, t) in enumerate(rows, 1)
        ]
        transcript = Transcript(interview=interview, utterances=utterances)
        study.save_transcript(transcript)
        return study, Retriever(
            study,
            transcripts=[transcript],
            vector_search=InMemoryVectorSearch(HashingEmbedder(), [transcript]),
        )

    question = "Which spreadsheets like Excel do they use for orders?"
    study, retriever = workspace("ja", "ja", "注文はエクセルで管理しています。毎朝ファックスも確認します。")
    assert "Excel" not in (answer_question(study, question, retriever=retriever).reason or "")
    study, retriever = workspace("en", "en", "We manage orders on paper and check the fax every morning.")
    assert "Excel" in (answer_question(study, question, retriever=retriever).reason or "")


def test_name_free_speech_makes_few_persons() -> None:
    """54 excerpts of interview speech with no one's name in them, in nine languages written without
    capitals (a helper wrote them without reading the code; read since, a development check): 40 of
    their words were taken for names before the last rules of 2026-12-05, 22 after (docs/evaluation.md)."""
    import json
    from pathlib import Path

    items = json.loads(
        (Path(__file__).parents[1] / "data" / "caseless_name_free.json").read_text(encoding="utf-8")
    )
    persons = 0
    for item in items:
        pseudonymiser = Pseudonymiser(None, languages=[item["language"]])
        pseudonymiser.prepare([item["text"]])
        pseudonymiser.replace(item["text"])
        persons += sum(key.startswith("Person") for key in pseudonymiser.entities)
    assert len(items) == 54
    assert persons <= 25


def test_someone_greeted_in_hebrew_is_found_with_the_surname_said_elsewhere() -> None:
    """ "שלום <name>," (hello) and "תודה רבה <name>," (thanks a lot) address someone, as "Thanks, <name>."
    does in the scripts with capitals; the surname that follows the same name in the introduction goes
    with it. A given name too rare in the index to count alone is found so. "תודה רבה" and "שלום
    לכולם" (hello everyone) address no one. Invented names."""
    greeted = ["שלום אירינה, תודה שבאת היום.", "אני אירינה זילברמן, אני מנהלת את המשרד כבר שש שנים."]
    assert CaselessNameFinder().find(greeted[1:]).names == []  # alone, nothing says it is a name
    names = dict(CaselessNameFinder().find(greeted).names)
    assert "אירינה זילברמן" in names and "אירינה" in names, names
    assert dict(CaselessNameFinder().find(["שלום אירינה. תודה שבאת היום."]).names)  # a full stop after it
    assert dict(CaselessNameFinder().find(["नमस्ते सुनीता। आप कैसी हैं?"]).names)  # the Devanagari one
    polite = [
        "שלום לכולם, תודה רבה, תודה רבה לך.",
        "مرحبا بكم، شكرا جزيلا.",
        "היי מותק, תודה חמודה, תודה מאמי.",  # hi sweetie, thanks dear: words of endearment
    ]
    assert CaselessNameFinder().find(polite).names == []
