"""Tests for the offline extractive engine with the shipped classifier and the bundled embedder."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from assistant.core.models import CATEGORIES, Interview, Transcript, Utterance
from assistant.extract.classifier import LABELS
from assistant.extract.offline import OfflineExtractor, propose_candidates, select_spans
from assistant.extract.spans import echoes_question, masked, participant_spans, says_nothing
from assistant.extract.statements import clean_statement
from assistant.providers.embeddings import classifier_embedder

INTERVIEW = [
    ("interviewer", "Thanks for joining. Can you tell me about your role?"),
    (
        "participant",
        "Sure. I'm the office manager at a dental clinic with twelve staff. We use Dentrix and Excel.",
    ),
    ("interviewer", "What is the most frustrating part of your week?"),
    (
        "participant",
        "Honestly, chasing insurance approvals by phone is a nightmare. "
        "I keep a spreadsheet tracker because the system loses claims.",
    ),
    ("interviewer", "If you had a magic wand, what would change?"),
    ("participant", "I'd love to get claims paid in a week instead of two months."),
    ("interviewer", "Was there a moment when things went really wrong?"),
    ("participant", "Last spring our biller quit with no notice and nobody knew her process."),
    ("interviewer", "What would make you start looking for a new tool?"),
    ("participant", "Our contract renews in March, so that's when we'd look at options."),
    ("interviewer", "Who decides on software purchases?"),
    ("participant", "The dentist who owns the practice signs off on anything over five hundred a month."),
    ("interviewer", "Where do you learn about new tools?"),
    ("participant", "Mostly a Facebook group of practice managers, and a podcast I like."),
    ("other", "Sorry to interrupt, the budget is frozen anyway and we decide nothing this year."),
    ("participant", "Yeah. Okay."),
]


def make_transcript(turns: list[tuple[str, str]] = INTERVIEW) -> Transcript:
    interview = Interview(
        id="iv",
        title="iv",
        source_file="iv.txt",
        source_hash="0" * 64,
        format="plain_txt",
        imported_at=datetime.now(UTC),
        participant="Pat",
    )
    speakers = {"interviewer": "Ivo", "participant": "Pat", "other": "Sam"}
    utterances = [
        Utterance(id=f"iv:{n}", speaker=speakers[role], role=role, text=text)  # type: ignore[arg-type]
        for n, (role, text) in enumerate(turns, 1)
    ]
    return Transcript(interview=interview, utterances=utterances)


@pytest.fixture(scope="module")
def extractor() -> OfflineExtractor:
    return OfflineExtractor(classifier_embedder())


def test_findings_are_verbatim_participant_quotes(extractor: OfflineExtractor) -> None:
    transcript = make_transcript()
    findings = extractor.findings(transcript)
    assert findings
    for finding in findings:
        assert finding.engine == "offline" and finding.verified is True
        (citation,) = finding.citations
        utterance = transcript.utterance(finding.utterance_ids[0])
        assert utterance is not None and utterance.role == "participant"
        assert citation.verified and citation.utterance_id == utterance.id
        assert utterance.text[citation.start : citation.end] == finding.quote
        assert not finding.statement.lower().startswith("pat on")
        assert 0.0 < (finding.confidence or 0.0) <= 1.0
        assert "budget is frozen" not in finding.quote and "magic wand" not in finding.quote


def test_clear_sentences_land_in_their_category(extractor: OfflineExtractor) -> None:
    by_category: dict[str, list[str]] = {}
    for finding in extractor.findings(make_transcript()):
        by_category.setdefault(finding.category, []).append(finding.quote)
    assert any("nightmare" in q or "spreadsheet" in q for q in by_category.get("pain", []))
    assert any("Facebook group" in q for q in by_category.get("channel", []))
    assert any("signs off" in q for q in by_category.get("decision", []))
    assert not any(q.strip() == "Yeah." for qs in by_category.values() for q in qs)


def test_transcript_without_participant_gives_no_findings(extractor: OfflineExtractor) -> None:
    transcript = make_transcript([("interviewer", "Hello? Is anyone there? We decide budgets.")])
    assert extractor.findings(transcript) == []


def test_candidates_are_participant_spans_ranked_per_category(extractor: OfflineExtractor) -> None:
    transcript = make_transcript()
    candidates = propose_candidates(transcript, extractor, limit_per_category=2)
    assert len(candidates) == 2 * len(CATEGORIES)
    for candidate in candidates:
        utterance = transcript.utterance(candidate.utterance_id)
        assert utterance is not None and utterance.role == "participant"
        assert utterance.text[candidate.start : candidate.end] == candidate.quote


def test_select_spans_uses_thresholds_and_merges_neighbours() -> None:
    transcript = make_transcript(
        [("participant", "One pain here. Another pain there. A channel now. Filler.")]
    )
    spans = participant_spans(transcript)
    assert len(spans) == 4
    probabilities = np.full((4, len(LABELS)), 0.01)
    pain, channel, none = (LABELS.index(x) for x in ("pain", "channel", "none"))
    probabilities[0, pain] = probabilities[1, pain] = 0.4
    probabilities[2, channel] = 0.3
    probabilities[3, none] = 0.9
    thresholds = {c: 0.35 for c in CATEGORIES}
    picks = select_spans(spans, probabilities, thresholds)
    assert [(p.category, p.rows) for p in picks] == [("pain", [0, 1])]
    picks = select_spans(spans, probabilities, {**thresholds, "channel": 0.25}, merge=False)
    assert [(p.category, p.rows) for p in picks] == [("pain", [0]), ("pain", [1]), ("channel", [2])]


@pytest.mark.parametrize(
    ("quote", "statement"),
    [
        ("um so we we had, uh, like forty invoices a day", "So we had like forty invoices a day."),
        ("euh, on a perdu la récolte", "On a perdu la récolte."),
        ("and I-- I think the the app, hmm, crashed", "And I think the app crashed."),
        ("äh, das war teuer", "Das war teuer."),
    ],
)
def test_offline_statements_drop_the_sounds_of_speech(quote: str, statement: str) -> None:
    assert clean_statement(quote) == statement


@pytest.mark.parametrize(
    ("quote", "language", "statement"),
    [
        # invented sentences: "um" and "er" are words of these languages, not sounds
        ("eu tenho um problema, euh, com a fatura", "pt-BR", "Eu tenho um problema com a fatura."),
        ("dann hat er äh um acht angerufen", "de", "Dann hat er um acht angerufen."),
        ("mandag er byttedag hos oss", "nb", "Mandag er byttedag hos oss."),
        ("er zijn, ehm, drie lijsten", "nl", "Er zijn drie lijsten."),
        ("we had, er, um, forty invoices", "en", "We had forty invoices."),
    ],
)
def test_a_sound_of_one_language_is_a_word_of_another(quote: str, language: str, statement: str) -> None:
    assert clean_statement(quote, language=language) == statement


@pytest.mark.parametrize(
    ("text", "question", "echo"),
    [
        ("How do I decide which plots to look at?", "So how do you decide which plots to look at?", True),
        ("Comment je choisis les fournisseurs ?", "Et comment vous choisissez les fournisseurs ?", True),
        ("Who even reads those reports anyway?", "Where do you learn about new tools?", False),
        ("Sorry?", "What do you use?", False),
        ("We look at one-way plots first.", "Which plots do you look at first?", False),
        ("How do I decide?", "", False),
    ],
)
def test_a_participant_repeating_the_question_is_an_echo(text: str, question: str, echo: bool) -> None:
    assert echoes_question(text, question) is echo


def test_a_repeated_question_is_no_finding_but_the_answer_after_it_is(extractor: OfflineExtractor) -> None:
    turns = [
        ("interviewer", "What is the most frustrating part of chasing insurance approvals by phone?"),
        (
            "participant",
            "What is the most frustrating part of chasing insurance approvals by phone? "
            "Honestly, the system loses claims and I keep a spreadsheet tracker, it is a nightmare.",
        ),
    ]
    transcript = make_transcript(turns)
    spans, probabilities = extractor.scored_spans(transcript)
    echo_rows = [r for r, span in enumerate(spans) if span.text.endswith("phone?")]
    assert echo_rows and all(probabilities[r, : len(CATEGORIES)].max() == 0.0 for r in echo_rows)
    findings = extractor.findings(transcript)
    assert not any("most frustrating part" in f.quote for f in findings)
    assert any("nightmare" in f.quote or "spreadsheet" in f.quote for f in findings)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("The XX XXXX XXXXXXXXXX XX XXXX XXX XXX XXXXXXXXX.", True),
        ("████ ██ ███████ said it", True),
        ("In the XX century we sold more.", False),
        ("See you tomorrow xx", False),
        ("We use Xero and XXL sizes.", False),
        ("Ask XXXX about the invoices.", False),
        ("We track 15 metrics to understand XXXXX XXXXXXXX XX XXXXX.", False),
        ("XXXXXXXXX keeps crashing on XXXXXXX.", False),
        ("***Really*** slow, every single morning.", False),
        ("▓▓▓ ▓▓ ▓▓▓▓ ok", True),
    ],
)
def test_a_sentence_hidden_by_redaction_marks_is_masked(text: str, hidden: bool) -> None:
    assert masked(text) is hidden


def test_a_redacted_sentence_is_no_finding(extractor: OfflineExtractor) -> None:
    """Published anonymised transcripts hide words with runs of X (the PDPilot user study): a sentence
    that is mostly marks said something nobody may read, so it is no pain or anything else."""
    turns = [
        ("interviewer", "What is the most frustrating part of chasing insurance approvals by phone?"),
        (
            "participant",
            "The XXXXXXX XXXX XXXXX XX XXXXXXXXX XXX XXXX XXXXXXX XXX XXXXXXXX. "
            "Honestly, the system loses claims and I keep a spreadsheet tracker, it is a nightmare.",
        ),
    ]
    transcript = make_transcript(turns)
    spans, probabilities = extractor.scored_spans(transcript)
    hidden = [r for r, span in enumerate(spans) if span.text.startswith("The XXXXXXX")]
    assert hidden and all(probabilities[r, : len(CATEGORIES)].max() == 0.0 for r in hidden)
    findings = extractor.findings(transcript)
    assert findings and not any("XXXX" in f.quote for f in findings)


@pytest.mark.parametrize(
    ("text", "empty"),
    [
        ("I don't know.", True),
        ("It is what it is.", True),
        ("We'll just get a new one.", True),
        ("Je ne sais pas.", True),
        ("It's silly.", False),
        ("I'm at 14,949 right now.", False),
        ("Keine Ahnung.", False),
        ("Δεν ξέρω.", False),  # Greek frequencies are not read: nothing is judged empty there
        ("The portal times out every Monday.", False),
    ],
)
def test_a_sentence_without_a_word_of_its_own_says_nothing(text: str, empty: bool) -> None:
    assert says_nothing(text) is empty


def test_a_sentence_that_says_nothing_is_no_finding(extractor: OfflineExtractor) -> None:
    """Found on real podcasts (2026-12-05, thirty-second session): "I don't know." was a pain, and a
    persona's pain "I don't know. (4 of 4 members)"; alone, such a sentence says nothing a quote can
    carry."""
    turns = [
        ("interviewer", "What is the most frustrating part of chasing insurance approvals by phone?"),
        ("participant", "I don't know. Honestly, the system loses claims and I keep a spreadsheet tracker."),
    ]
    transcript = make_transcript(turns)
    spans, probabilities = extractor.scored_spans(transcript)
    empty = [r for r, span in enumerate(spans) if span.text.startswith("I don't know")]
    assert empty and all(probabilities[r, : len(CATEGORIES)].max() == 0.0 for r in empty)
    assert not any(f.quote.startswith("I don't know") for f in extractor.findings(transcript))


def test_saying_the_question_back_covers_no_topic_in_a_live_interview() -> None:
    """The interview screen's coverage reads answers with the offline classifier: repeating the
    question aloud is no answer to it."""
    from assistant.interview.answers import COVERED_THRESHOLD, score_answers

    question = "Who decides which software the agency buys?"
    (echo,) = score_answers(["Who decides which software the agency buys?"], [question])
    (answer,) = score_answers(["Our director signs off on anything over five hundred euros."], [question])
    assert max(echo.values()) < COVERED_THRESHOLD
    assert answer["decision"] >= COVERED_THRESHOLD
