"""The LLM review step of extraction: the model confirms, relabels and words offline candidates.

The offline engine proposes verbatim candidate quotes; the model sees them by id inside data
delimiters and answers with one review per id. Code then decides what to accept: the offline
result stands unless a review is trusted (its statement is supported by the cited words) and
confident, so a weak or junk-writing model degrades to the offline output, never below it.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.core.models import CATEGORIES, Category, Citation, Finding, Transcript, Utterance
from assistant.core.prompts import read_prompt
from assistant.extract.verify import check_support, lexical_support, quote_from_ids, verify_quote
from assistant.providers.llm import estimate_tokens

PROMPT_NAME = "extract_review.v1.md"
PROMPT_VERSION = "extract_review.v1"

RELABEL_CONFIDENCE = 0.7
"""A trusted review changes the offline category only at or above this confidence."""
REJECT_CONFIDENCE = 0.8
"""A trusted review drops an offline finding only at or above this confidence."""
ADD_CONFIDENCE = 0.8
"""A candidate the offline engine left out is added only when a trusted review is this sure."""
REJECT_SCORE_CEILING: dict[str, float] = {
    "situation": 0.15,
    "pain": 0.10,
    "impact": 0.0,
    "critical_event": 0.15,
    "trigger": 0.10,
    "decision": 0.20,
    "channel": 0.0,
}
"""Per category, a model may drop or relabel an offline finding only when the offline classifier
scored it under this. Dropping a finding that is right with probability p raises F1 only when
p < F1 / 2; a reviewer judging no better than chance (what Qwen2.5-Coder-1.5B measured) drops
findings as often right as their score band. So the ceiling is where held-out findings stop being
right less often than half the category's held-out F1 (`eval/calibrate_review.py`, each study scored
by a classifier trained without it; e.g. pain: F1 0.39, findings scored 0.05-0.10 right 0.15 of the
time, 0.10-0.15 right 0.19). Above it, a rejection, however confident, can only cost F1 in expectation
unless the model is better than chance, which nothing here can check."""


def may_override(item_category: str, score: float) -> bool:
    """Whether a reviewer may drop or relabel an offline finding of this category and score."""
    return score < REJECT_SCORE_CEILING.get(item_category, 0.0)


MAX_REJECT_SHARE = 0.5
"""At most this share of a window's offline findings may be dropped by the model."""
MIN_TRUSTED_SHARE = 0.3
"""A window where fewer reviews than this share are trusted is treated as junk and ignored."""
EXTRA_CANDIDATES = 8
"""How many candidates beyond the offline findings are shown to the model per interview."""
MAX_ITEMS_PER_WINDOW = 16
OUTPUT_TOKENS_PER_ITEM = 70
CONTEXT_WORDS = 25
"""Turns are shown cut to this many words (candidates carry their own full quotes): small models on
CPUs pay for every prompt token, and the question before a quote is the context that matters."""


# -- what the model answers --------------------------------------------------------------------
_CONFIDENCE_WORDS = {"very high": 0.95, "high": 0.9, "medium": 0.6, "moderate": 0.6, "low": 0.3}


class CandidateReview(BaseModel):
    """The model's verdict on one candidate (fields are lenient; code validates meaning)."""

    model_config = ConfigDict(extra="ignore")

    id: str
    keep: bool
    category: str
    confidence: float
    statement: str
    same_as: str | None = None

    @field_validator("id", "category", "statement", mode="before")
    @classmethod
    def _text(cls, value: Any) -> str:
        return "" if value is None else str(value)

    @field_validator("same_as", mode="before")
    @classmethod
    def _optional_text(cls, value: Any) -> str | None:
        return None if value in (None, "", "null", "none") else str(value)

    @field_validator("keep", mode="before")
    @classmethod
    def _keep(cls, value: Any) -> bool:
        if isinstance(value, str):
            return value.strip().lower() not in ("false", "no", "0", "reject", "drop")
        return bool(value) if value is not None else True

    @field_validator("confidence", mode="before")
    @classmethod
    def _confidence(cls, value: Any) -> float:
        if isinstance(value, str):
            word = value.strip().lower().rstrip("%")
            if word in _CONFIDENCE_WORDS:
                return _CONFIDENCE_WORDS[word]
            try:
                value = float(word)
            except ValueError:
                return 0.0
        if not isinstance(value, int | float):
            return 0.0
        number = float(value)
        if number > 1.0:
            number = number / 100.0 if number <= 100.0 else 1.0
        return max(0.0, min(1.0, number))


