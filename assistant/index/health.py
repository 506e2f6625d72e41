"""Is the index whole and in step with the transcripts? Catch up, or rebuild it from scratch.

The index is a rebuildable copy of the transcripts, so every repair here ends in re-embedding
transcripts; nothing here ever touches a transcript. Three things can go wrong:

- a process killed between saving a transcript and indexing it: the workspace's journal
  (``.personas/pending-index/``) names it, and :func:`catch_up` indexes it;
- the embedded store damaged on disk (a torn or overwritten ``chroma.sqlite3``): Chroma then fails,
  or even panics, on every call; :func:`check_store` finds it with SQLite's own check first, and
  :func:`rebuild_index` moves the damaged folder aside and builds a new one;
- entries that no longer match (another embedder, utterances edited while the index was busy):
  :func:`check_index` lists those interviews and :func:`rebuild_index` or :func:`catch_up` fix them.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant.core.errors import VectorIndexError, WorkspaceError
from assistant.core.storage import atomic_write_json
from assistant.core.workspace import Workspace
from assistant.index.store import indexable_utterances, open_index, reindex

SQLITE_FILE = "chroma.sqlite3"
DAMAGED_SUFFIX = ".damaged-"
CHECK_FILE = "index-check.json"
"""The last store check that passed, by file size and mtime, so searches do not re-check an unchanged store."""

Progress = Callable[[int, int, str], None]


@dataclass
class IndexHealth:
    """What :func:`check_index` found."""

    location: str
    damaged: str | None = None
    """Why the store cannot be used (None: it opens and answers)."""
    out_of_date: list[str] = field(default_factory=list)
    """Interviews whose indexed utterances do not match their transcript."""
    orphans: list[str] = field(default_factory=list)
    """Interviews in the index that have no transcript any more."""
    pending: list[str] = field(default_factory=list)
    """Interviews the journal says were saved or removed but not (yet) indexed."""
    utterances: int = 0
    interviews: int = 0
    collection: str = ""
    embedder: str = ""
    dimension: int = 0

    @property
    def ok(self) -> bool:
        return self.damaged is None and not (self.out_of_date or self.orphans or self.pending)

    def problems(self) -> list[str]:
        """One line per problem, each with what fixes it."""
        lines: list[str] = []
        if self.damaged is not None:
            lines.append(
                f"{self.location}: the index is damaged ({self.damaged}); run `personas reindex` "
                "to move it aside and rebuild it from the transcripts"
            )
            return lines
        if self.pending:
            lines.append(
                f"{len(self.pending)} interviews saved but not indexed yet ({_few(self.pending)}); "
                "the next search, import or `personas reindex` indexes them"
            )
        stale = [i for i in self.out_of_date if i not in self.pending]
        if stale:
            lines.append(
                f"{len(stale)} interviews out of date in the index ({_few(stale)}); run `personas reindex`"
            )
        if self.orphans:
            lines.append(
                f"{len(self.orphans)} removed interviews still in the index ({_few(self.orphans)}); "
                "run `personas reindex`"
            )
        return lines


def _few(ids: list[str], shown: int = 5) -> str:
    return ", ".join(ids[:shown]) + (", …" if len(ids) > shown else "")


# -- the store on disk ----------------------------------------------------------------------------
def _embedded_path(workspace: Workspace) -> Path | None:
    """The embedded store's folder (None when the index is a Chroma server)."""
    if workspace.settings.index.chroma_url:
        return None
    return workspace.vectorstore_dir


def _stamp(path: Path) -> list[float] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return [float(stat.st_size), stat.st_mtime]


def _check_sqlite(path: Path) -> str | None:
    """SQLite's own quick check of Chroma's database: None when sound, else the problem.

    Run before Chroma opens the file, because Chroma's reader panics on some damaged pages
    instead of raising an error the command could report.
    """
    if path.is_dir() or (path.exists() and not path.is_file()):
        return f"{path.name} is not a file"
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return f"{path.name}: {exc}"
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        return f"{path.name}: {exc}"
    finally:
        connection.close()
    result = "; ".join(str(row[0]) for row in rows[:3])
    return None if result == "ok" else f"{path.name}: {result}"


