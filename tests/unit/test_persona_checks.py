"""Persona checks (distinctness, thin, stale), role cues and version diffs."""

from __future__ import annotations

from datetime import date

import numpy as np

from assistant.personas.checks import distinctness_warnings, stale_warnings, thin_evidence_warnings
from assistant.personas.versions import (
    Persona,
    PersonaAttribute,
    PersonaCitation,
    PersonaSet,
    diff_persona_sets,
    format_diff,
)


def _attribute(field: str, statement: str, interviews: list[str]) -> PersonaAttribute:
    citations = [PersonaCitation(interview_id=i, utterance_id=f"{i}:2", quote="q") for i in interviews]
    return PersonaAttribute(
        field=field, statement=statement, citations=citations, evidence_count=len(set(interviews))
    )


def _persona(
    pid: str, members: list[str], attributes: list[PersonaAttribute], newest: str | None = None
) -> Persona:
    return Persona(id=pid, label=pid.title(), members=members, attributes=attributes, newest_evidence=newest)


def test_similar_personas_get_a_merge_proposal():
    a = _persona("a", ["1", "2"], [_attribute("pains", "Manual keying of invoices", ["1", "2"])])
    b = _persona("b", ["3", "4"], [_attribute("pains", "Something else entirely", ["3", "4"])])
    c = _persona("c", ["5", "6"], [_attribute("pains", "Different words here", ["5", "6"])])
    centroids = {
        "a": np.array([1.0, 0.0, 0.1]),
        "b": np.array([0.98, 0.05, 0.1]),
        "c": np.array([0.0, 1.0, 0.0]),
    }
    warnings = distinctness_warnings([a, b, c], centroids, threshold=0.85)
    assert len(warnings) == 1
    assert warnings[0]["personas"] == ["a", "b"]
    assert warnings[0]["proposal"] == "merge a and b"


def test_attribute_overlap_alone_flags_personas():
    shared = [_attribute("pains", "Manual keying of invoices every day", ["1", "2"])]
    a = _persona("a", ["1", "2"], shared)
    b = _persona("b", ["3", "4"], [_attribute("pains", "Manual keying of invoices every day", ["3", "4"])])
    warnings = distinctness_warnings([a, b], {}, threshold=0.85)
    assert warnings and warnings[0]["attribute_overlap"] == 1.0


def test_thin_evidence_is_flagged_per_attribute():
    persona = _persona(
        "a",
        ["1", "2"],
        [
            _attribute("pains", "Two interviews", ["1", "2"]),
            _attribute("goals", "One interview", ["1"]),
            _attribute("quotes", "a quote", ["1"]),
        ],
    )
    warnings = thin_evidence_warnings([persona])
    assert warnings[0]["count"] == 1
    assert warnings[0]["fields"] == ["goals"]
    assert [a.thin for a in persona.attributes] == [False, True, False]


def test_stale_evidence_warns_after_the_configured_months():
    old = _persona("old", ["1", "2"], [], newest="2024-01-15")
    fresh = _persona("fresh", ["3", "4"], [], newest="2025-11-01")
    warnings = stale_warnings([old, fresh], stale_months=12, today=date(2026, 1, 1))
    assert [w["persona"] for w in warnings] == ["old"]
    assert "2024-01-15" in warnings[0]["message"]


def test_diff_reports_personas_attributes_and_moved_evidence():
    old = PersonaSet(
        version=1,
        personas=[
            _persona(
                "ap",
                ["1", "2"],
                [_attribute("pains", "Keying", ["1", "2"]), _attribute("goals", "Faster", ["1"])],
            ),
            _persona("gone", ["5", "6"], []),
        ],
    )
    new = PersonaSet(
        version=2,
        personas=[
            _persona(
                "ap",
                ["1", "2", "3"],
                [
                    _attribute("pains", "Keying", ["1", "2", "3"]),
                    _attribute("channels", "Forums", ["3", "1"]),
                ],
            ),
            _persona("cfo", ["7", "8"], []),
        ],
    )
    diff = diff_persona_sets(old, new)
    assert [p["id"] for p in diff["added"]] == ["cfo"]
    assert [p["id"] for p in diff["removed"]] == ["gone"]
    change = diff["changed"][0]
    assert change["members_added"] == ["3"]
    assert change["evidence_moved"] == [{"field": "pains", "statement": "Keying", "from": 2, "to": 3}]
    assert [a["statement"] for a in change["attributes_added"]] == ["Forums"]
    assert [a["statement"] for a in change["attributes_removed"]] == ["Faster"]
    text = format_diff(diff)
    assert "v1 -> v2" in text and "+ persona Cfo" in text and "evidence 2 -> 3" in text


def test_diff_of_identical_versions_says_no_changes():
    persona_set = PersonaSet(
        version=3, personas=[_persona("ap", ["1", "2"], [_attribute("pains", "K", ["1", "2"])])]
    )
    diff = diff_persona_sets(persona_set, persona_set.model_copy(update={"version": 4}))
    assert not diff["added"] and not diff["removed"] and not diff["changed"]
    assert "no changes" in format_diff(diff)


def test_diff_says_which_interviews_fit_no_persona_now():
    old = PersonaSet(version=1, personas=[_persona("ap", ["1", "2"], [])], unassigned=["9"])
    new = PersonaSet(version=2, personas=[_persona("ap", ["1", "2", "9"], [])], unassigned=["11"])
    diff = diff_persona_sets(old, new)
    assert diff["unassigned_added"] == ["11"] and diff["unassigned_removed"] == ["9"]
    text = format_diff(diff)
    assert "candidate for a new persona: 11" in text and "no longer unassigned: 9" in text
    assert "no changes" not in text
