"""The one provider seam: which chat model is used, how structured output is obtained, and what it cost.

Everything else takes a ``BaseChatModel`` (or ``None`` for the offline path) as an argument, so tests
pass LangChain's fake chat models and nothing here is imported by the UI directly.
"""

from __future__ import annotations

import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.core.errors import AssistantError, ConfigError, ModelError
from assistant.core.redact import redact, register_secret, strip_credentials
from assistant.core.settings import Settings

logger = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")
I = TypeVar("I")  # noqa: E741

# USD per 1k tokens (prompt, completion) for models whose list price is known; settings override.
KNOWN_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.00015, 0.0006),
    "gpt-4o": (0.0025, 0.01),
    "gpt-4.1-mini": (0.0004, 0.0016),
    "gpt-4.1": (0.002, 0.008),
}

# A placeholder key for OpenAI-compatible servers that do not check keys (llama.cpp, Ollama).
_NO_KEY = "sk-no-key-required"

_CHARS_PER_TOKEN = 3.2
OUTPUT_SHARE_OF_INPUT = 0.15
"""Expected answer length relative to a call's input when no output limit is sent (findings are short)."""


def estimate_tokens(text: str) -> int:
    """A conservative token estimate (no tokenizer dependency): a little above real counts."""
    return int(len(text) / _CHARS_PER_TOKEN) + 1


class BudgetExceeded(AssistantError):
    """The next model call would take the run's spending past its ``--max-cost``."""

    title = "Cost limit reached"


# ---------------------------------------------------------------------------------------------
# Usage accounting
# ---------------------------------------------------------------------------------------------
@dataclass
class CallUsage:
    """Tokens and time of one model call."""

    model: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    cost: float | None = None
    purpose: str = ""


@dataclass
class UsageLedger:
    """Thread-safe record of every model call in a run."""

    prices: tuple[float, float] | None = None
    entries: list[CallUsage] = field(default_factory=list)
    budget_usd: float | None = None
    """Spending limit of the run (``--max-cost``): a call that could pass it is not sent."""
    _reserved: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def prices_for(self, model: str) -> tuple[float, float] | None:
        return self.prices or _price_for(model)

    def admit(self, model: str, prompt_tokens: int, completion_tokens: int) -> float:
        """Reserve a call's estimated cost under the budget; raises BudgetExceeded instead of passing it.

        Returns the amount reserved, to hand back to ``release`` once the call is recorded (calls in
        flight on other threads count against the budget too).
        """
        if self.budget_usd is None:
            return 0.0
        prices = self.prices_for(model)
        if prices is None:
            raise ConfigError(f"no price known for {model!r}: set llm.price_per_1k_prompt and _completion")
        estimate = prompt_tokens / 1000 * prices[0] + completion_tokens / 1000 * prices[1]
        with self._lock:
            spent = sum(e.cost or 0.0 for e in self.entries)
            if spent + self._reserved + estimate > self.budget_usd:
                raise BudgetExceeded(
                    f"stopped before exceeding the cost limit ${self.budget_usd:.4f}: spent ${spent:.4f}, "
                    f"the next call would cost about ${estimate:.4f}"
                )
            self._reserved += estimate
        return estimate

    def release(self, reserved: float) -> None:
        with self._lock:
            self._reserved = max(0.0, self._reserved - reserved)

    def record(
        self,
        model: str,
        prompt_tokens: int,
        completion_tokens: int,
        seconds: float,
        purpose: str = "",
        price_factor: float = 1.0,
    ) -> CallUsage:
        prices = self.prices or _price_for(model)
        cost = None
        if prices is not None:
            cost = (prompt_tokens / 1000 * prices[0] + completion_tokens / 1000 * prices[1]) * price_factor
        entry = CallUsage(model, prompt_tokens, completion_tokens, seconds, cost, purpose)
        with self._lock:
            self.entries.append(entry)
        return entry

    @property
    def calls(self) -> int:
        return len(self.entries)

    @property
    def prompt_tokens(self) -> int:
        return sum(e.prompt_tokens for e in self.entries)

    @property
    def completion_tokens(self) -> int:
        return sum(e.completion_tokens for e in self.entries)

    @property
    def cost(self) -> float | None:
        costs = [e.cost for e in self.entries]
        if not costs or any(c is None for c in costs):
            return None
        return float(sum(c for c in costs if c is not None))

    def summary(self) -> dict[str, Any]:
        return {
            "calls": self.calls,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost_usd": None if self.cost is None else round(self.cost, 6),
            "seconds": round(sum(e.seconds for e in self.entries), 3),
        }