def check_store(workspace: Workspace, *, force: bool = False) -> str | None:
    """Whether the embedded store's files are sound (None) or why not; a server is not checked here.

    A store that passed and has not changed since (same size and mtime) is not read again unless
    ``force``: searches stay fast, and any write by Chroma changes the stamp.
    """
    folder = _embedded_path(workspace)
    if folder is None or not folder.exists():
        return None
    if not folder.is_dir():
        return f"{folder} is not a folder"
    database = folder / SQLITE_FILE
    record_path = workspace.state_dir / CHECK_FILE
    stamp = _stamp(database)
    if not force and stamp is not None:
        try:
            record = json.loads(record_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            record = None
        if isinstance(record, dict) and record.get("path") == str(database) and record.get("stamp") == stamp:
            return None
    problem = _check_sqlite(database)
    if problem is None and stamp is not None:
        try:
            atomic_write_json(record_path, {"path": str(database), "stamp": stamp})
        except WorkspaceError:
            pass  # only a cache of a check; a read-only workspace checks every time
    return problem


def check_index(workspace: Workspace, *, thorough: bool = False) -> IndexHealth:
    """Open the index and compare it with the transcripts; never raises for a damaged store."""
    folder = _embedded_path(workspace)
    health = IndexHealth(
        location=str(folder) if folder is not None else str(workspace.settings.index.chroma_url)
    )
    health.pending = workspace.index_pending()
    health.damaged = check_store(workspace, force=thorough)
    if health.damaged is not None:
        return health
    try:
        index = open_index(workspace)
        health.location = index.where or health.location
        health.collection = index.name
        health.embedder = index.embedder.name
        health.dimension = index.embedder.dimension
        indexed = index.indexed_interviews()
    except VectorIndexError as exc:
        if folder is None:  # a server that does not answer is not a damaged store
            raise
        health.damaged = exc.message.split(": cannot ", 1)[-1]
        return health
    health.utterances = sum(indexed.values())
    health.interviews = len(indexed)
    transcript_ids = set()
    for transcript in workspace.transcripts():
        interview_id = transcript.interview.id
        transcript_ids.add(interview_id)
        if indexed.get(interview_id, 0) != len(indexable_utterances(transcript)):
            health.out_of_date.append(interview_id)
    health.orphans = sorted(i for i in indexed if i not in transcript_ids)
    return health


# -- repairs ---------------------------------------------------------------------------------------
@dataclass
class CatchUp:
    """What :func:`catch_up` did."""

    indexed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def catch_up(workspace: Workspace, progress: Progress | None = None) -> CatchUp:
    """Index the interviews the journal names (drop those whose transcript is gone); hold the lock.

    Raises VectorIndexError when the index cannot be written (damaged or unreachable).
    """
    pending = workspace.index_pending()
    done = CatchUp()
    if not pending:
        return done
    if check_store(workspace) is not None:
        raise VectorIndexError(f"{workspace.vectorstore_dir}: the index is damaged; run `personas reindex`")
    index = open_index(workspace)
    for number, interview_id in enumerate(pending, start=1):
        if workspace.transcript_path(interview_id).is_file():
            transcript = workspace.load_transcript(interview_id)
            index.upsert_transcript(transcript)
            done.indexed.append(interview_id)
        else:
            index.remove_interview(interview_id)
            done.removed.append(interview_id)
        workspace.clear_index_pending(interview_id)
        if progress is not None:
            progress(number, len(pending), interview_id)
    return done


def _release_chroma(path: Path) -> None:
    """Forget Chroma's in-process client for ``path``, so the next open reads the folder anew."""
    try:
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
    except Exception:  # an older or newer Chroma without the cache: nothing to forget
        pass


def move_aside(workspace: Workspace) -> Path | None:
    """Rename the embedded store's folder to ``<name>.damaged-<time>`` (None when there is none)."""
    folder = _embedded_path(workspace)
    if folder is None or not folder.exists():
        return None
    _release_chroma(folder)
    target = folder.with_name(f"{folder.name}{DAMAGED_SUFFIX}{datetime.now():%Y%m%d-%H%M%S}")
    counter = 2
    while target.exists():
        target = folder.with_name(f"{folder.name}{DAMAGED_SUFFIX}{datetime.now():%Y%m%d-%H%M%S}-{counter}")
        counter += 1
    try:
        os.replace(folder, target)
    except OSError as exc:
        raise WorkspaceError(
            f"{folder}: cannot move the damaged index aside ({exc.strerror}); delete the folder and run "
            "`personas reindex` again"
        ) from exc
    try:
        (workspace.state_dir / CHECK_FILE).unlink(missing_ok=True)
    except OSError:
        pass
    return target


@dataclass
class Rebuild:
    """What :func:`rebuild_index` did."""

    utterances: int = 0
    interviews: int = 0
    moved_aside: Path | None = None
    damage: str | None = None


def rebuild_index(workspace: Workspace, progress: Progress | None = None) -> Rebuild:
    """Rebuild the index from the transcripts; a damaged store is moved aside first. Hold the lock.

    Every transcript is put in the journal first, so a rebuild killed half way is finished by the
    next command that searches instead of leaving part of the study unsearchable.
    """
    transcripts = list(workspace.transcripts())  # a damaged transcript fails here, before anything moves
    result = Rebuild(interviews=len(transcripts))
    result.damage = check_store(workspace, force=True)
    if result.damage is not None:
        result.moved_aside = move_aside(workspace)
    for transcript in transcripts:
        workspace.mark_index_pending(transcript.interview.id)
    try:
        result.utterances = reindex(workspace, progress=progress)
    except VectorIndexError as exc:
        if _embedded_path(workspace) is None or result.moved_aside is not None:
            raise
        # Chroma refused the store although SQLite found it sound (a damaged collection or segment).
        result.damage = exc.message
        result.moved_aside = move_aside(workspace)
        result.utterances = reindex(workspace, progress=progress)
    for interview_id in workspace.index_pending():
        workspace.clear_index_pending(interview_id)
    return result


def damaged_copies(workspace: Workspace) -> list[Path]:
    """Folders left by earlier rebuilds (``vectorstore.damaged-*``), oldest first."""
    folder = _embedded_path(workspace)
    if folder is None or not folder.parent.is_dir():
        return []
    return sorted(p for p in folder.parent.glob(f"{folder.name}{DAMAGED_SUFFIX}*") if p.is_dir())


def remove_damaged_copies(workspace: Workspace) -> list[Path]:
    """Delete the moved-aside damaged stores (they hold nothing the transcripts do not)."""
    removed = []
    for path in damaged_copies(workspace):
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
    return removed


def describe(health: IndexHealth) -> dict[str, Any]:
    """The health as JSON for ``index-status --json``."""
    return {
        "location": health.location,
        "collection": health.collection,
        "embedder": health.embedder,
        "dimension": health.dimension,
        "utterances": health.utterances,
        "interviews": health.interviews,
        "damaged": health.damaged,
        "out_of_date": health.out_of_date,
        "orphans": health.orphans,
        "pending": health.pending,
        "problems": health.problems(),
    }
