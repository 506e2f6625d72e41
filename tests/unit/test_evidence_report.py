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


def test_evidence_themes_counts_each_section_apart() -> None:
    from types import SimpleNamespace

    from harness.measures import evidence_themes

    from assistant.personas.versions import Persona, PersonaAttribute, PersonaCitation, PersonaSet

    # gold: file a and b each say "late payment" (theme 0) and a "the app" channel (theme 1 in a,
    # theme 2 in b: different points)
    gold = [
        {"file": "a.txt", "category": "pain", "quote": "they pay late"},
        {"file": "b.txt", "category": "pain", "quote": "payments come in 90 days"},
        {"file": "a.txt", "category": "channel", "quote": "a Facebook group"},
        {"file": "b.txt", "category": "channel", "quote": "the trade fair"},
    ]
    themes = {0: 0, 1: 0, 2: 1, 3: 2}

    def gold_lines(name: str, category: str, quote: str) -> list[int]:
        return [
            i
            for i, g in enumerate(gold)
            if g["file"] == name and g["category"] == category and g["quote"] == quote
        ]

    study = SimpleNamespace(id="s", gold=gold, theme_of=lambda: themes, gold_lines=gold_lines)
    sw = SimpleNamespace(file_of={"a": "s/a.txt", "b": "s/b.txt"})

    def attribute(field: str, quotes: list[tuple[str, str]]) -> PersonaAttribute:
        return PersonaAttribute(
            field=field,
            statement=quotes[0][1],
            citations=[PersonaCitation(interview_id=m, utterance_id=f"{m}:1", quote=q) for m, q in quotes],
            evidence_count=len(quotes),
        )

    persona_set = PersonaSet(
        personas=[
            Persona(
                id="p",
                label="P",
                members=["a", "b"],
                attributes=[
                    attribute("pains", [("a", "they pay late"), ("b", "payments come in 90 days")]),
                    attribute("channels", [("a", "a Facebook group"), ("b", "the trade fair")]),
                ],
            )
        ]
    )
    found = evidence_themes(study, sw, persona_set)
    assert found["by_field"] == {"pains": [1, 1], "channels": [1, 0]}
    assert (found["supporting_citations"], found["supporting_same_theme"]) == (2, 1)
