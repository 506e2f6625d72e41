"""Persona attributes with honest evidence: a statement, the members whose findings say the same
thing, and only those quotes.

Without a model an attribute's statement is its most representative finding (the one most members
echo). Another member counts as evidence only when one of their findings of the same category passes
the sameness test: a logistic model over how close the two findings are in meaning (multilingual
embeddings, raw, as a z-score among the persona's findings, and as ranks among each one's
neighbours, all read in a :class:`FindingSpace` where how a point is worded counts less than what it
says) and the rare words they share, with a bar on its probability; weights and bar are
fitted held out on the evaluation corpus's human-judged themes (``eval/train_personas.py``, shipped in
``persona_model.json``). Without that model, a bar on the cosine alone (the study's adaptive bar,
never under ``SUPPORT_FLOOR``). A member's own near-duplicates are found by that cosine bar too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.core.models import Finding
from assistant.core.words import fold_accents
from assistant.personas.versions import PersonaAttribute, PersonaCitation
from assistant.providers.embeddings import Embedder

CATEGORY_FIELD = {
    "situation": "situation",
    "pain": "pains",
    "impact": "goals",
    "critical_event": "critical_events",
    "trigger": "triggers",
    "decision": "decision_role",
    "channel": "channels",
}
SUPPORT_FLOOR = 0.86
"""Cosine (e5) under which two findings are never taken to say the same thing."""
SUPPORT_PERCENTILE = 90
SUPPORT_CEILING = 0.97
"""Findings this alike say the same thing whatever the study (the adaptive bar never exceeds it)."""
MAX_ATTRIBUTES_PER_FIELD = 5
MAX_SINGLE_MEMBER = 2
"""Attributes resting on one member shown per field (marked thin), most representative first."""
MAX_QUOTES = 3
PRECOMPUTE_ITEMS = 12_000
"""Up to this many findings in a field the sameness probabilities of every pair are kept in memory."""
MAX_ROUNDS = 3 * (MAX_ATTRIBUTES_PER_FIELD + MAX_SINGLE_MEMBER)
"""Representatives tried per field at most (each costs a pass over the remaining findings)."""
DAY_STEPS = 6
MIN_SPACE_FINDINGS = 10
"""A persona with fewer findings than this is not centred on itself for the finding space (its mean
would be mostly its own few statements); the adaptive cosine bar judges sameness there."""


FIELD_CATEGORY = {"who": "situation", **{field: category for category, field in CATEGORY_FIELD.items()}}
SAMENESS_CATEGORIES = ("situation", "pain", "impact", "critical_event", "trigger", "decision", "channel")
SAMENESS_FEATURES = (
    "cosine",
    "cosine_z",
    "rank_near",
    "rank_far",
    "shared_words",
    *(f"category_{c}" for c in SAMENESS_CATEGORIES),
)
"""What the sameness test looks at for two findings a and b of one field of a persona: their cosine;
that cosine as a z-score among the field's cross-member pairs; the share of each one's other-member
findings closer to it than the other is (the smaller and the larger share); the rare words they
share (inverse-document-frequency weight of shared word stems over the smaller of the two); and the
category."""
FEATURE_CELLS = 1_000_000
"""Pairs whose features are held in memory at once (a few planes of 4 MB)."""
RANK_REFERENCE = 2000
"""Above FULL_MATRIX_ITEMS findings, ranks are read against this fixed sample of columns."""


@dataclass(frozen=True)
class FindingSpace:
    """Where sameness is judged: findings' vectors centred on their persona's mean, then shrunk along
    the directions in which findings that make one point vary most (how it is said, in which
    language, rather than what is said): x' = x + ((x . u_i) f_i) u_i over the ``directions`` u_i,
    each ``factor`` f_i in (-1, 0]. Fitted on the evaluation corpus's human-judged themes
    (within-theme covariance, regularised; ``eval/harness/personas_fit.py``)."""

    directions: tuple[tuple[float, ...], ...]
    factors: tuple[float, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FindingSpace:
        directions = tuple(tuple(float(v) for v in row) for row in data["directions"])
        factors = tuple(float(v) for v in data["factors"])
        if len(directions) != len(factors) or len({len(row) for row in directions}) > 1:
            raise ValueError("finding space needs one factor per direction, all of one dimension")
        return cls(directions, factors)

    def to_json(self) -> dict[str, Any]:
        return {
            "directions": [[round(v, 6) for v in row] for row in self.directions],
            "factors": [round(v, 6) for v in self.factors],
        }

    @property
    def dimension(self) -> int:
        """Length of the vectors this space reads (0: any, when it has no directions)."""
        return len(self.directions[0]) if self.directions else 0

    def apply(self, vectors: np.ndarray, centre: np.ndarray | None = None) -> np.ndarray:
        """Unit vectors in this space (``centre`` defaults to the mean of ``vectors``)."""
        x = np.asarray(vectors, dtype=np.float64)
        if not len(x):
            return x.astype(np.float32)
        if self.directions and x.shape[1] != self.dimension:
            raise ValueError(f"finding space is {self.dimension}-dimensional, vectors {x.shape[1]}")
        x = x - (x.mean(axis=0) if centre is None else centre)
        if self.directions:
            u = np.asarray(self.directions)
            x = x + ((x @ u.T) * np.asarray(self.factors)) @ u
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        return (x / np.maximum(norms, 1e-9)).astype(np.float32)


@dataclass(frozen=True)
class SamenessModel:
    """Logistic weights over :data:`SAMENESS_FEATURES` (standardised) and the bar on the probability
    at which two findings of different members count as saying the same thing."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    bar: float
    meta: dict[str, Any] | None = None
    space: FindingSpace | None = None
    """The space the cosine features are computed in; None: the embedder's own cosines."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SamenessModel:
        if list(data.get("features", SAMENESS_FEATURES)) != list(SAMENESS_FEATURES):
            raise ValueError("sameness model features differ from this version's")
        if any(len(data[key]) != len(SAMENESS_FEATURES) for key in ("mean", "scale", "coef")):
            raise ValueError(f"sameness model needs {len(SAMENESS_FEATURES)} weights per vector")
        return cls(
            tuple(float(v) for v in data["mean"]),
            tuple(float(v) for v in data["scale"]),
            tuple(float(v) for v in data["coef"]),
            float(data["intercept"]),
            float(data["bar"]),
            dict(data.get("meta") or {}),
            FindingSpace.from_json(data["space"]) if data.get("space") else None,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(SAMENESS_FEATURES),
            "mean": [round(v, 6) for v in self.mean],
            "scale": [round(v, 6) for v in self.scale],
            "coef": [round(v, 6) for v in self.coef],
            "intercept": round(self.intercept, 6),
            "bar": self.bar,
            "meta": self.meta or {},
            **({"space": self.space.to_json()} if self.space is not None else {}),
        }

    def probability(self, features: np.ndarray) -> np.ndarray:
        """Probability of "same thing" for feature rows (..., len(SAMENESS_FEATURES))."""
        z = (features - np.asarray(self.mean)) / np.asarray(self.scale)
        logits = z @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))


_WORD = re.compile(r"[^\W\d_]{4,}")


def word_stems(text: str) -> set[str]:
    """Accent-folded 5-letter prefixes of the words of 4+ letters (any script): "nurses" ~ "nurse"."""
    return {word[:5] for word in _WORD.findall(fold_accents(text))}


@dataclass(frozen=True)
class Item:
    """A member's finding with its id (``<interview_id>#<n>``) so drafts can cite it."""

    id: str
    finding: Finding


