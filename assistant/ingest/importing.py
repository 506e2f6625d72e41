"""Importing transcript files into a workspace: parse, assign roles, pseudonymise, save, index."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from assistant.core.errors import AssistantError, InputFileError, WorkspaceError
from assistant.core.models import Interview, Transcript, Utterance
from assistant.core.workspace import Workspace, slugify
from assistant.index.store import UtteranceIndex, open_index
from assistant.ingest.formats import NotATranscriptError, ParsedTranscript, parse_bytes, parse_text
from assistant.ingest.formats.decode import read_limited
from assistant.ingest.formats.detect import normalise_format
from assistant.ingest.formats.metadata import detect_language
from assistant.ingest.roles import assign_roles

log = logging.getLogger(__name__)

Status = Literal["imported", "unchanged", "failed", "skipped"]

TRANSCRIPT_SUFFIXES = frozenset(
    {".vtt", ".srt", ".sbv", ".txt", ".text", ".md", ".markdown", ".json", ".pdf", ".docx"}
)
_NOT_TRANSCRIPT_NAMES = re.compile(
    r"^(?:source|license|licence|copying|readme|attribution|changelog|notice|authors|contributing|"
    r"code_of_conduct|security|manifest|requirements)(?:[._-].*)?$",
    re.I,
)
_GENERIC_TITLES = frozenset({"interview", "transcript", "meeting", "notes"})


@dataclass
class FileResult:
    """What happened to one file."""

    path: Path
    status: Status
    interview_id: str | None = None
    utterances: int = 0
    format: str | None = None
    participant: str | None = None
    message: str = ""
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        """The one line the CLI prints for this file."""
        if self.status == "imported":
            who = self.participant or "no participant found"
            return f"imported {self.path} as {self.interview_id} ({self.utterances} utterances, {self.format}, participant {who})"
        if self.status == "unchanged":
            return f"unchanged {self.path} (already imported as {self.interview_id})"
        if self.status == "skipped":
            return f"skipped {self.path}: {self.message}"
        return f"error: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "status": self.status,
            "interview_id": self.interview_id,
            "utterances": self.utterances,
            "format": self.format,
            "participant": self.participant,
            "message": self.message or None,
            "warnings": list(self.warnings),
        }


@dataclass
class ImportReport:
    """Per-file results of one import run."""

    results: list[FileResult] = field(default_factory=list)

    def _with(self, status: Status) -> list[FileResult]:
        return [r for r in self.results if r.status == status]

    @property
    def imported(self) -> list[FileResult]:
        return self._with("imported")

    @property
    def unchanged(self) -> list[FileResult]:
        return self._with("unchanged")

    @property
    def failed(self) -> list[FileResult]:
        return self._with("failed")

    @property
    def skipped(self) -> list[FileResult]:
        return self._with("skipped")

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def imported_count(self) -> int:
        return len(self.imported)

    @property
    def failures(self) -> list[str]:
        """One message per failed file (each names the file and the problem)."""
        return [r.message for r in self.failed]

    def summary(self) -> str:
        return (
            f"{len(self.imported)} imported, {len(self.unchanged)} unchanged, "
            f"{len(self.skipped)} skipped, {len(self.failed)} failed"
        )


Progress = Callable[[int, int, FileResult], None]


def folder_skip_reason(path: Path) -> str | None:
    """Why a file found while walking a folder is not a transcript (None: try to import it)."""
    name = path.name
    if name.startswith("."):
        return "hidden file"
    suffix = path.suffix.lower()
    if _NOT_TRANSCRIPT_NAMES.match(name):
        return "not a transcript (documentation or licence file)"
    if suffix not in TRANSCRIPT_SUFFIXES:
        return f"not a transcript file type ({suffix or 'no extension'})"
    if name.lower().endswith(".extracted.txt"):
        original = path.with_name(name[: -len(".extracted.txt")] + ".pdf")
        if original.exists():
            return f"text extracted from {original.name}, which is imported instead"
    return None


def collect_files(paths: Iterable[Path | str]) -> list[tuple[Path, bool]]:
    """Files to import, each with whether it came from walking a folder (folders are recursed)."""
    found: list[tuple[Path, bool]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    found.append((Path(root) / name, True))
        else:
            found.append((path, False))
    return found


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Importer:
    """State shared across the files of one run (known hashes, ids, the pseudonym map)."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        study: str | None,
        fmt: str | None,
        interviewer: Sequence[str] | str | None,
        pseudonymise: bool | None,
        index: bool,
    ) -> None:
        self.workspace = workspace
        settings = workspace.settings
        self.study = study if study is not None else settings.study
        self.fmt = normalise_format(fmt)
        extra = [interviewer] if isinstance(interviewer, str) else list(interviewer or [])
        self.interviewers = [*extra, *settings.interviewer]
        self.pseudonymise = settings.privacy.pseudonymise if pseudonymise is None else pseudonymise
        self.index_enabled = index
        self._index: UtteranceIndex | None = None
        self._index_error: str | None = None
        self.hashes: dict[str, str] = {}
        self.ids: set[str] = set()
        self.not_pseudonymised: set[str] = set()
        for transcript in workspace.transcripts():
            self.hashes[transcript.interview.source_hash] = transcript.interview.id
            self.ids.add(transcript.interview.id)
            if not transcript.interview.pseudonymised:
                self.not_pseudonymised.add(transcript.interview.id)
        self.ids.update(workspace.interview_ids())

    def new_id(self, stem: str) -> str:
        base = slugify(stem)
        candidate, counter = base, 2
        while candidate in self.ids:
            candidate = f"{base}-{counter}"
            counter += 1
        self.ids.add(candidate)
        return candidate

    def build(self, parsed: ParsedTranscript, *, source_file: str, source_hash: str, stem: str) -> Transcript:
        """A Transcript from parsed utterances: ids, roles, metadata, pseudonyms."""
        roles = assign_roles(
            parsed.utterances, interviewers=self.interviewers, header_interviewer=parsed.interviewer_hint
        )
        interview_id = self.new_id(stem)
        title = (
            parsed.title if parsed.title and parsed.title.strip().casefold() not in _GENERIC_TITLES else stem
        )
        utterances = [
            Utterance(
                id=f"{interview_id}:{number}",
                speaker=u.speaker,
                role=roles.role_of(u.speaker),  # type: ignore[arg-type]
                start=u.start,
                end=u.end,
                text=u.text,
            )
            for number, u in enumerate(parsed.utterances, start=1)
        ]
        interview = Interview(
            id=interview_id,
            title=title,
            study=self.study,
            date=parsed.date,
            language=detect_language([u.text for u in utterances[:200]]),
            participant=roles.participant,
            source_file=source_file,
            source_hash=source_hash,
            format=parsed.format,
            imported_at=datetime.now(UTC),
        )
        transcript = Transcript(interview=interview, utterances=utterances)
        if self.pseudonymise:
            from assistant.ingest.pseudonymise import pseudonymise_transcript

            pseudonymise_transcript(self.workspace, transcript)
        return transcript

    def store(self, transcript: Transcript, source: Path | str) -> list[str]:
        """Save the transcript atomically, then index it; returns warnings."""
        try:
            self.workspace.save_transcript(transcript)
        except WorkspaceError as exc:
            raise InputFileError(
                source, f"cannot save the transcript in the workspace ({exc.message})"
            ) from exc
        self.hashes[transcript.interview.source_hash] = transcript.interview.id
        return self._index_transcript(transcript)

    def _index_transcript(self, transcript: Transcript) -> list[str]:
        if not self.index_enabled:
            return []
        if self._index_error is not None:
            return [f"not indexed ({self._index_error}); run `personas reindex` later"]
        try:
            if self._index is None:
                self._index = open_index(self.workspace)
            self._index.upsert_transcript(transcript)
        except AssistantError as exc:
            return [f"saved but not indexed ({exc.message}); run `personas reindex` later"]
        except Exception as exc:  # the transcript is safe on disk; indexing can be redone
            log.exception("indexing %s failed", transcript.interview.id)
            return [f"saved but not indexed ({type(exc).__name__}: {exc}); run `personas reindex` later"]
        return []

    def import_file(self, path: Path, from_folder: bool) -> FileResult:
        if from_folder:
            reason = folder_skip_reason(path)
            if reason:
                return FileResult(path, "skipped", message=reason)
        try:
            data = read_limited(path)
            source_hash = _sha256(data)
            known = self.hashes.get(source_hash)
            if known is not None:
                unchanged = FileResult(path, "unchanged", interview_id=known)
                if self.pseudonymise and known in self.not_pseudonymised:  # asking for it now changes nothing
                    unchanged.warnings.append(
                        f"imported earlier without pseudonymisation and left as it was; "
                        f"run `personas rm {known}` and import it again to pseudonymise it"
                    )
                return unchanged
            parsed = parse_bytes(data, path, self.fmt)
            if from_folder and parsed.format == "zoom_chat":
                return FileResult(
                    path, "skipped", message="Zoom chat log, not a spoken transcript (name it to import)"
                )
            transcript = self.build(
                parsed, source_file=str(path.absolute()), source_hash=source_hash, stem=_stem(path)
            )
            warnings = self.store(transcript, path)
        except NotATranscriptError as exc:
            if from_folder:
                return FileResult(path, "skipped", message=exc.problem)
            return FileResult(path, "failed", message=exc.message)
        except InputFileError as exc:
            return FileResult(path, "failed", message=exc.message)
        except AssistantError as exc:
            return FileResult(path, "failed", message=f"{path}: {exc.message}")
        if not any(u.role == "participant" for u in transcript.utterances):
            warnings.insert(
                0, "no participant identified (no speaker labels?); set one with `personas rename-speaker`"
            )
        interview = transcript.interview
        return FileResult(
            path,
            "imported",
            interview_id=interview.id,
            utterances=len(transcript.utterances),
            format=interview.format,
            participant=interview.participant,
            warnings=warnings,
        )


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".extracted.txt",):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _check_workspace(workspace: Workspace) -> None:
    if not workspace.root.is_dir():
        raise WorkspaceError(
            f"{workspace.root}: workspace folder does not exist (run `personas init {workspace.root}`)"
        )
    transcripts = workspace.transcripts_dir
    if transcripts.exists() and not transcripts.is_dir():
        raise WorkspaceError(
            f"{transcripts}: is a file, not a folder; cannot save transcripts (workspace damaged)"
        )
    workspace.ensure()


