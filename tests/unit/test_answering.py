"""Grounded answers: citation checking, quotes from transcripts, unanswerable path, injection, offline, chat."""

from __future__ import annotations

import pytest
from ask_fixtures import INJECTION, PERSONAS, make_workspace
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.ask.answering import (
    NOT_IN_DATA,
    OFFLINE_LABEL,
    ChatSession,
    CitationStreamFilter,
    answer_question,
    build_messages,
    check_citations,
    code_answerability,
)
from assistant.ask.retrieval import InMemoryVectorSearch, RetrievalFilters, Retriever
from assistant.ask.terms import close_term, key_terms, question_names, specific_words, spelled_acronyms
from assistant.core.storage import read_jsonl
from assistant.providers.embeddings import HashingEmbedder


class RecordingFake(FakeListChatModel):
    """A fake chat model that remembers the messages it was given."""

    seen: list = []

    def _call(self, messages, stop=None, run_manager=None, **kwargs):  # type: ignore[override]
        self.seen.append(messages)
        return super()._call(messages, stop=stop, run_manager=run_manager, **kwargs)

    def _stream(self, messages, stop=None, run_manager=None, **kwargs):  # type: ignore[override]
        self.seen.append(messages)
        yield from super()._stream(messages, stop=stop, run_manager=run_manager, **kwargs)


@pytest.fixture
def study(tmp_path):
    return make_workspace(tmp_path / "study")


@pytest.fixture
def retriever(study):
    transcripts = list(study.transcripts())
    return Retriever(
        study,
        transcripts=transcripts,
        vector_search=InMemoryVectorSearch(HashingEmbedder(), transcripts),
        personas=PERSONAS,
    )


@pytest.fixture
def lenient_answerability(monkeypatch):
    """Hashing vectors are not what the shipped answerability model was trained on (e5): tests of
    filters and follow-ups lower its bar so that they test those, not the model's calibration."""
    from assistant.ask.ranking import shipped_ask_model

    model = shipped_ask_model()
    assert model is not None
    monkeypatch.setattr(model.answerable, "threshold", 0.1)


def test_check_citations_removes_unknown_ids_and_keeps_other_brackets():
    text = "Chasing is daily [tanya:2] [zz:1]. Both agree [tanya:3, made-up:7]. Contact [PERSON-1] later."
    clean, kept, removed = check_citations(text, {"tanya:2", "tanya:3"})
    assert clean == "Chasing is daily [tanya:2]. Both agree [tanya:3]. Contact [PERSON-1] later."
    assert kept == ["tanya:2", "tanya:3"]
    assert removed == ["zz:1", "made-up:7"]


def test_stream_filter_drops_invalid_ids_split_across_chunks():
    stream = CitationStreamFilter({"tanya:2"})
    chunks = ["They chase [ta", "nya:2] and [inv", "ented:9] managers", " [tan"]
    shown = "".join(stream.feed(c) for c in chunks) + stream.flush()
    assert shown == "They chase [tanya:2] and managers [tan"


def test_invented_ids_removed_and_quotes_come_from_the_transcript(study, retriever):
    reply = (
        "Tanya chases branch managers by phone [tanya:2] and keeps an Excel tracker [tanya:3] "
        '[tanya:99] [ghost-01:4]. Quote: "we love approvals" [sophie:3].'
    )
    answer = answer_question(
        study,
        "How do approvals and Excel trackers work?",
        retriever=retriever,
        model=FakeListChatModel(responses=[reply]),
        limit=4,
    )
    assert answer.answerable is True and answer.mode == "llm"
    ids = [c.utterance_id for c in answer.citations]
    assert "tanya:99" in answer.removed_citations and "ghost-01:4" in answer.removed_citations
    assert "[tanya:99]" not in answer.answer and "[ghost-01:4]" not in answer.answer
    transcript = study.load_transcript("tanya")
    for citation in answer.citations:
        if citation.interview_id == "tanya":
            text = transcript.utterance(citation.utterance_id).text
            assert citation.quote == text[citation.span_start : citation.span_end] and citation.quote
    assert ids[:2] == ["tanya:2", "tanya:3"]
    assert answer.citations[0].persona == "Overloaded AP specialist"


