"""The researcher's last word on personas: move, merge, split, rename, and the criteria report.

Each edit saves a new version in which the personas it touched are pinned: a later synthesis keeps
their members and labels. Personas are named by id, label, or a unique prefix of either.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from assistant.core.errors import AssistantError, NotFoundError
from assistant.core.workspace import Workspace, readable_slug
from assistant.personas.grouping import group_study, shipped_model
from assistant.personas.labels import make_label
from assistant.personas.profiles import (
    REPRESENTATION,
    build_profiles,
    by_study,
    load_findings_by_interview,
    profile_vectors,
)
from assistant.personas.synthesis import (
    _attribute_grouping,
    _context,
    _draft,
    _finish,
    members_title,
    read_titles,
    set_member_titles,
)
from assistant.personas.versions import Persona, PersonaSet, latest_persona_set, save_new_version


class PersonaRefError(AssistantError):
    title = "Which persona?"


def _fold(text: str) -> str:
    return readable_slug(text.split(" (")[0], 80, default="")


def resolve_persona(persona_set: PersonaSet, reference: str) -> Persona:
    """The persona a user means: its id, its label, or a unique prefix of either (case and accents ignored)."""
    wanted = _fold(reference)
    if not wanted:
        raise PersonaRefError(f"empty persona name {reference!r}")
    exact = [p for p in persona_set.personas if wanted in (_fold(p.id), _fold(p.label))]
    if len(exact) == 1:
        return exact[0]
    prefixed = [
        p for p in persona_set.personas if _fold(p.id).startswith(wanted) or _fold(p.label).startswith(wanted)
    ]
    if len(prefixed) == 1:
        return prefixed[0]
    known = "; ".join(f"{p.id} ({p.label})" for p in persona_set.personas) or "none"
    problem = "matches several personas" if prefixed else "matches no persona"
    raise PersonaRefError(f"{reference!r} {problem} in version {persona_set.version} (personas: {known})")


def _latest(workspace: Workspace) -> PersonaSet:
    persona_set = latest_persona_set(workspace)
    if persona_set is None:
        raise NotFoundError(f"no personas yet in {workspace.personas_dir} (run `personas synthesize` first)")
    edited = persona_set.model_copy(deep=True)
    edited.based_on = persona_set.version
    edited.created_at = ""
    edited.warnings = []
    return edited


def _redraft(
    workspace: Workspace, persona_set: PersonaSet, touched: list[Persona], engine: str
) -> PersonaSet:
    findings = load_findings_by_interview(workspace)
    profiles = {p.interview_id: p for p in build_profiles(workspace, findings)}
    context = _context(workspace, workspace.settings, engine, None, None)  # type: ignore[arg-type]
    titles = shipped_model().titles
    for persona in touched:
        persona.pinned = True
        members = [profiles[m] for m in persona.members if m in profiles]
        said, read = read_titles(members, context.embedder, titles)
        set_member_titles(persona, members, said, read, negative=persona.negative)
        title = members_title(said, read) if members else None
        if title and not persona.label_by_researcher and not persona.negative:
            # the members changed: a label made of job titles names the titles of who is in it now
            persona.label = make_label([], negative=False, number=0, title=title)
        if members:
            same_study = [p for p in profiles.values() if p.study == persona.study]
            _draft(persona, members, context, workspace, persona_set.warnings, study_profiles=same_study)
    persona_set.personas = [p for p in persona_set.personas if p.members]
    return _finish(persona_set, workspace.settings, None)


def move_interview(
    workspace: Workspace, interview_id: str, target: str, *, engine: str = "offline"
) -> PersonaSet:
    """Put an interview into another persona (from wherever it is, or from the unassigned)."""
    persona_set = _latest(workspace)
    destination = resolve_persona(persona_set, target)
    source = next((p for p in persona_set.personas if interview_id in p.members), None)
    if (
        source is None
        and interview_id not in persona_set.unassigned
        and interview_id not in workspace.interview_ids()
    ):
        raise NotFoundError(f"no interview {interview_id!r} in {workspace.transcripts_dir}")
    if source is destination:
        raise PersonaRefError(f"{interview_id} is already in {destination.label}")
    touched = [destination]
    if source is not None:
        source.members.remove(interview_id)
        source.member_fit.pop(interview_id, None)
        touched.append(source)
    persona_set.unassigned = [i for i in persona_set.unassigned if i != interview_id]
    destination.members.append(interview_id)
    persona_set.operation = f"move {interview_id} -> {destination.id}"
    return save_new_version(workspace, _redraft(workspace, persona_set, touched, engine))


def merge_personas(
    workspace: Workspace, first: str, second: str, *, label: str | None = None, engine: str = "offline"
) -> PersonaSet:
    persona_set = _latest(workspace)
    keep, gone = resolve_persona(persona_set, first), resolve_persona(persona_set, second)
    if keep is gone:
        raise PersonaRefError(f"{first!r} and {second!r} are the same persona")
    if keep.study != gone.study:
        raise PersonaRefError(
            f"{keep.label} and {gone.label} belong to different studies ({keep.study}, {gone.study})"
        )
    keep.members += [m for m in gone.members if m not in keep.members]
    keep.member_fit.update(gone.member_fit)
    keep.negative = keep.negative and gone.negative
    if label:
        keep.label = label
        keep.label_by_researcher = True
    persona_set.personas = [p for p in persona_set.personas if p is not gone]
    persona_set.operation = f"merge {gone.id} into {keep.id}"
    return save_new_version(workspace, _redraft(workspace, persona_set, [keep], engine))


def split_persona(
    workspace: Workspace,
    reference: str,
    interview_ids: list[str],
    *,
    label: str | None = None,
    engine: str = "offline",
) -> PersonaSet:
    """Move some members of a persona into a new persona of their own."""
    persona_set = _latest(workspace)
    source = resolve_persona(persona_set, reference)
    moving = [i for i in interview_ids if i in source.members]
    strangers = [i for i in interview_ids if i not in source.members]
    if strangers:
        raise PersonaRefError(f"not members of {source.label}: {', '.join(strangers)}")
    if not moving or len(moving) == len(source.members):
        raise PersonaRefError("a split needs some, but not all, of the persona's members")
    source.members = [m for m in source.members if m not in moving]
    taken = {p.id for p in persona_set.personas}
    new_label = label or f"{source.label} (split)"
    new_id, counter = readable_slug(new_label, 40), 2
    while new_id in taken:
        new_id, counter = f"{readable_slug(new_label, 40)}-{counter}", counter + 1
    created = Persona(
        id=new_id,
        label=new_label,
        members=moving,
        study=source.study,
        negative=source.negative,
        label_by_researcher=bool(label),
    )
    persona_set.personas.append(created)
    persona_set.operation = f"split {source.id}"
    return save_new_version(workspace, _redraft(workspace, persona_set, [source, created], engine))


def rename_persona(workspace: Workspace, reference: str, label: str) -> PersonaSet:
    if not label.strip():
        raise PersonaRefError("the new label is empty")
    persona_set = _latest(workspace)
    persona = resolve_persona(persona_set, reference)
    persona.label = label.strip()
    persona.pinned = True
    persona.label_by_researcher = True
    persona_set.operation = f"rename {persona.id}"
    return save_new_version(workspace, persona_set)


def unpin_persona(workspace: Workspace, reference: str) -> PersonaSet:
    persona_set = _latest(workspace)
    resolve_persona(persona_set, reference).pinned = False
    persona_set.operation = f"unpin {reference}"
    return save_new_version(workspace, persona_set)


def criteria_report(workspace: Workspace, study: str | None = None) -> list[dict[str, Any]]:
    """Candidate differentiation criteria ranked by how distinct the personas they produce are.

    Distinctness is the silhouette (cosine) of the grouping in the space of what all participants
    said: a criterion whose personas come out alike scores near zero and is not a differentiator.
    """
    from sklearn.metrics import silhouette_score

    findings = load_findings_by_interview(workspace)
    studies = by_study(build_profiles(workspace, findings))
    if study is not None:
        studies = {s: p for s, p in studies.items() if s == study or s.lower().startswith(study.lower())}
        if not studies:
            raise NotFoundError(f"no interviews with findings in study {study!r}")
    embedder = _context(workspace, workspace.settings, "offline", None, None).embedder
    rows: list[dict[str, Any]] = []
    for name, profiles in studies.items():
        if len(profiles) < 4:
            continue
        judged = profile_vectors(
            profiles, embedder, tuple(REPRESENTATION["auto"]) + ("pain", "impact", "trigger", "channel")
        )
        attributes = sorted({key for p in profiles for key in p.attributes})
        for criterion in [*REPRESENTATION, *(f"attribute:{a}" for a in attributes)]:
            if criterion.startswith("attribute:"):
                grouping = _attribute_grouping(profiles, criterion.split(":", 1)[1])
            else:
                vectors = profile_vectors(profiles, embedder, REPRESENTATION[criterion])
                grouping = group_study(
                    profiles, vectors, embedder, find_negatives=False, allow_single_member=True
                )
            labels = np.full(len(profiles), -1)
            for number, rows_of in enumerate(grouping.groups):
                labels[rows_of] = number
            placed = labels >= 0
            distinct = (
                float(silhouette_score(judged[placed], labels[placed], metric="cosine"))
                if len(set(labels[placed])) > 1 and placed.sum() > len(set(labels[placed]))
                else 0.0
            )
            rows.append(
                {
                    "study": name,
                    "criterion": criterion,
                    "personas": len(grouping.groups),
                    "sizes": sorted((len(g) for g in grouping.groups), reverse=True),
                    "distinctness": round(distinct, 3),
                }
            )
    rows.sort(key=lambda r: (r["study"], -r["distinctness"]))
    return rows
