"""An unchanged re-run does no work: offline findings are reused when transcript and engine are the same."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from assistant.core.models import CATEGORIES, Interview, Transcript, Utterance
from assistant.core.workspace import Workspace
from assistant.extract.classifier import LABELS, SpanClassifier
from assistant.extract.features import feature_dimension
from assistant.extract.offline import OfflineExtractor
from assistant.extract.pipeline import extract_interview, offline_version
from assistant.extract.store import reusable_result
from assistant.providers.embeddings import HashingEmbedder

TURNS = [
    ("interviewer", "Tell me about your role."),
    ("participant", "I run payroll for three clinics. Approvals take forever because managers travel."),
    ("interviewer", "What would help?"),
    ("participant", "Closing the month in five days instead of twelve would change my life."),
]


class CountingEmbedder(HashingEmbedder):
    """The hashing embedder, counting the passages it is asked to embed."""

    def __init__(self) -> None:
        super().__init__(dimension=16)
        self.passages = 0

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        self.passages += len(texts)
        return super()._embed_passages(texts)


def classifier(embedder: HashingEmbedder, *, threshold: float = 0.0, seed: int = 3) -> SpanClassifier:
    """A real classifier over the embedder's features (random weights; threshold 0 keeps every span)."""
    rng = np.random.default_rng(seed)
    width = feature_dimension(embedder.dimension)
    return SpanClassifier(
        coef=rng.normal(size=(len(LABELS), width)).astype(np.float32),
        intercept=np.zeros(len(LABELS), dtype=np.float32),
        mean=np.zeros(width, dtype=np.float32),
        scale=np.ones(width, dtype=np.float32),
        embedder_name=embedder.name,
        thresholds=dict.fromkeys(CATEGORIES, threshold),
    )


def transcript(last: str = TURNS[-1][1]) -> Transcript:
    turns = [*TURNS[:-1], ("participant", last)]
    return Transcript(
        interview=Interview(
            id="t1",
            title="t1",
            source_file="t1.txt",
            source_hash="0" * 64,
            format="plain_txt",
            imported_at=datetime(2026, 1, 1, tzinfo=UTC),
            participant="Dana",
        ),
        utterances=[
            Utterance(id=f"t1:{n}", speaker="Dana" if role == "participant" else "Sam", role=role, text=text)
            for n, (role, text) in enumerate(turns, start=1)
        ],
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace.init(tmp_path / "study")


def test_unchanged_rerun_reads_the_file_and_embeds_nothing(workspace: Workspace) -> None:
    embedder = CountingEmbedder()
    extractor = OfflineExtractor(embedder, classifier(embedder))
    first = extract_interview(workspace, transcript(), engine="offline", extractor=extractor)
    assert not first.reused and first.findings
    path = workspace.findings_dir / "t1.json"
    stored = json.loads(path.read_text())
    assert stored["prompt_version"] == offline_version(extractor)
    assert stored["prompt_version"].startswith("offline-")
    embedded, written = embedder.passages, path.stat().st_mtime_ns

    again = extract_interview(workspace, transcript(), engine="offline", extractor=extractor)
    assert again.reused
    assert embedder.passages == embedded  # no span was embedded again
    assert path.stat().st_mtime_ns == written  # and the file was not rewritten
    assert [(f.quote, f.category) for f in again.findings] == [(f.quote, f.category) for f in first.findings]
    assert again.stats == first.stats and again.engine == "offline"

    forced = extract_interview(workspace, transcript(), engine="offline", extractor=extractor, force=True)
    assert not forced.reused and embedder.passages > embedded


def test_a_changed_transcript_or_engine_is_extracted_again(workspace: Workspace) -> None:
    embedder = CountingEmbedder()
    extractor = OfflineExtractor(embedder, classifier(embedder))
    extract_interview(workspace, transcript(), engine="offline", extractor=extractor)
    edited = extract_interview(
        workspace, transcript("Now it takes nine days."), engine="offline", extractor=extractor
    )
    assert not edited.reused
    assert any("nine days" in f.quote for f in edited.findings)
    # other weights (a classifier trained without this study, a new release): not the same engine
    other = OfflineExtractor(embedder, classifier(embedder, seed=4))
    assert offline_version(other) != offline_version(extractor)
    assert not extract_interview(workspace, transcript("Now it takes nine days."), extractor=other).reused
    unmerged = OfflineExtractor(embedder, classifier(embedder, seed=4), merge=False)
    assert offline_version(unmerged) != offline_version(other)


def test_nothing_is_reused_from_a_damaged_file_or_for_an_unknown_engine(workspace: Workspace) -> None:
    embedder = CountingEmbedder()
    extractor = OfflineExtractor(embedder, classifier(embedder))
    extract_interview(workspace, transcript(), engine="offline", extractor=extractor)
    version = offline_version(extractor)
    assert version is not None
    text_hash = transcript().text_hash
    assert reusable_result(workspace, "t1", text_hash, engine="offline", version=version) is not None
    assert reusable_result(workspace, "t1", text_hash, engine="llm:x", version=version) is None
    (workspace.findings_dir / "t1.json").write_text("{not json", encoding="utf-8")
    assert reusable_result(workspace, "t1", text_hash, engine="offline", version=version) is None
    assert not extract_interview(workspace, transcript(), engine="offline", extractor=extractor).reused
    assert offline_version(object()) is None  # type: ignore[arg-type]
