#!/usr/bin/env python3
"""Choose the shipped persona-grouping numbers on every evaluation study and write them.

The numbers (typical persona size, the disqualification bar, the no-fit similarity for `assign`) are
chosen on studies imported and extracted the way a user would (shipped classifier), exactly as the
harness chooses them for a held-out study from the other studies. Only numbers are written
(assistant/data/persona_model.json).

Usage: .venv/bin/python eval/train_personas.py [STUDY_DIR...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness.personas_fit import fit_grouping_model  # noqa: E402
from harness.study import corpus_studies, load_study  # noqa: E402
from harness.workspaces import extract_offline, import_studies, shared_embedder  # noqa: E402

from assistant.extract.offline import OfflineExtractor  # noqa: E402
from assistant.personas.grouping import MODEL_FILE  # noqa: E402

DEFAULT_OUT = EVAL.parent / "assistant" / "data" / MODEL_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("studies", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    embedder = shared_embedder()
    extractor = OfflineExtractor(embedder)
    training = []
    for folder in args.studies or corpus_studies():
        study = load_study(folder)
        sw = import_studies(f"personas-{study.id}", [study], index=False)
        extract_offline(sw, extractor)
        training.append((study, sw))
        print(f"{study.id}: extracted", file=sys.stderr)
    model = fit_grouping_model(training, embedder)
    data = {
        "typical_size": model.typical_size,
        "negative_z": model.negative_z,
        "no_fit_similarity": model.no_fit_similarity,
        "no_fit_domain": model.no_fit_domain,
        "disqualifier": model.disqualifier,
        "signal_weight": model.signal_weight,
        "sameness": model.sameness.to_json() if model.sameness else None,
        "titles": model.titles.to_json() if model.titles else None,
        "meta": model.meta,
    }
    args.out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: { {k: v for k, v in data.items() if k not in ('sameness', 'titles')} }")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
