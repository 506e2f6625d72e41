"""The Chroma utterance index, embedded mode, with the fast hashing embedder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from index_samples import AP, CONTROLLER, make_transcript

from assistant.core.errors import AssistantError, NotFoundError, VectorIndexError
from assistant.core.workspace import Workspace
from assistant.index.store import (
    build_where,
    collection_name,
    connect_chroma,
    open_index,
    reindex,
    utterance_metadata,
)
from assistant.ingest.edits import remove_interview
from assistant.providers.embeddings import HashingEmbedder


@pytest.fixture
def index_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    workspace = Workspace.init(tmp_path / "étude São Paulo ü")
    for transcript in (AP, CONTROLLER):
        workspace.save_transcript(transcript)
    return workspace


def test_upsert_skips_empty_texts_and_indexes_all_roles(index_workspace: Workspace) -> None:
    index = open_index(index_workspace)
    assert index.upsert_transcript(AP) == 5
    assert index.upsert_transcript(CONTROLLER) == 3
    assert index.count() == 8
    assert index.indexed_interviews() == {"ap-clerk": 5, "controller": 3}
    assert "ü" in str(index_workspace.vectorstore_dir)
    assert any(index_workspace.vectorstore_dir.iterdir())


def test_upsert_again_replaces_instead_of_duplicating(index_workspace: Workspace) -> None:
    index = open_index(index_workspace)
    index.upsert_transcript(AP)
    shorter = AP.model_copy(update={"utterances": AP.utterances[:2]})
    assert index.upsert_transcript(shorter) == 2
    assert index.indexed_interviews() == {"ap-clerk": 2}


def test_search_defaults_to_participants_and_ranks_by_meaning(index_workspace: Workspace) -> None:
    index = open_index(index_workspace)
    index.upsert_transcripts([AP, CONTROLLER])
    hits = index.search("invoice approvals terminal managers email", limit=3)
    assert hits[0].utterance_id == "ap-clerk:2"
    assert all(hit.role == "participant" for hit in hits)
    assert hits[0].speaker == "Dana" and hits[0].start == 60.0 and hits[0].study == "finance"
    assert hits[0].score > hits[-1].score
    assert hits[0].text.startswith("Invoice approvals sit")


def test_search_filters_by_role_interview_study_and_date(index_workspace: Workspace) -> None:
    index = open_index(index_workspace)
    index.upsert_transcripts([AP, CONTROLLER])
    query = "invoice approvals"
    interviewer_hits = index.search(query, role="interviewer", limit=10)
    assert {hit.role for hit in interviewer_hits} == {"interviewer"}
    everyone = index.search(query, role=None, limit=10)
    assert {hit.role for hit in everyone} == {"interviewer", "participant", "other"}
    only_controller = index.search(query, interview_ids=["controller"], limit=10)
    assert {hit.interview_id for hit in only_controller} == {"controller"}
    both = index.search(query, interview_ids=["controller", "ap-clerk"], limit=10)
    assert {hit.interview_id for hit in both} == {"controller", "ap-clerk"}
    by_study = index.search(query, study="finance-2", limit=10)
    assert {hit.interview_id for hit in by_study} == {"controller"}
    recent = index.search(query, date_from=date(2025, 1, 1), limit=10)
    assert {hit.interview_id for hit in recent} == {"ap-clerk"}
    older = index.search(query, date_to=date(2024, 12, 31), limit=10)
    assert {hit.interview_id for hit in older} == {"controller"}
    assert index.search(query, date_from=date(2026, 1, 1)) == []


def test_remove_interview_and_reset(index_workspace: Workspace) -> None:
    index = open_index(index_workspace)
    index.upsert_transcripts([AP, CONTROLLER])
    index.remove_interview("ap-clerk")
    assert index.indexed_interviews() == {"controller": 3}
    index.remove_interview("never-imported")
    index.reset()
    assert index.count() == 0
    assert index.search("invoice") == []


def test_reindex_rebuilds_from_transcripts_with_progress(index_workspace: Workspace) -> None:
    index = open_index(index_workspace)
    index.upsert_transcript(
        make_transcript("ghost", [("A", "participant", "stale"), ("B", "participant", "x")])
    )
    calls: list[tuple[int, int, str]] = []
    assert reindex(index_workspace, progress=lambda d, t, i: calls.append((d, t, i))) == 8
    assert calls == [(1, 2, "ap-clerk"), (2, 2, "controller")]
    assert set(open_index(index_workspace).indexed_interviews()) == {"ap-clerk", "controller"}


def test_reindex_keeps_the_old_index_when_a_transcript_is_damaged(index_workspace: Workspace) -> None:
    reindex(index_workspace)
    index_workspace.transcript_path("controller").write_text('{"interview": {"id": "contr', encoding="utf-8")
    with pytest.raises(AssistantError, match="controller.json"):
        reindex(index_workspace)
    assert open_index(index_workspace).indexed_interviews() == {"ap-clerk": 5, "controller": 3}


def test_remove_interview_works_on_a_damaged_transcript_and_drops_its_findings(
    index_workspace: Workspace,
) -> None:
    reindex(index_workspace)
    index_workspace.transcript_path("controller").write_text("{not json", encoding="utf-8")
    findings = index_workspace.findings_dir / "controller.json"
    findings.write_text('{"interview_id": "controller", "findings": []}', encoding="utf-8")
    remove_interview(index_workspace, "controller")
    assert index_workspace.interview_ids() == ["ap-clerk"]
    assert not findings.exists()
    assert open_index(index_workspace).indexed_interviews() == {"ap-clerk": 5}
    with pytest.raises(NotFoundError, match="'controller'"):
        remove_interview(index_workspace, "controller")


def test_reindex_uses_the_embedding_cache(index_workspace: Workspace) -> None:
    reindex(index_workspace)
    index = open_index(index_workspace)
    index.reset()
    index.upsert_transcript(AP)
    assert index.embedder.misses == 0 and index.embedder.hits == 5  # type: ignore[attr-defined]


def test_metadata_is_flat_and_has_dates_and_attributes() -> None:
    metadata = utterance_metadata(AP, AP.utterances[1])
    assert metadata["interview_id"] == "ap-clerk"
    assert metadata["date"] == "2025-03-14" and metadata["date_int"] == 20250314
    assert metadata["attr_company_size"] == "400" and metadata["attr_role_title"] == "AP clerk"
    assert metadata["n"] == 2 and metadata["role"] == "participant"
    undated = make_transcript("u", [("A", "participant", "x")], when=None, study=None)
    assert "date" not in utterance_metadata(undated, undated.utterances[0])
    assert all(value is not None for value in utterance_metadata(undated, undated.utterances[0]).values())


def test_collections_differ_per_embedder() -> None:
    small = collection_name("utterances", HashingEmbedder(dimension=64))
    large = collection_name("utterances", HashingEmbedder(dimension=512))
    assert small != large and small.endswith("-64")


def test_build_where_combines_clauses() -> None:
    assert build_where(role="any", interview_ids=None, study=None, date_from=None, date_to=None) is None
    assert build_where(role="participant", interview_ids=None, study=None, date_from=None, date_to=None) == {
        "role": "participant"
    }
    where = build_where(
        role=None, interview_ids=["a", "b"], study="s", date_from=date(2024, 1, 2), date_to=None
    )
    assert where == {
        "$and": [{"interview_id": {"$in": ["a", "b"]}}, {"study": "s"}, {"date_int": {"$gte": 20240102}}]
    }


def test_switching_embedders_never_mixes_vectors(index_workspace: Workspace) -> None:
    first = open_index(index_workspace)
    first.upsert_transcript(AP)
    second = open_index(index_workspace, embedder=HashingEmbedder(dimension=128))
    assert second.count() == 0
    assert second.name != first.name


def test_unreachable_server_is_a_clear_index_error() -> None:
    with pytest.raises(VectorIndexError, match="cannot reach Chroma server at http://127.0.0.1:9"):
        connect_chroma(url="http://127.0.0.1:9")


def test_open_index_uses_chroma_url_from_settings(
    index_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERSONAS_INDEX__CHROMA_URL", "http://127.0.0.1:9")
    with pytest.raises(VectorIndexError, match="127.0.0.1:9"):
        open_index(Workspace(index_workspace.root))


def test_role_search_falls_back_to_a_filtered_query_when_the_nearest_are_other_roles(
    index_workspace: Workspace,
) -> None:
    turns = [("Jamie", "interviewer", f"invoice approvals question number {n}") for n in range(12)]
    turns.append(("Dana", "participant", "The landscaping crew starts at six."))
    crowded = make_transcript("crowded", turns)
    index = open_index(index_workspace)
    index.upsert_transcript(crowded)
    hits = index.search("invoice approvals question", limit=1)
    assert [hit.utterance_id for hit in hits] == ["crowded:13"]
    interviewer_hits = index.search("invoice approvals question", role="interviewer", limit=3)
    assert len(interviewer_hits) == 3 and {hit.role for hit in interviewer_hits} == {"interviewer"}


def _one_interview_index(tmp_path: Path, interview_id: str, texts: list[str]) -> Any:
    """An index (hashing embedder) over one interview whose participant said ``texts``."""
    from datetime import UTC, datetime

    from assistant.core.models import Interview, Transcript, Utterance

    workspace = Workspace.init(tmp_path / "ws")
    interview = Interview(
        id=interview_id,
        title=interview_id,
        source_file=f"{interview_id}.txt",
        source_hash="b" * 64,
        format="plain_txt",
        imported_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    transcript = Transcript(
        interview=interview,
        utterances=[
            Utterance(id=f"{interview_id}:{n}", speaker="P", role="participant", text=text)
            for n, text in enumerate(texts, start=1)
        ],
    )
    index = open_index(workspace, embedder=HashingEmbedder())
    index.upsert_transcript(transcript)
    return index


def test_back_channel_replies_rank_after_substantive_hits(tmp_path) -> None:
    texts = ["Okay, invoices.", "Invoices pile up on my desk every single Monday morning."]
    hits = _one_interview_index(tmp_path, "bc", texts).search("invoices", limit=2)
    assert [hit.utterance_id for hit in hits] == ["bc:2", "bc:1"]


def test_a_japanese_sentence_is_no_back_channel_reply(tmp_path) -> None:
    """Japanese writes no spaces: a full sentence is one whitespace "word", and was ranked after every
    spaced hit as if it were "Okay." (a Japanese question's best answer came after Polish ones)."""
    texts = ["在庫 在庫の数字がシステムと実際で合わないことです。", "Okay so the stock is fine today."]
    hits = _one_interview_index(tmp_path, "ja", texts).search("在庫", limit=2)
    assert [hit.utterance_id for hit in hits] == ["ja:1", "ja:2"]
