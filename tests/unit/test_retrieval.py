"""Hybrid retrieval: tokenizer, BM25, fusion, filters and persona grouping."""

from __future__ import annotations

from datetime import date

import pytest
from ask_fixtures import PERSONAS, build_transcripts, make_workspace, write_findings

from assistant.ask.retrieval import (
    BM25,
    InMemoryVectorSearch,
    RetrievalFilters,
    Retriever,
    group_by_persona,
    query_terms,
    tokenize,
)
from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.providers.embeddings import HashingEmbedder


@pytest.fixture
def study(tmp_path):
    return make_workspace(tmp_path / "study")


def retriever_for(workspace, *, vector=True, personas=None):
    transcripts = list(workspace.transcripts())
    search = InMemoryVectorSearch(HashingEmbedder(), transcripts) if vector else None
    return Retriever(workspace, transcripts=transcripts, vector_search=search, personas=personas or {})


def participant_transcript(interview_id: str, *said: str):
    """A transcript whose turns ``said`` are all the participant's (ids "<interview_id>:1", ...)."""
    from datetime import UTC, datetime

    from assistant.core.models import Interview, Transcript, Utterance

    name = interview_id.capitalize()
    return Transcript(
        interview=Interview(
            id=interview_id,
            title=name,
            source_file=f"{interview_id}.txt",
            source_hash=interview_id * 8,
            format="plain_txt",
            imported_at=datetime(2025, 6, 1, tzinfo=UTC),
        ),
        utterances=[
            Utterance(id=f"{interview_id}:{n}", speaker=name, role="participant", text=text)
            for n, text in enumerate(said, 1)
        ],
    )


def test_tokenizer_folds_accents_and_keeps_product_names():
    terms = tokenize("La clôture de l'équipe: Bill.com, S/4HANA et e-invoicing")
    assert "cloture" in terms and "equipe" in terms
    assert {"billcom", "bill"} <= set(terms)
    assert {"s4hana", "4hana"} <= set(terms)
    assert "einvoicing" in terms and "invoic" in terms
    assert "la" not in terms and "de" not in terms


def test_words_joined_to_grammar_are_indexed_by_their_parts():
    """An elided article or an inverted pronoun is grammar, not a compound: "d'îlots" is "ilot",
    "rencontrent-ils" is "rencontrent" (the joined forms are words nobody writes); compounds keep their
    joined form."""
    terms = query_terms("Les participants rencontrent-ils des problèmes avec l'appli d'Oria ?")
    assert "rencontrent" in terms and "rencontrentils" not in terms
    assert "appli" in terms and "lappli" not in terms and "doria" not in terms
    assert {"email", "billcom", "obrien"} <= set(tokenize("my e-mail, bill.com and O'Brien"))


def test_tokenizer_stems_plurals_lightly():
    assert tokenize("approvals spreadsheets audits") == tokenize("approval spreadsheet audit")
    assert tokenize("iOS") == ["ios"]
    assert tokenize("process") == ["process"]


def test_query_terms_drop_question_framing():
    assert query_terms("What did participants say about audits?") == ["audit"]


def test_bm25_prefers_documents_with_rare_terms():
    bm25 = BM25(
        [tokenize("excel tracker for invoices"), tokenize("invoices invoices invoices"), tokenize("nothing")]
    )
    ranked = bm25.rank(tokenize("excel invoices"), range(3), 10)
    assert ranked[0][0] == 0
    assert all(position != 2 for position, _ in ranked)


def test_keyword_search_finds_accented_text_with_unaccented_query(study):
    retriever = retriever_for(study, vector=False)
    hits = retriever.search("cloture equipe", mode="keyword", limit=3)
    assert hits[0].utterance_id == "sophie:3"
    assert hits[0].keyword_rank == 1 and hits[0].vector_rank is None


def test_hybrid_fuses_both_rankers(study):
    retriever = retriever_for(study)
    hits = retriever.search("Excel tracker for invoices waiting on approvers", mode="hybrid", limit=5)
    assert hits[0].utterance_id == "tanya:3"
    assert hits[0].vector_rank is not None and hits[0].keyword_rank is not None
    assert hits == sorted(hits, key=lambda e: -e.score)


def test_participant_only_by_default_and_role_any(study):
    retriever = retriever_for(study)
    default = retriever.search("vendor master file bank details", limit=20)
    assert default and all(hit.role == "participant" for hit in default)
    anyone = retriever.search("vendor master file bank details", RetrievalFilters(role=None), limit=3)
    assert anyone[0].utterance_id == "kelsey:3"


