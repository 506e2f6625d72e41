"""Training the offline span classifier on corpus studies, leave-one-study-out.

Spans are the product's own (`assistant.extract.spans`), from transcripts imported the way a user
imports them; a span's label is the category of the gold quote it overlaps (the scorer's rule),
else ``none``. For a held-out study S:

* the weights are fitted on every other study;
* the per-category thresholds are chosen on out-of-fold predictions of the other studies only
  (for each other study T, a model fitted without S and T), maximising their mean macro-F1.

So nothing about S, not even a threshold, is chosen while looking at S.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.core.models import CATEGORIES, Transcript
from assistant.extract.classifier import LABELS, NONE, SpanClassifier, fit_classifier
from assistant.extract.features import FEATURE_VERSION, span_features
from assistant.extract.offline import merge_allowed
from assistant.extract.spans import Span, participant_spans
from assistant.providers.embeddings import Embedder
from harness import scoring
from harness.study import Study
from harness.workspaces import SHARED_CACHE, StudyWorkspace

THRESHOLD_GRID = [round(0.02 * i, 2) for i in range(1, 10)] + [round(0.2 + 0.05 * i, 2) for i in range(15)]
C_GRID = (0.0003, 0.001, 0.003, 0.01)
"""Regularisation strengths tried; the one chosen for a held-out study is chosen without it."""


@dataclass
class Interview:
    """One imported interview with its spans, their features and labels."""

    study: str
    file: str
    transcript: Transcript
    spans: list[Span]
    features: np.ndarray
    labels: np.ndarray


@dataclass
class StudyData:
    study: Study
    interviews: list[Interview]

    @property
    def features(self) -> np.ndarray:
        return np.vstack([i.features for i in self.interviews]) if self.interviews else np.zeros((0, 0))

    @property
    def labels(self) -> np.ndarray:
        return (
            np.concatenate([i.labels for i in self.interviews]) if self.interviews else np.zeros(0, dtype=int)
        )


def _squash_with_offsets(text: str) -> tuple[str, list[int]]:
    """Text with whitespace runs made single spaces, and each output character's offset in ``text``."""
    out: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if previous_space:
                continue
            out.append(" ")
            previous_space = True
        else:
            out.append(char)
            previous_space = False
        offsets.append(index)
    return "".join(out), offsets


def gold_spans(transcript: Transcript, gold: list[dict]) -> dict[int, list[tuple[int, int, int]]]:
    """utterance index -> (start, end, category index) of each gold quote found verbatim in it."""
    located: dict[int, list[tuple[int, int, int]]] = {}
    squashed = [_squash_with_offsets(u.text) for u in transcript.utterances]
    for finding in gold:
        quote = " ".join(finding["quote"].split())
        for index, (text, offsets) in enumerate(squashed):
            if transcript.utterances[index].role != "participant":
                continue
            at = text.find(quote)
            if at >= 0:
                start, end = offsets[at], offsets[at + len(quote) - 1] + 1
                located.setdefault(index, []).append((start, end, LABELS.index(finding["category"])))
                break
    return located


def span_labels(spans: list[Span], located: dict[int, list[tuple[int, int, int]]]) -> np.ndarray:
    """A span takes the category of the gold quote covering most of it (at least half of the span or
    of the quote, by characters); else NONE."""
    labels = np.full(len(spans), NONE, dtype=np.int64)
    for row, span in enumerate(spans):
        best = 0.0
        for start, end, category in located.get(span.utterance_index, []):
            shared = min(end, span.end) - max(start, span.start)
            if shared <= 0:
                continue
            cover = max(shared / (span.end - span.start), shared / (end - start))
            if cover >= 0.5 and cover > best:
                best, labels[row] = cover, category
    return labels


def study_data(study: Study, sw: StudyWorkspace, embedder: Embedder) -> StudyData:
    interviews = []
    for interview_id, key in sorted(sw.file_of.items()):
        study_id, name = key.split("/", 1)
        if study_id != study.id:
            continue
        transcript = sw.workspace.load_transcript(interview_id)
        spans = participant_spans(transcript)
        gold = [g for g in study.gold if g["file"] == name]
        labels = span_labels(spans, gold_spans(transcript, gold))
        interviews.append(
            Interview(study.id, name, transcript, spans, span_features(spans, embedder), labels)
        )
    return StudyData(study, interviews)


def _fit(data: list[StudyData], embedder_name: str, c: float) -> SpanClassifier:
    features = np.vstack([d.features for d in data if d.interviews])
    labels = np.concatenate([d.labels for d in data if d.interviews])
    return fit_classifier(features, labels, embedder_name=embedder_name, c=c)


