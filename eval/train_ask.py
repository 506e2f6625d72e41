#!/usr/bin/env python3
"""Train the shipped ask models (span ranker and answerability) on every evaluation study's questions.

Each study is imported and indexed the way a user would; the ranker learns which retrieved spans hold
the gold relevant quotes, the answerability model which questions the interviews answer. The
threshold is chosen on out-of-fold predictions (each study predicted by a model fitted without it).
Only numbers are written (assistant/data/ask_model.json).

Usage: .venv/bin/python eval/train_ask.py [STUDY_DIR...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.ask_fit import fit_ask_model, study_questions  # noqa: E402
from harness.study import corpus_studies, load_study  # noqa: E402
from harness.workspaces import extract_offline, import_studies, shared_embedder  # noqa: E402

from assistant.ask.ranking import MODEL_FILE  # noqa: E402
from assistant.ask.retrieval import Retriever  # noqa: E402
from assistant.extract.offline import OfflineExtractor  # noqa: E402

DEFAULT_OUT = EVAL.parent / "assistant" / "data" / MODEL_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("studies", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    embedder = shared_embedder()
    extractor = OfflineExtractor(embedder)
    data = {}
    for folder in args.studies or corpus_studies():
        study = load_study(folder)
        sw = import_studies(f"ask-{study.id}", [study])
        extract_offline(sw, extractor)
        data[study.id] = study_questions(study, sw, Retriever(sw.workspace, embedder=embedder))
        print(f"{study.id}: {len(data[study.id])} questions", file=sys.stderr)
    model = fit_ask_model(data)
    payload = {"ranker": model.ranker.to_json(), "answerable": model.answerable.to_json()}
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: threshold {model.answerable.threshold:.3f} {model.answerable.meta}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
