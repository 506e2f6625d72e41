"""A street line with no street word, known by the town and postcode after it, and a floor or unit
written before a street line (``NUMBER_NAME_TOWN_POSTCODE``, ``_EN_UNIT_BEFORE``)."""

from __future__ import annotations

import pytest

from assistant.ingest.pii import find_structured


def _addresses(text: str) -> list[str]:
    return [m.text for m in find_structured(text, languages=["en"]) if m.kind == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Send it to 12 Oakfield, Leeds LS6 2AB please.", "12 Oakfield, Leeds LS6 2AB"),
        ("The office is Level 3, 88 King Street, Sydney NSW 2000 now.",
         "Level 3, 88 King Street, Sydney NSW 2000"),
        ("Post it to 7 Merrion, Dublin D02 X285 and", "7 Merrion, Dublin D02 X285"),
    ],
)  # fmt: skip
def test_the_whole_address_is_found(text: str, address: str) -> None:
    assert _addresses(text) == [address]


def test_without_a_known_town_and_a_postcode_a_number_and_a_name_stay() -> None:
    assert _addresses("We shipped 45 Widgets, Acme said so.") == []
    assert _addresses("Chapter 12, Manchester was next.") == []
