"""Words of a question: the names it mentions and whether its terms occur in the interviews at all."""

from __future__ import annotations

import bisect
import re
import threading
from functools import lru_cache
from typing import Any

from assistant.ask.text import fold, query_terms
from assistant.core.words import UNSPACED_RUN, guess_language, number_value, word_frequency
from assistant.ingest.names_caseless import HANGUL_RUN, listed_zipf

_KEY_TERM = re.compile(r"[^\W_][\w/&.+-]*[^\W_]\+*|[^\W\d_]\+*")
_GENERIC_CAPS = frozenset({"i", "ok", "vp", "vps"})
NOUNS_CAPITALISED = frozenset({"de"})
"""Languages that capitalise every noun: there a capital letter does not make a word a name."""


def key_terms(question: str, language: str | None = None) -> list[str]:
    """Names in a question (products, acronyms, mixed-case or capitalised words not opening it).

    ``language`` is the question's language when known (German capitalises every noun)."""
    terms: list[str] = []
    capitals_name = language not in NOUNS_CAPITALISED
    for index, match in enumerate(_KEY_TERM.finditer(question)):
        word = match.group(0).rstrip(".")
        letters = [c for c in word if c.isalpha()]
        if not letters or fold(word) in _GENERIC_CAPS:
            continue
        has_inner_capital = any(c.isupper() for c in word[1:])
        looks_named = has_inner_capital or any(c.isdigit() for c in word) or "/" in word
        capitalised = capitals_name and word[0].isupper() and index > 0
        if looks_named or capitalised:
            terms.append(word)
    return terms


def question_names(question: str) -> list[str]:
    """The question's names that have index terms, in the question's language."""
    return [name for name in key_terms(question, guess_language(question)) if query_terms(name)]


def spelled_acronyms(question: str) -> list[str]:
    """Upper-case acronyms spelled like a function word of some language ("AI", "IT"), which the
    index drops: whether the interviews use them is checked on their upper-case words."""
    return [
        word
        for word in key_terms(question)
        if len(word) >= 2 and word.isalpha() and word.isupper() and not query_terms(word)
    ]


_QUESTION_WORD = re.compile(r"[\w'-]+")


SPECIFIC_ZIPF = 4.5
"""A question word rarer than this in everyday language (Zipf) is specific: "exoskeletons",
"Wasserstoff", "groupmate", not "feedback" or "whole", which the interviews may well say otherwise."""


def specific_words(question: str) -> dict[str, list[str]]:
    """The question's specific words, each with its index terms. In Chinese and Japanese, written
    without spaces, the words of each run of letters (``cjk_words``; in Chinese only those of the
    word list, letters it has no word for are left to the name checks), each with itself as its one
    term (``term_present`` reads it by its pairs of letters)."""
    words: dict[str, list[str]] = {}
    for match in _QUESTION_WORD.finditer(question):
        word = match.group(0)
        if HANGUL_RUN.fullmatch(word):
            stem = korean_noun(word)
            if stem and stem not in KO_QUESTION_WORDS and listed_zipf(stem, "ko") < SPECIFIC_ZIPF:
                words.setdefault(stem, [stem])
            continue
        if UNSPACED_RUN.search(word):
            for run in UNSPACED_RUN.findall(word):
                language = _cjk_language(run)
                floor = SEGMENT_ZIPF if language == "zh" else 0.0  # Japanese: words by their letters
                for part in cjk_words(run):
                    if (
                        part not in CJK_QUESTION_WORDS
                        and floor <= listed_zipf(part, language) < SPECIFIC_ZIPF
                    ):
                        words.setdefault(part, [fold(part)])
            word = UNSPACED_RUN.sub(" ", word).strip()
            if not word:
                continue
        terms = query_terms(word)
        common = max(word_frequency(word.casefold()), word_frequency(fold(word)))
        if terms and common < SPECIFIC_ZIPF:
            words.setdefault(word, terms)
    return words


