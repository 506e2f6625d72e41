"""Evaluate persona synthesis on a study: ARI against the gold assignment, negative persona found.

Usage: .venv/bin/python eval/eval_personas.py [--study dev|sample] [--dev ../shared/data/dev]
                                              [--embeddings local|hashing]
                                              [--findings offline|gold|both] [--json OUT.json]

``--study dev`` (default) is the 12-interview B2B-finance dev set; ``--study sample`` is the project's
own 10 fictional clinic-scheduling interviews in ``transcripts/sample-study`` (intended personas in
its ``expected.json``; no gold findings, so only ``--findings offline`` applies there).

Findings come from the offline engine run on the dev transcripts (``offline``), or from the gold
findings of the dataset (``gold``: an upper bound for the clustering, not an engine result). When a chat
model is configured (OPENAI_API_KEY / OPENAI_BASE_URL), the LLM drafting path is also timed.
Timing of 100 interviews: the 12 dev profiles replicated with perturbation (each copy drops a random
20% of its findings and shuffles the rest; seeded), so the 100 are synthetic, not new interviews.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from assistant.core.models import Finding, Transcript  # noqa: E402
from assistant.core.settings import Settings  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402
from assistant.personas.synthesis import synthesize_from_findings  # noqa: E402
from assistant.personas.versions import PersonaSet  # noqa: E402

DEFAULT_DEV = HERE.parent.parent / "shared" / "data" / "dev"
SAMPLE_STUDY = HERE.parent / "transcripts" / "sample-study"
EVAL_ROOT = Path(tempfile.gettempdir()) / "personas-eval-personas"


def load_sample_transcripts(study: Path) -> list[Transcript]:
    """The sample study's transcripts, parsed by the importers, with roles from ``expected.json``."""
    from dev_transcripts import _from_parsed, _with_manifest_roles

    from assistant.ingest.formats import parse_file

    files = json.loads((study / "expected.json").read_text(encoding="utf-8"))["files"]
    transcripts = []
    for name, info in sorted(files.items()):
        path = study / name
        roles = {
            "format": info["format"],
            "language": info.get("language"),
            "participant": {"label": info["participant_label"]},
            "interviewer": {"label": info["interviewer"]},
        }
        transcripts.append(_with_manifest_roles(_from_parsed(parse_file(path), path, roles), roles))
    return transcripts


def offline_dev_findings(
    dev: Path, embeddings: str, study: str = "dev"
) -> tuple[dict[str, list[Finding]], dict[str, list[str]]]:
    """Run the offline engine on each transcript of the study; also return each participant's own turns."""
    from dev_transcripts import load_dev_transcripts

    from assistant.extract.pipeline import extract_interview

    workspace = Workspace.init(_eval_root(study, embeddings))
    workspace = Workspace(workspace.root, _settings(embeddings))
    if study == "sample":
        transcripts = load_sample_transcripts(SAMPLE_STUDY)
    else:
        transcripts, parser = load_dev_transcripts(dev)
        print(f"dev transcripts parsed with {parser}", file=sys.stderr)
    findings: dict[str, list[Finding]] = {}
    texts: dict[str, list[str]] = {}
    for transcript in transcripts:
        workspace.save_transcript(transcript)
        result = extract_interview(workspace, transcript, engine="offline")
        findings[transcript.interview.id] = [f for f in result.findings if f.verified]
        texts[transcript.interview.id] = [u.text for u in transcript.participant_utterances()]
    return findings, texts


