"""Persona synthesis per study: group participants, draft cited personas, rank them, save versions.

Interviews of different studies never share a persona. Within a study, participants judged
disqualified (no budget, no intent, no authority, wrong fit) form the negative persona; the others
are grouped by what they said about who they are and how they buy (or by another criterion, ``by``).
The researcher has the last word: personas they pinned (``personas move``, ``merge``, ``split``,
``rename``) keep their members and labels through a new synthesis.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

import numpy as np

from assistant.core.errors import ConfigError, ModelError, NotFoundError
from assistant.core.models import Finding
from assistant.core.words import CJK_LETTERS, base_language
from assistant.core.workspace import Workspace, readable_slug
from assistant.personas.checks import distinctness_warnings, stale_warnings, thin_evidence_warnings
from assistant.personas.drafting import (
    PROMPT_VERSION,
    PersonaDraft,
    attributes_from_draft,
    draft_messages,
    label_is_grounded,
    prompt_budget,
)
from assistant.personas.evidence import (
    Item,
    SamenessModel,
    citation_of,
    day_in_the_life,
    extractive_attributes,
    representative_quotes,
)
from assistant.personas.grouping import Grouping, GroupingModel, group_study, shipped_model, with_signals
from assistant.personas.labels import label_terms, make_label
from assistant.personas.occupations import PATTERN_LANGUAGES, denied_in, occupation_label, occupation_of
from assistant.personas.profiles import (
    REPRESENTATION,
    Profile,
    append_block,
    build_profiles,
    by_study,
    centre_by_language,
    finding_position,
    leave_one_out_cosines,
    load_findings_by_interview,
    profile_vectors,
    raw_vector,
    unit_rows,
)
from assistant.personas.said_names import holds_name, names_said
from assistant.personas.titles import TitleModel, dictionary_form, read_title
from assistant.personas.versions import (
    Persona,
    PersonaAttribute,
    PersonaSet,
    latest_persona_set,
    persona_of_interviews,
    save_new_version,
)
from assistant.personas.wording import with_words
from assistant.providers.embeddings import Embedder, classifier_embedder

__all__ = [
    "assign_interviews",
    "latest_persona_set",
    "load_findings_by_interview",
    "persona_of_interviews",
    "synthesize",
    "synthesize_personas",
]

logger = logging.getLogger(__name__)
Engine = Literal["auto", "offline", "llm"]


@dataclass
class SynthesisContext:
    """What drafting needs: the embedder, an optional chat model and its ledger."""

    embedder: Embedder
    model: Any | None
    settings: Any
    usage: Any | None
    sameness: SamenessModel | None = None
    """When members' findings say the same thing (from the grouping model in use)."""


def _context(
    workspace: Workspace | None, settings: Any, engine: Engine, model: Any, usage: Any
) -> SynthesisContext:
    if engine == "offline":
        model = None
    elif model is None and (engine == "llm" or settings.llm_enabled()):
        from assistant.providers.llm import get_chat_model

        model = get_chat_model(settings)
        if model is None and engine == "llm":
            raise ModelError("no chat model is configured (set [llm] in personas.toml or OPENAI_API_KEY)")
    return SynthesisContext(classifier_embedder(workspace), model, settings, usage, shipped_model().sameness)


def _engine_fields(context: SynthesisContext) -> dict[str, Any]:
    if context.model is None:
        return {"engine": "offline", "model": None}
    from assistant.providers.llm import model_name

    return {"engine": "llm", "model": model_name(context.model), "prompt_version": PROMPT_VERSION}


# -- drafting -----------------------------------------------------------------------------------


def _items(members: list[Profile]) -> list[Item]:
    return [
        Item(f"{profile.interview_id}#{n}", finding)
        for profile in members
        for n, finding in enumerate(profile.findings, start=1)
    ]


def _positions(workspace: Workspace | None, members: list[Profile]) -> dict[str, int]:
    """utterance id -> its index in its transcript (the order participants told things)."""
    positions: dict[str, int] = {}
    for profile in members:
        for finding in profile.findings:
            for utterance_id in finding.utterance_ids:
                try:
                    positions[utterance_id] = int(utterance_id.rsplit(":", 1)[1])
                except (IndexError, ValueError):
                    positions[utterance_id] = 0
    return positions


