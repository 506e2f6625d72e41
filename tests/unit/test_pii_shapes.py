"""Personal data with a shape in the conventions of 40 countries: blind sets, measured (see
``pii_shapes_measure``). Each set was written by a helper who saw none of the detector, the other sets
or the docs."""

from __future__ import annotations

import pytest
from pii_shapes_a import EXCERPTS_A
from pii_shapes_b import EXCERPTS_B
from pii_shapes_c import EXCERPTS_C
from pii_shapes_d import EXCERPTS_D
from pii_shapes_measure import measure_shapes


def _summary(result: dict) -> dict:
    """A result without the leaked values or lost terms: printing them would let a reader tune on a
    held-out set."""
    return {key: value for key, value in result.items() if key not in ("leaks", "lost")}


@pytest.mark.parametrize(
    ("name", "excerpts", "floor", "ceiling"),
    [
        # Set A, 26 countries: read to write the rules of 2026-12-03 (twenty-first session); before them
        # recall 0.693 (addresses 0.45, postcodes 0.30), terms to keep lost 0.027.
        ("A (development)", EXCERPTS_A, 0.97, 0.02),
        # Set C, 24 countries, written after the rules from set A: scored once with them (0.704,
        # addresses 0.36), then read to write the rest.
        ("C (development)", EXCERPTS_C, 0.92, 0.02),
        # Set B, 26 countries, written with set A and never read: 0.723 before the session, 0.844 with
        # the rules from set A, scored after each step since (totals only); one term to keep that a
        # step lost was traced by switching rules off, without reading the set.
        ("B (held out)", EXCERPTS_B, 0.9, 0.02),
        # Set D, 24 excerpts (en, fr, de, es, pt twice, twelve other countries), written last and
        # scored once, with the code before the session (0.755, addresses 0.47, postcodes 0.50,
        # terms to keep lost 0.051) and with the session's rules (0.931, lost 0.025); never read.
        ("D (held out)", EXCERPTS_D, 0.9, 0.04),
    ],
)
def test_shapes_are_found_and_numbers_kept(name: str, excerpts: list, floor: float, ceiling: float) -> None:
    result = measure_shapes(excerpts)
    print(f"shapes, set {name}:", _summary(result))
    held_out = "held out" in name
    assert result["recall"] >= floor, _summary(result) if held_out else result["leaks"]
    assert result["over_redaction"] <= ceiling, _summary(result) if held_out else result["lost"]


@pytest.mark.parametrize(
    "text",
    [
        "Send it to Shop No. 14, Lajpat Rai Market, Chandni Chowk, Delhi 110006.",
        "The office is B-204, Sector 62, Noida, Uttar Pradesh 201301.",
        "Our godown is at Plot No. 7, MIDC Industrial Area, Bhosari, Pune 411026.",
        "House number 12, 3rd Cross, 5th Main, Indiranagar, Bangalore 560038 is where I live.",
        "Deliver to H.No. 5-9-22/A, Adarsh Nagar, Hyderabad, Telangana 500063.",
        "It's No. 42, 2nd Cross, Koramangala 4th Block, Bengaluru.",
        "ghar ka pata likh lo plot number 42 sector b shanti nagar indore four five two zero one zero",
    ],
)
def test_an_indian_address_is_found_whole(text: str) -> None:
    """The Indian convention: a house, flat, shop or plot number, the locality's parts after commas and
    the PIN code; read out without capitals, a unit word and number up to the locality and the PIN read
    out digit by digit."""
    from assistant.ingest.pii import find_addresses

    found = " ".join(m.text for m in find_addresses(text))
    for part in ("14", "204", "7,", "12,", "5-9-22", "42"):
        if part in text:
            assert part in found, (text, found)
    assert any(
        code in found for code in ("110006", "201301", "411026", "560038", "500063", "Block", "zero one zero")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Flat 2, Maria lived there before we moved.",
        "Block 3, Phase two of the project, is done.",
        "In 2019, Sector 5, the team moved to Pune.",
        "Shop 3, Amazon and Flipkart all sell it for 499.",
        "flat number 3 is on the left after the lift",
    ],
)
def test_numbers_that_are_no_indian_address_stay(text: str) -> None:
    from assistant.ingest.pii import find_addresses

    assert not list(find_addresses(text)), text
