"""Persona synthesis: cluster interviewees by own role level and buying position, draft personas, save versions."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

import numpy as np

from assistant.core.errors import ModelError, NotFoundError
from assistant.core.models import Finding
from assistant.core.workspace import Workspace, slugify
from assistant.personas.checks import distinctness_warnings, stale_warnings, thin_evidence_warnings
from assistant.personas.clustering import (
    InterviewProfile,
    build_profiles,
    cluster_profiles,
    load_findings_by_interview,
    profile_features,
)
from assistant.personas.drafting import (
    PROMPT_VERSION,
    PersonaDraft,
    attributes_from_draft,
    draft_messages,
    extractive_attributes,
    prompt_budget,
)
from assistant.personas.role_signals import LEVEL_NAMES
from assistant.personas.versions import (
    Persona,
    PersonaSet,
    latest_persona_set,
    persona_of_interviews,
    save_new_version,
)

__all__ = [
    "InterviewProfile",
    "assign_interviews",
    "build_profiles",
    "cluster_profiles",
    "latest_persona_set",
    "load_findings_by_interview",
    "persona_of_interviews",
    "profile_features",
    "synthesize",
    "synthesize_personas",
]

logger = logging.getLogger(__name__)

Engine = Literal["auto", "offline", "llm"]
NO_FIT_SIMILARITY = 0.5
"""Cosine to the nearest centroid below which ``assign`` says "no good fit"."""


# -- labels and summaries ------------------------------------------------------------------------------


_ACRONYM_RE = re.compile(r"^(?:[a-z]{1,2}p|c[a-z]o|chro)$")


def _plural(title: str) -> str:
    """An English-style plural of a title's head word ("director of operations" -> "directors of operations")."""
    words = [w.upper() if _ACRONYM_RE.match(w) else w for w in title.split()]
    joins = ("of", "de", "des", "du", "do", "da")
    head = next((i - 1 for i, w in enumerate(words) if i and w in joins), len(words) - 1)
    word = words[head]
    if word.isupper():
        plural = word + "s"
    elif word.endswith("s") or not word[-1:].isalpha():
        plural = word
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    words[head] = plural
    return " ".join(words)


def _head_title(title: str) -> str:
    """A title without its complement ("principal of oak primary" -> "principal")."""
    return re.split(r"\s+(?:of|de|des|du|do|da)\s+", title, maxsplit=1)[0]


def _title_words(members: list[InterviewProfile]) -> tuple[list[str], Counter[str]]:
    """The members' own titles, most frequent first (each interview counts its main title once).

    When full titles disagree but their heads agree ("principal of X", "principal of Y"), the heads are used.
    """
    titles = Counter(p.cues.title for p in members if p.cues.title)
    heads = Counter(_head_title(p.cues.title) for p in members if p.cues.title)
    if titles and heads and max(heads.values()) > max(titles.values()):
        titles = heads
    return sorted(titles, key=lambda t: (-titles[t], len(t), t)), titles


def role_label(members: list[InterviewProfile], negative: bool, index: int) -> str:
    """A label from the members' most frequent self-described titles, with the number of interviews."""
    count = f"({len(members)} interview{'s' if len(members) != 1 else ''})"
    titles, top = _title_words(members)
    if negative:
        words = ", ".join(titles[:2])
        return f"Non-buyers{': ' + words if words else ''} {count}"
    if not titles:
        levels = Counter(p.cues.level for p in members if p.cues.level)
        if not levels:
            return f"Persona {index} {count}"
        return f"{LEVEL_NAMES[levels.most_common(1)[0][0]]} {count}"
    shown = titles[:1] if top[titles[0]] * 2 > len(members) else titles[:2]
    text = " and ".join(_plural(t) for t in shown)
    return f"{text[0].upper()}{text[1:]} {count}"


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
    from assistant.providers.embeddings import get_embedder, workspace_embedder

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
        from assistant.providers.llm import invoke_structured

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
                persona.drafted_by = "llm"  # type: ignore[attr-defined]
                return persona
            warnings.append(
                {
                    "kind": "model_empty",
                    "persona": persona.id,
                    "message": f"{persona.label}: the model's draft had no attribute citing a finding; used extractive",
                }
            )
    persona.attributes = extractive_attributes(findings, context.embed, negative=persona.negative)
    persona.summary = extractive_summary(persona, members)
    persona.drafted_by = "extractive"  # type: ignore[attr-defined]
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
        from assistant.providers.llm import get_chat_model

        model = get_chat_model(settings)
        if model is None and engine == "llm":
            raise ModelError("no chat model is configured (set [llm] in personas.toml or OPENAI_API_KEY)")
    return SynthesisContext(_embed_function(workspace, settings), model, settings, usage)


def _engine_fields(context: SynthesisContext) -> dict[str, Any]:
    if context.model is None:
        return {"engine": "offline", "model": None}
    from assistant.providers.llm import model_name

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
        from assistant.core.settings import Settings

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
            "message": (
                f"{interview_id}: extraction found no participant findings (is a participant identified?)"
                if (workspace.findings_dir / f"{interview_id}.json").exists()  # extracted, but nothing found
                else f"{interview_id} has no verified findings yet (run `personas extract`)"
            ),
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
    if not new_ids:  # nothing to place: keep the latest version rather than save an identical one
        unchanged = previous.model_copy(deep=True)
        unchanged.warnings = _missing_findings_warnings(workspace, findings)
        return unchanged, {}
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