def _summary(persona: Persona) -> str:
    """One line from the best-supported statements about who they are and how they decide."""
    by_field = persona.by_field()
    parts = []
    for field in ("who", "decision_role", "pains"):
        attributes = by_field.get(field)
        if attributes:
            best = max(attributes, key=lambda a: a.evidence_count)
            parts.append(best.statement.rstrip(". "))
    if persona.negative and persona.disqualified_because:
        reason = persona.disqualified_because.rstrip(". ")
        parts = [f"Not a target: {reason}"] + [part for part in parts if part != reason]
    return " ".join(_full_stop(part) for part in parts)


SENTENCE_ENDS = ("?", "!", "…", "。", "！", "？", "؟", "।")
_CJK_LETTER = re.compile(f"[{CJK_LETTERS}]")


def _full_stop(part: str) -> str:
    """A statement ended as a sentence for a summary: as it is when it already ends one (a question, a
    Chinese, Japanese, Arabic or Hindi full stop; "做了五个房。." and "Why me?." before), with "。" after
    a Chinese or Japanese letter, else with "."."""
    if part.endswith(SENTENCE_ENDS):
        return part
    return part + ("。" if _CJK_LETTER.match(part[-1:]) else ".")


def _draft(
    persona: Persona,
    members: list[Profile],
    context: SynthesisContext,
    workspace: Workspace | None,
    warnings: list[dict[str, Any]],
    study_profiles: list[Profile] | None = None,
) -> Persona:
    """The persona's attributes and label: a model's draft checked by code, else extractive.

    ``study_profiles`` (every interview of the study) is what a model's statement is measured
    against before a cited finding counts as saying the same thing."""
    items = _items(members)
    if context.model is not None:
        from assistant.providers.llm import invoke_structured

        messages, short_ids = draft_messages(
            items,
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
            attributes, dropped = attributes_from_draft(
                draft,
                short_ids,
                context.embedder,
                len(members),
                background=_items(study_profiles) if study_profiles else items,
            )
            if dropped:
                warnings.append(
                    {
                        "kind": "unsupported_dropped",
                        "persona": persona.id,
                        "count": dropped,
                        "message": f"{persona.label}: dropped {dropped} model attributes whose citations did not support them",
                    }
                )
            if attributes:
                persona.attributes = attributes
                persona.summary = draft.summary.strip()
                label = draft.label.strip()
                if label and label_is_grounded(label, items):
                    persona.label = (
                        f"Not a target: {label}"
                        if persona.negative and not label.lower().startswith("not a target")
                        else label
                    )
                elif label:
                    warnings.append(
                        {
                            "kind": "label_not_grounded",
                            "persona": persona.id,
                            "message": f"model label {label!r} names words no member said; kept {persona.label!r}",
                        }
                    )
                persona.drafted_by = "llm"
                return persona
            warnings.append(
                {
                    "kind": "model_empty",
                    "persona": persona.id,
                    "message": f"{persona.label}: no model attribute was supported; used extractive",
                }
            )
    positions = _positions(workspace, members)
    persona.attributes = extractive_attributes(
        items, context.embedder, len(members), positions, context.sameness, persona.member_titles
    )
    persona.attributes += day_in_the_life(items, positions)
    persona.attributes += representative_quotes(items)
    persona.summary = _summary(persona)
    persona.drafted_by = "extractive"
    return persona


def _priority(personas: list[Persona], profiles_of: dict[str, Profile]) -> None:
    """Rank a study's personas by how large and urgent their pain is (negatives are not ranked)."""
    scored = []
    for persona in personas:
        if persona.negative:
            continue
        members = [profiles_of[m] for m in persona.members if m in profiles_of]
        if not members:
            continue
        pains = np.mean([len(p.of(("pain",))) for p in members])
        urgent = np.mean([1.0 if p.of(("critical_event",)) else 0.0 for p in members])
        shared = max(
            (a.evidence_count / max(a.member_count, 1) for a in persona.attributes if a.field == "pains"),
            default=0.0,
        )
        persona.priority_score = round(float(len(members) * (1 + pains) * (1 + urgent) * (1 + shared)), 2)
        scored.append(persona)
    for rank, persona in enumerate(sorted(scored, key=lambda p: -(p.priority_score or 0)), start=1):
        persona.priority = rank


def _unique_id(label: str, study: str, taken: set[str]) -> str:
    base = readable_slug(label.replace("Not a target:", "not-a-target"), 40)
    candidate, counter = base, 2
    while candidate in taken:
        candidate = f"{base}-{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def _newest(members: list[Profile]) -> str | None:
    dates = [p.newest for p in members if p.newest is not None]
    return max(dates).isoformat() if dates else None


def _fit(vectors: np.ndarray, rows: list[int]) -> dict[int, float]:
    centre = vectors[rows].mean(axis=0)
    norm = float(np.linalg.norm(centre))
    return {r: round(float(vectors[r] @ centre / norm), 3) if norm else 0.0 for r in rows}


def _attribute_grouping(profiles: list[Profile], name: str) -> Grouping:
    """Personas by a participant attribute's value (``--by attribute:NAME``), e.g. segment or country."""
    values: dict[str, list[int]] = {}
    missing: list[int] = []
    for index, profile in enumerate(profiles):
        value = profile.attributes.get(name)
        (values.setdefault(value, []) if value else missing).append(index)
    if not values:
        raise ConfigError(f"no interview has the participant attribute {name!r}")
    groups = [rows for _v, rows in sorted(values.items())]
    return Grouping(groups=groups, negative=[], unassigned=missing, k=len(groups), disqualifications=[])


def study_personas(
    study: str,
    profiles: list[Profile],
    context: SynthesisContext,
    workspace: Workspace | None,
    warnings: list[dict[str, Any]],
    taken: set[str],
    *,
    by: str = "auto",
    k: int | None = None,
    allow_single_member: bool = False,
    model: GroupingModel | None = None,
) -> tuple[list[Persona], list[str]]:
    """Personas of one study, and its interviews left unassigned."""
    numbers = model or shipped_model()
    # the grouping weighs the titles the grammar patterns read; the labels read those of introductions
    # and use the learned reader's where the patterns read none (it helped labels held out, not the
    # grouping)
    weighed = [_grouping_title(p) for p in profiles]
    said, occupations = read_titles(profiles, context.embedder, numbers.titles)
    if by.startswith("attribute:"):
        grouping = _attribute_grouping(profiles, by.split(":", 1)[1])
        vectors = profile_vectors(profiles, context.embedder)
    else:
        if by not in REPRESENTATION:
            raise ConfigError(
                f"unknown criterion {by!r} (one of: {', '.join(REPRESENTATION)}, attribute:NAME)"
            )
        vectors = with_signals(
            profile_vectors(profiles, context.embedder, REPRESENTATION[by]),
            profiles,
            context.embedder,
            numbers.signal_weight,
        )
        if by in ("auto", "role"):
            vectors = _with_occupations(vectors, weighed, profiles, context.embedder, OCCUPATION_WEIGHT)
        if by == "auto":
            vectors = with_words(vectors, profiles, WORDS_WEIGHT)
        grouping = group_study(
            profiles, vectors, context.embedder, model=model, k=k, allow_single_member=allow_single_member
        )
    groups = [(rows, False) for rows in grouping.groups] + (
        [(grouping.negative, True)] if grouping.negative else []
    )
    terms = label_terms([rows for rows, _n in groups], profiles, names=[names_said(p) for p in profiles])
    jobs = group_titles(groups, said, occupations, [p.language for p in profiles])
    personas = []
    for number, ((rows, negative), words, job) in enumerate(zip(groups, terms, jobs, strict=True), start=1):
        members = [profiles[i] for i in rows]
        # The members' own job titles name the persona; a shared title gets a distinctive phrase added.
        shared_title = job is not None and jobs.count(job) > 1
        label = make_label(
            words if job is None or shared_title else [], negative=negative, number=number, title=job
        )
        persona = Persona(
            id=_unique_id(label, study, taken),
            label=label,
            negative=negative,
            members=[p.interview_id for p in members],
            newest_evidence=_newest(members),
            study=study,
            label_terms=words,
            member_fit={profiles[r].interview_id: f for r, f in _fit(vectors, rows).items()},
        )
        set_member_titles(
            persona, members, [said[i] for i in rows], [occupations[i] for i in rows], negative=negative
        )
        if negative:
            evidence: list[Finding] = [
                e for e in (grouping.disqualifications[r].evidence for r in rows) if e is not None
            ]
            if evidence:
                persona.disqualified_because = evidence[0].statement
        persona = _draft(persona, members, context, workspace, warnings, study_profiles=profiles)
        if negative:
            for r in rows:
                finding = grouping.disqualifications[r].evidence
                if finding is not None:
                    persona.attributes.insert(
                        0,
                        PersonaAttribute(
                            field="disqualifiers",
                            statement=finding.statement,
                            citations=[citation_of(finding)],
                            evidence_count=1,
                            member_count=len(members),
                            finding_ids=[f"{finding.interview_id}#disqualifier"],
                        ),
                    )
        personas.append(persona)
    unassigned = [profiles[i].interview_id for i in grouping.unassigned]
    for interview_id in unassigned:
        warnings.append(
            {
                "kind": "unassigned",
                "interview_id": interview_id,
                "study": study,
                "message": f"{interview_id} is alike no other interview of {study}: a candidate for a new persona (left out)",
            }
        )
    return personas, unassigned


def _apply_pins(
    previous: PersonaSet | None, personas: list[Persona], unassigned: list[str]
) -> tuple[list[Persona], list[str]]:
    """Keep the researcher's pinned personas: their members and labels win over the new grouping."""
    if previous is None:
        return personas, unassigned
    pinned = [p for p in previous.personas if p.pinned]
    if not pinned:
        return personas, unassigned
    held = {m for p in pinned for m in p.members}
    kept = []
    for persona in personas:
        persona.members = [m for m in persona.members if m not in held]
        persona.member_fit = {m: f for m, f in persona.member_fit.items() if m not in held}
        persona.member_titles = {m: t for m, t in persona.member_titles.items() if m not in held}
        persona.guessed_titles = [m for m in persona.guessed_titles if m not in held]
        if persona.members:
            kept.append(persona)
    return [p.model_copy(deep=True) for p in pinned] + kept, [i for i in unassigned if i not in held]


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
    study: str | None = None,
    by: str = "auto",
    grouping_model: GroupingModel | None = None,
) -> PersonaSet:
    """Group and draft every study's personas from scratch (not saved; see :func:`synthesize_personas`)."""
    if settings is None:
        from assistant.core.settings import Settings

        settings = workspace.settings if workspace is not None else Settings()
    config = settings.personas
    allow_single = config.allow_single_member if allow_single_member is None else allow_single_member
    profiles = build_profiles(workspace, findings_by_interview)
    studies = by_study(profiles)
    if study is not None:
        matches = [
            s
            for s in studies
            if s == study
            or readable_slug(s, default="") == readable_slug(study, default="") != ""
            or s.lower().startswith(study.lower())
        ]
        if not matches:
            known = ", ".join(sorted(studies)) or "none"
            raise NotFoundError(f"no interviews with findings in study {study!r} (studies: {known})")
        studies = {s: studies[s] for s in matches}
    if not studies:
        raise NotFoundError("no verified findings to synthesise from (run `personas extract` first)")
    context = _context(workspace, settings, engine, model, usage)
    if grouping_model is not None:
        context.sameness = grouping_model.sameness
    persona_set = PersonaSet(operation="synthesize", criterion=by, **_engine_fields(context))
    taken: set[str] = set()
    for name, members in studies.items():
        if len(members) < 2:
            persona_set.unassigned.extend(p.interview_id for p in members)
            persona_set.warnings.append(
                {
                    "kind": "too_few",
                    "study": name,
                    "message": f"study {name}: {len(members)} interview with findings; a persona needs at least 2",
                }
            )
            continue
        personas, unassigned = study_personas(
            name,
            members,
            context,
            workspace,
            persona_set.warnings,
            taken,
            by=by,
            k=k if k is not None else config.k,
            allow_single_member=allow_single,
            model=grouping_model,
        )
        _priority(personas, {p.interview_id: p for p in members})
        persona_set.personas.extend(personas)
        persona_set.unassigned.extend(unassigned)
    return _finish(persona_set, settings, today)


