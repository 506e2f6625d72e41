"""A study workspace: a folder of transcripts (the source of truth), the index and the outputs."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.core.lock import STATE_DIR
from assistant.core.models import Transcript
from assistant.core.settings import SETTINGS_FILE, Settings, load_settings
from assistant.core.storage import atomic_write_json, atomic_write_text, read_json

DEFAULT_TOML = """\
# personas study settings. Environment variables PERSONAS_<SECTION>__<KEY> override these.
# study = "my-study"
# interviewer = ["Ana Moderator"]   # speaker labels that are always the interviewer

[llm]
# provider = "auto"        # auto: use a model only when a key or base_url is set; "none": offline only
# model = "gpt-4o-mini"
# base_url = "http://127.0.0.1:11434/v1"   # any OpenAI-compatible server (Ollama, vLLM, llama.cpp)
# The API key comes from OPENAI_API_KEY (or PERSONAS_LLM__API_KEY); do not write it here.

[embeddings]
# provider = "local"       # local (bundled multilingual-e5-small), openai, hashing

[index]
# chroma_url = "http://127.0.0.1:8000"    # a shared Chroma server; empty = embedded in vectorstore/

[privacy]
# pseudonymise = true
# names = ["Full Name of someone mentioned"]

[personas]
# k_min = 3
# k_max = 5
# stale_months = 12
"""

SUBDIRS = ("transcripts", "vectorstore", "findings", "personas", "sessions", "exports", "cache")


_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
    }
)
"""Latin letters that Unicode does not decompose into a base letter and a mark ("Chłodnie" would lose
its "ł" and read "chodnie")."""


def slugify(text: str, max_length: int = 48, default: str = "interview") -> str:
    """A readable, ASCII, filesystem-safe id fragment (``default`` when nothing is left)."""
    normalized = (
        unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode("ascii")
    )
    slug = re.sub(r"[^A-Za-z0-9]+", "-", normalized).strip("-").lower()
    return (slug[:max_length].rstrip("-")) or default


def readable_slug(text: str, max_length: int = 48, default: str = "persona") -> str:
    """``slugify``, with letters of other scripts written in Latin letters first (``anyascii``): a
    persona labelled "Директор" or "店长" gets the id "direktor" or "dianzhang" rather than the empty
    slug's stand-in; Latin text gives what ``slugify`` gives. ``default`` when nothing is left. Not used
    for interview ids, whose file names may hold a participant's name in any script."""
    from anyascii import anyascii

    def latin(char: str) -> str:
        kept = unicodedata.normalize("NFKD", char.translate(_UNDECOMPOSED)).encode("ascii", "ignore")
        return char if kept or not char.isalnum() else anyascii(char)

    return slugify("".join(map(latin, text)), max_length, default)


