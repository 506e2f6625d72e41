"""The CLI asks the C allocator to overwrite freed memory (glibc), see assistant/core/memory.py."""

from __future__ import annotations

import sys

import pytest

from assistant.core.memory import wipe_freed_memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_freed_memory_is_overwritten_on_glibc() -> None:
    assert wipe_freed_memory() is True
    assert wipe_freed_memory() is True  # idempotent