class CategoryScorer:
    """Per-category F1 of the offline selection at any threshold, for one study's predictions (fast).

    The selection rule makes categories independent: a span's category is its most probable finding
    category, and it becomes a finding when that probability reaches the category's threshold. So
    each category's threshold can be chosen on its own F1.
    """

    def __init__(self, data: StudyData, probabilities: list[np.ndarray]) -> None:
        self.data = data
        self.best = [p[:, : len(CATEGORIES)].argmax(axis=1) for p in probabilities]
        self.score = [
            p[np.arange(len(p)), b] if len(p) else np.zeros(0)
            for p, b in zip(probabilities, self.best, strict=True)
        ]
        self.gold: dict[tuple[str, int], list[list[str]]] = {}
        for finding in data.study.gold:
            key = (finding["file"], CATEGORIES.index(finding["category"]))
            self.gold.setdefault(key, []).append(scoring.tokens(finding["quote"]))
        self._tokens: dict[tuple[int, int, int], list[str]] = {}

    def _quote_tokens(self, index: int, first: Span, last: Span) -> list[str]:
        key = (index, first.utterance_index, first.start * 100000 + last.end)
        if key not in self._tokens:
            utterance = self.data.interviews[index].transcript.utterances[first.utterance_index]
            self._tokens[key] = scoring.tokens(utterance.text[first.start : last.end])
        return self._tokens[key]

    def f1(self, column: int, threshold: float) -> float:
        tp = predicted = 0
        gold_total = sum(len(v) for (f, c), v in self.gold.items() if c == column)
        for index, interview in enumerate(self.data.interviews):
            rows = [
                int(r) for r in np.nonzero((self.best[index] == column) & (self.score[index] >= threshold))[0]
            ]
            runs: list[list[int]] = []
            for row in rows:
                if runs and merge_allowed(interview.spans, runs[-1], row):
                    runs[-1].append(row)
                else:
                    runs.append([row])
            predicted += len(runs)
            gold = self.gold.get((interview.file, column), [])
            if not gold or not runs:
                continue
            quotes = [self._quote_tokens(index, interview.spans[r[0]], interview.spans[r[-1]]) for r in runs]
            pairs = []
            for qi, quote in enumerate(quotes):
                for gi, gold_tokens in enumerate(gold):
                    strength = scoring.token_overlap(quote, gold_tokens)
                    if strength > 0:
                        pairs.append((strength, qi, gi))
            pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
            used_q: set[int] = set()
            used_g: set[int] = set()
            for _s, qi, gi in pairs:
                if qi not in used_q and gi not in used_g:
                    used_q.add(qi)
                    used_g.add(gi)
            tp += len(used_q)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold_total if gold_total else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def choose_thresholds(oof: list[tuple[StudyData, list[np.ndarray]]]) -> tuple[dict[str, float], float]:
    """Per-category thresholds maximising the category's mean F1 over out-of-fold studies, and the
    mean macro-F1 they reach there."""
    scorers = [CategoryScorer(d, probs) for d, probs in oof]
    thresholds: dict[str, float] = {}
    best_f1s = []
    for column, category in enumerate(CATEGORIES):
        best_value, best_f1 = 0.5, -1.0
        for value in THRESHOLD_GRID:
            f1 = statistics.mean(s.f1(column, value) for s in scorers)
            if f1 > best_f1 + 1e-9:
                best_value, best_f1 = value, f1
        thresholds[category] = best_value
        best_f1s.append(best_f1)
    return thresholds, statistics.mean(best_f1s)


def _predict(model: SpanClassifier, data: StudyData) -> list[np.ndarray]:
    return [model.probabilities(i.features) for i in data.interviews]


def dealt_groups(ids: list[str], folds: int | None) -> list[list[str]]:
    """Study ids dealt into ``folds`` groups in sorted order (every ``folds``-th id together); each id
    alone when ``folds`` is None, under 2, or not fewer than the ids. The inner and the outer folds
    of the harness are dealt the same way."""
    ordered = sorted(ids)
    if not folds or folds < 2 or folds >= len(ordered):
        return [[i] for i in ordered]
    return [ordered[i::folds] for i in range(folds)]


def inner_groups(studies: list[StudyData], folds: int | None) -> list[list[StudyData]]:
    """The held-out groups C and thresholds are chosen on: each study alone (``folds`` None), or
    ``folds`` groups of studies dealt in order of study id (cheaper on many studies)."""
    by_id = {d.study.id: d for d in studies}
    return [[by_id[i] for i in group] for group in dealt_groups(list(by_id), folds)]