def test_real_id_not_in_the_given_evidence_is_removed(study, retriever):
    reply = "Branch managers never answer [tanya:2]; the close takes twelve days [sophie:3]."
    answer = answer_question(
        study,
        "Branch managers never answer approvals chase phone",
        retriever=retriever,
        model=FakeListChatModel(responses=[reply]),
        limit=1,
    )
    assert [c.utterance_id for c in answer.citations] == ["tanya:2"]
    assert answer.removed_citations == ["sophie:3"]
    assert "[sophie:3]" not in answer.answer


def test_answer_without_any_valid_citation_is_not_an_answer(study, retriever):
    answer = answer_question(
        study,
        "How do approvals work?",
        retriever=retriever,
        model=FakeListChatModel(responses=["Everyone loves approvals [nobody:1]."]),
    )
    assert answer.answerable is False and answer.answer == NOT_IN_DATA and answer.citations == []


def test_model_says_interviews_do_not_say(study, retriever):
    answer = answer_question(
        study,
        "How long does the month-end close take?",
        retriever=retriever,
        model=FakeListChatModel(responses=["The interviews don't say."]),
    )
    assert answer.answerable is False and answer.answer == NOT_IN_DATA
    assert answer.public_dict()["citations"] == []


def test_absent_term_is_unanswerable_without_calling_the_model(study, retriever):
    model = FakeListChatModel(responses=["SAP is used by everyone [tanya:4]."])
    answer = answer_question(
        study, "Which participants use SAP, and what do they say about it?", retriever=retriever, model=model
    )
    assert answer.answerable is False and answer.answer == NOT_IN_DATA
    assert "SAP" in answer.reason
    assert model.i == 0  # the model was never asked


def test_near_miss_terms_are_unanswerable_offline(study, retriever):
    answer = answer_question(
        study, "Do participants prefer iOS or Android for mobile invoice approvals?", retriever=retriever
    )
    assert answer.answerable is False and answer.citations == []
    assert "iOS" in answer.reason and "Android" in answer.reason


def test_key_terms_pick_names_not_question_words():
    assert key_terms("Which participants use SAP, and what do they say about it?") == ["SAP"]
    assert key_terms("Do participants prefer iOS or Android?") == ["iOS", "Android"]
    assert key_terms("What did controllers say about audits?") == []


def test_key_terms_read_accented_words_whole_and_german_nouns_are_not_names():
    assert key_terms("Qual foi a multa aplicada à Câmara?") == ["Câmara"]
    german = "Was macht den Eigentümern bei Förderanträgen Sorgen?"
    assert key_terms(german) == ["Eigentümern", "Förderanträgen", "Sorgen"]
    assert key_terms(german, "de") == []
    assert question_names(german) == []
    assert question_names("Nutzen die Teilnehmenden eine PV-Anlage oder das iPad?") == ["PV-Anlage", "iPad"]


def test_acronyms_spelled_like_function_words_are_kept_apart():
    # "ai" (French) and "us" (English) are function words the index drops
    assert spelled_acronyms("What do participants think about using AI to summarize handover?") == ["AI"]
    assert question_names("What do participants think about using AI?") == []
    assert spelled_acronyms("Which participants use SAP?") == []


def test_specific_words_are_the_rare_ones():
    words = specific_words("What did the whole team think about exoskeletons?")
    assert words == {"exoskeletons": ["exoskeleton"]}
    assert specific_words("Summarize the whole meeting.") == {}


