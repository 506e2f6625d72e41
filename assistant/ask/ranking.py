"""Ranking retrieved spans and deciding whether the interviews answer at all, with models trained held-out.

Both are logistic regressions over a few language-independent signals, trained on the evaluation
corpus's questions (``eval/train_ask.py``) and shipped as numbers in ``assistant/data/ask_model.json``:

* the ranker scores a candidate span by its meaning (cosine to the question), its words (BM25), how
  alike the interviewer's question before it is to the user's question, whether it is a verified
  finding, and its length;
* the answerability model reads the whole retrieval: how close the best spans come, and whether the
  question's own topic words (named products above all) occur in the interviews at all.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from assistant.ask.terms import (
    NOUNS_CAPITALISED,
    SPECIFIC_ZIPF,
    answer_type,
    carries_amount,
    carries_name,
    key_terms,
    question_names,
    specific_words,
    spelled_acronyms,
    stem_used,
    term_present,
)
from assistant.ask.text import fold, query_terms
from assistant.core.words import (
    TRANSLITERATING_LANGUAGES,
    base_language,
    count_words,
    detect_text_language,
    guess_language,
    zipf_in,
)

Retriever = Any
"""A :class:`assistant.ask.retrieval.Retriever` (typed loosely: retrieval imports this module)."""

MODEL_FILE = "ask_model.json"
RANK_FEATURES = (
    "vector",
    "question_context",
    "keyword",
    "keyword_raw",
    "vector_reciprocal_rank",
    "keyword_reciprocal_rank",
    "finding",
    "log_words",
    "short",
    "opens_turn",
    "category_match",
)
ANSWER_FEATURES = (
    "best_vector",
    "top3_vector",
    "best_context",
    "best_keyword",
    "term_coverage",
    "absent_terms",
    "absent_named",
    "topic_terms",
    "cross_language",
    "answer_missing",
)


@dataclass
class LinearModel:
    """A logistic regression over named, standardised features."""

    names: tuple[str, ...]
    coef: np.ndarray
    intercept: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, rows: np.ndarray) -> np.ndarray:
        if len(rows) == 0:
            return np.zeros(0)
        logits = ((rows - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))

    def to_json(self) -> dict[str, Any]:
        return {
            "names": list(self.names),
            "coef": [round(float(v), 6) for v in self.coef],
            "intercept": round(float(self.intercept), 6),
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "threshold": round(float(self.threshold), 4),
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        return cls(
            names=tuple(data["names"]),
            coef=np.asarray(data["coef"], dtype=np.float64),
            intercept=float(data["intercept"]),
            mean=np.asarray(data["mean"], dtype=np.float64),
            scale=np.asarray(data["scale"], dtype=np.float64),
            threshold=float(data.get("threshold", 0.5)),
            meta=dict(data.get("meta") or {}),
        )


def fit_linear(
    rows: np.ndarray, labels: np.ndarray, names: tuple[str, ...], *, c: float = 1.0, balanced: bool = False
) -> LinearModel:
    from sklearn.linear_model import LogisticRegression

    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced" if balanced else None)
    model.fit((rows - mean) / scale, labels)
    return LinearModel(names, model.coef_[0].astype(np.float64), float(model.intercept_[0]), mean, scale)


@dataclass
class AskModel:
    ranker: LinearModel
    answerable: LinearModel


@lru_cache(maxsize=1)
def shipped_ask_model() -> AskModel | None:
    try:
        raw = resources.files("assistant").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(raw)
    return AskModel(LinearModel.from_json(data["ranker"]), LinearModel.from_json(data["answerable"]))


def shipped_rank_model() -> LinearModel | None:
    model = shipped_ask_model()
    return model.ranker if model is not None else None


# -- features ------------------------------------------------------------------------------------


def _cosines(retriever: Retriever, query: str, texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros(0)
    vector = retriever.embedder.embed_query(query)
    return np.asarray(retriever.embedder.embed_documents(texts) @ vector, dtype=np.float64)


INTENT_TEMPERATURE = 0.02


@lru_cache(maxsize=1)
def category_descriptions() -> dict[str, str]:
    import yaml

    from assistant.core.prompts import prompts_dir

    return dict(yaml.safe_load((prompts_dir() / "categories.yaml").read_text(encoding="utf-8")))


def question_intent(retriever: Retriever, query: str) -> dict[str, float]:
    """How much the question asks about each finding category (a softmax over meaning similarities)."""
    descriptions = category_descriptions()
    names = list(descriptions)
    vector = retriever.embedder.embed_query(query)
    similarity = retriever.embedder.embed_documents([descriptions[n] for n in names]) @ vector
    weights = np.exp((similarity - similarity.max()) / INTENT_TEMPERATURE)
    weights = weights / weights.sum()
    return {name: float(w) for name, w in zip(names, weights, strict=True)}


def candidate_rows(
    retriever: Retriever, query: str, found: dict[int, dict[str, float]]
) -> tuple[list[int], np.ndarray]:
    """The candidate rows and their RANK_FEATURES."""
    rows = sorted(found)
    intent = question_intent(retriever, query)
    units = [retriever.units[p] for p in rows]
    vector = _cosines(retriever, query, [u.text for u in units])
    questions = sorted({u.question for u in units if u.question})
    question_similarity = dict(zip(questions, _cosines(retriever, query, questions), strict=True))
    best_keyword = max((info.get("keyword_score", 0.0) for info in found.values()), default=0.0) or 1.0
    # Words shared by a question and interviews in another language are accidents (names, numbers,
    # loan words): keyword evidence is left out there. Leave-one-study-out, recall@10 of the
    # 19 cross-language questions went 0.099 -> 0.129 (schools-pt 0.09 -> 0.17, viticulture-fr
    # 0.09 -> 0.11, heatpump-de unchanged).
    words_count = not question_language_differs(retriever, query, rows)
    features = []
    for p, unit, cosine in zip(rows, units, vector, strict=True):
        info = found[p]
        words = count_words(unit.text)
        features.append(
            [
                float(cosine),
                # a span no interviewer question precedes (meetings, monologues) takes its own cosine
                float(question_similarity.get(unit.question, cosine)),
                info.get("keyword_score", 0.0) / best_keyword if words_count else 0.0,
                math.log1p(info.get("keyword_score", 0.0)) if words_count else 0.0,
                1.0 / (1.0 + info["vector_rank"]) if "vector_rank" in info else 0.0,
                1.0 / (1.0 + info["keyword_rank"]) if "keyword_rank" in info and words_count else 0.0,
                1.0 if retriever.categories_of(unit) else 0.0,
                math.log1p(words) / 3.0,
                1.0 if words < 5 else 0.0,
                1.0 if unit.start == 0 else 0.0,
                sum(intent.get(category, 0.0) for category in retriever.categories_of(unit)),
            ]
        )
    return rows, np.asarray(features, dtype=np.float64).reshape(len(rows), len(RANK_FEATURES))


def rank_candidates(
    model: LinearModel, retriever: Retriever, query: str, found: dict[int, dict[str, float]]
) -> dict[int, float]:
    """Row -> probability that the span answers the question."""
    rows, features = candidate_rows(retriever, query, found)
    return dict(zip(rows, (float(p) for p in model.probability(features)), strict=True))


def question_language_differs(retriever: Retriever, query: str, positions: list[int]) -> bool:
    """Whether the question is in a known language none of the searched interviews is in."""
    asked = guess_language(query)
    if asked is None:
        return False
    spoken = retriever.languages(positions)
    return bool(spoken) and asked not in spoken


def transliterated(retriever: Retriever, positions: list[int]) -> bool:
    """Whether every searched interview is in a language that spells foreign names in its own script
    (``TRANSLITERATING_LANGUAGES``): a Latin product name or acronym the question gives may be there in
    other letters, so its absence refuses nothing."""
    spoken = retriever.languages(positions)
    return bool(spoken) and spoken <= TRANSLITERATING_LANGUAGES


def answer_row(
    retriever: Retriever,
    query: str,
    positions: list[int],
    found: dict[int, dict[str, float]],
    features: np.ndarray | None,
) -> np.ndarray:
    """ANSWER_FEATURES of one question's retrieval (``features``: its candidates' RANK_FEATURES)."""

    vocabulary = retriever.vocabulary(positions)
    topic = query_terms(query)
    present = [term for term in topic if term_present(term, vocabulary)]
    # A question asked in another language than the interviews (English over German transcripts)
    # shares few words with them by nature: word coverage then says nothing about answerability.
    cross = question_language_differs(retriever, query, positions)
    missing = _answer_missing(retriever, query, found, features, topic, cross=cross)
    if cross:
        present = list(topic)
    # Coverage counts the specific words only: a question's everyday words ("feedback", "whole")
    # may be said otherwise in the interviews, its specific ones ("exoskeletons") hardly.
    specific = [any(term_present(t, vocabulary) for t in terms) for terms in specific_words(query).values()]
    acronyms = spelled_acronyms(query)
    if acronyms:
        used = retriever.acronyms(positions)
        topic = topic + acronyms
        present = present + [a for a in acronyms if a in used or cross]
        specific += [a in used for a in acronyms]
    coverage = 1.0 if cross or not specific else sum(specific) / len(specific)
    named = question_names(query)
    absent_named = not transliterated(retriever, positions) and any(
        not any(term_present(t, vocabulary) for t in query_terms(name)) for name in named
    )
    if features is None or len(features) == 0:
        vector = np.zeros(1)
        context = np.zeros(1)
        keyword = np.zeros(1)
    else:
        vector, context, keyword = features[:, 0], features[:, 1], features[:, 3]
    top = np.sort(vector)[-3:]
    return np.asarray(
        [
            float(vector.max()),
            float(top.mean()),
            float(context.max()),
            float(keyword.max()),
            coverage,
            float(min(3, len(topic) - len(present))),
            1.0 if absent_named else 0.0,
            float(min(6, len(topic))),
            1.0 if cross else 0.0,
            1.0 if missing else 0.0,
        ],
        dtype=np.float64,
    )


def unused_words(
    retriever: Retriever, question: str, positions: list[int], also: list[list[int]] | None = None
) -> list[str]:
    """The question's specific words and acronyms (as the question writes them, in its order) that
    none of the searched interviews uses in any form, whoever speaks: "drones" in "Do cities use
    drones for roof inspections?" over interviews that discuss roof inspections at length. Shown with
    the answer, as a search engine shows what a result is missing, so that ten quotes on the topic
    do not read as an answer about the thing asked. Empty when nothing is searched, and for a
    question in another language than the interviews (it shares no words with them by nature); a
    word common in the interviews' language ("Kto", "neden": who, why) is never named. ``also``: the
    spans of the searched interviews' other speakers (their words count as used; each set's
    vocabulary is remembered apart, so the participants' one is shared with the ranking)."""
    if not positions:
        return []
    spoken = retriever.languages(positions)
    asked = guess_language(question) or detect_text_language(question, min_words=3)
    if asked is None or (spoken and base_language(asked) not in spoken):
        return []
    vocabulary = retriever.vocabulary(positions)
    extra = [p for p in also or [] if p]
    if extra:
        vocabulary = vocabulary.union(*(retriever.vocabulary(p) for p in extra))
    # A question in capitals has no acronyms: "DO THEY USE DRONES?"
    cased = any(c.islower() for c in question)
    acronyms = spelled_acronyms(question) if cased else []
    # the question's names count whatever their frequency ("Tableau" is an everyday French word)
    named = {name: query_terms(name) for name in question_names(question)}
    # the interviews' acronyms are indexed only when the question has one (the index reads every span)
    has_acronym = cased and (bool(acronyms) or any(w.isupper() for w in named))
    used = set().union(*(retriever.acronyms(p) for p in [positions, *extra])) if has_acronym else set()
    found: dict[tuple[str, ...], tuple[int, str]] = {}
    for word, terms in {**specific_words(question), **named}.items():
        shown = word.strip("'’-")
        key = tuple(terms)
        if key in found or not any(c.isalpha() for c in shown):
            continue
        if word not in named and any(
            zipf_in(shown.casefold(), language) >= SPECIFIC_ZIPF for language in spoken
        ):
            continue
        if cased and shown.isupper() and (shown in used or f"{fold(shown).casefold()}s" in vocabulary):
            continue  # "API" where the interviews say "APIs"
        if not any(stem_used(term, vocabulary) for term in terms):
            found[key] = (question.find(word), shown)
    if cased:
        for acronym in acronyms:
            plural = f"{fold(acronym).casefold()}s"
            if (acronym,) not in found and acronym not in used and plural not in vocabulary:
                found[(acronym,)] = (question.find(acronym), acronym)
    return [shown for _at, shown in sorted(found.values())]


