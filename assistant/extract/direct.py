"""Direct extraction by a capable model: it reads the whole interview in windows of whole turns and
returns findings (category, statement, utterance id, exact quote); code decides what is evidence.

Every quote is looked up in the cited participant utterance (whitespace and typography normalised,
re-anchored within the interview when the id is off, interviewer words never evidence) and dropped
when it is not there: the check fails closed. Every statement is checked against its quote by
meaning (multilingual embeddings), so a statement its quote does not support is flagged. Offline
candidates are offered as hints, never as a fence; findings found twice in overlapping windows are
merged.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.core.models import CATEGORIES, Finding, Transcript, Utterance, format_hms
from assistant.core.prompts import read_prompt
from assistant.core.sentences import utterance_spans
from assistant.core.workspace import Workspace
from assistant.extract.cache import WindowCache
from assistant.extract.review import ProposedAttribute, as_data, resolve_ref, short_ref
from assistant.extract.statements import clean_statement
from assistant.extract.verify import SupportLabel, check_support, verify_quote
from assistant.providers.embeddings import Embedder
from assistant.providers.llm import estimate_tokens

PROMPT_NAME = "extract_direct.v1.md"
PROMPT_VERSION = "extract_direct.v1"
OUTPUT_TOKENS_PER_FINDING = 80
OUTPUT_SHARE = 0.3
"""Share of the context window kept free for the model's answer."""
OVERLAP_TURNS = 2
MAX_HINTS = 24
SUPPORT_FLOOR = 0.784
"""Cosine (bundled e5: the statement as a query, the quote as a passage) under which the statement is
unrelated."""
SUPPORT_STRONG = 0.837
SUPPORT_SHARE = 0.03
"""A statement is supported when its quote is as close to it as the interview's closest passages (at
most SUPPORT_SHARE of them closer), or when the cosine reaches SUPPORT_STRONG; between the floor and
that it is ``weak`` (shown, flagged). The statement is embedded as an e5 query (the asymmetric form e5
was trained for, across languages too): with each study held out, `eval/calibrate_support.py` picks
the bars that admit as many mismatched pairs as the passage form did at 0.80 / 0.86, and the gold
pairs shown rise from 96% (worst 82%, English statements on Portuguese quotes) to 98% (worst 94%),
with 86% supported and 4% of mismatched pairs supported (docs/evaluation.md)."""

# Negation words of the supported languages: a quote that starts right after one ("not really an
# issue" cited as "an issue") says the opposite of what its words alone say.
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no|cannot|pas|jamais|rien|nicht|kein\w*|nie|nunca|não|nao|nem|tampoco|nada)\b|n't)\W*$"
    r"|(?:\b(?:not|never|no|pas|jamais|nicht|kein\w*|nie|nunca|não|nao|nem)\b|n't)\W+\w+\W*$",
    re.IGNORECASE,
)


_LAST_WORD = re.compile(r"(\w+(?:'\w+)?)\W*$")
_NEGATOR = re.compile(
    r"^(?:not|never|no|cannot|pas|jamais|rien|nicht|kein\w*|nie|nunca|não|nao|nem|nada|\w+n't)$", re.I
)


def leaves_out_negation(text: str, start: int) -> bool:
    """Whether the words just before ``start`` negate what follows: within the same clause, or the
    word right before it even across a comma ("will never, ever leave" cited as "ever leave")."""
    head = text[:start]
    last = _LAST_WORD.search(head)
    if last and _NEGATOR.match(last.group(1)) and not re.search(r"[.!?]\s*$", head):
        return True
    clause = re.split(r"[.!?;,:]", head)[-1]
    return bool(_NEGATION.search(" ".join(clause.split()[-3:]))) if clause.strip() else False


class DirectFinding(BaseModel):
    """One finding as the model returns it (lenient fields; code checks the meaning)."""

    model_config = ConfigDict(extra="ignore")

    category: str = ""
    statement: str = ""
    utterance_id: str = ""
    quote: str = ""

    @field_validator("category", "statement", "utterance_id", "quote", mode="before")
    @classmethod
    def _text(cls, value: Any) -> str:
        return "" if value is None else str(value)


class DirectAnswer(BaseModel):
    """The model's answer for one window."""

    model_config = ConfigDict(extra="ignore")

    findings: list[DirectFinding] = Field(default_factory=list)
    attributes: list[ProposedAttribute] = Field(default_factory=list)


@dataclass
class TurnWindow:
    """A run of whole consecutive turns (every speaker) that fits the model's context."""

    number: int
    utterance_ids: list[str]