def import_paths(
    workspace: Workspace,
    paths: Iterable[Path | str],
    *,
    study: str | None = None,
    fmt: str | None = None,
    interviewer: Sequence[str] | str | None = None,
    pseudonymise: bool | None = None,
    index: bool = True,
    progress: Progress | None = None,
) -> ImportReport:
    """Import files and folders; bad files are reported one by one, good ones are still imported."""
    _check_workspace(workspace)
    importer = _Importer(
        workspace, study=study, fmt=fmt, interviewer=interviewer, pseudonymise=pseudonymise, index=index
    )
    files = collect_files(paths)
    report = ImportReport()
    for number, (path, from_folder) in enumerate(files, start=1):
        result = importer.import_file(path, from_folder)
        report.results.append(result)
        if progress is not None:
            progress(number, len(files), result)
    return report


def import_text(
    workspace: Workspace,
    text: str,
    fmt: str | None = None,
    *,
    name: str = "pasted transcript",
    study: str | None = None,
    interviewer: Sequence[str] | str | None = None,
    pseudonymise: bool | None = None,
    index: bool = True,
) -> FileResult:
    """Import transcript text pasted in the UI (``name`` stands in for a file name)."""
    _check_workspace(workspace)
    importer = _Importer(
        workspace, study=study, fmt=fmt, interviewer=interviewer, pseudonymise=pseudonymise, index=index
    )
    pseudo_path = Path(name)
    source_hash = _sha256(text.encode("utf-8"))
    known = importer.hashes.get(source_hash)
    if known is not None:
        return FileResult(pseudo_path, "unchanged", interview_id=known)
    try:
        parsed = parse_text(text.replace("\r\n", "\n").lstrip("\ufeff"), pseudo_path, importer.fmt)
        transcript = importer.build(
            parsed, source_file=name, source_hash=source_hash, stem=pseudo_path.stem or "pasted"
        )
        warnings = importer.store(transcript, pseudo_path)
    except InputFileError as exc:
        return FileResult(pseudo_path, "failed", message=exc.message)
    interview = transcript.interview
    return FileResult(
        pseudo_path,
        "imported",
        interview_id=interview.id,
        utterances=len(transcript.utterances),
        format=interview.format,
        participant=interview.participant,
        warnings=warnings,
    )
