"""Run the offline extractive engine on the 12 dev interviews and score it against the gold findings.

Usage: .venv/bin/python eval/eval_offline.py [--dev ../shared/data/dev] [--out eval/results/offline]
The dev set is used for evaluation only: the classifier is trained on assistant/data/offline_training.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from dev_transcripts import load_dev_transcripts  # noqa: E402
from score_extraction import format_table, load_gold, participant_texts, score  # noqa: E402

from assistant import classifier as classifier_module  # noqa: E402
from assistant.core.models import Transcript  # noqa: E402
from assistant.core.settings import Settings  # noqa: E402
from assistant.extract.offline import offline_findings  # noqa: E402
from assistant.providers.embeddings import get_embedder  # noqa: E402

DEFAULT_DEV = HERE.parent.parent / "shared" / "data" / "dev"
CACHE_DIR = Path(tempfile.gettempdir()) / "personas-eval-cache"


def import_dev(dev_dir: Path) -> tuple[list[Transcript], str]:
    """Import the dev files into a temporary workspace with the real importer, else parse directly."""
    manifest = json.loads((dev_dir / "manifest.json").read_text(encoding="utf-8"))["files"]
    try:
        from assistant.core.workspace import Workspace
        from assistant.ingest.importing import import_paths  # type: ignore[import-not-found]
    except ImportError:
        return load_dev_transcripts(dev_dir)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            workspace = Workspace.init(Path(tmp) / "study")
            import_paths(workspace, [dev_dir / name for name in sorted(manifest)], index=False)
            transcripts = list(workspace.transcripts())
    except Exception as exc:  # noqa: BLE001 - importer under construction: fall back and say so
        print(f"note: import_paths failed ({exc}); using the direct parser", file=sys.stderr)
        return load_dev_transcripts(dev_dir)
    # Roles from the manifest, so that scoring does not depend on role guessing.
    by_file = {t.interview.source_file.rsplit("/", 1)[-1]: t for t in transcripts}
    fixed = []
    for name, info in sorted(manifest.items()):
        transcript = by_file.get(name)
        if transcript is None:
            continue
        for utterance in transcript.utterances:
            if utterance.speaker == info["participant"]["label"]:
                utterance.role = "participant"
            elif utterance.speaker == info["interviewer"]["label"]:
                utterance.role = "interviewer"
            else:
                utterance.role = "other"
        fixed.append(transcript)
    if len(fixed) != len(manifest):
        return load_dev_transcripts(dev_dir)
    return fixed, "assistant.ingest.importing.import_paths"


def run(dev_dir: Path, out_dir: Path, *, provider: str = "local") -> dict:
    settings = Settings(embeddings={"provider": provider})
    embedder = get_embedder(settings, cache_dir=CACHE_DIR)
    transcripts, parser = import_dev(dev_dir)
    gold = load_gold(dev_dir / "gold_findings.jsonl")
    texts = participant_texts(transcripts)
    results: dict[str, dict] = {}
    variants = {
        "full": (True, True),
        "no_question_context": (False, True),
        "no_position_prior": (True, False),
    }
    started = time.perf_counter()
    all_findings: dict[str, list[dict]] = {}
    import assistant.extract.offline as offline_module

    original = classifier_module.score_spans
    for variant, (use_question, use_position) in variants.items():

        def patched(spans, *, embedder=None, use_question=use_question, use_position=use_position, **_):
            return original(spans, embedder=embedder, use_question=use_question, use_position=use_position)

        offline_module.score_spans = patched  # type: ignore[assignment]
        try:
            findings = []
            for transcript in transcripts:
                findings.extend(f.public_dict() for f in offline_findings(transcript, embedder=embedder))
        finally:
            offline_module.score_spans = original  # type: ignore[assignment]
        all_findings[variant] = findings
        results[variant] = score(findings, gold, texts_by_file=texts)
        results[variant + "_jaccard"] = score(findings, gold, texts_by_file=texts, jaccard=True)
    # Ablation: the same model trained without the cue-lexicon features (cue columns zeroed).
    saved_models = dict(classifier_module._MODELS)
    key = (embedder.name, embedder.dimension)
    shipped = saved_models[key]
    ablation = "no_cue_features" if shipped.cue_weight > 0 else "with_cue_features_0.5"
    try:
        classifier_module._MODELS[key] = classifier_module.train_classifier(
            embedder, c=shipped.c, cue_weight=0.0 if shipped.cue_weight > 0 else 0.5
        )
        findings = []
        for transcript in transcripts:
            findings.extend(f.public_dict() for f in offline_findings(transcript, embedder=embedder))
        results[ablation] = score(findings, gold, texts_by_file=texts)
    finally:
        classifier_module._MODELS.clear()
        classifier_module._MODELS.update(saved_models)
    elapsed = time.perf_counter() - started
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "findings.json").write_text(
        json.dumps(all_findings["full"], indent=1, ensure_ascii=False), encoding="utf-8"
    )
    summary = {
        "parser": parser,
        "embedder": embedder.name,
        "seconds": round(elapsed, 1),
        "per_interview_findings": round(len(all_findings["full"]) / max(len(transcripts), 1), 1),
        "results": results,
    }
    (out_dir / "scores.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "offline")
    parser.add_argument("--provider", default="local", choices=["local", "hashing"])
    args = parser.parse_args(argv)
    summary = run(args.dev, args.out, provider=args.provider)
    print(f"parser: {summary['parser']}; embedder: {summary['embedder']}; {summary['seconds']}s")
    print(f"findings per interview: {summary['per_interview_findings']}")
    for variant, result in summary["results"].items():
        print(f"\n== {variant}")
        print(format_table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
