"""The Chroma index of spans: every utterance cut into sentences and clauses, searched by meaning.

The index holds the same units the offline engine classifies (``core.sentences.utterance_spans``),
embedded the same way, so with the bundled embedder each span is embedded once (shared cache). A
span is short enough to be read whole by the embedding model, so a 36,000-character turn is indexed
entirely, and a search hit is the sentence that answers, with its utterance id for context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel

from assistant.core.errors import VectorIndexError
from assistant.core.models import Transcript, Utterance
from assistant.core.redact import strip_credentials
from assistant.core.sentences import Sentence, utterance_spans
from assistant.core.words import count_words
from assistant.providers.embeddings import Embedder, workspace_embedder

if TYPE_CHECKING:
    from assistant.core.workspace import Workspace

UPSERT_BATCH = 1024
"""Rows per Chroma upsert: larger batches wrote 1.2-1.4x faster than 256 (docs/benchmarks.md)."""
OVERFETCH = 5
"""Role-only searches fetch this many times ``limit`` unfiltered neighbours, then filter."""
CONTEXT_CHARS = 300
"""How much of the preceding interviewer question is kept as a span's context (its end is kept)."""
PASSAGE_RECIPE = "span1"
"""Names how passages are built; part of the collection name so recipes never mix."""
ProgressCallback = Callable[[int, int, str], None]
"""Called as ``progress(done, total, interview_id)`` after each interview."""


class SearchHit(BaseModel):
    """One span found by a search (a sentence or clause of an utterance), with its cosine similarity."""

    utterance_id: str
    interview_id: str
    speaker: str | None = None
    role: str
    start: float | None = None
    end: float | None = None
    text: str
    """The span's words: ``utterance.text[span_start:span_end]``."""
    score: float
    study: str | None = None
    date: str | None = None
    span_start: int = 0
    span_end: int = 0


def span_id(utterance_id: str, start: int) -> str:
    return f"{utterance_id}@{start}"


def collection_name(base: str, embedder: Embedder) -> str:
    """A Chroma collection name per embedder and dimension, so vectors of two models never mix."""
    raw = f"{base}-{PASSAGE_RECIPE}-{embedder.name}-{embedder.dimension}"
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", raw).strip("-._")
    return name[:500] or "utterances"


def date_number(value: date) -> int:
    """A date as the integer yyyymmdd, which Chroma can filter by range."""
    return value.year * 10000 + value.month * 100 + value.day


def utterance_metadata(transcript: Transcript, utterance: Utterance) -> dict[str, Any]:
    """Flat Chroma metadata for one utterance (None values are left out)."""
    interview = transcript.interview
    metadata: dict[str, Any] = {
        "interview_id": interview.id,
        "role": utterance.role,
        "n": utterance.n,
    }
    optional: dict[str, Any] = {
        "study": interview.study,
        "speaker": utterance.speaker,
        "start": utterance.start,
        "end": utterance.end,
        "language": interview.language,
        "participant": interview.participant,
    }
    if interview.date is not None:
        optional["date"] = interview.date.isoformat()
        optional["date_int"] = date_number(interview.date)
    for key, value in interview.participant_attributes.items():
        safe_key = re.sub(r"[^A-Za-z0-9_]+", "_", key).strip("_").lower()
        if safe_key:
            optional[f"attr_{safe_key}"] = value
    metadata.update({key: value for key, value in optional.items() if value is not None})
    return metadata


def indexable_utterances(transcript: Transcript) -> list[Utterance]:
    """The utterances worth indexing: every role, empty texts skipped."""
    return [u for u in transcript.utterances if u.text.strip()]


def indexable_spans(transcript: Transcript) -> list[tuple[Utterance, Sentence]]:
    """Every span of every indexable utterance, in order."""
    return [(u, piece) for u in indexable_utterances(transcript) for piece in utterance_spans(u.text)]


