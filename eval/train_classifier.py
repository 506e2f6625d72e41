"""Train the offline sentence classifier on assistant/data/offline_training.jsonl and ship its weights.

Usage: .venv/bin/python eval/train_classifier.py [--provider local] [--no-write]
Picks C by 5-fold stratified cross-validation on the training sentences only (never the dev set),
prints the cross-validated macro-F1 over the 8 labels, and writes assistant/data/offline_classifier.json.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from assistant.core.settings import Settings
from assistant.extract import classifier
from assistant.providers.embeddings import get_embedder

CACHE_DIR = Path(tempfile.gettempdir()) / "personas-eval-cache"
MODEL_PATH = Path(classifier.__file__).resolve().parent / "data" / classifier.MODEL_FILE


def cross_validate(features: np.ndarray, labels: np.ndarray, c: float) -> float:
    """Macro-F1 over the 8 labels from 5-fold stratified cross-validation."""
    predictions = np.zeros_like(labels)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train, test in folds.split(features, labels):
        model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        model.fit(features[train], labels[train])
        predictions[test] = model.predict(features[test])
    return float(f1_score(labels, predictions, average="macro"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--provider", default="local", choices=["local", "hashing"])
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    embedder = get_embedder(Settings(embeddings={"provider": args.provider}), cache_dir=CACHE_DIR)
    rows = classifier.training_examples()
    texts = [row["text"] for row in rows]
    labels = np.asarray([classifier.LABELS.index(row["label"]) for row in rows])
    embeddings = embedder.embed_documents(texts)
    counts = {label: int((labels == i).sum()) for i, label in enumerate(classifier.LABELS)}
    print(f"{len(rows)} training sentences: {counts}")
    scores = {}
    for cue_weight in (0.0, 0.1, 0.25, 0.5):
        features = classifier._features(texts, embeddings, cue_weight)
        for c in (1.0, 2.0, 4.0, 8.0, 16.0):
            scores[(c, cue_weight)] = cross_validate(features, labels, c)
            print(
                f"C={c:<5} cue_weight={cue_weight:<5} 5-fold CV macro-F1 (8 labels) = {scores[(c, cue_weight)]:.3f}"
            )
    best_c, best_weight = max(scores, key=lambda key: scores[key])
    print(f"chosen: C={best_c}, cue_weight={best_weight} ({scores[(best_c, best_weight)]:.3f})")
    model = classifier.train_classifier(embedder, rows, c=best_c, cue_weight=best_weight)
    if not args.no_write and args.provider == "local":
        MODEL_PATH.write_text(json.dumps(model.to_json()), encoding="utf-8")
        print(f"wrote {MODEL_PATH} (C={best_c}, cue_weight={best_weight}, embedder {embedder.name})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
