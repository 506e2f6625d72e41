from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.core.errors import ConfigError, NotFoundError
from assistant.core.models import Interview, Transcript, Utterance
from assistant.core.settings import load_settings
from assistant.core.storage import append_jsonl, atomic_write_text, read_jsonl
from assistant.core.workspace import Workspace, slugify


def _transcript(interview_id: str = "demo") -> Transcript:
    interview = Interview(
        id=interview_id,
        title="Demo",
        source_file="demo.txt",
        source_hash="abc",
        format="plain",
        imported_at=datetime.now(UTC),
    )
    return Transcript(
        interview=interview,
        utterances=[Utterance(id=f"{interview_id}:1", speaker="Ann", role="participant", text="Hello")],
    )


def test_init_creates_layout(tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "études")
    assert (ws.root / "personas.toml").exists()
    assert ws.transcripts_dir.is_dir() and ws.vectorstore_dir.is_dir()


def test_save_load_roundtrip(workspace: Workspace) -> None:
    workspace.save_transcript(_transcript())
    assert workspace.interview_ids() == ["demo"]
    assert workspace.load_transcript("demo").utterances[0].text == "Hello"
    with pytest.raises(NotFoundError):
        workspace.load_transcript("missing")
    with pytest.raises(NotFoundError):
        workspace.transcript_path("../escape")


def test_new_interview_id_is_unique(workspace: Workspace) -> None:
    workspace.save_transcript(_transcript("interview-1"))
    assert workspace.new_interview_id("Interview 1") == "interview-1-2"
    assert slugify("Entretien été №2") == "entretien-ete-no2"
    assert slugify("Chłodnie · Łódź, Øresund, Straße") == "chlodnie-lodz-oresund-strasse"


def test_settings_file_then_env(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.settings_path.write_text('[llm]\nmodel = "from-file"\n[personas]\nk_max = 7\n')
    assert load_settings(workspace.root).llm.model == "from-file"
    monkeypatch.setenv("PERSONAS_LLM__MODEL", "from-env")
    settings = load_settings(workspace.root)
    assert settings.llm.model == "from-env"
    assert settings.personas.k_max == 7
    assert load_settings(workspace.root, {"llm": {"model": "flag"}}).llm.model == "flag"


def test_bad_settings_name_the_file(workspace: Workspace) -> None:
    workspace.settings_path.write_text("[llm\n")
    with pytest.raises(ConfigError, match="personas.toml"):
        load_settings(workspace.root)
    workspace.settings_path.write_text("[llm]\nbogus = 1\n")
    with pytest.raises(ConfigError, match="llm.bogus"):
        load_settings(workspace.root)


def test_api_key_is_secret(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PERSONAS_LLM__API_KEY", "sk-secret-value")
    settings = load_settings(tmp_path)
    assert "sk-secret-value" not in repr(settings)
    assert settings.llm_api_key() == "sk-secret-value"
    assert settings.llm_enabled()


def test_atomic_write_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert os.listdir(tmp_path) == ["x.txt"]


def test_jsonl_ignores_torn_last_line(tmp_path: Path) -> None:
    path = tmp_path / "turns.jsonl"
    append_jsonl(path, {"n": 1})
    with path.open("a") as handle:
        handle.write('{"n": 2')
    assert read_jsonl(path) == [{"n": 1}]