def _finish(persona_set: PersonaSet, settings: Any, today: date | None) -> PersonaSet:
    persona_set.warnings.extend(
        distinctness_warnings(persona_set.personas, {}, settings.personas.similarity_threshold)
    )
    persona_set.warnings.extend(thin_evidence_warnings(persona_set.personas))
    persona_set.warnings.extend(
        stale_warnings(
            persona_set.personas, settings.personas.stale_months, today or datetime.now(UTC).date()
        )
    )
    return persona_set


def _missing_findings_warnings(
    workspace: Workspace, findings: dict[str, list[Finding]]
) -> list[dict[str, Any]]:
    return [
        {
            "kind": "no_findings",
            "interview_id": interview_id,
            "message": (
                f"{interview_id}: extraction found no participant findings (is a participant identified?)"
                if (workspace.findings_dir / f"{interview_id}.json").exists()
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
    study: str | None = None,
    by: str = "auto",
    grouping_model: GroupingModel | None = None,
) -> PersonaSet:
    """Group every study's interviews with findings from scratch, keep pinned personas, save a version."""
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
        study=study,
        by=by,
        grouping_model=grouping_model,
    )
    previous = latest_persona_set(workspace)
    persona_set.personas, persona_set.unassigned = _apply_pins(
        previous, persona_set.personas, persona_set.unassigned
    )
    if study is not None and previous is not None:
        # Synthesising one study keeps the other studies' personas as they were.
        studies = {p.study for p in persona_set.personas}
        kept = [p for p in previous.personas if p.study not in studies and not p.pinned]
        persona_set.personas = kept + persona_set.personas
    persona_set.warnings.extend(_missing_findings_warnings(workspace, findings))
    return save_new_version(workspace, persona_set)


synthesize = synthesize_personas
"""Short name used by ``personas demo``."""


# -- placing new interviews -----------------------------------------------------------------------


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-9)


