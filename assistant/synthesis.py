"""Persona synthesis: cluster interviewees by own role and buying position, draft personas, save versions."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

import numpy as np
from pydantic import ValidationError

from assistant.errors import ModelError, NotFoundError, WorkspaceError
from assistant.models import Finding
from assistant.persona_checks import distinctness_warnings, stale_warnings, thin_evidence_warnings
from assistant.persona_cues import FAMILY_LABELS, ROLE_FAMILIES, RoleCues, read_cues
from assistant.persona_drafting import (
    PROMPT_VERSION,
    IdFinding,
    PersonaDraft,
    attributes_from_draft,
    card_text,
    draft_messages,
    extractive_attributes,
    prompt_budget,
)
from assistant.persona_versions import (
    Persona,
    PersonaSet,
    latest_persona_set,
    persona_of_interviews,
    save_new_version,
)
from assistant.storage import read_json
from assistant.workspace import Workspace, slugify

__all__ = [
    "InterviewProfile",
    "assign_interviews",
    "build_profiles",
    "cluster_profiles",
    "latest_persona_set",
    "load_findings_by_interview",
    "persona_of_interviews",
    "synthesize",
    "synthesize_personas",
]

logger = logging.getLogger(__name__)

Engine = Literal["auto", "offline", "llm"]
ROLE_WEIGHT = 1.0
BUYING_WEIGHT = 0.6
EMBEDDING_WEIGHT = 0.5
NO_FIT_SIMILARITY = 0.5
"""Cosine to the nearest centroid below which ``assign`` says "no good fit"."""


@dataclass
class InterviewProfile:
    """What clustering knows about one interviewee."""

    interview_id: str
    findings: list[IdFinding]
    cues: RoleCues
    newest: date | None = None
    participant: str | None = None


# -- inputs ----------------------------------------------------------------------------------------


def _read_findings_files(workspace: Workspace, interview_ids: list[str] | None) -> list[Finding]:
    findings: list[Finding] = []
    if not workspace.findings_dir.is_dir():
        return findings
    for path in sorted(workspace.findings_dir.glob("*.json")):
        if path.name.startswith(".") or (interview_ids is not None and path.stem not in interview_ids):
            continue
        data = read_json(path)
        try:
            findings.extend(Finding.model_validate(item) for item in data.get("findings", []))
        except (ValidationError, AttributeError) as exc:
            raise WorkspaceError(f"{path}: not a valid findings file ({exc})") from exc
    return findings


def load_findings_by_interview(
    workspace: Workspace, interview_ids: list[str] | None = None
) -> dict[str, list[Finding]]:
    """Verified findings per interview, read through the extraction module when it is there."""
    try:
        from assistant.extraction import load_findings
    except ImportError:
        findings = _read_findings_files(workspace, interview_ids)
    else:
        findings = load_findings(workspace, interview_ids)
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.verified:
            grouped.setdefault(finding.interview_id, []).append(finding)
    return {key: grouped[key] for key in sorted(grouped)}


def _interview_meta(workspace: Workspace, interview_id: str) -> tuple[date | None, str | None, list[str]]:
    """Newest-evidence date, participant pseudonym and the participant's own turns of one interview."""
    try:
        transcript = workspace.load_transcript(interview_id)
    except NotFoundError:
        return None, None, []
    interview = transcript.interview
    newest = interview.date or interview.imported_at.date()
    return newest, interview.participant, [u.text for u in transcript.participant_utterances()]


def build_profiles(
    workspace: Workspace | None,
    findings_by_interview: dict[str, list[Finding]],
    participant_texts: dict[str, list[str]] | None = None,
) -> list[InterviewProfile]:
    """One profile per interview with findings, in interview-id order.

    Role cues come from the findings and, when the transcript is at hand (or ``participant_texts``
    gives them), from the participant's own turns.
    """
    profiles = []
    for interview_id in sorted(findings_by_interview):
        findings = findings_by_interview[interview_id]
        if not findings:
            continue
        indexed = [IdFinding(f"{interview_id}#{n}", finding) for n, finding in enumerate(findings, start=1)]
        newest, participant, texts = (
            _interview_meta(workspace, interview_id) if workspace else (None, None, [])
        )
        if participant_texts and interview_id in participant_texts:
            texts = participant_texts[interview_id]
        cues = read_cues(interview_id, findings, texts)
        profiles.append(InterviewProfile(interview_id, indexed, cues, newest, participant))
    return profiles


# -- features and clustering -------------------------------------------------------------------------


