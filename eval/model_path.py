#!/usr/bin/env python3
"""Does the model path lose anything a strong model finds, and does it stop a bad one?

Runs the real direct-extraction pipeline (windows, prompts, structured output, quote verification,
support checks, merging) on every evaluation study with scripted models (eval/harness/fake_models.py):
the oracle answers with the gold findings of the lines it is shown; six adversaries misbehave in
known ways. Reports, per study and in total: the oracle's macro-F1 against the gold (what the
pipeline keeps of a perfect model), each adversary's findings dropped / flagged / shown, the input
tokens per interview against the transcript's tokens, and that an unchanged re-run makes no call.

Usage: .venv/bin/python eval/model_path.py [STUDY_DIR...] [--json out.json] [--write-docs]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from harness import scoring  # noqa: E402
from harness.fake_models import KINDS, Gold, make_model  # noqa: E402
from harness.report import DOCS  # noqa: E402
from harness.study import corpus_studies, load_study  # noqa: E402
from harness.workspaces import import_studies, shared_embedder  # noqa: E402

from assistant.core.settings import Settings  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402
from assistant.extract import direct  # noqa: E402
from assistant.extract.offline import OfflineExtractor  # noqa: E402
from assistant.extract.pipeline import extract_interview  # noqa: E402
from assistant.providers.llm import estimate_tokens  # noqa: E402

BEGIN, END = "<!-- eval/model_path.py: begin -->", "<!-- eval/model_path.py: end -->"


def run_study(study: Any, extractor: OfflineExtractor) -> dict[str, Any]:
    sw = import_studies(f"model-{study.id}", [study], index=False)
    workspace = Workspace(
        sw.workspace.root, Settings(llm={"extraction_mode": "direct", "context_tokens": 8192})
    )
    transcripts = {i: workspace.load_transcript(i) for i in sw.file_of}
    names = {i: key.split("/", 1)[1] for i, key in sw.file_of.items()}
    gold = Gold.of_study(study, transcripts, names)
    injections = {
        i: study.file_info(names[i]).get("prompt_injection", "")
        for i in transcripts
        if study.file_info(names[i]).get("prompt_injection")
    }
    row: dict[str, Any] = {"study": study.id}
    for kind in KINDS:
        model = make_model(kind, gold, injections)
        shown: list[dict[str, str]] = []
        totals: dict[str, int] = {}
        tokens_in = tokens_transcript = windows = 0
        for interview_id, transcript in transcripts.items():
            result = extract_interview(
                workspace,
                transcript,
                engine="llm",
                model=model,
                extractor=extractor,
                mode="direct",
                save=False,
                force=True,
            )
            for key, value in result.stats.items():
                totals[key] = totals.get(key, 0) + int(value)
            shown += [
                {"source_file": names[interview_id], "category": f.category, "quote": f.quote}
                for f in result.shown_findings()
            ]
            if kind == "oracle":
                probe = direct.build_turn_windows(transcript, context_tokens=8192, prompt_tokens=0)
                windows += len(probe)
                transcript_tokens = sum(estimate_tokens(direct.render_turn(u)) for u in transcript.utterances)
                window_tokens = sum(
                    estimate_tokens(direct.render_turn(u))
                    for w in probe
                    for u in transcript.utterances
                    if u.id in w.utterance_ids
                )
                tokens_transcript += transcript_tokens
                tokens_in += window_tokens
        entry: dict[str, Any] = {"stats": totals, "shown": len(shown)}
        if kind in ("oracle", "wrong_category"):
            score = scoring.score(shown, study.gold, texts_by_file=study.participant_texts())
            entry["macro_f1"] = round(score["macro"]["f1"], 4)
            entry["lenient_f1"] = round(score["lenient"]["f1"], 4)
        if kind == "oracle":
            entry["transcript_tokens"] = tokens_transcript
            entry["window_tokens"] = tokens_in
            entry["windows"] = windows
            again = extract_interview(
                workspace,
                next(iter(transcripts.values())),
                engine="llm",
                model=model,
                extractor=extractor,
                mode="direct",
                save=False,
            )
            entry["rerun_model_calls"] = again.model_calls
        row[kind] = entry
        print(
            f"{study.id} {kind}: {json.dumps({k: v for k, v in entry.items() if k != 'stats'})}",
            file=sys.stderr,
            flush=True,
        )
    indexed = import_studies(f"model-ask-{study.id}", [study])
    row["ask_oracle"] = ask_oracle(study, indexed.workspace)
    print(f"{study.id} ask oracle: {row['ask_oracle']}", file=sys.stderr, flush=True)
    return row


def ask_oracle(study: Any, workspace: Workspace) -> dict[str, Any]:
    """The answering pipeline given a model that cites exactly the evidence holding the gold quotes:
    how many of its citations survive the citation checks (all should)."""
    from harness.fake_models import AskOracle

    from assistant.ask.answering import answer_question
    from assistant.ask.retrieval import Retriever

    retriever = Retriever(workspace)
    proposed = kept = refused_right = unanswerable = 0
    for question in study.questions:
        oracle = AskOracle(relevant=[r["quote"] for r in question.get("relevant", [])])
        answer = answer_question(
            workspace, question["question"], model=oracle, retriever=retriever, ask_model=None
        )
        if not question.get("answerable", True):
            unanswerable += 1
            refused_right += not answer.answerable
            continue
        proposed += len(oracle.cited)
        kept += len({c.utterance_id for c in answer.citations} & set(oracle.cited))
    return {
        "citations_proposed": proposed,
        "citations_kept": kept,
        "unanswerable": unanswerable,
        "refused": refused_right,
    }


def caught(entry: dict[str, Any]) -> tuple[int, int, int, int]:
    """(proposed, dropped, flagged, passed unflagged) for an adversary; duplicates count as dropped."""
    stats = entry["stats"]
    dropped = sum(stats.get(k, 0) for k in ("not_verbatim", "not_participant", "bad_category", "duplicates"))
    flagged = stats.get("unrelated", 0) + stats.get("weak", 0)
    return stats.get("proposed", 0), dropped, flagged, stats.get("proposed", 0) - dropped - flagged


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| study | oracle macro-F1 kept | tokens in / transcript | windows | re-run calls |"
        + "".join(f" {k}: dropped / flagged / passed |" for k in KINDS[1:6])
        + " wrong category: strict F1 (lenient) | ask oracle: citations kept |",
        "|" + "---|" * (5 + 5 + 2),
    ]
    for row in rows:
        oracle = row["oracle"]
        cells = [
            row["study"],
            f"{oracle['macro_f1']:.3f}",
            f"{oracle['window_tokens'] / max(oracle['transcript_tokens'], 1):.2f}",
            str(oracle["windows"]),
            str(oracle["rerun_model_calls"]),
        ]
        for kind in KINDS[1:6]:
            proposed, dropped, flagged, passed = caught(row[kind])
            cells.append(f"{dropped} / {flagged} / {passed} of {proposed}")
        wrong = row["wrong_category"]
        cells.append(f"{wrong['macro_f1']:.3f} ({wrong['lenient_f1']:.3f})")
        ask = row["ask_oracle"]
        cells.append(f"{ask['citations_kept']} of {ask['citations_proposed']}")
        lines.append("| " + " | ".join(cells) + " |")
    mean = statistics.mean(r["oracle"]["macro_f1"] for r in rows)
    worst = min(rows, key=lambda r: r["oracle"]["macro_f1"])
    lines.append(
        f"| **mean** | **{mean:.3f}** (worst {worst['oracle']['macro_f1']:.3f}, {worst['study']}) | | | |"
        + " |" * 6
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("studies", nargs="*", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args(argv)
    extractor = OfflineExtractor(shared_embedder())
    rows = [run_study(load_study(p), extractor) for p in (args.studies or corpus_studies())]
    text = table(rows)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    if args.write_docs:
        command = "python eval/model_path.py " + " ".join(argv if argv is not None else sys.argv[1:])
        block = f"{BEGIN}\n\nCommand: `{command}`\n\n{text}\n\n{END}"
        docs = DOCS.read_text(encoding="utf-8")
        if BEGIN in docs:
            docs = re.sub(re.escape(BEGIN) + r".*?" + re.escape(END), lambda _m: block, docs, flags=re.S)
        else:
            docs = docs.rstrip() + "\n\n" + block + "\n"
        DOCS.write_text(docs, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