def domain_z(vector: np.ndarray, members: np.ndarray, own: np.ndarray | None = None) -> float:
    """``vector``'s cosine to the members' centre as a z-score among the members' leave-one-out cosines."""
    own = leave_one_out_cosines(members) if own is None else own
    similarity = float(vector @ _unit(members.mean(axis=0)))
    if len(own) < 2:
        return 0.0
    return (similarity - float(np.mean(own))) / max(float(np.std(own)), 1e-3)


@dataclass
class Placement:
    """How a new interview relates to a study's personas."""

    domain: float
    """How typical of the study it is: its cosine to the study's centre, as a z-score among the
    members' own (each member against the others' centre)."""
    ranked: list[tuple[str, float]]
    """(persona id, cosine to the persona's centre, both centred on the study), best first."""


def placements(
    new: list[Profile], persona_set: PersonaSet, profiles_of: dict[str, Profile], embedder: Embedder
) -> dict[str, Placement]:
    """For each new interview, its fit to the study and to each of the study's personas."""
    results: dict[str, Placement] = {}
    member_vectors: dict[str, np.ndarray] = {}
    study_stats: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for profile in new:
        personas = [
            p
            for p in persona_set.personas
            if (p.study or profile.study) == profile.study and any(m in profiles_of for m in p.members)
        ]
        members = sorted({m for p in personas for m in p.members if m in profiles_of})
        if not members:
            results[profile.interview_id] = Placement(0.0, [])
            continue
        for m in members:
            if m not in member_vectors:
                member_vectors[m] = raw_vector(profiles_of[m], embedder)
        key = tuple(members)
        if key not in study_stats:  # the same study's members for every new interview: computed once
            matrix = np.vstack([member_vectors[m] for m in members])
            study_stats[key] = (matrix, matrix.mean(axis=0), leave_one_out_cosines(matrix))
        matrix, centre, own = study_stats[key]
        vector = raw_vector(profile, embedder)
        domain = domain_z(vector, matrix, own)
        ranked = []
        for persona in personas:
            rows = [member_vectors[m] for m in persona.members if m in member_vectors]
            ranked.append(
                (persona.id, round(float(_unit(vector - centre) @ _unit(np.mean(rows, axis=0) - centre)), 3))
            )
        results[profile.interview_id] = Placement(round(domain, 3), sorted(ranked, key=lambda pair: -pair[1]))
    return results


