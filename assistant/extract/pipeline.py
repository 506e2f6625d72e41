"""Per-interview extraction: the offline engine, or a model (direct reading or review of candidates).

``extraction_mode`` (settings ``llm.extraction_mode``): ``direct`` lets a capable model read every
turn and propose findings, which code verifies; ``review`` shows a small model the offline
candidates to confirm, relabel and word; ``auto`` picks ``direct`` for capable models and ``review``
for small local ones. Every result records its engine and mode.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any, Literal

import numpy as np

from assistant.core.errors import ConfigError, ModelError
from assistant.core.models import CATEGORIES, Category, Finding, Transcript
from assistant.core.workspace import Workspace
from assistant.extract import direct
from assistant.extract.cache import WindowCache
from assistant.extract.classifier import SpanClassifier
from assistant.extract.offline import Extractor, OfflineExtractor
from assistant.extract.review import (
    EXTRA_CANDIDATES,
    OUTPUT_TOKENS_PER_ITEM,
    PoolItem,
    WindowReview,
    build_windows,
    is_small_model,
    merge_reviews,
    prompt_fingerprint,
    render_messages,
)
from assistant.extract.review import PROMPT_VERSION as LLM_PROMPT_VERSION
from assistant.extract.store import (  # noqa: F401 - re-exported for callers of the pipeline
    ExtractionResult,
    findings_path,
    load_attributes,
    load_findings,
    read_findings_file,
    reusable_result,
    save_result,
)
from assistant.extract.verify import check_support, normalise, quote_from_ids
from assistant.providers.embeddings import classifier_embedder
from assistant.providers.llm import estimate_tokens

Engine = Literal["auto", "offline", "llm"]
OFFLINE_ENGINE = "offline"

ProgressCallback = Callable[[str, dict[str, Any]], None]
"""Called as ``progress(event, details)``: ``window`` after each model call, with usage so far."""


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


@cache
def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("personas")
    except PackageNotFoundError:
        return "unknown"


def offline_version(extractor: Extractor) -> str | None:
    """Identity of an offline engine (classifier weights, thresholds, embedder, merging, package version).

    Stored as the findings file's ``prompt_version`` so an unchanged re-run can reuse the file;
    None for an engine that cannot say what it is (then nothing is reused).
    """
    classifier = getattr(extractor, "classifier", None)
    embedder = getattr(extractor, "embedder", None)
    if not isinstance(extractor, OfflineExtractor) or not isinstance(classifier, SpanClassifier):
        return None
    digest = hashlib.sha256()
    for array in (classifier.coef, classifier.intercept, classifier.mean, classifier.scale):
        digest.update(np.ascontiguousarray(array, dtype=np.float32).tobytes())
    settings = {
        "thresholds": classifier.thresholds,
        "classifier_embedder": classifier.embedder_name,
        "embedder": getattr(embedder, "name", None),
        "merge": extractor.merge,
        "package": _package_version(),
    }
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    return f"offline-{digest.hexdigest()[:16]}"


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
        prompt_version=offline_version(extractor),
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

    from assistant.providers.llm import invoke_structured, with_output_limit

    settings = workspace.settings
    name, identity = _model_names(settings, model, model_id)
    engine = f"llm:{name}+offline"
    if allow_new_items is None:
        allow_new_items = not is_small_model(name)

    setup = _review_setup(workspace, transcript, extractor, identity, allow_new_items)
    offline_raw, offline_dropped, pool, windows, cache = (
        setup.offline_raw,
        setup.offline_dropped,
        setup.pool,
        setup.windows,
        setup.plan.cache,
    )
    answers: dict[int, WindowReview | None] = {}
    calls = 0
    model_errors = 0
    for window, call in zip(windows, setup.plan.calls, strict=True):
        answer = None if force else cache.get(call.key)
        if answer is None:
            try:
                answer = invoke_structured(
                    with_output_limit(model, call.output_limit),
                    WindowReview,
                    [SystemMessage(content=call.system), HumanMessage(content=call.user)],
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
            cache.put(call.key, answer)
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
        mode="review",
    )


def _empty_window() -> Any:
    from assistant.extract.review import Window

    return Window(number=1, utterance_ids=[], items=[])


def resolve_mode(settings: Any, name: str, mode: str | None = None) -> Literal["direct", "review"]:
    """``direct`` for capable models, ``review`` for small ones (settings ``llm.extraction_mode``)."""
    import fnmatch

    chosen = mode or settings.llm.extraction_mode
    if chosen in ("direct", "review"):
        return chosen  # type: ignore[return-value]
    lowered = name.lower()
    if any(fnmatch.fnmatch(lowered, pattern.lower()) for pattern in settings.llm.capable_models):
        return "direct"
    return "review" if is_small_model(name) else "direct"


def extract_direct(
    workspace: Workspace,
    transcript: Transcript,
    *,
    model: Any,
    usage: Any = None,
    extractor: Extractor,
    model_id: str | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
    hints: bool = True,
) -> ExtractionResult:
    """A capable model reads every turn in overlapping windows; code verifies every quote it returns."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from assistant.providers.llm import invoke_structured, with_output_limit

    settings = workspace.settings
    name, identity = _model_names(settings, model, model_id)
    engine = f"llm:{name}"
    windows, plan = _direct_plan(workspace, transcript, extractor, identity, hints)
    cache = plan.cache
    answers: list[direct.DirectAnswer | None] = []
    calls = errors = 0
    for window, call in zip(windows, plan.calls, strict=True):
        answer = None if force else cache.get(call.key)
        if answer is None:
            try:
                answer = invoke_structured(
                    with_output_limit(model, call.output_limit),
                    direct.DirectAnswer,
                    [SystemMessage(content=call.system), HumanMessage(content=call.user)],
                    settings=settings,
                    usage=usage,
                    purpose="extract",
                )
            except ModelError:
                errors += 1
                answers.append(None)
                if progress:
                    progress("window", {"window": window.number, "windows": len(windows), "error": True})
                continue
            calls += 1
            cache.put(call.key, answer)
        answers.append(answer)
        if progress:
            progress("window", {"window": window.number, "windows": len(windows)})
    if windows and errors == len(windows):
        raise ModelError(f"{transcript.interview.id}: the model answered none of {len(windows)} windows")
    outcome = direct.merge_direct(
        transcript, answers, engine=engine, embedder=getattr(extractor, "embedder", None)
    )
    counts = outcome.counts
    stats = _stats(
        proposed=counts["proposed"],
        verified=counts["verified"],
        reanchored=counts["reanchored"],
        dropped=counts["not_verbatim"] + counts["not_participant"] + counts["bad_category"],
        unrelated=counts["unrelated"],
    )
    stats.update(windows=len(windows), model_calls=calls, model_errors=errors, **counts)
    return ExtractionResult(
        interview_id=transcript.interview.id,
        source_file=transcript.interview.source_file,
        engine=engine,
        model=identity,
        prompt_version=direct.PROMPT_VERSION,
        transcript_hash=transcript.text_hash,
        findings=outcome.findings,
        stats=stats,
        attributes=outcome.attributes,
        created_at=_now(),
        model_calls=calls,
        mode="direct",
    )


