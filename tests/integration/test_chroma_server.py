"""The utterance index against a real ``chroma run`` server on 127.0.0.1."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest
from index_samples import AP, CONTROLLER

from assistant.core.errors import VectorIndexError
from assistant.core.workspace import Workspace
from assistant.index.store import open_index, reindex

pytestmark = pytest.mark.integration


@pytest.fixture
def server_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chroma_server: str) -> Workspace:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    monkeypatch.setenv("PERSONAS_INDEX__CHROMA_URL", chroma_server)
    workspace = Workspace.init(tmp_path / "serveur")
    workspace.save_transcript(AP)
    workspace.save_transcript(CONTROLLER)
    index = open_index(workspace)
    index.reset()
    return workspace


def test_upsert_and_search_with_filters_on_a_server(server_workspace: Workspace, chroma_server: str) -> None:
    index = open_index(server_workspace)
    assert index.where == chroma_server
    assert index.upsert_transcripts([AP, CONTROLLER]) == 8
    assert index.count() == 8
    hits = index.search("invoice approvals terminal managers email", limit=3)
    assert hits[0].utterance_id == "ap-clerk:2"
    assert {hit.role for hit in hits} == {"participant"}
    only = index.search("invoice approvals", role="interviewer", interview_ids=["controller"])
    assert [hit.utterance_id for hit in only] == ["controller:1"]
    recent = index.search("audit", role=None, date_from=date(2025, 1, 1), limit=20)
    assert {hit.interview_id for hit in recent} == {"ap-clerk"}
    # nothing was written to the local vectorstore folder in server mode
    assert not any(server_workspace.vectorstore_dir.iterdir())


def test_remove_interview_and_reindex_on_a_server(server_workspace: Workspace) -> None:
    index = open_index(server_workspace)
    index.upsert_transcripts([AP, CONTROLLER])
    index.remove_interview("ap-clerk")
    assert index.indexed_interviews() == {"controller": 3}
    assert reindex(server_workspace) == 8
    assert open_index(server_workspace).indexed_interviews() == {"ap-clerk": 5, "controller": 3}


def test_unreachable_server_url_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"  # nothing listens there once the probe is closed
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    monkeypatch.setenv("PERSONAS_INDEX__CHROMA_URL", url)
    workspace = Workspace.init(tmp_path / "w")
    with pytest.raises(VectorIndexError, match=f"cannot reach Chroma server at {url}"):
        open_index(workspace)
