"""Workspace checks and repairs at the file level: what a kill, a disk or a hand edit can leave.

Each check adds notes (ok, repaired, or a problem left for a person) and repairs only what it
can without losing anything a person made: damaged or orphaned files are moved aside into
``.personas/damaged/``, never deleted, and transcripts are never rewritten except to drop values
that no reader can use (a NaN time). Stage-specific checks (persona versions, corrections, the
index) live with their stages; ``personas doctor`` runs them all.
"""

from __future__ import annotations

import math
import os
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from assistant.core.errors import WorkspaceError
from assistant.core.lock import is_locked
from assistant.core.models import Finding, Transcript
from assistant.core.storage import read_json
from assistant.core.workspace import Workspace

Status = Literal["ok", "repaired", "problem"]
DAMAGED_DIR = "damaged"
STALE_TEMP_SECONDS = 600.0
"""A temporary file older than this belongs to no running write (writes take well under a second)."""
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_PLACEHOLDER = re.compile(r"\bPerson (\d+)\b|\[(?:EMAIL|PHONE|ADDRESS|ID|ORG)-\d+\]")
"""The placeholders pseudonymisation writes (the same shapes as ``assistant.ingest.pseudonymise``)."""


@dataclass
class Note:
    """One thing the doctor found: in which area, whether it is fine, was repaired, or needs a person."""

    area: str
    status: Status
    message: str

    def line(self) -> str:
        return f"{self.status:<8} {self.area}: {self.message}"


