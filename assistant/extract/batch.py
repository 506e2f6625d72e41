"""Model extraction through a Batch API (OpenAI's): half the price, answers within a day, resumable.

`personas extract --all --batch` plans the calls the run would make (``pipeline.plan_calls``: the
same windows, prompts and cache keys), sends the ones not answered yet as one batch, and records it
in ``.personas/batches/<batch id>.json``. Running the command again collects every finished batch:
each answer is validated and stored in the window cache under its call's key. Once every call of an
interview is answered, the ordinary extraction runs from the cache (no further call) and verifies
every quote as always. A request the batch could not answer is sent again in the next batch (once);
a transcript that changed since the batch was sent simply has other keys, so its stale answers are
never used. Nothing here deletes a record: a collected batch stays as the account of what was paid.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from assistant.core.errors import AssistantError, ModelError, WorkspaceError
from assistant.core.models import Transcript
from assistant.core.storage import atomic_write_json, read_json
from assistant.core.workspace import Workspace
from assistant.extract.pipeline import CallPlan, plan_calls
from assistant.providers.llm import (
    BATCH_ENDPOINT,
    BATCH_PRICE_FACTOR,
    UsageLedger,
    batch_request,
    model_name,
    read_batch_line,
)

FINISHED = frozenset({"completed", "failed", "expired", "cancelled"})
MAX_REQUESTS = 50_000
"""OpenAI's limit of requests in one batch file; larger runs are sent as several batches."""
MAX_ATTEMPTS = 2
"""A call whose batch request failed this many times is left to an ordinary run."""


def batches_dir(workspace: Workspace) -> Path:
    return workspace.state_dir / "batches"


@dataclass
class BatchReport:
    """What one `extract --batch` did: batches sent, still running, and answers collected."""

    submitted: list[tuple[str, int]] = field(default_factory=list)
    """(batch id, requests) of the batches sent now."""
    running: list[dict[str, Any]] = field(default_factory=list)
    collected: int = 0
    stale: int = 0
    problems: list[str] = field(default_factory=list)
    ready: list[str] = field(default_factory=list)
    """Interviews whose every call has an answer: the ordinary extraction serves them from the cache."""
    given_up: int = 0
    """Calls whose batch requests failed MAX_ATTEMPTS times: not sent again in a batch."""

    @property
    def waiting(self) -> bool:
        return bool(self.submitted or self.running)


def _records(workspace: Workspace) -> list[tuple[Path, dict[str, Any]]]:
    folder = batches_dir(workspace)
    if not folder.is_dir():
        return []
    records = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = read_json(path)
        except WorkspaceError:
            continue  # a damaged record: `personas doctor` reports it
        if isinstance(data, dict) and isinstance(data.get("calls"), dict):
            records.append((path, data))
    return records