CJK_QUESTION_WORDS = frozenset(
    "受访者 被访者 访谈者 参与者 参加者 采访 访谈 提到 提及 谈到 说到 回答者 有什么 是什么 用什么 为什么 怎么样 "
    "インタビュー 回答者 参加者 対象者 言及 話し".split()
)
"""Words that frame a Chinese or Japanese question about interviews (the interviewees, mentioning,
talking), as ``QUESTION_WORDS`` are in the languages with spaces: the interviews never say them."""


KO_NOUN_ENDINGS = tuple(
    sorted(
        """들에게서 에게서 들에서 들에게 들의 들은 들이 들을 들도 들과 들 에서 에게 한테 으로 께서 부터 까지
        처럼 보다 이나 이랑 하고 에는 에도 은 는 이 가 을 를 의 에 도 로 와 과 만 랑 나""".split(),
        key=len,
        reverse=True,
    )
)
"""Korean particles (and the plural "들") a noun is said with ("강사들의", "수강료를"), longest first."""
KO_PREDICATE_ENDINGS = (
    "요", "까", "다", "죠", "하는", "하고", "하게", "한", "할", "된", "되는", "인", "있는", "없는",
    "거나", "지만", "는데", "니까", "고", "며", "면", "서", "해",
)  # fmt: skip
"""Endings of a Korean verb or adjective ("관리하나요", "있습니까", "사용하는", "그만두거나", "생기고"): such
a word is read as no noun (a few nouns end so too, "재고", "문서": they are not asked about by letters)."""
KO_QUESTION_WORDS = frozenset(
    "얼마 무엇 어떤 어떻게 누구 언제 어디 참여자 참가자 응답자 인터뷰 면접자 언급".split()
)
"""Question words and words that frame a Korean question about interviews (participants, mentioning)."""


def korean_noun(word: str) -> str | None:
    """A Korean word as the noun it is said with (without its particles: "수강료를" -> "수강료"), or None
    for a verb or adjective form or a noun of one letter. wordfreq's Korean list holds stems apart from
    their particles, so the noun is what it and the interviews' letter pairs can be asked about."""
    if word.endswith(KO_PREDICATE_ENDINGS):
        return None
    for ending in KO_NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            word = word[: -len(ending)]
            break
    return word if len(word) >= 2 else None


SEGMENT_ZIPF = 2.0
"""Chinese words rarer than this in wordfreq's list are mostly its own segmenter's slips ("最头", "钱给")
and are not read as words."""


def _cjk_language(run: str) -> str:
    return "ja" if re.search("[\u3040-\u30ff]", run) else "zh"


def cjk_words(run: str) -> list[str]:
    """The words of a run of Chinese or Japanese letters. Japanese writes its words in kanji or katakana
    and its particles and endings in hiragana: each run of kanji and each run of katakana is a word.
    Chinese by its word list (up to four letters): the longest listed words from the right and from
    the left, whichever leaves fewer letters uncovered, and on a tie the one of commoner words (the
    usual two-way reading of a dictionary); letters the list has no word for are kept together (a
    name, a product, a rare term). Single letters are left out."""
    if _cjk_language(run) == "ja":
        return [
            w for w in re.findall("[\u3005\u3400-\u4dbf\u4e00-\u9fff]+|[\u30a0-\u30ff]+", run) if len(w) >= 2
        ]
    readings = [_listed_words(run, reverse=True), _listed_words(run, reverse=False)]
    # fewer letters left uncovered; on a tie, the commoner words ("客人|用|无人机", not "客|人用|无人机")
    words = min(readings, key=lambda reading: (reading[1], -sum(listed_zipf(w, "zh") for w in reading[0])))[0]
    return [w for w in words if len(w) >= 2]