CROSS_LANGUAGE_SPANS = 10
"""Across languages, the spans that speak of the topic are the candidates closest in meaning."""


def _answer_missing(
    retriever: Retriever,
    query: str,
    found: dict[int, dict[str, float]],
    features: np.ndarray | None,
    topic: list[str],
    *,
    cross: bool,
) -> str | None:
    """The kind of answer the question asks for (an amount, a name: ``answer_type``) when none of
    the candidate spans that speak of its topic carries one, else None.

    "How much do they pay for the licence?" over interviews that discuss the licence but never its
    price, or "Which payroll software...?" where the software is never named: the topic words are
    there, what was asked is not. The spans that speak of the topic are those sharing a
    specific word of the question (any topic word when it has none); a question in another
    language than the interviews shares no words with them, so there they are the
    ``CROSS_LANGUAGE_SPANS`` closest in meaning."""
    kind = answer_type(query)
    if kind is None:
        return None
    rows = sorted(found)
    wanted = {term for terms in specific_words(query).values() for term in terms} or set(topic)
    if cross:
        wanted = set()
        if features is not None and len(features) == len(rows):
            rows = [rows[i] for i in np.argsort(-features[:, 0], kind="stable")[:CROSS_LANGUAGE_SPANS]]
    given = {fold(term) for term in key_terms(query)}
    examined = 0
    for row in rows:
        unit = retriever.units[row]
        if wanted and not wanted.intersection(query_terms(unit.text)):
            continue
        examined += 1
        language = base_language(unit.transcript.interview.language)
        if kind == "amount" and carries_amount(unit.text, language):
            return None
        if kind == "name" and (language in NOUNS_CAPITALISED or carries_name(unit.text, language, given)):
            return None  # where every noun has a capital (German), a name cannot be told from a noun
    # no span on the topic at all: the absent words already say so (``absent_terms``)
    return kind if examined else None