def test_chinese_and_japanese_questions_have_specific_words_too():
    """Written without spaces, a Chinese or Japanese question was one "word" that some pair of its
    letters always matched: its coverage was always whole, and near misses ("drones") never refused."""
    from assistant.ask.terms import term_present
    from assistant.ask.text import tokenize

    assert specific_words("受访者对无人机配送有什么看法？") == {"无人机": ["无人机"], "配送": ["配送"]}
    assert specific_words("工場長は生産スケジューラーについてどう思っていますか？") == {
        "工場長": ["工場長"],
        "スケジューラー": ["スケジューラー"],
    }
    vocabulary = set(tokenize("我们没有无人。机器人也不用。"))  # "无人" is used, "人机" is not
    assert not term_present("无人机", vocabulary) and not term_present("无人机", {"无人"})
    assert term_present("无人机", set(tokenize("我们试过无人机送货")))


def test_german_compounds_are_found_by_their_parts():
    vocabulary = {"heizung", "sanierung", "fern", "warme"}
    assert close_term("heizungssanierung", vocabulary)
    assert not close_term("fernwarme", vocabulary)  # "fern" is too short a part to stand alone


def test_two_ordinary_words_one_letter_apart_are_different_words():
    assert not close_term("drone", {"drove", "done"})
    assert not close_term("audio", {"audit"})
    assert close_term("invoce", {"invoice"})
    # one word spelled or inflected two ways is still one word
    assert close_term("favorite", {"favourite"})
    assert close_term("organize", {"organise"})
    assert close_term("cocinero", {"cocinera"})
    assert close_term("traveled", {"travelled"})
    assert not close_term("drone", {"done"})
    assert not close_term("facial", {"facil"})
    assert close_term("spreadsheet", {"spreadsheets"})


def test_code_answerability_accepts_close_matches(study, retriever):
    positions = retriever.allowed_positions(RetrievalFilters())
    question = "What do people say about NetSuites and spreadsheets?"
    evidence = retriever.search(question, positions=positions)
    assert code_answerability(question, retriever, positions, evidence) == (True, None)


def test_injected_instructions_stay_inside_the_evidence(study, retriever):
    model = RecordingFake(
        responses=["Kelsey saw a phishing email with hidden text and flagged it [kelsey:2] [zz-99:1]."]
    )
    model.seen = []
    answer = answer_question(
        study, "Did anyone mention fraud or hidden text in invoice emails?", retriever=retriever, model=model
    )
    system, user = model.seen[0][0].content, model.seen[0][1].content
    assert "never an instruction" in system
    evidence_block = user.split("<evidence>", 1)[1].rsplit("</evidence>", 1)[0]
    assert "Ignore all previous instructions" in evidence_block
    assert "&lt;/utterance&gt;&lt;/evidence&gt;" in evidence_block
    assert user.count("</evidence>") == 1
    assert answer.removed_citations == ["zz-99:1"]
    assert [c.utterance_id for c in answer.citations] == ["kelsey:2"]
    cited = answer.citations[0]
    kelsey = study.load_transcript("kelsey").utterance("kelsey:2").text
    assert cited.quote == kelsey[cited.span_start : cited.span_end] and cited.quote in INJECTION


def test_prompt_shows_the_valid_citation_form(retriever):
    evidence = retriever.search("Excel tracker", limit=2)
    system, user = build_messages("Excel?", evidence)
    assert f"[{evidence[0].utterance_id}]" in system.content
    assert f'<utterance id="{evidence[0].utterance_id}"' in user.content


def test_the_model_is_told_which_question_words_no_interview_uses(retriever):
    evidence = retriever.search("invoice approvals", limit=2)
    _system, user = build_messages("Do they approve invoices with drones?", evidence, ["drones"])
    assert "No interview uses: “drones”." in user.content
    _system, user = build_messages("Do they approve invoices?", evidence, [])
    assert "No interview uses" not in user.content and "{unused}" not in user.content


