"""Names in scripts without capital letters: Japanese, Chinese, Korean, Arabic, Persian, Urdu, Hebrew
and the Indic scripts.

The finder of ``names.py`` reads a name by its capital and weighs the evidence around it; these
scripts have none, and Japanese and Chinese have no spaces either. What still tells a name here is
the grammar around it and the name index (``names-dataset`` holds given names and surnames as their
own countries write them: "田中", "○○", "فلانة", "כהן", "राहुल"):

* **a title or an honorific** next to a word the name index knows ("田中さん", "王经理", "김 부장님",
  "الدكتورة فلانة", "גברת כהן", "<उपनाम> जी"), or after which a word that is rare as a word stands (Arabic,
  Hebrew and the Indic scripts, whose word frequencies ``wordfreq`` knows);
* **an introduction** ("...と申します", "我叫...", "제 이름은 ...", "اسمي ...", "שמי ...", "मेरा नाम ...");
* **a full name**: a given name next to a surname the index knows ("○○△△", "○△△", "أحمد الخطيب");
* in the scripts written with spaces (Arabic, Hebrew, Indic), **a popular given name or surname** that
  is not also one of the language's very common words ("نور", light, and "שלום", hello, need a cue).

Arabic and Hebrew join "and", "to", "the" and prepositions to the next word ("وفلانة", "לפלוני"): a name
is looked up without them. Korean joins its particles and honorifics to the end ("○○이가", "○○씨").
What nothing announces in Japanese or Chinese (a bare "张伟" in the middle of a sentence) is not
found: a surname of one character is also a word there. Every rule is grammar of the language or a
frequency, never a name taken from a study.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.core.words import CJK_LETTERS, WORD_PIECE, zipf_in
from assistant.ingest.lexicon import NameLexicon, calendar_names, name_lexicon, spelled_lower

HAN = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KATAKANA = "\u30a1-\u30fa\u30fc"
HANGUL = "\uac00-\ud7a3"
HANGUL_RUN = re.compile(f"[{HANGUL}]+")
"""A run of Hangul syllables: a Korean word with the particles joined to it."""
ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
HEBREW = "\u0590-\u05ff\ufb1d-\ufb4f"
INDIC = "\u0900-\u0dff"
CASELESS_SPACED = f"{ARABIC}{HEBREW}{INDIC}"
"""Scripts without capitals that write spaces between words."""
_CASELESS_LETTER = re.compile(f"[{CJK_LETTERS}{HANGUL}{CASELESS_SPACED}]")

INDEX_RANK = 3000
"""A word of Japanese, Chinese or Korean letters is a given name or surname when the name index ranks
it this high somewhere (as a given name, for Korean, where short words of two syllables are also
surnames in the index: "우리", we, "사람", person); beyond it the index's noise begins ("大家", landlord,
is ranked 3,199)."""
SPACED_RANK = 20000
"""In the spaced scripts, a word next to a title is a name when the index knows it this well."""
RARE_AS_WORD = 3.5
"""Or when it is rarer than this as a word of the language (Zipf): an unknown name after a title."""
POPULAR_RANK = 1000
"""Without a cue, a given name or surname this popular in the index is a name when it is not too
common a word (``POPULAR_ZIPF``)..."""
POPULAR_ZIPF = 4.8
TOP_RANK = 50
"""...or one of the most popular names, unless it is among the language's commonest words
(``TOP_ZIPF``: "علي" is Ali and "on me", "محمد" and "על" are different words)."""
TOP_ZIPF = 6.0

INDIC_POPULAR_RANK = 10000
"""``POPULAR_RANK`` for names in Indic letters, which the index ranks low (few of its sources wrote them so)."""
_AM = ("हूँ", "हूं", "ہوں")
_ROLE_ENDINGS = frozenset("者員师師士长長手人家屋主客様側方先业業店社课課部係局所院场場区區市县縣町村省")
"""Characters that end nouns of roles, trades and places in Japanese and Chinese ("-者", "-員", "-師",
"-屋", "-所"): a run ending in one is no name."""
BARE_RANK = 1000
"""In Japanese and Chinese, two or three characters that the name index ranks this high as a given name
are a name with nothing around them, when they are no common word (``BARE_ZIPF``): "△△", "某某"."""
BARE_ZIPF = 3.0
CUED_ZIPF = 3.8
"""After a title, an honorific, a relation or an introduction, characters rarer than this as a word are
a name even when the index does not know them ("△△くん", "○○さん"); "患者さん", "パートさん" are
words."""

# -- the grammar of names, per script (titles, honorifics, introductions) -------------------------

JA_AFTER = (
    "さん",
    "さま",
    "様",
    "先生",
    "くん",
    "君",
    "ちゃん",
    "氏",
    "殿",
    "部長",
    "課長",
    "係長",
    "社長",
    "店長",
    "主任",
    "専務",
    "常務",
    "会長",
    "院長",
    "所長",
    "室長",
    "先輩",
    "教授",
    "と申します",
    "といいます",
    "と言います",
    "って言います",
)
"""Japanese honorifics and titles written after a surname or given name, and the endings of an
introduction ("田中と申します")."""
ZH_AFTER = (
    "先生",
    "女士",
    "小姐",
    "老师",
    "老師",
    "经理",
    "經理",
    "总",
    "總",
    "主任",
    "医生",
    "醫生",
    "大夫",
    "师傅",
    "師傅",
    "阿姨",
    "叔叔",
    "律师",
    "律師",
    "老板",
    "老闆",
    "同学",
    "同學",
    "太太",
    "姐",
    "哥",
    "叔",
    "伯",
    "婶",
    "嫂",
    "店长",
    "店長",
    "厂长",
    "廠長",
    "院长",
    "院長",
    "校长",
    "校長",
    "科长",
    "科長",
    "处长",
    "處長",
    "局长",
    "局長",
    "部长",
    "部長",
    "主管",
    "总监",
    "總監",
    "会计",
    "會計",
    "老板娘",
    "老闆娘",
)
"""Chinese titles written after a surname or full name ("王经理", "张伟老师")."""
JA_RELATIONS = (
    "娘",
    "息子",
    "夫",
    "妻",
    "主人",
    "嫁",
    "彼氏",
    "彼女",
    "妹",
    "姉",
    "弟",
    "兄",
    "母",
    "父",
    "義母",
    "義父",
    "孫",
    "友達",
    "同僚",
    "上司",
    "部下",
    "後輩",
    "先輩",
    "相方",
)
"""Japanese relations written before a name with の ("娘の△△", "同僚の○○"): the name's cue."""
ZH_RELATIONS = (
    "老公",
    "老婆",
    "丈夫",
    "妻子",
    "太太",
    "儿子",
    "兒子",
    "女儿",
    "女兒",
    "同事",
    "老板",
    "老闆",
    "朋友",
    "妹妹",
    "姐姐",
    "弟弟",
    "哥哥",
    "表姐",
    "表妹",
    "外甥",
    "女婿",
    "媳妇",
    "徒弟",
    "师傅",
    "師傅",
    "会计",
    "會計",
    "顾客",
    "顧客",
)
"""Chinese relations and roles written right before a name ("老公某某某", "女儿某某")."""
_ZH_FUNCTION = frozenset(
    "在是的了也都就还還说說和跟给給对對从從到去来來有没沒不很太要会會能可把被让讓今已他她它我你们們宛"
)
"""Characters that open a verb phrase or a preposition after a relation ("儿子在深圳"), never a name."""
_ZH_PARTICLES = frozenset("啊呀啦吧呢嘛哦喔呗嘞哈")
"""Sentence-final particles: "我是文员啦" ends a clause with one, a name does not."""
_ZH_BEFORE_PERSON = frozenset("叫找问問请請帮幫替靠由向与與同陪等教送谢謝过過着著")
"""Verbs and prepositions that take a person ("靠○姐", "问○经理", "叫老○"), and the aspect particles that end
a verb ("问过○店长"): a name may start after one."""
_PREPOSITION_SURNAMES = frozenset("向于")
"""Surnames that are also prepositions before a title ("向主管汇报", report to the supervisor): no name
there."""
ZH_BEFORE = ("老", "小", "阿")
"""Chinese familiar prefixes before a surname ("老王", "小李")."""
ZH_INTRO = ("我叫", "叫我", "名字叫", "名字是", "叫他", "叫她")
ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚"
    "沈钟姜崔谭陆范汪廖石金贾夏韦傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤"
    "康易乔赖文施洪庄温齐柯翁"
    "張劉陳楊黃趙吳孫馬許鄭謝韓馮鄧蕭蔣葉蘇呂盧鍾陸賈韋鄒龍賴錢顧龔嚴歐湯喬莊溫齊"
)
"""The commonest Chinese surnames (simplified and traditional): one character, and most of them also a
word, so one counts only next to a title, a familiar prefix or an introduction."""
_HAN_TITLES = frozenset(t for t in (*JA_AFTER, *ZH_AFTER) if len(t) >= 2)
"""Titles that the name index also lists as given names ("先生" is ranked 2,622): never a name."""
KO_TITLES = (
    "씨",
    "님",
    "선생님",
    "선생",
    "부장님",
    "부장",
    "과장님",
    "과장",
    "차장님",
    "차장",
    "대리님",
    "대리",
    "팀장님",
    "팀장",
    "사장님",
    "사장",
    "원장님",
    "원장",
    "실장님",
    "실장",
    "대표님",
    "대표",
    "이사님",
    "주임님",
    "주임",
    "교수님",
    "선배",
    "언니",
    "오빠",
    "누나",
    "형",
)
"""Korean honorifics and titles after a name, as a word of their own or joined to it ("○○ 씨",
"김 부장님", "○○씨")."""
KO_PARTICLES = tuple(
    sorted(
        (
            "이가 이는 이를 이랑 이한테 이도 이의 이에게 이하고 이네 이와 "
            "가 는 은 을 를 의 도 에게 한테 랑 와 과 께서 께 하고 이 야 아 만 부터 까지 처럼 보다 네"
        ).split(),
        key=len,
        reverse=True,
    )
)
"""Korean particles a name takes at its end ("○○이가", "○○이는", "△△을")."""
KO_INTRO = ("이름은", "이름이")
KO_TITLED_SURNAMES = frozenset("김박최강윤장임한오서신권황안송류홍")
"""The commonest Korean surnames that are no everyday word: one of them alone before a title is a
person ("김 부장님"); "이 선생님" is "this teacher", "옆 반 선생님" "the next class's teacher"."""
KO_WORD_ZIPF = 4.5
"""A Korean word the index ranks as a given name but this common as a word ("하루", a day) is the word."""
KO_ADNOMINAL = frozenset("한는던된할될인운은을신")
"""Last syllables of a Korean verb in its adnominal form ("근무한 선생님", the teacher who worked): before
a title it describes the person, it does not name them."""
KO_CALLED = ("이라고", "라고", "입니다", "이에요", "예요", "이고요", "이구요")
"""Korean endings after a name: "called" ("○○이라고 부르는데") and the copula of an introduction
("○△△입니다"); a stem before one is a name only when the index knows it or it is rare as a word."""
KO_VERB_ENDINGS = frozenset("고면며더게요죠네려에")
"""Last syllables of a Korean verb or adjective form that joins the next clause or ends a sentence
("있고", "하면", "좋더", "나오면"), and the particle "에" ("전에"): after a common stem, never the end of
a given name. Not "서", "니", "다", "자", "지", "아", which end popular given names too."""
KO_SUFFIXES = frozenset("에면고한하꾼자로도를을는게더요")
"""Last syllables that join a common word to its particle, verb ending or person suffix ("여름에",
"이상한", "설명하", "진행자", "구경꾼"): three syllables ending so, whose first two are a common word,
are that word, not a surname and a given name."""
KO_STEM_ZIPF = 6.0
"""A one-syllable verb stem this common in wordfreq's Korean list (which lists stems and endings
apart: "있", "하", "좋") before a verb ending is a verb form, not a name."""
KO_WORD_STEM_ZIPF = 4.5
"""A two-syllable word this common before a suffix ("여름" + "에") is the word."""
KO_QUOTING = frozenset("더으다냐자")
"""Syllables before "라고" that make it a quoted or reported verb ("주더라고요", "받으라고"), not "called"."""
LATIN_NAME_RANK = 200
"""How popular a given name (best rank in any country) a lower-case Latin word in a caseless-script
transcript must be to be read as a name without a cue."""
_LATIN_LOWER = re.compile(r"(?<![A-Za-z0-9_@./:#-])[a-z]{3,}(?![A-Za-z0-9_@]|\.[a-z])")
"""A lower-case word in Latin letters (perhaps joined to letters of the script: "店长叫<name>"), not part of
an e-mail address, a web address or a handle."""
KO_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄변채원천방공현함염"
    "여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
