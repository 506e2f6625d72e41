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
    assert progress[0].used == 4 and progress[0].remaining == 0
    # Out of budget with a required topic missing: the section waits for the researcher to skip it.
    assert progress[0].status == "over_budget" and not progress[0].done
    assert session.probe_suggestions() == []
    assert "over budget" in session.next_question().reason
    session.skip_section()
    assert session.current_section().id == "two"


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
    assert "your manager called you" in summary  # told back to the participant, in the second person
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


# -- the question/answer pair, undo, logged scores ---------------------------------------------------


def test_an_answer_needs_a_question_and_a_question_needs_the_last_one_answered(workspace) -> None:
    session = small_session(workspace)
    with pytest.raises(WorkspaceError, match="no question has been asked"):
        session.answer("I typed the answer before asking.")
    question = session.ask(session.next_question())
    with pytest.raises(WorkspaceError, match="Q1 has no answer yet"):
        session.ask("A second question in a row?")
    first, more = session.answer("It was fine."), session.answer("Then the printer broke.")
    assert first.question_n == more.question_n == question.n
    assert session.last_answer().text == "It was fine. Then the printer broke."
    assert [r["type"] for r in log_lines(session)] == ["start", "turn", "turn", "turn"]


def test_undo_takes_back_the_last_turn_with_an_undo_record(workspace) -> None:
    session = small_session(workspace)
    session.ask(session.next_question())
    session.answer("Wrong participant's words.")
    session.note("laughs")
    session.set_scores({2: {"pain": 0.9}})
    (taken,) = session.undo()
    assert taken.kind == "answer" and taken.text == "Wrong participant's words."
    assert [t.kind for t in session.turns] == ["question", "note"]  # the note stays
    assert 2 not in session.answer_scores
    session.answer("The right words.")
    assert session.turns[-1].n == 4  # numbers are never reused
    records = log_lines(session)
    assert [r["type"] for r in records] == ["start", "turn", "turn", "turn", "scores", "undo", "turn"]
    reloaded = InterviewSession.load(workspace, session.session_id)
    assert [t.text for t in reloaded.turns] == [t.text for t in session.turns]
    assert reloaded.answer_scores == {}
    (question,) = reloaded.undo() and reloaded.undo()
    assert question.kind == "question" and reloaded.questions == []
    with pytest.raises(WorkspaceError, match="nothing to undo"):
        reloaded.undo()


def test_self_interview_undo_takes_back_the_answer_and_the_question_asked_after_it(workspace) -> None:
    session = small_session(workspace, mode="self")
    session.ask(session.decide_next())
    session.answer("Usually stuff.")
    session.ask(session.decide_next())
    taken = session.undo(through_answer=True)
    assert [t.kind for t in taken] == ["question", "answer"]
    assert session.open_question() is not None and session.open_question().n == 1


def test_scores_are_logged_with_the_question_and_a_resume_has_them_at_once(workspace) -> None:
    seen: list[tuple[list[str], list[str]]] = []

    def scorer(texts, questions):
        seen.append((texts, questions))
        return keyword_scorer(texts)

    session = small_session(workspace)
    question = session.ask(session.next_question())
    session.answer(CONCRETE)
    session.refresh_coverage(scorer)
    assert seen == [([CONCRETE], [question.text])]
    resumed = InterviewSession.resume(workspace, session.session_id)
    assert resumed.unscored_answers() == []
    assert resumed.coverage() == session.coverage() and resumed.coverage()["pain"] > 0


def test_sections_are_not_done_after_their_first_question(workspace) -> None:
    session = InterviewSession.start(
        workspace, find_guide("day_in_the_life"), participant="A", clock=StepClock()
    )
    session.ask(session.next_question())
    assert session.next_question() is not None  # not "all sections done" while the warm-up waits
    assert [p.status for p in session.sections_progress()][:2] == ["current", "pending"]
    session.answer("Good, thanks. Busy week, lots going on with the kids.")
    session.refresh_coverage(keyword_scorer)
    statuses = [p.status for p in session.sections_progress()]
    assert statuses[:2] == ["done", "current"]
    assert session.next_question().section_id == "role"


def test_warm_up_small_talk_covers_no_topic(workspace) -> None:
    session = InterviewSession.start(
        workspace, find_guide("day_in_the_life"), participant="A", clock=StepClock()
    )
    session.ask(session.next_question())
    session.answer("Good, although the week started because my new manager decided everything.")
    session.refresh_coverage(keyword_scorer)
    assert session.answer_scores[2]["trigger"] > 0.4  # the scorer saw words of a trigger...
    assert session.coverage()["trigger"] == 0.0  # ...but warm-up answers are not evidence


def test_a_topic_asked_about_and_answered_is_not_suggested_again(workspace) -> None:
    session = InterviewSession.start(
        workspace, find_guide("day_in_the_life"), participant="A", clock=StepClock()
    )
    session.skip_section()
    session.skip_section()
    session.skip_section()
    assert session.current_section().id == "pains"
    hardest = session.next_question()
    session.ask(hardest)
    session.answer("Chasing signatures for permits, nobody answers their phone.")
    cost_question = session.next_question()
    assert cost_question.topics == ["impact"]
    session.ask(cost_question)
    # The classifier may miss it, but the question about impact was answered with numbers.
    session.answer("We paid an $18,000 fine last year, and I work 60-hour weeks.")
    session.set_scores({t.n: {} for t in session.answers})
    assert session.topic_status()["impact"] == "answered"
    suggested = [p.text for p in session.probe_suggestions()]
    suggested.append(session.next_question().text)
    assert not any("cost" in text for text in suggested)


