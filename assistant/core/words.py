"""How common a word is in any supported language: the one frequency every word-level rule asks.

Search (function words), persona labels (words too common to name a persona) and job titles (a
phrase made only of common words is not a title) all ask the same question with their own bar.
Frequencies come from the ``wordfreq`` package (Zipf scale: 7 for "the", 3 for a rare word).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from assistant.core.romanised import DETECTED_ROMANISED, LATIN_LETTERS, romanised_zipf

LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl")
FIRST_LANGUAGES = LANGUAGES[:5]
"""The languages the word rules were first written for; Italian and Dutch came later (2026-12-02)."""
CONTENT_ZIPF = 4.5
"""A word at least this common in one of the first five languages is an ordinary word there: Italian
and Dutch frequencies do not make it a function word ("door", "van", "video", "fine", "land" are
content words in English and very common words in Dutch or Italian)."""


def _mark_ranges() -> str:
    """Ranges of the combining marks a regular expression's ``\\w`` leaves out (``_MARKS``)."""
    ranges: list[str] = []
    start = previous = -2
    for point in range(0x300, 0x10000):
        char = chr(point)
        mark = unicodedata.category(char) in ("Mn", "Mc", "Me") and not char.isalnum() and char != "_"
        if mark and previous == point - 1:
            previous = point
            continue
        if start >= 0:
            ranges.append(chr(start) if start == previous else f"{chr(start)}-{chr(previous)}")
            start = previous = -2
        if mark:
            start = previous = point
    return "".join(ranges)


MARKS = _mark_ranges()
"""Combining marks (for a character class): the vowel signs of Devanagari, Bengali and the other
Indic scripts, Thai tone marks, Hebrew points, Arabic harakat, decomposed accents. A regular
expression's ``\\w`` does not match them, so "राहुल" would fall apart into three one-letter words."""
WORD_PIECE = f"(?:[^\\W\\d_]|[{MARKS}])"
"""A letter or a combining mark: after a first letter, what a word is made of."""


CJK_LETTERS = (
    "\u3005-\u3007\u303b\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003134f"
)
UNSPACED_LETTER = re.compile(f"[{CJK_LETTERS}\uac00-\ud7a3]")
"""A letter of a script written without spaces between words (Japanese kana and kanji with 々 and
half-width kana, Chinese, Korean syllables, whose particles join the word before them): a listed term
has no word boundary there, and each such letter is a name token of its own."""
UNSPACED_RUN = re.compile(f"[{CJK_LETTERS}]+")
"""A run of Chinese or Japanese letters (written without spaces between words)."""
"""Runs of Japanese and Chinese letters (Korean writes spaces between words)."""
UNSPACED_LETTERS_PER_WORD = 2
"""Japanese and Chinese words average about two characters: a run of such letters counts as its
length over two when a length in words is asked."""