def _price_for(model: str) -> tuple[float, float] | None:
    name = model.lower()
    for known in sorted(KNOWN_PRICES, key=len, reverse=True):
        if name == known or name.startswith(known + "-20"):
            return KNOWN_PRICES[known]
    return None


def ledger_for(settings: Settings) -> UsageLedger:
    """A ledger that prices calls from settings when set, else from the known list."""
    llm = settings.llm
    if llm.price_per_1k_prompt is not None and llm.price_per_1k_completion is not None:
        return UsageLedger(prices=(llm.price_per_1k_prompt, llm.price_per_1k_completion))
    return UsageLedger()


# ---------------------------------------------------------------------------------------------
# Building the model
# ---------------------------------------------------------------------------------------------
def get_chat_model(settings: Settings) -> Any | None:
    """The configured chat model, or None when no model is configured (use the offline engine)."""
    if not settings.llm_enabled():
        return None
    from langchain_openai import ChatOpenAI

    base_url = settings.llm_base_url()
    api_key = settings.llm_api_key()
    register_secret(api_key)
    if not api_key and not base_url:
        raise ConfigError("llm.provider is 'openai' but no OPENAI_API_KEY or llm.base_url is set")
    return ChatOpenAI(
        model=settings.llm.model,
        base_url=base_url,
        api_key=api_key or _NO_KEY,  # type: ignore[arg-type]
        temperature=settings.llm.temperature,
        timeout=settings.llm.timeout_s,
        max_retries=0,  # retries and backoff happen in _with_retries, for every provider alike
        stream_usage=True,
    )


def with_output_limit(model: Any, max_tokens: int) -> Any:
    """A copy of an OpenAI-compatible model that stops after ``max_tokens`` (runaway small models).

    Sent as ``max_tokens`` in the request body, which local servers (llama.cpp, vLLM, Ollama) honour.
    """
    if not hasattr(model, "extra_body") or not hasattr(model, "model_copy"):
        return model
    base = str(getattr(model, "openai_api_base", "") or "")
    if not base or "api.openai.com" in base:
        return model
    extra = dict(model.extra_body or {})
    extra.setdefault("max_tokens", max_tokens)
    return model.model_copy(update={"extra_body": extra})


def model_identity(settings: Settings) -> str:
    """A stable name for cache keys: the model and the server it runs on (never the key)."""
    if not settings.llm_enabled():
        return "offline"
    return f"{settings.llm.model}@{strip_credentials(settings.llm_base_url()) or 'api.openai.com'}"


def model_name(model: Any) -> str:
    for attribute in ("model_name", "model"):
        value = getattr(model, attribute, None)
        if isinstance(value, str) and value:
            return value
    return type(model).__name__


def resolve_method(model: Any, settings: Settings | None, method: str | None) -> str:
    """Pick how to get structured output: json_schema, function_calling, or json_text."""
    chosen = method or (settings.llm.structured_output if settings else "auto")
    if chosen != "auto":
        return chosen
    from langchain_openai import ChatOpenAI

    if isinstance(model, ChatOpenAI):
        base = str(model.openai_api_base or "")
        # OpenAI itself supports strict JSON-schema mode; most compatible servers (llama.cpp's
        # among them) reject response_format json_schema but accept a forced tool call.
        return "json_schema" if not base or "api.openai.com" in base else "function_calling"
    return "json_text"