@dataclass
class DirectOutcome:
    findings: list[Finding]
    attributes: dict[str, dict[str, Any]]
    counts: dict[str, int] = field(default_factory=dict)


def render_turn(utterance: Utterance) -> str:
    role = utterance.role.upper()
    speaker = f" {utterance.speaker}" if utterance.speaker else ""
    time = f" [{format_hms(utterance.start)}]" if utterance.start is not None else ""
    return f"{short_ref(utterance.id)}{time} {role}{speaker}: {as_data(utterance.text)}"


def build_turn_windows(
    transcript: Transcript, *, context_tokens: int, prompt_tokens: int
) -> list[TurnWindow]:
    """Whole turns in overlapping windows; a turn longer than a window gets a window of its own."""
    budget = max(600, int(context_tokens * (1 - OUTPUT_SHARE)) - prompt_tokens)
    costs = [estimate_tokens(render_turn(u)) + 1 for u in transcript.utterances]
    windows: list[TurnWindow] = []
    start, count = 0, len(transcript.utterances)
    while start < count:
        end, used = start, 0
        while end < count and (end == start or used + costs[end] <= budget):
            used += costs[end]
            end += 1
        ids = [u.id for u in transcript.utterances[start:end]]
        if any(transcript.utterances[i].role == "participant" for i in range(start, end)):
            windows.append(TurnWindow(len(windows) + 1, ids))
        if end >= count:
            break
        start = max(start + 1, end - OVERLAP_TURNS)
    for number, window in enumerate(windows, start=1):
        window.number = number
    return windows


def prompt_parts() -> tuple[str, str]:
    system, _, user = read_prompt(PROMPT_NAME).partition("=== user ===")
    return system.strip(), user.strip()


def prompt_fingerprint() -> str:
    schema = json.dumps(DirectAnswer.model_json_schema(), sort_keys=True)
    digest = hashlib.sha256((read_prompt(PROMPT_NAME) + schema).encode("utf-8")).hexdigest()[:12]
    return f"{PROMPT_VERSION}#{digest}"


def plan_windows(transcript: Transcript, context_tokens: int) -> list[TurnWindow]:
    """The windows a run (or its cost estimate) sends: whole turns within the context left by the prompt."""
    probe_system, probe_user = render_messages(transcript, TurnWindow(1, []), 1, [])
    fixed = estimate_tokens(probe_system) + estimate_tokens(probe_user) + 60
    return build_turn_windows(transcript, context_tokens=context_tokens, prompt_tokens=fixed)


def window_cache(workspace: Workspace, transcript: Transcript, model_identity: str) -> WindowCache:
    """The cache of this transcript's direct answers from one model, keyed by prompt and schema."""
    return WindowCache(
        workspace, transcript, model_identity, fingerprint=prompt_fingerprint(), answer_type=DirectAnswer
    )


def render_messages(
    transcript: Transcript, window: TurnWindow, window_count: int, hints: list[Any]
) -> tuple[str, str]:
    """System and user texts for one window: whole turns, then the offline hints inside it."""
    system_template, user_template = prompt_parts()
    by_id = {u.id: u for u in transcript.utterances}
    inside = set(window.utterance_ids)
    shown_hints = [h for h in hints if h.utterance_id in inside][:MAX_HINTS]
    participant = [uid for uid in window.utterance_ids if by_id[uid].role == "participant"]
    values = {
        "interview_id": transcript.interview.id,
        "window_number": str(window.number),
        "window_count": str(window_count),
        "transcript": "\n".join(render_turn(by_id[uid]) for uid in window.utterance_ids),
        "hints": "\n".join(
            f'{short_ref(h.utterance_id)} | {h.category} | "{as_data(h.quote)}"' for h in shown_hints
        )
        or "(none)",
        "example_utterance_id": short_ref(participant[0]) if participant else "u2",
    }
    return (
        string.Template(system_template).safe_substitute(values),
        string.Template(user_template).safe_substitute(values),
    )


def _counts() -> dict[str, int]:
    return dict.fromkeys(
        (
            "proposed",
            "verified",
            "reanchored",
            "not_verbatim",
            "not_participant",
            "unknown_utterance",
            "bad_category",
            "duplicates",
            "negation_left_out",
            "weak",
            "unrelated",
        ),
        0,
    )