@dataclass
class PlannedCall:
    """One model call of an extraction: its prompt, cache key and output limit."""

    system: str
    user: str
    key: str
    output_limit: int
    """The most output tokens the call may use (sent to local servers as ``max_tokens``)."""


@dataclass
class CallPlan:
    """Every call an extraction of one interview would make, in order; cached ones cost nothing."""

    mode: str
    calls: list[PlannedCall]
    cache: WindowCache

    def uncached(self) -> list[PlannedCall]:
        return [call for call in self.calls if self.cache.get(call.key) is None]


def _direct_plan(
    workspace: Workspace, transcript: Transcript, extractor: Extractor, identity: str, hints: bool = True
) -> tuple[list[direct.TurnWindow], CallPlan]:
    candidates = extractor.candidates(transcript) if hints else []
    windows = direct.plan_windows(transcript, workspace.settings.llm.context_tokens)
    roles = {u.id: u.role for u in transcript.utterances}
    calls = []
    for window in windows:
        system, user = direct.render_messages(transcript, window, len(windows), candidates)
        participant_turns = sum(1 for uid in window.utterance_ids if roles.get(uid) == "participant")
        limit = 300 + direct.OUTPUT_TOKENS_PER_FINDING * max(8, participant_turns * 2)
        calls.append(PlannedCall(system, user, WindowCache.window_key(system, user), limit))
    return windows, CallPlan("direct", calls, direct.window_cache(workspace, transcript, identity))