def _api(action: str, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    from assistant.providers.llm import _describe

    try:
        return call(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the client raises many types; one line for the user
        raise ModelError(f"batch API: {action} failed: {_describe(exc)}") from exc


def _plans(
    workspace: Workspace, transcripts: dict[str, Transcript], model: Any, extractor: Any
) -> dict[str, CallPlan]:
    return {
        interview_id: plan_calls(workspace, transcript, model=model, extractor=extractor)
        for interview_id, transcript in transcripts.items()
    }


def collect(
    workspace: Workspace,
    transcripts: dict[str, Transcript],
    client: Any,
    *,
    model: Any,
    extractor: Any,
    usage: UsageLedger | None = None,
) -> BatchReport:
    """Check every batch still out; store the answers of finished ones in the window caches."""
    report = BatchReport()
    plans: dict[str, CallPlan] | None = None
    for path, record in _records(workspace):
        if record.get("state") != "submitted":
            continue
        batch = _api("checking a batch", client.batches.retrieve, record["batch_id"])
        counts = getattr(batch, "request_counts", None)
        if batch.status not in FINISHED:
            report.running.append(
                {
                    "id": batch.id,
                    "status": batch.status,
                    "completed": int(getattr(counts, "completed", 0) or 0),
                    "total": int(getattr(counts, "total", 0) or len(record["calls"])),
                }
            )
            continue
        if plans is None:
            plans = {}
        calls = record["calls"]
        # the batch may hold calls of interviews this command did not name (an earlier `extract A --batch`)
        wanted = {call["interview_id"] for call in calls.values()} - set(plans)
        others = {i: transcripts.get(i) or _stored(workspace, i) for i in wanted}
        plans.update(_plans(workspace, {i: t for i, t in others.items() if t is not None}, model, extractor))
        answered: set[str] = set()
        for file_id in (batch.output_file_id, getattr(batch, "error_file_id", None)):
            if not file_id:
                continue
            text = _api("downloading results", client.files.content, file_id).text
            for line in text.splitlines():
                result = read_batch_line(line, functools.partial(_answer_type, plans, calls))
                if result is None:
                    continue
                answered.add(result.custom_id)
                call = calls[result.custom_id]
                if usage is not None and (result.prompt_tokens or result.completion_tokens):
                    usage.record(
                        model_name(model),
                        result.prompt_tokens,
                        result.completion_tokens,
                        0.0,
                        "extract-batch",
                        price_factor=BATCH_PRICE_FACTOR,
                    )
                if result.answer is None:
                    call["failed"] = result.problem
                    report.problems.append(f"{call['interview_id']}: {result.problem}")
                    continue
                plan = plans.get(call["interview_id"])
                if plan is None or call["key"] not in {c.key for c in plan.calls}:
                    report.stale += 1  # the transcript (or prompt) changed since the batch was sent
                    continue
                plan.cache.put(call["key"], result.answer)
                report.collected += 1
        for custom_id, call in calls.items():
            if custom_id not in answered:
                call["failed"] = f"batch {batch.status} without an answer"
        if batch.status != "completed":
            report.problems.append(
                f"batch {batch.id} ended {batch.status}; its unanswered calls are sent again"
            )
        record["state"] = "collected"
        record["status"] = batch.status
        record["collected_at"] = _now()
        atomic_write_json(path, record)
    return report


def _stored(workspace: Workspace, interview_id: str) -> Transcript | None:
    try:
        return workspace.load_transcript(interview_id)
    except AssistantError:  # removed since the batch was sent: its answers have nowhere to go
        return None


def _answer_type(
    plans: dict[str, CallPlan], calls: dict[str, dict[str, Any]], custom_id: str
) -> type[BaseModel] | None:
    call = calls.get(custom_id)
    if call is None:
        return None
    plan = plans.get(call["interview_id"])
    return plan.cache.answer_type if plan is not None else None


def submit(
    workspace: Workspace,
    transcripts: dict[str, Transcript],
    client: Any,
    *,
    model: Any,
    extractor: Any,
    force: bool = False,
) -> BatchReport:
    """Send every planned call that has no cached answer and is not out in a batch already."""
    report = BatchReport()
    out: set[str] = set()
    attempts: dict[str, int] = {}
    for _path, record in _records(workspace):
        for call in record["calls"].values():
            if record.get("state") == "submitted":
                out.add(call["key"])
            elif call.get("failed"):
                attempts[call["key"]] = attempts.get(call["key"], 0) + 1
    settings = workspace.settings
    requests: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for interview_id, plan in _plans(workspace, transcripts, model, extractor).items():
        missing = plan.calls if force else plan.uncached()
        if not missing:
            report.ready.append(interview_id)
        for call in missing:
            if call.key in out:
                continue
            if attempts.get(call.key, 0) >= MAX_ATTEMPTS:
                report.given_up += 1
                continue
            out.add(call.key)
            requests.append(
                (
                    {"interview_id": interview_id, "key": call.key, "mode": plan.mode},
                    {"answer_type": plan.cache.answer_type, "system": call.system, "user": call.user},
                )
            )
    for start in range(0, len(requests), MAX_REQUESTS):
        chunk = requests[start : start + MAX_REQUESTS]
        calls = {f"c{n}": meta for n, (meta, _body) in enumerate(chunk, start=1)}
        lines = [
            json.dumps(
                batch_request(settings, custom_id, body["answer_type"], body["system"], body["user"]),
                ensure_ascii=False,
            )
            for custom_id, (_meta, body) in zip(calls, chunk, strict=True)
        ]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        uploaded = _api(
            "uploading the requests",
            client.files.create,
            file=("personas-extract.jsonl", data),
            purpose="batch",
        )
        batch = _api(
            "creating the batch",
            client.batches.create,
            input_file_id=uploaded.id,
            endpoint=BATCH_ENDPOINT,
            completion_window="24h",
            metadata={"tool": "personas", "purpose": "extract"},
        )
        atomic_write_json(
            batches_dir(workspace) / f"{_safe(batch.id)}.json",
            {
                "batch_id": batch.id,
                "input_file_id": uploaded.id,
                "model": settings.llm.model,
                "created_at": _now(),
                "state": "submitted",
                "calls": calls,
            },
        )
        report.submitted.append((batch.id, len(calls)))
    return report


def _safe(batch_id: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in batch_id)[:100] or "batch"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