def count_words(text: str) -> int:
    """The length of ``text`` in words: whitespace-separated words, with runs of Japanese and Chinese
    letters counted at ``UNSPACED_LETTERS_PER_WORD`` letters a word (the same count as
    ``len(text.split())`` for every other script, Korean included)."""
    words = len(text.split())
    for run in UNSPACED_RUN.findall(text):
        words += max(0, -(-len(run) // UNSPACED_LETTERS_PER_WORD) - 1)
    return words


def base_language(language: str | None) -> str:
    """The language without its region: "pt-BR" -> "pt"; unknown -> ""."""
    return (language or "").split("-")[0].lower()


@lru_cache(maxsize=200_000)
def word_frequency(word: str) -> float:
    """The word's highest Zipf frequency over the supported languages (0 when unknown); Italian and
    Dutch count only for words that are no ordinary word of the first five (``CONTENT_ZIPF``)."""
    from wordfreq import zipf_frequency

    first = max(zipf_frequency(word, language) for language in FIRST_LANGUAGES)
    if first >= CONTENT_ZIPF:
        return first
    return max(first, *(zipf_frequency(word, language) for language in LANGUAGES[5:]))


@lru_cache(maxsize=1)
def wordfreq_languages() -> frozenset[str]:
    """The languages ``wordfreq`` has a word list for (it scans its data folder on every call)."""
    from wordfreq import available_languages

    return frozenset(available_languages())


@lru_cache(maxsize=200_000)
def zipf_in(word: str, language: str) -> float:
    """How common ``word`` is in one language (Zipf scale: 0 unknown, 3 rare, 6 very common); 0 when
    ``wordfreq`` has no list for the language, or needs a word segmenter we do not ship (Japanese,
    Korean and Chinese need MeCab or jieba). A language code ending in ``LATIN_LETTERS`` ("hi-Latn")
    reads a word in Latin letters of a language written in another script by its spelling
    (``romanised_zipf``: "nahi" is Hindi's नहीं)."""
    from wordfreq import zipf_frequency

    if language.endswith(LATIN_LETTERS):
        language = language[: -len(LATIN_LETTERS)]
        romanised = romanised_zipf(word.casefold(), language)
        if romanised:
            return romanised
    if not language or language not in wordfreq_languages():
        return 0.0
    try:
        return float(zipf_frequency(word.casefold(), language))
    except ImportError:
        return 0.0


@lru_cache(maxsize=50_000)
def lemma_of(word: str, language: str) -> str:
    """The dictionary form ``simplemma`` gives ``word`` in ``language`` (the word itself when it knows
    none, reads no such language, or is not installed). Written as said: a capitalised word is read as
    a proper noun where the lemmatiser knows one (a Finnish given name's case form is read as the
    name's, the same word in lower case as a noun's)."""
    try:
        import simplemma

        return str(simplemma.lemmatize(word, lang=language))
    except (ImportError, ValueError):
        return word


def fold_accents(text: str) -> str:
    """Lower-case, accent-free text, so that "équipe" and "Equipe" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ħ": "h"}
)


def plain_letters(word: str) -> str:
    """A word as a file name or a plain keyboard writes it: lower case, no accents, and no letters
    that accents do not make ("görüşme" -> "gorusme", "łódź" -> "lodz", "Straße" -> "strasse")."""
    return fold_accents(word.casefold().translate(_PLAIN_LETTERS))


@lru_cache(maxsize=4)
def _plain_lists(language: str) -> dict[str, float]:
    """The language's list of common words (the one that told the transcript's language at import),
    keyed by their plain letters."""
    plain: dict[str, float] = {}
    for word, zipf in _detection_lists().get(language, {}).items():
        key = plain_letters(word)
        plain[key] = max(plain.get(key, 0.0), zipf)
    return plain


def plain_zipf(word: str, language: str) -> float:
    """How common a word of ``language`` is that, written in plain letters (``plain_letters``), is
    ``word``: what a word in a file name is ("gorusme" is Turkish "görüşme", an interview). 0 when the
    language has no word list."""
    if not language or language not in wordfreq_languages() or language in _UNSPACED:
        return 0.0
    return _plain_lists(language).get(plain_letters(word), 0.0)


LANGUAGE_MARGIN = 0.5
"""How much more common, on average (Zipf), a text's words must be in one language than in the next."""
LETTER_RUN = re.compile(r"[^\W\d_]+")
"""A run of letters (no digits, no underscore): a word as word lists and number words spell it."""


def guess_language(text: str) -> str | None:
    """The supported language a short text (a question) is written in: the one whose word
    frequencies its words have highest on average, when clearly ahead of the next; else None."""
    from wordfreq import zipf_frequency

    words = LETTER_RUN.findall(text.casefold())
    if len(words) < 3:
        return None
    scores = {
        language: sum(zipf_frequency(w, language) for w in words) / len(words) for language in LANGUAGES
    }
    first, second = sorted(scores, key=scores.__getitem__, reverse=True)[:2]
    return first if scores[first] - scores[second] >= LANGUAGE_MARGIN else None


DETECTION_MIN_WORDS = 5
"""Fewer different words than this carry no language ("Caption text #1", "#2"... is no language)."""
DETECTION_FLOOR = 2.0
"""Mean Zipf frequency below which a text is in no language ``wordfreq`` knows well (names, codes)."""
_UNSPACED = frozenset({"ja", "zh"})
"""Languages written without spaces between words: their word lists need a segmenter, so a transcript
in them is not told apart here (it gets no language rather than a wrong one)."""


@lru_cache(maxsize=1)
def _detection_lists() -> dict[str, dict[str, float]]:
    """Each language's list of common words ("small" list: about 30,000 words), as Zipf values."""
    import math

    from wordfreq import available_languages, get_frequency_dict

    lists = {}
    for language in sorted(available_languages("small")):
        if language in _UNSPACED:
            continue
        lists[language] = {
            word: math.log10(frequency) + 9
            for word, frequency in get_frequency_dict(language, "small").items()
        }
    return lists


_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_THAI = re.compile("[\u0e00-\u0e7f]")
SCRIPT_SHARE = 0.5
"""Share of a text's letters in one script without spaces from which that script names its language."""
KANA_SHARE = 0.1
"""Share of kana among Japanese and Chinese letters from which a text is Japanese (Japanese writes its
endings and particles in kana; Chinese has none)."""


TRANSLITERATING_LANGUAGES = frozenset(
    "ja zh ko th lo km my ar fa ur ps he yi hi mr ne bn pa gu ta te kn ml si am ka hy".split()
)
"""Languages written in a script in which speakers spell foreign brands and acronyms in their own letters
("エクセル", "إكسل", "एक्सेल"): a Latin name missing from such interviews may well be there."""


def script_language(text: str) -> str | None:
    """The language of a text written mostly in a script that names it: Japanese (kana with or without
    kanji), Chinese (Han characters, no kana), Korean (Hangul), Thai. None otherwise."""
    letters = sum(1 for char in text if char.isalpha())
    if not letters:
        return None
    kana, han = len(_KANA.findall(text)), len(_HAN.findall(text))
    if (kana + han) / letters >= SCRIPT_SHARE:
        return "ja" if kana / (kana + han) >= KANA_SHARE else "zh"
    for pattern, language in ((_HANGUL, "ko"), (_THAI, "th")):
        if len(pattern.findall(text)) / letters >= SCRIPT_SHARE:
            return language
    return None


def detect_text_language(text: str, min_words: int = DETECTION_MIN_WORDS) -> str | None:
    """The language a text (a transcript's first pages) is written in: of every language ``wordfreq``
    has a word list for, the one in which its words are most common on average (Zipf). No list of
    words per language is kept here: closely related languages (es/pt/it, da/nb/sv) are told apart by
    the frequencies themselves. None for too few words or words common in no language. Japanese,
    Chinese, Korean and Thai, whose words are not separated or whose lists need a segmenter, are named
    by their script (``script_language``)."""
    by_script = script_language(text)
    if by_script is not None:
        return by_script
    words = LETTER_RUN.findall(text.casefold())
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    if len(counts) < min_words:
        return None
    scores = {
        language: sum(zipfs.get(word, 0.0) * n for word, n in counts.items()) / len(words)
        for language, zipfs in _detection_lists().items()
    }
    best = max(scores, key=scores.__getitem__)
    known = scores[best] >= DETECTION_FLOOR
    return _romanised_language(words, _detection_lists()[best] if known else {}) or (best if known else None)


READ_SHARE = 0.7
"""Share of a text's words that a language's word list must hold to read it. The name finder reads a
transcript's lower-case names by frequencies only above it (``names.read_share``): transcripts of the
corpus and the blind studies hold 0.90 (Turkish) to 1.00, formal Finnish and Hungarian prose 0.73-0.77
(a review's passages); romanised Hindi read as Malay or English, 0.54-0.64: there "din kaisa" ("how was
the day") is two words the name index ranks as given names, and most words are in no list at all. And a
text that its best Latin-alphabet language reads under it (words at Zipf ``ROMANISED_BAR``), and that a
South Asian language's list read in Latin letters reads at least as well and better, is that language in
Latin letters (``_romanised_language``). Measured on 2026-12-06 (docs/evaluation.md): 0.80-0.88 for
Hinglish and 0.79-0.84 for romanised Urdu in the Hindi list, 0.78-0.81 for romanised Bengali in the
Bengali one, 0.68-0.74 for Tamil-English in the Tamil one; at most 0.64 in any of the three for English,
Malay, Tagalog, Swahili, Yoruba and Vietnamese without its accents."""
READ_MIN_WORDS = 150
"""Fewer words tell nothing: a short text full of names (a list of people) reads as another language."""
ROMANISED_BAR = 3.0
"""The Zipf frequency from which a word counts as read in telling a romanised language (``READ_SHARE``)."""


def _romanised_language(words: list[str], best_list: dict[str, float]) -> str | None:
    """The South Asian language (``DETECTED_ROMANISED``) that a text in Latin letters is written in,
    when the best Latin-alphabet list (``best_list``) reads under ``READ_SHARE`` of its words and
    that language's list, read in Latin letters, reads at least that share and more; else None."""
    latin = [word for word in words if word.isascii()]
    if len(latin) < READ_MIN_WORDS or len(latin) < 0.9 * len(words):
        return None
    latin_share = sum(best_list.get(word, 0.0) >= ROMANISED_BAR for word in latin) / len(latin)
    if latin_share >= READ_SHARE:
        return None
    shares = {
        language: sum(romanised_zipf(word, language) >= ROMANISED_BAR for word in latin) / len(latin)
        for language in DETECTED_ROMANISED
    }
    best = max(shares, key=shares.__getitem__)
    return best if shares[best] >= READ_SHARE and shares[best] > latin_share else None


SPELLED_NUMBER_LANGUAGES = (
    "en", "fr", "de", "es", "pt", "it", "nl", "sv", "no", "da", "fi", "pl", "cs", "sk", "sl", "hu",
    "ro", "tr", "lt", "lv", "id", "ca", "is", "ru", "uk", "vi", "ar", "he", "fa", "bn", "sr", "az",
)  # fmt: skip
"""Languages whose numbers 0-99 (and hundreds written as one word) ``num2words`` spells
(``spelled_numbers``)."""
JOINING_WORD = -1
"""The value ``spelled_numbers`` gives a word that only joins a tens word to a unit ("quarante et
un", "cuarenta y dos")."""
SPOKEN_NUMBER_WORDS = {
    "sv": {"fyrtio": 40},
    "no": {"sju": 7},
    "ar": {
        "اتنين": 2, "اثنين": 2, "تلاتة": 3, "تلاته": 3, "ثلاثه": 3, "اربعة": 4, "اربعه": 4, "أربعه": 4,
        "خمسه": 5, "سته": 6, "سبعه": 7, "تمانية": 8, "تمانيه": 8, "ثمانيه": 8, "تسعه": 9,
    },
    "fi": {"yks": 1, "kaks": 2, "viis": 5, "kuus": 6, "seittemän": 7, "seiska": 7, "kasi": 8, "ysi": 9},
    "hi": {
        "shunya": 0, "sunya": 0, "ek": 1, "do": 2, "teen": 3, "tin": 3, "chaar": 4, "char": 4, "paanch": 5,
        "panch": 5, "chhe": 6, "chhah": 6, "chah": 6, "che": 6, "saat": 7, "sat": 7, "aath": 8, "ath": 8,
        "nau": 9,
    },
    "bn": {
        "shunno": 0, "shunyo": 0, "ek": 1, "dui": 2, "tin": 3, "char": 4, "panch": 5, "chhoy": 6, "choy": 6,
        "shat": 7, "saat": 7, "aat": 8, "aath": 8, "noy": 9,
    },
    "ta": {
        "poojyam": 0, "pujyam": 0, "onnu": 1, "ondru": 1, "rendu": 2, "moonu": 3, "moondru": 3, "naalu": 4,
        "nalu": 4, "anju": 5, "aindhu": 5, "aaru": 6, "ezhu": 7, "elu": 7, "ettu": 8, "ombodhu": 9,
        "onbadhu": 9, "onbathu": 9,
    },
}  # fmt: skip
"""Number words of speech that ``num2words`` does not write: today's Swedish spelling of forty (it
writes the older "förtio"), the Finnish digits as people read out a phone number ("viis", "yks",
"kasi", "seiska"), the Arabic digits as spoken ("اتنين", "تمانيه": the colloquial forms, and "ه" for
"ة" as speech recognition writes it), and the Hindi-Urdu, Bengali and Tamil digits in Latin letters, as speech recognition
writes a number read out in code-mixed speech ("nau aath nau ek ...")."""


@lru_cache(maxsize=32)
def spelled_numbers(languages: tuple[str, ...]) -> dict[str, int]:
    """Every word of the numbers 0-99 written out in ``languages`` (``num2words``), and each hundred
    written as one word ("пятьсот" 500, the Turkish "yüz" 100), -> its value; a word
    that is a different number in two of them keeps the smaller, and one that only joins the parts
    of a number ("et", "y", "și") gets ``JOINING_WORD``. English also reads a zero as "oh"; the words of
    ``SPOKEN_NUMBER_WORDS`` count too."""
    from num2words import num2words

    words: dict[str, int] = {"oh": 0} if "en" in languages else {}
    parts_of_numbers: set[str] = set()
    for language in languages:
        for value in range(100):
            try:
                spelled = num2words(value, lang=language)
            except (NotImplementedError, OverflowError, KeyError, TypeError, ValueError):
                break
            parts = LETTER_RUN.findall(spelled.casefold())
            if len(parts) == 1:
                words[parts[0]] = min(words.get(parts[0], value), value)
            else:
                parts_of_numbers.update(parts)
        for value in range(100, 1000, 100):  # the hundreds written as one word ("пятьсот", "yüz")
            try:
                parts = LETTER_RUN.findall(num2words(value, lang=language).casefold())
            except (NotImplementedError, OverflowError, KeyError, TypeError, ValueError):
                break
            if len(parts) == 1:
                words.setdefault(parts[0], value)
        for word, value in SPOKEN_NUMBER_WORDS.get(language, {}).items():
            words.setdefault(word, value)
    for part in parts_of_numbers - set(words):
        words[part] = JOINING_WORD
    return words


def is_number_word(word: str, language: str | None = None) -> bool:
    """ "fifty", "Hundert", "vingt" (``text2num``, in any supported language), and in ``language``
    when it is another one ``num2words`` spells ("tjugotvå")."""
    return number_value(word, language) is not None


@lru_cache(maxsize=50_000)
def number_value(word: str, language: str | None = None) -> int | None:
    """The number a word spells in ``language``: by ``text2num`` in a supported language; in another
    language ``num2words`` spells, by its numbers 0-99 first (Swedish "tjugotvå" 22); otherwise, and
    when ``language`` is None, in the first supported language that reads it ("vingt" 20, "Hundert"
    100). None for no number word."""
    from text_to_num import text2num

    base = base_language(language)
    if base and base not in LANGUAGES and base in SPELLED_NUMBER_LANGUAGES:
        value = spelled_numbers((base,)).get(word.casefold())
        if value is not None and value != JOINING_WORD:
            return value
    for candidate in (base,) if base in LANGUAGES else LANGUAGES:
        try:
            return int(text2num(word.lower(), candidate))
        except (ValueError, TypeError):
            continue
    return None