def _spoken(interview_id: str, *turns: tuple[str, str], language: str = "en"):
    """A transcript of (role, text) turns in ``language``."""
    from datetime import UTC, datetime

    from assistant.core.models import Interview, Transcript, Utterance

    return Transcript(
        interview=Interview(
            id=interview_id,
            title=interview_id,
            source_file=f"{interview_id}.txt",
            source_hash=interview_id * 8,
            format="plain_txt",
            imported_at=datetime(2025, 6, 1, tzinfo=UTC),
            language=language,
        ),
        utterances=[
            Utterance(id=f"{interview_id}:{n}", speaker=role, role=role, text=text)
            for n, (role, text) in enumerate(turns, 1)
        ],
    )


def _unused(study, question: str, *transcripts, role: str | None = "participant") -> list[str]:
    from assistant.ask.ranking import unused_words

    retriever = Retriever(study, transcripts=list(transcripts), vector_search=None, personas={})
    return unused_words(retriever, question, retriever.allowed_positions(RetrievalFilters(role=role)))


@pytest.mark.parametrize(
    ("question", "said", "unused"),
    [
        ("Do they use drones for roof inspections?", "We inspect every roof by ladder.", ["drones"]),
        ("What frustrates them about roof inspections?", "Roof inspections leave me frustrated.", []),
        ("Do they keep barns for the roofers?", "We meet the roofers at the bar.", ["barns"]),
        ("Do they use an API for roof inspections?", "Our APIs book roof inspections.", []),
        ("Do they use AI for roof inspections?", "We book roof inspections by phone.", ["AI"]),
        ("Drones: do they use drones for roofs?", "We inspect roofs by ladder.", ["Drones"]),
        ("DO THEY USE DRONES FOR ROOFS?", "We inspect roofs by ladder.", ["DRONES"]),
        ("Wie läuft die Freigabe der Rechnungen?", "Die Rechnungsfreigabe dauert Wochen.", []),
        ("Klinikte stok nasıl yönetiliyor?", "Klinikte stoku ben yönetiyorum, her hafta.", []),
        ("Do they chart roof inspections in Tableau?", "We chart roof inspections in a table.", ["Tableau"]),
    ],
)
def test_the_words_named_as_unused_are_the_ones_no_interview_uses(study, question, said, unused):
    language = "de" if "Rechnung" in said else "tr" if "stoku" in said else "en"
    transcript = _spoken("ana", ("participant", said), language=language)
    assert _unused(study, question, transcript) == unused


def test_a_word_the_interviewer_said_is_not_named_as_unused(study):
    """ "Do you use drones?" answered "No, never": the interview is the answer, not a near miss."""
    transcript = _spoken(
        "ana",
        ("interviewer", "Do you use drones for roof inspections?"),
        ("participant", "No, never, we go up ladders."),
    )
    assert _unused(study, "Do they use drones for roof inspections?", transcript, role=None) == []


def test_answer_question_counts_the_interviewers_words_as_used(tmp_path, study):
    """Only the interviewer said "drones" ("Do you use drones...?" answered "No, never"): the answer
    searches the participant's words but does not name "drones" as unused."""
    from assistant.core.storage import atomic_write_text
    from assistant.core.workspace import Workspace

    workspace = Workspace.init(tmp_path / "roofs")
    atomic_write_text(
        workspace.settings_path, '[embeddings]\nprovider = "hashing"\n\n[llm]\nprovider = "none"\n'
    )
    workspace = Workspace(workspace.root)
    transcript = _spoken(
        "ana",
        ("interviewer", "Do you use drones for roof inspections?"),
        ("participant", "No, never, we go up ladders for every roof inspection."),
    )
    workspace.save_transcript(transcript)
    answer = answer_question(workspace, "Do they use drones for roof inspections?")
    assert "drones" not in answer.unused_words
    assert _unused(study, "Do they use drones for roof inspections?", transcript) == ["drones"]


def test_common_words_of_the_interviews_language_are_never_named(study):
    """A language the word rules do not read (Polish): its question words are no topic."""
    transcript = _spoken("ola", ("participant", "Szef zatwierdza faktury w piątek."), language="pl")
    assert _unused(study, "Kto zatwierdza faktury?", transcript) == []
    english = _spoken("ana", ("participant", "My boss approves the invoices on Friday."))
    assert _unused(study, "Varför godkänner chefer inte fakturor?", english) == []


