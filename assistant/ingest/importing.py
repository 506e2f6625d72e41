"""Importing transcript files into a workspace: parse, assign roles, pseudonymise, save, index."""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import stat
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from assistant.core.errors import AssistantError, InputFileError, WorkspaceError
from assistant.core.lock import workspace_lock
from assistant.core.models import Interview, Transcript, Utterance
from assistant.core.workspace import Workspace, slugify
from assistant.index.health import catch_up, check_store
from assistant.index.store import UtteranceIndex, open_index
from assistant.ingest.formats import NotATranscriptError, ParsedTranscript, parse_bytes_all, parse_text
from assistant.ingest.formats.base import PROMPT
from assistant.ingest.formats.decode import read_limited
from assistant.ingest.formats.detect import normalise_format
from assistant.ingest.formats.kinds import check_kind, split_long_turns
from assistant.ingest.formats.metadata import detect_language
from assistant.ingest.formats.one_sided import assign_unlabelled
from assistant.ingest.qdpx import import_qdpx
from assistant.ingest.roles import assign_roles

log = logging.getLogger(__name__)

Status = Literal["imported", "unchanged", "failed", "skipped"]

TRANSCRIPT_SUFFIXES = frozenset(
    {".vtt", ".srt", ".sbv", ".txt", ".text", ".md", ".markdown", ".json", ".pdf", ".docx", ".odt", ".rtf"}
    | {".html", ".htm"}
    | {".csv", ".tsv", ".tab", ".xlsx", ".xlsm", ".jsonl", ".ndjson"}
    | {".qdpx"}
)
_NOT_TRANSCRIPT_NAMES = re.compile(
    r"^(?:source|license|licence|copying|readme|attribution|changelog|notice|authors|contributing|"
    r"code_of_conduct|security|manifest|requirements)(?:[._-].*)?$",
    re.I,
)
_GENERIC_TITLES = frozenset({"interview", "transcript", "meeting", "notes"})
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable_path(path: Path | str) -> str:
    """A path as text that can be stored and printed: bytes of a name that is not UTF-8 become U+FFFD."""
    return _SURROGATE.sub("\ufffd", str(path))


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
    key: str | None = None
    """The interview's id inside a table (None for a file that holds one interview)."""
    notes: list[str] = field(default_factory=list)
    """What was detected (table shape, time units, one-sided labels), said once per file."""
    role_confidence: float | None = None
    roles_uncertain: bool = False
    """The roles need a person's check before extraction (``personas roles ID``)."""

    @property
    def where(self) -> str:
        shown = printable_path(self.path)
        return f"{shown} [{self.key}]" if self.key is not None else shown

    def line(self) -> str:
        """The one line the CLI prints for this file (or table row)."""
        if self.status == "imported":
            who = self.participant or "no participant found"
            doubt = (
                f"; roles uncertain, check with `personas roles {self.interview_id}`"
                if self.roles_uncertain
                else ""
            )
            return (
                f"imported {self.where} as {self.interview_id} "
                f"({self.utterances} utterances, {self.format}, participant {who}{doubt})"
            )
        if self.status == "unchanged":
            return f"unchanged {self.where} (already imported as {self.interview_id})"
        if self.status == "skipped":
            return f"skipped {self.where}: {self.message}"
        return f"error: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "file": printable_path(self.path),
            "status": self.status,
            "interview_id": self.interview_id,
            "utterances": self.utterances,
            "format": self.format,
            "participant": self.participant,
            "message": self.message or None,
            "warnings": list(self.warnings),
            "key": self.key,
            "notes": list(self.notes),
            "role_confidence": self.role_confidence,
            "roles_uncertain": self.roles_uncertain,
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


