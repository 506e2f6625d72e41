"""Persona synthesis: per study, disqualified participants apart, honest evidence, labels from members'
words, drafting checked by code, versions, placing new interviews without forcing, researcher edits."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from persona_data import (
    AP_CLERK,
    PRINCIPAL,
    TEACHER,
    hashing_workspace,
    make_interview,
    save_interview,
    school_study,
    study,
)

from assistant.core.errors import NotFoundError
from assistant.personas.edits import (
    PersonaRefError,
    criteria_report,
    merge_personas,
    move_interview,
    rename_persona,
    resolve_persona,
    split_persona,
)
from assistant.personas.grouping import GroupingModel
from assistant.personas.profiles import load_findings_by_interview
from assistant.personas.synthesis import assign_interviews, synthesize_from_findings, synthesize_personas
from assistant.personas.versions import latest_persona_set, list_versions, persona_of_interviews


def _with_study(interviews, name):
    for transcript, _findings in interviews.values():
        transcript.interview.study = name
    return interviews


def _two_studies():
    interviews = _with_study(study(include_nonbuyers=False), "finance")
    interviews.update(_with_study(school_study(), "schools"))
    return interviews


def test_interviews_of_two_studies_never_share_a_persona(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", _two_studies())
    persona_set = synthesize_personas(workspace, engine="offline", today=date(2026, 4, 1))
    study_of = {t.interview.id: t.interview.study for t in workspace.transcripts()}
    assert persona_set.personas
    for persona in persona_set.personas:
        assert len({study_of[m] for m in persona.members}) == 1
        assert persona.study == study_of[persona.members[0]]
    only = synthesize_personas(workspace, engine="offline", study="scho")
    assert {
        p.study for p in only.personas if p.members[0].startswith(("teacher", "principal", "student"))
    } == {"schools"}


def test_clear_non_targets_form_the_negative_persona_with_the_reason(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", school_study())
    persona_set = synthesize_personas(workspace, engine="offline")
    negatives = [p for p in persona_set.personas if p.negative]
    assert len(negatives) == 1
    assert set(negatives[0].members) <= {"student-1", "student-2"}
    assert negatives[0].label.startswith("Not a target")
    assert negatives[0].disqualified_because
    reason = negatives[0].disqualified_because.rstrip(". ")
    assert negatives[0].summary.startswith(f"Not a target: {reason}")
    assert negatives[0].summary.count(reason) == 1
    assert any(a.field == "disqualifiers" for a in negatives[0].attributes)
    assert negatives[0].priority is None
    assert all(p.priority for p in persona_set.personas if not p.negative)


def test_synthesis_is_deterministic(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    first = synthesize_personas(workspace, engine="offline")
    second = synthesize_personas(workspace, engine="offline")
    strip = lambda s: [p.model_dump(mode="json") for p in s.personas]  # noqa: E731
    assert strip(first) == strip(second)
    assert (first.version, second.version) == (1, 2)


def test_no_single_member_persona_unless_asked(tmp_path):
    interviews = study(include_nonbuyers=False)
    interviews["tch-1"] = make_interview("tch-1", "Teacher 1", TEACHER, company="Oak Primary")
    workspace = hashing_workspace(tmp_path / "s", interviews)
    no_negatives = GroupingModel(negative_z=9.0)
    persona_set = synthesize_personas(workspace, engine="offline", k=3, grouping_model=no_negatives)
    assert all(len(p.members) >= 2 for p in persona_set.personas)
    assert "tch-1" in persona_set.unassigned
    assert any(w["kind"] == "unassigned" and w["interview_id"] == "tch-1" for w in persona_set.warnings)
    allowed = synthesize_personas(
        workspace, engine="offline", k=3, allow_single_member=True, grouping_model=no_negatives
    )
    assert ["tch-1"] in [p.members for p in allowed.personas]


def test_evidence_counts_are_members_who_said_the_same_thing(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    persona_set = synthesize_personas(
        workspace, engine="offline", grouping_model=GroupingModel(negative_z=9.0)
    )
    for persona in persona_set.personas:
        assert persona.attributes
        for attribute in persona.attributes:
            members_cited = {c.interview_id for c in attribute.citations}
            assert members_cited <= set(persona.members)
            if attribute.field not in ("day_in_the_life", "quotes", "disqualifiers"):
                assert attribute.evidence_count == len(members_cited) <= attribute.member_count
                assert attribute.member_count == len(persona.members)
            for citation in attribute.citations:
                transcript = workspace.load_transcript(citation.interview_id)
                assert citation.quote in transcript.utterance(citation.utterance_id).text
    controllers = next(p for p in persona_set.personas if "ctl-1" in p.members)
    pains = [a for a in controllers.attributes if a.field == "pains"]
    assert max(a.evidence_count for a in pains) == len(controllers.members)
    # Different statements are never counted as agreement.
    for attribute in controllers.attributes:
        quotes = {c.quote for c in attribute.citations}
        assert (
            len({re.sub(r"\d+|\w+ (?:Supply|Hotels|Freight|Dental|Retail|Metal)", "", q) for q in quotes})
            <= 2
        )


def test_labels_only_use_the_members_own_words(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", school_study())
    persona_set = synthesize_personas(workspace, engine="offline")
    for persona in persona_set.personas:
        said = " ".join(
            f.quote.lower()
            for f in load_findings_by_interview(workspace, persona.members).get(persona.members[0], [])
        )
        said_all = " ".join(
            f.quote.lower()
            for m in persona.members
            for f in load_findings_by_interview(workspace, [m]).get(m, [])
        )
        for term in persona.label_terms:
            assert term.lower() in said_all, (term, persona.label)
        assert said


def test_versions_are_saved_with_the_json_contract(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    synthesize_personas(workspace, engine="offline")
    assert list_versions(workspace) == [1]
    data = json.loads((workspace.personas_dir / "v0001.json").read_text())
    assert {"version", "personas", "warnings", "criterion"} <= set(data)
    persona = data["personas"][0]
    assert {"id", "label", "negative", "members", "attributes", "study", "member_fit", "priority"} <= set(
        persona
    )
    attribute = persona["attributes"][0]
    assert {"field", "statement", "citations", "evidence_count", "member_count"} <= set(attribute)
    assert {"interview_id", "utterance_id", "quote"} <= set(attribute["citations"][0])
    assert latest_persona_set(workspace).version == 1
    assert "ap-2" in persona_of_interviews(workspace) or "ap-2" in latest_persona_set(workspace).unassigned


def test_synthesize_without_findings_is_a_clear_error(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", {})
    with pytest.raises(NotFoundError, match="no verified findings"):
        synthesize_personas(workspace, engine="offline")
    workspace = hashing_workspace(tmp_path / "t", study())
    with pytest.raises(NotFoundError, match="no interviews with findings in study"):
        synthesize_personas(workspace, engine="offline", study="unknown")


def test_assign_places_a_fitting_interview_and_refuses_an_unrelated_one(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    lenient = GroupingModel(negative_z=9.0, no_fit_similarity=-1.0, no_fit_domain=-3.0)
    before = synthesize_personas(workspace, engine="offline", k=2, grouping_model=lenient)
    transcript, findings = make_interview("ap-4", "Clerk 4", AP_CLERK, company="Gamma Foods", n=9)
    save_interview(workspace, transcript, findings)
    transcript, findings = make_interview("sch-1", "Principal 9", PRINCIPAL, company="Oak Primary", n=5)
    save_interview(workspace, transcript, findings)
    after, placements = assign_interviews(workspace, engine="offline", grouping_model=lenient)
    assert after.version == before.version + 1
    ap_before = next(p for p in before.personas if "ap-1" in p.members)
    assert placements["ap-4"] == ap_before.id
    assert placements["sch-1"] is None and "sch-1" in after.unassigned
    warning = next(w for w in after.warnings if w["kind"] == "no_good_fit")
    assert "candidate for a new persona" in warning["message"]
    for persona in before.personas:
        moved = next(p for p in after.personas if p.id == persona.id)
        assert set(persona.members) <= set(moved.members)


def test_assign_with_nothing_new_saves_no_version(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    before = synthesize_personas(workspace, engine="offline")
    workspace.save_transcript(make_interview("ap-5", "Clerk 5", AP_CLERK, company="Delta", n=9)[0])
    after, placements = assign_interviews(workspace, engine="offline")
    assert placements == {}
    assert after.version == before.version
    assert [w["interview_id"] for w in after.warnings if w["kind"] == "no_findings"] == ["ap-5"]


def test_assign_needs_a_previous_version(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study())
    with pytest.raises(NotFoundError, match="synthesize"):
        assign_interviews(workspace, engine="offline")


def test_llm_draft_citations_are_checked_by_code(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    findings = load_findings_by_interview(workspace)
    first = {
        "label": "Astronaut pilots",
        "summary": "People who key invoices and have no budget.",
        "attributes": [
            {
                "field": "pains",
                "statement": "Chasing approvals from managers takes hours every week.",
                "finding_ids": ["F3", "F11", "F19"],
            },
            {"field": "pains", "statement": "They love sailing on weekends.", "finding_ids": ["F3"]},
            {"field": "quotes", "statement": "an invented quote the model made up", "finding_ids": ["F4"]},
            {"field": "goals", "statement": "Unsupported claim.", "finding_ids": ["F999"]},
        ],
    }
    second = {
        "label": "Controllers",
        "summary": "Own the close.",
        "attributes": [
            {
                "field": "pains",
                "statement": "Reconciliations live in Excel with no audit trail.",
                "finding_ids": ["F3"],
            }
        ],
    }
    model = FakeListChatModel(responses=[json.dumps(first), json.dumps(second)] * 3)
    persona_set = synthesize_from_findings(
        findings,
        workspace=workspace,
        engine="llm",
        model=model,
        k=2,
        grouping_model=GroupingModel(negative_z=9.0),
    )
    assert persona_set.engine == "llm"
    drafted = [p for p in persona_set.personas if p.drafted_by == "llm"]
    assert drafted
    for persona in drafted:
        assert "Astronaut" not in persona.label  # a label no member's words support is refused
        for attribute in persona.attributes:
            assert "sailing" not in attribute.statement
            assert attribute.evidence_count == len({c.interview_id for c in attribute.citations})
            for citation in attribute.citations:
                text = workspace.load_transcript(citation.interview_id).utterance(citation.utterance_id).text
                assert citation.quote in text
            if attribute.field == "quotes":
                assert "invented" not in attribute.statement
    kinds = {w["kind"] for w in persona_set.warnings}
    assert "unsupported_dropped" in kinds and "label_not_grounded" in kinds


def test_empty_model_draft_falls_back_to_extractive_with_a_warning(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    empty = json.dumps({"label": "Nothing", "summary": "Nothing.", "attributes": []})
    persona_set = synthesize_personas(workspace, engine="llm", model=FakeListChatModel(responses=[empty] * 6))
    assert all(p.drafted_by == "extractive" for p in persona_set.personas)
    assert all(p.attributes for p in persona_set.personas)
    assert sum(1 for w in persona_set.warnings if w["kind"] == "model_empty") == len(persona_set.personas)


def test_the_researcher_has_the_last_word_and_a_new_synthesis_keeps_it(tmp_path):
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    first = synthesize_personas(workspace, engine="offline", k=2)
    ap = next(p for p in first.personas if "ap-1" in p.members)
    ctl = next(p for p in first.personas if "ctl-1" in p.members)
    moved = move_interview(workspace, "ctl-1", ap.id)
    target = next(p for p in moved.personas if p.id == ap.id)
    assert "ctl-1" in target.members and target.pinned
    renamed = rename_persona(workspace, ap.label[:4], "Invoice people")
    assert any(p.label == "Invoice people" for p in renamed.personas)
    again = synthesize_personas(workspace, engine="offline", k=2)
    kept = next(p for p in again.personas if p.label == "Invoice people")
    assert "ctl-1" in kept.members and kept.pinned
    split = split_persona(workspace, "invoice people", ["ctl-1"], label="Odd one")
    assert any(p.label == "Odd one" and p.members == ["ctl-1"] for p in split.personas)
    merged = merge_personas(workspace, "Invoice people", "Odd one")
    assert "ctl-1" in resolve_persona(merged, "invoice").members
    with pytest.raises(PersonaRefError, match="matches no persona"):
        resolve_persona(merged, "nobody")
    assert ctl.id


def test_personas_by_a_participant_attribute_and_the_criteria_report(tmp_path):
    interviews = study(include_nonbuyers=False)
    for number, (transcript, _f) in enumerate(interviews.values()):
        transcript.interview.participant_attributes = {"segment": "large" if number % 2 else "small"}
    workspace = hashing_workspace(tmp_path / "s", interviews)
    by_segment = synthesize_personas(workspace, engine="offline", by="attribute:segment")
    assert by_segment.criterion == "attribute:segment"
    assert sorted(len(p.members) for p in by_segment.personas) == [3, 3]
    rows = criteria_report(workspace)
    criteria = [r["criterion"] for r in rows]
    assert "auto" in criteria and "attribute:segment" in criteria
    assert rows == sorted(rows, key=lambda r: (r["study"], -r["distinctness"]))


def test_a_label_made_of_job_titles_follows_the_members_and_a_typed_label_stays(tmp_path):
    """After a move the label names the titles of who is in the persona now (never a title no member
    states); a label the researcher typed is theirs and stays."""
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    first = synthesize_personas(
        workspace, engine="offline", k=2, grouping_model=GroupingModel(negative_z=9.0)
    )
    ctl = next(p for p in first.personas if "ctl-1" in p.members)
    ap = next(p for p in first.personas if "ap-1" in p.members)
    assert "controller" in ctl.label.lower() and "clerk" not in ctl.label.lower()
    for interview_id in ("ap-1", "ap-2"):
        moved = move_interview(workspace, interview_id, ctl.id)
    grown = next(p for p in moved.personas if p.id == ctl.id)
    assert "clerk" in grown.label.lower()  # two clerks joined three controllers: both titles named
    rename_persona(workspace, ap.id, "Keep this name")
    after = move_interview(workspace, "ctl-2", ap.id)
    assert next(p for p in after.personas if p.id == ap.id).label == "Keep this name"


def test_label_phrases_skip_what_the_transcriber_wrote_in_brackets():
    """ "(unintelligible)" is in every member's quotes of a poorly recorded study and in no one's words:
    it once named a persona ("PDP and ICE · unintelligible") on real interviews."""
    from assistant.personas.labels import _phrases

    keys = _phrases("instead of the colour squares (unintelligible) so we plot [crosstalk] the averages")
    assert ("unintelligible",) not in keys and ("crosstalk",) not in keys
    assert ("squares", "so") not in keys  # no phrase runs across the note
    assert ("colour", "squares") in keys and ("the", "averages") in keys
    # a participant's own words in parentheses stay
    assert ("icu",) in _phrases("I am a nurse (ICU) at the hospital") and ("app",) in _phrases(
        "it (the app) crashed"
    )


def test_each_member_title_is_kept_and_shown_with_the_member(tmp_path):
    """The label's title is made of the members' own titles; the document shows each member's, so a
    reader can see where the label comes from (and which titles are the learned reader's guesses)."""
    from assistant.personas.documents import member_note, render_markdown

    workspace = hashing_workspace(tmp_path / "s", study())
    persona_set = synthesize_personas(workspace, engine="offline")
    titled = [p for p in persona_set.personas if p.member_titles]
    assert titled
    for persona in titled:
        assert set(persona.member_titles) <= set(persona.members)
        for member, title in persona.member_titles.items():
            said = " ".join(f.quote for f in load_findings_by_interview(workspace, [member]).get(member, []))
            assert title in said
        # a hashing embedder gives the learned reader nothing to read: every title here was said
        assert persona.guessed_titles == []
    persona = titled[0]
    member = next(iter(persona.member_titles))
    assert f"“{persona.member_titles[member]}”" in member_note(persona, member)
    markdown = "\n".join(render_markdown(workspace, persona_set).values())
    assert f"“{persona.member_titles[member]}”" in markdown
    persona.guessed_titles = [member]
    assert member_note(persona, member).endswith(", guessed)")


def test_personas_labelled_in_other_scripts_get_readable_ids_and_are_found_by_label() -> None:
    """A persona labelled in Chinese or Russian has an id in Latin letters ("dianzhang"), never the stand-in
    every such label used to share, and `--persona 店长` finds it by its label's beginning."""
    from assistant.core.workspace import readable_slug
    from assistant.personas.versions import Persona, PersonaSet

    assert readable_slug("店长 / 运营经理") == "dianzhang-yunyingjingli"
    assert readable_slug("Not a target: пенсионерка") == "not-a-target-pensionerka"
    assert readable_slug("Plant manager / Zoë Łódź") == "plant-manager-zoe-lodz"  # as slugify gives
    assert readable_slug("★") == "persona"
    personas = PersonaSet(
        personas=[
            Persona(id=readable_slug("店长 / 运营经理"), label="店长 / 运营经理", members=["a", "b"]),
            Persona(id=readable_slug("前台"), label="前台", members=["c", "d"]),
        ]
    )
    assert resolve_persona(personas, "店长").members == ["a", "b"]
    assert resolve_persona(personas, "前台").members == ["c", "d"]
    with pytest.raises(PersonaRefError, match="empty persona name"):
        resolve_persona(personas, "★")


def test_a_summary_adds_no_full_stop_after_a_sentence_that_has_one() -> None:
    """ "做了五个房。." and "Why would I pay?." are what a summary read before."""
    from assistant.personas.synthesis import _summary
    from assistant.personas.versions import Persona, PersonaAttribute

    def persona(*statements: tuple[str, str]) -> Persona:
        return Persona(
            id="p",
            label="p",
            attributes=[PersonaAttribute(field=f, statement=s, evidence_count=1) for f, s in statements],
        )

    assert _summary(persona(("who", "老店十个房，做了五个房。"), ("pains", "最怕的就是超订"))) == (
        "老店十个房，做了五个房。 最怕的就是超订。"
    )
    assert _summary(persona(("who", "I run two clinics."), ("decision_role", "Why would I pay?"))) == (
        "I run two clinics. Why would I pay?"
    )