class Workspace:
    """Paths and transcript storage of one study folder."""

    def __init__(self, root: Path, settings: Settings | None = None) -> None:
        self.root = Path(root).expanduser().resolve()
        self._settings = settings

    # -- locating -------------------------------------------------------------------------
    @classmethod
    def locate(cls, explicit: str | Path | None = None) -> Workspace:
        """``--workspace`` wins, then ``PERSONAS_WORKSPACE``, then the current folder."""
        chosen = explicit or os.environ.get("PERSONAS_WORKSPACE") or Path.cwd()
        return cls(Path(chosen))

    @classmethod
    def init(cls, root: Path) -> Workspace:
        """Create the workspace skeleton (the one place besides ``ensure`` that makes folders)."""
        workspace = cls(root)
        try:
            workspace.root.mkdir(parents=True, exist_ok=True)
            for name in SUBDIRS:
                (workspace.root / name).mkdir(exist_ok=True)
            if not workspace.settings_path.exists():
                atomic_write_text(workspace.settings_path, DEFAULT_TOML)
        except OSError as exc:
            raise WorkspaceError(f"{workspace.root}: cannot create workspace ({exc.strerror})") from exc
        return workspace

    def is_initialised(self) -> bool:
        """Whether the folder is a workspace: it has ``personas.toml`` or a ``transcripts/`` folder."""
        return self.settings_path.is_file() or self.transcripts_dir.is_dir()

    def require(self) -> None:
        """Raise a one-line WorkspaceError unless this folder is a workspace.

        Commands run in the wrong folder must say so rather than leave a skeleton or an index there.
        """
        if not self.root.exists():
            raise WorkspaceError(
                f"{self.root}: workspace folder does not exist (run `personas init {self.root}`, "
                f"or add --create)"
            )
        if not self.root.is_dir():
            raise WorkspaceError(f"{self.root}: is a file, not a workspace folder")
        if not self.is_initialised():
            raise WorkspaceError(
                f"{self.root}: not a personas workspace (no {SETTINGS_FILE}; run "
                f"`personas init {self.root}` to make it one, or pass --workspace DIR)"
            )

    def ensure(self) -> None:
        """Create missing sub-folders of an existing workspace (on first write); never a new workspace."""
        self.require()
        try:
            for name in SUBDIRS:
                (self.root / name).mkdir(exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(f"{self.root}: workspace is not writable ({exc.strerror})") from exc

    # -- paths ---------------------------------------------------------------------------
    @property
    def settings_path(self) -> Path:
        return self.root / SETTINGS_FILE

    @property
    def transcripts_dir(self) -> Path:
        return self.root / "transcripts"

    @property
    def vectorstore_dir(self) -> Path:
        configured = self.settings.index.path
        return Path(configured).expanduser() if configured else self.root / "vectorstore"

    @property
    def findings_dir(self) -> Path:
        return self.root / "findings"

    @property
    def personas_dir(self) -> Path:
        return self.root / "personas"

    @property
    def sessions_dir(self) -> Path:
        return self.root / "sessions"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def pseudonyms_path(self) -> Path:
        return self.root / "pseudonyms.json"

    @property
    def state_dir(self) -> Path:
        """Private bookkeeping: the writer lock and the journal of interviews waiting for the index."""
        return self.root / STATE_DIR

    @property
    def pending_index_dir(self) -> Path:
        return self.state_dir / "pending-index"

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.root)
        return self._settings

    def with_overrides(self, overrides: dict[str, Any]) -> Workspace:
        """A view of this workspace whose settings include typed CLI flags."""
        return Workspace(self.root, load_settings(self.root, overrides))

    # -- transcripts ---------------------------------------------------------------------
    def transcript_path(self, interview_id: str) -> Path:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", interview_id):
            raise NotFoundError(f"no interview with id {interview_id!r}")
        return self.transcripts_dir / f"{interview_id}.json"

    def interview_ids(self) -> list[str]:
        if not self.transcripts_dir.is_dir():
            return []
        return sorted(p.stem for p in self.transcripts_dir.glob("*.json") if not p.name.startswith("."))

    def load_transcript(self, interview_id: str) -> Transcript:
        path = self.transcript_path(interview_id)
        try:
            data = read_json(path)
        except FileNotFoundError:
            raise NotFoundError(f"no interview with id {interview_id!r} in {self.transcripts_dir}") from None
        try:
            return Transcript.model_validate(data)
        except ValidationError as exc:
            raise WorkspaceError(f"{path}: not a valid transcript ({exc.errors()[0]['msg']})") from exc

    def transcripts(self) -> Iterator[Transcript]:
        for interview_id in self.interview_ids():
            yield self.load_transcript(interview_id)

    def save_transcript(self, transcript: Transcript) -> Path:
        """Write the transcript atomically, first noting that the index must catch up with it.

        The note (``.personas/pending-index/<id>``) outlives a process killed between saving and
        indexing, so the next command that searches indexes the interview instead of missing it.
        """
        self.ensure()
        interview_id = transcript.interview.id
        path = self.transcript_path(interview_id)
        noted_before = (self.pending_index_dir / interview_id).exists()
        self.mark_index_pending(interview_id)
        try:
            atomic_write_json(path, transcript.model_dump(mode="json"))
        except BaseException:
            if not noted_before:  # nothing was saved, so the index has nothing to catch up
                self.clear_index_pending(interview_id)
            raise
        return path

    # -- the index journal ---------------------------------------------------------------
    def mark_index_pending(self, interview_id: str) -> None:
        """Note that the index may not match this interview's transcript (saved, changed or removed)."""
        self.transcript_path(interview_id)  # the id is a safe file name
        marker = self.pending_index_dir / interview_id
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError as exc:
            raise WorkspaceError(f"{marker}: cannot write ({exc.strerror or exc})") from exc

    def clear_index_pending(self, interview_id: str) -> None:
        """The index matches this interview again (call after indexing or removing it)."""
        try:
            (self.pending_index_dir / interview_id).unlink(missing_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                f"{self.pending_index_dir / interview_id}: cannot remove ({exc.strerror})"
            ) from exc

    def index_pending(self) -> list[str]:
        """Interviews whose index entries may be out of step with their transcript (see above)."""
        folder = self.pending_index_dir
        if not folder.is_dir():
            return []
        return sorted(
            p.name
            for p in folder.iterdir()
            if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", p.name) and p.is_file()
        )

    def delete_transcript(self, interview_id: str) -> None:
        path = self.transcript_path(interview_id)
        if path.exists():
            self.mark_index_pending(interview_id)  # its index entries go with it, even after a kill
        try:
            path.unlink()
        except FileNotFoundError:
            raise NotFoundError(f"no interview with id {interview_id!r}") from None
        except OSError as exc:
            raise WorkspaceError(f"{path}: cannot remove ({exc.strerror})") from exc

    def find_by_hash(self, source_hash: str) -> Transcript | None:
        for transcript in self.transcripts():
            if transcript.interview.source_hash == source_hash:
                return transcript
        return None

    def new_interview_id(self, stem: str) -> str:
        """A readable id from the file name, made unique within the workspace."""
        base = slugify(stem)
        existing = set(self.interview_ids())
        candidate, counter = base, 2
        while candidate in existing:
            candidate = f"{base}-{counter}"
            counter += 1
        return candidate