# ---------------------------------------------------------------------------------------------
# The Batch API (OpenAI's, and servers that copy it)
# ---------------------------------------------------------------------------------------------
BATCH_PRICE_FACTOR = 0.5
"""OpenAI bills batch requests at half the price of the same requests sent one by one."""
BATCH_ENDPOINT = "/v1/chat/completions"


def batch_client(settings: Settings) -> Any:
    """An OpenAI client for the Batch API (files and batches), on the configured server and key."""
    if not settings.llm_enabled():
        raise ConfigError(
            "--batch needs a model: set OPENAI_API_KEY (or llm.base_url for a compatible server)"
        )
    from openai import OpenAI

    api_key = settings.llm_api_key()
    register_secret(api_key)
    return OpenAI(
        api_key=api_key or _NO_KEY,
        base_url=settings.llm_base_url() or None,
        timeout=settings.llm.timeout_s,
        max_retries=settings.llm.max_retries,
    )


def batch_request(
    settings: Settings, custom_id: str, schema: type[BaseModel], system: str, user: str
) -> dict[str, Any]:
    """One line of a batch input file: a chat completion asking for ``schema`` as JSON."""
    return {
        "custom_id": custom_id,
        "method": "POST",
        "url": BATCH_ENDPOINT,
        "body": {
            "model": settings.llm.model,
            "temperature": settings.llm.temperature,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": schema.__name__, "schema": schema.model_json_schema()},
            },
        },
    }


@dataclass
class BatchResult:
    """One line of a batch output file, read: the answer, or why there is none."""

    custom_id: str
    answer: Any = None
    problem: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0


def read_batch_line(line: str, schema: Callable[[str], type[BaseModel] | None]) -> BatchResult | None:
    """Parse one output line; ``schema(custom_id)`` names the answer type (None: not ours, skipped)."""
    try:
        row = json.loads(line)
        custom_id = str(row["custom_id"])
    except (ValueError, KeyError, TypeError):
        return None
    answer_type = schema(custom_id)
    if answer_type is None:
        return None
    result = BatchResult(custom_id)
    response = row.get("response") or {}
    body = response.get("body") or {}
    if row.get("error") or int(response.get("status_code") or 0) != 200:
        error = row.get("error") or body.get("error") or {}
        result.problem = redact(str(error.get("message") if isinstance(error, dict) else error) or "failed")
        return result
    usage = body.get("usage") or {}
    result.prompt_tokens = int(usage.get("prompt_tokens") or 0)
    result.completion_tokens = int(usage.get("completion_tokens") or 0)
    try:
        content = body["choices"][0]["message"]["content"]
        result.answer = answer_type.model_validate(_json_from_text(str(content)))
    except (KeyError, IndexError, TypeError, ValueError, ValidationError) as exc:
        result.problem = f"no valid {answer_type.__name__} in the answer ({_describe(exc)})"
    return result


# ---------------------------------------------------------------------------------------------
# Calling it
# ---------------------------------------------------------------------------------------------
def _is_transient(exc: BaseException) -> bool:
    import openai

    if isinstance(
        exc,
        openai.RateLimitError
        | openai.APITimeoutError
        | openai.APIConnectionError
        | openai.InternalServerError,
    ):
        return True
    status = getattr(exc, "status_code", None)
    return isinstance(status, int) and (status == 429 or status >= 500)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    # Keys must never reach a log or an error line, even if a provider echoes one back.
    return redact(text)[:300]


def _backoff(attempt: int) -> float:
    return min(30.0, 0.5 * 2**attempt) * (0.75 + random.random() * 0.5)