"""The commonest Korean surnames (one syllable): a full name is one of them and a given name the index
knows ("박" + "△△")."""

ARABIC_BEFORE = frozenset(
    (
        "السيد السيدة سيد سيدة الأستاذ الأستاذة الاستاذ الاستاذة أستاذ أستاذة استاذ استاذة الدكتور الدكتورة "
        "دكتور دكتورة د المهندس المهندسة مهندس مهندسة الحاج الحاجة الشيخ شيخ أبو ابو أبي ابي أم ام "
        "الأخ الأخت أخي اخي أختي اختي عمي خالي عمتي خالتي زميلي زميلتي مديري مديرتي صديقي صديقتي الآنسة "
        "آنسة مدام المدام مستر "
        # Persian and Urdu
        "آقای آقا خانم دکتر مهندس جناب محترمہ محترم ڈاکٹر"
    ).split()
)
"""Titles, kunyas, relations and the vocative before a name in Arabic, Persian and Urdu."""
SPACED_RELATIONS = frozenset(
    (
        "ابني ابنتي بنتي زوجي زوجتي مرتي مراتي جوزي أخويا اخويا خطيبي خطيبتي صاحبي صاحبتي "
        "پسرم دخترم همسرم شوهرم برادرم خواهرم بیٹا بیٹی بیوی شوہر "
        "בת בני בתי אשתי בעלי אחי אחותי "
        "पत्नी पति बेटी बेटा भाई बहन भाभी दोस्त बच्चे স্ত্রী স্বামী মেয়ে ছেলে বোন"
    ).split()
)
"""Relations written right before a name in the spaced scripts ("وابني فلان", "पत्नी <नाम>"): its cue."""
BUSINESS_BEFORE = frozenset(
    (
        "شركة شركه مؤسسة سفريات ورشة مكتب محل محلات صيدلية مطعم مستشفى عيادة مدرسة مدارس معرض مصنع مخبز "
        "أكاديمية اكاديمية معهد جامعة كلية روضة حضانة مركز مجمع "
        # places named after someone: a district, a hill, a square, a street
        "جبل حي ضاحية منطقة دوار ميدان طريق شارع "
        "רחוב שכונת קיבוץ מושב "
        "شرکت فروشگاه کارخانه رستوران داروخانه کمپنی دکان "
        "חברת משרד מסעדת מרפאת סלון חנות בית קפה מאפיית מוסך "
        "कंपनी दुकान फैक्ट्री होटल अस्पताल क्लिनिक स्कूल ढाबा কোম্পানি দোকান"
    ).split()
)
"""Kinds of business, and of places named after someone (a district, a street), written before their
name ("سفريات ...", "جبل ...", "סלון ...", "दुकान ..."): a name after one is the business's or the place's,
kept."""
BUSINESS_AFTER = frozenset(
    (
        "स्टोर भंडार स्कूल कंपनी अस्पताल क्लिनिक ट्रेडर्स एंटरप्राइजेज एंटरप्राइज़ेज़ होटल ढाबा मेडिकल वस्त्र "
        "नगर मार्ग चौक रोड कॉलोनी "
        "ज्वैलर्स इंडस्ट्रीज मार्ट पब्लिक कॉलेज विद्यालय फार्मा सन्स सन्ज़ ट्रांसपोर्ट "
        "স্টোর ভাণ্ডার স্কুল কোম্পানি হাসপাতাল ট্রেডার্স এন্টারপ্রাইজ হোটেল "
        "ٹریڈرز سٹور اسٹور اسکول کمپنی ہسپتال"
    ).split()
)
"""Kinds of business written after their name in the Indic scripts and Urdu ("<name> वस्त्र भंडार", a
cloth store): the name is the business's."""
ARABIC_AFTER = frozenset("صاحب صاحبہ بھائی باجی جان جی".split())
"""Honorifics after a name (Urdu "صاحب", "بھائی", Persian "جان")."""
ARABIC_INTRO = frozenset("اسمي اسمى إسمي اسمم نام".split())
""""My name (is)": Arabic "اسمي", Persian "اسمم", Urdu "میرا نام" (its last word)."""
ARABIC_PREFIXES = ("وبال", "وال", "فال", "بال", "لل", "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
"""Conjunctions and prepositions Arabic writes joined to the next word ("وفلانة", "لأحمد")."""
HEBREW_BEFORE = frozenset(
    'מר גברת גב\' גב׳ ד"ר ד״ר דוקטור פרופ\' פרופ׳ פרופסור עו"ד עו״ד רו"ח רו״ח הרב רב'.split()
)
HEBREW_INTRO = frozenset("שמי".split())
HEBREW_PREFIXES = (
    "שכש",
    "וכש",
    "ומה",
    "ושה",
    "וש",
    "שב",
    "וב",
    "ול",
    "ומ",
    "מה",
    "שה",
    "כש",
    "ו",
    "ה",
    "ב",
    "ל",
    "מ",
    "ש",
    "כ",
)
"""Prefixes Hebrew writes joined to the next word ("ולפלוני", "שפלונית")."""
SPACED_GREETINGS = frozenset(
    (
        "שלום|היי|הי|אהלן|תודה|תודה רבה|בוקר טוב|ערב טוב|להתראות|ביי|"
        "مرحبا|مرحباً|أهلا|اهلا|أهلاً|اهلاً|شكرا|شكراً|شكرا جزيلا|شكراً جزيلاً|صباح الخير|مساء الخير|"
        "سلام|ممنون|مرسی|خداحافظ|شکریہ|"
        "नमस्ते|नमस्कार|धन्यवाद|शुक्रिया|নমস্কার|ধন্যবাদ"
    ).split("|")
)
"""Greetings and thanks of the spaced scripts, of one or two words ("שלום", hello, "תודה רבה", thanks a
lot, "شكراً", "धन्यवाद"): a word after one that ends the phrase ("שלום <name>, ...") is the person
addressed, as "Thanks, <name>." is in the scripts with capitals."""
_VOCATIVE_END = re.compile(r"\s*(?:[,.!?،؛؟:;…।॥]|$)")
GREETED_ZIPF = 4.0
"""A word addressed after a greeting alone is a name when it is rarer than this as a word and the index
knows it as a given name within ``INDEX_RANK`` (``SPACED_RANK`` in Indic letters): "שלום מותק", hello
sweetie, addresses no one by name."""
INDIC_BEFORE = frozenset("श्री श्रीमती सुश्री डॉ डॉ. डॉक्टर कुमारी मिस्टर मिसेज मिसेज़ শ্রী শ্রীমতী ডাঃ ডক্টর জনাব".split())
INDIC_AFTER = frozenset("जी साहब साहिब भाई भैया दीदी बहन दा দা দি বাবু সাহেব ভাই আপা".split())
INDIC_INTRO = frozenset("नाम নাম".split())
""""Name" in "मेरा नाम ... है", "আমার নাম ...": the word after it is the speaker's name."""
INDIC_SUFFIXES = ("दा", "दी", "জী", "দা", "দি")
"""Bengali and Hindi kinship honorifics written joined to the name ("রাহুলদা")."""


WORD_BEFORE_ZIPF = 4.0
"""Two Chinese characters this common as a word ("早上", morning; "平时", usually) end a word, so the
character after them can start a name ("早上○经理")."""
JOINED_ZIPF = 3.0
"""A surname's character and the character beside it this common as a word belong to that word
("程序", program, in "小程序"; "上何" is none)."""


def _opens(text: str, at: int) -> bool:
    """Whether a Chinese word can start at ``at``: after no character, a non-Han one, a function
    character, a familiar prefix ("老王") or a common two-character word that the character before
    ``at`` does not form another word with ("早上" in "早上○经理"); "语文老师", "总结", "对方经理"
    end in a surname's character inside a word."""
    before = text[at - 1 : at] if at > 0 else ""
    if (
        not before
        or before in _ZH_FUNCTION
        or before in _ZH_BEFORE_PERSON
        or before in ZH_BEFORE
        or not re.match(f"[{HAN}]", before)
    ):
        return True
    return (
        at >= 2
        and listed_zipf(text[at - 2 : at], "zh") >= WORD_BEFORE_ZIPF
        and listed_zipf(text[at - 1 : at + 1], "zh") < JOINED_ZIPF
    )


FAMILIAR_WORD_ZIPF = 3.5
"""A familiar prefix and a surname this common as a word are that word ("小马", pony; "小于", less
than); a familiar prefix and the commonest surnames make words from Zipf 1 to 3.3 in that list, as
jieba cuts them out of text."""


def _familiar(text: str) -> list[str]:
    """ "老○", "小○", "阿○": a familiar prefix and a surname, where a word can start, that are not a
    common word together and whose surname does not start a word with the next character ("小程序", a
    mini-program; "老方法", the old way)."""
    found = []
    for at in range(len(text) - 1):
        if text[at] not in ZH_BEFORE or text[at + 1] not in ZH_SURNAMES or not _opens(text, at):
            continue
        pair, following = text[at : at + 2], text[at + 2 : at + 3]
        if listed_zipf(pair, "zh") >= FAMILIAR_WORD_ZIPF:
            continue
        if (
            following
            and re.match(f"[{HAN}]", following)
            and following not in _ZH_FUNCTION
            and following != "家"
        ):
            # ("小○在吗", "老○是", "老○家" are the person, whatever word the characters also make)
            if (
                listed_zipf(text[at + 1 : at + 3], "zh") >= JOINED_ZIPF
                or listed_zipf(pair + following, "zh") > 0
            ):
                continue
        found.append(pair)
    return found


def _name_like(chars: str, language: str = "zh") -> bool:
    """Whether a run of kanji could be a name: no title in it, no Chinese function character (in
    Chinese text: Japanese given names are written with 也, 和, 太), and not ending in a character that
    makes a noun of a role or a place ("保護者", guardian; "荷主", shipper; "業者")."""
    return (
        not any(t in chars for t in _HAN_TITLES)
        and (language == "ja" or not any(c in _ZH_FUNCTION for c in chars))
        and chars[-1] not in _ROLE_ENDINGS
    )


_CUE_WORDS = frozenset(
    (
        *ARABIC_BEFORE,
        *ARABIC_AFTER,
        *ARABIC_INTRO,
        *HEBREW_BEFORE,
        *HEBREW_INTRO,
        *INDIC_BEFORE,
        *INDIC_AFTER,
        *INDIC_INTRO,
        *SPACED_RELATIONS,
        *BUSINESS_BEFORE,
        *BUSINESS_AFTER,
    )
)
"""Titles, relations and kinds of business: words that announce a name, never names themselves."""


@dataclass
class CaselessNames:
    """Names found in caseless scripts: each with the parts that name the same person alone."""

    names: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    def add(self, name: str, parts: Iterable[str] = ()) -> None:
        name = name.strip()
        if len(name) < 2 or any(name == known for known, _ in self.names):
            return
        self.names.append((name, tuple(p for p in parts if len(p) >= 2 and p != name)))


@lru_cache(maxsize=3)
def _frequencies(language: str) -> dict[str, float]:
    """``wordfreq``'s word list of Japanese, Chinese or Korean, read whole: looking up one word with
    ``zipf_frequency`` would first segment it with MeCab or jieba, which we do not ship."""
    try:
        from wordfreq import get_frequency_dict

        return dict(get_frequency_dict(language))
    except (ImportError, LookupError, OSError):
        return {}


def listed_zipf(word: str, language: str) -> float:
    """Zipf frequency of ``word`` in the Japanese, Chinese or Korean word list (0 when not listed)."""
    frequency = _frequencies(language).get(word)
    return math.log10(frequency) + 9 if frequency else 0.0


@lru_cache(maxsize=1)
def japanese_names() -> tuple[frozenset[str], frozenset[str]]:
    """Japanese surnames and given names as written in kanji (``japanese-personal-name-dataset``, MIT:
    the 2,000 commonest surnames with their bearers, and the kanji spellings of given names by their
    reading); empty sets when the package is missing."""
    import csv
    import importlib.resources

    try:
        folder = importlib.resources.files("japanese_personal_name_dataset") / "dataset"
        with (folder / "last_name_org.csv").open(encoding="utf-8") as handle:
            surnames = frozenset(row[0] for row in csv.reader(handle) if row)
        given: set[str] = set()
        for name in ("first_name_man_org.csv", "first_name_woman_org.csv"):
            with (folder / name).open(encoding="utf-8") as handle:
                for row in csv.reader(handle):
                    given.update(row[2:])
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset(), frozenset()
    return surnames, frozenset(given)


JA_GIVEN_ZIPF = 4.5
"""A kanji spelling of a given name this common as a word of the Japanese list ("正直", honest, 4.9;
"自由", freedom) is read as that word after a surname. The list holds the words MeCab cuts text into,
given names among them (popular ones between 3 and 4); the bound is the finder's for a name that is
also a common word (``names.NAME_WORD_ZIPF``)."""

JOINED_WORD_ZIPF = 4.0
"""A word with a prefix joined to it that is this common a word as it stands ("لدينا", we have) is that
word, not the prefix and a name ("دينا")."""


def _spaced_languages(word: str) -> tuple[str, ...]:
    """The word lists a word of Arabic or Hebrew letters is looked up in."""
    return ("he",) if re.match(f"[{HEBREW}]", word) else ("ar", "fa", "ur")


def _zipf_spaced(word: str) -> float:
    return max(zipf_in(word, language) for language in _spaced_languages(word))


def joined_word(word: str) -> bool:
    """Whether ``word``, as written, is a common word of Arabic, Persian, Urdu or Hebrew."""
    return _zipf_spaced(word) >= JOINED_WORD_ZIPF


def own_word(word: str, rest: str) -> bool:
    """Whether ``word``, a prefix joined to ``rest``, is a word of its own rather than the prefix and
    ``rest``: it is common, and more common than ``rest`` ("لدينا", we have, against "دينا"; a prefixed
    form is rarer than its word, "وأحمد" than "أحمد")."""
    return joined_word(word) and _zipf_spaced(word) >= _zipf_spaced(rest)


def prefix_splits(word: str) -> list[tuple[str, str]]:
    """Each prefix of Arabic or Hebrew ``word`` could start with, and what follows it (two letters or
    more)."""
    return [
        (p, word[len(p) :])
        for p in (*ARABIC_PREFIXES, *HEBREW_PREFIXES)
        if word.startswith(p) and len(word) - len(p) >= 2
    ]


def prefixed_word(word: str) -> bool:
    """Whether ``word`` is a prefix ("and", "to", "the") joined to a common word that is no name
    ("ولدينا": "and" + "we have"), so that no name is to be read in it."""
    return any(
        joined_word(rest) and min(name_lexicon().ranks(rest)) > SPACED_RANK for _, rest in prefix_splits(word)
    )


_SPACED_WORD = re.compile(rf"[^\W\d_](?:{WORD_PIECE}|[\d'\"׳״.-])*")


def _spaced_words(text: str) -> list[tuple[str, int, int]]:
    """The words of a text in a spaced script, each without the full stop, hyphen or quotation mark that
    ends it, with the start and end of the match (which holds them)."""
    return [(m.group(0).rstrip(".-'\""), m.start(), m.end()) for m in _SPACED_WORD.finditer(text)]


def has_caseless_text(texts: Sequence[str]) -> bool:
    """Whether any text has letters of a script without capitals."""
    return any(_CASELESS_LETTER.search(text) for text in texts)


class CaselessNameFinder:
    """Finds names in scripts without capital letters (see the module docstring)."""

    def __init__(self, lexicon: NameLexicon | None = None) -> None:
        self.lexicon = lexicon or name_lexicon()

    # -- the name index ----------------------------------------------------------------------
    def _given(self, word: str) -> bool:
        return self.lexicon.ranks(word)[0] <= INDEX_RANK

    def _surname(self, word: str) -> bool:
        return self.lexicon.ranks(word)[1] <= INDEX_RANK

    def _known(self, word: str) -> bool:
        first, last = self.lexicon.ranks(word)
        return min(first, last) <= INDEX_RANK

    def find(self, texts: Sequence[str], known: Iterable[str] = ()) -> CaselessNames:
        found = CaselessNames()
        for text in texts:
            if not _CASELESS_LETTER.search(text):
                continue
            self._japanese_chinese(text, found)
            self._korean(text, found)
            self._spaced(text, found)
            self._latin_lower(text, found)
        self._extend_known(texts, [*known, *(name for name, _ in found.names)], found)
        self._extend_spaced(texts, found)
        return found

    def _extend_spaced(self, texts: Sequence[str], found: CaselessNames) -> None:
        """A given name found alone in Arabic, Hebrew or Indic letters (the person greeted, "שלום
        <name>,") followed elsewhere by a word the index knows as a surname and that is no common word
        is that person's full name there ("אני <name> <surname>, ..."): the surname goes with it."""
        singles = {name for name, _parts in found.names if " " not in name and self._script(name)}
        if not singles:
            return
        for text in texts:
            words = _spaced_words(text)
            for k in range(len(words) - 1):
                name, nxt = words[k][0], words[k + 1][0]
                script = self._script(name)
                if name not in singles or script is None or self._script(nxt) != script:
                    continue
                # between the words as written (a full stop after the name ends the sentence)
                if text[words[k][1] + len(name) : words[k + 1][1]].strip() or nxt in _CUE_WORDS:
                    continue
                if self._bare(nxt, script) != nxt:
                    continue  # "<name> ו<name>": "and" joins someone else
                limit = POPULAR_RANK if script == "arabic" else SPACED_RANK
                if self.lexicon.ranks(nxt)[1] <= limit and self._zipf(nxt, script) < POPULAR_ZIPF:
                    found.add(f"{name} {nxt}", (name, nxt))

    # -- English given names in lower case ---------------------------------------------------------
    def _latin_lower(self, text: str, found: CaselessNames) -> None:
        """English given names that speech recognition wrote in lower case in a transcript in a script
        without capitals (staff called by an English name in Chinese or Korean speech): there a
        Latin word is a loanword, a product or a name. A name when it is one of the ``LATIN_NAME_RANK``
        most popular given names somewhere, no lower-case word of the English spelling dictionary
        ("will", "grace", "app") and no month or weekday ("june")."""
        for match in _LATIN_LOWER.finditer(text):
            word = match.group(0)
            if (
                self.lexicon.ranks(word.capitalize())[0] <= LATIN_NAME_RANK
                and spelled_lower(word, "en") is False
                and word not in calendar_names("en")
            ):
                found.add(word)

    # -- Japanese and Chinese ------------------------------------------------------------------
    def _han_name(self, run: str) -> tuple[str, tuple[str, ...]] | None:
        """The name that ends a run of kanji: a given name or surname the index knows, with a surname
        before it when there is one ("○○△△" -> ("○○△△", ("○○", "△△")))."""
        for size in range(min(4, len(run)), 1, -1):
            tail = run[-size:]
            if not self._known(tail) or any(title in tail for title in _HAN_TITLES):
                continue
            head = run[:-size]
            for cut in range(min(3, len(head)), 0, -1):
                surname = head[-cut:]
                if (cut >= 2 and self._surname(surname)) or (cut == 1 and surname in ZH_SURNAMES):
                    return surname + tail, (surname, tail)
            return tail, ()
        return None

    def _listed(self, chars: str, language: str) -> bool:
        """Whether rarity in the word list says anything about ``chars``: the Japanese list holds the
        words MeCab cuts text into, so a compound ("金型", a mould) is missing from it like a name;
        there the name index must know the characters too."""
        return language != "ja" or min(self.lexicon.ranks(chars)) <= SPACED_RANK

    def _rare(self, word: str, language: str, bar: float = CUED_ZIPF) -> bool:
        return listed_zipf(word, language) < bar

    def _han_head(self, run: str, language: str) -> tuple[str, tuple[str, ...]] | None:
        """The name that opens a run of kanji after a cue ("娘の△△っていって", "老公某某某在"): a surname
        and a given name, a name the index knows, or two or three characters rare as a word."""
        for cut in (2, 1):
            surname = run[:cut]
            if (cut == 2 and self._surname(surname)) or (cut == 1 and surname in ZH_SURNAMES):
                for size in (2, 1) if language == "zh" else (2, 3):
                    given = run[cut : cut + size]
                    if len(given) == size and (self._given(given) or self._rare(given, language, BARE_ZIPF)):
                        if cut + size >= 3 and not any(t in given for t in _HAN_TITLES):
                            return surname + given, (surname, given) if cut == 2 else (given,)
        for size in (3, 2):
            head = run[:size]
            if len(head) == size and not any(t in head for t in _HAN_TITLES):
                if self._known(head) and self._rare(head, language, 4.5):
                    return head, ()
        if (
            len(run) <= 3
            and self._rare(run, language)
            and _name_like(run, language)
            and self._listed(run, language)
        ):
            return run, ()  # two or three characters rare as a word, ending the run ("娘の△△っていって")
        return None

    def _japanese_chinese(self, text: str, found: CaselessNames) -> None:
        language = "ja" if re.search("[\u3040-\u30ff]", text) else "zh"
        # a run of kanji or katakana right before an honorific, a title or an introduction's ending
        for honorific in (*JA_AFTER, *ZH_AFTER):
            for match in re.finditer(re.escape(honorific), text):
                before = text[max(0, match.start() - 8) : match.start()]
                katakana = re.search(f"[{KATAKANA}]{{2,10}}$", before)
                if katakana:
                    if self._known(katakana.group(0)) or self._rare(katakana.group(0), "ja"):
                        found.add(katakana.group(0))
                    continue
                run = re.search(f"[{HAN}]{{1,8}}$", before)
                if run is None:
                    continue
                chars = run.group(0)
                name = self._han_name(chars)
                if name is not None:
                    found.add(name[0], name[1])
                elif (
                    language == "zh"
                    and honorific in ZH_AFTER
                    and chars[-1] in ZH_SURNAMES
                    and chars[-1] not in _PREPOSITION_SURNAMES
                ):
                    # "王经理": a surname of one character, named with its title, where the name starts a
                    # word ("语文老师", "总结", "对方经理" are words that end in a surname's character)
                    n, at = len(chars), match.start() - len(before) + run.start()
                    if (
                        n >= 3
                        and chars[-3] in ZH_SURNAMES
                        and chars[-2:] not in ZH_AFTER
                        and _opens(text, at + n - 3)
                    ):
                        found.add(chars[-3:], (chars[-2:],))  # surname and a given name of two characters
                    elif (
                        n >= 2
                        and chars[-2] in ZH_SURNAMES
                        and chars[-2] not in ZH_BEFORE
                        and _opens(text, at + n - 2)
                    ):
                        found.add(chars[-2:], ())
                    elif _opens(text, at + n - 1):
                        found.add(chars[-1] + honorific, ())
                elif (
                    2 <= len(chars) <= 3
                    and len(honorific) > 1  # "大哥", "空姐" are words: 哥 and 姐 name only after a surname
                    and self._rare(chars, language)
                    and _name_like(chars, language)
                    and self._listed(chars, language)
                ):
                    found.add(chars)
        # a Japanese full name that is a whole run of kanji: a surname of two or three characters and a
        # given name of two or three, as Japan writes them ("○○△△は", "○○△△△と"); a company or a place
        # goes on with a word that is no given name ("○○製作所", "○○工場")
        if language == "ja":
            surnames, given_names = japanese_names()
            for match in re.finditer(f"(?<![{HAN}])[{HAN}]{{4,6}}(?![{HAN}])", text):
                kanji = match.group(0)
                for cut in (2, 3):
                    surname, given = kanji[:cut], kanji[cut:]
                    if (
                        2 <= len(given) <= 3
                        and surname in surnames
                        and given in given_names
                        and listed_zipf(given, "ja") < JA_GIVEN_ZIPF
                        and listed_zipf(kanji, "ja") == 0
                    ):
                        found.add(kanji, (surname, given))
                        break
        # a Japanese self-introduction: "<name>です" ending its clause ("企画している○○です。")
        if language == "ja":
            for match in re.finditer(f"([{HAN}]{{2,4}})です(?=[。、．,.!！?？\\s]|$)", text):
                name = self._han_name(match.group(1))
                # a word the Japanese list knows well ("成功です", success) is no one, unless it splits
                # into a surname and a given name
                if name is not None and _name_like(name[0], "ja") and (name[1] or self._rare(name[0], "ja")):
                    found.add(name[0], name[1])
        if language == "zh":
            for familiar_name in _familiar(text):
                found.add(familiar_name, ())
        else:
            function = "".join(sorted(_ZH_FUNCTION)) + "叫"
            familiar = f"(?:(?<![{HAN}])|(?<=[{function}]))[{''.join(ZH_BEFORE)}][{''.join(ZH_SURNAMES)}](?:(?![{HAN}])|(?=[{function}]))"
            for match in re.finditer(familiar, text):
                found.add(match.group(0), ())
        # a relation before the name ("娘の△△", "老公某某某"), or an introduction ("叫某某某")
        cues = (
            [f"{relation}の" for relation in JA_RELATIONS] if language == "ja" else [*ZH_RELATIONS, *ZH_INTRO]
        )
        for cue in cues:
            for match in re.finditer(
                re.escape(cue) + f"(?:是|，|,)?([{HAN}]{{2,6}}|[{KATAKANA}]{{2,10}})", text
            ):
                after = match.group(1)
                if after[0] in _ZH_FUNCTION:
                    continue  # "儿子在深圳": a verb or a preposition follows, not a name
                if re.match(f"[{KATAKANA}]", after):
                    if self._known(after) or self._rare(after, "ja"):
                        found.add(after)
                    continue
                name = self._han_head(after, language)
                if name is not None:
                    found.add(name[0], name[1])
        if language == "zh":
            # a self-introduction, "我是" and a full name of three or four letters ending its clause
            # ("我是○雨桐，今天..."): a surname and a given name the index knows that make the whole run,
            # which is no word of the list, does not open with one ("我是郑州人" is a town's) and holds
            # no function letter or particle ("我是白班的", "我是文员啦", "我是钱不够")
            for introduced in re.finditer(f"我是([{HAN}]{{3,4}})(?![{HAN}])", text):
                whole = introduced.group(1)
                name = self._han_head(whole, language)
                if (
                    name is not None
                    and name[0] == whole
                    and name[1]
                    and self._given(name[1][-1])
                    and not any(c in _ZH_FUNCTION or c in _ZH_PARTICLES for c in whole)
                    and listed_zipf(whole, language) == 0
                    and (len(name[1]) == 2 or listed_zipf(whole[:2], language) < BARE_ZIPF)
                ):
                    found.add(name[0], name[1])
        # two or three characters the index ranks high as a given name and that are no common word
        for size in (3, 2):
            for start in range(len(text) - size + 1):
                window = text[start : start + size]
                if not re.fullmatch(f"[{HAN}]{{{size}}}", window) or not _name_like(window, language):
                    continue
                if self.lexicon.ranks(window)[0] <= BARE_RANK and self._rare(window, language, BARE_ZIPF):
                    following = text[start + size : start + size + 1]
                    if language == "zh" and following and listed_zipf(window + following, "zh") > 0:
                        continue  # the start of a longer word of the list ("○○书", an app's name)
                    head = text[max(0, start - 2) : start]
                    if language == "zh" and head[-1:] in ZH_SURNAMES:
                        found.add(head[-1] + window, (window,))
                    elif len(head) == 2 and self._surname(head):
                        found.add(head + window, (head, window))
                    else:
                        found.add(window)

    # -- Korean ------------------------------------------------------------------------------
    def _korean(self, text: str, found: CaselessNames) -> None:
        spans = list(HANGUL_RUN.finditer(text))
        words = [m.group(0) for m in spans]
        for k, match in enumerate(spans):
            word = match.group(0)
            following = words[k + 1] if k + 1 < len(words) else ""
            adjacent = k + 1 < len(spans) and text[match.end() : spans[k + 1].start()] == " "
            titled_after = adjacent and any(following.startswith(t) for t in KO_TITLES)
            stem, titled, called = word, titled_after, False
            if not titled_after:
                for title in KO_TITLES:
                    if title in stem[1:] and len(stem) - len(title) >= 2:
                        at = stem.index(title, 1)
                        if not self._rare(stem[: at + len(title)], "ko", BARE_ZIPF):
                            break  # "아저씨" (mister) is a word that ends like a title
                        stem, titled = stem[:at], True  # "○○씨가", "○○님께"
                        break
            if not titled:
                for ending in KO_CALLED:
                    if stem.endswith(ending):
                        if len(stem) - len(ending) >= 2 and not (
                            ending == "라고" and stem[-3] in KO_QUOTING | {"이"}
                        ):
                            stem, called = stem[: -len(ending)], True
                        break  # "쌤이라고" is "쌤" + "이라고", too short for a name; "주더라고" a verb
            if not titled and not called:
                for particle in KO_PARTICLES:
                    if stem.endswith(particle) and len(stem) - len(particle) >= 2:
                        stem = stem[: -len(particle)]
                        break
            introduced = k > 0 and words[k - 1] in KO_INTRO
            if self._korean_word_form(stem):
                continue
            full = (
                len(stem) == 3
                and stem[0] in KO_SURNAMES
                and stem[1:] not in KO_TITLES
                and (
                    self._given(stem[1:])
                    or (
                        self._rare(stem, "ko", BARE_ZIPF)  # "조리사" (cook) is a word, not 조 + 리사
                        and (titled or called or introduced)
                        and self._rare(stem[1:], "ko", BARE_ZIPF)
                        and stem[-1] not in KO_ADNOMINAL
                    )
                )
            )
            if full:
                found.add(stem, (stem[1:],))
            elif (
                len(stem) == 4
                and stem[:2] in ("제갈", "남궁", "황보", "선우", "독고")
                and self._given(stem[2:])
            ):
                found.add(stem, (stem[2:],))
            elif (
                len(stem) in (2, 3)
                and stem not in KO_TITLES
                and (
                    (self.lexicon.ranks(stem)[0] <= INDEX_RANK and self._rare(stem, "ko", KO_WORD_ZIPF))
                    or (
                        # a given name has two syllables; three unknown ones before a title are more
                        # often a noun ("조리사님", the cook)
                        len(stem) == 2
                        and (titled or introduced or called)
                        and self._rare(stem, "ko", CUED_ZIPF)
                        and stem[-1] not in KO_ADNOMINAL
                    )
                )
            ):
                found.add(stem)
            elif len(stem) == 1 and stem in KO_TITLED_SURNAMES and titled_after:
                title = next(t for t in sorted(KO_TITLES, key=len, reverse=True) if following.startswith(t))
                found.add(f"{stem} {title}")

    @staticmethod
    def _korean_word_form(stem: str) -> bool:
        """A verb form ("있고": a common stem and a verb ending) or a common word with its particle or
        suffix ("여름에", "진행자"): wordfreq's Korean list holds stems and endings apart, so such a form
        is missing from it and would read as a rare word, as names do."""
        if len(stem) == 2:
            return stem[1] in KO_VERB_ENDINGS and listed_zipf(stem[0], "ko") >= KO_STEM_ZIPF
        if len(stem) == 3:
            return stem[2] in KO_SUFFIXES and listed_zipf(stem[:2], "ko") >= KO_WORD_STEM_ZIPF
        return False

    # -- Arabic, Persian, Urdu, Hebrew, Indic ----------------------------------------------------
    @staticmethod
    def _script(word: str) -> str | None:
        if re.match(f"[{ARABIC}]", word):
            return "arabic"
        if re.match(f"[{HEBREW}]", word):
            return "hebrew"
        if re.match(f"[{INDIC}]", word):
            return "indic"
        return None

    def _bare(self, word: str, script: str) -> str:
        """The word without the prefixes its script joins to it, when that leaves a name the index
        knows ("وفلانة" -> "فلانة"); the word itself otherwise."""
        if script == "indic":
            for suffix in INDIC_SUFFIXES:
                if (
                    word.endswith(suffix)
                    and len(word) - len(suffix) >= 3
                    and self._spaced_rank(word[: -len(suffix)]) <= POPULAR_RANK
                ):
                    return word[: -len(suffix)]
            return word
        rests = [rest for _, rest in prefix_splits(word)]
        if joined_word(word) and self._spaced_rank(word) > SPACED_RANK and not rests:
            return word
        if prefixed_word(word):
            return word  # "ولدينا" is "and" + "لدينا" (we have), a word, not "ول" + a name
        # the form that is the more popular given name: "لأحمد" is "to" + "أحمد" even where the index,
        # noisy, also lists "لأحمد" itself
        best = min(
            (rest for rest in rests if len(rest) >= 3),
            key=lambda rest: self.lexicon.ranks(rest)[0],
            default=None,
        )
        if (
            best is not None
            and self.lexicon.ranks(best)[0] < min(POPULAR_RANK + 1, self.lexicon.ranks(word)[0])
            and not own_word(word, best)
        ):
            return best
        return word

    def _spaced_rank(self, word: str) -> int:
        # the index writes Devanagari names without the nukta dot (a dotted "ख़" is written "ख" there)
        return min(*self.lexicon.ranks(word), *self.lexicon.ranks(word.replace("\u093c", "")))

    @staticmethod
    def _language(script: str, word: str) -> tuple[str, ...]:
        if script == "hebrew":
            return ("he",)
        if script == "indic":
            return ("bn",) if re.match("[\u0980-\u09ff]", word) else ("hi", "mr", "ne")
        return ("ar", "fa", "ur")

    def _zipf(self, word: str, script: str) -> float:
        return max((zipf_in(word, language) for language in self._language(script, word)), default=0.0)

    def _spaced(self, text: str, found: CaselessNames) -> None:
        words = _spaced_words(text)
        taken: set[int] = set()
        names_at: set[int] = set()
        for k, (word, _start, _end) in enumerate(words):
            script = self._script(word)
            if script is None or k in taken:
                continue
            bare = self._bare(word, script)
            rank = self._spaced_rank(bare)
            previous = self._unjoined(words[k - 1][0]) if k > 0 else ""
            following = words[k + 1][0] if k + 1 < len(words) else ""
            before = (
                ARABIC_BEFORE if script == "arabic" else HEBREW_BEFORE if script == "hebrew" else INDIC_BEFORE
            )
            after = ARABIC_AFTER if script == "arabic" else INDIC_AFTER if script == "indic" else frozenset()
            intro = (
                ARABIC_INTRO if script == "arabic" else HEBREW_INTRO if script == "hebrew" else INDIC_INTRO
            )
            if previous in BUSINESS_BEFORE or following in ("ושות׳", "ושות'", "ושות"):
                continue  # the name of a business ("سفريات ...", "סלון ...", "... ושות׳")
            joined = text[words[k - 1][2] : words[k][1]] if k > 0 else ""
            coordinated = (
                k - 2 in names_at
                and k > 1
                and (
                    self._unjoined(words[k - 1][0]) in ("و", "ו", "और", "ও", "اور")
                    or joined.strip() in (",", "،")
                )
            )
            introduced = (
                previous in intro
                or (script == "hebrew" and previous == "לי" and k > 1 and words[k - 2][0] == "קוראים")
                or (
                    previous == "मैं"  # Urdu "میں" is "I" and "in" alike
                    and rank <= SPACED_RANK  # "मैं टीचर हूँ", I am a teacher
                    and (
                        following in _AM
                        or (
                            k + 2 < len(words)
                            and words[k + 2][0] in _AM
                            and self._spaced_rank(following) <= SPACED_RANK  # "मैं <name> <surname> हूँ"
                        )
                    )
                )
                or (k > 1 and words[k - 2][0] in ("नाम", "নাম") and previous == "है")
            )
            greeting = previous in SPACED_GREETINGS or (
                k > 1 and f"{words[k - 2][0]} {previous}" in SPACED_GREETINGS
            )
            addressed = (
                greeting
                # the word as matched may hold the full stop after it
                and bool(_VOCATIVE_END.match(text, words[k][1] + len(word)))
                and bare not in SPACED_GREETINGS
                and f"{previous} {bare}" not in SPACED_GREETINGS  # "תודה רבה", thanks a lot
                # "שלום לכולם" (hello everyone), "היי מותק" (hi sweetie): words, not names
                and self._zipf(bare, script) < GREETED_ZIPF
                # the index holds few names in Indic letters, and none of their words of endearment
                and self.lexicon.ranks(bare)[0] <= (SPACED_RANK if script == "indic" else INDEX_RANK)
            )
            cue = previous in before or previous in SPACED_RELATIONS or following in after or addressed
            if any(w[0] in BUSINESS_AFTER for w in words[k + 1 : k + 4]):
                continue  # a business named after someone ("<name> वस्त्र भंडार")
            if bare in _CUE_WORDS:
                continue  # a title, a relation or a kind of business is no name ("الاستاذ")
            common = self._zipf(bare, script)
            # Arabic as spoken (Egyptian "بتكتبها", Gulf "لين") is rare in the word lists, which are of
            # written Arabic: rarity says nothing there
            given, last = self.lexicon.ranks(bare)
            # a word rare in the language after a title is a name the index does not know ("श्रीमती
            # <surname>"); after a relation it is as often what the relative is ("স্ত্রী স্কুলশিক্ষক", my
            # wife [is a] schoolteacher); an honorific after a rare word ("... जी", "... صاحب", "...দা") is one
            known = rank <= SPACED_RANK or (
                common < RARE_AS_WORD and ((script != "arabic" and previous in before) or following in after)
            )
            if script == "arabic":
                # "زوجتي معلمة" (my wife is a teacher): Arabic says "is" with nothing, so a relation or
                # a title is as often followed by what someone is as by their name
                known = min(given, last) <= POPULAR_RANK or (following in after and common < RARE_AS_WORD)
            # the name index holds few names in Indic letters (its sources wrote them in Latin ones), so
            # a rank there counts further down
            popular = INDIC_POPULAR_RANK if re.match("[\u0900-\u097f]", bare) else POPULAR_RANK
            # In Arabic script the index holds many words of speech as given names and surnames ("رجل",
            # man, is a surname ranked 41; "مفيد", useful, "عارف", I know, are given names) and the word
            # lists, of the written language, cannot say they are words: without a cue only the most
            # popular given names count there.
            arabic = script == "arabic"
            name = (
                # after an introduction or a cue, a popular given name is one however common ("اسمي محمد")
                (introduced and (common < TOP_ZIPF or given <= TOP_RANK))
                or (cue and known and (common < TOP_ZIPF or given <= TOP_RANK))
                or (coordinated and (given if arabic else rank) <= SPACED_RANK and common < POPULAR_ZIPF)
                or (given <= TOP_RANK and common < TOP_ZIPF)
                or (not arabic and rank <= TOP_RANK and common < POPULAR_ZIPF)
                or (not arabic and given <= popular and common < POPULAR_ZIPF)
            )
            if not name:
                continue
            # a full name: the words after it the index knows as names too ("أحمد محمد الخطيب"), or that
            # are rare as words ("<नाम> <उपनाम>")
            parts = [bare]
            j = k + 1
            while j < len(words) and j <= k + 3 and self._script(words[j][0]) == script:
                nxt = words[j][0]
                if text[words[j - 1][2] : words[j][1]].strip() or nxt in after or nxt in before:
                    break
                if self._bare(nxt, script) != nxt:
                    break  # "أحمد وعلي": "and" joins a second person, not a surname
                rank, common = self._spaced_rank(nxt), self._zipf(nxt, script)
                surname = (
                    # in Arabic the index lists verbs of speech too ("ساعدني", he helped me)
                    (
                        rank <= (POPULAR_RANK if arabic else SPACED_RANK)
                        and common < (TOP_ZIPF if script == "indic" else POPULAR_ZIPF)
                    )
                    or rank <= TOP_RANK
                    # after a title, the word after the given name is the surname ("श्रीमती ... <उपनाम>")
                    or (not arabic and j == k + 1 and previous in before and common < POPULAR_ZIPF)
                )
                if nxt in _CUE_WORDS:
                    break
                if common >= TOP_ZIPF or not surname:
                    break
                parts.append(nxt)
                taken.add(j)
                j += 1
            names_at.add(j - 1)
            found.add(" ".join(parts), parts if len(parts) > 1 else ())

    @staticmethod
    def _unjoined(word: str) -> str:
        """A cue word without the "and" joined to it ("وابني", "ובעלי")."""
        if len(word) > 2 and word[0] in "وו" and (word[1:] in ARABIC_BEFORE or word[1:] in SPACED_RELATIONS):
            return word[1:]
        return word

    # -- names already known, written with more ------------------------------------------------
    def _extend_known(self, texts: Sequence[str], known: Iterable[str], found: CaselessNames) -> None:
        """A known surname or given name in kanji or Hangul followed directly by a given name the index
        knows is that person's full name ("○○" a speaker, "○○△△と申します")."""
        names = {n for n in known if re.fullmatch(f"[{HAN}{HANGUL}]{{2,4}}", n)}
        for text in texts:
            for name in names:
                for match in re.finditer(re.escape(name) + f"([{HAN}]{{2,3}}|[{HANGUL}]{{2}})", text):
                    rest = match.group(1)
                    for size in range(len(rest), 1, -1):
                        if self._given(rest[:size]) and not any(t in rest[:size] for t in _HAN_TITLES):
                            found.add(name + rest[:size], (name, rest[:size]))
                            break
