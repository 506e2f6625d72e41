"""Occupations in the participants' own words: "I'm the practice manager at ..." gives "practice manager".

A persona label that names a job should name a job its members said they have. The phrase comes from
how people introduce themselves in each supported language (en, fr, de, es, pt, it, nl): a first-person
verb of being or working ("I'm a", "je suis", "ich arbeite als", "soy", "sou", "sono", "ik ben"), an optional article, then
one to four words up to the place or employer ("at", "chez", "bei", "en", "na") or the end of the
clause. These are grammar patterns, not a vocabulary of jobs: any occupation is found, and a sentence
that is not an introduction ("I'm a bit tired") is refused by a short list of degree words and by word
frequency (a phrase made only of very common words is not a job title).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from assistant.core.words import number_value, word_frequency, zipf_in
from assistant.ingest.names_caseless import ZH_SURNAMES, listed_zipf

MAX_WORDS = 4
ACRONYM_ZIPF = 4.8
"""A title said as a bare acronym ("I'm CFO") must be rarer than this as a word ("I'm OK" is no title)."""
COMMON_ZIPF = 5.6
"""A phrase whose every word is at least this frequent (wordfreq, any supported language) is refused."""

_STOP = r"(?=\s+(?:{stops})\b|\s*[,.;:!?()—–]|\s+-\s|$)"
_ROLE = rf"(?P<role>[^\W\d_][^\s,.;:!?()]*(?:\s+[^\W\d_][^\s,.;:!?()]*){{0,{MAX_WORDS - 1}}}?)"

_EN_OF_PLACE = (
    r"of(?=\s+(?:a|an|the|my|our|his|her|their|this|that|these|those|some|several|all|both|each|every|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred)\b|\s+(?-i:[A-Z0-9]))"
)
""""of" ends an English title when what follows is a place, an employer or a count ("the owner of a
bakery", "the manager of Northwind", "the owner of two shops"); before a bare noun it is part of the
title ("the head of finance", "the director of nursing")."""

_EN_STOPS = "at|in|for|with|on|here|there|and|who|since|from|to|over|across|so|but|because|now|based|located|working|living"
"""Words after an English title: its place, employer or time, or the next clause ("a tiler based in...")."""

_PATTERNS = [
    (
        "en",
        r"\b(?:i'm|i’m|i am|i work as|i've been|i’ve been|my (?:job|title|role|position) is)\s+"
        r"(?P<art>an?|the|one of the|one of two|one of three)\s+",
        _EN_STOPS + "|" + _EN_OF_PLACE,
    ),
    (
        "en",  # a title named as one, with or without an article: "my title's Head of Platform"
        r"\b(?:my (?:job )?title|my position)(?:'s|’s|\s+is)\s+(?P<art>an |a |the )?",
        _EN_STOPS,
    ),
    (
        "fr",
        r"\b(?:je suis|moi je suis|je travaille comme|je bosse comme|mon poste,? c'est|je suis\s+employée?\s+comme)\s+"
        r"(?P<art>un |une |le |la |l['’])?",
        "à|au|aux|chez|dans|depuis|pour|de la|du|des|en|sur|et|mais|donc|ici|qui|avec|vers|"
        "basée?s?|installée?s?",
    ),
    (
        "de",
        r"\b(?:ich bin|ich arbeite als|ich bin hier|ich bin seit \S+ \S+)\s+(?P<art>der |die |das |ein |eine |als )?",
        "bei|beim|in|im|an|am|für|seit|und|aber|von|vom|der|des|mit|hier|auf|zu|zum|zur",
    ),
    (
        "es",
        r"\b(?<!te )(?<!le )(?<!les )(?<!os )(?:soy|trabajo como|trabajo de|mi puesto es)\s+(?P<art>el |la |un |una )?",
        "en|de|del|para|desde|y|pero|aquí|con|que|a|al",
    ),
    (
        "pt",
        r"\b(?:eu sou|sou|trabalho como|trabalho de)\s+(?P<art>o |a |um |uma )?",
        "na|no|em|de|da|do|das|dos|para|há|desde|e|mas|aqui|com|que|numa|num",
    ),
    (
        "it",
        r"\b(?:io sono|sono|lavoro come|faccio (?=il |lo |la |l['’]))\s*(?P<art>il |lo |la |l['’]|un |uno |una |un['’])?",
        "a|al|alla|in|nel|nella|per|da|dal|dalla|di|del|della|e|ma|qui|con|che|presso|su|sul|dove|ormai|eh|ehm|"
        "cioè|sono|io|all['’]|dell['’]|nell['’]|dall['’]|sull['’]",
    ),
    (
        "nl",
        r"\b(?:ik ben|ik werk als|ik ben hier)\s+(?P<art>de |het |een )?",
        "bij|in|op|voor|van|en|maar|sinds|met|hier|daar|die|dat|om|aan|nu|al|eh|ehm|uh|ik|dus",
    ),
    (
        "vi",
        r"(?<![^\W\d_])(?:tôi|tui|em|mình|anh|chị|cháu)\s+(?:là|làm nghề|đang làm|làm)\s+(?P<art>một |bên )?",
        "ở|tại|cho|của|được|từ|và|nhưng|thì|nên|với|trong|hơn|rồi|mà|đã|cũng|ạ|nha|nhé|à|ha|hả|đó|này|đây|"
        "luôn|thôi|lâu|mấy|gần|khoảng|chứ|vì|do|là|hay|hoặc|kiêm|nè|đấy|vậy|thế|suốt|cả|hồi|năm|tháng|"
        "hai|bốn|sáu|bảy|tám|chín|mười|mấy",
    ),
]
PATTERN_LANGUAGES = frozenset(language for language, _lead, _stops in _PATTERNS) | {"zh", "ja"}
"""Languages whose self-introductions the patterns read (Chinese and Japanese by ``_cjk_title``)."""
_COMPILED = [
    (language, re.compile(lead + _ROLE + _STOP.format(stops=stops), re.IGNORECASE))
    for language, lead, stops in _PATTERNS
]
_EN_BARE = re.compile(
    r"\b(?i:i'm|i’m|i am)\s+"
    r"(?P<role>[A-Z]{2,5}(?:\s+of\s+[^\W\d_][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,2})?"
    r"|[A-Z][a-z]+\s+of\s+[^\W\d_][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,2})" + _STOP.format(stops=_PATTERNS[0][2])
)
"""English titles said without an article: "I'm VP of Operations at", "I'm Head of Finance", "I'm CFO".
Only an acronym, or a capitalised word followed by "of": "I'm Sarah" stays a name."""
_GERMAN_NUMBER = re.compile(
    r"^(?:ein|eins|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|zig|ßig"
    r"|hundert|tausend|und|s)+$",
    re.IGNORECASE,
)
"""German number words (ages, percentages), which a capital alone does not tell from a noun."""
FUNCTION_ZIPF = 6.0
"""A first word this frequent ("que", "the", "die") is grammar, not the start of a job title."""
_FRENCH_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$", re.IGNORECASE)
"""'je suis rentrée', 'je suis arrivé': être + past participle, not a job (with no article before it)."""
_ITALIAN_PARTICIPLE = re.compile(r"(?:at|ut|it)[oaie]$", re.IGNORECASE)
"""'sono nato', 'sono passati', 'sono arrivata': essere + past participle, not a job (no article before
it); as in French, a title of that shape said without an article ("sono impiegata") is lost."""

_DEGREE = {
    # Words that open "I'm a bit ...", "je suis un peu ...", "soy un poco ..." and the like: grammar, not jobs.
    "bit", "little", "lot", "big", "huge", "kind", "sort", "very", "really", "so", "pretty", "quite",
    "fan", "believer", "person", "guy", "woman", "man", "mom", "mum", "dad", "parent", "lucky", "good",
    "peu", "bisschen", "wenig", "poco", "pouco", "grand", "gros", "sehr", "muy", "muito",
    "not", "pas", "nicht", "no", "não", "sure", "new", "former",
    "po", "po'", "molto", "proprio", "abbastanza", "veramente", "davvero", "non", "sicuro", "sicura",
    "beetje", "heel", "erg", "echt", "gewoon", "wel", "niet", "zo", "best", "nogal",
    "geen", "kein", "keine", "nada", "niente", "nessuno", "ninguno", "ninguna", "nenhum", "nenhuma",
}  # fmt: skip
_VI_NOT_TITLE = frozenset(
    """người việc được cũng đang rồi không chưa gì sao thế vậy như hơi rất quá cái chuyện ca thêm đủ hết
    xong nhiều ít sáng chiều tối theo trong ở tại vì do cho lại luôn nữa chỉ vẫn mới cùng đó này kiểu
    con vợ chồng mẹ bố ba má cháu em anh chị ông bà cô chú dì bác""".split()
)
"""Vietnamese words that open what follows "tôi là" / "em làm" when it is no job: "the one who..."
("người"), work or a shift ("làm việc", "làm ca tối", "làm thêm"), adverbs and particles, and kinship
("tôi là con gái", "em là vợ"): grammar of the language, none a title."""
_NEGATION_BEFORE = {"it": ("non",), "es": ("no",), "pt": ("não", "nao", "nem")}
"""Where the negation stands before the verb of being ("io non sono veterinario", "no soy médico",
"não sou professora"), the job named after it is one the speaker says they do not have."""
_ITALIAN_PLURAL_SUBJECT = ("i", "gli", "le", "questi", "queste", "quei", "quelle", "tutti", "tutte")
_ITALIAN_PREPOSITIONS = ("con", "per", "tra", "fra", "a", "da", "di", "in", "su", "verso", "senza")
_ITALIAN_NOT_INTRODUCING = ("ci", "mi", "ti", "si", "vi")
_ITALIAN_CONJUNCTIONS = ("e", "ed", "ma", "però", "poi", "quindi", "allora", "anche", "oppure", "o")
"""Italian "sono" is also "they are": after a plural subject in the same clause ("Le consegne sono
il problema", "I fornitori sono la parte difficile"; a plural article or demonstrative not governed
by a preposition, "con i clienti sono la referente" is first person), or after "ci" ("ci sono",
there are), it introduces nobody; after a reflexive pronoun it makes a past tense ("mi sono presa
l'inventario"). A clause ends at punctuation or a coordinating conjunction ("Ho due figli e sono
farmacista"), and an "io" in it makes it first person. "che sono" stays ambiguous ("diciamo che sono
la responsabile", "..., che sono capannoni"): a phrase that opens with a number word above one
("..., che sono tre capannoni", "sono due ore") is no job (``_plausible``)."""


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PARTICLES = "的了啦呢啊吧嘛哦呀哈嗯呃过着"
_TITLE_HAN = rf"(?:(?![{_PARTICLES}])[{_HAN}])"
_TITLE_JA = rf"[{_HAN}\u30a0-\u30ff]"
_ZH_MEASURE = r"(?:一名|一个|一位|一家|个|名|位)?"
_ZH_BE_AS = "当(?![时然初地年天中场下日面])"
"""The verb "当" (to work as), not the first letter of "当时" (at the time), "当然" (of course), "当地"
(local) and the other common words it opens."""
ZH_TITLE_LETTERS = 4
ZH_LONGEST_TITLE = 6
_ZH_PERSON_SUFFIX = "师员长理工手生主官管者总监士匠"
"""A Chinese title read here is a whole run of two to four letters that ends the clause ("保洁主管",
"运营经理"), or the longest start of a run (up to six letters) that ends the way Chinese words for a
person in a job end ("老师", "店员", "店长", "经理", "护士"...: "幼儿园老师", "区域销售经理", and
"护士长" out of speech that runs on, "我在医院当护士长已经八年了"). A longer run after "我是" is
mostly the "是...的" of a time, a manner or an opinion ("我是周末才有空", "我是支持这个做法")."""
_ZH_PROGRESSIVE = "想看用做说弄搞找等忙干学写跑开聊"
"""A verb right after "在" makes it "in the middle of" ("我在想做一个新菜单"), not a place of work."""
_ZH_INTRO = re.compile(
    # "我是(这家民宿的)(一名)老板", "我在(某店)做前台", "我现在当店长", "我的职位是运营经理"
    rf"我(?:现在|目前|主要|本身|自己|以前|之前)?(?:是(?!否)|{_ZH_BE_AS}|担任)(?:[^，。！？；：、,.!?;:\s的]{{1,12}}的)?{_ZH_MEASURE}"
    rf"(?P<role>{_TITLE_HAN}{{2,{ZH_LONGEST_TITLE}}})"
    rf"|我(?:现在|目前|主要|以前|之前)?在(?![{_ZH_PROGRESSIVE}])[^，。！？；：、,.!?;:\s]{{1,12}}?(?:做|{_ZH_BE_AS}|担任)"
    rf"(?:[^，。！？；：、,.!?;:\s的]{{1,8}}的)?{_ZH_MEASURE}(?P<role2>{_TITLE_HAN}{{2,{ZH_LONGEST_TITLE}}})"
    rf"|我的(?:职位|岗位|职务|工作)是{_ZH_MEASURE}(?P<role3>{_TITLE_HAN}{{2,{ZH_LONGEST_TITLE}}})"
    # "我叫(名字)，是(这家店的)店长": the name, then the verb of being without a second 我
    rf"|我叫[^，。！？；：,.!?;:]{{1,12}}?[，,、\s]+(?:现在|目前)?是(?:[^，。！？；：、,.!?;:\s的]{{1,12}}的)?"
    rf"{_ZH_MEASURE}(?P<role4>{_TITLE_HAN}{{2,{ZH_LONGEST_TITLE}}})"
)
_ZH_TRADE = re.compile(
    # "我是做外贸的", "我是开餐馆的", "我也是搞IT的": the trade one is in, said as "the one who does X"
    rf"我(?:也|就|本身|以前)?是(?P<trade>(?:做|搞|干|开|跑|卖)(?P<object>(?:{_TITLE_HAN}|[A-Za-z]){{1,6}}?)的)"
    r"(?=[\s，。！？；：、,.!?;:…—)）]|[啦呢啊吧嘛哦呀哈嗯]|$)"
)
_ZH_MOTION = re.compile("[来去过到回走着完]")
"""A motion or an aspect in the phrase: "我是开车来的" (came by car), "我是跑过来的" say how, not a trade."""
_ZH_END = re.compile(r"(?:[\s，。！？；：、,.!?;:…—)）]|[了啦呢啊吧嘛哦呀哈嗯呃]|$)")
"""What may follow a Chinese title: punctuation, a pause or a sentence particle ("我是前台啦"); not
another letter ("我是用一张Excel表管的") and not "的" ("我是白班的" is the "是...的" of a shift, "我是老板的
女儿" someone's relative)."""
_ZH_NOT_TITLE = (
    "说", "觉得", "感觉", "想", "认为", "希望", "担心", "怕", "知道", "听说", "看", "在", "从", "跟", "和",
    "为了", "因为", "刚", "才", "先", "直接", "自己", "不", "没", "也", "都", "就", "还", "真", "挺", "很",
    "比较", "主要", "一直", "已经", "第", "这", "那", "每", "最", "太", "有", "要", "会", "能", "可以",
    "有点", "一点", "特别", "非常", "蛮", "好", "更", "事情", "东西", "什么",
)  # fmt: skip
"""Words that make "我是..." the emphatic "是...的" or a verb phrase, not an introduction: "我是说",
"我是觉得", "我是在...", "我是有点..." (grammar of the language: verbs, adverbs, degree words; not job
words)."""
_ZH_KIN = frozenset(
    "女儿 儿子 妈妈 爸爸 母亲 父亲 妻子 老婆 老公 丈夫 孩子 姐姐 妹妹 哥哥 弟弟 侄女 侄子 外甥 孙子 孙女 "
    "媳妇 女婿 儿媳 爱人 家属".split()
)
"""Chinese words of kinship, a closed class of the language: after "我是...的" they name whose relative
the speaker is."""
_ZH_NEVER_IN_TITLE = re.compile("[不没也都就还很太才再想说吗呢]|时候")
"""Adverbs, negations and verbs of thinking and saying, which a verb phrase holds and a job title never
does ("我是真的不喜欢手写...", "我在家做饭的时候会看手机", "会计然后也管人事")."""
_ZH_NUMBER = re.compile("[第一二三四五六七八九十百千万两几0-9０-９]")
_JA_INTRO = re.compile(
    # "工場長をしています", "検査係をやってます", "社長として", "私は経理担当です"
    rf"(?<![{_HAN}\u30a0-\u30ff])(?P<role>{_TITLE_JA}{{2,12}})"
    rf"(?:を(?:して|やって|務めて|勤めて|担当して)(?P<rest>[\u3040-\u309f]*)|として(?![はのも]))"
    rf"|(?<![{_HAN}\u30a0-\u30ff])(?P<role3>{_TITLE_JA}{{2,12}})の[^。、！？\s]{{1,8}}?(?:と申します|といいます)"
    rf"|(?:私|わたし|僕|ぼく|俺|おれ|自分)は(?:[^。、！？\s]{{0,15}}の)?(?P<role2>{_TITLE_JA}{{2,12}})(?:です|でございます|をして|をやって)"
)
_JA_SUBJECT = re.compile(r"(?<!私)(?<!僕)(?<!俺)(?<!分)(?<!たし)(?<!ぼく)(?<!おれ)が")
"""A "が" not after a first-person pronoun: the clause's subject is someone else ("父が社長として")."""
_JA_OTHER_TOPIC = re.compile("(?:主人|夫|妻|家内|父|母|息子|娘|兄|姉|弟|妹|親|社長|上司)(?:は|が|も)")
"""A relative or a superior as the clause's topic ("主人は医者として働いています"): the job is theirs.
Japanese kinship and the two superiors interviews name most, a closed class."""
_JA_PERSON_SUFFIX = re.compile("(?:[長員係者師士手役主官医匠婦生工将任書]|担当)$")
"""How Japanese words for a person in a job end (the derivational suffixes of "社長", "社員", "検査係",
"医者", "教師", "弁護士", "運転手", "取締役", "店主", "学生"...): a kanji noun before "をしています" or
"です" without one is mostly an activity or a state ("勉強", "料理", "心配", "反対"). Titles said as a
department ("経理をしています", "営業です") are lost with them."""
_KATAKANA = re.compile("[\u30a0-\u30ff]+")
"""A title in katakana alone is a loanword job ("マネージャー", "エンジニア", "パート")."""
ZH_NAME_ZIPF = 3.4
"""A Chinese "title" of two or three letters that opens with a common surname and is rarer than this in
the Chinese word list is a person's name ("我是王○○"; names are not words of the list, titles such as
"店长", "文员" mostly are); a title after a surname ("何经理") is the title. Two-letter titles that open
with a surname and are rare words ("石匠") are lost with the names."""
CJK_COMMON_ZIPF = 5.5
"""A Japanese "title" this common is an everyday word ("仕事をしています", I'm working)."""


def _first_word(text: str) -> str:
    """The longest word of the Chinese word list (up to four letters) that ``text`` opens with, else its
    first letter."""
    for size in (4, 3, 2):
        if len(text) >= size and listed_zipf(text[:size], "zh") > 0:
            return text[:size]
    return text[:1]


def _cjk_title(text: str) -> str | None:
    """A job title a Chinese or Japanese self-introduction names, or None. Han (and in Japanese
    katakana) letters right after the verb of being or working ("我是", "我在...做", "我的职位是"),
    or right before "をしています" / "として" (or after "私は ... の" before "です"): a title is written
    in those letters, while particles and endings are not. A Chinese title must end where the Han
    letters do (or at a sentence particle), so a phrase that goes on ("我是觉得这个...") is none."""
    for match in _ZH_INTRO.finditer(text):
        role = match.group("role") or match.group("role2") or match.group("role3") or match.group("role4")
        if not (len(role) <= ZH_TITLE_LETTERS and _ZH_END.match(text, match.end())):
            ends = [size for size in range(2, len(role) + 1) if role[size - 1] in _ZH_PERSON_SUFFIX]
            if not ends:
                continue
            role = role[: ends[-1]]
        if _first_word(role) in _ZH_NOT_TITLE or _ZH_NEVER_IN_TITLE.search(role):
            continue
        if _ZH_NUMBER.search(role) or role.endswith("人") and len(role) <= 3:
            continue  # "我是第一次", "我是北京人": a count, where one is from; not a job
        if role in _ZH_KIN:
            continue  # "我是老板的女儿", "我是两个孩子的妈妈": someone's relative, not a job
        if role[0] in ZH_SURNAMES:
            rest = role[1:]
            if len(rest) >= 2 and listed_zipf(rest, "zh") >= ZH_NAME_ZIPF > listed_zipf(role, "zh"):
                return rest  # "我是何经理": a surname and a title, the job is the title
            if len(role) <= 3 and listed_zipf(role, "zh") < ZH_NAME_ZIPF:
                continue  # "我是王○○": a surname and a given name, someone's name
        return role
    for match in _ZH_TRADE.finditer(text):
        thing = match.group("object")
        if (
            _ZH_MOTION.search(thing)
            or _ZH_NEVER_IN_TITLE.search(thing)
            or _first_word(thing) in _ZH_NOT_TITLE
        ):
            continue
        if not _ZH_NUMBER.search(thing) and thing[:1] not in "这那什":
            return match.group("trade")
    for match in _JA_INTRO.finditer(text):
        role = match.group("role") or match.group("role2") or match.group("role3")
        if match.group("rest") is not None and re.match(rf"[{_HAN}\u30a0-\u30ff]", text[match.end() :]):
            continue  # "経理をやっている家内": the job of the noun that follows, not the speaker's
        clause = re.split(r"[。、！？!?,.]", text[: match.start()])[-1]
        if (
            _JA_SUBJECT.search(clause)
            or _JA_OTHER_TOPIC.search(clause)
            or listed_zipf(role, "ja") >= CJK_COMMON_ZIPF
        ):
            continue
        if not (_JA_PERSON_SUFFIX.search(role) or _KATAKANA.fullmatch(role)):
            continue  # "勉強をしています", "私は心配です": an activity or a state, not a job
        return role
    return None


def _common(word: str) -> bool:
    return word_frequency(word) >= COMMON_ZIPF


def occupation_in(text: str) -> str | None:
    """The occupation a self-introduction in ``text`` names, as said, or None."""
    for language, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if _not_about_oneself(text[: match.start()], match.group(0), language):
                continue
            words = match.group("role").split()
            while words and language != "vi" and _common(words[-1].lower()) and len(words) > 1:
                words.pop()  # not in Vietnamese, whose syllables are words of other languages ("trưởng ca")
            if words and _plausible(words, language, article=bool(match.group("art"))):
                return " ".join(words)
    for match in _EN_BARE.finditer(text):
        words = match.group("role").split()
        # an acronym alone must be rare as a word: "CFO", "VP", not "OK", "US", "TV"
        if len(words) > 1 or word_frequency(words[0].lower()) < ACRONYM_ZIPF:
            return " ".join(words)
    return _cjk_title(text)


DENIED_ZIPF = 4.0
"""A denied job word must be rarer than this in its language: "farmacista", "abogada" are jobs; "di",
"responsabile" ("non sono responsabile dei ritardi": not to blame), "persona", "único" say other
things after a negation."""


def denied_in(text: str) -> set[str]:
    """The words of jobs ``text`` says the speaker does not have ("io non sono farmacista", "no soy
    médico"), lower-cased: no reader should take one for their title."""
    denied: set[str] = set()
    for language, pattern in _COMPILED:
        for match in pattern.finditer(text):
            words = match.group("role").split()
            if (
                _negated(_clause_before(text[: match.start()]), language)
                and _plausible(words, language, article=bool(match.group("art")))
                and zipf_in(words[0].lower(), language) < DENIED_ZIPF
            ):
                denied.add(words[0].lower())  # not "no soy de aquí", "non sono sicura", "no soy la persona"
    return denied


def _clause_before(before: str) -> list[str]:
    """The lower-cased words of the clause that ends where a match starts."""
    return re.split(r"[.,;:!?()—–\n]", before)[-1].lower().split()


def _negated(clause: list[str], language: str) -> bool:
    """The verb right after ``clause`` is negated ("io non | sono ...", "no | soy ...")."""
    return bool(clause) and clause[-1] in _NEGATION_BEFORE.get(language, ())


def _not_about_oneself(before: str, lead: str, language: str) -> bool:
    """The verb the match opens with denies the job ("non sono ...") or, in Italian, is "they are"."""
    clause = _clause_before(before)
    if _negated(clause, language):
        return True
    if language != "it" or not lead.lower().startswith("sono"):
        return False
    if clause and clause[-1] in _ITALIAN_NOT_INTRODUCING:
        return True
    cut = max((i + 1 for i, word in enumerate(clause) if word in _ITALIAN_CONJUNCTIONS), default=0)
    clause = clause[cut:]
    if "io" in clause:
        return False
    return any(
        word in _ITALIAN_PLURAL_SUBJECT and (i == 0 or clause[i - 1] not in _ITALIAN_PREPOSITIONS)
        for i, word in enumerate(clause)
        if i >= len(clause) - 4
    )


def _a_name(word: str) -> bool:
    from assistant.personas.titles import _a_name as a_name  # the learned reader's test of a name

    return a_name(word)


def _plausible(words: list[str], language: str, *, article: bool) -> bool:
    """Grammar checks that tell "I'm a nurse" from "I'm a bit tired", "ich bin 41", "sou Edson"."""
    first = words[0]
    if first.lower().strip("'’") in _DEGREE or all(_common(w.lower()) for w in words):
        return False
    if len(words) == 1 and first.islower() and _a_name(first):
        return False  # "ja ik ben emma ik ben teamleider": speech recognition writes names in lower case
    if language == "it" and (number_value(first.lower(), "it") or 0) > 1:
        return False  # "..., che sono tre capannoni": a count, not a job ("sono" is also "they are")
    if word_frequency(first.lower()) >= FUNCTION_ZIPF:
        return False
    capitalised = first[:1].isupper() and not first.isupper()
    if language == "vi":
        # a capital is a name ("tôi là <name>"); every syllable is frequent, so no frequency test applies
        return not capitalised and first.lower() not in _VI_NOT_TITLE
    if language == "de" and not first[:1].isupper():
        return (
            False  # German job titles are nouns, written with a capital ("ich bin einundvierzig" is an age)
        )
    if language == "de" and _GERMAN_NUMBER.match(first):
        return False  # "ich bin Hundert Prozent sicher", "ich bin zweiundvierzig"
    if language in ("fr", "es", "pt", "it", "nl") and capitalised:
        return (
            False  # job titles are lower-case there: "je suis Marie", "sou o Edson", "sono Ada" give a name
        )
    if language == "fr" and not article and first.islower() and _FRENCH_PARTICIPLE.search(first):
        return False
    if language == "it" and not article and first.islower() and _ITALIAN_PARTICIPLE.search(first):
        return False
    return True


def occupation_of(quotes: Iterable[str]) -> str | None:
    """The first occupation named across ``quotes`` (in interview order), or None."""
    for quote in quotes:
        found = occupation_in(quote)
        if found:
            return found
    return None


def occupation_label(occupations: list[str | None], limit: int = 2) -> str | None:
    """The members' most common occupations, most common first (``"nurse manager / charge nurse"``)."""
    said = [o for o in occupations if o]
    if not said:
        return None
    counts = Counter(o.lower() for o in said)
    surface: dict[str, str] = {}
    for o in said:
        surface.setdefault(o.lower(), o)
    order = list(surface)
    ranked = sorted(counts, key=lambda o: (-counts[o], order.index(o)))
    return " / ".join(surface[o] for o in ranked[:limit])