def select_and_fit(
    studies: list[StudyData],
    embedder_name: str,
    log: Callable[[str], None],
    *,
    label: str,
    folds: int | None = None,
) -> SpanClassifier:
    """Choose C and thresholds on out-of-fold predictions of ``studies`` (each predicted by a model
    fitted without it, or without its group of ``inner_groups``), then fit on all of them."""
    best: tuple[float, float, dict[str, float]] | None = None
    studies = sorted(studies, key=lambda d: d.study.id)  # the same fit whatever order they are given in
    groups = inner_groups(studies, folds)
    for c in C_GRID:
        oof = []
        for group in groups:
            held_ids = {d.study.id for d in group}
            model = _fit([d for d in studies if d.study.id not in held_ids], embedder_name, c)
            oof.extend((held, _predict(model, held)) for held in group)
        thresholds, score = choose_thresholds(oof)
        log(f"{label}: C={c} out-of-fold macro-F1 {score:.3f}")
        if best is None or score > best[1]:
            best = (c, score, thresholds)
    assert best is not None
    c, score, thresholds = best
    final = _fit(studies, embedder_name, c)
    final.thresholds = thresholds
    final.meta = {
        "C": c,
        "trained_on": sorted(d.study.id for d in studies),
        "out_of_fold_macro_f1": round(score, 4),
        "inner_folds": len(groups),
        "spans": int(sum(len(d.labels) for d in studies)),
        "finding_spans": int(sum(int((d.labels != NONE).sum()) for d in studies)),
    }
    return final


class LosoTrainer:
    """Held-out classifiers for each study of a corpus (fitted lazily, cached per held-out study).

    ``outer_folds``: each study is held out with its group of that many groups (dealt in order of study
    id) instead of alone; ``inner_folds``: C and thresholds chosen on that many groups of the training
    studies instead of on each alone (``inner_groups``). Both only to make many studies affordable."""

    def __init__(
        self,
        data: dict[str, StudyData],
        embedder_name: str,
        log: Callable[[str], None],
        *,
        outer_folds: int | None = None,
        inner_folds: int | None = None,
    ) -> None:
        self.data = data
        self.embedder_name = embedder_name
        self.log = log
        self.outer_folds = outer_folds
        self.inner_folds = inner_folds
        self._models: dict[str, SpanClassifier] = {}

    def _cache_path(self, held: list[str], others: list[StudyData]) -> Path:
        """Where a held-out model is kept: keyed by what it was trained on (features, labels, grids)."""
        digest = hashlib.sha256()
        digest.update(repr((FEATURE_VERSION, C_GRID, THRESHOLD_GRID, self.embedder_name)).encode())
        if self.inner_folds:
            digest.update(f"inner {self.inner_folds}".encode())
        for data in sorted(others, key=lambda d: d.study.id):
            digest.update(data.study.id.encode())
            digest.update(data.labels.tobytes())
            digest.update(np.round(data.features, 4).tobytes())
        return SHARED_CACHE / "loso" / f"{held[0]}-{digest.hexdigest()[:16]}.json"

    def _held_with(self, study_id: str) -> list[str]:
        return next(group for group in dealt_groups(list(self.data), self.outer_folds) if study_id in group)

    def held_out(self, study_id: str) -> SpanClassifier:
        """A classifier that never saw ``study_id``: C, weights and thresholds all chosen without it."""
        if study_id not in self._models:
            started = time.perf_counter()
            held = self._held_with(study_id)
            others = [d for s, d in self.data.items() if s not in held]
            path = self._cache_path(held, others)
            if path.exists():
                model = SpanClassifier.from_json(json.loads(path.read_text(encoding="utf-8")))
            else:
                model = select_and_fit(
                    others, self.embedder_name, lambda m: None, label=study_id, folds=self.inner_folds
                )
                model.meta["held_out"] = held
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(model.to_json()), encoding="utf-8")
            for member in held:
                self._models[member] = model
            self.log(
                f"{study_id}: held-out classifier in {time.perf_counter() - started:.0f} s "
                f"(held out with {len(held) - 1} others; C={model.meta['C']}, thresholds {model.thresholds})"
            )
        return self._models[study_id]


def train_all(
    data: dict[str, StudyData], embedder_name: str, log: Callable[[str], None], *, folds: int | None = None
) -> SpanClassifier:
    """The shipped classifier: C and thresholds from every study's held-out predictions (or its
    group's, ``folds``), fitted on all."""
    return select_and_fit(list(data.values()), embedder_name, log, label="all studies", folds=folds)
