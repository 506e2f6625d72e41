"""Findings files: one ``findings/<interview_id>.json`` per interview, written whole, read validated.

Findings are written atomically, one interview at a time, so an interrupted run keeps every
interview already finished. Reading applies the researcher's corrections (``corrections/``), so
hand-made findings survive re-extraction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.core.errors import WorkspaceError
from assistant.core.models import Finding
from assistant.core.storage import atomic_write_json, read_json
from assistant.core.workspace import Workspace
from assistant.extract.corrections import apply_corrections

FINDINGS_SCHEMA_VERSION = 1


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
    mode: str = "offline"
    """``offline``, ``direct`` (the model read every turn) or ``review`` (it reviewed candidates)."""
    reused: bool = False
    """Read back from an up-to-date findings file instead of extracted again (never written to it)."""

    def shown_findings(self, *, include_unrelated: bool = False) -> list[Finding]:
        """Findings to show: verified, and (by default) only those whose quote supports the statement."""
        return [f for f in self.findings if f.verified and (include_unrelated or f.support != "unrelated")]

    def to_file_dict(self) -> dict[str, Any]:
        return {
            "schema_version": FINDINGS_SCHEMA_VERSION,
            "interview_id": self.interview_id,
            "source_file": self.source_file,
            "engine": self.engine,
            "mode": self.mode,
            "model": self.model,
            "prompt_version": self.prompt_version,
            "transcript_hash": self.transcript_hash,
            "created_at": self.created_at,
            "stats": self.stats,
            "attributes": self.attributes,
            "findings": [f.model_dump(mode="json") for f in self.findings],
        }


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


def reusable_result(
    workspace: Workspace, interview_id: str, transcript_hash: str, *, engine: str, version: str
) -> ExtractionResult | None:
    """The stored result when it was made from this very transcript by this engine and version, else None.

    An unchanged re-run of a large study then reads files instead of extracting again; any doubt
    (no file, another hash, engine or version, a damaged file) means extracting again.
    """
    path = findings_path(workspace, interview_id)
    if not path.is_file():
        return None
    try:
        data = read_findings_file(path)
    except WorkspaceError:
        return None
    if (
        data.get("transcript_hash") != transcript_hash
        or data.get("engine") != engine
        or data.get("prompt_version") != version
    ):
        return None
    stats = data.get("stats")
    attributes = data.get("attributes")
    return ExtractionResult(
        interview_id=interview_id,
        source_file=str(data.get("source_file") or ""),
        engine=engine,
        model=data.get("model"),
        prompt_version=version,
        transcript_hash=transcript_hash,
        findings=data["findings"],
        stats=dict(stats) if isinstance(stats, dict) else {},
        attributes=dict(attributes) if isinstance(attributes, dict) else {},
        created_at=str(data.get("created_at") or ""),
        path=path,
        mode=str(data.get("mode") or "offline"),
        reused=True,
    )


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