def assign_interviews(
    workspace: Workspace,
    *,
    engine: Engine = "auto",
    model: Any = None,
    usage: Any = None,
    today: date | None = None,
    grouping_model: GroupingModel | None = None,
) -> tuple[PersonaSet, dict[str, str | None]]:
    """Place interviews missing from the latest version into its personas, without forcing them.

    An interview unlike the study's interviews, or whose closest persona (same study) is less alike
    than the held-out ``no_fit`` similarity, stays unassigned and is reported as a candidate for a new
    persona. Existing members
    stay where they are; only personas that gained members are redrafted.
    """
    previous = latest_persona_set(workspace)
    if previous is None:
        raise NotFoundError(f"no personas yet in {workspace.personas_dir} (run `personas synthesize` first)")
    findings = load_findings_by_interview(workspace)
    # Interviews the previous version already left out stay out (`personas move` places one by hand).
    known = {m for p in previous.personas for m in p.members} | set(previous.unassigned)
    new_ids = [i for i in findings if i not in known]
    if not new_ids:
        unchanged = previous.model_copy(deep=True)
        unchanged.warnings = _missing_findings_warnings(workspace, findings)
        return unchanged, {}
    model_numbers = grouping_model or shipped_model()
    context = _context(workspace, workspace.settings, engine, model, usage)
    profiles = build_profiles(workspace, findings)
    profiles_of = {p.interview_id: p for p in profiles}
    persona_set = previous.model_copy(deep=True)
    persona_set.operation = "assign"
    persona_set.created_at = ""
    persona_set.warnings = []
    persona_set.based_on = previous.version
    persona_set.unassigned = [i for i in previous.unassigned if i not in new_ids]
    fits = placements([profiles_of[i] for i in new_ids], persona_set, profiles_of, context.embedder)
    by_id = {p.id: p for p in persona_set.personas}
    placed: dict[str, str | None] = {}
    for interview_id in new_ids:
        fit = fits[interview_id]
        best_id, best = fit.ranked[0] if fit.ranked else (None, -1.0)
        if (
            best_id is None
            or fit.domain < model_numbers.no_fit_domain
            or best < model_numbers.no_fit_similarity
        ):
            why = (
                f"unlike the study's interviews (typicality {fit.domain:.1f} < {model_numbers.no_fit_domain:.1f})"
                if fit.domain < model_numbers.no_fit_domain
                else f"closest persona {best_id or 'none'} at {best:.2f} < {model_numbers.no_fit_similarity:.2f}"
            )
            placed[interview_id] = None
            persona_set.unassigned.append(interview_id)
            persona_set.warnings.append(
                {
                    "kind": "no_good_fit",
                    "interview_id": interview_id,
                    "best_persona": best_id,
                    "similarity": best,
                    "domain_similarity": fit.domain,
                    "message": f"{interview_id}: fits no persona ({why}); a candidate for a new persona",
                }
            )
            continue
        placed[interview_id] = best_id
        by_id[best_id].members.append(interview_id)
        by_id[best_id].member_fit[interview_id] = best
    for persona in persona_set.personas:
        if not any(placed.get(m) == persona.id for m in persona.members):
            continue
        members = [profiles_of[m] for m in persona.members if m in profiles_of]
        persona.newest_evidence = _newest(members)
        titles = shipped_model().titles
        arrived = [
            profiles_of[m] for m in persona.members if placed.get(m) == persona.id and m in profiles_of
        ]
        said, read = read_titles(arrived, context.embedder, titles)
        set_member_titles(persona, arrived, said, read, negative=persona.negative, reset=False)
        same_study = [p for p in profiles_of.values() if p.study == persona.study]
        _draft(persona, members, context, workspace, persona_set.warnings, study_profiles=same_study)
    persona_set.unassigned = sorted(set(persona_set.unassigned))
    persona_set.engine = _engine_fields(context)["engine"]
    persona_set = _finish(persona_set, workspace.settings, today)
    persona_set.warnings.extend(_missing_findings_warnings(workspace, findings))
    return save_new_version(workspace, persona_set), placed


