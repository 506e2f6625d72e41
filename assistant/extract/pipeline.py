"""Per-interview extraction: offline engine, optional LLM review, verified findings files, cache.

Findings are written to ``<workspace>/findings/<interview_id>.json`` atomically, one interview at
a time, so an interrupted run keeps every interview already finished.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from assistant.core.errors import ConfigError, ModelError, WorkspaceError
from assistant.core.models import CATEGORIES, Category, Finding, Transcript
from assistant.core.storage import atomic_write_json, read_json
from assistant.core.workspace import Workspace
from assistant.extract.corrections import apply_corrections
from assistant.extract.offline import Extractor, OfflineExtractor
from assistant.extract.review import (
    EXTRA_CANDIDATES,
    OUTPUT_TOKENS_PER_ITEM,
    PoolItem,
    WindowReview,
    build_windows,
    estimate_tokens,
    is_small_model,
    merge_reviews,
    prompt_fingerprint,
    render_messages,
)
from assistant.extract.review import PROMPT_VERSION as LLM_PROMPT_VERSION
from assistant.extract.verify import check_support, normalise, quote_from_ids
from assistant.providers.embeddings import classifier_embedder

Engine = Literal["auto", "offline", "llm"]
OFFLINE_ENGINE = "offline"
FINDINGS_SCHEMA_VERSION = 1

ProgressCallback = Callable[[str, dict[str, Any]], None]
"""Called as ``progress(event, details)``: ``window`` after each model call, with usage so far."""


@dataclass
class ExtractionResult:
    """The findings of one interview and how they were made."""

    interview_id: str
    source_file: str
    engine: str
    model: str | None
    prompt_version: str | None
    transcript_hash: str
    findings: list[Finding]
    stats: dict[str, int]
    attributes: dict[str, dict[str, Any]] = field(default_factory=dict)
    created_at: str = ""
    path: Path | None = None
    model_calls: int = 0

    def shown_findings(self, *, include_unrelated: bool = False) -> list[Finding]:
        """Findings to show: verified, and (by default) only those whose quote supports the statement."""
        return [f for f in self.findings if f.verified and (include_unrelated or f.support != "unrelated")]

    def to_file_dict(self) -> dict[str, Any]:
        return {
            "schema_version": FINDINGS_SCHEMA_VERSION,
            "interview_id": self.interview_id,
            "source_file": self.source_file,
            "engine": self.engine,
            "model": self.model,
            "prompt_version": self.prompt_version,
            "transcript_hash": self.transcript_hash,
            "created_at": self.created_at,
            "stats": self.stats,
            "attributes": self.attributes,
            "findings": [f.model_dump(mode="json") for f in self.findings],
        }


# -- storage ------------------------------------------------------------------------------------
def findings_path(workspace: Workspace, interview_id: str) -> Path:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", interview_id):
        raise WorkspaceError(f"invalid interview id {interview_id!r}")
    return workspace.findings_dir / f"{interview_id}.json"


def save_result(workspace: Workspace, result: ExtractionResult) -> Path:
    """Write one interview's findings file atomically."""
    path = findings_path(workspace, result.interview_id)
    atomic_write_json(path, result.to_file_dict())
    result.path = path
    return path


def read_findings_file(path: Path) -> dict[str, Any]:
    """One findings file as a dict with validated findings (a damaged file names itself)."""
    data = read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise WorkspaceError(f"{path}: not a findings file (no findings list)")
    try:
        data["findings"] = [Finding.model_validate(item) for item in data["findings"]]
    except ValidationError as exc:
        raise WorkspaceError(f"{path}: invalid finding ({exc.errors()[0]['msg']})") from exc
    return data