_KIND_NAMES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def not_regular(path: Path) -> str | None:
    """Why ``path`` is not a regular file that can be read to its end (None: it is one).

    Reading a named pipe or a device never ends, so these are refused before they are opened.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # read_limited says what is wrong (not found, no permission)
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KIND_NAMES if test(mode)), "not a regular file")
    return f"not a regular file ({kind})"


def unstorable(parsed: ParsedTranscript) -> str | None:
    """Why a parsed interview cannot be stored as it is (None: it can).

    A time that is NaN or infinite is not JSON, and a lone surrogate is not Unicode: stored,
    either would break every later read of the transcript, so the file is refused instead.
    """
    for number, utterance in enumerate(parsed.utterances, start=1):
        times: tuple[tuple[str, object], ...] = (("start", utterance.start), ("end", utterance.end))
        for name, value in times:
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                return f"utterance {number}: the {name} time {str(value)[:40]!r} is not a number of seconds"
            if not math.isfinite(value):
                return f"utterance {number}: the {name} time is {value}, not a number of seconds"
        texts: tuple[tuple[str, object], ...] = (("text", utterance.text), ("speaker", utterance.speaker))
        for name, text in texts:
            if text is None:
                continue
            if not isinstance(text, str):
                return f"utterance {number}: the {name} is not text"
            bad = _SURROGATE.search(text)
            if bad:
                return (
                    f"utterance {number}: the {name} holds {bad.group()!r}, a lone surrogate that is not "
                    "valid Unicode"
                )
    values = [parsed.title or "", *parsed.attributes.keys(), *parsed.attributes.values()]
    for value in values:
        bad = _SURROGATE.search(str(value))
        if bad:
            return (
                f"the title or an attribute holds {bad.group()!r}, a lone surrogate that is not valid Unicode"
            )
    return None


class _LibraryMessages(logging.Handler):
    """Collects what parsing libraries log or warn about one file, to say it in one line."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("assistant"):
            return
        try:
            text = record.getMessage()
        except Exception:  # a library's malformed log call must not break an import
            text = str(record.msg)
        self.messages.append((record.name.split(".")[0], text))


@contextmanager
def library_messages() -> Iterator[_LibraryMessages]:
    """Capture library warnings (``logging`` and ``warnings``) raised while one file is read."""
    handler = _LibraryMessages()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield handler
    finally:
        root.removeHandler(handler)
    for warning in caught:
        module = getattr(warning.category, "__module__", "") or "python"
        handler.messages.append((module.split(".")[0], str(warning.message)))


def library_warning(handler: _LibraryMessages) -> str | None:
    """The captured messages as one warning line (None when there were none)."""
    if not handler.messages:
        return None
    sources = sorted({source for source, _ in handler.messages})
    first = " ".join(handler.messages[0][1].split())[:160]
    count = len(handler.messages)
    noun = "message" if count == 1 else "messages"
    return f"{'/'.join(sources)} reported {count} {noun} reading this file (first: {first})"