def members_of(persona_set: PersonaSet, interview_ids: Iterable[str]) -> dict[str, str]:
    """interview id -> persona id for the given interviews (those placed)."""
    wanted = set(interview_ids)
    return {m: p.id for p in persona_set.personas for m in p.members if m in wanted}


OCCUPATION_WEIGHT = 0.5
"""Weight of the job-title block in the profile vectors (``auto`` and ``role``). Chosen leave-one-
study-out from 0, 0.25, 0.5, 1 and 2 on the evaluation corpus: 0.5 won on the other ten studies in
each of the eleven folds (held-out persona ARI 0.46 without the block, 0.57 with it)."""

WORDS_WEIGHT = 2.8
"""Weight of the words participants use (`personas/wording.py`) in the profile vectors (``auto``):
at 2.8 the words are about 0.89 of each profile vector's squared length. Chosen leave-one-study-out from 0 to 8
(0, 0.35, 0.5, 0.7, 1, 1.4, 2, 2.8, 4, 8) on the 33 studies with designed personas, the evaluation
corpus and the blind studies together (designed non-targets set aside, ``eval/grouping_probe.py
--all``): 2.8 or 2 won on the other 32 in every fold, held-out ARI 0.570 (worst 0.07; optimistic, as
the grid and the pooling were set after seeing the blind results) against 0.516 (worst -0.30) at 0.35, the weight chosen on the corpus's fifteen studies alone, which the blind studies
did not bear out; docs/evaluation.md, "The words weigh more"."""


