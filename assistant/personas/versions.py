"""Persona sets: the saved versions ``personas/v0001.json``..., loading them, and diffs between two."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.core.storage import atomic_write_json, read_json
from assistant.core.workspace import Workspace

ATTRIBUTE_FIELDS: tuple[str, ...] = (
    "who",
    "psychographics",
    "situation",
    "pains",
    "goals",
    "critical_events",
    "triggers",
    "decision_role",
    "decision_criteria",
    "channels",
    "disqualifiers",
    "quotes",
)
FIELD_TITLES: dict[str, str] = {
    "who": "Who they are",
    "psychographics": "Motivations and values",
    "situation": "Situation",
    "pains": "Pains",
    "goals": "Desired impact and goals",
    "critical_events": "Critical events",
    "triggers": "Triggers",
    "decision_role": "Decision role (buying centre)",
    "decision_criteria": "Decision criteria",
    "channels": "Channels",
    "disqualifiers": "Disqualifiers",
    "quotes": "Representative quotes",
}
_VERSION_FILE = re.compile(r"^v(\d{4,})\.json$")


class PersonaCitation(BaseModel):
    """A verbatim participant quote backing an attribute (copied by code from findings, never by a model)."""

    model_config = ConfigDict(extra="allow")

    interview_id: str
    utterance_id: str
    quote: str


class PersonaAttribute(BaseModel):
    """One statement about a persona with its evidence."""

    model_config = ConfigDict(extra="allow")

    field: str
    statement: str
    citations: list[PersonaCitation] = Field(default_factory=list)
    evidence_count: int = 0
    """Number of distinct interviews whose quotes support the statement."""
    finding_ids: list[str] = Field(default_factory=list)
    """Ids (``<interview_id>#<n>``) of the findings behind the statement."""
    thin: bool = False
    """Set by the checks when only one interview supports the statement."""


class Persona(BaseModel):
    """One persona: a cluster of interviews and the attributes drafted from their findings."""

    model_config = ConfigDict(extra="allow")

    id: str
    label: str
    negative: bool = False
    members: list[str] = Field(default_factory=list)
    summary: str = ""
    attributes: list[PersonaAttribute] = Field(default_factory=list)
    newest_evidence: str | None = None
    """ISO date of the newest member interview (interview date, else import time)."""

    def by_field(self) -> dict[str, list[PersonaAttribute]]:
        grouped: dict[str, list[PersonaAttribute]] = {}
        for attribute in self.attributes:
            grouped.setdefault(attribute.field, []).append(attribute)
        return grouped


class PersonaSet(BaseModel):
    """One saved version: what ``personas synthesize --json`` prints."""

    model_config = ConfigDict(extra="allow")

    version: int = 0
    created_at: str = ""
    engine: str = "offline"
    model: str | None = None
    operation: str = "synthesize"
    personas: list[Persona] = Field(default_factory=list)
    unassigned: list[str] = Field(default_factory=list)
    """Interviews that fit no persona (too few alike, or no good fit on assign)."""
    warnings: list[dict[str, Any]] = Field(default_factory=list)

    def persona(self, persona_id: str) -> Persona:
        for persona in self.personas:
            if persona.id == persona_id:
                return persona
        raise NotFoundError(f"no persona {persona_id!r} in version {self.version}")

    def public_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def version_path(workspace: Workspace, version: int) -> Any:
    return workspace.personas_dir / f"v{version:04d}.json"


def list_versions(workspace: Workspace) -> list[int]:
    """Saved version numbers, ascending."""
    if not workspace.personas_dir.is_dir():
        return []
    numbers = []
    for path in workspace.personas_dir.iterdir():
        match = _VERSION_FILE.match(path.name)
        if match:
            numbers.append(int(match.group(1)))
    return sorted(numbers)


def load_version(workspace: Workspace, version: int | None = None) -> PersonaSet:
    """The given version, or the latest; NotFoundError when there is none."""
    versions = list_versions(workspace)
    if not versions:
        raise NotFoundError(f"no personas yet in {workspace.personas_dir} (run `personas synthesize`)")
    chosen = versions[-1] if version is None else version
    path = version_path(workspace, chosen)
    try:
        data = read_json(path)
    except FileNotFoundError:
        raise NotFoundError(
            f"no persona version {chosen} (versions: {', '.join(map(str, versions))})"
        ) from None
    try:
        return PersonaSet.model_validate(data)
    except ValidationError as exc:
        raise WorkspaceError(f"{path}: not a valid persona version ({exc.errors()[0]['msg']})") from exc


def latest_persona_set(workspace: Workspace) -> PersonaSet | None:
    """The newest saved version, or None when personas were never synthesised."""
    if not list_versions(workspace):
        return None
    return load_version(workspace)


def persona_of_interviews(workspace: Workspace) -> dict[str, str]:
    """interview_id -> persona label in the latest version (empty when there is none)."""
    persona_set = latest_persona_set(workspace)
    if persona_set is None:
        return {}
    return {member: persona.label for persona in persona_set.personas for member in persona.members}


def save_new_version(workspace: Workspace, persona_set: PersonaSet) -> PersonaSet:
    """Number the set as the next version and write it atomically; never overwrites an old version."""
    workspace.ensure()
    existing = list_versions(workspace)
    number = (existing[-1] if existing else 0) + 1
    while True:
        path = version_path(workspace, number)
        try:
            # Reserve the number so that two concurrent runs never write the same version.
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            os.close(fd)
            break
        except FileExistsError:
            number += 1
        except OSError as exc:
            raise WorkspaceError(f"{path}: cannot write ({exc.strerror})") from exc
    saved = persona_set.model_copy(update={"version": number})
    if not saved.created_at:
        saved.created_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    atomic_write_json(path, saved.public_dict())
    return saved


# -- diff ------------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _match_personas(old: PersonaSet, new: PersonaSet) -> list[tuple[Persona | None, Persona | None]]:
    """Pair personas by id, then by shared members (Jaccard >= 0.5)."""
    pairs: list[tuple[Persona | None, Persona | None]] = []
    new_left = {p.id: p for p in new.personas}
    unmatched_old: list[Persona] = []
    for persona in old.personas:
        if persona.id in new_left:
            pairs.append((persona, new_left.pop(persona.id)))
        else:
            unmatched_old.append(persona)
    for persona in unmatched_old:
        best, best_score = None, 0.0
        for candidate in new_left.values():
            union = set(persona.members) | set(candidate.members)
            score = len(set(persona.members) & set(candidate.members)) / len(union) if union else 0.0
            if score > best_score:
                best, best_score = candidate, score
        if best is not None and best_score >= 0.5:
            pairs.append((persona, new_left.pop(best.id)))
        else:
            pairs.append((persona, None))
    pairs.extend((None, persona) for persona in new_left.values())
    return pairs


def _attribute_key(attribute: PersonaAttribute) -> tuple[str, str]:
    return attribute.field, _norm(attribute.statement)


def diff_persona_sets(old: PersonaSet, new: PersonaSet) -> dict[str, Any]:
    """What changed from ``old`` to ``new``: personas and attributes added, removed or changed."""
    result: dict[str, Any] = {
        "from_version": old.version,
        "to_version": new.version,
        "added": [],
        "removed": [],
        "changed": [],
        "unchanged": [],
    }
    for before, after in _match_personas(old, new):
        if before is None and after is not None:
            result["added"].append({"id": after.id, "label": after.label, "members": after.members})
            continue
        if after is None and before is not None:
            result["removed"].append({"id": before.id, "label": before.label, "members": before.members})
            continue
        assert before is not None and after is not None
        old_attributes = {_attribute_key(a): a for a in before.attributes}
        new_attributes = {_attribute_key(a): a for a in after.attributes}
        change: dict[str, Any] = {
            "id": after.id,
            "label": after.label,
            "members_added": sorted(set(after.members) - set(before.members)),
            "members_removed": sorted(set(before.members) - set(after.members)),
            "attributes_added": [
                {"field": a.field, "statement": a.statement, "evidence_count": a.evidence_count}
                for key, a in new_attributes.items()
                if key not in old_attributes
            ],
            "attributes_removed": [
                {"field": a.field, "statement": a.statement, "evidence_count": a.evidence_count}
                for key, a in old_attributes.items()
                if key not in new_attributes
            ],
            "evidence_moved": [
                {
                    "field": a.field,
                    "statement": a.statement,
                    "from": old_attributes[key].evidence_count,
                    "to": a.evidence_count,
                }
                for key, a in new_attributes.items()
                if key in old_attributes and old_attributes[key].evidence_count != a.evidence_count
            ],
        }
        if before.label != after.label:
            change["label_from"] = before.label
        if before.id != after.id:
            change["id_from"] = before.id
        if before.negative != after.negative:
            change["negative_from"] = before.negative
        changed = any(
            change[key]
            for key in (
                "members_added",
                "members_removed",
                "attributes_added",
                "attributes_removed",
                "evidence_moved",
            )
        ) or any(key in change for key in ("label_from", "id_from", "negative_from"))
        if changed:
            result["changed"].append(change)
        else:
            result["unchanged"].append({"id": after.id, "label": after.label})
    return result


def format_diff(diff: dict[str, Any]) -> str:
    """The diff as readable text."""
    lines = [f"personas v{diff['from_version']} -> v{diff['to_version']}"]
    for item in diff["added"]:
        lines.append(f"+ persona {item['label']} [{item['id']}] ({len(item['members'])} interviews)")
    for item in diff["removed"]:
        lines.append(f"- persona {item['label']} [{item['id']}] ({len(item['members'])} interviews)")
    for item in diff["changed"]:
        title = f"~ persona {item['label']} [{item['id']}]"
        if "label_from" in item:
            title += f" (was {item['label_from']!r})"
        lines.append(title)
        if item["members_added"]:
            lines.append(f"    members added: {', '.join(item['members_added'])}")
        if item["members_removed"]:
            lines.append(f"    members removed: {', '.join(item['members_removed'])}")
        for attribute in item["attributes_added"]:
            lines.append(
                f"    + {attribute['field']}: {attribute['statement']} ({attribute['evidence_count']})"
            )
        for attribute in item["attributes_removed"]:
            lines.append(
                f"    - {attribute['field']}: {attribute['statement']} ({attribute['evidence_count']})"
            )
        for attribute in item["evidence_moved"]:
            lines.append(
                f"    evidence {attribute['from']} -> {attribute['to']}: {attribute['field']}: {attribute['statement']}"
            )
    if len(lines) == 1:
        lines.append("no changes")
    elif diff["unchanged"]:
        lines.append(f"unchanged: {', '.join(item['label'] for item in diff['unchanged'])}")
    return "\n".join(lines)