def _profile_texts(profile: InterviewProfile) -> list[str]:
    """The participant's situation and decision findings: who they are and how they buy."""
    texts = [card_text(item.finding) for item in profile.findings if item.finding.category in ("situation", "decision")]
    return texts or [card_text(item.finding) for item in profile.findings[:10]]


def profile_features(profiles: list[InterviewProfile], embed: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """Rows: own-role family, buying position and the centred mean embedding of situation/decision findings.

    Finding texts are embedded one by one (the same texts drafting embeds, so a cache serves both).
    """
    if not profiles:
        return np.zeros((0, 0), dtype=np.float32)
    roles = np.zeros((len(profiles), len(ROLE_FAMILIES)))
    buying = np.zeros((len(profiles), 3))
    for row, profile in enumerate(profiles):
        counts = np.array([profile.cues.family_counts[f] for f in ROLE_FAMILIES], dtype=float)
        if counts.sum():
            roles[row] = counts / counts.sum()
        position = np.array([profile.cues.buying[k] for k in ("owner", "evaluator", "user")], dtype=float)
        if position.sum():
            buying[row] = position / position.sum()
    per_profile = [_profile_texts(p) for p in profiles]
    flat = [text for texts in per_profile for text in texts]
    matrix = np.asarray(embed(flat), dtype=float)
    vectors = np.zeros((len(profiles), matrix.shape[1]))
    position = 0
    for row, texts in enumerate(per_profile):
        vectors[row] = matrix[position : position + len(texts)].mean(axis=0)
        position += len(texts)
    if len(profiles) > 1:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    return np.hstack([ROLE_WEIGHT * roles, BUYING_WEIGHT * buying, EMBEDDING_WEIGHT * vectors])


@dataclass
class Clustering:
    """Groups of profile indexes: buyer personas, the negative group, and interviews left out."""

    groups: list[list[int]]
    negative: list[int]
    unassigned: list[int]
    k: int
    scores: dict[int, float]


def _ward(features: np.ndarray, k: int) -> np.ndarray:
    from sklearn.cluster import AgglomerativeClustering

    if k <= 1 or len(features) <= 1:
        return np.zeros(len(features), dtype=int)
    return AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(features)


def _relabel(labels: np.ndarray, indexes: list[int]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for label, index in zip(labels, indexes, strict=True):
        groups.setdefault(int(label), []).append(index)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def cluster_profiles(
    profiles: list[InterviewProfile],
    features: np.ndarray,
    *,
    k: int | None,
    k_min: int,
    k_max: int,
    allow_single_member: bool,
) -> Clustering:
    """Split off non-buyers, then Ward clustering of the rest with k chosen by silhouette in [k_min, k_max]."""
    from sklearn.metrics import silhouette_score

    smallest = 1 if allow_single_member else 2
    negative = [i for i, p in enumerate(profiles) if p.cues.is_nonbuyer]
    unassigned: list[int] = []
    if len(negative) < smallest:
        unassigned.extend(negative)
        negative = []
    rest = [i for i in range(len(profiles)) if i not in set(negative) | set(unassigned)]
    if not rest:
        return Clustering([], negative, unassigned, 0, {})
    most = max(1, len(rest) // smallest)
    if k is not None:
        candidates = [max(1, min(k, len(rest)))]
    else:
        high = min(k_max, most)
        # "Enough interviews" for k_min personas means about three each; with fewer, two may be all there is.
        low = min(k_min, high) if len(rest) >= 3 * k_min else min(2, high)
        candidates = list(range(max(1, low), high + 1))
    subset = features[rest]
    scores: dict[int, float] = {}
    best_k, best_score, best_labels = candidates[0], -np.inf, _ward(subset, candidates[0])
    for candidate in candidates:
        labels = _ward(subset, candidate)
        sizes = Counter(labels.tolist())
        distinct = len(np.unique(subset, axis=0))
        if 2 <= candidate < len(rest) and distinct > candidate:
            score = float(silhouette_score(subset, labels))
        else:
            score = 0.0
        # Clusters too small to be a persona count against a k.
        score -= 0.25 * sum(1 for size in sizes.values() if size < smallest)
        scores[candidate] = round(score, 4)
        if score > best_score + 1e-9:
            best_k, best_score, best_labels = candidate, score, labels
    groups = []
    for group in _relabel(best_labels, rest):
        if len(group) < smallest:
            unassigned.extend(group)
        else:
            groups.append(group)
    return Clustering(groups, negative, sorted(unassigned), best_k, scores)


# -- labels and summaries ------------------------------------------------------------------------------


def _family_of(members: list[InterviewProfile], negative: bool) -> str | None:
    if negative:
        return "nonbuyer"
    counts = Counter(p.cues.family for p in members if p.cues.family and p.cues.family != "nonbuyer")
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], ROLE_FAMILIES.index(kv[0])))[0][0]