@dataclass
class _ReviewSetup:
    offline_raw: list[Finding]
    offline_dropped: int
    pool: list[PoolItem]
    windows: list[Any]
    plan: CallPlan


def _review_setup(
    workspace: Workspace, transcript: Transcript, extractor: Extractor, identity: str, allow_new_items: bool
) -> _ReviewSetup:
    offline_raw = extractor.findings(transcript)
    offline, offline_dropped = _verified_offline(transcript, offline_raw)
    pool = build_pool(transcript, offline, extractor.candidates(transcript), extractor=extractor)
    system_probe, user_probe = render_messages(
        transcript, _empty_window(), 1, allow_new_items=allow_new_items
    )
    fixed_tokens = estimate_tokens(system_probe) + estimate_tokens(user_probe) + 60
    windows = build_windows(
        transcript, pool, context_tokens=workspace.settings.llm.context_tokens, prompt_tokens=fixed_tokens
    )
    calls = []
    for window in windows:
        system, user = render_messages(transcript, window, len(windows), allow_new_items=allow_new_items)
        limit = 150 + int(1.2 * OUTPUT_TOKENS_PER_ITEM * len(window.items))
        calls.append(PlannedCall(system, user, WindowCache.window_key(system, user), limit))
    cache = WindowCache(
        workspace, transcript, identity, fingerprint=prompt_fingerprint(), answer_type=WindowReview
    )
    return _ReviewSetup(offline_raw, offline_dropped, pool, windows, CallPlan("review", calls, cache))


def plan_calls(
    workspace: Workspace,
    transcript: Transcript,
    *,
    model: Any,
    extractor: Extractor,
    mode: str | None = None,
    model_id: str | None = None,
) -> CallPlan:
    """The calls `extract` would send ``model`` for ``transcript`` (for estimates: nothing is sent)."""
    name, identity = _model_names(workspace.settings, model, model_id)
    if resolve_mode(workspace.settings, name, mode) == "direct":
        return _direct_plan(workspace, transcript, extractor, identity)[1]
    return _review_setup(workspace, transcript, extractor, identity, not is_small_model(name)).plan


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
    mode: str | None = None,
) -> ExtractionResult:
    """Extract one interview's verified findings with the chosen engine and store them.

    ``extractor`` is the offline engine (the shipped classifier over the bundled embedder by default);
    the evaluation passes one trained without the study it scores. Offline, an interview whose
    findings file was made from the same transcript by the same engine version is not extracted
    again (``reused`` is set; ``force`` extracts anyway); a model's answers are cached per window.
    """
    from assistant.ingest.roles import require_confirmed_roles

    require_confirmed_roles(transcript)  # uncertain speaker roles would turn interviewer words into evidence
    chosen = resolve_engine(workspace, engine, model)
    if extractor is None:
        extractor = OfflineExtractor(classifier_embedder(workspace))
    if chosen == "offline" and not force:
        version = offline_version(extractor)
        if version is not None:
            stored = reusable_result(
                workspace,
                transcript.interview.id,
                transcript.text_hash,
                engine=OFFLINE_ENGINE,
                version=version,
            )
            if stored is not None:
                return stored
    if chosen == "offline":
        result = extract_offline(workspace, transcript, extractor=extractor)
    else:
        if model is None:
            from assistant.providers.llm import get_chat_model

            model = get_chat_model(workspace.settings)
        from assistant.providers.llm import model_name

        if resolve_mode(workspace.settings, model_name(model), mode) == "direct":
            result = extract_direct(
                workspace,
                transcript,
                model=model,
                usage=usage,
                extractor=extractor,
                force=force,
                progress=progress,
            )
        else:
            result = extract_with_llm(
                workspace,
                transcript,
                model=model,
                usage=usage,
                extractor=extractor,
                force=force,
                progress=progress,
            )
    if save and not result.reused:
        save_result(workspace, result)
    return result


def _model_names(settings: Any, model: Any, model_id: str | None) -> tuple[str, str]:
    """The model's display name, and the identity its cached answers are keyed by."""
    from assistant.providers.llm import model_identity, model_name

    name = model_name(model)
    identity = model_id or model_identity(settings)
    if identity == "offline":  # a model object passed in without settings naming it (tests, evaluation)
        identity = f"{type(model).__name__}:{name}"
    return name, identity
