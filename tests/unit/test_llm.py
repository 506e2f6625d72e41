from __future__ import annotations

import threading

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel

from assistant.core.errors import ModelError
from assistant.core.settings import load_settings
from assistant.providers.llm import (
    UsageLedger,
    get_chat_model,
    invoke_structured,
    invoke_text,
    model_identity,
    resolve_method,
    run_concurrently,
    stream_text,
)


class Label(BaseModel):
    category: str
    confidence: float


def test_no_model_without_key_or_url(tmp_path) -> None:
    settings = load_settings(tmp_path)
    assert get_chat_model(settings) is None
    assert model_identity(settings) == "offline"


def test_openai_compatible_server_uses_function_calling(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PERSONAS_LLM__BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("PERSONAS_LLM__MODEL", "local-model")
    settings = load_settings(tmp_path)
    model = get_chat_model(settings)
    assert model is not None
    assert resolve_method(model, settings, None) == "function_calling"
    assert model_identity(settings) == "local-model@http://127.0.0.1:9/v1"


def test_openai_uses_json_schema_and_key_is_not_in_identity(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret-123456")
    settings = load_settings(tmp_path)
    model = get_chat_model(settings)
    assert resolve_method(model, settings, None) == "json_schema"
    assert "sk-test" not in model_identity(settings)


def test_json_text_parses_fenced_reply() -> None:
    model = FakeListChatModel(responses=['Sure!\n```json\n{"category": "pain", "confidence": 0.9}\n```'])
    ledger = UsageLedger()
    label = invoke_structured(model, Label, [HumanMessage(content="x")], usage=ledger)
    assert label == Label(category="pain", confidence=0.9)
    assert ledger.calls == 1


def test_json_text_retries_malformed_then_succeeds() -> None:
    model = FakeListChatModel(
        responses=["not json", '{"category": "impact"}', '{"category": "impact", "confidence": 1}']
    )
    label = invoke_structured(model, Label, [SystemMessage(content="sys"), HumanMessage(content="x")])
    assert label.category == "impact"


def test_json_text_gives_up_with_model_error() -> None:
    model = FakeListChatModel(responses=["junk"] * 5)
    with pytest.raises(ModelError, match="no valid Label"):
        invoke_structured(model, Label, [HumanMessage(content="x")])


def test_text_and_stream() -> None:
    model = FakeListChatModel(responses=["hello world"])
    assert invoke_text(model, [HumanMessage(content="hi")]) == "hello world"
    model = FakeListChatModel(responses=["abc"])
    assert "".join(stream_text(model, [HumanMessage(content="hi")])) == "abc"


def test_ledger_prices_known_models() -> None:
    ledger = UsageLedger()
    ledger.record("gpt-4o-mini", 1000, 1000, 0.1)
    assert ledger.cost == pytest.approx(0.00075)
    ledger.record("local", 10, 10, 0.1)
    assert ledger.cost is None
    assert ledger.summary()["prompt_tokens"] == 1010


def test_run_concurrently_keeps_order_and_calls_back_in_caller_thread() -> None:
    caller = threading.get_ident()
    seen = []

    def on_result(item: int, result: int) -> None:
        assert threading.get_ident() == caller
        seen.append(item)

    assert run_concurrently(lambda x: x * 2, [3, 1, 2], limit=2, on_result=on_result) == [6, 2, 4]
    assert sorted(seen) == [1, 2, 3]


def test_output_limit_only_for_compatible_servers(tmp_path, monkeypatch) -> None:
    from assistant.providers.llm import with_output_limit

    monkeypatch.setenv("PERSONAS_LLM__BASE_URL", "http://127.0.0.1:9/v1")
    local = get_chat_model(load_settings(tmp_path))
    assert with_output_limit(local, 300).extra_body == {"max_tokens": 300}
    monkeypatch.delenv("PERSONAS_LLM__BASE_URL")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret-123456")
    hosted = get_chat_model(load_settings(tmp_path))
    assert with_output_limit(hosted, 300) is hosted
    fake = FakeListChatModel(responses=["x"])
    assert with_output_limit(fake, 300) is fake