def gold_dev_findings(dev: Path) -> dict[str, list[Finding]]:
    """The dataset's gold findings as Finding objects (statement = gold paraphrase)."""
    findings: dict[str, list[Finding]] = {}
    for line in (dev / "gold_findings.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        interview_id = Path(row["file"]).stem
        findings.setdefault(interview_id, []).append(
            Finding(
                interview_id=interview_id,
                source_file=row["file"],
                category=row["category"],
                statement=row["statement"],
                quote=row["quote"],
                utterance_ids=[f"{interview_id}:1"],
                verified=True,
                engine="gold",
            )
        )
    return findings


def _eval_root(study: str, embeddings: str) -> Path:
    """Scratch workspace per study (interview ids repeat across studies) and embedder."""
    return EVAL_ROOT / (embeddings if study == "dev" else f"{study}-{embeddings}")


def load_gold(study: str, dev: Path) -> dict[str, str]:
    """Interview id -> intended persona of the study."""
    source = dev / "personas.json" if study == "dev" else SAMPLE_STUDY / "expected.json"
    rows = json.loads(source.read_text(encoding="utf-8"))["assignment"]
    return {Path(name).stem: persona for name, persona in rows.items()}


def _settings(embeddings: str) -> Settings:
    settings = Settings()
    settings.embeddings.provider = embeddings  # type: ignore[assignment]
    return settings


def replicate(
    findings: dict[str, list[Finding]], texts: dict[str, list[str]], total: int, seed: int = 7
) -> tuple[dict[str, list[Finding]], dict[str, list[str]]]:
    """``total`` synthetic interviews: copies of the dev ones, each dropping 20% of findings and turns at random."""
    rng = random.Random(seed)
    sources = sorted(findings)
    copies: dict[str, list[Finding]] = {}
    copied_texts: dict[str, list[str]] = {}
    for n in range(total):
        source = sources[n % len(sources)]
        new_id = f"rep{n:03d}-{source}"
        kept = [f for f in findings[source] if rng.random() >= 0.2] or findings[source][:1]
        rng.shuffle(kept)
        copies[new_id] = [f.model_copy(update={"interview_id": new_id}) for f in kept]
        copied_texts[new_id] = [t for t in texts.get(source, []) if rng.random() >= 0.2]
    return copies, copied_texts


def score(persona_set: PersonaSet, gold: dict[str, str]) -> dict[str, Any]:
    """ARI over the interviews that have a gold label (left-out interviews count as singletons)."""
    predicted = {member: persona.id for persona in persona_set.personas for member in persona.members}
    for interview_id in persona_set.unassigned:
        predicted[interview_id] = f"unassigned:{interview_id}"
    keys = sorted(k for k in gold if k in predicted)
    ari = adjusted_rand_score([gold[k] for k in keys], [predicted[k] for k in keys])
    gold_negative = {k for k in keys if gold[k] == "non_buyer"}
    negatives = [p for p in persona_set.personas if p.negative]
    found = any(set(p.members) == gold_negative for p in negatives)
    return {
        "ari": round(float(ari), 3),
        "negative_found": found,
        "negative_members": [sorted(p.members) for p in negatives],
        "personas": [
            {"id": p.id, "label": p.label, "members": sorted(p.members)} for p in persona_set.personas
        ],
        "unassigned": persona_set.unassigned,
        "k": getattr(persona_set, "k", None),
        "warnings": len(persona_set.warnings),
    }


def run_one(
    findings: dict[str, list[Finding]],
    texts: dict[str, list[str]],
    settings: Settings,
    engine: str,
    model: Any = None,
    workspace: Workspace | None = None,
) -> tuple[PersonaSet, dict]:
    """One synthesis (not saved); the workspace, when given, supplies the embedding cache."""
    from assistant.providers.llm import UsageLedger

    usage = UsageLedger()
    started = time.perf_counter()
    persona_set = synthesize_from_findings(
        findings,
        workspace=workspace,
        settings=settings,
        engine=engine,  # type: ignore[arg-type]
        model=model,
        usage=usage,
        participant_texts=texts,
    )
    seconds = time.perf_counter() - started
    return persona_set, {
        "seconds": round(seconds, 2),
        "calls": usage.calls,
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
    }


def print_row(row: dict[str, Any]) -> None:
    print(
        f"{row['findings']:<28} {row['engine']:<8} n={row['interviews']:<4} ARI={row['ari']:<6} "
        f"negative={'yes' if row['negative_found'] else 'no':<4} k={row['k']} "
        f"time={row['seconds']}s calls={row['calls']} tokens={row['prompt_tokens']}+{row['completion_tokens']}",
        flush=True,
    )
    for persona in row.get("personas", []):
        print(f"    {persona['label']}: {', '.join(persona['members'])}", flush=True)
    if row.get("unassigned"):
        print(f"    unassigned: {', '.join(row['unassigned'])}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study", choices=["dev", "sample"], default="dev")
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--embeddings", choices=["local", "hashing"], default="local")
    parser.add_argument("--findings", choices=["offline", "gold", "both"], default="both")
    parser.add_argument("--json", type=Path, default=None, help="Also write the results here.")
    parser.add_argument(
        "--llm-100", action="store_true", help="Also time the LLM on the 100 replicated interviews."
    )
    parser.add_argument(
        "--ablate-cues",
        action="store_true",
        help="Ablation: cluster on findings embeddings only (no role/buying cues, no non-buyer split).",
    )
    args = parser.parse_args()
    if args.ablate_cues:
        import assistant.personas.clustering as clustering
        from assistant.personas.role_signals import RoleCues

        clustering.ROLE_WEIGHT = clustering.BUYING_WEIGHT = 0.0
        RoleCues.is_nonbuyer = property(lambda self: False)  # type: ignore[method-assign,assignment]
    gold = load_gold(args.study, args.dev)
    settings = _settings(args.embeddings)
    from assistant.providers.llm import get_chat_model

    model = get_chat_model(settings)
    results: dict[str, Any] = {"study": args.study, "embeddings": args.embeddings, "runs": []}
    sources = ["offline", "gold"] if args.findings == "both" else [args.findings]
    if args.study == "sample":
        sources = ["offline"]  # the sample study has no gold findings
    # The scratch workspace's embedding cache makes repeated texts free (the 100 replicate the 12).
    workspace = Workspace(Workspace.init(_eval_root(args.study, args.embeddings)).root, settings)
    for source in sources:
        if source == "offline":
            findings, texts = offline_dev_findings(args.dev, args.embeddings, args.study)
        else:
            findings, texts = gold_dev_findings(args.dev), {}
        engines = [("offline", None)] + ([("llm", model)] if model is not None else [])
        for engine, chat in engines:
            persona_set, cost = run_one(findings, texts, settings, engine, chat, workspace)
            row = {
                "findings": source,
                "engine": engine,
                "interviews": len(findings),
                **score(persona_set, gold),
                **cost,
            }
            results["runs"].append(row)
            print_row(row)
            if engine == "llm" and not args.llm_100:
                continue
            many, many_texts = replicate(findings, texts, 100)
            many_gold = {key: gold[key.split("-", 1)[1]] for key in many}
            big_set, big_cost = run_one(many, many_texts, settings, engine, chat, workspace)
            big = score(big_set, many_gold)
            results["runs"].append(
                {
                    "findings": f"{source} x100 (replicated)",
                    "engine": engine,
                    "interviews": len(many),
                    "ari": big["ari"],
                    "negative_found": big["negative_found"],
                    "k": big["k"],
                    **big_cost,
                }
            )
            print_row(results["runs"][-1])
    if model is None:
        results["llm"] = "not run: no chat model configured"
    else:
        from assistant.providers.llm import model_name

        results["llm"] = model_name(model)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