def citation_of(finding: Finding) -> PersonaCitation:
    """The finding's verified quote as a persona citation."""
    for citation in finding.citations:
        if citation.verified:
            return PersonaCitation(
                interview_id=citation.interview_id, utterance_id=citation.utterance_id, quote=citation.quote
            )
    utterance_id = finding.utterance_ids[0] if finding.utterance_ids else f"{finding.interview_id}:1"
    return PersonaCitation(interview_id=finding.interview_id, utterance_id=utterance_id, quote=finding.quote)


EXACT_PAIRS = 2_000_000
"""Up to this many finding pairs the study's similarity bar uses every pair; above, a fixed sample."""
FULL_MATRIX_ITEMS = 4000
"""Up to this many findings in a field the similarity matrix is kept whole (64 MB); above, rows are
computed block by block from the vectors, so memory stays bounded however large the persona."""
BLOCK_CELLS = 4_000_000
PAIR_BLOCK = 50_000


def cross_member_cosines(
    vectors: np.ndarray, codes: np.ndarray, full: np.ndarray | None = None
) -> np.ndarray:
    """Cosines between findings of different members: every pair up to EXACT_PAIRS pairs, above that
    a fixed sample (so the same study always gets the same numbers)."""
    n = len(codes)
    if n * (n - 1) // 2 <= EXACT_PAIRS:
        left, right = np.triu_indices(n, 1)
    else:
        rng = np.random.default_rng(0)
        left, right = rng.integers(0, n, EXACT_PAIRS), rng.integers(0, n, EXACT_PAIRS)
    cross_member = codes[left] != codes[right]
    left, right = left[cross_member], right[cross_member]
    if full is not None:
        return full[left, right]
    if not len(left):
        return np.zeros(0, dtype=np.float32)
    return np.concatenate(
        [
            np.einsum("ij,ij->i", vectors[left[i : i + PAIR_BLOCK]], vectors[right[i : i + PAIR_BLOCK]])
            for i in range(0, len(left), PAIR_BLOCK)
        ]
    )