def role_label(members: list[InterviewProfile], negative: bool, index: int) -> str:
    """A label from the members' most frequent own-role words, with the number of interviews."""
    count = f"({len(members)} interview{'s' if len(members) != 1 else ''})"
    family = _family_of(members, negative)
    if negative:
        titles = Counter(t for p in members for t in p.cues.titles if t)
        words = ", ".join(sorted(titles, key=lambda t: (-titles[t], len(t), t))[:2])
        return f"Non-buyers{': ' + words if words else ''} {count}"
    if family is None:
        return f"Persona {index} {count}"
    return f"{FAMILY_LABELS[family]} {count}"


_POSITION_WORDS = {
    "owner": "budget owner and decision-maker",
    "evaluator": "evaluator who builds the business case",
    "user": "user and champion without a budget",
}


def extractive_summary(persona: Persona, members: list[InterviewProfile]) -> str:
    """One line from the label, the dominant buying position and the best-supported pain."""
    base = persona.label.rsplit(" (", 1)[0].split(":")[0]
    if persona.negative:
        position = "no budget or no intent to buy"
    else:
        counts: Counter[str] = Counter()
        for profile in members:
            counts.update(profile.cues.buying)
        position = _POSITION_WORDS[counts.most_common(1)[0][0]] if counts else "decision role unclear"
    pains = [a for a in persona.attributes if a.field == "pains"]
    pain = f" Most shared pain: “{pains[0].statement.rstrip('.')}”." if pains else ""
    return f"{base}: {position[0].upper()}{position[1:]}.{pain}"


# -- synthesis ---------------------------------------------------------------------------------------


@dataclass
class SynthesisContext:
    """Everything drafting needs: the embedder, an optional model and its ledger."""

    embed: Callable[[list[str]], np.ndarray]
    model: Any | None
    settings: Any
    usage: Any | None


def _embed_function(workspace: Workspace | None, settings: Any) -> Callable[[list[str]], np.ndarray]:
    from assistant.embeddings import get_embedder, workspace_embedder

    embedder = workspace_embedder(workspace) if workspace is not None else get_embedder(settings)

    def embed(texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, embedder.dimension), dtype=np.float32)
        return np.asarray(embedder.embed_documents(texts), dtype=float)

    return embed


def _draft_persona(
    persona: Persona,
    members: list[InterviewProfile],
    context: SynthesisContext,
    warnings: list[dict[str, Any]],
) -> Persona:
    findings = [item for profile in members for item in profile.findings]
    if context.model is not None:
        from assistant.llm import invoke_structured

        messages, short_ids = draft_messages(
            findings,
            negative=persona.negative,
            hint_label=persona.label,
            limit=prompt_budget(context.settings.llm.context_tokens),
        )
        try:
            draft = invoke_structured(
                context.model,
                PersonaDraft,
                messages,
                settings=context.settings,
                usage=context.usage,
                purpose="persona",
            )
        except ModelError as exc:
            warnings.append(
                {
                    "kind": "model_failed",
                    "persona": persona.id,
                    "message": f"{persona.label}: {exc}; used extractive",
                }
            )
        else:
            attributes, dropped = attributes_from_draft(draft, short_ids)
            if dropped:
                warnings.append(
                    {
                        "kind": "uncited_dropped",
                        "persona": persona.id,
                        "count": dropped,
                        "message": f"{persona.label}: dropped {dropped} model attributes that cited no finding",
                    }
                )
            if attributes:
                persona.attributes = attributes
                persona.summary = draft.summary.strip()
                if draft.label.strip():
                    persona.label = f"{draft.label.strip()} ({len(members)} interviews)"
                return persona
    persona.attributes = extractive_attributes(findings, context.embed, negative=persona.negative)
    persona.summary = extractive_summary(persona, members)
    return persona


def _unique_id(label: str, taken: set[str]) -> str:
    base = slugify(label.rsplit(" (", 1)[0].split(":")[0], 40) or "persona"
    candidate, counter = base, 2
    while candidate in taken:
        candidate = f"{base}-{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def _newest(members: list[InterviewProfile]) -> str | None:
    dates = [p.newest for p in members if p.newest is not None]
    return max(dates).isoformat() if dates else None