def load_findings(
    workspace: Workspace,
    interview_ids: Iterable[str] | None = None,
    *,
    include_unrelated: bool = False,
) -> list[Finding]:
    """Stored findings of the given interviews (all when None), verified ones only."""
    directory = workspace.findings_dir
    if interview_ids is None:
        paths = (
            sorted(p for p in directory.glob("*.json") if not p.name.startswith("."))
            if directory.is_dir()
            else []
        )
    else:
        paths = [findings_path(workspace, i) for i in interview_ids]
    findings: list[Finding] = []
    for path in paths:
        if not path.exists():
            continue
        for finding in read_findings_file(path)["findings"]:
            if finding.verified and (include_unrelated or finding.support != "unrelated"):
                findings.append(finding)
    # The researcher's corrections (corrections/<id>.json) survive re-extraction: applied on every read.
    return apply_corrections(workspace, findings, None if interview_ids is None else [p.stem for p in paths])


def load_attributes(workspace: Workspace, interview_id: str) -> dict[str, dict[str, Any]]:
    """Participant attributes stored with an interview's findings (empty when none)."""
    path = findings_path(workspace, interview_id)
    if not path.exists():
        return {}
    attributes = read_json(path).get("attributes") or {}
    return attributes if isinstance(attributes, dict) else {}


# -- the cache of model answers -------------------------------------------------------------------
class ReviewCache:
    """Model answers per window, in one file keyed by transcript hash, prompt version and model."""

    def __init__(self, workspace: Workspace, transcript: Transcript, model_id: str) -> None:
        self.key = {
            "transcript_hash": transcript.text_hash,
            "prompt_version": prompt_fingerprint(),
            "model": model_id,
        }
        digest = hashlib.sha256("\x1f".join(self.key.values()).encode("utf-8")).hexdigest()[:32]
        self.path = workspace.cache_dir / "extraction" / f"{transcript.interview.id}-{digest}.json"
        self.answers: dict[str, Any] = {}
        if self.path.exists():
            try:
                data = read_json(self.path)
            except WorkspaceError:
                data = {}
            if isinstance(data, dict) and data.get("key") == self.key:
                self.answers = dict(data.get("windows") or {})

    @staticmethod
    def window_key(system: str, user: str) -> str:
        return hashlib.sha256(f"{system}\x1e{user}".encode()).hexdigest()[:32]

    def get(self, key: str) -> WindowReview | None:
        raw = self.answers.get(key)
        if raw is None:
            return None
        try:
            return WindowReview.model_validate(raw)
        except ValidationError:
            return None

    def put(self, key: str, answer: WindowReview) -> None:
        self.answers[key] = answer.model_dump(mode="json")
        atomic_write_json(self.path, {"key": self.key, "windows": self.answers})


# -- engines ---------------------------------------------------------------------------------------
def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _with_support(findings: list[Finding], transcript: Transcript) -> list[Finding]:
    checked = []
    for finding in findings:
        utterance = transcript.utterance(finding.utterance_ids[0]) if finding.utterance_ids else None
        context = utterance.text if utterance else ""
        support = check_support(finding.statement, finding.quote, context)
        checked.append(finding.model_copy(update={"support": support}))
    return checked


def _verified_offline(transcript: Transcript, offline: list[Finding]) -> tuple[list[Finding], int]:
    """Re-check every offline quote against the transcript (code never trusts a producer)."""
    verified: list[Finding] = []
    dropped = 0
    for finding in offline:
        citation = finding.citations[0] if finding.citations else None
        checked = None
        if citation is not None and citation.start is not None and citation.end is not None:
            checked = quote_from_ids(transcript, citation.utterance_id, citation.start, citation.end)
            if checked is not None and checked.quote != finding.quote:
                checked = None
        if checked is None:
            dropped += 1
            continue
        verified.append(finding.model_copy(update={"citations": [checked], "verified": True}))
    return verified, dropped


def _stats(**values: int) -> dict[str, int]:
    base = dict.fromkeys(("proposed", "verified", "reanchored", "dropped", "unrelated"), 0)
    base.update(values)
    base["unsupported"] = base["unrelated"]
    return base


