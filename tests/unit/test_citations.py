"""Quotes are verified by code: typography-only normalisation, offsets, re-anchoring, interviewer words."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.core.models import Interview, Transcript, Utterance
from assistant.extract.verify import (
    check_support,
    clean_quote,
    find_quote,
    looks_english,
    normalise,
    quote_from_ids,
    verify_quote,
)


def make_transcript(turns: list[tuple[str, str]], interview_id: str = "t1") -> Transcript:
    interview = Interview(
        id=interview_id,
        title="test",
        source_file=f"{interview_id}.txt",
        source_hash="0" * 64,
        format="plain_txt",
        imported_at=datetime(2026, 1, 1, tzinfo=UTC),
        participant="Pat",
    )
    utterances = [
        Utterance(
            id=f"{interview_id}:{n}", speaker="Ivy" if role == "interviewer" else "Pat", role=role, text=text
        )
        for n, (role, text) in enumerate(turns, start=1)
    ]
    return Transcript(interview=interview, utterances=utterances)  # type: ignore[arg-type]


TYPOGRAPHIC = "We\u2019re \u201cstuck\u201d \u2014 honestly\u2026  it\u00a0takes   forever."


def transcript() -> Transcript:
    return make_transcript(
        [
            ("interviewer", "So the biggest headache is invoice volume, right?"),
            ("participant", "Not really. The approvals are what kill us, they sit for a week."),
            ("interviewer", "And how do you track them?"),
            ("participant", TYPOGRAPHIC),
            ("participant", "I keep a personal Excel tracker of every invoice waiting on a manager."),
        ]
    )


def test_exact_quote_is_verified_with_offsets() -> None:
    t = transcript()
    citation = verify_quote(t, "t1:2", "The approvals are what kill us")
    assert citation is not None
    assert citation.verified and not citation.reanchored
    assert citation.utterance_id == "t1:2"
    text = t.utterance("t1:2").text  # type: ignore[union-attr]
    assert text[citation.start : citation.end] == "The approvals are what kill us" == citation.quote


def test_typography_and_whitespace_are_normalised_but_original_offsets_kept() -> None:
    t = transcript()
    plain = 'We\'re "stuck" - honestly... it takes forever.'
    citation = verify_quote(t, "t1:4", plain)
    assert citation is not None
    # The stored quote is the transcript's own characters, curly quotes, dash, ellipsis and NBSP included.
    assert citation.quote == TYPOGRAPHIC
    assert (citation.start, citation.end) == (0, len(TYPOGRAPHIC))
    inner = find_quote(TYPOGRAPHIC, "honestly... it takes")
    assert inner is not None
    assert TYPOGRAPHIC[inner[0] : inner[1]] == "honestly\u2026  it\u00a0takes"


def test_normalise_maps_every_character_back() -> None:
    normalised = normalise("a\u2014b\u2026c  d")
    assert normalised.text == "a-b...c d"
    assert normalised.original_span(0, len(normalised.text)) == (0, 8)
    assert normalised.original_span(3, 6) == (3, 4)  # "..." comes from the single ellipsis


def test_case_and_words_are_not_normalised() -> None:
    t = transcript()
    assert verify_quote(t, "t1:2", "the approvals are what kill us") is None
    assert verify_quote(t, "t1:2", "The approvals are what kills us") is None


def test_quote_in_another_participant_utterance_is_reanchored() -> None:
    t = transcript()
    citation = verify_quote(t, "t1:2", "I keep a personal Excel tracker")
    assert citation is not None
    assert citation.reanchored
    assert citation.utterance_id == "t1:5"


def test_invented_quote_is_dropped() -> None:
    assert verify_quote(transcript(), "t1:2", "We love this product, it is perfect") is None


def test_interviewer_words_are_never_evidence() -> None:
    t = transcript()
    assert verify_quote(t, "t1:1", "the biggest headache is invoice volume") is None
    assert verify_quote(t, "t1:2", "the biggest headache is invoice volume") is None
    assert quote_from_ids(t, "t1:1") is None


def test_unknown_utterance_id_still_reanchors_to_participant_words() -> None:
    citation = verify_quote(transcript(), "t1:99", "they sit for a week")
    assert citation is not None and citation.utterance_id == "t1:2" and citation.reanchored


def test_quote_from_ids_copies_the_transcript_words() -> None:
    t = transcript()
    whole = quote_from_ids(t, "t1:5")
    assert whole is not None and whole.quote == t.utterance("t1:5").text  # type: ignore[union-attr]
    span = quote_from_ids(t, "t1:2", 12, 42)
    assert span is not None and span.quote == "The approvals are what kill us"
    assert quote_from_ids(t, "t1:2", 5, 500) is None
    assert quote_from_ids(t, "t1:404") is None


def test_clean_quote_strips_wrapping_marks_and_ellipses() -> None:
    assert clean_quote("\u201c...they sit for a week\u201d") == "they sit for a week"
    assert find_quote("Well, they sit for a week.", '"...they sit for a week..."') == (6, 25)
    assert verify_quote(transcript(), "t1:2", '""') is None


def test_support_check_flags_unrelated_statements() -> None:
    quote = "I keep a personal Excel tracker of every invoice waiting on a manager."
    assert (
        check_support("She tracks invoices awaiting approval in a personal Excel sheet.", quote)
        == "supported"
    )
    assert check_support("He plans a skiing holiday in Norway with his family.", quote) == "unrelated"
    assert check_support("", quote) == "unrelated"


def test_support_check_across_languages_needs_a_similarity_function() -> None:
    quote = "Nous passons trois jours par mois sur le rapprochement des factures."
    assert not looks_english(quote)
    assert check_support("They spend three days a month reconciling invoices.", quote) == "unchecked"
    similar = check_support(
        "They spend three days a month reconciling invoices.",
        quote,
        similarity=lambda a, b: 0.9,
        similarity_threshold=0.5,
    )
    assert similar == "supported"
