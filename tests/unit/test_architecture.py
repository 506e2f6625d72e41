"""The headless core never imports the UI: checked in a fresh interpreter and by import-linter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORE_MODULES = sorted(
    f"assistant.{path.stem}"
    for path in (REPO / "assistant").glob("*.py")
    if path.stem not in {"__init__", "__main__"}
) + ["assistant.importers"]


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


def test_every_core_module_is_under_the_contract() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    contract = config["tool"]["importlinter"]["contracts"][0]
    listed = set(contract["source_modules"])
    missing = [name for name in CORE_MODULES if name not in listed]
    assert not missing, f"add these core modules to the import-linter contract: {missing}"