def _finish(
    persona_set: PersonaSet,
    profiles: list[InterviewProfile],
    features: np.ndarray,
    settings: Any,
    today: date | None,
) -> PersonaSet:
    index = {p.interview_id: i for i, p in enumerate(profiles)}
    centroids = {
        persona.id: features[[index[m] for m in persona.members if m in index]].mean(axis=0)
        for persona in persona_set.personas
        if any(m in index for m in persona.members)
    }
    persona_set.warnings.extend(
        distinctness_warnings(persona_set.personas, centroids, settings.personas.similarity_threshold)
    )
    persona_set.warnings.extend(thin_evidence_warnings(persona_set.personas))
    persona_set.warnings.extend(
        stale_warnings(
            persona_set.personas, settings.personas.stale_months, today or datetime.now(UTC).date()
        )
    )
    return persona_set


def _context(
    workspace: Workspace | None, settings: Any, engine: Engine, model: Any, usage: Any
) -> SynthesisContext:
    if engine == "offline":
        model = None
    elif model is None:
        from assistant.llm import get_chat_model

        model = get_chat_model(settings)
        if model is None and engine == "llm":
            raise ModelError("no chat model is configured (set [llm] in personas.toml or OPENAI_API_KEY)")
    return SynthesisContext(_embed_function(workspace, settings), model, settings, usage)


def _engine_fields(context: SynthesisContext) -> dict[str, Any]:
    if context.model is None:
        return {"engine": "offline", "model": None}
    from assistant.llm import model_name

    return {"engine": "llm", "model": model_name(context.model), "prompt_version": PROMPT_VERSION}


def synthesize_from_findings(
    findings_by_interview: dict[str, list[Finding]],
    *,
    workspace: Workspace | None = None,
    settings: Any = None,
    engine: Engine = "auto",
    model: Any = None,
    usage: Any = None,
    k: int | None = None,
    allow_single_member: bool | None = None,
    today: date | None = None,
    participant_texts: dict[str, list[str]] | None = None,
) -> PersonaSet:
    """Cluster from scratch and draft every persona (not saved; see :func:`synthesize_personas`)."""
    if settings is None:
        from assistant.settings import Settings

        settings = workspace.settings if workspace is not None else Settings()
    config = settings.personas
    allow_single = config.allow_single_member if allow_single_member is None else allow_single_member
    profiles = build_profiles(workspace, findings_by_interview, participant_texts)
    if not profiles:
        raise NotFoundError("no verified findings to synthesise from (run `personas extract` first)")
    context = _context(workspace, settings, engine, model, usage)
    features = profile_features(profiles, context.embed)
    clustering = cluster_profiles(
        profiles,
        features,
        k=k if k is not None else config.k,
        k_min=config.k_min,
        k_max=config.k_max,
        allow_single_member=allow_single,
    )
    persona_set = PersonaSet(operation="synthesize", **_engine_fields(context))
    persona_set.k = clustering.k  # type: ignore[attr-defined]
    persona_set.k_scores = {str(key): value for key, value in clustering.scores.items()}  # type: ignore[attr-defined]
    taken: set[str] = set()
    groups = [(group, False) for group in clustering.groups]
    if clustering.negative:
        groups.append((clustering.negative, True))
    for number, (group, negative) in enumerate(groups, start=1):
        members = [profiles[i] for i in group]
        label = role_label(members, negative, number)
        persona = Persona(
            id=_unique_id(label, taken),
            label=label,
            negative=negative,
            members=[p.interview_id for p in members],
            newest_evidence=_newest(members),
        )
        persona_set.personas.append(_draft_persona(persona, members, context, persona_set.warnings))
    persona_set.unassigned = [profiles[i].interview_id for i in clustering.unassigned]
    for i in clustering.unassigned:
        reason = "looks like a non-buyer" if profiles[i].cues.is_nonbuyer else "is alike no other interview"
        persona_set.warnings.append(
            {
                "kind": "unassigned",
                "interview_id": profiles[i].interview_id,
                "message": f"{profiles[i].interview_id} {reason} and is too few for a persona of its own (left out)",
            }
        )
    return _finish(persona_set, profiles, features, settings, today)


def _missing_findings_warnings(
    workspace: Workspace, findings: dict[str, list[Finding]]
) -> list[dict[str, Any]]:
    return [
        {
            "kind": "no_findings",
            "interview_id": interview_id,
            "message": f"{interview_id} has no verified findings yet (run `personas extract`)",
        }
        for interview_id in workspace.interview_ids()
        if interview_id not in findings
    ]


