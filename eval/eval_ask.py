"""Evaluate `personas ask` on the dev questions: retrieval recall@10, unanswerable detection, citations, latency.

Reproduce (from the repository root):
    .venv/bin/python eval/eval_ask.py                        # offline: retrieval + detection + latency
    .venv/bin/python eval/eval_ask.py --base-url http://127.0.0.1:8088/v1 --model qwen   # with a local LLM
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ask_corpus import DEV_DIR, REPO_ROOT, dev_personas, dev_transcripts, local_embedder  # noqa: E402

from assistant.ask.answering import answer_question  # noqa: E402
from assistant.ask.retrieval import InMemoryVectorSearch, Retriever  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402

CACHE_DIR = REPO_ROOT / ".cache" / "eval_ask"


class CachedEmbedder:
    """Wraps an embedder with an on-disk cache of document embeddings (the corpus is embedded once)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        key = hashlib.sha256("\x1e".join(texts).encode()).hexdigest()[:20]
        path = CACHE_DIR / f"{getattr(self.inner, 'name', 'embedder')}-{key}.npy".replace("/", "_")
        if path.exists():
            return np.load(path)
        matrix = self.inner.embed_documents(texts)  # type: ignore[attr-defined]
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        np.save(path, matrix)
        return matrix

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)  # type: ignore[attr-defined]


