"""`personas search`, `reindex` and `index-status` through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from index_samples import AP, CONTROLLER

from assistant.cli import main
from assistant.core.workspace import Workspace
from assistant.index.store import open_index


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    workspace = Workspace.init(tmp_path / "études")
    workspace.save_transcript(AP)
    workspace.save_transcript(CONTROLLER)
    return workspace


def run(workspace: Workspace, *args: str) -> object:
    return CliRunner().invoke(main, ["--workspace", str(workspace.root), *args])


def test_search_on_an_empty_index_says_how_to_fix_it(study: Workspace) -> None:
    for interview_id in study.index_pending():  # as if the index folder had been deleted by hand
        study.clear_index_pending(interview_id)
    result = run(study, "search", "invoice approvals")
    assert result.exit_code == 1
    assert "personas reindex" in result.output


def test_search_first_indexes_interviews_saved_but_not_indexed(study: Workspace) -> None:
    assert study.index_pending() == ["ap-clerk", "controller"]  # saved, never indexed (as after a kill)
    result = run(study, "search", "invoice approvals", "--role", "any")
    assert result.exit_code == 0, result.output
    assert "indexing 2 interviews saved but not indexed yet" in result.output
    assert "[ap-clerk:" in result.output or "[controller:" in result.output
    assert study.index_pending() == []


def test_search_in_a_workspace_without_interviews(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    empty = Workspace.init(tmp_path / "empty")
    result = run(empty, "search", "anything")
    assert result.exit_code == 1
    assert "personas import" in result.output


def test_reindex_then_search_prints_citations(study: Workspace) -> None:
    result = run(study, "reindex")
    assert result.exit_code == 0, result.output
    assert "indexed 8 utterances from 2 interviews" in result.output
    assert "[2/2] controller" in result.output
    result = run(study, "search", "invoice approvals terminal managers email", "--limit", "2")
    assert result.exit_code == 0, result.output
    first_line = result.output.splitlines()[0]
    assert first_line.startswith("[ap-clerk:2] ")
    assert "00:01:00 Dana (participant)" in first_line
    assert "terminal managers never check email" in result.output
    assert "(interviewer)" not in result.output


def test_search_json_with_filters(study: Workspace) -> None:
    open_index(study).upsert_transcripts([AP, CONTROLLER])
    result = run(study, "search", "invoice approvals", "--role", "any", "--interview", "controller", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and {row["interview_id"] for row in rows} == {"controller"}
    assert {row["role"] for row in rows} == {"interviewer", "participant"}
    assert rows[0]["citation"] == rows[0]["utterance_id"]
    assert rows == sorted(rows, key=lambda row: -row["score"])
    by_study = json.loads(run(study, "search", "audit", "--study", "finance", "--json").output)
    assert {row["study"] for row in by_study} == {"finance"}


def test_index_status_reports_out_of_date_interviews(study: Workspace) -> None:
    open_index(study).upsert_transcript(AP)
    result = run(study, "index-status", "--json")
    assert result.exit_code == 0, result.output
    status = json.loads(result.output)
    assert status["utterances"] == 5
    assert status["out_of_date"] == ["controller"]
    assert status["embedder"].startswith("hashing")


def test_unreachable_chroma_server_is_one_error_line(
    study: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERSONAS_INDEX__CHROMA_URL", "http://127.0.0.1:9")
    result = run(study, "search", "invoice")
    assert result.exit_code == 1
    assert "error: cannot reach Chroma server at http://127.0.0.1:9" in result.output