def extract_offline(
    workspace: Workspace, transcript: Transcript, *, extractor: Extractor
) -> ExtractionResult:
    """The offline engine's findings with quotes re-verified and statements support-checked."""
    offline = extractor.findings(transcript)
    verified, dropped = _verified_offline(transcript, offline)
    findings = _with_support(verified, transcript)
    unrelated = sum(f.support == "unrelated" for f in findings)
    return ExtractionResult(
        interview_id=transcript.interview.id,
        source_file=transcript.interview.source_file,
        engine=OFFLINE_ENGINE,
        model=None,
        prompt_version=None,
        transcript_hash=transcript.text_hash,
        findings=findings,
        stats=_stats(proposed=len(offline), verified=len(findings), dropped=dropped, unrelated=unrelated),
        attributes=offline_attributes(transcript),
        created_at=_now(),
    )


_ROLE = re.compile(
    r"\b(?:I'm|I am|I\u2019m)\s+(?:the|an?)\s+((?:[A-Za-z-]+\s){0,4}?[A-Za-z-]+)\s+(?:at|for|of|with)\s+(?:[A-Z]|an?\s+[a-z])"
)
_NUMBER = r"(?:\d[\d,.]*|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|[- ])+)"
_COMPANY_SIZE = re.compile(
    rf"\b(?:about|around|roughly|some|over|almost|nearly)?\s*({_NUMBER}?(?:\d|hundred|thousand))\s+(?:employees|staff|people in the company)\b",
    re.I,
)
_SENIORITY = (
    ("executive", re.compile(r"\b(?:CFO|CEO|COO|VP|vice president|chief)\b")),
    ("manager", re.compile(r"\b(?:controller|manager|director|head)\b", re.I)),
    (
        "individual contributor",
        re.compile(r"\b(?:specialist|clerk|analyst|accountant|bookkeeper|student)\b", re.I),
    ),
)


def offline_attributes(transcript: Transcript) -> dict[str, dict[str, Any]]:
    """Role, seniority and company size stated by the participant, found by patterns (English only)."""
    attributes: dict[str, dict[str, Any]] = {}
    for utterance in transcript.participant_utterances():
        text = normalise_text(utterance.text)
        role = _ROLE.search(text)
        if role and "role" not in attributes:
            value = role.group(1).strip()
            attributes["role"] = {"value": value, "utterance_ids": [utterance.id]}
            for level, pattern in _SENIORITY:
                if pattern.search(value):
                    attributes["seniority"] = {"value": level, "utterance_ids": [utterance.id]}
                    break
        size = _COMPANY_SIZE.search(text)
        if size and "company_size" not in attributes:
            attributes["company_size"] = {"value": size.group(0).strip(), "utterance_ids": [utterance.id]}
    return attributes


def normalise_text(text: str) -> str:
    return normalise(text).text


def _span_key(utterance_id: str, start: int | None, end: int | None) -> tuple[str, int, int]:
    return (utterance_id, start or 0, end or 0)


