"""The harness report sums the persona-evidence breakdowns (by persona size, by document section)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))

from harness.report import _summed, table  # noqa: E402


def _themes(pains: tuple[int, int], who: tuple[int, int]) -> dict:
    cited = pains[0] + who[0]
    same = pains[1] + who[1]
    return {
        "attributes_judged": 2,
        "attributes_unjudged": 0,
        "attributes_all_supporting": 0,
        "supporting_citations": cited,
        "supporting_same_theme": same,
        "shared_points": 5,
        "shared_points_shown": 1,
        "by_persona_size": {"2 members": [cited, same]},
        "by_field": {"pains": list(pains), "who": list(who)},
    }


def test_the_breakdowns_are_summed_over_studies_and_printed_by_section() -> None:
    rows = [_themes((4, 1), (2, 2)), _themes((6, 0), (1, 1))]
    assert _summed(rows, "by_field") == {"pains": [10, 1], "who": [3, 3]}
    assert _summed([{}, rows[0]], "by_persona_size") == {"2 members": [6, 3]}
    result = {
        "engine": "offline",
        "loso": True,
        "studies": [
            {
                "study": f"s{i}",
                "languages": ["en"],
                "files": 4,
                "personas": {"labels_ungrounded": 0, "labels": [], "evidence_themes": t},
            }
            for i, t in enumerate(rows)
        ],
    }
    line = next(x for x in table(result).splitlines() if x.startswith("persona evidence"))
    assert "4 of 13 (0.31" in line
    assert "by section: pains 1 of 10, who 3 of 3" in line