def _with_occupations(
    vectors: np.ndarray, said: list[str | None], profiles: list[Profile], embedder: Any, weight: float
) -> np.ndarray:
    """Profile vectors with the meaning of each participant's own job title (``said``, one per
    profile) appended at ``weight`` (centred over those who named one; zeros for those who did not),
    rows unit-length."""
    if weight <= 0 or not profiles:
        return vectors
    block = np.zeros((len(profiles), embedder.dimension), dtype=np.float64)
    named = [i for i, title in enumerate(said) if title]
    if len(named) < 2:
        return vectors
    block[named] = embedder.embed_documents([said[i] for i in named])
    block[named] = centre_by_language(block[named], [base_language(profiles[i].language) for i in named])
    block[named] -= block[named].mean(axis=0)
    return append_block(vectors, unit_rows(block), weight).astype(np.float32)


INTRODUCING = ("situation", "decision")
"""Where a participant says what they do: who they are and where they work, or their part in a
decision ("I'm the owner, I decide"). A pain or an impact says how things are ("Le consegne sono il
problema", "I'm a nervous wreck by Friday"), not what the speaker's job is."""


def _occupation(profile: Profile, embedder: Any = None, titles: TitleModel | None = None) -> str | None:
    """The job the participant named when introducing themselves, for labels: what the grammar patterns
    of the seven languages read in their situation and decision quotes (situation first, in interview
    order), and where they read nothing (another language, or a title said some other way) what the
    learned reader (`personas/titles.py`) reads in the participant's first clauses, when a title model
    is given."""
    return _patterns_title(profile, INTRODUCING) or _learned_title(profile, embedder, titles)


def _grouping_title(profile: Profile) -> str | None:
    """The title the grouping weighs: what the patterns read in any of the participant's quotes
    (situation first, in interview order). Reading only introductions, as the labels do, lowered the
    grouping's ARI with non-targets set aside (``eval/grouping_probe.py``, 0.50 to 0.45: viticulture-fr
    1.00 to 0.21 when one participant lost a wrong title) while its weight was chosen with titles read
    this way (docs/evaluation.md, thirtieth session)."""
    return _patterns_title(profile)