Progress = Callable[[int, int, FileResult], None]
RowProgress = Callable[[int, int, Path], None]
"""Called as the interviews of one table are stored: (done, total, file)."""
FileDone = Callable[[Path, list[FileResult]], None]
"""Called once per file with all its results (one, or one per interview of a table)."""


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
        unlabelled_speaker: str | None = None,
        force: bool = False,
        row_progress: RowProgress | None = None,
    ) -> None:
        self.workspace = workspace
        settings = workspace.settings
        self.study = study if study is not None else settings.study
        self.fmt = normalise_format(fmt)
        extra = [interviewer] if isinstance(interviewer, str) else list(interviewer or [])
        self.interviewers = [*extra, *settings.interviewer]
        self.pseudonymise = settings.privacy.pseudonymise if pseudonymise is None else pseudonymise
        self.unlabelled_speaker = (
            unlabelled_speaker.strip() if unlabelled_speaker and unlabelled_speaker.strip() else None
        )
        self.force = force
        self.row_progress = row_progress
        self.index_enabled = index
        self._index: UtteranceIndex | None = None
        self._index_error: str | None = None
        self.hashes: dict[str, str] = {}
        self.ids: set[str] = set()
        self.not_pseudonymised: set[str] = set()
        self.unattributed: set[str] = set()
        for interview_id in workspace.interview_ids():
            try:
                transcript = workspace.load_transcript(interview_id)
            except AssistantError:
                continue  # a damaged transcript keeps its id (below); `personas doctor` reports it
            self.hashes[transcript.interview.source_hash] = transcript.interview.id
            self.ids.add(transcript.interview.id)
            if not transcript.interview.pseudonymised:
                self.not_pseudonymised.add(transcript.interview.id)
            if any(u.speaker is None for u in transcript.utterances):
                self.unattributed.add(transcript.interview.id)
        self.ids.update(workspace.interview_ids())

    def new_id(self, stem: str) -> str:
        base = slugify(stem)
        candidate, counter = base, 2
        while candidate in self.ids:
            candidate = f"{base}-{counter}"
            counter += 1
        self.ids.add(candidate)
        return candidate

    def prepare(self, parsed: ParsedTranscript) -> tuple[str | None, list[str]]:
        """Attribute unlabelled lines, split very long turns, and judge whether this is an interview.

        Returns (why it is refused as not an interview, or None; warnings).
        """
        warnings = list(parsed.warnings)
        if self.unlabelled_speaker is not None:
            assigned = assign_unlabelled(parsed, self.unlabelled_speaker)
            if assigned:
                parsed.notes.append(f"{assigned} unlabelled turns attributed to {self.unlabelled_speaker!r}")
        else:
            hint = _unlabelled_hint(parsed)
            if hint:
                warnings.append(hint)
        split = split_long_turns(parsed)
        if split:
            parsed.notes.append(f"{split} very long turns split at sentence ends")
        roles_hint = [*self.interviewers, *([parsed.interviewer_hint] if parsed.interviewer_hint else [])]
        kind = check_kind(parsed, _interviewers_of(parsed, roles_hint))
        warnings.extend(kind.warnings)
        if kind.refuse is not None and self.force:
            warnings.append(f"{kind.refuse}; imported because of --force")
            return None, warnings
        return kind.refuse, warnings

    def build(self, parsed: ParsedTranscript, *, source_file: str, source_hash: str, stem: str) -> Transcript:
        """A Transcript from parsed utterances: ids, roles and their confidence, metadata, pseudonyms."""
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
                role=roles.role_of(u.speaker) if u.kind != PROMPT else "other",  # type: ignore[arg-type]
                start=u.start,
                end=u.end,
                text=u.text,
            )
            for number, u in enumerate(parsed.utterances, start=1)
        ]
        role_warnings = list(roles.warnings)
        if roles.roles and roles.participant is None:
            role_warnings.append("no participant among the labelled speakers")
        interview = Interview(
            id=interview_id,
            title=title,
            study=self.study,
            date=parsed.date,
            language=detect_language([u.text for u in utterances[:200]]),
            participant=roles.participant,
            participant_attributes=dict(parsed.attributes),
            source_file=source_file,
            source_hash=source_hash,
            format=parsed.format,
            imported_at=datetime.now(UTC),
            role_confidence=roles.confidence if roles.roles else None,
            role_warnings=role_warnings,
        )
        transcript = Transcript(interview=interview, utterances=utterances)
        if self.pseudonymise:
            from assistant.ingest.pseudonymise import pseudonymise_transcript

            pseudonymise_transcript(self.workspace, transcript, stem=stem, new_id=self.new_id)
        return transcript

    def store(self, transcript: Transcript, source: Path | str) -> list[str]:
        """Save the transcript atomically, then index it; returns warnings."""
        try:
            self.workspace.save_transcript(transcript)
        except WorkspaceError as exc:
            raise InputFileError(
                printable_path(source), f"cannot save the transcript in the workspace ({exc.message})"
            ) from exc
        self.hashes[transcript.interview.source_hash] = transcript.interview.id
        return self._index_transcript(transcript)

    def _index_transcript(self, transcript: Transcript) -> list[str]:
        """Index a saved transcript; on success its journal entry is cleared (see Workspace.save_transcript)."""
        if not self.index_enabled:
            return []
        if self._index_error is not None:
            return [f"saved but not indexed ({self._index_error}); run `personas reindex`"]
        try:
            if self._index is None:
                damage = check_store(self.workspace)
                if damage is not None:
                    self._index_error = f"the index is damaged: {damage}"
                    return [f"saved but not indexed ({self._index_error}); run `personas reindex`"]
                self._index = open_index(self.workspace)
            self._index.upsert_transcript(transcript)
        except AssistantError as exc:
            return [f"saved but not indexed ({exc.message}); run `personas reindex` later"]
        except Exception as exc:  # the transcript is safe on disk; indexing can be redone
            log.debug("indexing %s failed", transcript.interview.id, exc_info=True)
            return [f"saved but not indexed ({type(exc).__name__}: {exc}); run `personas reindex` later"]
        self.workspace.clear_index_pending(transcript.interview.id)
        return []

    def catch_up(self) -> None:
        """Index what an earlier run saved but did not index (killed, or ``--no-index``)."""
        if not self.index_enabled or not self.workspace.index_pending():
            return
        try:
            catch_up(self.workspace)
        except AssistantError as exc:
            self._index_error = exc.message

    def _unchanged(self, path: Path, known: str, key: str | None = None) -> FileResult:
        warnings: list[str] = []
        if self.pseudonymise and known in self.not_pseudonymised:  # pseudonymise the earlier import now
            from assistant.ingest.pseudonymise import pseudonymise_stored

            transcript = pseudonymise_stored(self.workspace, known, new_id=self.new_id)
            self.not_pseudonymised.discard(known)
            known = transcript.interview.id
            self.hashes[transcript.interview.source_hash] = known
            warnings = [
                "imported earlier without pseudonymisation: pseudonymised now; "
                "its findings were removed (run `personas extract` again)",
                *self._index_transcript(transcript),
            ]
        unchanged = FileResult(path, "unchanged", interview_id=known, key=key)
        unchanged.warnings.extend(warnings)
        if self.unlabelled_speaker is not None and known in self.unattributed:
            unchanged.warnings.append(
                f"imported earlier without --unlabelled-speaker and left as it was; "
                f"run `personas rm {known}` and import it again to attribute its unlabelled lines"
            )
        return unchanged

    def import_one(
        self, parsed: ParsedTranscript, path: Path, *, source_file: str, source_hash: str, stem: str
    ) -> FileResult:
        """Prepare, check, build and store one parsed interview."""
        refused, warnings = self.prepare(parsed)
        if refused is not None:
            return FileResult(
                path,
                "skipped",
                key=parsed.key,
                format=parsed.format,
                message=f"not an interview: {refused} (use --force to import it anyway)",
                notes=list(parsed.notes),
            )
        problem = unstorable(parsed)
        if problem is not None:
            raise InputFileError(printable_path(path), f"{problem}; nothing imported from it")
        # read before pseudonymisation replaces the words it is about
        raw = [u.text for u in parsed.utterances] if self.pseudonymise else []
        transcript = self.build(parsed, source_file=source_file, source_hash=source_hash, stem=stem)
        if self.pseudonymise:
            from assistant.ingest.pseudonymise import caseless_script_warning, unread_speech_warning

            for unread in (
                caseless_script_warning(raw),
                unread_speech_warning(raw, transcript.interview.language),
            ):
                if unread:
                    warnings.append(unread)
        warnings.extend(self.store(transcript, path))
        interview = transcript.interview
        if not any(u.role == "participant" for u in transcript.utterances) and not any(
            "--unlabelled-speaker" in w for w in warnings
        ):
            warnings.insert(
                0,
                "no participant identified (no speaker labels?); set one with `personas roles` or `personas rename-speaker`",
            )
        elif interview.roles_need_review:
            doubts = "; ".join(interview.role_warnings) or f"confidence {interview.role_confidence:.2f}"
            warnings.append(
                f"speaker roles uncertain ({doubts}); extraction waits until you check them with "
                f"`personas roles {interview.id}` and confirm with `personas roles {interview.id} --participant LABEL`"
            )
        return FileResult(
            path,
            "imported",
            interview_id=interview.id,
            utterances=len(transcript.utterances),
            format=interview.format,
            participant=interview.participant,
            warnings=warnings,
            key=parsed.key,
            notes=list(parsed.notes),
            role_confidence=interview.role_confidence,
            roles_uncertain=interview.roles_need_review,
        )

    def note_things(self, files: list[tuple[Path, bool]]) -> None:
        """Let the pseudonym map know, before the first file, what any file of this import introduces
        as a product or an organisation (``note_study_things``). A file that cannot be read, or is
        already imported, is left to the import itself, which says why."""
        from assistant.ingest.pseudonymise import note_study_things

        def transcripts() -> Iterator[tuple[list[str], list[str], str | None]]:
            # one file at a time: a large import is never held in memory whole
            for path, from_folder in files:
                if (from_folder and folder_skip_reason(path)) or not_regular(path) is not None:
                    continue
                if path.suffix.lower() == ".qdpx":
                    continue
                try:
                    with library_messages():
                        data = read_limited(path)
                        if _sha256(data) in self.hashes:
                            continue
                        parsed_all = parse_bytes_all(data, path, self.fmt)
                except Exception:  # noqa: BLE001 - the import of this file reports it
                    continue
                for parsed in parsed_all:
                    texts = [u.text for u in parsed.utterances]
                    speakers = sorted({u.speaker for u in parsed.utterances if u.speaker})
                    yield texts, speakers, detect_language(texts[:200])

        note_study_things(self.workspace, transcripts())

    def import_file(self, path: Path, from_folder: bool) -> list[FileResult]:
        """Import one file: one result for a transcript, one per interview for a table.

        Never raises for a bad file: whatever goes wrong becomes a failed result naming the file,
        so a folder import carries on and ends with its summary. Library warnings are said once.
        """
        if from_folder:
            reason = folder_skip_reason(path)
            if reason:
                return [FileResult(path, "skipped", message=reason)]
        irregular = not_regular(path)
        if irregular is not None:
            if from_folder:
                return [FileResult(path, "skipped", message=irregular)]
            return [FileResult(path, "failed", message=f"{printable_path(path)}: {irregular}")]
        with library_messages() as captured:
            results = self._guarded(path, None, lambda: self._import_file(path, from_folder), from_folder)
        line = library_warning(captured)
        if line is not None and results:
            results[0].warnings.append(line)
        return results

    def _guarded(
        self, path: Path, key: str | None, work: Callable[[], list[FileResult]], from_folder: bool = False
    ) -> list[FileResult]:
        """Run ``work``; any error becomes one failed result for this file (or table row)."""
        shown = printable_path(path) if key is None else f"{printable_path(path)} [{key}]"
        try:
            return work()
        except NotATranscriptError as exc:
            if key is None and from_folder:
                return [FileResult(path, "skipped", key=key, message=_SURROGATE.sub("\ufffd", exc.problem))]
            return [FileResult(path, "failed", key=key, message=f"{shown}: {exc.problem}")]
        except InputFileError as exc:
            return [FileResult(path, "failed", key=key, message=f"{shown}: {exc.problem}")]
        except AssistantError as exc:
            return [FileResult(path, "failed", key=key, message=f"{shown}: {exc.message}")]
        except RecursionError:
            return [FileResult(path, "failed", key=key, message=f"{shown}: nested too deeply to read")]
        except MemoryError:
            return [FileResult(path, "failed", key=key, message=f"{shown}: too large to read in memory")]
        except Exception as exc:  # a reader's bug must not stop the other files; say which file
            log.debug("importing %s failed", shown, exc_info=True)
            detail = " ".join(str(exc).split())[:200]
            return [
                FileResult(
                    path,
                    "failed",
                    key=key,
                    message=f"{shown}: cannot read it (internal error {type(exc).__name__}: {detail}); "
                    "please report this file",
                )
            ]

    def _import_file(self, path: Path, from_folder: bool) -> list[FileResult]:
        data = read_limited(path)
        if path.suffix.lower() == ".qdpx":  # a REFI-QDA project: its text sources and coded segments
            return import_qdpx(self, path, data, FileResult)
        source_hash = _sha256(data)
        known = self.hashes.get(source_hash)
        if known is not None:
            return [self._unchanged(path, known)]
        parsed_all = parse_bytes_all(data, path, self.fmt)
        if len(parsed_all) == 1 and parsed_all[0].key is None:
            parsed = parsed_all[0]
            if from_folder and parsed.format == "zoom_chat":
                return [
                    FileResult(
                        path,
                        "skipped",
                        message="Zoom chat log, not a spoken transcript (name it to import)",
                    )
                ]
            return [
                self.import_one(
                    parsed,
                    path,
                    source_file=printable_path(path.absolute()),
                    source_hash=source_hash,
                    stem=printable_path(_stem(path)),
                )
            ]
        return self._import_table(parsed_all, path)

    def _import_table(self, parsed_all: list[ParsedTranscript], path: Path) -> list[FileResult]:
        """Every interview of a table; each is idempotent on its own content (a row edited is new).

        A bad row fails alone: the rows before and after it are still imported and reported.
        """
        results: list[FileResult] = []
        stem = printable_path(_stem(path))
        total = len(parsed_all)
        for number, parsed in enumerate(parsed_all, start=1):
            key = parsed.key or str(number)

            def one(parsed: ParsedTranscript = parsed, key: str = key) -> list[FileResult]:
                content_hash = _content_hash(parsed, self.unlabelled_speaker)
                known = self.hashes.get(content_hash)
                if known is not None:
                    return [self._unchanged(path, known, key)]
                return [
                    self.import_one(
                        parsed,
                        path,
                        source_file=f"{printable_path(path.absolute())}#{key}",
                        source_hash=content_hash,
                        stem=f"{stem}-{key}",
                    )
                ]

            results.extend(self._guarded(path, key, one))
            if self.row_progress is not None:
                self.row_progress(number, total, path)
        return results


