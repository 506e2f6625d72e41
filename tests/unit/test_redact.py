"""Secrets: one redaction function for every printed, logged or stored message."""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from assistant.core.errors import AssistantError, ModelError
from assistant.core.redact import install_log_redaction, redact, register_secret, strip_credentials


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("401: incorrect API key provided: sk-proj-abcDEF1234567890xyz", "abcDEF1234567890xyz"),
        (
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlMTIz",
            "eyJhbGciOiJIUzI1NiJ9",
        ),
        ("cannot reach http://alice:s3cr3tpass@chroma.local:8000/api", "s3cr3tpass"),
        ("GET https://host/v1/embeddings?api_key=zz9plural&x=1 failed", "zz9plural"),
        ('{"api_key": "qwertyuiop123"}', "qwertyuiop123"),
        ("token=ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghij"),
        ("aws AKIAIOSFODNN7EXAMPLE leaked", "AKIAIOSFODNN7EXAMPLE"),
        ("x-api-key: 5f2b9c0e-local-key", "5f2b9c0e-local-key"),
    ],
)
def test_shapes_of_secrets_are_masked(text: str, secret: str) -> None:
    assert secret not in redact(text)
    assert "***" in redact(text)


def test_known_values_of_any_shape_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "plainwordkey")
    register_secret("another local value")
    text = "server said: bad key 'plainwordkey' and another local value"
    assert redact(text) == "server said: bad key '***' and ***"


def test_ordinary_text_is_untouched() -> None:
    text = "error: transcripts/interview-01.json: damaged JSON (line 3) at http://127.0.0.1:8000/api"
    assert redact(text) == text


def test_base_urls_are_stored_without_credentials() -> None:
    assert strip_credentials("https://bob:pw123456@llm.example.org/v1?key=abc123&model=x") == (
        "https://llm.example.org/v1?model=x"
    )
    assert strip_credentials("http://127.0.0.1:11434/v1") == "http://127.0.0.1:11434/v1"


def test_every_error_message_is_redacted() -> None:
    error = AssistantError("cannot reach http://u:topsecret99@host:8000 (sk-live-0123456789abcdefgh)")
    assert "topsecret99" not in error.message and "0123456789abcdefgh" not in str(error)


def test_log_records_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    install_log_redaction()
    with caplog.at_level(logging.WARNING):
        logging.getLogger("assistant.test").warning("retrying with %s", "Bearer abcdefghijklmnop")
    assert "abcdefghijklmnop" not in caplog.text


class _EchoingHandler(BaseHTTPRequestHandler):
    """An embeddings server that echoes the API key back in its 401 error, as some proxies do."""

    def do_POST(self) -> None:  # noqa: N802
        key = self.headers.get("Authorization", "").removeprefix("Bearer ")
        body = ('{"error": {"message": "invalid key ' + key + '", "type": "invalid_request_error"}}').encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_a_server_that_echoes_the_key_never_gets_it_printed() -> None:
    """The key comes from settings (an odd shape no pattern knows); the server puts it in its 401."""
    from pydantic import SecretStr

    from assistant.core.settings import EmbeddingSettings, Settings
    from assistant.providers.embeddings import make_embedder

    server = HTTPServer(("127.0.0.1", 0), _EchoingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        key = "echoed-key-of-an-odd-shape-42"
        settings = Settings(
            embeddings=EmbeddingSettings(
                provider="openai",
                model="text-embedding-3-small",
                base_url=f"http://127.0.0.1:{server.server_address[1]}/v1",
                api_key=SecretStr(key),
            )
        )
        embedder = make_embedder(settings)
        with pytest.raises(ModelError) as caught:
            embedder.embed_documents(["hello"])
        assert key not in caught.value.message
        assert key not in str(caught.value)
    finally:
        server.shutdown()
