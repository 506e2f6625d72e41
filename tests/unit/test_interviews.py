"""Live interview sessions: guide-driven questions, probes, append-only log, resume, member check."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from keyword_scorer import keyword_scorer

from assistant.core.errors import WorkspaceError
from assistant.interview.guides import find_guide, parse_guide
from assistant.interview.session import InterviewSession, list_sessions, unfinished_sessions
from assistant.interview.summaries import llm_probes, llm_summary, offline_summary

CONCRETE = (
    "Yesterday my manager called me at 9 because the invoice spreadsheet was broken again, "
    "it was frustrating and it cost me three hours of overtime."
)

SMALL_GUIDE = """
title: Small
probing_rules:
  - rule: "If the answer is vague, ask for a concrete example."
    when: vague
    probe: "Can you give me a concrete example?"
  - rule: "If short, ask for more."
    when: short
    probe: "Tell me more?"
topic_probes:
  decision: "Who decides?"
sections:
  - id: one
    title: One
    budget: 4
    required_topics: [decision]
    questions:
      - text: "/What did you do yesterday?"
        probes: ["What happened next?"]
  - id: two
    title: Two
    budget: 1
    questions: ["Anything else?"]
"""


class StepClock:
    """A clock that moves 10 seconds every time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=10)
        return self.now


def log_lines(session: InterviewSession) -> list[dict]:
    return [json.loads(line) for line in session.path.read_text(encoding="utf-8").splitlines()]


def small_session(workspace, mode="researcher", clock=None) -> InterviewSession:
    guide = parse_guide(SMALL_GUIDE, source="small.yaml")
    return InterviewSession.start(
        workspace, guide, participant="Alex Q", mode=mode, clock=clock or StepClock()
    )


def test_every_turn_is_appended_to_the_log_as_it_happens(workspace) -> None:
    session = small_session(workspace)
    assert session.path.parent == workspace.sessions_dir
    assert [r["type"] for r in log_lines(session)] == ["start"]
    session.ask(session.next_question())
    assert len(log_lines(session)) == 2
    session.answer("It was fine.")
    session.note("participant smiled")
    records = log_lines(session)
    assert [r["turn"]["kind"] for r in records[1:]] == ["question", "answer", "note"]
    assert records[2]["turn"]["text"] == "It was fine."


def test_next_question_follows_the_guide_then_asks_for_missing_topics(workspace) -> None:
    session = small_session(workspace)
    first = session.next_question()
    assert first.text == "What did you do yesterday?" and first.verbatim and first.source == "scripted"
    session.ask(first)
    session.answer(CONCRETE)
    session.refresh_coverage(keyword_scorer)
    topic = session.next_question()
    assert topic.source == "topic" and topic.text == "Who decides?"
    session.ask(topic)
    session.answer("My boss has the final say and the budget, she decides.")
    session.refresh_coverage(keyword_scorer)
    assert "decision" in session.covered()
    assert session.next_question().text == "Anything else?"
    assert [p.done for p in session.sections_progress()] == [True, False]


def test_probes_for_a_vague_short_answer_come_from_the_rules(workspace) -> None:
    session = small_session(workspace)
    session.ask(session.next_question())
    assert session.probe_suggestions() == []
    session.answer("Usually stuff.")
    texts = [p.text for p in session.probe_suggestions()]
    assert texts[:2] == ["Can you give me a concrete example?", "Tell me more?"]
    assert "What happened next?" in texts


def test_section_budget_is_respected(workspace) -> None:
    session = small_session(workspace)
    for _ in range(4):
        session.ask("A custom question?")
        session.answer("Usually stuff.")
    progress = session.sections_progress()
    assert progress[0].used == 4 and progress[0].remaining == 0 and progress[0].done
    assert session.current_section().id == "two"
    assert session.probe_suggestions() == []


def test_self_interview_probes_vague_answers_then_moves_on(workspace) -> None:
    session = small_session(workspace, mode="self")
    asked = []
    for _ in range(10):
        suggestion = session.decide_next()
        if suggestion is None:
            break
        session.ask(suggestion)
        asked.append(suggestion.source)
        session.answer("Usually stuff.")
        session.refresh_coverage(keyword_scorer)
    assert asked[0] == "scripted"
    assert asked[1] == "probe"
    assert session.is_complete()
    assert session.used_in("one") <= 4 and session.used_in("two") == 1


def test_resume_rebuilds_the_session_and_the_timer_skips_the_gap(workspace) -> None:
    clock = StepClock()
    session = small_session(workspace, clock=clock)
    session.ask(session.next_question())
    session.answer(CONCRETE)
    elapsed_before = session.turns[-1].elapsed
    clock.now += timedelta(hours=3)  # the terminal was killed; the researcher comes back later
    with session.path.open("a", encoding="utf-8") as handle:
        handle.write('{"type": "turn", "turn": {"n": 3')  # a torn line from a kill mid-write
    resumed = InterviewSession.resume(workspace, session.session_id, clock=clock)
    assert [t.text for t in resumed.turns] == [t.text for t in session.turns]
    assert resumed.elapsed_seconds() < elapsed_before + 60
    assert [info.session_id for info in unfinished_sessions(workspace)] == [session.session_id]