class SupportJudge:
    """Whether a statement says what its quote says, by meaning, relative to the whole interview."""

    def __init__(self, transcript: Transcript, embedder: Embedder) -> None:
        self.embedder = embedder
        self.spans = [
            (u.id, piece.start, piece.end)
            for u in transcript.utterances
            if u.role == "participant"
            for piece in utterance_spans(u.text)
        ]
        texts = [transcript.utterance(uid).text[start:end] for uid, start, end in self.spans]  # type: ignore[union-attr]
        self.vectors = embedder.embed_documents(texts) if texts else None

    def judge(self, statement: str, quote: str, utterance_id: str, start: int, end: int) -> SupportLabel:
        claim = self.embedder.embed_query(statement)
        own = float(claim @ self.embedder.embed_documents([quote])[0])
        if own < SUPPORT_FLOOR:
            return "unrelated"
        if own >= SUPPORT_STRONG or self.vectors is None:
            return "supported"
        elsewhere = [
            i
            for i, (uid, s, e) in enumerate(self.spans)
            if not (uid == utterance_id and s < end and start < e)
        ]
        closer = int((self.vectors[elsewhere] @ claim > own).sum()) if elsewhere else 0
        return "supported" if closer <= int(SUPPORT_SHARE * len(self.spans)) else "weak"


def merge_direct(
    transcript: Transcript,
    answers: list[DirectAnswer | None],
    *,
    engine: str,
    embedder: Embedder | None = None,
) -> DirectOutcome:
    """Verified findings from the windows' answers (every quote checked in the transcript)."""
    counts = _counts()
    judge = SupportJudge(transcript, embedder) if embedder is not None else None
    kept: list[Finding] = []
    attributes: dict[str, dict[str, Any]] = {}
    for answer in answers:
        if answer is None:
            continue
        for proposed in answer.findings:
            counts["proposed"] += 1
            category = proposed.category.strip().lower().replace(" ", "_").replace("-", "_")
            if category not in CATEGORIES:
                counts["bad_category"] += 1
                continue
            cited = resolve_ref(transcript, proposed.utterance_id) if proposed.utterance_id else None
            if proposed.utterance_id and cited is None:
                counts["unknown_utterance"] += 1
            citation = verify_quote(transcript, cited.id if cited else None, proposed.quote)
            if citation is None:
                found_elsewhere = any(
                    proposed.quote.strip() and proposed.quote.strip() in u.text
                    for u in transcript.utterances
                    if u.role != "participant"
                )
                counts["not_participant" if found_elsewhere else "not_verbatim"] += 1
                continue
            counts["reanchored"] += int(citation.reanchored)
            duplicate = next(
                (
                    f
                    for f in kept
                    if f.category == category
                    and f.citations[0].utterance_id == citation.utterance_id
                    and (f.citations[0].start or 0) < (citation.end or 0)
                    and (citation.start or 0) < (f.citations[0].end or 0)
                ),
                None,
            )
            if duplicate is not None:
                counts["duplicates"] += 1
                continue
            statement = " ".join(proposed.statement.split()) or clean_statement(
                citation.quote, language=transcript.interview.language
            )
            utterance = transcript.utterance(citation.utterance_id)
            if judge is not None:
                support = judge.judge(
                    statement, citation.quote, citation.utterance_id, citation.start or 0, citation.end or 0
                )
            else:
                support = check_support(statement, citation.quote, utterance.text if utterance else "")
            if utterance is not None and leaves_out_negation(utterance.text, citation.start or 0):
                support = "unrelated"
                counts["negation_left_out"] += 1
            counts["unrelated"] += int(support == "unrelated")
            counts["weak"] += int(support == "weak")
            kept.append(
                Finding(
                    interview_id=transcript.interview.id,
                    source_file=transcript.interview.source_file,
                    category=category,  # type: ignore[arg-type]
                    statement=statement,
                    quote=citation.quote,
                    utterance_ids=[citation.utterance_id],
                    verified=True,
                    engine=engine,
                    citations=[citation],
                    support=support,
                )
            )
        for attribute in answer.attributes:
            utterance = resolve_ref(transcript, attribute.utterance_id)
            key = attribute.key.strip().lower().replace(" ", "_")
            if (
                utterance is not None
                and utterance.role == "participant"
                and key
                and attribute.value.strip()
                and key not in attributes
            ):
                attributes[key] = {"value": attribute.value.strip(), "utterance_ids": [utterance.id]}
    counts["verified"] = len(kept)
    order = {u.id: i for i, u in enumerate(transcript.utterances)}
    kept.sort(key=lambda f: (order.get(f.utterance_ids[0], 0), f.citations[0].start or 0))
    return DirectOutcome(kept, attributes, counts)
