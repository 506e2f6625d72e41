"""The harness's phone leak test reads digits inside one written number, not across a transcript."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))

from harness.measures import _digit_runs  # noqa: E402


def _leaks(phone: str, stored: str) -> bool:
    tail = "".join(c for c in phone if c.isdigit())[-6:]
    return any(tail in run for run in _digit_runs(stored))


def test_a_phone_is_found_as_written_and_not_in_timestamps_run_together() -> None:
    replaced = '{"start": 1318.15, "end": 820.41, "text": "Mijn gsm is [PHONE-1], dat is Belgisch."}'
    assert "582041" in "".join(c for c in replaced if c.isdigit())  # what the old test read as a leak
    assert not _leaks("+32 479 58 20 41", replaced)
    for written in ("+32 479 58 20 41", "+32 (0)479 582 041", "0479-58.20.41", "0479 / 58 20 41"):
        assert _leaks("+32 479 58 20 41", f'{{"text": "bel {written} morgen"}}'), written