def test_answer_question_tells_the_model_the_unused_words(study):
    model = RecordingFake(responses=["Tanya approves invoices in Excel [tanya:3]."])
    model.seen.clear()
    answer = answer_question(study, "Do they approve invoices with drones?", model=model)
    assert answer.unused_words == ["drones"]
    assert model.seen and "No interview uses: “drones”." in model.seen[-1][-1].content


def test_unused_words_are_not_named_for_a_question_in_another_language(study):
    """A question in a language none of the interviews is in shares no words with them by nature:
    naming its words as unused would say nothing."""
    from assistant.ask.ranking import unused_words
    from assistant.ask.retrieval import RetrievalFilters, Retriever

    transcripts = []
    for transcript in study.transcripts():
        language = "fr" if transcript.interview.id == "sophie" else "en"
        transcripts.append(
            transcript.model_copy(
                update={"interview": transcript.interview.model_copy(update={"language": language})}
            )
        )
    english = Retriever(study, transcripts=transcripts, vector_search=None, personas={})
    positions = english.allowed_positions(RetrievalFilters())
    assert unused_words(english, "Do they approve invoices with drones?", positions) == ["drones"]
    assert (
        unused_words(english, "Welche Drohnen nutzen die Teilnehmer für die Rechnungsfreigabe?", positions)
        == []
    )


def test_offline_answer_is_grouped_quotes_without_prose(study, retriever):
    answer = answer_question(study, "How long does the month-end close take?", retriever=retriever)
    data = answer.public_dict()
    assert data["answerable"] is True and data["answer"] is None and data["label"] == OFFLINE_LABEL
    assert {"question", "answerable", "answer", "citations"} <= set(data)
    assert {c["utterance_id"] for c in data["citations"]} >= {"kelsey:4", "sophie:3"}
    personas = [g["persona"] for g in data["groups"]]
    assert len(personas) == len(set(personas)) and "Close-and-audit controller" in personas
    for citation in data["citations"]:
        assert set(citation) >= {"interview_id", "utterance_id", "quote", "persona"}


def test_filters_reach_the_answer(study, retriever, lenient_answerability):
    answer = answer_question(
        study,
        "clôture mensuelle, combien de jours ?",
        retriever=retriever,
        filters=RetrievalFilters(interview_ids=["sophie"]),
    )
    assert answer.citations and {c.interview_id for c in answer.citations} == {"sophie"}


def test_streaming_shows_only_checked_citations(study, retriever):
    model = GenericFakeChatModel(
        messages=iter([AIMessage(content="Chasing managers [tanya:2] [fake:1] daily.")])
    )
    shown: list[str] = []
    answer = answer_question(
        study, "chasing branch managers approvals", retriever=retriever, model=model, on_token=shown.append
    )
    assert "".join(shown) == "Chasing managers [tanya:2] daily."
    assert answer.answer == "Chasing managers [tanya:2] daily."
    assert answer.timings["first_token_s"] <= answer.timings["total_s"]


def test_chat_offline_follow_up_joins_previous_question_and_saves_history(study, retriever):
    session = ChatSession(study, retriever=retriever)
    first = session.ask("What about the month-end close?")
    second = session.ask("and at Sophie's company?")
    assert (
        first.answerable
        and second.retrieval_query == "What about the month-end close? and at Sophie's company?"
    )
    records = read_jsonl(session.path)
    assert session.path.parent == study.sessions_dir and session.path.name.startswith("chat-")
    assert [r["question"] for r in records] == ["What about the month-end close?", "and at Sophie's company?"]
    assert records[1]["standalone_question"] == second.retrieval_query
    assert len(session.history) == 2