def synthesize_personas(
    workspace: Workspace,
    *,
    engine: Engine = "auto",
    model: Any = None,
    usage: Any = None,
    k: int | None = None,
    allow_single_member: bool | None = None,
    today: date | None = None,
) -> PersonaSet:
    """Re-cluster every interview with findings from scratch, draft the personas, save a new version."""
    findings = load_findings_by_interview(workspace)
    persona_set = synthesize_from_findings(
        findings,
        workspace=workspace,
        engine=engine,
        model=model,
        usage=usage,
        k=k,
        allow_single_member=allow_single_member,
        today=today,
    )
    persona_set.warnings.extend(_missing_findings_warnings(workspace, findings))
    return save_new_version(workspace, persona_set)


synthesize = synthesize_personas
"""Short name used by ``personas demo``."""


def assign_interviews(
    workspace: Workspace,
    *,
    engine: Engine = "auto",
    model: Any = None,
    usage: Any = None,
    today: date | None = None,
) -> tuple[PersonaSet, dict[str, str | None]]:
    """Place interviews missing from the latest version into its personas (nearest centroid) and save.

    Existing members stay where they are; a new interview whose best cosine is under NO_FIT_SIMILARITY,
    or whose buying position (non-buyer or not) matches no persona, is reported as "no good fit".
    Returns the new version and ``{interview_id: persona id or None}`` for the placed interviews.
    """
    previous = latest_persona_set(workspace)
    if previous is None:
        raise NotFoundError(f"no personas yet in {workspace.personas_dir} (run `personas synthesize` first)")
    findings = load_findings_by_interview(workspace)
    known = {m for p in previous.personas for m in p.members}
    new_ids = [i for i in findings if i not in known]
    settings = workspace.settings
    context = _context(workspace, settings, engine, model, usage)
    profiles = build_profiles(workspace, findings)
    features = profile_features(profiles, context.embed)
    index = {p.interview_id: i for i, p in enumerate(profiles)}
    centroids = {
        persona.id: features[[index[m] for m in persona.members if m in index]].mean(axis=0)
        for persona in previous.personas
        if any(m in index for m in persona.members)
    }
    placements: dict[str, str | None] = {}
    persona_set = previous.model_copy(deep=True)
    persona_set.operation = "assign"
    persona_set.created_at = ""
    persona_set.warnings = []
    persona_set.unassigned = [i for i in previous.unassigned if i not in findings]
    persona_set.based_on = previous.version  # type: ignore[attr-defined]
    by_id = {p.id: p for p in persona_set.personas}
    for interview_id in new_ids:
        row = features[index[interview_id]]
        negative = profiles[index[interview_id]].cues.is_nonbuyer
        best_id, best_cosine = None, -1.0
        for persona in persona_set.personas:
            if persona.id not in centroids or persona.negative != negative:
                continue
            centroid = centroids[persona.id]
            norms = float(np.linalg.norm(row) * np.linalg.norm(centroid))
            cosine = float(row @ centroid / norms) if norms else 0.0
            if cosine > best_cosine:
                best_id, best_cosine = persona.id, cosine
        if best_id is None or best_cosine < NO_FIT_SIMILARITY:
            placements[interview_id] = None
            persona_set.unassigned.append(interview_id)
            persona_set.warnings.append(
                {
                    "kind": "no_good_fit",
                    "interview_id": interview_id,
                    "best_persona": best_id,
                    "similarity": round(best_cosine, 3),
                    "message": f"{interview_id}: no good fit (best cosine {best_cosine:.2f}); run `personas synthesize`",
                }
            )
            continue
        placements[interview_id] = best_id
        by_id[best_id].members.append(interview_id)
    for persona in persona_set.personas:
        if not any(m in placements and placements[m] == persona.id for m in persona.members):
            continue
        members = [profiles[index[m]] for m in persona.members if m in index]
        persona.newest_evidence = _newest(members)
        persona.label = persona.label.rsplit(" (", 1)[0] + f" ({len(members)} interviews)"
        _draft_persona(persona, members, context, persona_set.warnings)
    persona_set.unassigned = sorted(set(persona_set.unassigned))
    persona_set.engine = _engine_fields(context)["engine"]
    persona_set = _finish(persona_set, profiles, features, settings, today)
    persona_set.warnings.extend(_missing_findings_warnings(workspace, findings))
    return save_new_version(workspace, persona_set), placements