def build_where(
    *,
    role: str | None,
    interview_ids: Sequence[str] | None,
    study: str | None,
    date_from: date | None,
    date_to: date | None,
) -> dict[str, Any] | None:
    """A Chroma ``where`` filter from search options (None when nothing is filtered)."""
    clauses: list[dict[str, Any]] = []
    if role and role != "any":
        clauses.append({"role": role})
    if interview_ids:
        ids = list(dict.fromkeys(interview_ids))
        clauses.append({"interview_id": ids[0]} if len(ids) == 1 else {"interview_id": {"$in": ids}})
    if study:
        clauses.append({"study": study})
    if date_from is not None:
        clauses.append({"date_int": {"$gte": date_number(date_from)}})
    if date_to is not None:
        clauses.append({"date_int": {"$lte": date_number(date_to)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=True)


def connect_chroma(*, path: str | None = None, url: str | None = None) -> Any:
    """An embedded (``path``) or client-server (``url``) Chroma client, errors made readable."""
    import chromadb

    if url:
        from urllib.parse import urlparse

        parsed = urlparse(url if "://" in url else f"http://{url}")
        if not parsed.hostname:
            raise VectorIndexError(f"index.chroma_url {url!r} is not a URL like http://127.0.0.1:8000")
        ssl = parsed.scheme == "https"
        port = parsed.port or (443 if ssl else 8000)
        try:
            return chromadb.HttpClient(host=parsed.hostname, port=port, ssl=ssl, settings=_chroma_settings())
        except Exception as exc:
            raise VectorIndexError(f"cannot reach Chroma server at {url} ({exc})") from exc
    assert path is not None
    try:
        return chromadb.PersistentClient(path=path, settings=_chroma_settings())
    except Exception as exc:
        raise VectorIndexError(f"{path}: cannot open the vector index ({exc})") from exc


class UtteranceIndex:
    """Utterance vectors and metadata in one Chroma collection per embedder."""

    def __init__(
        self, client: Any, embedder: Embedder, *, base_name: str = "utterances", where: str = ""
    ) -> None:
        self.client = client
        self.embedder = embedder
        self.where = strip_credentials(where) or ""  # shown by index-status and in errors
        """Where the index lives (a folder or a URL), for messages."""
        self.name = collection_name(base_name, embedder)
        self._collection: Any = None

    # -- plumbing ------------------------------------------------------------------------------
    def _fail(self, action: str, exc: Exception) -> VectorIndexError:
        text = str(exc) or type(exc).__name__
        if "connect" in text.lower() and self.where.startswith("http"):
            return VectorIndexError(f"cannot reach Chroma server at {self.where} ({text})")
        return VectorIndexError(f"{self.where or 'vector index'}: cannot {action} ({text})")

    @property
    def collection(self) -> Any:
        if self._collection is None:
            try:
                self._collection = self.client.get_or_create_collection(
                    self.name,
                    embedding_function=None,
                    metadata={"hnsw:space": "cosine", "embedder": self.embedder.name},
                )
            except Exception as exc:
                raise self._fail("open the collection", exc) from exc
        return self._collection

    # -- writing -------------------------------------------------------------------------------
    def add_vectors(
        self,
        ids: Sequence[str],
        vectors: np.ndarray,
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        """Upsert precomputed vectors in batches (used by upsert_transcript and the benchmarks)."""
        for start in range(0, len(ids), UPSERT_BATCH):
            stop = start + UPSERT_BATCH
            try:
                self.collection.upsert(
                    ids=list(ids[start:stop]),
                    embeddings=np.asarray(vectors[start:stop], dtype=np.float32),
                    documents=list(documents[start:stop]),
                    metadatas=list(metadatas[start:stop]),
                )
            except VectorIndexError:
                raise
            except Exception as exc:
                raise self._fail("write to the index", exc) from exc

    def upsert_transcript(self, transcript: Transcript) -> int:
        """Replace this interview's spans in the index; returns how many utterances were indexed."""
        spans = indexable_spans(transcript)
        self.remove_interview(transcript.interview.id)
        if not spans:
            return 0
        vectors = self.embedder.embed_documents([piece.text for _u, piece in spans])
        metadatas = []
        for utterance, piece in spans:
            metadata = utterance_metadata(transcript, utterance)
            metadata.update(utterance_id=utterance.id, span_start=piece.start, span_end=piece.end)
            metadatas.append(metadata)
        self.add_vectors(
            [span_id(u.id, piece.start) for u, piece in spans],
            vectors,
            [p.text for _u, p in spans],
            metadatas,
        )
        return len({u.id for u, _p in spans})

    def upsert_transcripts(self, transcripts: Iterable[Transcript]) -> int:
        return sum(self.upsert_transcript(t) for t in transcripts)

    def remove_interview(self, interview_id: str) -> None:
        """Drop every utterance of one interview (no error when there is none)."""
        try:
            self.collection.delete(where={"interview_id": interview_id})
        except VectorIndexError:
            raise
        except Exception as exc:
            raise self._fail(f"remove {interview_id}", exc) from exc

    def reset(self) -> None:
        """Drop this embedder's collection and start an empty one."""
        try:
            self.client.delete_collection(self.name)
        except Exception as exc:
            if "does not exist" not in str(exc).lower() and "not found" not in str(exc).lower():
                raise self._fail("drop the collection", exc) from exc
        self._collection = None
        _ = self.collection

    # -- reading -------------------------------------------------------------------------------
    def count(self) -> int:
        try:
            return int(self.collection.count())
        except VectorIndexError:
            raise
        except Exception as exc:
            raise self._fail("count the index", exc) from exc

    def indexed_interviews(self) -> dict[str, int]:
        """Interview id -> number of indexed utterances (each counted once, however many spans)."""
        utterances: dict[str, set[str]] = {}
        try:
            total = self.collection.count()
            for offset in range(0, total, 5000):
                batch = self.collection.get(include=["metadatas"], limit=5000, offset=offset)
                for hit_id, metadata in zip(batch["ids"], batch["metadatas"] or [], strict=False):
                    key = str((metadata or {}).get("interview_id"))
                    utterance = str((metadata or {}).get("utterance_id") or hit_id.split("@", 1)[0])
                    utterances.setdefault(key, set()).add(utterance)
            counts = {key: len(value) for key, value in utterances.items()}
        except VectorIndexError:
            raise
        except Exception as exc:
            raise self._fail("read the index", exc) from exc
        return counts

    def _query(self, vector: np.ndarray, limit: int, where: dict[str, Any] | None) -> list[SearchHit]:
        try:
            result = self.collection.query(
                query_embeddings=[np.asarray(vector, dtype=np.float32)],
                n_results=limit,
                where=where,
                include=["documents", "metadatas", "distances"],
            )
        except VectorIndexError:
            raise
        except Exception as exc:
            raise self._fail("search", exc) from exc
        hits: list[SearchHit] = []
        ids = (result.get("ids") or [[]])[0]
        documents = (result.get("documents") or [[]])[0]
        metadatas = (result.get("metadatas") or [[]])[0]
        distances = (result.get("distances") or [[]])[0]
        for hit_id, text, metadata, distance in zip(ids, documents, metadatas, distances, strict=False):
            metadata = metadata or {}
            utterance_id = str(metadata.get("utterance_id") or hit_id.split("@", 1)[0])
            hits.append(
                SearchHit(
                    utterance_id=utterance_id,
                    span_start=int(metadata.get("span_start", 0)),
                    span_end=int(metadata.get("span_end", len(text or ""))),
                    interview_id=str(metadata.get("interview_id", utterance_id.rsplit(":", 1)[0])),
                    speaker=metadata.get("speaker"),
                    role=str(metadata.get("role", "other")),
                    start=metadata.get("start"),
                    end=metadata.get("end"),
                    text=text or "",
                    score=round(1.0 - float(distance), 6),
                    study=metadata.get("study"),
                    date=metadata.get("date"),
                )
            )
        return hits

    def search_vector(
        self, vector: np.ndarray, *, limit: int = 10, where: dict[str, Any] | None = None
    ) -> list[SearchHit]:
        """Nearest utterances to a query vector, best first.

        A filter on the role alone (the default search) matches a large share of the index, and
        Chroma's filtered query was 60x slower than an unfiltered one at 100k utterances
        (docs/benchmarks.md); so the nearest ``OVERFETCH`` x ``limit`` are fetched unfiltered and
        filtered here, with Chroma's filtered query as the fallback when too few match.
        """
        if limit <= 0:
            return []
        role = where.get("role") if where is not None and set(where) == {"role"} else None
        if isinstance(role, str):
            nearest = self._query(vector, limit * OVERFETCH, None)
            matching = [hit for hit in nearest if hit.role == role]
            if len(matching) >= limit or len(nearest) < limit * OVERFETCH:
                return matching[:limit]
        return self._query(vector, limit, where)

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        role: str | None = "participant",
        interview_ids: list[str] | None = None,
        study: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[SearchHit]:
        """Spans closest in meaning to ``query``, filtered, best first."""
        if not query.strip():
            return []
        where = build_where(
            role=role, interview_ids=interview_ids, study=study, date_from=date_from, date_to=date_to
        )
        hits = self.search_vector(
            self.embedder.embed_query(query), limit=limit + SHORT_REPLY_SLACK, where=where
        )
        # Back-channel replies ("Okay.", "Yeah, sure.") sit close to many queries in embedding space
        # but say nothing; they go after every substantive hit instead of being dropped.
        # (a stable sort: each group keeps its rank order)
        return sorted(hits, key=lambda hit: count_words(hit.text) < SHORT_REPLY_WORDS)[:limit]


SHORT_REPLY_WORDS = 4
"""Hits with fewer words than this are ranked after substantive ones."""
SHORT_REPLY_SLACK = 10


def open_index(workspace: Workspace, *, embedder: Embedder | None = None) -> UtteranceIndex:
    """The workspace's index: embedded under ``vectorstore/``, or the server in ``index.chroma_url``."""
    settings = workspace.settings
    chosen = embedder or workspace_embedder(workspace)
    url = settings.index.chroma_url
    if url:
        client = connect_chroma(url=url)
        where = url
    else:
        path = workspace.vectorstore_dir
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise VectorIndexError(f"{path}: cannot create the index folder ({exc.strerror})") from exc
        client = connect_chroma(path=str(path))
        where = str(path)
    return UtteranceIndex(client, chosen, base_name=settings.index.collection, where=where)


def reindex(workspace: Workspace, progress: ProgressCallback | None = None) -> int:
    """Rebuild the index from the transcripts (drop, then re-add); returns utterances indexed (as spans)."""
    index = open_index(workspace)
    transcripts = list(workspace.transcripts())  # a damaged transcript fails here, before the drop
    index.reset()
    total = 0
    for done, transcript in enumerate(transcripts, start=1):
        total += index.upsert_transcript(transcript)
        if progress is not None:
            progress(done, len(transcripts), transcript.interview.id)
    return total
