"""Hybrid retrieval of interview spans (sentences and clauses): vector index and BM25 candidates,
ranked by a model trained held-out, with filters and persona groups."""

from __future__ import annotations

import bisect
import os
import re
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date as Date
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from assistant.ask.text import BM25, STOPWORDS, fold, query_terms, stem, tokenize  # noqa: F401 - re-exported
from assistant.core.errors import AssistantError, NotFoundError, WorkspaceError
from assistant.core.models import CATEGORIES, Transcript, Utterance
from assistant.core.sentences import utterance_spans
from assistant.core.words import base_language
from assistant.core.workspace import Workspace
from assistant.extract.pipeline import load_findings
from assistant.extract.spans import QUESTION_CHARS, echoes_question, masked
from assistant.index.store import open_index, span_id
from assistant.personas.versions import label_of_members, latest_persona_set
from assistant.providers.embeddings import Embedder, classifier_embedder

RetrievalMode = Literal["hybrid", "vector", "keyword"]
DEFAULT_MODE: RetrievalMode = "hybrid"
"""The mode that won on the dev questions (see docs/evaluation.md, "Ask")."""

RRF_K = 60
"""Reciprocal-rank-fusion constant: score = sum over rankers of 1 / (RRF_K + rank)."""
CANDIDATES_PER_RANKER = 50
INTENT_SHARE = 0.2
"""A finding category the question asks about (its share of the question's intent, ranking.py)."""
CATEGORY_CANDIDATES = 150
"""At most this many spans cited by findings of the asked-about categories join the candidates."""
NO_PERSONA = "(no persona)"
MERGE_RANK_FACTOR = 3
"""Adjacent sentences of one utterance that both rank among the best ``MERGE_RANK_FACTOR * limit``
spans are cited together, as one passage (relevant sentences come in runs: a participant answers
over several sentences)."""
MERGE_MAX_CHARS = 250
"""A merged passage stays sentence-sized: at most this many characters. Factor and length were
chosen leave-one-study-out from 10/20/30 ranks and 250/350/500 characters (or no merging):
(30, 250) won on the other ten studies in ten of eleven folds, recall@10 0.176 -> 0.195."""
COMPLETE_MAX_CHARS = MERGE_MAX_CHARS
"""A cited clause of a long sentence grows by the rest of its sentence within this many characters,
so that a citation does not stop at "I just always find very," (read in a real user study). Chosen
leave-one-study-out from 0 (off), 250 and 400: 250 won on the other fourteen studies in all fifteen
folds, held-out recall@10 0.187 -> 0.192 (0.191 once corrected by a review: see docs/evaluation.md)."""
_LETTER_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
MEMO_ENTRIES = 16
"""What a retriever keeps between questions about sets of spans (their vocabulary, languages...)."""
_MISSING = object()
MEMO_MIN_SPANS = 2000
"""Smaller sets of spans (a question's candidates) are cheaper to read again than to remember."""

# -- filters and evidence ---------------------------------------------------------------------


class RetrievalFilters(BaseModel):
    """Which utterances a question may draw on."""

    model_config = ConfigDict(extra="forbid")

    persona: str | None = None
    interview_ids: list[str] | None = None
    study: str | None = None
    category: str | None = None
    since: Date | None = None
    until: Date | None = None
    role: str | None = "participant"
    """Speaker role to keep; None (or ``any``) keeps every role."""

    def describe(self) -> str:
        parts = [f"{key}={value}" for key, value in self.model_dump(exclude_none=True).items() if value]
        return ", ".join(parts)


class Evidence(BaseModel):
    """One retrieved span (a sentence or clause of an utterance) with where it came from and why it ranked."""

    utterance_id: str
    interview_id: str
    speaker: str | None = None
    role: str = "other"
    start: float | None = None
    end: float | None = None
    text: str
    """The span's words, verbatim: ``utterance.text[span_start:span_end]``."""
    span_start: int = 0
    span_end: int = 0
    question: str = ""
    """The end of the interviewer's turn this span answers (context, never quoted)."""
    study: str | None = None
    date: Date | None = None
    persona: str | None = None
    score: float = 0.0
    vector_score: float | None = None
    keyword_score: float | None = None
    vector_rank: int | None = None
    keyword_rank: int | None = None
    categories: list[str] = Field(default_factory=list)
    """Categories of the verified findings this span belongs to (pain, trigger...)."""


