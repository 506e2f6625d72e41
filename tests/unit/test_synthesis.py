"""Persona synthesis: clustering by own role, the negative persona, drafting, versions and assign."""

from __future__ import annotations

import json
from datetime import date

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from persona_data import (
    AP_CLERK,
    CFO,
    NON_BUYER,
    hashing_workspace,
    make_interview,
    save_interview,
    school_study,
    study,
)

from assistant.core.errors import NotFoundError
from assistant.personas.synthesis import assign_interviews, synthesize_personas
from assistant.personas.versions import latest_persona_set, list_versions, persona_of_interviews


def _groups(persona_set):
    return {persona.id: sorted(persona.members) for persona in persona_set.personas}


def test_clusters_follow_own_role_not_topic_words(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    persona_set = synthesize_personas(workspace, engine="offline", today=date(2026, 4, 1))
    groups = sorted(sorted(p.members) for p in persona_set.personas)
    assert groups == [["ap-1", "ap-2", "ap-3"], ["ctl-1", "ctl-2", "ctl-3"], ["nb-1", "nb-2"]]
    labels = {p.label for p in persona_set.personas}
    assert "AP clerks (3 interviews)" in labels  # the members' own most frequent title
    assert "Controllers (3 interviews)" in labels


def test_a_non_finance_study_clusters_by_self_described_role_level(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", school_study())
    persona_set = synthesize_personas(workspace, engine="offline", today=date(2026, 4, 1))
    groups = sorted(sorted(p.members) for p in persona_set.personas)
    assert groups == [
        ["principal-1", "principal-2", "principal-3"],
        ["student-1", "student-2"],
        ["teacher-1", "teacher-2", "teacher-3"],
    ]
    by_label = {p.label: p for p in persona_set.personas}
    assert "Teachers (3 interviews)" in by_label
    assert "Principals (3 interviews)" in by_label
    negatives = [p for p in persona_set.personas if p.negative]
    assert [sorted(p.members) for p in negatives] == [["student-1", "student-2"]]


def test_negative_persona_is_kept_apart_and_labelled(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    persona_set = synthesize_personas(workspace, engine="offline")
    negatives = [p for p in persona_set.personas if p.negative]
    assert len(negatives) == 1
    assert sorted(negatives[0].members) == ["nb-1", "nb-2"]
    assert negatives[0].label.startswith("Non-buyers")
    assert any(a.field == "disqualifiers" for a in negatives[0].attributes)
    assert not any(p.negative for p in persona_set.personas if "nb-1" not in p.members)


def test_synthesis_is_deterministic(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    first = synthesize_personas(workspace, engine="offline")
    second = synthesize_personas(workspace, engine="offline")
    strip = lambda s: [p.model_dump(mode="json") for p in s.personas]  # noqa: E731
    assert strip(first) == strip(second)
    assert (first.version, second.version) == (1, 2)


def test_no_single_member_persona_unless_asked(tmp_path):
    interviews = study(include_nonbuyers=False)
    interviews["cfo-1"] = make_interview("cfo-1", "Chief 1", CFO)
    workspace = hashing_workspace(tmp_path / "s", interviews)
    persona_set = synthesize_personas(workspace, engine="offline", k=3)
    assert all(len(p.members) >= 2 for p in persona_set.personas)
    assert "cfo-1" in persona_set.unassigned
    assert any(w["kind"] == "unassigned" and w["interview_id"] == "cfo-1" for w in persona_set.warnings)
    allowed = synthesize_personas(workspace, engine="offline", k=3, allow_single_member=True)
    assert ["cfo-1"] in [p.members for p in allowed.personas]


def test_attributes_cite_verbatim_quotes_with_interview_counts(tmp_path):
    interviews = study()
    workspace = hashing_workspace(tmp_path / "s", interviews)
    persona_set = synthesize_personas(workspace, engine="offline")
    ap = next(p for p in persona_set.personas if "ap-1" in p.members)
    assert ap.attributes
    for attribute in ap.attributes:
        assert attribute.citations
        interviews_cited = {c.interview_id for c in attribute.citations}
        assert attribute.evidence_count == len(interviews_cited)
        for citation in attribute.citations:
            transcript = workspace.load_transcript(citation.interview_id)
            assert citation.quote in transcript.utterance(citation.utterance_id).text
    pains = [a for a in ap.attributes if a.field == "pains"]
    assert max(a.evidence_count for a in pains) == 3


def test_versions_are_saved_with_the_json_contract(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    synthesize_personas(workspace, engine="offline")
    assert list_versions(workspace) == [1]
    data = json.loads((workspace.personas_dir / "v0001.json").read_text())
    assert {"version", "personas", "warnings"} <= set(data)
    persona = data["personas"][0]
    assert {"id", "label", "negative", "members", "attributes"} <= set(persona)
    attribute = persona["attributes"][0]
    assert {"field", "statement", "citations", "evidence_count"} <= set(attribute)
    assert {"interview_id", "utterance_id", "quote"} <= set(attribute["citations"][0])
    assert latest_persona_set(workspace).version == 1
    assert persona_of_interviews(workspace)["ap-2"].startswith("AP clerks")


def test_synthesize_without_findings_is_a_clear_error(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", {})
    with pytest.raises(NotFoundError, match="no verified findings"):
        synthesize_personas(workspace, engine="offline")


def test_assign_places_new_interviews_without_reshuffling(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    before = synthesize_personas(workspace, engine="offline")
    transcript, findings = make_interview("ap-4", "Clerk 4", AP_CLERK, company="Gamma Foods", n=9)
    save_interview(workspace, transcript, findings)
    transcript, findings = make_interview("nb-9", "Student 9", NON_BUYER)
    save_interview(workspace, transcript, findings)
    after, placements = assign_interviews(workspace, engine="offline")
    assert after.version == before.version + 1
    ap_before = next(p for p in before.personas if "ap-1" in p.members)
    assert placements["ap-4"] == ap_before.id
    assert placements["nb-9"] is None
    assert "nb-9" in after.unassigned
    assert any(w["kind"] == "no_good_fit" for w in after.warnings)
    for persona in before.personas:
        moved = next(p for p in after.personas if p.id == persona.id)
        assert set(persona.members) <= set(moved.members)
    ap_after = next(p for p in after.personas if p.id == ap_before.id)
    assert ap_after.label == "AP clerks (4 interviews)"


def test_assign_with_nothing_new_saves_no_version(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    before = synthesize_personas(workspace, engine="offline")
    workspace.save_transcript(make_interview("ap-5", "Clerk 5", AP_CLERK, company="Delta", n=9)[0])
    after, placements = assign_interviews(workspace, engine="offline")
    assert placements == {}
    assert after.version == before.version
    assert sorted(p.name for p in workspace.personas_dir.glob("v*.json")) == ["v0001.json"]
    assert [w["interview_id"] for w in after.warnings if w["kind"] == "no_findings"] == ["ap-5"]
    assert "run `personas extract`" in after.warnings[0]["message"]
    empty_result = {"interview_id": "ap-5", "findings": []}
    (workspace.findings_dir / "ap-5.json").write_text(json.dumps(empty_result), encoding="utf-8")
    warning = assign_interviews(workspace, engine="offline")[0].warnings[0]
    assert (
        warning["interview_id"] == "ap-5" and "extraction found no participant findings" in warning["message"]
    )


def test_assign_needs_a_previous_version(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    with pytest.raises(NotFoundError, match="synthesize"):
        assign_interviews(workspace, engine="offline")


def test_llm_draft_gets_citations_from_code_not_from_the_model(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    draft = {
        "label": "Overloaded AP clerks",
        "summary": "Clerks who key invoices and have no budget.",
        "attributes": [
            {"field": "pains", "statement": "They chase approvals.", "finding_ids": ["F3", "F11", "F19"]},
            {"field": "quotes", "statement": "an invented quote the model made up", "finding_ids": ["F4"]},
            {"field": "goals", "statement": "Unsupported claim.", "finding_ids": ["F999"]},
        ],
    }
    controller_draft = {
        "label": "Controllers",
        "summary": "Own the close.",
        "attributes": [{"field": "pains", "statement": "No audit trail.", "finding_ids": ["F3"]}],
    }
    # Personas are drafted in a fixed order: the AP group (first interview id) before the controllers.
    model = FakeListChatModel(responses=[json.dumps(draft), json.dumps(controller_draft)])
    persona_set = synthesize_personas(workspace, engine="llm", model=model)
    assert persona_set.engine == "llm"
    drafted = {p.label: p for p in persona_set.personas}
    ap = next(p for p in persona_set.personas if "ap-1" in p.members)
    assert ap.label == "Overloaded AP clerks (3 interviews)"
    assert ap.drafted_by == "llm"
    pains = [a for a in ap.attributes if a.field == "pains"][0]
    assert pains.evidence_count == len({c.interview_id for c in pains.citations})
    for attribute in ap.attributes:
        for citation in attribute.citations:
            text = workspace.load_transcript(citation.interview_id).utterance(citation.utterance_id).text
            assert citation.quote in text
    quote = [a for a in ap.attributes if a.field == "quotes"][0]
    assert "invented" not in quote.statement
    assert not any(a.field == "goals" for a in ap.attributes)
    assert any(w["kind"] == "uncited_dropped" for w in persona_set.warnings)
    assert drafted


def test_empty_model_draft_falls_back_to_extractive_with_a_warning(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    empty = json.dumps({"label": "Nothing", "summary": "Nothing.", "attributes": []})
    persona_set = synthesize_personas(workspace, engine="llm", model=FakeListChatModel(responses=[empty]))
    assert all(p.drafted_by == "extractive" for p in persona_set.personas)
    assert all(p.attributes for p in persona_set.personas)
    assert sum(1 for w in persona_set.warnings if w["kind"] == "model_empty") == len(persona_set.personas)
