"""Fresh workspaces for evaluation, filled the way a user fills them (`personas import`)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.workspace import Workspace
from assistant.extract.offline import OfflineExtractor
from assistant.extract.pipeline import extract_interview
from assistant.ingest.importing import import_paths
from assistant.providers.embeddings import CACHE_FILE, CachedEmbedder, EmbeddingCache, classifier_embedder
from harness.study import Study

EVAL_DIR = Path(__file__).resolve().parents[1]
WORK_DIR = EVAL_DIR / ".work"
SHARED_CACHE = EVAL_DIR / ".cache"
"""Embedding caches shared by every evaluation workspace (content-addressed, safe to delete)."""


@dataclass
class StudyWorkspace:
    """A workspace holding one study (or several), and which file became which interview."""

    workspace: Workspace
    file_of: dict[str, str]
    """interview id -> (study id, file name) key ``"<study>/<file>"``."""
    failures: list[str]

    def interview_of(self, study_id: str, file_name: str) -> str | None:
        key = f"{study_id}/{file_name}"
        return next((i for i, f in self.file_of.items() if f == key), None)


def fresh_workspace(name: str, *, settings_toml: str = "") -> Workspace:
    """An empty workspace under eval/.work/<name> whose cache is the shared evaluation cache."""
    root = WORK_DIR / name
    if root.exists():
        shutil.rmtree(root)
    workspace = Workspace.init(root)
    if settings_toml:
        workspace.settings_path.write_text(settings_toml, encoding="utf-8")
    SHARED_CACHE.mkdir(parents=True, exist_ok=True)
    cache = workspace.cache_dir
    if cache.exists():
        shutil.rmtree(cache)
    cache.symlink_to(SHARED_CACHE, target_is_directory=True)
    return Workspace(root)


def import_studies(
    name: str,
    studies: list[Study],
    *,
    pseudonymise: bool = False,
    index: bool = True,
    settings_toml: str = "",
) -> StudyWorkspace:
    """Import every file of ``studies`` (each under its own study name) into a fresh workspace."""
    workspace = fresh_workspace(name, settings_toml=settings_toml)
    file_of: dict[str, str] = {}
    failures: list[str] = []
    for study in studies:
        report = import_paths(
            workspace,
            [study.root / file_name for file_name in study.files],
            study=study.id,
            pseudonymise=pseudonymise,
            index=index,
        )
        for result in report.results:
            if result.interview_id:
                file_of[result.interview_id] = f"{study.id}/{Path(result.path).name}"
            else:
                failures.append(result.line())
    return StudyWorkspace(workspace=workspace, file_of=file_of, failures=failures)


def shared_embedder() -> CachedEmbedder:
    """The shipped classifier's embedder, with every evaluation script's embeddings cached in one place."""
    return CachedEmbedder(classifier_embedder(), EmbeddingCache(SHARED_CACHE / CACHE_FILE))


def extract_offline(sw: StudyWorkspace, extractor: OfflineExtractor) -> None:
    """Extract every imported interview with the offline engine, as `personas extract --all` would."""
    for interview_id in sw.file_of:
        transcript = sw.workspace.load_transcript(interview_id)
        extract_interview(sw.workspace, transcript, engine="offline", extractor=extractor)


def offline_retrievers(prefix: str) -> Iterator[tuple[Study, StudyWorkspace, Any]]:
    """Each corpus study imported and extracted offline as a user would, with the ask retriever over
    it (for the ask experiments: ``eval/answer_probe.py``, ``eval/rank_probe.py``)."""
    from assistant.ask.retrieval import Retriever
    from harness.study import corpus_studies, load_study

    embedder = shared_embedder()
    extractor = OfflineExtractor(embedder)
    for folder in corpus_studies():
        study = load_study(folder)
        sw = import_studies(f"{prefix}-{study.id}", [study])
        extract_offline(sw, extractor)
        yield study, sw, Retriever(sw.workspace, embedder=embedder)