def _usage_of(message: Any) -> tuple[int, int]:
    meta = getattr(message, "usage_metadata", None) or {}
    prompt = int(meta.get("input_tokens", 0) or 0)
    completion = int(meta.get("output_tokens", 0) or 0)
    if not prompt and not completion:
        token_usage = (getattr(message, "response_metadata", None) or {}).get("token_usage") or {}
        prompt = int(token_usage.get("prompt_tokens", 0) or 0)
        completion = int(token_usage.get("completion_tokens", 0) or 0)
    return prompt, completion


def _json_from_text(text: str) -> Any:
    """The first JSON object or array in a model's reply (code fences and chatter tolerated)."""
    stripped = text.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", stripped, re.DOTALL)
    if fenced:
        stripped = fenced.group(1).strip()
    try:
        return json.loads(stripped)
    except json.JSONDecodeError:
        pass
    decoder = json.JSONDecoder()
    for index, char in enumerate(stripped):
        if char in "{[":
            try:
                value, _ = decoder.raw_decode(stripped[index:])
                return value
            except json.JSONDecodeError:
                continue
    raise ValueError("no JSON object in the reply")


def _schema_instruction(schema: type[BaseModel]) -> str:
    return (
        "Reply with one JSON object only, no prose and no code fences, that validates against "
        f"this JSON schema:\n{json.dumps(schema.model_json_schema(), ensure_ascii=False)}"
    )


def _message_text(message: Any) -> str:
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)


def _admit(usage: UsageLedger | None, model: Any, messages: list[Any]) -> float:
    """Reserve the call's estimated cost under the run's budget (nothing when no budget is set)."""
    if usage is None or usage.budget_usd is None:
        return 0.0
    prompt = sum(estimate_tokens(_message_text(m)) for m in messages)
    limit = (getattr(model, "extra_body", None) or {}).get("max_tokens")
    completion = int(limit) if limit else int(prompt * OUTPUT_SHARE_OF_INPUT)
    return usage.admit(model_name(model), prompt, completion)


def invoke_structured(
    model: Any,
    schema: type[T],
    messages: list[Any],
    *,
    settings: Settings | None = None,
    usage: UsageLedger | None = None,
    method: str | None = None,
    purpose: str = "",
) -> T:
    """Ask the model for an instance of ``schema``; retry transient errors and malformed output."""
    from langchain_core.messages import HumanMessage, SystemMessage

    chosen = resolve_method(model, settings, method)
    max_retries = settings.llm.max_retries if settings else 2
    attempt_messages = list(messages)
    if chosen == "json_text":
        instruction = _schema_instruction(schema)
        if attempt_messages and isinstance(attempt_messages[0], SystemMessage):
            first = attempt_messages[0]
            attempt_messages[0] = SystemMessage(content=f"{_message_text(first)}\n\n{instruction}")
        else:
            attempt_messages.insert(0, SystemMessage(content=instruction))
        runnable: Any = model
    else:
        runnable = model.with_structured_output(schema, method=chosen, include_raw=True)

    last_problem = "no reply"
    for attempt in range(max_retries + 1):
        reserved = _admit(usage, model, attempt_messages)
        started = time.monotonic()
        try:
            reply = runnable.invoke(attempt_messages)
        except Exception as exc:  # noqa: BLE001 - providers raise many types; classify below
            if usage is not None:
                usage.release(reserved)
            if _is_transient(exc) and attempt < max_retries:
                last_problem = _describe(exc)
                logger.warning("model call failed (%s); retrying", last_problem)
                time.sleep(_backoff(attempt))
                continue
            raise ModelError(f"model call failed: {_describe(exc)}") from exc
        seconds = time.monotonic() - started
        raw = reply.get("raw") if isinstance(reply, dict) else reply
        if usage is not None:
            usage.release(reserved)
            prompt_tokens, completion_tokens = _usage_of(raw)
            usage.record(model_name(model), prompt_tokens, completion_tokens, seconds, purpose)
        try:
            if chosen == "json_text":
                return schema.model_validate(_json_from_text(_message_text(raw)))
            parsed = reply.get("parsed") if isinstance(reply, dict) else None
            if isinstance(parsed, schema):
                return parsed
            if isinstance(parsed, dict):
                return schema.model_validate(parsed)
            error = reply.get("parsing_error") if isinstance(reply, dict) else None
            raise ValueError(str(error) if error else "the model returned no structured output")
        except (ValueError, ValidationError) as exc:
            last_problem = _describe(exc)
            logger.info("malformed structured output (attempt %d): %s", attempt + 1, last_problem)
            if chosen == "json_text" and attempt < max_retries:
                attempt_messages = [
                    *attempt_messages,
                    HumanMessage(
                        content=f"Your reply was not valid ({last_problem}). Reply again with the JSON object only."
                    ),
                ]
    raise ModelError(
        f"the model gave no valid {schema.__name__} after {max_retries + 1} tries: {last_problem}"
    )