def _content_hash(parsed: ParsedTranscript, unlabelled_speaker: str | None) -> str:
    """sha256 of one table interview's content: its key, turns and attributes (not the whole file)."""
    digest = hashlib.sha256()
    digest.update(f"table\x1f{parsed.format}\x1f{parsed.key}\x1f{unlabelled_speaker or ''}\x1e".encode())
    for utterance in parsed.utterances:
        digest.update(
            f"{utterance.speaker}\x1f{utterance.start}\x1f{utterance.end}\x1f{utterance.text}\x1e".encode(
                "utf-8", "surrogatepass"
            )
        )
    for name, value in sorted(parsed.attributes.items()):
        digest.update(f"{name}\x1f{value}\x1e".encode("utf-8", "surrogatepass"))
    digest.update(f"{parsed.title}\x1f{parsed.date}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _interviewers_of(parsed: ParsedTranscript, named: list[str]) -> list[str]:
    roles = assign_roles(parsed.utterances, interviewers=named, header_interviewer=parsed.interviewer_hint)
    return list(roles.interviewers)


def _unlabelled_hint(parsed: ParsedTranscript) -> str | None:
    """Suggest --unlabelled-speaker when one side speaks in unlabelled lines."""
    speech = [u for u in parsed.utterances if u.kind != PROMPT]
    unlabelled = [u for u in speech if u.speaker is None]
    labels = {u.speaker for u in speech if u.speaker is not None}
    if not unlabelled or not labels:
        return None
    unlabelled_words = sum(len(u.text.split()) for u in unlabelled)
    all_words = sum(len(u.text.split()) for u in speech) or 1
    if len(labels) > 1 and unlabelled_words < all_words * 0.3:
        return None
    only = ", ".join(repr(label) for label in sorted(labels)[:3])
    return (
        f"only {only} {'is' if len(labels) == 1 else 'are'} labelled; {len(unlabelled)} unlabelled paragraphs "
        f"({unlabelled_words / all_words:.0%} of the words) are probably the other speaker: import with "
        f"--unlabelled-speaker NAME to attribute them"
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
    unlabelled_speaker: str | None = None,
    force: bool = False,
    row_progress: RowProgress | None = None,
    file_done: FileDone | None = None,
) -> ImportReport:
    """Import files and folders; bad files are reported one by one, good ones are still imported.

    A table yields one result per interview; ``progress`` is called for each result with the file's
    number and the file count, ``row_progress`` as a table's interviews are stored, ``file_done`` once
    per file with all its results.
    ``unlabelled_speaker`` names the speaker of unlabelled lines; ``force`` imports files that do not
    look like interviews (monologues, one-speaker files, code tables).
    """
    _check_workspace(workspace)
    # One writer at a time: the known hashes and ids below are a snapshot that only holds while
    # no other process can save a transcript (two imports once gave two files the same id).
    with workspace_lock(workspace.root, "import"):
        importer = _Importer(
            workspace,
            study=study,
            fmt=fmt,
            interviewer=interviewer,
            pseudonymise=pseudonymise,
            index=index,
            unlabelled_speaker=unlabelled_speaker,
            force=force,
            row_progress=row_progress,
        )
        importer.catch_up()
        files = collect_files(paths)
        if importer.pseudonymise and len(files) > 1:
            importer.note_things(files)
        report = ImportReport()
        for number, (path, from_folder) in enumerate(files, start=1):
            results = importer.import_file(path, from_folder)
            for result in results:
                report.results.append(result)
                if progress is not None:
                    progress(number, len(files), result)
            if file_done is not None:
                file_done(path, results)
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
    unlabelled_speaker: str | None = None,
    force: bool = False,
) -> FileResult:
    """Import transcript text pasted in the UI (``name`` stands in for a file name)."""
    _check_workspace(workspace)
    with workspace_lock(workspace.root, "import"):
        importer = _Importer(
            workspace,
            study=study,
            fmt=fmt,
            interviewer=interviewer,
            pseudonymise=pseudonymise,
            index=index,
            unlabelled_speaker=unlabelled_speaker,
            force=force,
        )
        importer.catch_up()
        pseudo_path = Path(name)
        source_hash = _sha256(text.encode("utf-8", "surrogatepass"))
        known = importer.hashes.get(source_hash)
        if known is not None:
            return importer._unchanged(pseudo_path, known)

        def one() -> list[FileResult]:
            parsed = parse_text(text.replace("\r\n", "\n").lstrip("\ufeff"), pseudo_path, importer.fmt)
            return [
                importer.import_one(
                    parsed,
                    pseudo_path,
                    source_file=printable_path(name),
                    source_hash=source_hash,
                    stem=printable_path(pseudo_path.stem) or "pasted",
                )
            ]

        return importer._guarded(pseudo_path, None, one)[0]
