"""Locate the shipped prompt and guide files (``prompts/`` in the repo, ``assistant.prompts`` installed)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def prompts_dir() -> Path:
    """The folder holding prompt templates and ``guides/``."""
    return Path(str(resources.files("assistant.prompts")))


def read_prompt(name: str) -> str:
    return (prompts_dir() / name).read_text(encoding="utf-8")
