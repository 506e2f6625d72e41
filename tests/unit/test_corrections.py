"""Corrections by hand: filed, recategorised, rewritten and rejected findings survive re-extraction."""

from __future__ import annotations

import json

import pytest
from persona_data import AP_CLERK, hashing_workspace, make_interview, save_interview, study

from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.extract.corrections import (
    RESEARCHER_ENGINE,
    corrections_path,
    edit_statement,
    file_finding,
    load_corrections,
    recategorise,
    reject,
    reject_quote,
    without_citation,
)
from assistant.extract.store import load_findings
from assistant.personas.synthesis import synthesize_personas


@pytest.fixture
def corrected_workspace(tmp_path):
    return hashing_workspace(tmp_path / "study", {"ap-1": make_interview("ap-1", "Clerk 1", AP_CLERK)})


def _reextract(workspace, interview_id="ap-1") -> None:
    """Write the findings file again, as a new extraction run does (same engine output)."""
    transcript, findings = make_interview(interview_id, "Clerk 1", AP_CLERK)
    save_interview(workspace, transcript, findings)


def test_a_filed_finding_is_verified_verbatim_and_stored_as_the_researchers(corrected_workspace) -> None:
    workspace = corrected_workspace
    transcript = workspace.load_transcript("ap-1")
    finding = file_finding(
        workspace, transcript, "ap-1:4", "fifteen hundred invoices a month", "impact", "Volume is high"
    )
    assert finding.engine == RESEARCHER_ENGINE and finding.verified
    citation = finding.citations[0]
    assert transcript.utterance("ap-1:4").text[citation.start : citation.end] == citation.quote
    stored = json.loads(corrections_path(workspace, "ap-1").read_text(encoding="utf-8"))
    assert stored["findings"][0]["engine"] == "researcher"
    loaded = load_findings(workspace, ["ap-1"])
    assert any(f.engine == "researcher" and f.statement == "Volume is high" for f in loaded)


@pytest.mark.parametrize(
    ("utterance_id", "quote", "problem"),
    [
        ("ap-1:4", "fifteen thousand invoices", "not verbatim"),
        ("ap-1:3", "Can you tell me more", "only the participant's words"),
        ("ap-1:99", "anything", "no utterance"),
    ],
)
def test_a_filed_finding_fails_closed(corrected_workspace, utterance_id, quote, problem) -> None:
    transcript = corrected_workspace.load_transcript("ap-1")
    with pytest.raises((WorkspaceError, NotFoundError), match=problem):
        file_finding(corrected_workspace, transcript, utterance_id, quote, "pain")
    assert not corrections_path(corrected_workspace, "ap-1").exists()


def test_rejected_recategorised_and_edited_findings_survive_reextraction(corrected_workspace) -> None:
    workspace = corrected_workspace
    before = load_findings(workspace, ["ap-1"])
    tracker = next(f for f in before if "Excel tracker" in f.quote)
    forum = next(f for f in before if "AP forum" in f.quote)
    quit_ = next(f for f in before if "colleague quit" in f.quote)
    reject(workspace, tracker, "a workaround, not a pain")
    recategorise(workspace, forum, "situation")
    edit_statement(workspace, quit_, "Covers a colleague's invoices after she left")
    _reextract(workspace)  # the engine writes its findings again, tracker included
    after = load_findings(workspace, ["ap-1"])
    assert not any("Excel tracker" in f.quote for f in after)
    moved = next(f for f in after if "AP forum" in f.quote)
    assert moved.category == "situation" and moved.engine == RESEARCHER_ENGINE
    edited = next(f for f in after if "colleague quit" in f.quote)
    assert edited.statement == "Covers a colleague's invoices after she left"
    assert edited.category == "trigger" and edited.quote == quit_.quote  # the quote never changes
    assert len(after) == len(before) - 1
    assert load_corrections(workspace, "ap-1").rejected[0].reason == "a workaround, not a pain"


def test_a_rejection_matches_the_same_passage_cut_differently(corrected_workspace) -> None:
    workspace = corrected_workspace
    transcript = workspace.load_transcript("ap-1")
    text = transcript.utterance("ap-1:8").text
    reject_quote(workspace, transcript, "ap-1:8", text[:40], "removed by hand")
    # A later engine cuts the passage a little differently: it is still the rejected passage.
    transcript, findings = make_interview("ap-1", "Clerk 1", AP_CLERK)
    tracker = next(f for f in findings if f.utterance_ids == ["ap-1:8"])
    tracker.citations[0].end = len(text) - 1
    tracker.citations[0].quote = tracker.quote = text[:-1]
    save_interview(workspace, transcript, findings)
    assert not any(f.utterance_ids == ["ap-1:8"] for f in load_findings(workspace, ["ap-1"]))