def test_interview_study_and_date_filters(study):
    retriever = retriever_for(study)
    only = retriever.search("close days", RetrievalFilters(interview_ids=["kelsey"]), limit=10)
    assert only and {h.interview_id for h in only} == {"kelsey"}
    by_study = retriever.search("close days approvals", RetrievalFilters(study="ops"), limit=10)
    assert by_study and {h.interview_id for h in by_study} <= {"tanya", "sophie"}
    recent = retriever.allowed_interviews(RetrievalFilters(since=date(2025, 1, 1), until=date(2025, 4, 1)))
    assert recent == ["tanya"]
    with pytest.raises(NotFoundError):
        retriever.allowed_interviews(RetrievalFilters(interview_ids=["nobody"]))


def test_persona_filter_and_grouping(study):
    retriever = retriever_for(study, personas=PERSONAS)
    hits = retriever.search(
        "close days approvals audit", RetrievalFilters(persona="overloaded ap specialist"), limit=10
    )
    assert hits and {h.interview_id for h in hits} <= {"tanya", "kelsey"}
    groups = group_by_persona(retriever.search("close days audit approvals", limit=10))
    assert {g.persona for g in groups} == {"Overloaded AP specialist", "Close-and-audit controller"}
    for group in groups:
        assert all(e.persona == group.persona for e in group.evidence)
    with pytest.raises(NotFoundError, match="no persona"):
        retriever.allowed_interviews(RetrievalFilters(persona="astronaut"))


def test_persona_filter_without_personas_is_a_clear_error(study):
    retriever = retriever_for(study)
    with pytest.raises(NotFoundError, match="no personas"):
        retriever.search("close", RetrievalFilters(persona="controller"))


def test_category_filter_keeps_utterances_cited_by_findings(study):
    write_findings(study, "tanya", [("pain", "tanya:3"), ("situation", "tanya:4")])
    retriever = retriever_for(study)
    hits = retriever.search("Excel ERP tracker NetSuite", RetrievalFilters(category="pain"), limit=10)
    assert [h.utterance_id for h in hits] == ["tanya:3"]


def test_category_filter_without_findings_suggests_extract(study):
    retriever = retriever_for(study)
    with pytest.raises(WorkspaceError, match="personas extract"):
        retriever.search("anything", RetrievalFilters(category="pain"))
    with pytest.raises(NotFoundError, match="unknown category"):
        retriever.search("anything", RetrievalFilters(category="feelings"))


def test_retriever_uses_the_workspace_index_when_built(study):
    from assistant.index.store import open_index

    index = open_index(study)
    for transcript in build_transcripts():
        index.upsert_transcript(transcript)
    retriever = Retriever(study, personas={})
    assert retriever.vector_search is not None
    hits = retriever.search("personal Excel tracker of every invoice", mode="vector", limit=3)
    assert hits and hits[0].vector_rank == 1 and all(h.role == "participant" for h in hits)


def test_retriever_without_index_falls_back_to_keywords(study):
    retriever = Retriever(study, personas={})
    assert retriever.vector_search is None
    assert retriever.search("Excel tracker", limit=1)[0].utterance_id == "tanya:3"


def test_personas_come_from_the_latest_persona_version(study):
    from assistant.personas.versions import Persona, PersonaSet, save_new_version

    save_new_version(
        study,
        PersonaSet(
            personas=[
                Persona(id="ap_specialist", label="Alex, the AP specialist", members=["tanya", "kelsey"]),
                Persona(id="controller", label="Bianca, the controller", members=["sophie"]),
            ]
        ),
    )
    retriever = Retriever(study, vector_search=None)
    assert retriever.personas["sophie"] == "Bianca, the controller"
    by_id = retriever.allowed_interviews(RetrievalFilters(persona="ap_specialist"))
    by_label = retriever.allowed_interviews(RetrievalFilters(persona="alex, the ap specialist"))
    assert by_id == by_label and set(by_id) == {"tanya", "kelsey"}


def test_personas_labelled_in_another_script_are_told_apart(study):
    """A label in Chinese folded to nothing, so any --persona in another script matched it."""
    from assistant.core.errors import NotFoundError
    from assistant.personas.versions import Persona, PersonaSet, save_new_version

    save_new_version(
        study,
        PersonaSet(
            personas=[
                Persona(id="dianzhang", label="店长", members=["tanya", "kelsey"]),
                Persona(id="controller", label="Controller", members=["sophie"]),
            ]
        ),
    )
    retriever = Retriever(study, vector_search=None)
    assert set(retriever.allowed_interviews(RetrievalFilters(persona="店长"))) == {"tanya", "kelsey"}
    assert set(retriever.allowed_interviews(RetrievalFilters(persona="dianzhang"))) == {"tanya", "kelsey"}
    with pytest.raises(NotFoundError, match="matches no persona"):
        retriever.allowed_interviews(RetrievalFilters(persona="不存在"))
    with pytest.raises(NotFoundError, match="names no persona"):
        retriever.allowed_interviews(RetrievalFilters(persona="★"))


