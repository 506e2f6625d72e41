"""What the live assistant reads in an answer: length, vagueness, people, numbers, and category scores."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.core.models import CATEGORIES
from assistant.extract.classifier import SpanClassifier, classify_spans, shipped_classifier
from assistant.extract.spans import Span, utterance_spans
from assistant.providers.embeddings import Embedder, classifier_embedder

Scorer = Callable[[list[str], list[str]], list[dict[str, float]]]
"""Coverage scores for each answer text, given the question it answers (the classifier, or a fake)."""

COVERED_THRESHOLD = 0.4
"""A category counts as covered once one answer's coverage score reaches this."""
SHORT_ANSWER_WORDS = 12
NON_ANSWER_WORDS = 4

_HEDGES = re.compile(
    r"\b(usually|normally|generally|typically|sometimes|often|it depends|kind of|sort of|stuff|things|"
    r"whatever|basically|in general|more or less|i guess|not sure|various)\b",
    re.IGNORECASE,
)
_CONCRETE = re.compile(
    r"\b(yesterday|today|last (week|month|year|time|monday|tuesday|wednesday|thursday|friday)|"
    r"this morning|for example|for instance|once|when i|when we|at \d|\d+)\b",
    re.IGNORECASE,
)
_PEOPLE_OR_EVENTS = re.compile(
    r"\b(my (boss|manager|team|colleague|client|customer|director|lead)|he|she|they|we|"
    r"meeting|call|email|called|told|asked|happened|yesterday|last)\b",
    re.IGNORECASE,
)
# Words for people by what they do: generic English job and relationship nouns.
_PERSON_NOUNS = re.compile(
    r"\b(boss|manager|managers|director|colleague|colleagues|coworker|co-worker|client|clients|customer|"
    r"customers|supervisor|lead|partner|partners|owner|assistant|accountant|lawyer|doctor|nurse|driver|"
    r"engineer|technician|inspector|auditor|vendor|supplier|contractor|intern|ceo|cfo|cto|coo|vp|"
    r"head of \w+|wife|husband|mum|mom|dad|friend|neighbou?r|procurement|legal|finance|it team|hr)\b",
    re.IGNORECASE,
)
# Capitalised words that are not names when they start a clause or are calendar words.
_NOT_NAMES = frozenset(
    "I I'm I've I'd I'll OK Okay Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December Yes No So And But Then Well "
    "Also The A An It We They He She You My Our".split()
)
_WORD_AFTER = re.compile(r"([.!?:;\"(]?)\s*([A-Za-z][\w'-]*)")
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|twice|double"
)
_QUANTITY = re.compile(rf"(\d|[$€£¥%]|\b({_NUMBER_WORDS})\b)", re.IGNORECASE)
_ASKS_QUANTITY = re.compile(
    r"\b(how (much|many|long|often|big|large)|what does (that|it|this) cost|cost you|in time, money)\b",
    re.IGNORECASE,
)
_ASKS_WHO = re.compile(r"\b(who else|who was involved|who is involved|which people)\b", re.IGNORECASE)
_NON_ANSWER = re.compile(
    r"^\W*(no|nope|not really|nothing|none|i don'?t know|don'?t know|no idea|not sure|can'?t remember|"
    r"i can'?t remember|pass|n/?a|skip)\W*$",
    re.IGNORECASE,
)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def is_short(text: str) -> bool:
    """Too short to carry evidence."""
    return word_count(text) < SHORT_ANSWER_WORDS


def is_vague(text: str) -> bool:
    """Talks in generalities ("usually", "stuff") without a concrete moment or number."""
    return bool(_HEDGES.search(text)) and not _CONCRETE.search(text)


def is_non_answer(text: str) -> bool:
    """A refusal or "I don't know": the question was asked but nothing was learnt."""
    return bool(_NON_ANSWER.match(text.strip())) or word_count(text) < NON_ANSWER_WORDS


def names_people(text: str) -> bool:
    """Names someone: a person's name, or a person by role ("my boss", "procurement")."""
    if _PERSON_NOUNS.search(text):
        return True
    clause_start = True
    for match in _WORD_AFTER.finditer(text):
        clause_start = clause_start or bool(match.group(1))
        word = match.group(2)
        if not clause_start and word[0].isupper() and word[1:].islower() and word not in _NOT_NAMES:
            return True
        clause_start = False
    return False


def mentions_people_or_events(text: str) -> bool:
    return bool(_PEOPLE_OR_EVENTS.search(text)) or names_people(text)


def gives_number(text: str) -> bool:
    """States a quantity: digits, a currency or percent sign, or a number word."""
    return bool(_QUANTITY.search(text))


def asks_for_quantity(question: str) -> bool:
    """The question asks how much, how many, how long or what something costs."""
    return bool(_ASKS_QUANTITY.search(question))


def asks_who(question: str) -> bool:
    """The question asks who else was involved."""
    return bool(_ASKS_WHO.search(question))


def calibrate(probability: float, threshold: float) -> float:
    """Map a classifier probability to a coverage score where the category's threshold becomes COVERED_THRESHOLD.

    The classifier's probabilities are small (most spans are "none") and each category has its own
    decision threshold; one scale keeps the coverage bars comparable across categories.
    """
    threshold = min(max(threshold, 1e-6), 1 - 1e-6)
    if probability < threshold:
        return round(COVERED_THRESHOLD * probability / threshold, 4)
    return round(COVERED_THRESHOLD + (1 - COVERED_THRESHOLD) * (probability - threshold) / (1 - threshold), 4)


def score_answers(
    answers: list[str],
    questions: list[str],
    *,
    embedder: Embedder | None = None,
    model: SpanClassifier | None = None,
) -> list[dict[str, float]]:
    """Coverage scores per answer from the offline classifier, each answer read with its question.

    Like the extraction engine, each clause counts for its most probable category only: a clause
    about a fine is evidence of one thing, not of four. Other categories keep a score for the bars,
    capped under COVERED_THRESHOLD.
    """
    if not answers:
        return []
    embedder = embedder or classifier_embedder()
    model = model or shipped_classifier(embedder)
    spans: list[Span] = []
    owners: list[int] = []
    for number, (text, question) in enumerate(zip(answers, questions, strict=True)):
        pieces = utterance_spans(text)
        for index, piece in enumerate(pieces):
            spans.append(
                Span(
                    0, f"live:{number}", index, piece.start, piece.end, piece.text, question, 0.5, len(pieces)
                )
            )
            owners.append(number)
    results: list[dict[str, float]] = [{category: 0.0 for category in CATEGORIES} for _ in answers]
    if not spans:
        return results
    probabilities = classify_spans(spans, embedder, model)
    capped = COVERED_THRESHOLD - 0.01
    for owner, row in zip(owners, probabilities, strict=True):
        winner = int(row[: len(CATEGORIES)].argmax())
        for column, category in enumerate(CATEGORIES):
            score = calibrate(float(row[column]), model.threshold(category))
            if column != winner:
                score = min(score, capped)
            results[owner][category] = max(results[owner][category], score)
    return results


def score_texts(texts: list[str], *, embedder: Embedder | None = None) -> list[dict[str, float]]:
    """Coverage scores for answers read without their questions."""
    return score_answers(texts, ["" for _ in texts], embedder=embedder)