def test_finish_stores_rating_and_saves_a_transcript(workspace) -> None:
    session = small_session(workspace)
    session.ask(session.next_question())
    session.answer(CONCRETE)
    session.ask("?How many people are in your team?".lstrip("?"))
    session.answer("Four of us.")
    session.note("seemed tired")
    session.refresh_coverage(keyword_scorer)
    summary = offline_summary(session)
    assert "Alex Q" in summary and "invoice spreadsheet" in summary
    session.record_summary(summary)
    with pytest.raises(WorkspaceError, match="1, 2, 3 or 4"):
        session.record_member_check(5)
    session.record_member_check(3)
    transcript, warning = session.save_transcript(index=False)
    assert warning is None
    stored = workspace.load_transcript(transcript.interview.id)
    assert stored.interview.member_check_rating == 3
    assert stored.interview.format == "personas-session"
    roles = [(u.role, u.speaker) for u in stored.utterances]
    assert roles == [
        ("interviewer", "Interviewer"),
        ("participant", "Alex Q"),
        ("interviewer", "Interviewer"),
        ("participant", "Alex Q"),
        ("other", "Note"),
    ]
    assert stored.utterances[1].id == f"{stored.interview.id}:2"
    assert stored.utterances[1].text == CONCRETE
    assert unfinished_sessions(workspace) == []
    assert list_sessions(workspace)[0].finished
    with pytest.raises(WorkspaceError, match="already finished"):
        InterviewSession.resume(workspace, session.session_id)
    reloaded = InterviewSession.load(workspace, session.session_id)
    assert reloaded.member_check_rating == 3 and reloaded.summary == summary


def test_indexing_failure_keeps_the_transcript(workspace) -> None:
    def broken(transcript):
        raise RuntimeError("chroma is down")

    session = small_session(workspace)
    session.ask(session.next_question())
    session.answer(CONCRETE)
    transcript, warning = session.save_transcript(index=True, indexer=broken)
    assert warning and "chroma is down" in warning
    assert workspace.load_transcript(transcript.interview.id).utterances


def test_model_probes_and_summary_use_the_prompts(workspace) -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    session = small_session(workspace, mode="self")
    session.ask(session.decide_next())
    session.answer("Usually stuff.")
    model = FakeListChatModel(responses=['{"probes": ["When did that last happen?", "Who was there?"]}'])
    probes = llm_probes(session, model)
    assert probes == ["When did that last happen?", "Who was there?"]
    chosen = session.decide_next(probes)
    assert chosen.source == "llm" and chosen.text == "When did that last happen?"
    summary_model = FakeListChatModel(responses=["You spend your mornings on invoices."])
    assert llm_summary(session, summary_model) == "You spend your mornings on invoices."


def test_day_in_the_life_runs_to_the_end_offline(workspace) -> None:
    guide = find_guide("day_in_the_life")
    session = InterviewSession.start(workspace, guide, participant="P1", mode="self", clock=StepClock())
    count = 0
    while (suggestion := session.decide_next()) is not None and count < guide.total_budget + 1:
        session.ask(suggestion)
        session.answer(CONCRETE)
        session.refresh_coverage(keyword_scorer)
        count += 1
    assert session.is_complete()
    assert count <= guide.total_budget
    assert {p.section_id for p in session.sections_progress() if p.used} == {s.id for s in guide.sections}


def test_interview_prompts_use_exactly_the_variables_the_code_fills() -> None:
    import string

    from assistant.core.prompts import read_prompt

    expected = {
        "interview_probe.md": {"rules", "section", "question", "answer", "missing_topics", "conversation"},
        "interview_summary.md": {"participant", "conversation"},
    }
    for name, variables in expected.items():
        fields = {field for _, field, _, _ in string.Formatter().parse(read_prompt(name)) if field}
        assert fields == variables, name


def test_saved_transcript_is_pseudonymised_when_the_study_asks(tmp_path) -> None:
    from assistant.core.settings import PrivacySettings, Settings
    from assistant.core.workspace import Workspace

    Workspace.init(tmp_path / "private")
    workspace = Workspace(tmp_path / "private", settings=Settings(privacy=PrivacySettings(pseudonymise=True)))
    session = small_session(workspace)
    session.ask(session.next_question())
    session.answer("Mail me at alex.q@example.com, or ask my boss.")
    transcript, _ = session.save_transcript(index=False)
    stored = workspace.load_transcript(transcript.interview.id)
    assert stored.interview.pseudonymised
    assert "alex.q@example.com" not in stored.utterances[1].text
    assert stored.utterances[1].speaker != "Alex Q"
    assert stored.utterances[0].speaker == "Interviewer"
    assert "alex.q@example.com" in session.path.read_text(encoding="utf-8")  # the local log keeps the words