def test_probes_read_the_answer(workspace) -> None:
    guide = find_guide("day_in_the_life")
    session = InterviewSession.start(workspace, guide, participant="A", clock=StepClock())
    session.skip_section()
    session.ask(session.next_question())
    session.answer("I run payroll.")
    assert any("Who else" in p.text for p in session.probe_suggestions())
    session.undo()
    session.answer("Priya from procurement and Tom in legal both sign every contract with me.")
    assert not any("Who else" in p.text for p in session.probe_suggestions())


def test_a_question_already_asked_in_other_words_is_not_suggested(workspace) -> None:
    session = small_session(workspace)
    session.ask("What did you do yesterday, then?")
    session.answer(CONCRETE)
    session.refresh_coverage(keyword_scorer)
    assert session.next_question().text == "Who decides?"  # the scripted question counts as asked


def test_a_low_rating_asks_what_is_wrong_and_the_transcript_keeps_it(workspace) -> None:
    session = small_session(workspace)
    session.ask(session.next_question())
    session.answer(CONCRETE)
    session.record_summary("Summary for Alex Q.")
    session.record_member_check(2)
    assert session.needs_member_check_comment()
    with pytest.raises(WorkspaceError, match="empty"):
        session.record_member_check_comment("  ")
    session.record_member_check_comment("I am not the one who fixes spreadsheets.")
    assert not session.needs_member_check_comment()
    transcript, _ = session.save_transcript(index=False)
    attributes = workspace.load_transcript(transcript.interview.id).interview.participant_attributes
    assert attributes["member_check_comment"] == "I am not the one who fixes spreadsheets."


def test_a_summary_goes_stale_after_an_undo(workspace) -> None:
    session = small_session(workspace)
    session.ask(session.next_question())
    session.answer(CONCRETE)
    session.record_summary("Summary.")
    assert session.summary_is_current()
    session.undo()
    session.answer(CONCRETE)
    assert not session.summary_is_current()
    assert not InterviewSession.load(workspace, session.session_id).summary_is_current()


def test_version_1_logs_still_load_with_answers_linked_to_their_questions(workspace) -> None:
    session = small_session(workspace)
    lines = session.path.read_text(encoding="utf-8")
    old_turns = [
        {"n": 1, "kind": "question", "text": "What did you do yesterday?", "elapsed": 1.0},
        {"n": 2, "kind": "answer", "text": "Invoices.", "elapsed": 2.0},
    ]
    for turn in old_turns:
        turn["at"] = "2026-03-02T09:00:30+00:00"
        lines += json.dumps({"type": "turn", "turn": turn, "at": turn["at"]}) + "\n"
    session.path.write_text(lines, encoding="utf-8")
    loaded = InterviewSession.load(workspace, session.session_id)
    assert loaded.answers[0].question_n == 1 and loaded.open_question() is None


def test_the_offline_summary_is_structured_plain_sentences_without_small_talk(workspace) -> None:
    from assistant.core.models import Citation, Finding

    guide = find_guide("day_in_the_life")
    session = InterviewSession.start(workspace, guide, participant="Tess", clock=StepClock())
    session.ask(session.next_question())
    session.answer("Fine, the week started because my new manager decided everything.")  # small talk
    session.skip_section()  # role and team
    assert session.current_section().id == "yesterday"
    session.ask(session.next_question())
    session.answer("I started at six with the overnight exceptions. After lunch I reconciled logs by hand.")
    session.skip_section()
    session.ask(session.next_question())
    session.answer("Reconciling the logbooks by hand, I never trust the result.")
    session.ask(session.next_question())
    session.answer("We paid an $18,000 fine and I work 60-hour weeks.")
    transcript = session.to_transcript()

    def finding(utterance_number: int, category: str) -> Finding:
        utterance = transcript.utterances[utterance_number - 1]
        citation = Citation(
            interview_id=transcript.interview.id,
            utterance_id=utterance.id,
            quote=utterance.text,
            start=0,
            end=len(utterance.text),
            verified=True,
        )
        return Finding(
            interview_id=transcript.interview.id,
            source_file="s",
            category=category,
            statement=utterance.text,
            quote=utterance.text,
            utterance_ids=[utterance.id],
            verified=True,
            engine="offline",
            citations=[citation],
            confidence=0.9,
        )

    findings = [finding(2, "trigger"), finding(6, "pain"), finding(8, "decision")]  # the fine: mislabelled
    summary = offline_summary(session, findings, {"role": {"value": "dispatcher", "utterance_ids": []}})
    lines = summary.splitlines()
    assert lines[0] == "Summary for Tess."
    assert lines[1] == "Your role and context: you work as dispatcher."
    assert lines[2].startswith("Your day: you started at six") and "you reconciled logs" in lines[2]
    assert "What gets in your way: reconciling the logbooks by hand, you never trust the result." in summary
    # the cost comes from the answer to the cost question even though the classifier mislabelled it
    assert "What it costs you: we paid an $18,000 fine and you work 60-hour weeks." in summary
    assert "new manager" not in summary  # warm-up small talk is never used
    assert '"' not in summary  # plain sentences, not a collage of quotes