@dataclass
class Doctor:
    """Runs the file-level checks of one workspace; ``repair`` False only reports."""

    workspace: Workspace
    repair: bool = True
    notes: list[Note] = field(default_factory=list)
    moved: list[Path] = field(default_factory=list)

    # -- notes ---------------------------------------------------------------------------------
    def ok(self, area: str, message: str) -> None:
        self.notes.append(Note(area, "ok", message))

    def repaired(self, area: str, message: str) -> None:
        self.notes.append(Note(area, "repaired", message))

    def problem(self, area: str, message: str) -> None:
        self.notes.append(Note(area, "problem", message))

    @property
    def healthy(self) -> bool:
        """No problem left for a person (repaired ones count as fixed)."""
        return not any(note.status == "problem" for note in self.notes)

    # -- moving aside ----------------------------------------------------------------------------
    def move_aside(self, path: Path) -> Path:
        """Move a file into ``.personas/damaged/<folder>/`` (kept for a person), returning where it went."""
        relative = (
            path.relative_to(self.workspace.root) if path.is_relative_to(self.workspace.root) else path.name
        )
        target = self.workspace.state_dir / DAMAGED_DIR / Path(relative)
        if target.exists():
            target = target.with_name(f"{target.name}.{datetime.now():%Y%m%d-%H%M%S}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
        except OSError as exc:
            raise WorkspaceError(f"{path}: cannot move it aside ({exc.strerror})") from exc
        self.moved.append(target)
        return target

    def fix_or_report(self, area: str, path: Path, problem: str, consequence: str) -> None:
        """Move a damaged file aside (when repairing) and say so, or report it."""
        if self.repair:
            target = self.move_aside(path)
            self.repaired(area, f"{path.name}: {problem}; moved aside to {target} ({consequence})")
        else:
            self.problem(area, f"{path.name}: {problem} (`personas doctor` moves it aside; {consequence})")

    # -- checks ----------------------------------------------------------------------------------
    def run_all(self) -> None:
        self.check_lock()
        self.check_leftovers()
        self.check_transcripts()
        self.check_findings()
        self.check_pseudonyms()

    def check_lock(self) -> None:
        holder = is_locked(self.workspace.root)
        if holder is not None and holder.pid != os.getpid():
            self.problem(
                "lock", f"{holder.describe()} is changing the workspace now; run doctor again after it"
            )

    def check_leftovers(self) -> None:
        """Temporary files of writes that a kill interrupted (never a running write's: they are old)."""
        root = self.workspace.root
        folders = [
            root,
            *(root / name for name in ("transcripts", "findings", "personas", "corrections", "sessions")),
        ]
        now = time.time()
        stale: list[Path] = []
        for folder in folders:
            if not folder.is_dir():
                continue
            for path in folder.glob(".*.tmp"):
                try:
                    if path.is_file() and now - path.stat().st_mtime > STALE_TEMP_SECONDS:
                        stale.append(path)
                except OSError:
                    continue
        if not stale:
            self.ok("files", "no temporary files left by interrupted writes")
            return
        if not self.repair:
            self.problem(
                "files", f"{len(stale)} temporary files left by interrupted writes (doctor removes them)"
            )
            return
        for path in stale:
            path.unlink(missing_ok=True)
        self.repaired("files", f"removed {len(stale)} temporary files left by interrupted writes")

    def check_transcripts(self) -> None:
        """Every transcript reads and validates; times no reader can use are dropped."""
        ids = self.workspace.interview_ids()
        readable = 0
        for interview_id in ids:
            path = self.workspace.transcripts_dir / f"{interview_id}.json"
            if not _ID.fullmatch(interview_id):
                self.problem("transcripts", f"{path.name}: not a valid interview id (rename the file)")
                continue
            try:
                data = read_json(path)
                transcript = Transcript.model_validate(data)
            except (WorkspaceError, ValidationError) as exc:
                why = (
                    exc.message if isinstance(exc, WorkspaceError) else f"invalid ({exc.errors()[0]['msg']})"
                )
                source = _source_of(path)
                self.fix_or_report(
                    "transcripts",
                    path,
                    why.replace(f"{path}: ", ""),
                    f"import {source} again" if source else "import its source file again",
                )
                continue
            readable += 1
            if transcript.interview.id != interview_id:
                self.problem(
                    "transcripts",
                    f"{path.name}: holds interview {transcript.interview.id!r} (rename the file)",
                )
            bad_times = [
                u
                for u in transcript.utterances
                if any(v is not None and not math.isfinite(v) for v in (u.start, u.end))
            ]
            if bad_times:
                if self.repair:
                    for utterance in bad_times:
                        if utterance.start is not None and not math.isfinite(utterance.start):
                            utterance.start = None
                        if utterance.end is not None and not math.isfinite(utterance.end):
                            utterance.end = None
                    self.workspace.save_transcript(transcript)
                    self.repaired(
                        "transcripts",
                        f"{interview_id}: dropped {len(bad_times)} times that were not numbers (NaN)",
                    )
                else:
                    self.problem(
                        "transcripts", f"{interview_id}: {len(bad_times)} times are not numbers (NaN)"
                    )
        if readable == len(ids):
            self.ok("transcripts", f"{len(ids)} transcripts readable")

    def check_findings(self) -> None:
        """Findings files read and belong to an interview that exists."""
        folder = self.workspace.findings_dir
        if not folder.is_dir():
            return
        known = set(self.workspace.interview_ids())
        count = 0
        for path in sorted(folder.glob("*.json")):
            if path.name.startswith("."):
                continue
            count += 1
            if path.stem not in known:
                self.fix_or_report(
                    "findings",
                    path,
                    "its interview is gone (removed while the command was stopped?)",
                    "nothing lost",
                )
                continue
            try:
                data = read_json(path)
                if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
                    raise WorkspaceError(f"{path}: no findings list")
                for item in data["findings"]:
                    Finding.model_validate(item)
            except (WorkspaceError, ValidationError) as exc:
                why = (
                    exc.message if isinstance(exc, WorkspaceError) else f"invalid ({exc.errors()[0]['msg']})"
                )
                self.fix_or_report(
                    "findings",
                    path,
                    why.replace(f"{path}: ", ""),
                    f"run `personas extract {path.stem}` again",
                )
        if count and not any(n.area == "findings" and n.status != "ok" for n in self.notes):
            self.ok("findings", f"{count} findings files readable, each of an existing interview")

    def check_pseudonyms(self) -> None:
        """The pseudonym map reads, is private, and covers every placeholder the transcripts use."""
        path = self.workspace.pseudonyms_path
        if not path.exists():
            return
        try:
            data = read_json(path)
        except WorkspaceError as exc:
            self.problem(
                "pseudonyms",
                f"{exc.message}; placeholders cannot be reversed until it is restored from a backup",
            )
            return
        entities = data.get("entities") if isinstance(data, dict) else None
        if not isinstance(entities, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in entities.items()
        ):
            self.problem("pseudonyms", f"{path.name}: not a pseudonym map (no entities of text)")
            return
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            if self.repair:
                os.chmod(path, 0o600)
                self.repaired("pseudonyms", f"{path.name} was readable by others (mode {mode:o}); now 0600")
            else:
                self.problem("pseudonyms", f"{path.name} is readable by others (mode {mode:o})")
        by_original: dict[str, list[str]] = {}
        for placeholder, original in entities.items():
            by_original.setdefault(original.casefold(), []).append(placeholder)
        doubled = {original: p for original, p in by_original.items() if len(p) > 1}
        if doubled:
            example = next(iter(doubled.values()))
            self.problem(
                "pseudonyms",
                f"{len(doubled)} names have more than one placeholder (e.g. {', '.join(example)}): "
                "two imports wrote the map at once",
            )
        issued = [int(m.group(1)) for p in entities if (m := _PLACEHOLDER.fullmatch(p)) and m.group(1)]
        highest_person = max(issued, default=0)
        unknown: dict[str, str] = {}
        for interview_id in self.workspace.interview_ids():
            try:
                transcript = self.workspace.load_transcript(interview_id)
            except WorkspaceError:
                continue
            if not transcript.interview.pseudonymised:
                continue
            for utterance in transcript.utterances:
                for match in _PLACEHOLDER.finditer(f"{utterance.speaker or ''} {utterance.text}"):
                    placeholder = match.group()
                    # "Person 2" can be a source's own generic label: only a number never issued counts
                    if match.group(1) and int(match.group(1)) <= highest_person:
                        continue
                    if placeholder not in entities and (not match.group(1) or highest_person):
                        unknown.setdefault(placeholder, interview_id)
        if unknown:
            first = ", ".join(f"{p} in {i}" for p, i in list(unknown.items())[:3])
            self.problem(
                "pseudonyms",
                f"{len(unknown)} placeholders are not in the map and cannot be reversed ({first})",
            )
        if not doubled and not unknown:
            self.ok("pseudonyms", f"{len(entities)} placeholders, one per name, all reversible")


def _source_of(path: Path) -> str | None:
    """The source file named in a damaged transcript, when enough of it is left to read."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    match = re.search(r'"source_file":\s*"((?:[^"\\]|\\.)*)"', text)
    return match.group(1) if match else None


def notes_as_json(notes: list[Note]) -> list[dict[str, Any]]:
    return [{"area": n.area, "status": n.status, "message": n.message} for n in notes]
