#!/usr/bin/env python3
"""Train the shipped offline classifier on every evaluation study and write its weights.

Each study is imported the way a user imports it; its participant spans are labelled from the gold
findings. The weights are fitted on all studies; the per-category thresholds are chosen on each
study's held-out predictions (a model fitted without that study), so they are held-out choices too.
Only numbers are written (assistant/data/offline_classifier.json): no corpus text ships.

Usage: .venv/bin/python eval/train_classifier.py [STUDY_DIR...] [--out PATH] [--inner-folds K]

The shipped classifier (since 2026-12-07, forty-seventh session) is fitted on the corpus and the
twenty-one earlier blind studies, C and thresholds chosen on five groups of them (docs/evaluation.md,
"The extraction classifier learns from thirty-six studies"):

    .venv/bin/python eval/train_classifier.py --inner-folds 5 ../shared/data/dev eval/corpus/*/ \\
        eval/blind/{oncall-saas-en,bygg-sv,knihovny-cs,budget-app-en,elaiones-el,cabinete-ro,toko-online-id,\\
        kotihoito-fi,eventos-es-mx,kouba-ja,madaris-ar,buhuchet-ru,minsu-zh,kirana-hinglish,hagwon-ko,\\
        quancafe-vi,hausverwaltung-de,diabete-fr,pets-vet-en,mejeri-da,autoszerviz-hu}
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.study import corpus_studies, load_study  # noqa: E402
from harness.training import study_data, train_all  # noqa: E402
from harness.workspaces import import_studies, shared_embedder  # noqa: E402

from assistant.extract.classifier import MODEL_FILE  # noqa: E402

DEFAULT_OUT = EVAL.parent / "assistant" / "data" / MODEL_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("studies", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--inner-folds",
        type=int,
        help="choose C and thresholds on this many groups of studies instead of each study held out alone",
    )
    args = parser.parse_args(argv)
    if args.inner_folds is not None and args.inner_folds < 2:
        parser.error("--inner-folds needs a number of 2 or more")
    studies = [load_study(p) for p in (args.studies or corpus_studies())]
    embedder = shared_embedder()
    started = time.perf_counter()
    data = {}
    for study in studies:
        sw = import_studies(f"classifier-{study.id}", [study], index=False)
        data[study.id] = study_data(study, sw, embedder)
        print(f"{study.id}: {len(data[study.id].labels)} spans", file=sys.stderr)
    model = train_all(data, embedder.name, lambda m: print(m, file=sys.stderr), folds=args.inner_folds)
    model.meta["seconds"] = round(time.perf_counter() - started, 1)
    args.out.write_text(
        json.dumps({"models": [model.to_json()]}, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {args.out} (thresholds {model.thresholds})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