def _listed_words(run: str, *, reverse: bool) -> tuple[list[str], int]:
    """Longest-match words of the Chinese list (four letters at most), read from the left or the right,
    letters between listed words kept together; and how many letters no listed word covers."""
    text = run[::-1] if reverse else run
    words: list[str] = []
    unlisted = ""
    uncovered = i = 0
    while i < len(text):
        for size in (4, 3, 2):
            part = text[i : i + size]
            if len(part) == size and listed_zipf(part[::-1] if reverse else part, "zh") >= SEGMENT_ZIPF:
                break
        else:
            unlisted += text[i]
            uncovered += 1
            i += 1
            continue
        if unlisted:
            words.append(unlisted)
        unlisted = ""
        words.append(part)
        i += size
    if unlisted:
        words.append(unlisted)
    return ([w[::-1] for w in reversed(words)] if reverse else words), uncovered


def term_present(term: str, vocabulary: set[str]) -> bool:
    """Whether a question term (or a close form of it: prefix, one typo) is used in the interviews.

    One letter apart counts only when one of the two is not an ordinary word (a typo, an accent
    lost in folding): "drone" is not "drove", nor "audio" "audit". A Chinese or Japanese word of three
    letters or more, and a Korean noun of two or more, is used when each of its pairs of letters is (the
    index holds pairs)."""
    if len(term) > 2 and UNSPACED_RUN.fullmatch(term) or len(term) >= 2 and HANGUL_RUN.fullmatch(term):
        return all(term[i : i + 2] in vocabulary for i in range(len(term) - 1))
    return close_term(term, vocabulary)


def close_term(term: str, vocabulary: set[str], longer_by: int = 3) -> bool:
    """``longer_by``: how many letters longer than a word of the interviews the term may be and still
    count as that word when it starts with it ("drones" and "drone"; at 1, "tableau" is not "table")."""
    if term in vocabulary:
        return True
    if len(term) < 4:
        return False
    lookup = _lookup(vocabulary)
    for word in lookup.near(term) if lookup is not None else vocabulary:
        if abs(len(word) - len(term)) > 3:
            continue
        if word.startswith(term) or (
            len(word) >= 4 and term.startswith(word) and len(term) - len(word) <= longer_by
        ):
            return True
        if (
            len(term) >= 5
            and abs(len(word) - len(term)) <= 1
            and _edit_distance_at_most_one(term, word)
            and (not (_established(term) and _established(word)) or _spelling_variant(term, word))
        ):
            return True
    return _compound_present(term, vocabulary)


_ALTERNATING = ({"s", "z"}, {"s", "c"})
"""Letters that alternate in spellings of one word ("organise", "organize"; "licence", "license")."""
_VOWELS = frozenset("aeiou")


def _spelling_variant(a: str, b: str) -> bool:
    """Whether two ordinary words one edit apart are one word spelled or inflected two ways: a
    letter doubled or a "u" after "o" in a word of five letters or more ("travelled", "colour"), a
    final vowel changed (gender and number: "médico", "médica"), or s/z or s/c swapped ("organise",
    "licence"). "drone" and "drove", "audio" and "audit", "facial" and "fácil" are not."""
    if len(a) != len(b):
        short, long = sorted((a, b), key=len)
        i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
        added = long[i]
        doubled = added in (long[i - 1 : i], long[i + 1 : i + 2])  # "traveled", "travelled"
        british = added == "u" and long[i - 1 : i] == "o"  # "color", "colour"
        return len(short) >= 5 and (doubled or british)
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    if len(differ) != 1:
        return False
    i = differ[0]
    pair = {a[i], b[i]}
    if i == len(a) - 1 and pair <= _VOWELS:
        return True
    return pair in _ALTERNATING


LOOKUP_MIN_WORDS = 5000
"""From this many words on, a vocabulary gets an index for close forms instead of being scanned."""
SCANS_BEFORE_LOOKUP = 20
"""Scans of one vocabulary (close forms asked for) before it gets an index: a session's third or
fourth question, as a question asks for two to eight."""
_LOOKUPS: dict[int, list[Any]] = {}
"""id(vocabulary) -> [the vocabulary, scans so far, its _Lookup or None]."""
_LOOKUPS_LOCK = threading.Lock()