class EvidenceGroup(BaseModel):
    """Evidence of one persona (or of interviews without a persona)."""

    persona: str
    evidence: list[Evidence] = Field(default_factory=list)


VectorSearch = Callable[[str, int, list[str] | None, str | None], list[tuple[str, float]]]
"""(query, limit, interview_ids, role) -> [(span id, similarity)], best first."""


def index_vector_search(workspace: Workspace) -> VectorSearch | None:
    """The workspace's Chroma index as a vector search, or None when the index is missing or empty."""
    try:
        index = open_index(workspace)
        if index.count() == 0:
            return None
    except AssistantError:
        return None

    def search(
        query: str, limit: int, interview_ids: list[str] | None, role: str | None
    ) -> list[tuple[str, float]]:
        hits = index.search(query, limit=limit, role=role, interview_ids=interview_ids)
        return [(span_id(hit.utterance_id, hit.span_start), float(hit.score)) for hit in hits]

    return search


class SpanPositions(list[int]):
    """Row positions of the spans that pass a set of filters, with a key naming that set (so what is
    derived from them, such as their vocabulary, is computed once per set)."""

    key: tuple[Any, ...] | None = None


@dataclass
class Unit:
    """A retrievable span of an utterance and the interviewer question before it."""

    transcript: Transcript
    utterance: Utterance
    start: int
    end: int
    text: str
    question: str

    @property
    def id(self) -> str:
        return span_id(self.utterance.id, self.start)


def transcript_units(transcript: Transcript) -> list[Unit]:
    """Every span of every utterance of a transcript, each with the interviewer's last question."""
    units: list[Unit] = []
    question = ""
    for utterance in transcript.utterances:
        for piece in utterance_spans(utterance.text):
            units.append(Unit(transcript, utterance, piece.start, piece.end, piece.text, question))
        if utterance.role == "interviewer" and utterance.text.strip():
            question = utterance.text[-QUESTION_CHARS:]
    return units


class InMemoryVectorSearch:
    """Cosine search over span embeddings held in memory (tests, and workspaces without an index)."""

    def __init__(self, embedder: Embedder, transcripts: list[Transcript]) -> None:
        self.embedder = embedder
        self.units = [u for t in transcripts for u in transcript_units(t)]
        texts = [u.text for u in self.units]
        self.matrix = embedder.embed_documents(texts) if texts else None

    def __call__(
        self, query: str, limit: int, interview_ids: list[str] | None, role: str | None
    ) -> list[tuple[str, float]]:
        if self.matrix is None:
            return []
        similarities = self.matrix @ self.embedder.embed_query(query)
        allowed = set(interview_ids) if interview_ids is not None else None
        results: list[tuple[str, float]] = []
        for i in np.argsort(-similarities):
            unit = self.units[int(i)]
            if role is not None and unit.utterance.role != role:
                continue
            if allowed is not None and unit.transcript.interview.id not in allowed:
                continue
            results.append((unit.id, float(similarities[int(i)])))
            if len(results) >= limit:
                break
        return results


@dataclass(frozen=True)
class PersonaViews:
    """What retrieval needs of the latest persona version, read once."""

    by_interview: dict[str, str]
    """interview id -> persona label (empty when there are no personas)."""
    aliases: dict[str, str]
    """Folded persona id -> label, so ``--persona`` accepts an id as well as a label."""
    non_targets: set[str]
    """Labels of the negative personas ("Not a target"): their quotes come last."""


def persona_views(workspace: Workspace) -> PersonaViews:
    """The latest persona version as retrieval uses it; all empty when there is none or it is unreadable."""
    try:
        persona_set = latest_persona_set(workspace)
    except (AssistantError, FileNotFoundError):
        persona_set = None
    if persona_set is None:
        return PersonaViews({}, {}, set())
    return PersonaViews(
        by_interview=label_of_members(persona_set),
        aliases={fold(p.id): p.label for p in persona_set.personas},
        non_targets={p.label for p in persona_set.personas if p.negative},
    )


