"""Hybrid retrieval of interview utterances: vector index plus BM25 keywords, filters and persona groups."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date as Date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.core.errors import AssistantError, NotFoundError, WorkspaceError
from assistant.core.models import CATEGORIES, Transcript, Utterance
from assistant.core.workspace import Workspace
from assistant.extract.pipeline import load_findings
from assistant.index.store import open_index
from assistant.personas.versions import latest_persona_set, persona_of_interviews
from assistant.providers.embeddings import Embedder

RetrievalMode = Literal["hybrid", "vector", "keyword"]
DEFAULT_MODE: RetrievalMode = "hybrid"
"""The mode that won on the dev questions (see docs/evaluation.md, "Ask")."""

RRF_K = 60
"""Reciprocal-rank-fusion constant: score = sum over rankers of 1 / (RRF_K + rank)."""
CANDIDATES_PER_RANKER = 50
NO_PERSONA = "(no persona)"

# -- tokenizer --------------------------------------------------------------------------------

_STOPWORDS_EN = """
a about above after again against all also am an and any are aren as at be because been before being
below between both but by can cannot could couldn did didn do does doesn doing don down during each
few for from further had hadn has hasn have haven having he her here hers herself him himself his how
i if in into is isn it its itself just ll me more most my myself no nor not now of off on once only or
other our ours ourselves out over own re same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up ve very was wasn we were
weren what when where which while who whom why will with won would wouldn you your yours yourself
yourselves um uh like yeah okay ok oh well really kind sort mean know gonna got get gets
""".split()
_STOPWORDS_FR = """
au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur lui ma mais me meme mes
moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
vos votre vous c d j l m n s t y est sont ete etre avoir ai as avons avez ont a ca cela alors donc
""".split()
_STOPWORDS_PT = """
o os um uma uns umas da das do dos em na nas no nos ao aos por para com sem que se nao mais mas como
ele ela eles elas eu voce voces nos isso isto esse essa este esta aquele aquela e ou ja tem ter foi
era sao ser estar estou muito tambem entao tipo ne pra pro
""".split()
STOPWORDS = frozenset(_STOPWORDS_EN + _STOPWORDS_FR + _STOPWORDS_PT)

QUESTION_WORDS = frozenset(
    """
    participant participants interviewee interviewees people person persons anyone anybody someone everyone
    say said says saying mention mentioned mentions mentioning talk talked talking tell told discuss
    discussed describe described raise raised think thought feel felt
    what which who whom whose how why when where did does do
    summarize summarise summary discussion
    """.split()
)
"""Words that frame a question about interviews but say nothing about its topic."""

_TOKEN = re.compile(r"[a-z0-9]+(?:[./&'+-][a-z0-9]+)*\+*")
_SPLIT = re.compile(r"[./&'+-]+")


def fold(text: str) -> str:
    """Lower-case text with accents removed and typographic apostrophes made plain."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def stem(word: str) -> str:
    """A light suffix stripper (plural and -ing/-ed) that keeps short words and product names intact."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    return word


def tokenize(text: str, *, drop: frozenset[str] = STOPWORDS) -> list[str]:
    """Index terms of a text: folded words, compounds kept whole (``bill.com``, ``s/4hana``) and split."""
    terms: list[str] = []
    for match in _TOKEN.finditer(fold(text).replace("/", "-")):
        raw = match.group(0)
        parts = [p for p in _SPLIT.split(raw) if p]
        if len(parts) > 1:
            joined = "".join(parts)
            if joined not in drop:
                terms.append(joined)
            candidates = parts
        else:
            candidates = [raw.rstrip("+") or raw]
        for part in candidates:
            if part in drop or (len(part) < 2 and not part.isdigit()):
                continue
            terms.append(stem(part))
    return terms


def query_terms(question: str) -> list[str]:
    """Topic terms of a question: tokens without stopwords and question-framing words."""
    return tokenize(question, drop=STOPWORDS | QUESTION_WORDS)


# -- BM25 -------------------------------------------------------------------------------------


class BM25:
    """Okapi BM25 over a fixed list of documents (utterance texts)."""

    def __init__(self, documents: list[list[str]], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self.term_counts = [Counter(doc) for doc in documents]
        self.lengths = [len(doc) for doc in documents]
        self.average_length = (sum(self.lengths) / len(documents)) if documents else 0.0
        self.document_frequency: Counter[str] = Counter()
        for counts in self.term_counts:
            self.document_frequency.update(counts.keys())
        total = len(documents)
        self.idf = {
            term: math.log(1.0 + (total - df + 0.5) / (df + 0.5))
            for term, df in self.document_frequency.items()
        }

    def score(self, terms: Iterable[str], position: int) -> float:
        counts = self.term_counts[position]
        length_norm = 1.0 - self.b + self.b * (self.lengths[position] / (self.average_length or 1.0))
        total = 0.0
        for term in set(terms):
            frequency = counts.get(term, 0)
            if frequency:
                total += self.idf[term] * frequency * (self.k1 + 1) / (frequency + self.k1 * length_norm)
        return total

    def rank(self, terms: list[str], positions: Iterable[int], limit: int) -> list[tuple[int, float]]:
        scored = [(p, self.score(terms, p)) for p in positions]
        scored = [item for item in scored if item[1] > 0]
        scored.sort(key=lambda item: -item[1])
        return scored[:limit]


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
    """One retrieved utterance with where it came from and why it ranked."""

    utterance_id: str
    interview_id: str
    speaker: str | None = None
    role: str = "other"
    start: float | None = None
    end: float | None = None
    text: str
    study: str | None = None
    date: Date | None = None
    persona: str | None = None
    score: float = 0.0
    vector_score: float | None = None
    keyword_score: float | None = None
    vector_rank: int | None = None
    keyword_rank: int | None = None


class EvidenceGroup(BaseModel):
    """Evidence of one persona (or of interviews without a persona)."""

    persona: str
    evidence: list[Evidence] = Field(default_factory=list)


VectorSearch = Callable[[str, int, list[str] | None, str | None], list[tuple[str, float]]]
"""(query, limit, interview_ids, role) -> [(utterance_id, similarity)], best first."""


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
        return [(hit.utterance_id, float(hit.score)) for hit in hits]

    return search


class InMemoryVectorSearch:
    """Cosine search over utterance embeddings held in memory (tests, and workspaces without an index)."""

    def __init__(self, embedder: Embedder, transcripts: list[Transcript]) -> None:
        self.embedder = embedder
        self.utterances: list[Utterance] = [u for t in transcripts for u in t.utterances]
        self.interview_of = {u.id: t.interview.id for t in transcripts for u in t.utterances}
        texts = [u.text for u in self.utterances]
        self.matrix = embedder.embed_documents(texts) if texts else None

    def __call__(
        self, query: str, limit: int, interview_ids: list[str] | None, role: str | None
    ) -> list[tuple[str, float]]:
        if self.matrix is None:
            return []
        vector = self.embedder.embed_query(query)
        similarities = self.matrix @ vector
        allowed = set(interview_ids) if interview_ids is not None else None
        order = sorted(range(len(self.utterances)), key=lambda i: -float(similarities[i]))
        results: list[tuple[str, float]] = []
        for i in order:
            utterance = self.utterances[i]
            if role is not None and utterance.role != role:
                continue
            if allowed is not None and self.interview_of[utterance.id] not in allowed:
                continue
            results.append((utterance.id, float(similarities[i])))
            if len(results) >= limit:
                break
        return results


def persona_map(workspace: Workspace) -> dict[str, str]:
    """interview id -> persona label from the latest persona set; empty when there are no personas."""
    try:
        return dict(persona_of_interviews(workspace) or {})
    except (AssistantError, FileNotFoundError):
        return {}


def persona_aliases(workspace: Workspace) -> dict[str, str]:
    """Folded persona id -> label, so ``--persona`` accepts an id as well as a label."""
    try:
        persona_set = latest_persona_set(workspace)
    except (AssistantError, FileNotFoundError):
        return {}
    if persona_set is None:
        return {}
    return {fold(persona.id): persona.label for persona in persona_set.personas}


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


def _matches_persona(wanted: str, label: str) -> bool:
    return fold(wanted).strip() == fold(label).strip()


class Retriever:
    """Retrieves utterances from one workspace's transcripts by vector, keyword or both (fused)."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        transcripts: list[Transcript] | None = None,
        vector_search: VectorSearch | None | Literal["index"] = "index",
        personas: dict[str, str] | None = None,
    ) -> None:
        self.workspace = workspace
        self.transcripts = transcripts if transcripts is not None else list(workspace.transcripts())
        self.personas = personas if personas is not None else persona_map(workspace)
        self.persona_ids = persona_aliases(workspace) if personas is None else {}
        self.vector_search: VectorSearch | None = (
            index_vector_search(workspace) if vector_search == "index" else vector_search  # type: ignore[assignment]
        )
        self.rows: list[tuple[Transcript, Utterance]] = [
            (t, u) for t in self.transcripts for u in t.utterances
        ]
        self.position = {u.id: i for i, (_, u) in enumerate(self.rows)}
        self.bm25 = BM25([tokenize(u.text) for _, u in self.rows])

    # -- filters --------------------------------------------------------------------------
    def allowed_interviews(self, filters: RetrievalFilters) -> list[str]:
        """Interview ids that pass the persona, interview, study and date filters."""
        known = {t.interview.id for t in self.transcripts}
        if filters.persona and fold(filters.persona) in self.persona_ids:
            filters = filters.model_copy(update={"persona": self.persona_ids[fold(filters.persona)]})
        if filters.interview_ids:
            missing = [i for i in filters.interview_ids if i not in known]
            if missing:
                raise NotFoundError(
                    f"no interview with id {missing[0]!r} in {self.workspace.transcripts_dir}"
                )
        if filters.persona and not self.personas:
            raise NotFoundError("no personas yet, so --persona cannot filter (synthesise personas first)")
        if filters.persona and not any(_matches_persona(filters.persona, p) for p in self.personas.values()):
            labels = ", ".join(sorted(set(self.personas.values())))
            raise NotFoundError(f"no persona {filters.persona!r} (personas: {labels})")
        allowed: list[str] = []
        for transcript in self.transcripts:
            interview = transcript.interview
            if filters.interview_ids and interview.id not in filters.interview_ids:
                continue
            if filters.study and (interview.study or "") != filters.study:
                continue
            if filters.since and (interview.date is None or interview.date < filters.since):
                continue
            if filters.until and (interview.date is None or interview.date > filters.until):
                continue
            if filters.persona and not _matches_persona(filters.persona, self.personas.get(interview.id, "")):
                continue
            allowed.append(interview.id)
        return allowed

    def allowed_positions(self, filters: RetrievalFilters) -> list[int]:
        """Row positions of every utterance that passes all filters."""
        interviews = set(self.allowed_interviews(filters))
        role = _role(filters.role)
        cited = (
            category_utterance_ids(self.workspace, filters.category, sorted(interviews))
            if filters.category
            else None
        )
        positions = []
        for i, (transcript, utterance) in enumerate(self.rows):
            if transcript.interview.id not in interviews:
                continue
            if role is not None and utterance.role != role:
                continue
            if cited is not None and utterance.id not in cited:
                continue
            positions.append(i)
        return positions

    def vocabulary(self, positions: Iterable[int]) -> set[str]:
        """Every index term used by the given utterances."""
        terms: set[str] = set()
        for p in positions:
            terms.update(self.bm25.term_counts[p].keys())
        return terms

    # -- search ---------------------------------------------------------------------------
    def effective_mode(self, mode: RetrievalMode) -> RetrievalMode:
        """The mode a search really uses: keyword only when there is no vector index."""
        return "keyword" if self.vector_search is None else mode

    def search(
        self,
        query: str,
        filters: RetrievalFilters | None = None,
        *,
        limit: int = 10,
        mode: RetrievalMode = DEFAULT_MODE,
        positions: list[int] | None = None,
    ) -> list[Evidence]:
        """The ``limit`` best utterances for ``query`` under ``filters``, best first."""
        filters = filters or RetrievalFilters()
        if positions is None:
            positions = self.allowed_positions(filters)
        if not positions:
            return []
        allowed = set(positions)
        keyword: list[tuple[int, float]] = []
        vector: list[tuple[int, float]] = []
        if mode in ("keyword", "hybrid") or self.vector_search is None:
            keyword = self.bm25.rank(query_terms(query) or tokenize(query), positions, CANDIDATES_PER_RANKER)
        if mode in ("vector", "hybrid") and self.vector_search is not None:
            interviews = sorted({self.rows[p][0].interview.id for p in positions})
            # Ask for extra hits: the category filter is applied after the index answers.
            wanted = CANDIDATES_PER_RANKER * (3 if filters.category else 1)
            for utterance_id, similarity in self.vector_search(
                query, wanted, interviews, _role(filters.role)
            ):
                p = self.position.get(utterance_id)
                if p is not None and p in allowed:
                    vector.append((p, similarity))
        fused: dict[int, float] = {}
        details: dict[int, dict[str, float | int]] = {}
        for name, ranking in (("vector", vector), ("keyword", keyword)):
            for rank, (p, raw) in enumerate(ranking, start=1):
                fused[p] = fused.get(p, 0.0) + 1.0 / (RRF_K + rank)
                details.setdefault(p, {})[f"{name}_rank"] = rank
                details[p][f"{name}_score"] = raw
        order = sorted(fused, key=lambda p: -fused[p])[:limit]
        return [self._evidence(p, fused[p], details[p]) for p in order]

    def _evidence(self, position: int, score: float, detail: dict[str, float | int]) -> Evidence:
        transcript, utterance = self.rows[position]
        interview = transcript.interview
        return Evidence(
            utterance_id=utterance.id,
            interview_id=interview.id,
            speaker=utterance.speaker,
            role=utterance.role,
            start=utterance.start,
            end=utterance.end,
            text=utterance.text,
            study=interview.study,
            date=interview.date,
            persona=self.personas.get(interview.id),
            score=score,
            vector_score=detail.get("vector_score"),  # type: ignore[arg-type]
            keyword_score=detail.get("keyword_score"),  # type: ignore[arg-type]
            vector_rank=detail.get("vector_rank"),  # type: ignore[arg-type]
            keyword_rank=detail.get("keyword_rank"),  # type: ignore[arg-type]
        )

    def utterance(self, utterance_id: str) -> tuple[Transcript, Utterance] | None:
        p = self.position.get(utterance_id)
        return self.rows[p] if p is not None else None


def _role(role: str | None) -> str | None:
    if role is None or role in ("any", "all", ""):
        return None
    return role


def group_by_persona(evidence: list[Evidence]) -> list[EvidenceGroup]:
    """Evidence grouped by persona, groups ordered by their best-ranked utterance."""
    groups: dict[str, EvidenceGroup] = {}
    for item in evidence:
        label = item.persona or NO_PERSONA
        groups.setdefault(label, EvidenceGroup(persona=label)).evidence.append(item)
    return list(groups.values())