def load_questions(dev_dir: Path) -> list[dict]:
    return [
        json.loads(line)
        for line in (dev_dir / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]


def relevant_ids(question: dict, transcripts: dict[str, object]) -> list[set[str]]:
    """For each relevant quote, the ids of the participant utterances containing it."""
    per_quote = []
    for item in question["relevant"]:
        interview_id = Path(item["file"]).stem
        transcript = transcripts[interview_id]
        ids = {u.id for u in transcript.utterances if item["quote"] in u.text}  # type: ignore[attr-defined]
        per_quote.append(ids)
    return per_quote


def make_retriever(workspace: Workspace, transcripts: list, embedder: object | None) -> Retriever:
    vector = InMemoryVectorSearch(embedder, transcripts) if embedder is not None else None
    return Retriever(workspace, transcripts=transcripts, vector_search=vector, personas=dev_personas())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV_DIR)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--base-url", default=None, help="OpenAI-compatible server for the LLM runs")
    parser.add_argument("--model", default="local")
    parser.add_argument(
        "--llm-questions",
        type=int,
        default=None,
        help="LLM runs: only the first N answerable questions (plus the unanswerable ones), to bound CPU time",
    )
    parser.add_argument("--json-out", type=Path, default=None)
    args = parser.parse_args()

    transcripts = dev_transcripts(args.dev)
    by_id = {t.interview.id: t for t in transcripts}
    questions = load_questions(args.dev)
    workspace = Workspace.init(Path(tempfile.mkdtemp(prefix="eval-ask-")) / "ws")
    embed_started = time.perf_counter()
    embedder = CachedEmbedder(local_embedder())
    retriever = make_retriever(workspace, transcripts, embedder)
    report: dict = {"embedding_s": round(time.perf_counter() - embed_started, 2), "k": args.k}

    # 1. retrieval recall@k per mode
    recall: dict[str, dict] = {}
    for mode in ("vector", "keyword", "hybrid"):
        per_question = []
        for q in questions:
            if not q["answerable"]:
                continue
            wanted = relevant_ids(q, by_id)
            hits = {e.utterance_id for e in retriever.search(q["question"], limit=args.k, mode=mode)}
            found = sum(1 for ids in wanted if ids & hits)
            per_question.append((q["question"], found, len(wanted)))
        macro = statistics.mean(f / n for _, f, n in per_question)
        micro = sum(f for _, f, _ in per_question) / sum(n for _, _, n in per_question)
        recall[mode] = {
            "macro": round(macro, 3),
            "micro": round(micro, 3),
            "per_question": [{"question": q, "found": f, "relevant": n} for q, f, n in per_question],
        }
        print(f"recall@{args.k} {mode:<8} macro {macro:.3f}  micro {micro:.3f}")
    report["recall"] = recall

    # 2. unanswerable detection + latency, offline
    detection = []
    latencies = []
    offline_citations = offline_valid = 0
    for q in questions:
        answer = answer_question(workspace, q["question"], retriever=retriever, limit=args.k)
        latencies.append(answer.timings["total_s"])
        for citation in answer.citations:
            offline_citations += 1
            utterance = by_id[citation.interview_id].utterance(citation.utterance_id)
            offline_valid += bool(
                utterance and utterance.role == "participant" and citation.quote in utterance.text
            )
        detection.append(
            {
                "question": q["question"],
                "gold": q["answerable"],
                "predicted": answer.answerable,
                "reason": answer.reason,
            }
        )
    correct = sum(d["gold"] == d["predicted"] for d in detection)
    print(f"offline answerable detection: {correct}/{len(detection)}")
    for d in detection:
        if d["gold"] != d["predicted"] or not d["gold"]:
            print(f"  gold={d['gold']} predicted={d['predicted']} {d['question']} ({d['reason']})")
    print(f"offline citation validity: {offline_valid}/{offline_citations}")
    report["offline_citation_validity"] = {"valid": offline_valid, "citations": offline_citations}
    report["offline_detection"] = {"correct": correct, "total": len(detection), "items": detection}
    report["offline_latency_s"] = {
        "median": round(statistics.median(latencies), 4),
        "max": round(max(latencies), 4),
    }
    print(
        f"offline latency: median {statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
    )

    # 3. with a model
    if args.base_url:
        from assistant.core.settings import Settings
        from assistant.providers.llm import get_chat_model

        settings = Settings(
            llm={
                "provider": "openai",
                "model": args.model,
                "base_url": args.base_url,
                "api_key": "sk-local",
                "max_retries": 1,
                "timeout_s": 900,
            }
        )
        model = get_chat_model(settings)
        rows = []
        answerable_seen = 0
        for q in questions:
            if q["answerable"]:
                answerable_seen += 1
                if args.llm_questions is not None and answerable_seen > args.llm_questions:
                    continue
            answer = answer_question(workspace, q["question"], retriever=retriever, limit=args.k, model=model)
            participant_quotes = 0
            for c in answer.citations:
                utterance = next(
                    (u for u in by_id[c.interview_id].utterances if u.id == c.utterance_id), None
                )
                if utterance is not None and utterance.role == "participant" and c.quote in utterance.text:
                    participant_quotes += 1
            wanted = relevant_ids(q, by_id) if q["answerable"] else []
            cited = {c.utterance_id for c in answer.citations}
            rows.append(
                {
                    "question": q["question"],
                    "gold": q["answerable"],
                    "predicted": answer.answerable,
                    "citations": len(answer.citations),
                    "valid_citations": participant_quotes,
                    "removed_citations": answer.removed_citations,
                    "relevant_cited": sum(1 for ids in wanted if ids & cited),
                    "relevant": len(wanted),
                    "first_token_s": round(answer.timings["first_token_s"], 2),
                    "total_s": round(answer.timings["total_s"], 2),
                    "answer": answer.answer,
                    "model_reply": answer.model_reply,
                }
            )
            print(
                f"  [{rows[-1]['total_s']:5.1f}s] answerable={answer.answerable} cites={len(answer.citations)} "
                f"removed={len(answer.removed_citations)} {q['question']}"
            )
        called = [r for r in rows if r["model_reply"] is not None]  # latency only where the model ran
        total_citations = sum(r["citations"] for r in rows)
        valid = sum(r["valid_citations"] for r in rows)
        llm_correct = sum(r["gold"] == r["predicted"] for r in rows)
        removed = sum(len(r["removed_citations"]) for r in rows)
        report["llm"] = {
            "model": args.model,
            "rows": rows,
            "citation_validity": round(valid / total_citations, 3) if total_citations else None,
            "citations": total_citations,
            "removed_invented_ids": removed,
            "detection_correct": llm_correct,
            "first_token_median_s": round(
                statistics.median([r["first_token_s"] for r in called] or [0.0]), 2
            ),
            "total_median_s": round(statistics.median([r["total_s"] for r in called] or [0.0]), 2),
        }
        print(
            f"LLM: citation validity {valid}/{total_citations}, invented ids removed {removed}, "
            f"detection {llm_correct}/{len(rows)}, first token median {report['llm']['first_token_median_s']} s, "
            f"full answer median {report['llm']['total_median_s']} s"
        )
    if args.json_out:
        args.json_out.write_text(
            json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