class _Lookup:
    """The words of a large vocabulary that could be a close form of a term: those it starts with
    or that start with it, and those one edit away (found through their one-letter deletions)."""

    def __init__(self, vocabulary: set[str]) -> None:
        self.vocabulary = vocabulary
        self.ordered = sorted(vocabulary)
        self.deletions: dict[str, list[str]] = {}
        for word in vocabulary:
            if len(word) >= 4:
                for i in range(len(word)):
                    self.deletions.setdefault(word[:i] + word[i + 1 :], []).append(word)

    def near(self, term: str) -> set[str]:
        found: set[str] = set()
        start = bisect.bisect_left(self.ordered, term)
        for word in self.ordered[start:]:
            if not word.startswith(term):
                break
            found.add(word)
        found.update(term[:k] for k in range(4, len(term)) if term[:k] in self.vocabulary)
        found.update(self.deletions.get(term, ()))
        for i in range(len(term)):
            shorter = term[:i] + term[i + 1 :]
            if shorter in self.vocabulary:
                found.add(shorter)
            found.update(self.deletions.get(shorter, ()))
        return found


def _lookup(vocabulary: set[str]) -> _Lookup | None:
    """The index of a large vocabulary, or None: scan it. The index is built once per vocabulary
    object, after a few scans of it (a retriever that answers one question never pays for it)."""
    if len(vocabulary) < LOOKUP_MIN_WORDS:
        return None
    with _LOOKUPS_LOCK:
        held = _LOOKUPS.get(id(vocabulary))
        if held is not None and held[0] is vocabulary:
            held[1] += 1
            if isinstance(held[2], _Lookup):
                return held[2]
            if held[1] < SCANS_BEFORE_LOOKUP:
                return None
        else:
            if len(_LOOKUPS) >= 4:
                _LOOKUPS.pop(next(iter(_LOOKUPS)))
            _LOOKUPS[id(vocabulary)] = [vocabulary, 1, None]
            return None
    lookup = _Lookup(vocabulary)
    with _LOOKUPS_LOCK:
        held = _LOOKUPS.get(id(vocabulary))
        if held is not None and held[0] is vocabulary:
            held[2] = lookup
    return lookup


COMPOUND_PART = 5
"""Shortest part of a compound word that is looked up on its own (German "Fernwärme" is not "fern")."""


def _compound_present(term: str, vocabulary: set[str]) -> bool:
    """A long compound whose two parts the interviews use, each perhaps inflected or with a linking
    "s" ("heizungssanierung": "heizung" and "sanierung")."""
    if len(term) < 2 * COMPOUND_PART:
        return False
    return any(
        _inflection_in(term[:i], vocabulary) and _inflection_in(term[i:], vocabulary)
        for i in range(COMPOUND_PART, len(term) - COMPOUND_PART + 1)
    )


SHARED_STEM = 6
"""Letters a question word must share, from its start, with a word of the interviews to count as used
in the note on unused words: "frustrates" and "frustrated", "yönetiliyor" and "yönetiyor"."""


COMPOUND_TAIL = 7
"""A question word of at least this many letters counts as used inside a longer word of the interviews
("freigabe" in "rechnungsfreigabe", "inspektion" in "dachinspektionen")."""