class ProposedItem(BaseModel):
    """A finding the model proposes outside the candidates (accepted from strong models only)."""

    model_config = ConfigDict(extra="ignore")

    utterance_id: str
    quote: str = ""
    category: str = ""
    statement: str = ""


class ProposedAttribute(BaseModel):
    """A participant attribute for segmentation, with the utterance where it is said."""

    model_config = ConfigDict(extra="ignore")

    key: str
    value: str
    utterance_id: str

    @field_validator("key", "value", "utterance_id", mode="before")
    @classmethod
    def _text(cls, value: Any) -> str:
        return "" if value is None else str(value)


class WindowReview(BaseModel):
    """The model's whole answer for one window of the interview."""

    model_config = ConfigDict(extra="ignore")

    reviews: list[CandidateReview] = Field(min_length=1)
    """Required and non-empty, so a grammar-constrained local model cannot answer with ``{}``."""
    new_items: list[ProposedItem] = Field(default_factory=list)
    attributes: list[ProposedAttribute] = Field(default_factory=list)


# -- what the model is shown ---------------------------------------------------------------------
@dataclass
class PoolItem:
    """One candidate finding shown to the model: an offline finding or an extra candidate."""

    cid: str
    utterance_id: str
    start: int
    end: int
    quote: str
    category: Category
    score: float
    scores: dict[str, float]
    from_offline: bool
    statement: str


@dataclass
class Window:
    """A run of consecutive utterances and the candidates inside them, sized to fit the context."""

    number: int
    utterance_ids: list[str]
    items: list[PoolItem]


@dataclass
class ReviewOutcome:
    """What the merge made of the model's reviews, with counts for the run's stats."""

    findings: list[Finding]
    attributes: dict[str, dict[str, Any]]
    counts: dict[str, int] = field(default_factory=dict)


def short_ref(utterance_id: str) -> str:
    """``interview-01:14`` -> ``u14``: shorter ids are cheaper and easier for small models."""
    return f"u{utterance_id.rsplit(':', 1)[1]}"


def resolve_ref(transcript: Transcript, ref: str) -> Utterance | None:
    """An utterance from a short ref (``u14``), a bare number or a full id; None if absent."""
    ref = ref.strip().strip("[]")
    if transcript.utterance(ref) is not None:
        return transcript.utterance(ref)
    match = re.fullmatch(r"u?(\d+)", ref, re.IGNORECASE)
    if match:
        return transcript.utterance(f"{transcript.interview.id}:{int(match.group(1))}")
    return None


_DELIMITER = re.compile(r"<\s*/?\s*(transcript|candidates)\b", re.IGNORECASE)


def as_data(text: str) -> str:
    """Neutralise our own delimiter tags inside transcript text so data cannot close the data block."""
    return _DELIMITER.sub(lambda m: m.group(0).replace("<", "\u2039"), text)


def _render_utterance(utterance: Utterance, full: bool) -> str:
    words = utterance.text.split()
    text = utterance.text
    if not full and len(words) > CONTEXT_WORDS:
        text = " ".join(words[:CONTEXT_WORDS]) + " ..."
    speaker = f" {utterance.speaker}" if utterance.speaker else ""
    return f"[{short_ref(utterance.id)}] {utterance.role}{speaker}: {as_data(text)}"


def _render_item(item: PoolItem) -> str:
    return f'{item.cid} | {short_ref(item.utterance_id)} | {item.category} | "{as_data(item.quote)}"'