def test_the_researchers_own_findings_can_be_recategorised_edited_and_deleted(corrected_workspace) -> None:
    workspace = corrected_workspace
    transcript = workspace.load_transcript("ap-1")
    mine = file_finding(workspace, transcript, "ap-1:2", "we have 4 branches", "situation")
    moved = recategorise(workspace, mine, "decision")
    edit_statement(workspace, moved, "Four branches approve invoices")
    (stored,) = load_corrections(workspace, "ap-1").findings
    assert (stored.category, stored.statement) == ("decision", "Four branches approve invoices")
    reject(workspace, stored)
    corrections = load_corrections(workspace, "ap-1")
    assert corrections.findings == [] and corrections.rejected == []


def test_researcher_only_interviews_reach_synthesis(tmp_path) -> None:
    interviews = study(include_nonbuyers=False)
    workspace = hashing_workspace(tmp_path / "s", interviews)
    transcript, _ = make_interview("ap-9", "Clerk 9", AP_CLERK)
    workspace.save_transcript(transcript)  # never extracted: only the researcher coded it
    file_finding(workspace, transcript, "ap-9:10", "the controller decides and the owner signs", "decision")
    everything = load_findings(workspace)
    assert any(f.interview_id == "ap-9" and f.engine == RESEARCHER_ENGINE for f in everything)
    persona_set = synthesize_personas(workspace, engine="offline")
    seen = [m for persona in persona_set.personas for m in persona.members] + persona_set.unassigned
    assert "ap-9" in seen  # clustered (or reported as fitting no persona) on the researcher's finding alone


def test_a_rejected_quote_leaves_the_next_synthesis(tmp_path) -> None:
    workspace = hashing_workspace(tmp_path / "s", study(include_nonbuyers=False))
    first = synthesize_personas(workspace, engine="offline")
    persona = next(p for p in first.personas if "ap-1" in p.members)
    attribute = next(a for a in persona.attributes if any(c.interview_id == "ap-1" for c in a.citations))
    citation = next(c for c in attribute.citations if c.interview_id == "ap-1")
    updated = without_citation(
        first.model_dump(mode="json"), persona.id, attribute.field, citation.utterance_id, citation.quote
    )
    kept = next(p for p in updated["personas"] if p["id"] == persona.id)
    quotes = [
        (c["utterance_id"], c["quote"])
        for a in kept["attributes"]
        if a["field"] == attribute.field
        for c in a["citations"]
    ]
    assert (citation.utterance_id, citation.quote) not in quotes
    reject_quote(workspace, workspace.load_transcript("ap-1"), citation.utterance_id, citation.quote, "x")
    second = synthesize_personas(workspace, engine="offline")
    cited = {(c.utterance_id, c.quote) for p in second.personas for a in p.attributes for c in a.citations}
    assert (citation.utterance_id, citation.quote) not in cited


def test_removing_a_quote_that_is_not_there_names_it() -> None:
    persona_set = {"version": 3, "personas": [{"id": "p", "attributes": []}]}
    with pytest.raises(NotFoundError, match="no quote"):
        without_citation(persona_set, "p", "pains", "x:1", "words")
    with pytest.raises(NotFoundError, match="no persona 'q' in version 3"):
        without_citation(persona_set, "q", "pains", "x:1", "words")


def test_a_damaged_corrections_file_names_itself(corrected_workspace) -> None:
    path = corrections_path(corrected_workspace, "ap-1")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"interview_id": "ap-1", "rejected": [{"quote": 3}]}', encoding="utf-8")
    with pytest.raises(WorkspaceError, match="corrections/ap-1.json: invalid corrections file"):
        load_findings(corrected_workspace, ["ap-1"])


def test_corrections_of_a_removed_interview_are_ignored(corrected_workspace) -> None:
    workspace = corrected_workspace
    file_finding(workspace, workspace.load_transcript("ap-1"), "ap-1:4", "invoices a month", "impact")
    workspace.delete_transcript("ap-1")
    (workspace.findings_dir / "ap-1.json").unlink(missing_ok=True)
    assert load_findings(workspace) == []
