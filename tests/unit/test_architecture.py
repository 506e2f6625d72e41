"""The headless core never imports the UI: checked in a fresh interpreter and by import-linter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UI_PACKAGES = {"cli", "tui", "prompts"}
STAGES = sorted(
    path.parent.name
    for path in (REPO / "assistant").glob("*/__init__.py")
    if path.parent.name not in UI_PACKAGES
)
CORE_MODULES = sorted(
    ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
    for stage in STAGES
    for path in (REPO / "assistant" / stage).rglob("*.py")
)


def test_core_does_not_load_textual_or_click() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'click') or m.startswith(('assistant.tui', 'assistant.cli')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "", f"core imported UI modules: {result.stdout}"


def test_import_contract() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.skip("import-linter not installed")
    result = subprocess.run([lint_imports], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout[-2000:]


def _contract(kind: str) -> dict[str, object]:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    return next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == kind)


def test_every_stage_is_under_the_contracts() -> None:
    layered = {
        name.strip().removeprefix("assistant.")
        for layer in _contract("layers")["layers"]  # type: ignore[union-attr]
        for name in str(layer).split("|")
    }
    headless = {str(name).removeprefix("assistant.") for name in _contract("forbidden")["source_modules"]}  # type: ignore[union-attr]
    assert set(STAGES) <= layered, f"add these packages to the layers contract: {set(STAGES) - layered}"
    assert set(STAGES) == headless, f"the headless contract must list exactly {STAGES}"


def test_no_module_lives_at_the_package_root() -> None:
    loose = sorted(p.name for p in (REPO / "assistant").glob("*.py") if p.name != "__init__.py")
    assert not loose, f"every module belongs to a stage package: {loose}"