def test_a_question_about_a_finding_category_meets_that_category_s_findings(study, monkeypatch):
    """'What made them look for...' shares no word with 'We use Bill.com...', but a trigger finding
    citing that sentence makes it a candidate (the ranker then weighs it)."""
    from assistant.ask import retrieval

    transcript = study.load_transcript("tanya")
    text = transcript.utterance("tanya:4").text  # type: ignore[union-attr]
    citation = {"interview_id": "tanya", "utterance_id": "tanya:4", "quote": text, "verified": True}
    finding = {
        "interview_id": "tanya",
        "source_file": transcript.interview.source_file,
        "category": "trigger",
        "statement": "s",
        "quote": text,
        "utterance_ids": ["tanya:4"],
        "verified": True,
        "engine": "offline",
        "citations": [{**citation, "start": 0, "end": len(text)}],
    }
    monkeypatch.setattr(retrieval, "CANDIDATES_PER_RANKER", 1)
    question = "What made them start searching for a different solution?"
    filters = RetrievalFilters()

    def candidate_ids() -> set[str]:
        retriever = Retriever(
            study, vector_search=InMemoryVectorSearch(HashingEmbedder(), list(study.transcripts()))
        )
        found = retriever.candidates(question, retriever.allowed_positions(filters), filters)
        return {retriever.units[row].utterance.id for row in found}

    assert "tanya:4" not in candidate_ids()
    from assistant.core.storage import atomic_write_json

    atomic_write_json(study.findings_dir / "tanya.json", {"interview_id": "tanya", "findings": [finding]})
    assert "tanya:4" in candidate_ids()


def test_adjacent_best_sentences_of_one_turn_are_cited_as_one_verbatim_passage(study):
    from assistant.ask.retrieval import MERGE_MAX_CHARS, adjacent_passages

    said = (
        "We close the books on day twelve. The approvals hold everything up. "
        "I chase managers by phone every morning. Then there is a long story about lunch"
        + ", and the canteen" * 12
        + ". "
        + "Another sentence follows. " * 3
    )
    transcript = participant_transcript("mia", said, "We use NetSuite.")
    retriever = Retriever(study, transcripts=[transcript], vector_search=None, personas={})
    rows = [row for row, unit in enumerate(retriever.units) if unit.utterance.id == "mia:1"]
    other = next(row for row, unit in enumerate(retriever.units) if unit.utterance.id == "mia:2")
    assert len(rows) >= 9
    # ranked: second sentence, another turn, first sentence (joins the second), then the following
    # clauses (join while the passage stays short enough)
    ranked = [(rows[1], 0.9), (other, 0.8), (rows[0], 0.7)] + [(rows[i], 0.6 - i / 100) for i in range(2, 9)]
    passages = adjacent_passages(retriever, ranked, limit=2)
    assert len(passages) == 2
    members, score = passages[0]
    assert score == 0.9 and members[:3] == [rows[1], rows[0], rows[2]]
    assert rows[8] not in members  # the passage would grow past MERGE_MAX_CHARS
    evidence = retriever.passage_evidence(members, score, {})
    utterance = retriever.units[rows[0]].utterance
    assert evidence.text == utterance.text[evidence.span_start : evidence.span_end]
    assert evidence.span_start == retriever.units[rows[0]].start
    assert len(evidence.text) <= MERGE_MAX_CHARS
    assert passages[1][0] == [other]
    # a sentence of another turn never joins, and the limit holds
    assert len(adjacent_passages(retriever, ranked, limit=1)) == 1


