"""Persona sets: the saved versions ``personas/v0001.json``..., loading them, and diffs between two."""

from __future__ import annotations

import errno
import os
import re
from datetime import UTC, datetime
from pathlib import Path
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
    "day_in_the_life",
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
    "decision_role": "Decision role and criteria",
    "decision_criteria": "Decision criteria",
    "channels": "Channels",
    "disqualifiers": "Disqualifiers",
    "day_in_the_life": "A day in the life",
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
    """Number of distinct member interviews with a finding that says the same thing (checked by code)."""
    member_count: int = 0
    """Members of the persona when the attribute was drafted ("evidence_count of member_count")."""
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
    study: str | None = None
    member_fit: dict[str, float] = Field(default_factory=dict)
    """Member interview id -> how typical the member is of the persona (cosine to its centre)."""
    label_terms: list[str] = Field(default_factory=list)
    """The members' own phrases the label was made from."""
    member_titles: dict[str, str] = Field(default_factory=dict)
    """Member interview id -> the job title read for them, as said (what the label's title is made of;
    members with none are left out)."""
    guessed_titles: list[str] = Field(default_factory=list)
    """Members whose title is the learned title reader's guess, not a self-introduction the grammar
    patterns read."""
    priority: int | None = None
    """1 = the most pressing persona of its study (pain frequency, critical events); None for negatives."""
    priority_score: float | None = None
    disqualified_because: str | None = None
    pinned: bool = False
    """Set by a researcher's edit (move, merge, split, rename): a new synthesis keeps this persona."""
    label_by_researcher: bool = False
    """The label was typed by a researcher (rename, or a label given to merge or split): edits keep
    it. Otherwise the label follows the members' own job titles when an edit changes the members."""
    drafted_by: str = "extractive"

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
    criterion: str = "auto"
    """What tells the personas apart (``--by``): auto, role, decision, pain, goal, trigger, channel, attribute:NAME."""
    based_on: int | None = None

    def persona(self, persona_id: str) -> Persona:
        for persona in self.personas:
            if persona.id == persona_id:
                return persona
        raise NotFoundError(f"no persona {persona_id!r} in version {self.version}")

    def public_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def version_path(workspace: Workspace, version: int) -> Any:
    return workspace.personas_dir / f"v{version:04d}.json"


_parsed: dict[tuple[str, int, int], PersonaSet | str] = {}
"""Version files already read in this process, by path, size and mtime: each is read once."""


def _read_version(path: Path, *, copy: bool = True) -> PersonaSet | str:
    """The persona set in a version file, or why it is not one (empty, torn, invalid).

    A copy unless ``copy`` is false (callers that only check whether the file is valid: copying
    every version of a 1,000-interview study cost seconds per command)."""
    try:
        status = path.stat()
    except OSError as exc:
        return f"unreadable ({exc.strerror})"
    key = (str(path), status.st_size, status.st_mtime_ns)
    cached = _parsed.get(key)
    if cached is not None:
        if isinstance(cached, str) or not copy:
            return cached
        return cached.model_copy(deep=True)  # callers may edit it
    result: PersonaSet | str
    if status.st_size == 0:
        result = "empty (a run stopped before writing it)"
    else:
        try:
            result = PersonaSet.model_validate(read_json(path))
        except WorkspaceError as exc:
            result = "damaged JSON" if "JSON" in exc.message else exc.message
        except ValidationError as exc:
            result = f"not a valid persona version ({exc.errors()[0]['msg']})"
    _parsed[key] = result
    if isinstance(result, str) or not copy:
        return result
    return result.model_copy(deep=True)


def _version_files(workspace: Workspace) -> list[tuple[int, Path]]:
    if not workspace.personas_dir.is_dir():
        return []
    found = []
    for path in workspace.personas_dir.iterdir():
        match = _VERSION_FILE.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def list_versions(workspace: Workspace) -> list[int]:
    """Saved version numbers, ascending; empty or damaged version files are left out (see below)."""
    return [
        number
        for number, path in _version_files(workspace)
        if isinstance(_read_version(path, copy=False), PersonaSet)
    ]