def stem_used(term: str, vocabulary: set[str]) -> bool:
    """Whether the interviews use a question term, a close form of it (``close_term``), a word with
    its first ``SHARED_STEM`` letters (another inflection of it) or, for a long term, a compound that
    holds it: looser than the answerability features' test, because a note that a word is unused
    must not name one the interviews inflect or compound."""
    if HANGUL_RUN.fullmatch(term):
        return term_present(term, vocabulary)  # a Korean noun: by its pairs of letters, as indexed
    if close_term(term, vocabulary, longer_by=1):
        return True
    if len(term) >= 4 and term.endswith("e") and term[:-1] in vocabulary:
        return True  # the index's light stemming leaves "fixe" of "fixes" beside "fix" of "fixing"
    if len(term) < SHARED_STEM:
        return False
    stem = term[:SHARED_STEM]
    lookup = _lookup(vocabulary)
    if lookup is not None:
        at = bisect.bisect_left(lookup.ordered, stem)
        if at < len(lookup.ordered) and lookup.ordered[at].startswith(stem):
            return True
    elif any(word.startswith(stem) for word in vocabulary):
        return True
    return len(term) >= COMPOUND_TAIL and any(term in word for word in vocabulary)


def _inflection_in(part: str, vocabulary: set[str]) -> bool:
    """The part, or the part without an ending of up to three letters, is an index term."""
    return any(part[: len(part) - cut] in vocabulary for cut in range(4) if len(part) - cut >= COMPOUND_PART)


ESTABLISHED_ZIPF = 3.0
"""Two words this frequent in a supported language are different words, not a typo of each other."""


@lru_cache(maxsize=100_000)
def _established(word: str) -> bool:
    """Whether a folded word is an ordinary word of some supported language ("drone", "drove")."""
    return word_frequency(word) >= ESTABLISHED_ZIPF


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


# -- what kind of answer a question asks for ---------------------------------------------------------
_AMOUNT_QUESTION = re.compile(
    r"\b(?:how\s+(?:much|many)|combien|wie\s*viele?|wie\s+hoch"
    r"|(?<!en\s)cu[aá]nt[oa]s?\b(?!\s+antes\b)"
    r"|(?<!en)(?<!tanto\s)quant[oaie]s?\b(?!\s+(?:a|ao|à|al|alla|mais|menos|più|meno)\b)|hoeveel)",
    re.IGNORECASE,
)
"""Question words asking for an amount ("how much", "combien", "wie viel", "cuánto", "quanto", "quanti",
"hoeveel"; not "en cuanto a", "cuanto antes", "quanto a", "quanto mais", "quanto al", "tanto quanto")."""
_WHICH_QUESTION = re.compile(
    r"(?<!,\s)\b(?:which|welche[rsnm]?|quel(?:le)?s?|cu[aá]l(?:es)?|qua(?:l|is)|qual[ei]|welke?)\b"
    r"(?!\s+(?:est|sont|était|étaient|es|son|era|eran|fue|fueron|é|è|são|foi|foram|sono|erano|ist|sind|war|is"
    r"|are|was|zijn|waren)\b)",
    re.IGNORECASE,
)
"""Question words asking to pick named things ("which processor", "welche Wallbox", "quel logiciel", "quale
gestionale", "welke app"); not "what is" ("quel est", "¿cuál es", "qual é", "qual è") nor a relative
"..., which"."""
_AMOUNT = re.compile(r"\d|[$€£¥%]")
_SPAN_WORD = re.compile(r"[^\W\d_]+")


def answer_type(question: str) -> str | None:
    """``"amount"`` for a question asking how much or how many, ``"name"`` for one asking which
    things, else None: grammar of the supported languages, no topic words."""
    if _AMOUNT_QUESTION.search(question):
        return "amount"
    if _WHICH_QUESTION.search(question):
        return "name"
    return None


def carries_amount(text: str, language: str | None = None) -> bool:
    """A digit, a currency or per-cent sign, or a number word of two or more in ``language`` (any
    supported one when unknown): "fifty", "vingt", "zwanzig"; not "une", "ein", "uma", which are
    mostly articles."""
    if _AMOUNT.search(text):
        return True
    return any(
        len(word) > 2 and (number_value(word, language) or 0) >= 2 for word in _SPAN_WORD.findall(text)
    )


def carries_name(text: str, language: str | None, asked: set[str]) -> bool:
    """A name the question does not already give (a product, a firm, an acronym: see ``key_terms``)."""
    return any(fold(term) not in asked for term in key_terms(text, language))