def test_keyword_evidence_is_left_out_when_the_question_is_in_another_language(study):
    """Words an English question shares with French interviews are accidents: no keyword features."""
    from assistant.ask.ranking import RANK_FEATURES, candidate_rows

    retriever = retriever_for(study)
    french = [t for t in retriever.transcripts if t.interview.id == "sophie"]
    for transcript in french:
        transcript.interview.language = "fr"
    rows = [row for row, unit in enumerate(retriever.units) if unit.transcript.interview.id == "sophie"]
    found = {row: {"keyword_score": 2.0, "keyword_rank": 1} for row in rows}
    keyword_columns = [RANK_FEATURES.index(n) for n in ("keyword", "keyword_raw", "keyword_reciprocal_rank")]
    _, across = candidate_rows(
        retriever, "What do the teams say about the monthly audit and the closing?", found
    )
    assert across[:, keyword_columns].sum() == 0
    _, same = candidate_rows(retriever, "Que disent les équipes de la clôture et de l'audit ?", found)
    assert (same[:, keyword_columns] > 0).all()


def test_the_non_target_persona_s_quotes_come_after_the_market_s() -> None:
    """A product question is answered by the target personas first; a non-target's quotes stay, last."""
    from assistant.ask.retrieval import Evidence

    evidence = [
        Evidence(utterance_id="s:1", interview_id="s", text="no-shows are my thesis", persona="Not a target"),
        Evidence(utterance_id="a:2", interview_id="a", text="no-shows cost us", persona="Front desk"),
        Evidence(utterance_id="s:3", interview_id="s", text="I read about no-shows", persona="Not a target"),
        Evidence(utterance_id="b:4", interview_id="b", text="reminders fail", persona="Owners"),
    ]
    assert [g.persona for g in group_by_persona(evidence)] == ["Not a target", "Front desk", "Owners"]
    last = group_by_persona(evidence, last={"Not a target"})
    assert [g.persona for g in last] == ["Front desk", "Owners", "Not a target"]
    assert [e.utterance_id for e in last[-1].evidence] == ["s:1", "s:3"]


def test_function_words_from_the_word_lists_agree_with_frequency_lookups():
    from wordfreq import get_frequency_dict

    from assistant.ask.text import COMMON_ZIPF, FILLERS, is_function_word
    from assistant.core.words import word_frequency

    # Words around the bar in every language, plus rare, accented, German, numeric and made-up ones.
    words = {"the", "and", "with", "which", "would", "invoice", "zzqx", "s4hana", "2024", "x"}
    words |= {"über", "straße", "equipe", "teilnehmenden", "também", "porque", "quand"}
    for language in ("en", "fr", "de", "es", "pt"):
        ranked = list(get_frequency_dict(language, "best"))
        words |= set(ranked[:400]) | set(ranked[400:3000:7])
    for word in sorted(words):
        slow = word in FILLERS or (
            len(word) > 1 and not word.isdigit() and word_frequency(word) >= COMMON_ZIPF
        )
        assert is_function_word(word) == slow, word


def test_tokenize_remembers_tokens_without_changing_them():
    from assistant.ask.text import STOPWORDS, _word_terms, tokenize

    text = "We moved from S/4HANA to bill.com; the AP team's invoices were keyed twice, über-fast."
    first = tokenize(text)
    assert first == tokenize(text)
    assert "bill.com".replace(".", "") in first and "invoice" in first and "the" not in first
    manual = []
    import re

    from assistant.ask.text import fold

    for raw in re.findall(r"[a-z0-9]+(?:[./&'+-][a-z0-9]+)*\+*", fold(text).replace("/", "-")):
        manual.extend(_word_terms(raw, STOPWORDS))
    assert first == manual


def test_a_participant_repeating_the_question_is_never_cited(study):
    """Said back while thinking, the interviewer's question would be the best match for a product
    manager's question worded the same way; it answers nothing."""
    from datetime import UTC, datetime

    from assistant.core.models import Interview, Transcript, Utterance

    asked = "How do you decide which supplier invoices to pay first?"
    transcript = Transcript(
        interview=Interview(
            id="noa",
            title="Noa",
            source_file="noa.txt",
            source_hash="noa" * 8,
            format="plain_txt",
            imported_at=datetime(2025, 6, 1, tzinfo=UTC),
        ),
        utterances=[
            Utterance(id="noa:1", speaker="Ivo", role="interviewer", text=asked),
            Utterance(
                id="noa:2",
                speaker="Noa",
                role="participant",
                text="How do I decide which supplier invoices to pay first? "
                "The ones with an early payment discount go first, then by due date.",
            ),
        ],
    )
    transcripts = [transcript]
    retriever = Retriever(
        study,
        transcripts=transcripts,
        vector_search=InMemoryVectorSearch(HashingEmbedder(), transcripts),
        personas={},
    )
    hits = retriever.search("How do they decide which supplier invoices to pay first?", limit=5)
    assert hits and hits[0].utterance_id == "noa:2"
    assert all("How do I decide" not in hit.text for hit in hits)
    assert any("early payment discount" in hit.text for hit in hits)


