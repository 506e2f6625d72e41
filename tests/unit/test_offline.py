"""Tests for the offline extractive engine (hashing embedder: fast, no model)."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from assistant.core.models import CATEGORIES, Interview, Transcript, Utterance
from assistant.extract import classifier
from assistant.extract.offline import CATEGORY_CAPS, offline_findings, select_spans
from assistant.providers.embeddings import HashingEmbedder

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
def hashing() -> HashingEmbedder:
    return HashingEmbedder()


def test_findings_are_verbatim_participant_quotes(hashing: HashingEmbedder) -> None:
    transcript = make_transcript()
    findings = offline_findings(transcript, embedder=hashing)
    assert findings
    for finding in findings:
        assert finding.engine == "offline"
        assert finding.verified is True
        (citation,) = finding.citations
        utterance = transcript.utterance(finding.utterance_ids[0])
        assert utterance is not None and utterance.role == "participant"
        assert citation.verified and citation.utterance_id == utterance.id
        assert utterance.text[citation.start : citation.end] == finding.quote
        assert finding.quote in finding.statement or finding.statement.endswith("…")
        assert 0.0 < (finding.confidence or 0.0) <= 1.0
        assert "budget is frozen" not in finding.quote
        assert "magic wand" not in finding.quote
        public = finding.public_dict()
        assert public["engine"] == "offline" and public["source_file"] == "iv.txt"


def test_every_category_gets_at_least_one_finding(hashing: HashingEmbedder) -> None:
    findings = offline_findings(make_transcript(), embedder=hashing)
    assert {f.category for f in findings} == set(CATEGORIES)
    assert len(findings) <= sum(CATEGORY_CAPS.values())


def test_clear_sentences_land_in_their_category(hashing: HashingEmbedder) -> None:
    findings = offline_findings(make_transcript(), embedder=hashing)
    by_category: dict[str, list[str]] = {}
    for finding in findings:
        by_category.setdefault(finding.category, []).append(finding.quote)
    assert any("Facebook group" in q for q in by_category["channel"])
    assert any("signs off" in q for q in by_category["decision"])


def test_transcript_without_participant_gives_no_findings(hashing: HashingEmbedder) -> None:
    transcript = make_transcript([("interviewer", "Hello? Is anyone there? We decide budgets.")])
    assert offline_findings(transcript, embedder=hashing) == []


def test_select_spans_respects_caps_and_merges_neighbours() -> None:
    transcript = make_transcript(
        [("participant", "One pain here. Another pain there. A channel now. Filler.")]
    )
    spans = classifier.transcript_spans(transcript)
    assert len(spans) == 4
    probabilities = np.full((4, len(classifier.LABELS)), 0.01)
    pain, channel, none = (classifier.LABELS.index(x) for x in ("pain", "channel", "none"))
    probabilities[0, pain] = probabilities[1, pain] = 0.9
    probabilities[2, channel] = 0.8
    probabilities[3, none] = 0.9
    picks = select_spans(spans, probabilities)
    pain_picks = [p for p in picks if p.category == "pain"]
    assert len(pain_picks) == 1 and pain_picks[0].rows == [0, 1]
    assert {"pain", "channel"} <= {p.category for p in picks}
    # Categories without a confident span borrow the best unused span, but no span is used twice.
    chosen = [row for p in picks for row in p.rows]
    assert len(chosen) == len(set(chosen)) == len(spans)


def test_offline_findings_with_real_model_on_one_dev_file(dev_data) -> None:
    """Runs the real e5 model on one dev interview: quotes verbatim, all categories present."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
    from dev_transcripts import load_dev_transcripts

    from assistant.core.settings import Settings
    from assistant.providers.embeddings import get_embedder

    transcripts, _ = load_dev_transcripts(dev_data)
    transcript = next(t for t in transcripts if t.interview.source_file.startswith("interview-07"))
    findings = offline_findings(transcript, embedder=get_embedder(Settings()))
    assert {f.category for f in findings} == set(CATEGORIES)
    assert 10 <= len(findings) <= 30
    participant_texts = [u.text for u in transcript.participant_utterances()]
    assert all(any(f.quote in text for text in participant_texts) for f in findings)
