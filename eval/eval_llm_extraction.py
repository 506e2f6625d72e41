"""Run the LLM extraction chain on dev interviews and score it next to the offline engine.

Usage (local Qwen2.5-Coder-1.5B through llama.cpp, started by this script):
  .venv/bin/python eval/eval_llm_extraction.py --gguf .models/qwen1.5b.gguf --model qwen2.5-coder-1.5b \
      --files interview-01-zoom.vtt,interview-03-otter.txt --out eval/results/llm-qwen1.5b
or against a running OpenAI-compatible server:
  .venv/bin/python eval/eval_llm_extraction.py --base-url http://127.0.0.1:8080/v1 --model NAME

Model answers are cached in the eval workspace (``--workspace``), so an interrupted run resumes.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval_offline import CACHE_DIR, DEFAULT_DEV, import_dev  # noqa: E402
from score_extraction import format_table, load_gold, participant_texts, score  # noqa: E402

from assistant.core.settings import Settings  # noqa: E402
from assistant.core.workspace import Workspace  # noqa: E402
from assistant.extract.pipeline import extract_offline, extract_with_llm  # noqa: E402
from assistant.extract.review import is_small_model  # noqa: E402
from assistant.providers.embeddings import get_embedder  # noqa: E402
from assistant.providers.llm import UsageLedger, get_chat_model  # noqa: E402


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(gguf: Path, n_ctx: int, threads: int, log_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start llama-cpp-python's OpenAI-compatible server on a free loopback port and wait for it."""
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(gguf),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
        "--n_threads",
        str(threads),
    ]
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"llama_cpp.server exited ({process.returncode}); see {log_path}")
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2):
                return process, base_url
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(1)
    process.terminate()
    raise SystemExit(f"llama_cpp.server did not start in 300s; see {log_path}")


def run(args: argparse.Namespace) -> dict:
    transcripts, parser = import_dev(args.dev)
    if args.files:
        wanted = [name.strip() for name in args.files.split(",") if name.strip()]
        transcripts = [t for t in transcripts if Path(t.interview.source_file).name in wanted]
    gold = load_gold(args.dev / "gold_findings.jsonl")
    files = {Path(t.interview.source_file).name for t in transcripts}
    texts = participant_texts(transcripts)

    process = None
    base_url = args.base_url
    if args.gguf:
        log_path = Path(tempfile.gettempdir()) / f"personas-llama-server-{os.getpid()}.log"
        process, base_url = start_server(args.gguf, args.context_tokens, args.threads, log_path)
    try:
        llm = {
            "base_url": base_url,
            "model": args.model,
            "context_tokens": args.context_tokens,
            "structured_output": args.structured_output,
            "timeout_s": args.timeout,
            "max_retries": 1,
            "temperature": 0.0,
        }
        settings = Settings(llm=llm, embeddings={"provider": args.provider})
        workspace = Workspace.init(args.workspace)
        workspace = Workspace(workspace.root, settings)
        embedder = get_embedder(settings, cache_dir=CACHE_DIR)
        model = get_chat_model(settings)
        if args.cache_only:
            # Score what the cache holds: windows never answered fall back to the offline result.
            from langchain_core.language_models.fake_chat_models import FakeListChatModel

            model = FakeListChatModel(responses=["(no cached answer)"])
            settings = settings.model_copy(
                update={
                    "llm": settings.llm.model_copy(
                        update={"structured_output": "json_text", "max_retries": 0}
                    )
                }
            )
            workspace = Workspace(workspace.root, settings)
        usage = UsageLedger()
        offline_rows: list[dict] = []
        llm_rows: list[dict] = []
        per_interview = []
        args.out.mkdir(parents=True, exist_ok=True)
        for transcript in transcripts:
            started = time.perf_counter()
            offline = extract_offline(workspace, transcript, embedder=embedder)
            calls_before = usage.calls
            result = extract_with_llm(
                workspace,
                transcript,
                model=model,
                usage=usage,
                embedder=embedder,
                model_id=f"{args.model}@eval",
                allow_new_items=not is_small_model(args.model),
            )
            seconds = time.perf_counter() - started
            offline_rows += [f.public_dict() for f in offline.shown_findings()]
            llm_rows += [f.public_dict() for f in result.shown_findings()]
            per_interview.append(
                {
                    "file": Path(transcript.interview.source_file).name,
                    "seconds": round(seconds, 1),
                    "model_calls": usage.calls - calls_before,
                    "stats": result.stats,
                }
            )
            print(f"{transcript.interview.id}: {seconds:.0f}s {result.stats}", file=sys.stderr, flush=True)
            (args.out / "progress.json").write_text(json.dumps(per_interview, indent=1), encoding="utf-8")
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)

    summary = {
        "parser": parser,
        "model": args.model,
        "files": sorted(files),
        "context_tokens": args.context_tokens,
        "usage": usage.summary(),
        "per_interview": per_interview,
        "offline": score(offline_rows, gold, texts_by_file=texts, files=files),
        "llm": score(llm_rows, gold, texts_by_file=texts, files=files),
    }
    (args.out / "scores.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    (args.out / "findings_llm.json").write_text(
        json.dumps(llm_rows, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return summary


def main(argv: list[str] | None = None) -> int:
    import signal

    # A plain `kill` stops the script through its finally blocks, so the model server stops too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--base-url", default=os.environ.get("OPENAI_BASE_URL"))
    parser.add_argument("--gguf", type=Path, default=None, help="start llama_cpp.server with this model")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--files", default="", help="comma-separated dev file names (default: all 12)")
    parser.add_argument("--context-tokens", type=int, default=4096)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--structured-output", default="function_calling", choices=["auto", "json_schema", "function_calling"]
    )
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--provider", default="local", choices=["local", "hashing"])
    parser.add_argument("--workspace", type=Path, default=Path("/tmp/personas-eval-llm"))
    parser.add_argument("--out", type=Path, default=HERE / "results" / "llm")
    parser.add_argument("--cache-only", action="store_true", help="no model calls: score the cached answers")
    args = parser.parse_args(argv)
    if args.cache_only:
        args.base_url = args.base_url or "http://127.0.0.1:9/v1"
        args.gguf = None
    if not args.base_url and not args.gguf:
        parser.error("give --base-url or --gguf")
    summary = run(args)
    print(f"model {summary['model']} on {len(summary['files'])} files: {', '.join(summary['files'])}")
    print(f"usage: {summary['usage']}")
    for engine in ("offline", "llm"):
        print(f"\n== {engine}")
        print(format_table(summary[engine]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
