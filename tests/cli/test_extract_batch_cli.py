"""`personas extract --batch` against a local stand-in for the OpenAI Batch API.

No batch service runs offline, so a small HTTP server on 127.0.0.1 implements the four endpoints the
OpenAI client uses (upload a file, create a batch, check it, download its output) and answers each
request the way a model would, with one request failing on purpose. The real OpenAI client, the real
planning, cache and verification code run against it; nothing inside `personas` is replaced.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_extract_cli import LINES, _transcript

from assistant.cli import main
from assistant.core.workspace import Workspace

TURN = re.compile(r"^(u\d+)(?: \[[^\]]*\])? PARTICIPANT[^:]*: (.+)$", re.MULTILINE)


class FakeBatchAPI:
    """Files and batches in memory; a batch completes on its second check; chat calls are counted."""

    def __init__(self, fail_custom_ids: set[str]) -> None:
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.checks: dict[str, int] = {}
        self.fail = set(fail_custom_ids)
        self.chat_calls = 0
        self.requests: list[dict[str, Any]] = []

    def answer(self, body: dict[str, Any]) -> str:
        user = body["messages"][-1]["content"]
        turn = TURN.search(user)
        findings = []
        if turn:
            ref, text = turn.groups()
            quote = text.split(".")[0].strip()
            findings.append({"category": "pain", "statement": quote, "utterance_id": ref, "quote": quote})
        return json.dumps({"findings": findings, "attributes": []})

    def output(self, input_id: str) -> bytes:
        lines = []
        for raw in self.files[input_id].decode("utf-8").splitlines():
            request = json.loads(raw)
            self.requests.append(request)
            custom_id = request["custom_id"]
            if custom_id in self.fail:
                self.fail.discard(custom_id)  # fails once, succeeds when sent again
                response = {"status_code": 500, "body": {"error": {"message": "the server had an error"}}}
            else:
                body = {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": self.answer(request["body"])},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100},
                }
                response = {"status_code": 200, "request_id": "req", "body": body}
            lines.append(json.dumps({"id": "r", "custom_id": custom_id, "response": response, "error": None}))
        return ("\n".join(lines) + "\n").encode("utf-8")


def _handler(api: FakeBatchAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, data: Any, raw: bytes | None = None) -> None:
            payload = raw if raw is not None else json.dumps(data).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream" if raw else "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self) -> None:  # noqa: N802 - the http.server interface
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if self.path.endswith("/chat/completions"):
                api.chat_calls += 1
                self.send_response(500)
                self.end_headers()
                return
            if self.path.endswith("/files"):
                boundary = self.headers["Content-Type"].split("boundary=")[1].encode()
                part = next(p for p in body.split(b"--" + boundary) if b'name="file"' in p)
                content = part.split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n", 1)[0]
                file_id = f"file-{len(api.files) + 1}"
                api.files[file_id] = content
                self._send(
                    {
                        "id": file_id,
                        "object": "file",
                        "bytes": len(content),
                        "created_at": 0,
                        "filename": "personas-extract.jsonl",
                        "purpose": "batch",
                        "status": "processed",
                    }
                )
                return
            if self.path.endswith("/batches"):
                request = json.loads(body)
                batch_id = f"batch_{len(api.batches) + 1}"
                api.batches[batch_id] = {
                    "id": batch_id,
                    "object": "batch",
                    "endpoint": request["endpoint"],
                    "input_file_id": request["input_file_id"],
                    "completion_window": "24h",
                    "created_at": 0,
                    "status": "validating",
                    "request_counts": {"total": 0, "completed": 0, "failed": 0},
                }
                self._send(api.batches[batch_id])
                return
            self.send_response(404)
            self.end_headers()

        def do_GET(self) -> None:  # noqa: N802
            if "/files/" in self.path and self.path.endswith("/content"):
                file_id = self.path.split("/files/")[1].split("/")[0]
                self._send(None, raw=api.files[file_id])
                return
            if "/batches/" in self.path:
                batch_id = self.path.rsplit("/", 1)[1]
                batch = api.batches[batch_id]
                api.checks[batch_id] = api.checks.get(batch_id, 0) + 1
                if api.checks[batch_id] == 1:
                    batch["status"] = "in_progress"
                elif batch["status"] != "completed":
                    output_id = f"file-{len(api.files) + 1}"
                    api.files[output_id] = api.output(batch["input_file_id"])
                    total = len(api.files[batch["input_file_id"]].splitlines())
                    batch.update(
                        status="completed",
                        output_file_id=output_id,
                        request_counts={"total": total, "completed": total, "failed": 0},
                    )
                self._send(batch)
                return
            self.send_response(404)
            self.end_headers()

    return Handler


@pytest.fixture
def batch_api() -> Iterator[tuple[FakeBatchAPI, str]]:
    api = FakeBatchAPI(fail_custom_ids={"c2"})
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield api, f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch_api: tuple[FakeBatchAPI, str]) -> Workspace:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-batch-test-0123456789")
    workspace = Workspace.init(tmp_path / "study")
    workspace.save_transcript(_transcript("one", LINES))
    workspace.save_transcript(_transcript("two", list(reversed(LINES))))
    workspace.settings_path.write_text(
        f'[llm]\nprovider = "openai"\nmodel = "gpt-4o-mini"\nbase_url = "{batch_api[1]}"\n'
        'extraction_mode = "direct"\nmax_retries = 0\n',
        encoding="utf-8",
    )
    return workspace


def run(workspace: Workspace, *args: str) -> Any:
    return CliRunner().invoke(main, ["--workspace", str(workspace.root), *args])


def test_batch_is_sent_collected_and_extracted_without_a_direct_call(
    study: Workspace, batch_api: tuple[FakeBatchAPI, str]
) -> None:
    api, _url = batch_api
    first = run(study, "extract", "--all", "--batch")
    assert first.exit_code == 0, first.output
    assert "submitted batch batch_1: 2 model calls" in first.output
    assert "2 of 2 interviews wait for batch answers" in first.output
    assert not list(study.findings_dir.glob("*.json"))
    sent = api.files["file-1"].decode().splitlines()
    assert len(sent) == 2 and "sk-batch-test" not in api.files["file-1"].decode()
    assert json.loads(sent[0])["body"]["response_format"]["type"] == "json_schema"

    second = run(study, "extract", "--all", "--batch")  # still in progress: nothing new is sent
    assert second.exit_code == 0, second.output
    assert "batch batch_1: in_progress" in second.output and "submitted" not in second.output

    third = run(study, "extract", "--all", "--batch")  # completed: one answer, one failed request
    assert third.exit_code == 0, third.output
    assert "collected 1 answer from" in third.output
    assert "the server had an error" in third.output  # the failed request, said once
    assert "submitted batch batch_2: 1 model call " in third.output  # sent again
    ready = [p.stem for p in study.findings_dir.glob("*.json")]
    assert len(ready) == 1, third.output  # the interview with its answer is extracted now
    data = json.loads((study.findings_dir / f"{ready[0]}.json").read_text())
    assert data["mode"] == "direct" and data["engine"].startswith("llm:")
    assert data["findings"] and all(f["verified"] for f in data["findings"])

    run(study, "extract", "--all", "--batch")  # batch_2 in progress
    last = run(study, "extract", "--all", "--batch")
    assert last.exit_code == 0, last.output
    assert "collected 1 answer from" in last.output and "wait for batch answers" not in last.output
    assert len(list(study.findings_dir.glob("*.json"))) == 2
    assert api.chat_calls == 0, "every answer came from a batch, none from a direct call"
    assert "model calls 0 (+1 answers from batches)" in last.output
    records = sorted((study.root / ".personas" / "batches").glob("*.json"))
    assert [json.loads(p.read_text())["state"] for p in records] == ["collected", "collected"]


def test_batch_with_dry_run_prices_at_half(study: Workspace) -> None:
    plain = json.loads(run(study, "extract", "--all", "--dry-run", "--json").stdout)
    halved = json.loads(run(study, "extract", "--all", "--dry-run", "--json", "--batch").stdout)
    assert halved["cost_usd"] == pytest.approx(plain["cost_usd"] / 2, rel=0.01)


def test_batch_needs_a_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    workspace = Workspace.init(tmp_path / "offline")
    workspace.save_transcript(_transcript("one", LINES))
    result = run(workspace, "extract", "--all", "--batch")
    assert result.exit_code == 1 and "--batch needs a model" in result.output


def test_answers_for_interviews_not_named_now_are_kept(
    study: Workspace, batch_api: tuple[FakeBatchAPI, str]
) -> None:
    api, _url = batch_api
    api.fail.clear()
    assert "submitted batch batch_1: 1 model call " in run(study, "extract", "one", "--batch").output
    run(study, "extract", "two", "--batch")  # checks batch_1 (in progress), sends batch_2 for "two"
    collected = run(study, "extract", "two", "--batch")  # batch_1 (for "one") completes now
    assert "collected 1 answer from" in collected.output and "not used" not in collected.output
    later = run(study, "extract", "one", "--batch")  # its answer was stored: extracted, nothing sent
    assert later.exit_code == 0, later.output
    assert "submitted" not in later.output and (study.findings_dir / "one.json").exists()
    assert api.chat_calls == 0