def build_windows(
    transcript: Transcript,
    pool: Sequence[PoolItem],
    *,
    context_tokens: int,
    prompt_tokens: int,
    overlap_utterances: int = 2,
) -> list[Window]:
    """Split the interview into overlapping windows of utterances that fit the model's context."""
    items_by_utterance: dict[str, list[PoolItem]] = {}
    for item in pool:
        items_by_utterance.setdefault(item.utterance_id, []).append(item)
    budget = max(512, context_tokens - prompt_tokens - 200)
    costs: list[int] = []
    for utterance in transcript.utterances:
        items = items_by_utterance.get(utterance.id, [])
        shown = bool(items) or utterance.role != "participant"
        text_cost = estimate_tokens(_render_utterance(utterance, full=False)) if shown else 0
        item_cost = sum(estimate_tokens(_render_item(i)) + OUTPUT_TOKENS_PER_ITEM for i in items)
        costs.append(text_cost + item_cost)

    windows: list[Window] = []
    start = 0
    count = len(transcript.utterances)
    while start < count:
        end, used, items_in = start, 0, 0
        while end < count:
            n_items = len(items_by_utterance.get(transcript.utterances[end].id, []))
            too_big = used + costs[end] > budget or items_in + n_items > MAX_ITEMS_PER_WINDOW
            if too_big and end > start:
                break
            used += costs[end]
            items_in += n_items
            end += 1
        ids = [u.id for u in transcript.utterances[start:end]]
        items = [i for uid in ids for i in items_by_utterance.get(uid, [])]
        windows.append(Window(number=len(windows) + 1, utterance_ids=ids, items=items))
        if end >= count:
            break
        start = max(start + 1, end - overlap_utterances)
    # A window that holds no candidate needs no model call.
    windows = [w for w in windows if w.items]
    for number, window in enumerate(windows, start=1):
        window.number = number
    return windows


def prompt_parts() -> tuple[str, str]:
    """The system and user templates of the versioned prompt file."""
    text = read_prompt(PROMPT_NAME)
    system, _, user = text.partition("=== user ===")
    return system.strip(), user.strip()


def prompt_fingerprint() -> str:
    """Version plus a hash of the prompt file and answer schema: editing either invalidates the cache."""
    import json

    schema = json.dumps(WindowReview.model_json_schema(), sort_keys=True)
    digest = hashlib.sha256((read_prompt(PROMPT_NAME) + schema).encode("utf-8")).hexdigest()[:12]
    return f"{PROMPT_VERSION}#{digest}"


def shown_utterances(window: Window, by_id: dict[str, Utterance], with_items: set[str]) -> list[str]:
    """Utterances holding candidates, each with the non-participant turn just before it (the question)."""
    shown: list[str] = []
    ids = window.utterance_ids
    for index, uid in enumerate(ids):
        if uid not in with_items:
            continue
        if index > 0 and by_id[ids[index - 1]].role != "participant" and ids[index - 1] not in shown:
            shown.append(ids[index - 1])
        shown.append(uid)
    return shown


def render_messages(
    transcript: Transcript, window: Window, window_count: int, *, allow_new_items: bool
) -> tuple[str, str]:
    """The system and user message texts for one window; transcript text sits inside data tags."""
    system_template, user_template = prompt_parts()
    new_items_instruction = (
        'You may also add "new_items" the candidates missed: each with "utterance_id" (a participant '
        'utterance id such as "u12"), "quote" (words copied exactly from that utterance), '
        '"category" and "statement".'
        if allow_new_items
        else 'Leave "new_items" empty.'
    )
    by_id = {u.id: u for u in transcript.utterances}
    with_items = {i.utterance_id for i in window.items}
    transcript_text = "\n".join(
        _render_utterance(by_id[uid], full=False) for uid in shown_utterances(window, by_id, with_items)
    )
    candidates_text = "\n".join(_render_item(i) for i in window.items)
    participant_ids = [uid for uid in window.utterance_ids if by_id[uid].role == "participant"]
    values = {
        "interview_id": transcript.interview.id,
        "window_number": str(window.number),
        "window_count": str(window_count),
        "transcript": transcript_text,
        "candidates": candidates_text,
        "new_items_instruction": new_items_instruction,
        "example_utterance_id": short_ref(participant_ids[0]) if participant_ids else "u2",
    }
    system = string.Template(system_template).safe_substitute(values)
    user = string.Template(user_template).safe_substitute(values)
    return system, user


def is_small_model(name: str) -> bool:
    """Whether the model name says it has fewer than 7B parameters (no direct proposals then)."""
    for number, unit in re.findall(r"(\d+(?:\.\d+)?)\s*([mb])\b", name.lower().replace("_", "-")):
        size = float(number) / (1000.0 if unit == "m" else 1.0)
        if size < 7.0:
            return True
    return False