def build_pool(
    transcript: Transcript,
    offline: list[Finding],
    candidates: list[Any],
    *,
    extractor: Extractor | None = None,
    extra: int = EXTRA_CANDIDATES,
) -> list[PoolItem]:
    """The candidates shown to the model: every offline finding, then the best others (ids c1..cN)."""
    scores_by_span: dict[tuple[str, int, int], dict[str, float]] = {}
    for candidate in candidates:
        scores_by_span.setdefault(
            _span_key(candidate.utterance_id, candidate.start, candidate.end), candidate.scores
        )
    pool: list[PoolItem] = []
    missing: list[int] = []
    for finding in offline:
        citation = finding.citations[0]
        key = _span_key(citation.utterance_id, citation.start, citation.end)
        scores = dict(scores_by_span.get(key, {}))
        if not scores:
            missing.append(len(pool))
        pool.append(
            PoolItem(
                cid="",
                utterance_id=citation.utterance_id,
                start=citation.start or 0,
                end=citation.end or len(citation.quote),
                quote=citation.quote,
                category=finding.category,
                score=float(finding.confidence or 0.0),
                scores=scores,
                from_offline=True,
                statement=finding.statement,
            )
        )
    if missing:
        try:
            if extractor is None:
                raise ValueError("no classifier to score the pool")
            classified = extractor.classify([pool[i].quote for i in missing])
        except Exception:  # noqa: BLE001 - scores only sharpen relabelling; absence is safe
            classified = [{} for _ in missing]
        for index, scores in zip(missing, classified, strict=True):
            pool[index].scores = dict(scores)

    def overlaps(utterance_id: str, start: int, end: int) -> bool:
        return any(p.utterance_id == utterance_id and p.start < end and start < p.end for p in pool)

    best_by_span: dict[tuple[str, int, int], Any] = {}
    for candidate in candidates:
        key = _span_key(candidate.utterance_id, candidate.start, candidate.end)
        if key not in best_by_span or candidate.score > best_by_span[key].score:
            best_by_span[key] = candidate
    extras = sorted(best_by_span.values(), key=lambda c: -c.score)
    added = 0
    speaker = transcript.interview.participant or "Participant"
    for candidate in extras:
        if added >= extra:
            break
        if candidate.category not in CATEGORIES or overlaps(
            candidate.utterance_id, candidate.start, candidate.end
        ):
            continue
        utterance = transcript.utterance(candidate.utterance_id)
        if utterance is None or utterance.role != "participant":
            continue
        category: Category = candidate.category
        pool.append(
            PoolItem(
                cid="",
                utterance_id=candidate.utterance_id,
                start=candidate.start,
                end=candidate.end,
                quote=candidate.quote,
                category=category,
                score=float(candidate.score),
                scores=dict(candidate.scores),
                from_offline=False,
                statement=f"{speaker} on {category.replace('_', ' ')}: {' '.join(candidate.quote.split())}",
            )
        )
        added += 1
    order = {u.id: i for i, u in enumerate(transcript.utterances)}
    pool.sort(key=lambda p: (order.get(p.utterance_id, 0), p.start))
    for number, item in enumerate(pool, start=1):
        item.cid = f"c{number}"
    return pool


