"""Personal data with a shape in 26 countries' conventions: blind sets, measured (see pii_shapes_measure)."""

from __future__ import annotations

from pii_shapes_a import EXCERPTS_A
from pii_shapes_b import EXCERPTS_B
from pii_shapes_measure import measure_shapes


def _summary(result: dict) -> dict:
    """A result without the leaked values or lost terms: printing them would let a reader tune on a
    held-out set."""
    return {key: value for key, value in result.items() if key not in ("leaks", "lost")}


def test_shapes_of_the_development_set_are_found_and_numbers_kept() -> None:
    """Set A (``pii_shapes_a``): written blind, then read to write the rules of 2026-12-03 (twenty-first
    session). Before them: recall 0.693 (addresses 0.45, postcodes 0.30), numbers lost 0.027."""
    result = measure_shapes(EXCERPTS_A)
    print("shapes, set A:", _summary(result))
    assert result["recall"] >= 0.97, result["leaks"]
    assert result["over_redaction"] <= 0.02, result["lost"]


def test_shapes_of_the_held_out_set_are_found_and_numbers_kept() -> None:
    """Set B (``pii_shapes_b``): written blind by another helper at the same time, never read; scored
    before the rules of 2026-12-03 (recall 0.723, addresses 0.40, postcodes 0.42, phones 0.95, numbers
    lost 0.006) and after them."""
    result = measure_shapes(EXCERPTS_B)
    print("shapes, set B (held out):", _summary(result))
    assert result["recall"] >= 0.8, _summary(result)
    assert result["over_redaction"] <= 0.02, _summary(result)
