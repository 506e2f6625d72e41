"""Reference baseline: e5 embeddings + logistic regression trained on the dev gold, leave-one-interview-out.

Usage: .venv/bin/python eval/baseline_devgold.py

Each dev interview is scored by a model trained on the other 11 (gold quotes as positives of their
category, participant sentences that overlap no gold quote as ``none``), with the same span
selection as the offline engine. This mirrors the naive baseline named in the task (0.22 macro-F1
on hidden interviews) on data we can see, without letting a test interview into its own training.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval_offline import CACHE_DIR, DEFAULT_DEV, import_dev  # noqa: E402
from score_extraction import format_table, load_gold, overlap, score  # noqa: E402

from assistant.core.settings import Settings  # noqa: E402
from assistant.extract.classifier import LABELS, transcript_spans  # noqa: E402
from assistant.extract.offline import select_spans  # noqa: E402
from assistant.providers.embeddings import get_embedder  # noqa: E402


def main() -> int:
    embedder = get_embedder(Settings(), cache_dir=CACHE_DIR)
    transcripts, _ = import_dev(DEFAULT_DEV)
    gold = load_gold(DEFAULT_DEV / "gold_findings.jsonl")
    spans_by_file = {t.interview.source_file.rsplit("/", 1)[-1]: transcript_spans(t) for t in transcripts}
    rows: dict[str, list[tuple[str, int]]] = {}
    for name, spans in spans_by_file.items():
        file_gold = [g for g in gold if g["file"] == name]
        items = [(g["quote"], LABELS.index(g["category"])) for g in file_gold]
        for span in spans:
            if not any(overlap(span.text, g["quote"]) > 0 for g in file_gold):
                items.append((span.text, LABELS.index("none")))
        rows[name] = items
    for balanced in (False, True):
        findings = loio_findings(embedder, transcripts, spans_by_file, rows, balanced=balanced)
        result = score(findings, gold)
        weights = "class_weight=balanced" if balanced else "unweighted"
        print(f"\ne5 + logistic regression ({weights}) trained on dev gold, leave-one-interview-out:")
        print(format_table(result))
        print(f"macro-F1 with the --jaccard rule: {score(findings, gold, jaccard=True)['macro']['f1']:.3f}")
    return 0


def loio_findings(embedder, transcripts, spans_by_file, rows, *, balanced: bool) -> list[dict]:
    """Findings for every dev file from a model trained on the other files."""
    findings: list[dict] = []
    for held_out, spans in spans_by_file.items():
        train = [item for name, items in rows.items() if name != held_out for item in items]
        x = embedder.embed_documents([text for text, _ in train])
        y = np.asarray([label for _, label in train])
        model = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced" if balanced else None)
        model.fit(x, y)
        probabilities = np.zeros((len(spans), len(LABELS)))
        probabilities[:, model.classes_] = model.predict_proba(
            embedder.embed_documents([s.text for s in spans])
        )
        for pick in select_spans(spans, probabilities):
            first, last = spans[pick.rows[0]], spans[pick.rows[-1]]
            transcript = next(t for t in transcripts if t.interview.source_file.endswith(held_out))
            utterance = transcript.utterance(first.utterance_id)
            assert utterance is not None
            findings.append(
                {
                    "source_file": held_out,
                    "category": pick.category,
                    "quote": utterance.text[first.start : last.end],
                }
            )
    return findings


if __name__ == "__main__":
    raise SystemExit(main())
