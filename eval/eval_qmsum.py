"""Evaluate ask retrieval on real AMI product-design meetings (QMSum): overlap of citations with gold spans.

Queries are selected by keywords about users, the target group and requirements (QUERY_KEYWORDS);
each is asked against its own meeting only (the ``--interview`` filter). A cited span counts as a
hit when its turn lies inside one of the query's ``relevant_text_span`` ranges. ``hybrid`` is the
product's default (candidates from both, ordered by the shipped ranker trained on the corpus).

Reproduce (from the repository root):
    .venv/bin/python eval/eval_qmsum.py                      # vector, keyword and hybrid retrieval
    .venv/bin/python eval/eval_qmsum.py --modes keyword      # no embedding (fast)
    .venv/bin/python eval/eval_qmsum.py --answerability      # and wrong refusals over all 83 queries
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.workspaces import SHARED_CACHE  # noqa: E402

from assistant.ask.answering import answer_question  # noqa: E402
from assistant.ask.retrieval import InMemoryVectorSearch, RetrievalFilters, Retriever  # noqa: E402
from assistant.core.models import Interview, Transcript, Utterance  # noqa: E402
from assistant.core.workspace import Workspace, slugify  # noqa: E402
from assistant.providers.embeddings import CACHE_FILE, CachedEmbedder, EmbeddingCache, classifier_embedder  # noqa: E402

QMSUM_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "real" / "qmsum-ami-product"

QUERY_KEYWORDS = re.compile(r"target group|target users|age group|requirement", re.IGNORECASE)


def qmsum_meetings(qmsum_dir: Path = QMSUM_DIR) -> list[tuple[Transcript, dict[str, Any]]]:
    """Each AMI meeting as a Transcript (every speaker a participant; utterance n = turn n-1) with its JSON."""
    meetings = []
    for path in sorted(qmsum_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        interview_id = slugify(path.stem)
        utterances = [
            Utterance(
                id=f"{interview_id}:{n}", speaker=turn["speaker"], role="participant", text=turn["content"]
            )
            for n, turn in enumerate(data["meeting_transcripts"], start=1)
        ]
        interview = Interview(
            id=interview_id,
            title=path.stem,
            study="qmsum-ami",
            language="en",
            source_file=str(path),
            source_hash=hashlib.sha256(path.read_bytes()).hexdigest(),
            format="qmsum_json",
            imported_at=datetime.now(UTC),
        )
        meetings.append((Transcript(interview=interview, utterances=utterances), data))
    return meetings


def selected_queries(meetings: list) -> list[tuple[str, dict]]:
    """(meeting id, query) pairs whose query is about users, the target group or requirements."""
    chosen = []
    for transcript, data in meetings:
        for query in data["specific_query_list"]:
            if QUERY_KEYWORDS.search(query["query"]):
                chosen.append((transcript.interview.id, query))
    return chosen


def gold_turns(query: dict) -> set[int]:
    turns: set[int] = set()
    for start, end in query["relevant_text_span"]:
        turns.update(range(int(start), int(end) + 1))
    return turns


def answerability(meetings: list) -> dict[str, Any]:
    """Every QMSum query (specific and general) asked of its own meeting with the shipped models:
    all are answerable, so each "The interviews don't say" is a wrong refusal on real data."""
    transcripts = [t for t, _ in meetings]
    vector = InMemoryVectorSearch(
        CachedEmbedder(classifier_embedder(), EmbeddingCache(SHARED_CACHE / CACHE_FILE)), transcripts
    )
    workspace = Workspace.init(Path(tempfile.mkdtemp(prefix="eval-qmsum-")) / "ws")
    retriever = Retriever(workspace, transcripts=transcripts, vector_search=vector, personas={})
    asked, refused = 0, []
    for transcript, data in meetings:
        for query in data["specific_query_list"] + data.get("general_query_list", []):
            filters = RetrievalFilters(interview_ids=[transcript.interview.id])
            answer = answer_question(workspace, query["query"], filters=filters, retriever=retriever)
            asked += 1
            if not answer.answerable:
                refused.append({"query": query["query"], "reason": answer.reason})
    print(f"answerability: {len(refused)} of {asked} queries (all answerable) refused")
    for item in refused:
        print(f"  refused: {item['query']}  ({item['reason']})")
    return {"asked": asked, "refused": len(refused), "refused_queries": refused}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=QMSUM_DIR)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--modes", default="vector,keyword,hybrid")
    parser.add_argument("--json-out", type=Path, default=None)
    parser.add_argument(
        "--answerability",
        action="store_true",
        help="also ask every query of every meeting (all answerable) and count those refused",
    )
    args = parser.parse_args()

    meetings = qmsum_meetings(args.data)
    queries = selected_queries(meetings)
    wanted = {meeting for meeting, _ in queries}
    transcripts = [t for t, _ in meetings if t.interview.id in wanted]
    sizes = {t.interview.id: len(t.utterances) for t in transcripts}
    modes = args.modes.split(",")
    vector = None
    if any(m in ("vector", "hybrid") for m in modes):
        vector = InMemoryVectorSearch(
            CachedEmbedder(classifier_embedder(), EmbeddingCache(SHARED_CACHE / CACHE_FILE)), transcripts
        )
    workspace = Workspace.init(Path(tempfile.mkdtemp(prefix="eval-qmsum-")) / "ws")
    retriever = Retriever(workspace, transcripts=transcripts, vector_search=vector, personas={})

    report: dict = {"k": args.k, "queries": [], "summary": {}}
    print(f"{len(queries)} queries selected by /{QUERY_KEYWORDS.pattern}/ from {len(wanted)} meetings")
    for mode in modes:
        precisions, hits, baselines = [], [], []
        for meeting, query in queries:
            gold = gold_turns(query)
            filters = RetrievalFilters(interview_ids=[meeting])
            evidence = retriever.search(query["query"], filters, limit=args.k, mode=mode)  # type: ignore[arg-type]
            turns = [int(e.utterance_id.rsplit(":", 1)[1]) - 1 for e in evidence]
            inside = sum(1 for t in turns if t in gold)
            precision = inside / len(turns) if turns else 0.0
            baseline = len(gold) / sizes[meeting]
            precisions.append(precision)
            hits.append(inside > 0)
            baselines.append(baseline)
            report["queries"].append(
                {
                    "mode": mode,
                    "meeting": meeting,
                    "query": query["query"],
                    "precision": round(precision, 3),
                    "baseline": round(baseline, 3),
                }
            )
        summary = {
            "precision_at_k": round(statistics.mean(precisions), 3),
            "hit_rate": round(sum(hits) / len(hits), 3),
            "random_baseline": round(statistics.mean(baselines), 3),
        }
        report["summary"][mode] = summary
        print(
            f"{mode:<8} precision@{args.k} {summary['precision_at_k']:.3f}  "
            f"queries with >=1 gold citation {summary['hit_rate']:.3f}  "
            f"(random: {summary['random_baseline']:.3f})"
        )
    for meeting, query in queries:
        print(f"  {meeting}: {query['query']}  spans={query['relevant_text_span']}")
    if args.answerability:
        report["answerability"] = answerability(meetings)
    if args.json_out:
        args.json_out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
