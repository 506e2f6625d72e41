"""Training the ask models (span ranker, answerability) on corpus questions, leave-one-study-out.

For every question of a study, the product retrieves candidate spans (vector index + BM25) in the
study's workspace; a candidate is relevant when it holds a gold relevant quote at sentence precision
(the measure's rule). The answerability model learns from each question's retrieval whether the
interviews answer it. Its threshold is chosen on out-of-fold predictions of the training studies:
the strictest bar that refuses at most ``MAX_REFUSED`` of their answerable questions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.ask.ranking import (
    ANSWER_FEATURES,
    RANK_FEATURES,
    AskModel,
    LinearModel,
    answer_row,
    candidate_rows,
    fit_linear,
)
from assistant.ask.retrieval import RetrievalFilters, Retriever
from harness.measures import covers
from harness.study import Study
from harness.workspaces import StudyWorkspace

MAX_REFUSED = 0.10


@dataclass
class QuestionData:
    study: str
    answerable: bool
    rank_rows: np.ndarray
    rank_labels: np.ndarray
    answer_row: np.ndarray


def study_questions(study: Study, sw: StudyWorkspace, retriever: Retriever) -> list[QuestionData]:
    filters = RetrievalFilters()
    positions = retriever.allowed_positions(filters)
    data = []
    for question in study.questions:
        found = retriever.candidates(question["question"], positions, filters)
        rows, features = candidate_rows(retriever, question["question"], found)
        relevant = question.get("relevant", [])
        labels = []
        for p in rows:
            unit = retriever.units[p]
            name = sw.file_of.get(unit.transcript.interview.id, "/").split("/", 1)[1]
            labels.append(any(r["file"] == name and covers(unit.text, r["quote"]) for r in relevant))
        data.append(
            QuestionData(
                study.id,
                bool(question.get("answerable", True)),
                features,
                np.asarray(labels, dtype=int),
                answer_row(retriever, question["question"], positions, found, features),
            )
        )
    return data


def _fit_ranker(questions: list[QuestionData]) -> LinearModel:
    rows = np.vstack([q.rank_rows for q in questions if len(q.rank_rows)])
    labels = np.concatenate([q.rank_labels for q in questions if len(q.rank_rows)])
    return fit_linear(rows, labels, RANK_FEATURES, c=1.0)


def _fit_answerable(questions: list[QuestionData]) -> LinearModel:
    rows = np.vstack([q.answer_row for q in questions])
    labels = np.asarray([int(q.answerable) for q in questions])
    return fit_linear(rows, labels, ANSWER_FEATURES, c=0.5, balanced=True)


def choose_threshold(probabilities: list[float], answerable: list[bool]) -> float:
    """The highest bar that refuses at most MAX_REFUSED of the answerable questions."""
    positives = sorted(p for p, a in zip(probabilities, answerable, strict=True) if a)
    if not positives:
        return 0.5
    allowed = int(np.floor(MAX_REFUSED * len(positives)))
    return float(positives[allowed]) - 1e-6 if allowed < len(positives) else 0.0


def fit_ask_model(by_study: dict[str, list[QuestionData]]) -> AskModel:
    """Ranker and answerability on these studies; the threshold from their out-of-fold predictions."""
    questions = [q for qs in by_study.values() for q in qs]
    ranker = _fit_ranker(questions)
    answerable = _fit_answerable(questions)
    probabilities: list[float] = []
    truth: list[bool] = []
    for held in by_study:
        inner = _fit_answerable([q for s, qs in by_study.items() if s != held for q in qs])
        for q in by_study[held]:
            probabilities.append(float(inner.probability(q.answer_row[None])[0]))
            truth.append(q.answerable)
    answerable.threshold = choose_threshold(probabilities, truth)
    unanswerable = [p for p, a in zip(probabilities, truth, strict=True) if not a]
    answerable.meta = {
        "trained_on": sorted(by_study),
        "out_of_fold_detected": round(
            sum(p < answerable.threshold for p in unanswerable) / max(len(unanswerable), 1), 3
        ),
        "out_of_fold_refused": round(
            sum(p < answerable.threshold for p, a in zip(probabilities, truth, strict=True) if a)
            / max(sum(truth), 1),
            3,
        ),
    }
    ranker.meta = {"trained_on": sorted(by_study)}
    return AskModel(ranker, answerable)