def support_threshold(cross: np.ndarray) -> float:
    """The bar two findings of different members must clear to count as the same statement: the
    SUPPORT_PERCENTILE of ``cross`` (:func:`cross_member_cosines`), within bounds."""
    if not len(cross):
        return SUPPORT_FLOOR
    return min(SUPPORT_CEILING, max(SUPPORT_FLOOR, float(np.percentile(cross, SUPPORT_PERCENTILE))))


class _Similarity:
    """Cosine similarities between findings: a whole matrix when small, rows on demand when large."""

    def __init__(self, vectors: np.ndarray) -> None:
        self.vectors = vectors
        self.full = vectors @ vectors.T if len(vectors) <= FULL_MATRIX_ITEMS else None

    def self_similarity(self, rows: np.ndarray) -> np.ndarray:
        if self.full is not None:
            return self.full[rows, rows]
        return np.einsum("ij,ij->i", self.vectors[rows], self.vectors[rows])

    def rows(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        if self.full is not None:
            return self.full[np.ix_(rows, cols)]
        return self.vectors[rows] @ self.vectors[cols].T


class PairFeatures:
    """:data:`SAMENESS_FEATURES` for pairs of one field's findings (rows x columns), computed the same
    way when the model is fitted (eval/harness/personas_fit.py) and when it is used."""

    def __init__(
        self,
        similarity: _Similarity,
        codes: np.ndarray,
        texts: Sequence[str],
        category: str,
        cross: np.ndarray | None = None,
    ) -> None:
        from scipy import sparse

        self.similarity = similarity
        n = len(codes)
        self.category = [float(category == c) for c in SAMENESS_CATEGORIES]
        if cross is None:
            cross = cross_member_cosines(similarity.vectors, codes, similarity.full)
        self.mu, self.sd = (float(cross.mean()), float(cross.std()) + 1e-6) if len(cross) else (0.0, 1.0)
        # With the whole matrix: the share of each row's other-member findings closer than each
        # column, from ranks (one sort per row). Otherwise each finding's sorted cosines to other
        # members' findings (a fixed sample when large), searched per pair.
        self.share: np.ndarray | None = None
        if similarity.full is not None:
            masked = similarity.full.astype(np.float32, copy=True)
            other = codes[:, None] != codes[None, :]
            masked[~other] = -np.inf
            ordered = np.sort(masked, axis=1)
            counts = np.maximum(other.sum(axis=1), 1)
            self.share = np.empty((n, n), dtype=np.float32)
            values = similarity.full.astype(np.float32, copy=False)
            for row in range(n):  # strictly closer, so ties count as in the searched path
                self.share[row] = (n - np.searchsorted(ordered[row], values[row], side="right")) / counts[row]
            del masked, ordered, values
        else:
            reference = (
                np.arange(n)
                if n <= max(FULL_MATRIX_ITEMS, RANK_REFERENCE)
                else np.sort(np.random.default_rng(1).choice(n, RANK_REFERENCE, replace=False))
            )
            self.sorted = np.empty((n, len(reference)), dtype=np.float32)
            self.cross_count = np.zeros(n)
            block = max(1, BLOCK_CELLS // max(len(reference), 1))
            for first in range(0, n, block):
                rows = np.arange(first, min(n, first + block))
                sims = similarity.rows(rows, reference).astype(np.float32)
                other = codes[rows][:, None] != codes[reference][None, :]
                self.cross_count[rows] = other.sum(axis=1)
                sims[~other] = -np.inf
                self.sorted[rows] = np.sort(sims, axis=1)
        # Rare words: inverse document frequency over this field's findings.
        stems = [word_stems(t) for t in texts]
        vocabulary: dict[str, int] = {}
        cols, rows_of = [], []
        for i, words in enumerate(stems):
            for word in words:
                cols.append(vocabulary.setdefault(word, len(vocabulary)))
                rows_of.append(i)
        binary = sparse.csr_matrix(
            (np.ones(len(cols), dtype=np.float32), (rows_of, cols)), shape=(n, max(len(vocabulary), 1))
        )
        df = np.asarray(binary.sum(axis=0)).ravel()
        idf = np.log((n + 1) / np.maximum(df, 1)).astype(np.float32)
        self.weighted = binary.multiply(idf[None, :]).tocsr()
        self.binary = binary
        self.total = np.asarray(self.weighted.sum(axis=1)).ravel()

    def _closer_share(self, items: np.ndarray, values: np.ndarray) -> np.ndarray:
        """For each (item, value) row pair: share of the item's other-member findings closer than value."""
        width = self.sorted.shape[1]
        out = np.empty(values.shape, dtype=np.float64)
        for r, item in enumerate(items):
            below = np.searchsorted(self.sorted[item], values[r], side="right")
            out[r] = (width - below) / max(self.cross_count[item], 1.0)
        return np.clip(out, 0.0, 1.0)

    def _planes(
        self, rows: np.ndarray, columns: np.ndarray, sims: np.ndarray | None
    ) -> tuple[np.ndarray, ...]:
        """The five pair features as (rows x columns) planes (the category is constant)."""
        if sims is None:
            sims = self.similarity.rows(rows, columns)
        sims = np.asarray(sims, dtype=np.float32)
        if self.share is not None:
            near_row = self.share[np.ix_(rows, columns)]
            near_col = self.share[np.ix_(columns, rows)].T
        else:
            near_row = self._closer_share(rows, sims).astype(np.float32)
            near_col = self._closer_share(columns, sims.T).T.astype(np.float32)
        shared = (self.weighted[rows] @ self.binary[columns].T).toarray()
        smaller = np.minimum(self.total[rows][:, None], self.total[columns][None, :]) + 1e-9
        return (
            sims,
            (sims - self.mu) / self.sd,
            np.minimum(near_row, near_col),
            np.maximum(near_row, near_col),
            shared / smaller,
        )

    def features(self, rows: np.ndarray, columns: np.ndarray, sims: np.ndarray | None = None) -> np.ndarray:
        """Feature tensor (len(rows), len(columns), len(SAMENESS_FEATURES))."""
        planes = self._planes(rows, columns, sims)
        out = np.empty((len(rows), len(columns), len(SAMENESS_FEATURES)))
        for index, plane in enumerate(planes):
            out[..., index] = plane
        out[..., len(planes) :] = self.category
        return out

    def probability(
        self,
        model: SamenessModel,
        rows: np.ndarray,
        columns: np.ndarray,
        sims: np.ndarray | None,
        dtype: type = np.float32,
    ) -> np.ndarray:
        """The model's probability for every (row, column) pair, a few rows at a time (bounded memory)."""
        weights = np.asarray(model.coef) / np.asarray(model.scale)
        planes_count = len(SAMENESS_FEATURES) - len(self.category)
        constant = (
            model.intercept
            - float(weights @ np.asarray(model.mean))
            + float(weights[planes_count:] @ np.asarray(self.category))
        )
        out: np.ndarray = np.empty((len(rows), len(columns)), dtype=dtype)
        step = max(1, FEATURE_CELLS // max(len(columns), 1))
        for first in range(0, len(rows), step):
            part = slice(first, first + step)
            logits = np.full((len(rows[part]), len(columns)), constant, dtype=np.float32)
            for weight, plane in zip(
                weights[:planes_count],
                self._planes(rows[part], columns, None if sims is None else sims[part]),
                strict=True,
            ):
                logits += np.float32(weight) * plane
            out[part] = 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))
        return out


def _supporting_members(close: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """For each row of ``close`` (columns sorted by member, each member's run starting at ``starts``),
    how many distinct members have at least one close finding."""
    return np.logical_or.reduceat(close, starts, axis=1).sum(axis=1)


def grouped_attributes(
    field: str,
    items: list[Item],
    embedder: Embedder,
    member_count: int,
    sameness: SamenessModel | None = None,
    centre: np.ndarray | None = None,
    vectors: np.ndarray | None = None,
) -> list[PersonaAttribute]:
    """Attributes of one field: each a representative finding and the members that echo it.

    Greedy: the finding that the most other members echo (ties: the most central, then the first)
    becomes an attribute with one echoing finding per member; those findings, and the
    representative's member's own near-duplicates, leave the pool; repeat. Computed over the
    remaining pool in blocks of rows, so a persona of hundreds of members costs seconds and bounded
    memory. Two findings say the same thing when ``sameness`` says so (its probability reaches its
    bar); without it, when their cosine reaches the study's adaptive bar. The sameness test reads
    cosines in the model's :class:`FindingSpace` when it has one, centred on ``centre`` (the mean of
    the persona's findings of every field, as the model was fitted; without it, this field's mean);
    near-duplicates and centrality use the embedder's own.
    ``vectors``: the statements' embeddings when already computed."""
    if not items:
        return []
    texts = [item.finding.statement for item in items]
    if vectors is None:
        vectors = embedder.embed_documents(texts)
    similarity = _Similarity(vectors)
    members = [item.finding.interview_id for item in items]
    codes = np.unique(np.asarray(members), return_inverse=True)[1]
    # A member's own near-duplicates (by the adaptive cosine bar: the sameness test is fitted on pairs
    # of different members only) leave the pool with its finding.
    cross = cross_member_cosines(vectors, codes, similarity.full)
    bar = support_threshold(cross)
    if sameness is not None:
        spaced, spaced_cross = similarity, cross
        if sameness.space is not None:
            spaced = _Similarity(sameness.space.apply(np.asarray(vectors), centre))
            spaced_cross = cross_member_cosines(spaced.vectors, codes, spaced.full)
        pairs = PairFeatures(spaced, codes, texts, FIELD_CATEGORY.get(field, field), spaced_cross)
        # Features depend on the whole field, not on what is left: every pair's probability is
        # computed once, block by block (float32 up to FULL_MATRIX_ITEMS findings, float16 above,
        # 288 MB at PRECOMPUTE_ITEMS); beyond that, per pass over what is left.
        every = np.arange(len(items))
        whole = (
            pairs.probability(
                sameness,
                every,
                every,
                spaced.full,
                np.float32 if spaced.full is not None else np.float16,
            )
            if len(items) <= PRECOMPUTE_ITEMS
            else None
        )

        def closeness(rows: np.ndarray, columns: np.ndarray, sims: np.ndarray) -> np.ndarray:
            if whole is not None:
                return whole[np.ix_(rows, columns)]
            # ``sims`` are the embedder's cosines; in a finding space the pairs compute their own.
            return pairs.probability(sameness, rows, columns, sims if spaced is similarity else None)

        def same(rows: np.ndarray, columns: np.ndarray, sims: np.ndarray) -> np.ndarray:
            return closeness(rows, columns, sims) >= sameness.bar
    else:

        def same(rows: np.ndarray, columns: np.ndarray, sims: np.ndarray) -> np.ndarray:
            return sims >= bar

        def closeness(rows: np.ndarray, columns: np.ndarray, sims: np.ndarray) -> np.ndarray:
            return sims

    remaining = np.arange(len(items))
    rounds = 0
    shared: list[PersonaAttribute] = []
    single: list[tuple[float, PersonaAttribute]] = []
    while remaining.size:
        # Columns sorted by member (stable), so each member's findings form one run.
        columns = remaining[np.argsort(codes[remaining], kind="stable")]
        column_codes = codes[columns]
        starts = np.flatnonzero(np.r_[True, column_codes[1:] != column_codes[:-1]])
        support = np.empty(remaining.size, dtype=np.int64)
        centrality = np.zeros(remaining.size)
        block = max(1, BLOCK_CELLS // remaining.size)
        for first in range(0, remaining.size, block):
            rows = remaining[first : first + block]
            sims = similarity.rows(rows, columns)
            close = same(rows, columns, sims) & (codes[rows][:, None] != column_codes[None, :])
            support[first : first + block] = _supporting_members(close, starts)
            if remaining.size > 1:
                own = similarity.self_similarity(rows)
                centrality[first : first + block] = (sims.sum(axis=1, dtype=np.float64) - own) / (
                    remaining.size - 1
                )
        # Largest support, then largest centrality, then the earliest finding.
        row = int(np.lexsort((np.arange(remaining.size), -centrality, -support))[0])
        representative = int(remaining[row])
        rep = np.array([representative])
        rep_sims = similarity.rows(rep, remaining)
        is_same = same(rep, remaining, rep_sims)[0]
        to_rep = closeness(rep, remaining, rep_sims)[0]
        # Each other member's closest finding that says the same thing (its column in ``remaining``).
        best_column: dict[int, int] = {}
        for col in np.flatnonzero(is_same & (codes[remaining] != codes[representative])):
            code = int(codes[remaining[col]])
            if code not in best_column or to_rep[col] > to_rep[best_column[code]]:
                best_column[code] = int(col)
        if best_column:
            # A supporter must find the representative the closest of its member's remaining findings
            # (a mutual best match: a generic statement close to everything supports nothing).
            # The representative's own near-duplicates stand with it (they leave the pool together).
            mine = codes[remaining] == codes[representative]
            own = remaining[mine]
            with_it = (own == representative) | (rep_sims[0][mine] >= bar)
            cols = np.array(sorted(best_column.values()))
            back = closeness(remaining[cols], own, similarity.rows(remaining[cols], own))
            others = back[:, ~with_it].max(axis=1) if (~with_it).any() else np.full(len(cols), -np.inf)
            keep = back[:, with_it].max(axis=1) >= others - 1e-6  # ties keep it
            best_column = {k: c for k, c in best_column.items() if keep[np.searchsorted(cols, c)]}
        supporters = sorted(best_column.values(), key=lambda col: -to_rep[col])
        chosen = [representative, *(int(remaining[col]) for col in supporters)]
        gone = np.isin(remaining, chosen) | (
            (codes[remaining] == codes[representative]) & (rep_sims[0] >= bar)
        )
        remaining = remaining[~gone]
        attribute = PersonaAttribute(
            field=field,
            statement=items[representative].finding.statement,
            citations=[citation_of(items[j].finding) for j in chosen],
            evidence_count=len({members[j] for j in chosen}),
            finding_ids=[items[j].id for j in chosen],
        )
        attribute.member_count = member_count  # type: ignore[attr-defined]
        rounds += 1
        if attribute.evidence_count >= 2:
            shared.append(attribute)
        else:
            single.append((float(centrality[row]), attribute))
            # Nothing left is echoed by another member (support only falls as the pool shrinks): the
            # rest would be single-member attributes too, and only the most central are shown. (A
            # representative whose supporters all failed the mutual test is no such sign.)
            if support[row] == 0 and len(single) >= min(
                max(0, MAX_ATTRIBUTES_PER_FIELD - len(shared)), MAX_SINGLE_MEMBER
            ):
                break
        if len(shared) >= MAX_ATTRIBUTES_PER_FIELD or rounds >= MAX_ROUNDS:
            break
    single.sort(key=lambda pair: -pair[0])
    room = max(0, MAX_ATTRIBUTES_PER_FIELD - len(shared))
    return shared + [attribute for _c, attribute in single[: min(room, MAX_SINGLE_MEMBER)]]


def who_items(
    items: list[Item], positions: dict[str, int], titles: Mapping[str, str] | None = None
) -> tuple[list[Item], list[Item]]:
    """Each member's introduction, and the rest: the earliest of their situation findings that states
    the job title read for them (``titles``, per interview), else their earliest situation finding.
    The earliest alone is often small talk before the introduction ("it's fine, a colleague covers
    the counter for me"), while the title was read from the sentence that says who they are."""

    def place(item: Item) -> int:
        return positions.get(item.finding.utterance_ids[0], 0) if item.finding.utterance_ids else 0

    chosen_of: dict[str, Item] = {}
    for item in sorted(items, key=place):
        member = item.finding.interview_id
        title = (titles or {}).get(member)
        if member not in chosen_of or (
            title
            and _states_title(title, item.finding.quote)
            and not _states_title(title, chosen_of[member].finding.quote)
        ):
            chosen_of[member] = item
    chosen = set(id(item) for item in chosen_of.values())
    return list(chosen_of.values()), [item for item in items if id(item) not in chosen]


def _states_title(title: str, quote: str) -> bool:
    """Whether ``quote`` says ``title``: as written, or (a title shown in its dictionary form,
    `personas.titles.dictionary_form`) its word without the last letter at a word's start."""
    said, text = title.casefold(), quote.casefold()
    if said in text:
        return True
    return len(said) > 4 and re.search(r"(?<!\w)" + re.escape(said[:-1]), text) is not None


def extractive_attributes(
    items: list[Item],
    embedder: Embedder,
    member_count: int,
    positions: dict[str, int],
    sameness: SamenessModel | None = None,
    titles: Mapping[str, str] | None = None,
) -> list[PersonaAttribute]:
    """Every field's attributes from the members' findings, with honest counts; ``titles`` (the job
    title read for each member) picks each one's introduction for "who they are"."""
    # Every statement embedded once; the persona's centre (for the finding space) is their mean.
    vectors = np.asarray(embedder.embed_documents([item.finding.statement for item in items]))
    row_of = {id(item): row for row, item in enumerate(items)}
    centre = vectors.mean(axis=0) if len(items) else None
    space = sameness.space if sameness is not None else None
    if space is not None and (
        len(items) < MIN_SPACE_FINDINGS or (len(items) and vectors.shape[1] != space.dimension)
    ):
        # Too few findings to centre on (two paraphrases alone would be opposites), or vectors of
        # another embedder than the space's: the weights expect the space's cosines, so the study's
        # adaptive cosine bar decides instead.
        sameness = None
    by_field: dict[str, list[Item]] = {}
    for item in items:
        by_field.setdefault(CATEGORY_FIELD[item.finding.category], []).append(item)
    who, situation = who_items(by_field.get("situation", []), positions, titles)
    by_field["who"], by_field["situation"] = who, situation
    attributes: list[PersonaAttribute] = []
    for field in (
        "who",
        "situation",
        "pains",
        "goals",
        "critical_events",
        "triggers",
        "decision_role",
        "channels",
    ):
        chosen = by_field.get(field, [])
        attributes.extend(
            grouped_attributes(
                field,
                chosen,
                embedder,
                member_count,
                sameness,
                centre,
                vectors[[row_of[id(item)] for item in chosen]] if chosen else None,
            )
        )
    return attributes


def representative_quotes(items: list[Item]) -> list[PersonaAttribute]:
    """A few vivid quotes from distinct members (pains first, then goals and events)."""
    preference = {"pain": 0, "impact": 1, "critical_event": 2, "trigger": 3}
    candidates = sorted(
        (i for i in items if i.finding.category in preference and 30 <= len(i.finding.quote) <= 220),
        key=lambda i: (preference[i.finding.category], -len(i.finding.quote), i.id),
    )
    chosen: list[PersonaAttribute] = []
    seen: set[str] = set()
    for item in candidates:
        if item.finding.interview_id in seen:
            continue
        seen.add(item.finding.interview_id)
        citation = citation_of(item.finding)
        chosen.append(
            PersonaAttribute(
                field="quotes",
                statement=citation.quote,
                citations=[citation],
                evidence_count=1,
                finding_ids=[item.id],
            )
        )
        if len(chosen) == MAX_QUOTES:
            break
    return chosen


def day_in_the_life(items: list[Item], positions: dict[str, int]) -> list[PersonaAttribute]:
    """Offline "day in the life": one member's situation and pain findings in the order they told them."""
    by_member: dict[str, list[Item]] = {}
    for item in items:
        if item.finding.category in ("situation", "pain") and item.finding.utterance_ids:
            by_member.setdefault(item.finding.interview_id, []).append(item)
    if not by_member:
        return []
    member = max(sorted(by_member), key=lambda m: len(by_member[m]))
    steps = sorted(by_member[member], key=lambda i: (positions.get(i.finding.utterance_ids[0], 0), i.id))
    middle = steps[len(steps) // 4 :][:DAY_STEPS] if len(steps) > DAY_STEPS else steps
    return [
        PersonaAttribute(
            field="day_in_the_life",
            statement=item.finding.statement,
            citations=[citation_of(item.finding)],
            evidence_count=1,
            finding_ids=[item.id],
        )
        for item in middle
    ]