def test_a_sentence_hidden_by_redaction_marks_is_never_cited(study):
    """An anonymised transcript's "XXXX XXXXX" hides what was said: a sentence that is mostly marks
    answers nothing, even when the words left around them are the question's."""
    transcript = participant_transcript(
        "noa",
        "Supplier invoices XXXXX XXXX XXXXXXXX XX XXXXXXX XXXX XXXXXXXXX XXX XXXXX.",
        "Supplier invoices with an early payment discount go first, then by due date.",
    )
    transcripts = [transcript]
    retriever = Retriever(
        study,
        transcripts=transcripts,
        vector_search=InMemoryVectorSearch(HashingEmbedder(), transcripts),
        personas={},
    )
    hits = retriever.search("Which supplier invoices do they pay first?", limit=5)
    assert hits and all("XXXX" not in hit.text for hit in hits)
    assert any("early payment discount" in hit.text for hit in hits)


def test_a_cited_clause_of_a_long_sentence_takes_the_rest_of_its_sentence(study):
    """Read in a real user study: "And ICE plots in general, I just always find very," stopped before
    what she finds them; the citation now runs to the end of the sentence, within MERGE_MAX_CHARS."""
    from assistant.ask.retrieval import MERGE_MAX_CHARS, adjacent_passages

    said = (
        "We tried the new dashboards last spring with the whole team. "
        "And the trend charts in general, I just always find them very, I think we as a team find "
        "them very hard to read and not useful, and so we just opt for the simple tables instead. "
        "The rest of the week went to the quarterly review."
    )
    transcript = participant_transcript("ola", said)
    retriever = Retriever(study, transcripts=[transcript], vector_search=None, personas={})
    units = retriever.units
    rows = [row for row, unit in enumerate(units) if unit.utterance.id == "ola:1"]
    clause = next(row for row in rows if units[row].text.endswith("very,"))
    middle = next(row for row in rows if "hard to read" in units[row].text)
    passages = adjacent_passages(retriever, [(clause, 0.9), (middle, 0.8)], limit=2)
    evidence = retriever.passage_evidence(passages[0][0], passages[0][1], {})
    assert evidence.text.startswith("And the trend charts") and evidence.text.endswith(
        "simple tables instead."
    )
    assert len(evidence.text) <= MERGE_MAX_CHARS
    # the clause already inside that citation is not cited a second time
    assert len(passages) == 1


def test_a_grown_citation_takes_no_clause_another_citation_holds_or_the_question_may_not_cite(study):
    """A review's cases: two clauses of one sentence cited apart never share a clause; a clause the
    question may not cite (a participant repeating the interviewer's question) is not taken in; a
    clause that trails off ("very...") has not ended its sentence; the following clauses come first."""
    from assistant.ask.retrieval import adjacent_passages

    clause = "and then we went over the numbers again with the finance people"
    said = (
        "Well, "
        + ", ".join(f"{clause} number {w}" for w in ["one", "two", "three", "four", "five", "six"])
        + "."
    )
    trailing = (
        "When we started with the new reports last spring in both of the offices we had, and after a "
        "while with the two new colleagues joining us too, I just always find the charts very... very "
        "hard to read on a small screen, honestly."
    )
    transcript = participant_transcript("ola", said, trailing)
    retriever = Retriever(study, transcripts=[transcript], vector_search=None, personas={})
    rows = [row for row, unit in enumerate(retriever.units) if unit.utterance.id == "ola:1"]
    assert len(rows) >= 5
    passages = adjacent_passages(retriever, [(rows[2], 0.9), (rows[4], 0.8)], limit=3)
    held = [row for members, _ in passages for row in members]
    assert len(held) == len(set(held)) and {rows[2], rows[4]} <= set(held)
    # a clause outside the allowed positions is never taken in
    allowed = [row for row in range(len(retriever.units)) if row != rows[3]]
    passages = adjacent_passages(retriever, [(rows[2], 0.9)], limit=3, allowed=allowed)
    assert rows[3] not in passages[0][0]
    # "very..." trails off: the citation runs on to the end of the sentence
    second = [row for row, unit in enumerate(retriever.units) if unit.utterance.id == "ola:2"]
    trail = next(row for row in second if retriever.units[row].text.endswith("very..."))
    members = adjacent_passages(retriever, [(trail, 0.9)], limit=1)[0][0]
    assert retriever.passage_evidence(members, 0.9, {}).text.endswith("honestly.")
