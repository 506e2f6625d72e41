"""Fixtures of the TUI tests."""

from __future__ import annotations

import pytest
from tui_support import sample_transcript


@pytest.fixture
def filled_workspace(workspace):
    """A workspace holding one imported transcript."""
    workspace.save_transcript(sample_transcript())
    return workspace


@pytest.fixture(autouse=True)
def _fast_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Index with the deterministic hashing embedder: no model is loaded in TUI tests."""
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