def test_chat_with_model_condenses_follow_up_and_checks_citations(study, retriever, lenient_answerability):
    model = FakeListChatModel(
        responses=[
            "Tanya keeps an Excel tracker [tanya:3].",
            "Which participants keep Excel trackers of invoices waiting for approval?",
            "Tanya does [tanya:3] [bogus:2].",
        ]
    )
    session = ChatSession(study, model=model, retriever=retriever, save=False)
    session.ask("Who uses Excel trackers?")
    follow = session.ask("for approvals?")
    assert (
        follow.retrieval_query == "Which participants keep Excel trackers of invoices waiting for approval?"
    )
    assert follow.removed_citations == ["bogus:2"] and [c.utterance_id for c in follow.citations] == [
        "tanya:3"
    ]
    assert session.path is None


def test_an_acronym_spelled_like_a_function_word_counts_as_a_topic_word(retriever):
    from assistant.ask.ranking import ANSWER_FEATURES, answer_row

    positions = retriever.allowed_positions(RetrievalFilters())
    assert "SYSTEM" in retriever.acronyms(positions)  # upper-case words are read as written
    coverage = ANSWER_FEATURES.index("term_coverage")
    asked_about_ai = answer_row(retriever, "Did anyone mention AI for invoices?", positions, {}, None)
    without_ai = answer_row(retriever, "Did anyone mention invoices?", positions, {}, None)
    assert without_ai[coverage] == 1.0
    assert asked_about_ai[coverage] == 0.5  # "invoices" is used, "AI" by no interview


def test_a_question_only_about_an_acronym_no_interview_uses_is_refused(study, retriever):
    answer = answer_question(study, "What do they think about AI?", retriever=retriever)
    assert answer.answerable is False and answer.reason == "no interview mentions AI"
    assert answer.citations == []


def test_the_app_reuses_one_retriever_until_the_workspace_changes(study):
    from ask_fixtures import write_findings

    from assistant.ask.retrieval import shared_retriever

    answer_question(study, "What do they say about approvals?")  # opens (creates) the index
    first = shared_retriever(study)
    assert shared_retriever(study) is first
    answer_question(study, "What do they say about approvals?")
    assert shared_retriever(study) is first
    # New findings (an extraction) change what retrieval reads: a new retriever sees them.
    transcript = next(iter(study.transcripts()))
    utterance = transcript.participant_utterances()[0]
    write_findings(study, transcript.interview.id, [("pain", utterance.id)])
    second = shared_retriever(study)
    assert second is not first
    # A researcher's correction (kept apart from the findings) too.
    from assistant.extract.corrections import recategorise
    from assistant.extract.pipeline import load_findings

    recategorise(study, load_findings(study)[0], "trigger")
    corrected = shared_retriever(study)
    assert corrected is not second
    second = corrected
    # A new interview too.
    added = transcript.model_copy(deep=True)
    added.interview.id = "added-interview"
    study.save_transcript(added)
    third = shared_retriever(study)
    assert third is not second
    assert "added-interview" not in {t.interview.id for t in second.transcripts}
    assert "added-interview" in {t.interview.id for t in third.transcripts}


def test_a_second_question_waits_for_the_index_the_first_is_opening(study, monkeypatch):
    import threading

    import assistant.ask.retrieval as retrieval

    opening, release = threading.Event(), threading.Event()
    sentinel = object()

    def slow_open(workspace):
        opening.set()
        release.wait(5)
        return sentinel

    monkeypatch.setattr(retrieval, "index_vector_search", slow_open)
    shared = retrieval.Retriever(study)
    seen = []
    first = threading.Thread(target=lambda: seen.append(shared.vector_search))
    first.start()
    assert opening.wait(5)
    second = threading.Thread(target=lambda: seen.append(shared.vector_search))
    second.start()
    second.join(0.3)
    assert second.is_alive()  # waiting for the index, not answering keyword-only meanwhile
    release.set()
    first.join(5)
    second.join(5)
    assert seen == [sentinel, sentinel]