def extract_with_llm(
    workspace: Workspace,
    transcript: Transcript,
    *,
    model: Any,
    usage: Any = None,
    extractor: Extractor,
    model_id: str | None = None,
    force: bool = False,
    allow_new_items: bool | None = None,
    progress: ProgressCallback | None = None,
) -> ExtractionResult:
    """Offline candidates reviewed by the model in context-sized windows; answers cached per window."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from assistant.providers.llm import invoke_structured, model_identity, model_name, with_output_limit

    settings = workspace.settings
    name = model_name(model)
    identity = model_id or model_identity(settings)
    if identity == "offline":
        identity = f"{type(model).__name__}:{name}"
    engine = f"llm:{name}+offline"
    if allow_new_items is None:
        allow_new_items = not is_small_model(name)

    offline_raw = extractor.findings(transcript)
    offline, offline_dropped = _verified_offline(transcript, offline_raw)
    candidates = extractor.candidates(transcript)
    pool = build_pool(transcript, offline, candidates, extractor=extractor)

    system_probe, user_probe = render_messages(
        transcript, _empty_window(), 1, allow_new_items=allow_new_items
    )
    fixed_tokens = estimate_tokens(system_probe) + estimate_tokens(user_probe) + 60
    windows = build_windows(
        transcript, pool, context_tokens=settings.llm.context_tokens, prompt_tokens=fixed_tokens
    )
    cache = ReviewCache(workspace, transcript, identity)
    answers: dict[int, WindowReview | None] = {}
    calls = 0
    model_errors = 0
    for window in windows:
        system, user = render_messages(transcript, window, len(windows), allow_new_items=allow_new_items)
        key = ReviewCache.window_key(system, user)
        answer = None if force else cache.get(key)
        if answer is None:
            try:
                answer = invoke_structured(
                    with_output_limit(model, 150 + int(1.2 * OUTPUT_TOKENS_PER_ITEM * len(window.items))),
                    WindowReview,
                    [SystemMessage(content=system), HumanMessage(content=user)],
                    settings=settings,
                    usage=usage,
                    purpose="extract",
                )
            except ModelError:
                # A model that cannot answer leaves the offline result for this window.
                model_errors += 1
                answers[window.number] = None
                if progress:
                    progress("window", {"window": window.number, "windows": len(windows), "error": True})
                continue
            calls += 1
            cache.put(key, answer)
        answers[window.number] = answer
        if progress:
            progress("window", {"window": window.number, "windows": len(windows)})

    outcome = merge_reviews(
        transcript, pool, windows, answers, engine=engine, allow_new_items=allow_new_items
    )
    findings = outcome.findings
    unrelated = sum(f.support == "unrelated" for f in findings)
    counts = outcome.counts
    stats = _stats(
        proposed=len(offline_raw) + counts["model_added"] + counts["new_proposed"],
        verified=len(findings),
        reanchored=counts["reanchored"],
        dropped=offline_dropped + counts["dropped"] + counts["model_rejected"],
        unrelated=unrelated,
    )
    stats.update(
        candidates=len(pool),
        windows=len(windows),
        model_calls=calls,
        model_errors=model_errors,
        **{k: v for k, v in counts.items() if k not in ("dropped", "reanchored")},
    )
    return ExtractionResult(
        interview_id=transcript.interview.id,
        source_file=transcript.interview.source_file,
        engine=engine,
        model=identity,
        prompt_version=LLM_PROMPT_VERSION,
        transcript_hash=transcript.text_hash,
        findings=findings,
        stats=stats,
        attributes={**offline_attributes(transcript), **outcome.attributes},
        created_at=_now(),
        model_calls=calls,
    )


def _empty_window() -> Any:
    from assistant.extract.review import Window

    return Window(number=1, utterance_ids=[], items=[])


def resolve_engine(workspace: Workspace, engine: Engine, model: Any) -> Literal["offline", "llm"]:
    """``auto`` means the LLM when one is given or configured, else the offline engine."""
    if engine == "offline":
        return "offline"
    if engine == "llm":
        if model is None and not workspace.settings.llm_enabled():
            raise ConfigError("engine 'llm' needs a model: set llm.base_url or OPENAI_API_KEY")
        return "llm"
    return "llm" if model is not None or workspace.settings.llm_enabled() else "offline"


def extract_interview(
    workspace: Workspace,
    transcript: Transcript,
    *,
    engine: Engine = "auto",
    model: Any = None,
    usage: Any = None,
    extractor: Extractor | None = None,
    force: bool = False,
    save: bool = True,
    progress: ProgressCallback | None = None,
) -> ExtractionResult:
    """Extract one interview's verified findings with the chosen engine and store them.

    ``extractor`` is the offline engine (the shipped classifier over the bundled embedder by default);
    the evaluation passes one trained without the study it scores.
    """
    from assistant.ingest.roles import require_confirmed_roles

    require_confirmed_roles(transcript)  # uncertain speaker roles would turn interviewer words into evidence
    chosen = resolve_engine(workspace, engine, model)
    if extractor is None:
        extractor = OfflineExtractor(classifier_embedder(workspace))
    if chosen == "offline":
        result = extract_offline(workspace, transcript, extractor=extractor)
    else:
        if model is None:
            from assistant.providers.llm import get_chat_model

            model = get_chat_model(workspace.settings)
        result = extract_with_llm(
            workspace,
            transcript,
            model=model,
            usage=usage,
            extractor=extractor,
            force=force,
            progress=progress,
        )
    if save:
        save_result(workspace, result)
    return result