def category_utterance_ids(workspace: Workspace, category: str, interview_ids: list[str] | None) -> set[str]:
    """Utterances cited by findings of one category (the ``--category`` filter)."""
    if category not in CATEGORIES:
        raise NotFoundError(f"unknown category {category!r} (one of: {', '.join(CATEGORIES)})")
    findings = load_findings(workspace, interview_ids)
    if not findings:
        raise WorkspaceError(
            f"{workspace.findings_dir}: no findings yet, so --category cannot filter (run `personas extract`)"
        )
    ids: set[str] = set()
    for finding in findings:
        if finding.category != category:
            continue
        ids.update(finding.utterance_ids)
        ids.update(citation.utterance_id for citation in finding.citations)
    return ids


def _persona_key(text: str) -> str:
    """A persona name folded for matching: accents, case, punctuation and a trailing count ignored;
    letters of every script kept (until 2026-12-06 only a-z and digits were, so every label in another
    script folded to nothing and any such ``--persona`` matched it: "--persona 不存在" filtered to the
    one Chinese persona)."""
    text = re.sub(r"\s*\(\d+ (?:interviews?|members?)\)\s*$", "", text)
    return re.sub(r"[\W_]+", " ", fold(text)).strip()


class Retriever:
    """Retrieves spans from one workspace's transcripts: candidates by vector and keywords, then ranked."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        transcripts: list[Transcript] | None = None,
        vector_search: VectorSearch | None | Literal["index"] = "index",
        personas: dict[str, str] | None = None,
        ranker: Any = "shipped",
        embedder: Embedder | None = None,
    ) -> None:
        self.workspace = workspace
        self.transcripts = transcripts if transcripts is not None else list(workspace.transcripts())
        views = persona_views(workspace) if personas is None else PersonaViews(personas, {}, set())
        self.personas = views.by_interview
        self.persona_ids = views.aliases
        self.non_targets = views.non_targets
        self._vector_spec = vector_search
        self._vector_search: VectorSearch | None = None
        self.units: list[Unit] = [u for t in self.transcripts for u in transcript_units(t)]
        self.position = {u.id: i for i, u in enumerate(self.units)}
        self.bm25 = BM25([tokenize(u.text) for u in self.units])
        self._embedder = embedder
        self._ranker = ranker
        self._categories: dict[str, list[tuple[int, int, str]]] | None = None
        self._category_rows: dict[str, list[int]] | None = None
        self._acronyms: dict[str, set[int]] | None = None
        self._codes: dict[tuple[str, str | None], int] | None = None
        self._unit_codes = np.zeros((0, 2), dtype=np.int64)
        self._echoes = np.zeros(0, dtype=bool)
        self._memo: dict[tuple[str, Any], Any] = {}
        self._setup = threading.RLock()
        """Guards the parts built on first use: one retriever may answer questions from two threads
        (the app's workers share it), and a part must never be seen half-built."""

    @property
    def vector_search(self) -> VectorSearch | None:
        """The vector index, opened on first use (a keyword-only search never touches it)."""
        if self._vector_spec is not None:
            with self._setup:
                if self._vector_spec == "index":
                    self._vector_search = index_vector_search(self.workspace)
                elif self._vector_spec is not None:
                    self._vector_search = self._vector_spec  # type: ignore[assignment]
                self._vector_spec = None  # only once the search is in place
        return self._vector_search

    @property
    def embedder(self) -> Embedder:
        """The bundled embedder the ranking features are computed with (shared cache with extraction)."""
        if self._embedder is None:
            self._embedder = classifier_embedder(self.workspace)
        return self._embedder

    @property
    def ranker(self) -> Any:
        if self._ranker == "shipped":
            from assistant.ask.ranking import shipped_rank_model

            self._ranker = shipped_rank_model()
        return self._ranker

    def finding_categories(self) -> dict[str, list[tuple[int, int, str]]]:
        """utterance id -> (start, end, category) of its verified findings."""
        if self._categories is None:
            with self._setup:
                if self._categories is None:
                    categories: dict[str, list[tuple[int, int, str]]] = {}
                    try:
                        findings = load_findings(self.workspace)
                    except AssistantError:
                        findings = []
                    for finding in findings:
                        for citation in finding.citations:
                            if citation.start is not None and citation.end is not None:
                                categories.setdefault(citation.utterance_id, []).append(
                                    (citation.start, citation.end, finding.category)
                                )
                    self._categories = categories
        return self._categories

    def categories_of(self, unit: Unit) -> list[str]:
        found = self.finding_categories().get(unit.utterance.id, [])
        return sorted({c for s, e, c in found if s < unit.end and unit.start < e})

    def category_rows(self) -> dict[str, list[int]]:
        """category -> rows of the spans its verified findings cite."""
        if self._category_rows is None:
            with self._setup:
                if self._category_rows is None:
                    by_utterance: dict[str, list[int]] = {}
                    for row, unit in enumerate(self.units):
                        by_utterance.setdefault(unit.utterance.id, []).append(row)
                    rows: dict[str, list[int]] = {}
                    for utterance_id in self.finding_categories():
                        for row in by_utterance.get(utterance_id, []):
                            for category in self.categories_of(self.units[row]):
                                rows.setdefault(category, []).append(row)
                    self._category_rows = rows
        return self._category_rows

    # -- filters --------------------------------------------------------------------------
    def allowed_interviews(self, filters: RetrievalFilters) -> list[str]:
        """Interview ids that pass the persona, interview, study and date filters."""
        known = {t.interview.id for t in self.transcripts}
        persona_label = self.resolve_persona(filters.persona) if filters.persona else None
        if filters.interview_ids:
            missing = [i for i in filters.interview_ids if i not in known]
            if missing:
                raise NotFoundError(
                    f"no interview with id {missing[0]!r} in {self.workspace.transcripts_dir}"
                )
        study = self.resolve_study(filters.study) if filters.study else None
        allowed: list[str] = []
        for transcript in self.transcripts:
            interview = transcript.interview
            if filters.interview_ids and interview.id not in filters.interview_ids:
                continue
            if study is not None and (interview.study or "") != study:
                continue
            if filters.since and (interview.date is None or interview.date < filters.since):
                continue
            if filters.until and (interview.date is None or interview.date > filters.until):
                continue
            if persona_label is not None and self.personas.get(interview.id) != persona_label:
                continue
            allowed.append(interview.id)
        return allowed

    def resolve_persona(self, wanted: str) -> str:
        """The persona label a user means: its id or label, with or without a count, or a unique prefix."""
        if not self.personas:
            raise NotFoundError("no personas yet, so --persona cannot filter (synthesise personas first)")
        labels = sorted(set(self.personas.values()))
        key = _persona_key(wanted)
        if not key:
            raise NotFoundError(f"--persona {wanted!r} names no persona (personas: {', '.join(labels)})")
        by_id = {_persona_key(pid): label for pid, label in self.persona_ids.items()}
        exact = [label for label in labels if _persona_key(label) == key] or (
            [by_id[key]] if key in by_id else []
        )
        if len(exact) == 1:
            return exact[0]
        prefixed = sorted(
            {label for label in labels if _persona_key(label).startswith(key)}
            | {label for pid, label in by_id.items() if pid.startswith(key)}
        )
        if len(prefixed) == 1:
            return prefixed[0]
        problem = "matches several personas" if prefixed else "matches no persona"
        raise NotFoundError(f"--persona {wanted!r} {problem} (personas: {', '.join(labels)})")

    def resolve_study(self, wanted: str) -> str:
        studies = sorted({t.interview.study for t in self.transcripts if t.interview.study})
        key = fold(wanted).strip()
        exact = [s for s in studies if fold(s) == key]
        prefixed = exact or [s for s in studies if fold(s).startswith(key)]
        if len(prefixed) == 1:
            return prefixed[0]
        problem = "matches several studies" if prefixed else "matches no study"
        raise NotFoundError(f"--study {wanted!r} {problem} (studies: {', '.join(studies) or 'none'})")

    def allowed_positions(self, filters: RetrievalFilters) -> list[int]:
        """Row positions of every span that passes all filters."""
        interviews = set(self.allowed_interviews(filters))
        role = _role(filters.role)
        cited = (
            category_utterance_ids(self.workspace, filters.category, sorted(interviews))
            if filters.category
            else None
        )
        if self._codes is None:
            with self._setup:
                if self._codes is None:
                    codes: dict[tuple[str, str | None], int] = {}
                    self._unit_codes = np.asarray(
                        [
                            [
                                codes.setdefault(("interview", u.transcript.interview.id), len(codes)),
                                codes.setdefault(("role", u.utterance.role), len(codes)),
                            ]
                            for u in self.units
                        ],
                        dtype=np.int64,
                    ).reshape(len(self.units), 2)
                    # a participant repeating the question aloud answers nothing (and would match it
                    # best); nor does a sentence that redaction marks hide
                    self._echoes = np.asarray(
                        [
                            (u.utterance.role == "participant" and echoes_question(u.text, u.question))
                            or masked(u.text)
                            for u in self.units
                        ],
                        dtype=bool,
                    )
                    self._codes = codes  # after the rows they number
        wanted = [self._codes[("interview", i)] for i in interviews if ("interview", i) in self._codes]
        mask = np.isin(self._unit_codes[:, 0], wanted) & ~self._echoes
        if role is not None:
            mask &= self._unit_codes[:, 1] == self._codes.get(("role", role), -1)
        found = np.flatnonzero(mask).tolist()
        if cited is not None:
            found = [i for i in found if self.units[i].utterance.id in cited]
        positions = SpanPositions(found)
        # with a category filter the spans depend on findings that may change: keyed by content then
        positions.key = None if cited is not None else (len(found), filters.model_dump_json())
        return positions

    def _remembered(self, name: str, positions: list[int], compute: Callable[[], Any]) -> Any:
        """``compute()`` for this set of spans, kept for the next question over the same spans."""
        if len(positions) < MEMO_MIN_SPANS:
            return compute()
        key = (name, getattr(positions, "key", None) or (len(positions), hash(tuple(positions))))
        with self._setup:
            value = self._memo.pop(key, _MISSING)
        if value is _MISSING:
            value = compute()
        with self._setup:
            self._memo[key] = value  # most recently used last
            while len(self._memo) > MEMO_ENTRIES:
                self._memo.pop(next(iter(self._memo)))
        return value

    def interview_ids(self, positions: list[int]) -> list[str]:
        """The ids of the interviews the spans come from, sorted."""
        ids: list[str] = self._remembered(
            "interviews",
            positions,
            lambda: sorted({self.units[p].transcript.interview.id for p in positions}),
        )
        return list(ids)

    def languages(self, positions: list[int]) -> set[str]:
        """The base language codes ("pt" for "pt-BR") of the interviews the spans come from."""

        def compute() -> set[str]:
            codes = {self.units[p].transcript.interview.language for p in positions}
            return {base_language(code) for code in codes if code}

        return set(self._remembered("languages", positions, compute))

    def vocabulary(self, positions: list[int]) -> set[str]:
        """Every index term used by the given spans, and the words of their speakers' names or labels
        (a question about "the Project Manager", or a participant by name, is about what that speaker
        said). The set is shared with later calls: do not change it."""

        def compute() -> set[str]:
            speakers = {self.units[p].utterance.speaker or "" for p in positions}
            if len(positions) == len(self.units):
                terms = set(self.bm25.postings)
            else:
                terms = set()
                for p in positions:
                    terms.update(self.bm25.term_counts[p].keys())
            for speaker in speakers:
                terms.update(tokenize(speaker))
            return terms

        vocabulary: set[str] = self._remembered("vocabulary", positions, compute)
        return vocabulary

    def acronyms(self, positions: list[int]) -> set[str]:
        """Upper-case words of two or more letters ("AI", "IT") the given spans use, as written."""
        if self._acronyms is None:
            with self._setup:
                if self._acronyms is None:
                    acronyms: dict[str, set[int]] = {}
                    for i, unit in enumerate(self.units):
                        for word in _LETTER_WORD.findall(unit.text):
                            if word.isupper():
                                acronyms.setdefault(word, set()).add(i)
                    self._acronyms = acronyms
        allowed: frozenset[int] = self._remembered("set", positions, lambda: frozenset(positions))
        return {word for word, rows in self._acronyms.items() if not rows.isdisjoint(allowed)}

    # -- search ---------------------------------------------------------------------------
    def effective_mode(self, mode: RetrievalMode) -> RetrievalMode:
        """The mode a search really uses: keyword only when there is no vector index."""
        return "keyword" if self.vector_search is None else mode

    def candidates(
        self, query: str, positions: list[int], filters: RetrievalFilters, mode: RetrievalMode = DEFAULT_MODE
    ) -> dict[int, dict[str, float]]:
        """Row -> what each ranker said about it (rank and score), for the best spans of each ranker."""
        allowed: frozenset[int] = self._remembered("set", positions, lambda: frozenset(positions))
        found: dict[int, dict[str, float]] = {}
        if mode in ("keyword", "hybrid") or self.vector_search is None:
            ranked = self.bm25.rank(query_terms(query) or tokenize(query), allowed, CANDIDATES_PER_RANKER)
            for rank, (p, score) in enumerate(ranked, start=1):
                found.setdefault(p, {}).update(keyword_rank=rank, keyword_score=score)
        if mode in ("vector", "hybrid") and self.vector_search is not None:
            interviews = self.interview_ids(positions)
            wanted = CANDIDATES_PER_RANKER * (3 if filters.category else 1)
            rank = 0
            for unit_id, similarity in self.vector_search(query, wanted, interviews, _role(filters.role)):
                row = self.position.get(unit_id)
                if row is not None and row in allowed:
                    rank += 1
                    found.setdefault(row, {}).update(vector_rank=rank, vector_score=similarity)
        if mode == "hybrid" and self.vector_search is not None:
            self._add_category_candidates(query, allowed, found)
        return found

    def _add_category_candidates(
        self, query: str, allowed: frozenset[int], found: dict[int, dict[str, float]]
    ) -> None:
        """Spans cited by findings of the categories the question asks about ("what made them look
        for..." meets the triggers even when no word or close meaning is shared)."""
        by_category = self.category_rows()
        if not by_category:
            return
        from assistant.ask.ranking import question_intent

        intent = question_intent(self, query)
        rows = sorted(
            {
                row
                for c, w in intent.items()
                if w >= INTENT_SHARE
                for row in by_category.get(c, [])
                if row in allowed
            }
        )
        if len(rows) > CATEGORY_CANDIDATES:
            # keep those sharing most words with the question; on ties, every interview's first
            # such span before any interview's second
            scores = dict(self.bm25.rank(query_terms(query) or tokenize(query), rows, len(rows)))
            ordinal: dict[int, int] = {}
            seen: dict[str, int] = {}
            for row in rows:
                interview = self.units[row].transcript.interview.id
                ordinal[row] = seen.get(interview, 0)
                seen[interview] = ordinal[row] + 1
            rows = sorted(rows, key=lambda r: (-scores.get(r, 0.0), ordinal[r], r))[:CATEGORY_CANDIDATES]
        for row in rows:
            found.setdefault(row, {})

    def search(
        self,
        query: str,
        filters: RetrievalFilters | None = None,
        *,
        limit: int = 10,
        mode: RetrievalMode = DEFAULT_MODE,
        positions: list[int] | None = None,
    ) -> list[Evidence]:
        """The ``limit`` best spans for ``query`` under ``filters``, best first.

        Candidates come from the vector index and BM25; the shipped ranking model (trained held-out
        on the evaluation corpus) orders them; without one, reciprocal-rank fusion does.
        """
        filters = filters or RetrievalFilters()
        if positions is None:
            positions = self.allowed_positions(filters)
        if not positions:
            return []
        found = self.candidates(query, positions, filters, mode)
        if not found:
            return []
        ranker = self.ranker if mode == "hybrid" else None
        if ranker is not None:
            from assistant.ask.ranking import rank_candidates

            scored = rank_candidates(ranker, self, query, found)
        else:
            scored = {
                p: sum(1.0 / (RRF_K + info[k]) for k in ("vector_rank", "keyword_rank") if k in info)
                for p, info in found.items()
            }
        order = sorted(scored, key=lambda p: (-scored[p], p))[:limit]
        return [self._evidence(p, scored[p], found[p]) for p in order]

    def _evidence(self, position: int, score: float, detail: dict[str, float]) -> Evidence:
        unit = self.units[position]
        interview = unit.transcript.interview
        return Evidence(
            utterance_id=unit.utterance.id,
            interview_id=interview.id,
            speaker=unit.utterance.speaker,
            role=unit.utterance.role,
            start=unit.utterance.start,
            end=unit.utterance.end,
            text=unit.text,
            span_start=unit.start,
            span_end=unit.end,
            question=unit.question,
            study=interview.study,
            date=interview.date,
            persona=self.personas.get(interview.id),
            score=round(float(score), 6),
            vector_score=detail.get("vector_score"),
            keyword_score=detail.get("keyword_score"),
            vector_rank=int(detail["vector_rank"]) if "vector_rank" in detail else None,
            keyword_rank=int(detail["keyword_rank"]) if "keyword_rank" in detail else None,
            categories=self.categories_of(unit),
        )

    def passage_evidence(self, rows: list[int], score: float, found: dict[int, dict[str, float]]) -> Evidence:
        """One citation of adjacent spans of an utterance (``rows[0]`` the best ranked), verbatim."""
        evidence = self._evidence(rows[0], score, found.get(rows[0], {}))
        if len(rows) == 1:
            return evidence
        first, last = self.units[min(rows)], self.units[max(rows)]
        categories = sorted({c for row in rows for c in self.categories_of(self.units[row])})
        return evidence.model_copy(
            update={
                "text": first.utterance.text[first.start : last.end],
                "span_start": first.start,
                "span_end": last.end,
                "categories": categories,
            }
        )

    def utterance(self, utterance_id: str) -> tuple[Transcript, Utterance] | None:
        for unit in self.units:
            if unit.utterance.id == utterance_id:
                return unit.transcript, unit.utterance
        return None


def workspace_state(workspace: Workspace) -> tuple[Any, ...]:
    """What a retriever is built from, as file identities (name, inode, size, modification time) of
    the transcripts, findings and the researcher's corrections to them, personas, index and
    settings: any import, extraction, correction, synthesis, re-index or settings change gives a
    different state. Listing costs milliseconds, not a rebuild."""
    from assistant.extract.corrections import corrections_dir

    state: list[Any] = []
    for folder in (
        workspace.transcripts_dir,
        workspace.findings_dir,
        corrections_dir(workspace),
        workspace.personas_dir,
        workspace.vectorstore_dir,
    ):
        try:
            with os.scandir(folder) as entries:
                files = []
                for entry in entries:
                    info = entry.stat(follow_symlinks=False)
                    files.append((entry.name, info.st_ino, info.st_size, info.st_mtime_ns))
        except OSError:
            files = []
        state.append(tuple(sorted(files)))
    try:
        info = workspace.settings_path.stat()
        state.append((info.st_ino, info.st_size, info.st_mtime_ns))
    except OSError:
        state.append(None)
    return tuple(state)


_SHARED: dict[str, tuple[tuple[Any, ...], Retriever]] = {}
_SHARED_LOCK = threading.Lock()
SHARED_WORKSPACES = 2
"""Retrievers kept per process (one per workspace, the most recent ones)."""


def shared_retriever(workspace: Workspace) -> Retriever:
    """The workspace's retriever, built once per process and rebuilt only when the workspace changed
    (:func:`workspace_state`): the app asks many questions of one workspace, and building a
    retriever over 100k utterances takes far longer than answering a question with it."""
    key = str(workspace.root.resolve())
    with _SHARED_LOCK:
        state = workspace_state(workspace)
        kept = _SHARED.get(key)
        if kept is not None and kept[0] == state:
            return kept[1]
        retriever = Retriever(workspace)
        _SHARED.pop(key, None)
        _SHARED[key] = (state, retriever)
        while len(_SHARED) > SHARED_WORKSPACES:
            _SHARED.pop(next(iter(_SHARED)))
        return retriever


def adjacent_passages(
    retriever: Retriever,
    ranked: list[tuple[int, float]],
    limit: int,
    allowed: Sequence[int] | None = None,
) -> list[tuple[list[int], float]]:
    """The ``limit`` best citations from spans ranked best first: a span next to an already chosen
    one in the same utterance joins it (within ``MERGE_RANK_FACTOR * limit`` ranks and
    ``MERGE_MAX_CHARS``) instead of taking a citation of its own; a clause of a longer sentence takes
    the rest of its sentence along (``COMPLETE_MAX_CHARS``; only spans in ``allowed``, the sorted
    positions the question may cite, and none another citation holds), and a span already inside
    a passage is not cited twice."""
    horizon = MERGE_RANK_FACTOR * limit
    passages: list[tuple[list[int], float]] = []
    taken: set[int] = set()
    for rank, (row, score) in enumerate(ranked):
        if rank >= horizon and len(passages) >= limit:
            break
        if row in taken:
            continue  # already inside a passage grown to its sentence
        unit = retriever.units[row]
        joined = False
        if rank < horizon:
            for members, _ in passages:
                if retriever.units[members[0]].utterance.id != unit.utterance.id:
                    continue
                if row not in (min(members) - 1, max(members) + 1):
                    continue
                first, last = retriever.units[min(*members, row)], retriever.units[max(*members, row)]
                if len(unit.utterance.text[first.start : last.end]) <= MERGE_MAX_CHARS:
                    members.append(row)
                    taken.add(row)
                    joined = True
                    break
        if not joined and len(passages) < limit:
            members = [row]
            taken.add(row)
            _complete_sentence(retriever, members, COMPLETE_MAX_CHARS, taken, allowed)
            passages.append((members, score))
    return passages


_SENTENCE_CLOSE = (".", "!", "?", "。", "！", "？", '"', "”", "»", ")", "]", "'", "’")
_TRAILING_OFF = ("...", "…")
"""A clause that trails off ("very... very hard to read") has not ended its sentence."""


def _complete_sentence(
    retriever: Retriever,
    members: list[int],
    max_chars: int,
    taken: set[int],
    allowed: Sequence[int] | None,
) -> None:
    """Grow a passage that ends or starts inside a sentence (a clause of a long one) by the
    neighbouring clauses of that sentence, the following ones first, while it stays within
    ``max_chars``; ``taken`` (the rows of every passage) gains the rows added."""
    units = retriever.units
    first, last = min(members), max(members)
    utterance = units[first].utterance
    text = utterance.text

    def open_end(row: int) -> bool:
        said = text[: units[row].end].rstrip()
        return said.endswith(_TRAILING_OFF) or not said.endswith(_SENTENCE_CLOSE)

    def free(row: int) -> bool:
        return (
            0 <= row < len(units)
            and units[row].utterance is utterance
            and row not in taken
            and (allowed is None or _in_sorted(allowed, row))
        )

    while (
        free(last + 1) and open_end(last) and len(text[units[first].start : units[last + 1].end]) <= max_chars
    ):
        last += 1
        members.append(last)
        taken.add(last)
    while (
        free(first - 1)
        and open_end(first - 1)
        and len(text[units[first - 1].start : units[last].end]) <= max_chars
    ):
        first -= 1
        members.append(first)
        taken.add(first)


def _in_sorted(rows: Sequence[int], row: int) -> bool:
    at = bisect.bisect_left(rows, row)
    return at < len(rows) and rows[at] == row


def _role(role: str | None) -> str | None:
    if role is None or role in ("any", "all", ""):
        return None
    return role


def group_by_persona(evidence: list[Evidence], last: Collection[str] = ()) -> list[EvidenceGroup]:
    """Evidence grouped by persona, groups ordered by their best-ranked utterance; the personas in
    ``last`` (the non-targets) after the others, so a product question is answered by its market first."""
    groups: dict[str, EvidenceGroup] = {}
    for item in evidence:
        label = item.persona or NO_PERSONA
        groups.setdefault(label, EvidenceGroup(persona=label)).evidence.append(item)
    return sorted(groups.values(), key=lambda group: group.persona in last)
