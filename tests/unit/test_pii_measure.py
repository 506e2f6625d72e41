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


def test_a_kept_term_counts_in_any_case_form_and_every_mention_must_survive() -> None:
    from harness.measures import _term_lost

    before = "Debrecenben dolgozom. A Debrecen melletti raktár. Excela mam."
    # written only with endings: kept when they survive (the old whole-word test called it lost)
    assert not _term_lost("Debrecen", before, before, before)
    assert not _term_lost("Excel", "Excela mam.", "Excela mam.", "Excela mam.")
    # one of two mentions replaced: lost (the old test, finding one, called it kept)
    after = "[PLACE-1] dolgozom. A Debrecen melletti raktár. Excela mam."
    assert _term_lost("Debrecen", after, before, after)
    # a longer word that starts like a term does not stand in for a replaced mention
    assert _term_lost("Érd", "Person 2 lakom. Érdekes.", "Érden lakom. Érdekes.", "")
    # a term the original utterances never say is judged as before, on the whole stored text
    assert _term_lost("Lada", "", "", '{"title": "Suzuki"}')
    assert not _term_lost("Suzuki", "", "", '{"title": "Suzuki"}')
