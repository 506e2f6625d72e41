"""Persona checks (distinctness, thin, stale), role cues and version diffs."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from persona_data import AP_CLERK, CONTROLLER, NON_BUYER, make_interview

from assistant.personas.checks import distinctness_warnings, stale_warnings, thin_evidence_warnings
from assistant.personas.role_signals import read_cues
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


def test_role_cues_follow_the_speakers_own_role():
    _, ap_findings = make_interview("ap", "Clerk", AP_CLERK)
    _, controller_findings = make_interview("ctl", "Ctl", CONTROLLER)
    _, student_findings = make_interview("nb", "Student", NON_BUYER)
    ap = read_cues("ap", ap_findings)
    assert ap.level == "individual"  # mentions "the controller decides" but is a clerk
    assert ap.title == "ap clerk"
    assert ap.buying["user"] >= 1 and not ap.is_nonbuyer  # no budget is not "no intent"
    controller = read_cues("ctl", controller_findings)
    assert controller.level == "manager" and controller.buying["owner"] >= 1
    assert read_cues("nb", student_findings).is_nonbuyer


def test_role_cues_read_french_portuguese_and_third_person():
    _, findings = make_interview(
        "fr", "Sophie", [("situation", "Alors je suis responsable comptable chez Berthier.")]
    )
    assert read_cues("fr", findings).level == "manager"
    _, findings = make_interview(
        "pt", "Renata", [("decision", "Eu decido. O orçamento de sistemas financeiros é meu.")]
    )
    assert read_cues("pt", findings).buying["owner"] >= 1
    cues = read_cues("x", [], participant_texts=["Corporate controller at Ironbridge Manufacturing."])
    assert cues.level == "manager"


@pytest.mark.parametrize(
    ("text", "level", "title"),
    [
        ("Sure. I'm the practice manager at a two-site dental office.", "manager", "practice manager"),
        ("I'm a scheduling coordinator at the clinic.", "individual", "scheduling coordinator"),
        ("I'm the VP of Operations at a logistics group.", "executive", "vp of operations"),
        ("I'm the owner of two bakeries.", "executive", "owner"),
        ("Je suis directrice des opérations chez Lumen.", "executive", "directrice des opérations"),
        ("Je suis gérante du cabinet.", "manager", "gérante"),
        ("Eu sou enfermeira no hospital.", "individual", "enfermeira"),
        ("Soy jefa de planta en la fábrica.", "manager", "jefa de planta"),
        ("Ich bin Disponentin bei einer Spedition.", "individual", "disponentin"),
        ("I'm a master's student in public health.", "nonbuyer", "master's student"),
    ],
)
def test_self_described_titles_map_to_generic_levels(text, level, title):
    cues = read_cues("x", [], participant_texts=[text])
    assert (cues.level, cues.title) == (level, title)


def test_someone_elses_title_is_not_the_speakers():
    texts = [
        "Our clinic director looks at the no-show rate.",
        "The regional manager at head office signs off.",
        "Scheduling is the manager's job, not mine.",
    ]
    assert read_cues("x", [], participant_texts=texts).level is None


def test_no_budget_and_no_intent_in_other_languages_make_a_non_buyer():
    cues = read_cues(
        "x", [], participant_texts=["Je suis retraitée.", "Je n'ai besoin de rien, pas de budget."]
    )
    assert cues.is_nonbuyer
    happy = read_cues(
        "y", [], participant_texts=["Honestly I'm happy with what I have.", "There's no budget."]
    )
    assert happy.is_nonbuyer


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


def test_ordinary_words_are_not_non_buyer_signs():
    texts = [
        "So that's why I signed up for these interviews.",
        "I don't have any budget, my controller decides.",
    ]
    cues = read_cues("x", [], participant_texts=texts)
    assert cues.nonbuyer_score == 0 and not cues.is_nonbuyer


def test_an_activity_after_im_is_not_a_title() -> None:
    from assistant.personas.role_signals import classify_title

    assert classify_title("getting my head around the principal") is None
    assert classify_title("trying to lead the project") is None
    assert classify_title("practice manager") == ("manager", "practice manager")