def damaged_versions(workspace: Workspace) -> list[tuple[Path, str]]:
    """Version files that cannot be read (each with why): ignored by every command, reported by doctor.

    Versions are written whole since this check exists; an empty or torn one comes from a run killed
    by an older release (which reserved the number with an empty file) or from damage on disk.
    """
    return [
        (path, problem)
        for _, path in _version_files(workspace)
        if isinstance(problem := _read_version(path, copy=False), str)
    ]


def load_version(workspace: Workspace, version: int | None = None) -> PersonaSet:
    """The given version, or the latest readable one; NotFoundError when there is none."""
    versions = list_versions(workspace)
    if not versions:
        broken = damaged_versions(workspace)
        extra = f"; {len(broken)} damaged version files ignored (see `personas doctor`)" if broken else ""
        raise NotFoundError(f"no personas yet in {workspace.personas_dir} (run `personas synthesize`){extra}")
    if version is None:
        version = versions[-1]
    path = version_path(workspace, version)
    if not path.exists():
        shown = ", ".join(map(str, versions)) or "none"
        raise NotFoundError(f"no persona version {version} (versions: {shown})")
    loaded = _read_version(path)
    if isinstance(loaded, str):
        raise WorkspaceError(f"{path}: {loaded}; `personas doctor` moves it aside")
    return loaded


def latest_persona_set(workspace: Workspace) -> PersonaSet | None:
    """The newest saved version, or None when personas were never synthesised."""
    if not list_versions(workspace):
        return None
    return load_version(workspace)


def label_of_members(persona_set: PersonaSet) -> dict[str, str]:
    """interview_id -> the label of the persona it belongs to in ``persona_set``."""
    return {member: persona.label for persona in persona_set.personas for member in persona.members}


def persona_of_interviews(workspace: Workspace) -> dict[str, str]:
    """interview_id -> persona label in the latest version (empty when there is none)."""
    persona_set = latest_persona_set(workspace)
    return {} if persona_set is None else label_of_members(persona_set)


def save_new_version(workspace: Workspace, persona_set: PersonaSet) -> PersonaSet:
    """Number the set as the next version and write it whole; never overwrites an old version.

    The file is written complete under a temporary name and then hard-linked to ``vNNNN.json``,
    which fails if that number exists: two concurrent runs never share a number, and a run
    killed at any moment leaves either no version or a whole one (plus, at worst, a hidden
    temporary file that ``personas doctor`` removes).
    """
    workspace.ensure()
    existing = [number for number, _ in _version_files(workspace)]
    number = (existing[-1] if existing else 0) + 1
    created_at = persona_set.created_at or datetime.now(UTC).replace(microsecond=0).isoformat()
    while True:
        saved = persona_set.model_copy(update={"version": number, "created_at": created_at})
        path = version_path(workspace, number)
        temporary = workspace.personas_dir / f".v{number:04d}.{os.getpid()}.json.tmp"
        atomic_write_json(temporary, saved.public_dict())
        try:
            os.link(temporary, path)
            break
        except FileExistsError:
            number += 1
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS):
                raise WorkspaceError(f"{path}: cannot write ({exc.strerror})") from exc
            # No hard links on this file system: a rename is as whole, and the workspace lock
            # that every writing command holds keeps two runs from picking the same number.
            if path.exists():
                number += 1
                continue
            os.replace(temporary, path)
            break
        finally:
            temporary.unlink(missing_ok=True)
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
        # interviews that fit no persona now: candidates for a new persona
        "unassigned_added": sorted(set(new.unassigned) - set(old.unassigned)),
        "unassigned_removed": sorted(set(old.unassigned) - set(new.unassigned)),
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
    if diff.get("unassigned_added"):
        lines.append("? in no persona, a candidate for a new persona: " + ", ".join(diff["unassigned_added"]))
    if diff.get("unassigned_removed"):
        lines.append("no longer unassigned: " + ", ".join(diff["unassigned_removed"]))
    if len(lines) == 1:
        lines.append("no changes")
    elif diff["unchanged"]:
        lines.append(f"unchanged: {', '.join(item['label'] for item in diff['unchanged'])}")
    return "\n".join(lines)