def invoke_text(
    model: Any,
    messages: list[Any],
    *,
    settings: Settings | None = None,
    usage: UsageLedger | None = None,
    purpose: str = "",
) -> str:
    """Plain text reply, with the same retries on transient errors."""
    max_retries = settings.llm.max_retries if settings else 2
    for attempt in range(max_retries + 1):
        reserved = _admit(usage, model, messages)
        started = time.monotonic()
        try:
            reply = model.invoke(messages)
        except Exception as exc:  # noqa: BLE001
            if usage is not None:
                usage.release(reserved)
            if _is_transient(exc) and attempt < max_retries:
                time.sleep(_backoff(attempt))
                continue
            raise ModelError(f"model call failed: {_describe(exc)}") from exc
        if usage is not None:
            usage.release(reserved)
            prompt_tokens, completion_tokens = _usage_of(reply)
            usage.record(
                model_name(model), prompt_tokens, completion_tokens, time.monotonic() - started, purpose
            )
        return _message_text(reply)
    raise ModelError("model call failed")  # pragma: no cover - loop always returns or raises


def stream_text(
    model: Any,
    messages: list[Any],
    *,
    usage: UsageLedger | None = None,
    purpose: str = "",
) -> Iterator[str]:
    """Yield the reply as it is generated; usage is recorded when the stream ends."""
    started = time.monotonic()
    prompt_tokens = completion_tokens = 0
    try:
        for chunk in model.stream(messages):
            chunk_prompt, chunk_completion = _usage_of(chunk)
            prompt_tokens += chunk_prompt
            completion_tokens += chunk_completion
            text = _message_text(chunk)
            if text:
                yield text
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"model call failed: {_describe(exc)}") from exc
    if usage is not None:
        usage.record(model_name(model), prompt_tokens, completion_tokens, time.monotonic() - started, purpose)


def run_concurrently(
    fn: Callable[[I], R],
    items: Iterable[I],
    *,
    limit: int,
    on_result: Callable[[I, R], None] | None = None,
) -> list[R]:
    """Run ``fn`` over ``items`` with at most ``limit`` in flight; results keep the input order.

    ``on_result`` runs in the calling thread as each item finishes, so callers can save work as it
    completes (an interrupted run keeps what already finished).
    """
    pending_items = list(items)
    if limit <= 1:
        results = []
        for item in pending_items:
            result = fn(item)
            if on_result:
                on_result(item, result)
            results.append(result)
        return results
    results_by_index: dict[int, R] = {}
    with ThreadPoolExecutor(max_workers=limit) as pool:
        futures: dict[Future[R], int] = {pool.submit(fn, item): i for i, item in enumerate(pending_items)}
        try:
            remaining = set(futures)
            while remaining:
                done, remaining = wait(remaining, return_when=FIRST_COMPLETED)
                for future in sorted(done, key=lambda f: futures[f]):
                    index = futures[future]
                    result = future.result()
                    results_by_index[index] = result
                    if on_result:
                        on_result(pending_items[index], result)
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return [results_by_index[i] for i in range(len(pending_items))]