# -- merging the model's reviews with the offline result ----------------------------------------
def _trusted(review: CandidateReview, item: PoolItem, context: str) -> bool:
    """A review counts only when its statement is a real paraphrase the cited words support."""
    statement = review.statement.strip()
    if not statement or len(statement) > 400:
        return False
    if check_support(statement, item.quote, context) == "unrelated":
        return False
    # A statement that merely copies the quote shows no understanding of it.
    return not (lexical_support(item.quote, statement) > 0.9 and lexical_support(statement, item.quote) > 0.9)


def _plausible(category: str, item: PoolItem) -> bool:
    """The model may choose among the categories the classifier found plausible (its top 3)."""
    if category not in CATEGORIES:
        return False
    if not item.scores:
        return True
    ranked = sorted(item.scores, key=lambda c: item.scores[c], reverse=True)
    return category in ranked[:3]


def merge_reviews(
    transcript: Transcript,
    pool: Sequence[PoolItem],
    windows: Sequence[Window],
    answers: dict[int, WindowReview | None],
    *,
    engine: str,
    allow_new_items: bool,
    support_check: Callable[[str, str, str], str] | None = None,
) -> ReviewOutcome:
    """Combine offline candidates and model reviews into verified findings (offline wins on doubt)."""
    counts = dict.fromkeys(
        (
            "relabelled",
            "model_rejected",
            "model_added",
            "merged",
            "junk_windows",
            "new_proposed",
            "new_accepted",
            "dropped",
            "reanchored",
            "attributes_dropped",
        ),
        0,
    )
    check = support_check or (lambda s, q, c: check_support(s, q, c))
    utterance_text = {u.id: u.text for u in transcript.utterances}
    best: dict[str, CandidateReview] = {}
    attributes: dict[str, dict[str, Any]] = {}
    accepted_new: list[Finding] = []

    for window in windows:
        answer = answers.get(window.number)
        if answer is None:
            continue
        in_window = {i.cid: i for i in window.items}
        trusted: dict[str, CandidateReview] = {}
        for review in answer.reviews:
            item = in_window.get(review.id.strip())
            if item is None or not _trusted(review, item, utterance_text.get(item.utterance_id, "")):
                continue
            previous = trusted.get(item.cid)
            if previous is None or review.confidence > previous.confidence:
                trusted[item.cid] = review
        if len(trusted) < MIN_TRUSTED_SHARE * len(window.items):
            counts["junk_windows"] += 1
            continue
        # Cap how much of the offline result one window may remove.
        offline_in_window = [i for i in window.items if i.from_offline]
        rejections = sorted(
            (
                r
                for cid, r in trusted.items()
                if not r.keep
                and in_window[cid].from_offline
                and may_override(in_window[cid].category, in_window[cid].score)
            ),
            key=lambda r: -r.confidence,
        )
        allowed_rejects = {r.id.strip() for r in rejections[: int(MAX_REJECT_SHARE * len(offline_in_window))]}
        for cid, review in trusted.items():
            if not review.keep and in_window[cid].from_offline and cid not in allowed_rejects:
                review = review.model_copy(update={"keep": True})
            current = best.get(cid)
            if current is None or review.confidence > current.confidence:
                best[cid] = review
        for attribute in answer.attributes:
            utterance = resolve_ref(transcript, attribute.utterance_id)
            key = re.sub(r"[^a-z0-9_]+", "_", attribute.key.strip().lower()).strip("_")
            value = attribute.value.strip()
            if utterance is None or utterance.role != "participant" or not key or not value:
                counts["attributes_dropped"] += 1
                continue
            entry = attributes.setdefault(key, {"value": value, "utterance_ids": []})
            if entry["value"] == value and utterance.id not in entry["utterance_ids"]:
                entry["utterance_ids"].append(utterance.id)
        if allow_new_items:
            for proposed in answer.new_items:
                counts["new_proposed"] += 1
                finding = _accept_new_item(transcript, proposed, engine, check)
                if finding is None:
                    counts["dropped"] += 1
                    continue
                if finding.citations and finding.citations[0].reanchored:
                    counts["reanchored"] += 1
                accepted_new.append(finding)

    findings_by_cid: dict[str, Finding] = {}
    for item in pool:
        chosen_review = best.get(item.cid)
        category: Category = item.category
        statement = item.statement
        confidence: float | None = item.score
        if chosen_review is not None:
            chosen = chosen_review.category.strip().lower()
            if (
                chosen != category
                and chosen_review.confidence >= RELABEL_CONFIDENCE
                and _plausible(chosen, item)
                and (not item.from_offline or may_override(item.category, item.score))
            ):
                category = chosen  # type: ignore[assignment]
                counts["relabelled"] += 1
            statement = chosen_review.statement.strip()
            confidence = chosen_review.confidence
        if item.from_offline:
            if (
                chosen_review is not None
                and not chosen_review.keep
                and chosen_review.confidence >= REJECT_CONFIDENCE
            ):
                counts["model_rejected"] += 1
                continue
        else:
            added = (
                chosen_review is not None
                and chosen_review.keep
                and chosen_review.confidence >= ADD_CONFIDENCE
                and _plausible(category, item)
            )
            if not added:
                continue
            counts["model_added"] += 1
        citation = quote_from_ids(transcript, item.utterance_id, item.start, item.end)
        if citation is None:
            counts["dropped"] += 1
            continue
        context = utterance_text.get(item.utterance_id, "")
        support = check(statement, citation.quote, context)
        if support == "unrelated" and statement != item.statement:
            statement = item.statement
            support = check(statement, citation.quote, context)
        findings_by_cid[item.cid] = Finding(
            interview_id=transcript.interview.id,
            source_file=transcript.interview.source_file,
            category=category,
            statement=statement,
            quote=citation.quote,
            utterance_ids=[citation.utterance_id],
            verified=True,
            engine=engine,
            citations=[citation],
            support=support,  # type: ignore[arg-type]
            confidence=confidence,
        )

    # Duplicates the model names are merged when they are the same category in nearby utterances.
    order = {u.id: i for i, u in enumerate(transcript.utterances)}
    for cid, review in best.items():
        target = (review.same_as or "").strip()
        if cid not in findings_by_cid or target not in findings_by_cid or target == cid:
            continue
        duplicate, survivor = findings_by_cid[cid], findings_by_cid[target]
        near = abs(order[duplicate.utterance_ids[0]] - order[survivor.utterance_ids[0]]) <= 2
        if duplicate.category != survivor.category or not near:
            continue
        for citation in duplicate.citations:
            if citation.utterance_id not in survivor.utterance_ids:
                survivor.utterance_ids.append(citation.utterance_id)
            survivor.citations.append(citation)
        del findings_by_cid[cid]
        counts["merged"] += 1

    findings = list(findings_by_cid.values())
    for finding in accepted_new:
        if not any(_same_span(finding, existing) for existing in findings):
            findings.append(finding)
            counts["new_accepted"] += 1
    findings.sort(
        key=lambda f: (order.get(f.utterance_ids[0], 0), (f.citations[0].start or 0) if f.citations else 0)
    )
    return ReviewOutcome(findings=findings, attributes=attributes, counts=counts)