def _patterns_title(profile: Profile, categories: Collection[str] | None = None) -> str | None:
    """What the grammar patterns read in the participant's quotes (of ``categories``, or all),
    situation quotes first, in interview order."""
    ordered = sorted(
        (f for f in profile.findings if categories is None or f.category in categories),
        key=lambda f: (f.category != "situation", finding_position(f)),
    )
    return occupation_of(f.quote for f in ordered)


def read_titles(
    members: list[Profile], embedder: Any, titles: TitleModel | None
) -> tuple[list[str | None], list[str | None]]:
    """Per member, the title the patterns read in their introductions, and the title read at all
    (that one, else the learned reader's): ``_occupation`` without reading the patterns twice."""
    said, read = [], []
    for profile in members:
        # a name read as a title ("eu sou jefferson tenho vinte") names someone, not a job
        names = names_said(profile)
        own = _occupation(profile)
        own = None if holds_name(own, names) else own
        guess = own or _learned_title(profile, embedder, titles)
        said.append(own)
        read.append(None if holds_name(guess, names) else guess)
    return said, read


def _may_guess(language: str | None, *, negative: bool) -> bool:
    """Whether a member's title may be the learned reader's guess: always for a persona to target; for
    a non-target only in a language the patterns do not read (see ``group_titles``)."""
    return not negative or base_language(language) not in PATTERN_LANGUAGES


def members_title(said: list[str | None], read: list[str | None]) -> str | None:
    """A persona's job title from its members': those the grammar patterns read (``said``) when any
    member has one, else those the learned reader read (``read``, the patterns' where they read any).
    A title a member said outright names the persona better than a reader's guess for another member
    ("plant manager", not "evening course / plant manager")."""
    return occupation_label([t for t in said if t]) or occupation_label(read)


def set_member_titles(
    persona: Persona,
    members: list[Profile],
    said: list[str | None],
    read: list[str | None],
    *,
    negative: bool,
    reset: bool = True,
) -> None:
    """Each member's title as the label reads it (``group_titles``' rule: a non-target's guessed title
    only outside the patterns' languages), and which of them are guesses; with ``reset`` False, for
    ``members`` only, the others' kept."""
    if reset:
        persona.member_titles, persona.guessed_titles = {}, []
    for profile in members:
        persona.member_titles.pop(profile.interview_id, None)
    persona.guessed_titles = [m for m in persona.guessed_titles if m in persona.member_titles]
    for profile, own, any_title in zip(members, said, read, strict=True):
        title = own or (any_title if _may_guess(profile.language, negative=negative) else None)
        if title:
            persona.member_titles[profile.interview_id] = title
            if not own:
                persona.guessed_titles.append(profile.interview_id)


def group_titles(
    groups: list[tuple[list[int], bool]],
    said: list[str | None],
    read: list[str | None],
    languages: list[str | None],
) -> list[str | None]:
    """Each group's title for its label (``members_title``), from what the patterns read (``said``) and
    what was read at all (``read``: the patterns', else the learned reader's), per participant. A
    non-target (a group flagged True) is named by a title a member said, or by the learned reader's
    only in a language the patterns do not read: where the patterns read the language and found no
    introduction, the reader guesses at other clauses (held out, half its titles there are wrong:
    "Not a target: meiner Freundin"), and a non-target's label was never measured against a designed
    role."""
    return [
        members_title(
            [said[i] for i in rows],
            [read[i] if _may_guess(languages[i], negative=negative) else None for i in rows],
        )
        for rows, negative in groups
    ]


def _learned_title(profile: Profile, embedder: Any, titles: TitleModel | None) -> str | None:
    """What the learned title reader reads for the participant (None without a model or embedder), in
    its dictionary form where the language inflects a job said of oneself (``dictionary_form``)."""
    if titles is None or embedder is None:
        return None
    title = read_title(profile.findings, profile.language, embedder, titles)[0]
    denied = set().union(*(denied_in(f.quote) for f in profile.findings))
    if title and title.split()[0].lower() in denied:
        return None  # "io non sono farmacista": the reader knows no negation, the patterns do
    return dictionary_form(title, profile.language) if title else None