def _same_span(a: Finding, b: Finding) -> bool:
    """Whether two findings cite overlapping words of the same utterance."""
    for ca in a.citations:
        for cb in b.citations:
            if ca.utterance_id == cb.utterance_id and ca.start is not None and cb.start is not None:
                if ca.start < (cb.end or 0) and cb.start < (ca.end or 0):
                    return True
    return False


def _accept_new_item(
    transcript: Transcript, proposed: ProposedItem, engine: str, check: Callable[[str, str, str], str]
) -> Finding | None:
    """A model-proposed item survives only with a verified participant quote and a supported statement."""
    category = proposed.category.strip().lower()
    if category not in CATEGORIES or not proposed.statement.strip():
        return None
    utterance = resolve_ref(transcript, proposed.utterance_id)
    citation: Citation | None = verify_quote(transcript, utterance.id if utterance else None, proposed.quote)
    if citation is None:
        return None
    context = transcript.utterance(citation.utterance_id).text  # type: ignore[union-attr]
    support = check(proposed.statement, citation.quote, context)
    if support == "unrelated":
        return None
    return Finding(
        interview_id=transcript.interview.id,
        source_file=transcript.interview.source_file,
        category=category,  # type: ignore[arg-type]
        statement=proposed.statement.strip(),
        quote=citation.quote,
        utterance_ids=[citation.utterance_id],
        verified=True,
        engine=engine,
        citations=[citation],
        support=support,  # type: ignore[arg-type]
    )
