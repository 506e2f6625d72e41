"""A model's persona draft: which cited findings count as saying what its statement says."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.core.models import Finding
from assistant.personas.drafting import DraftAttribute, PersonaDraft, attributes_from_draft
from assistant.personas.evidence import Item
from assistant.providers.embeddings import classifier_embedder

PAINS = [
    ("a", "Chasing managers by phone every day to get invoices approved."),
    ("b", "I spend hours chasing approvals from branch managers who never answer."),
    ("c", "The parking at the office is terrible in winter."),
    ("d", "Our coffee machine broke twice this year."),
    ("e", "The monthly report template has too many tabs."),
    ("f", "Nobody told me the new holiday policy until it was too late."),
    ("g", "The printer on the second floor jams all the time."),
]
OTHER_PAINS = [
    "The VPN drops every afternoon and I lose my session.",
    "Our CRM shows duplicate customers after every import.",
    "The canteen closes before the late shift can eat.",
    "Expense reports need three signatures for a taxi receipt.",
    "The shared drive has no search worth the name.",
    "Training videos are in a language half the team does not speak.",
    "We get the sales forecast a week after we need it.",
    "The badge reader at the loading dock rejects new cards.",
    "Meeting rooms are booked by people who never show up.",
    "Payroll questions take a fortnight to get an answer.",
    "The warehouse scanner batteries die mid-shift.",
    "Our website contact form sends messages to an old mailbox.",
    "Nobody owns the supplier master data, so it is wrong.",
    "The phone system drops calls when we transfer them.",
    "Budget templates change every year without notice.",
    "The intranet news page is always out of date.",
]


def item(interview: str, n: int, text: str, category: str = "pain") -> Item:
    finding = Finding(
        interview_id=interview,
        source_file=f"{interview}.txt",
        category=category,  # type: ignore[arg-type]
        statement=text,
        quote=text,
        utterance_ids=[f"{interview}:{n}"],
        verified=True,
        engine="offline",
    )
    return Item(f"{interview}#{n}", finding)


@pytest.fixture(scope="module")
def embedder():
    return classifier_embedder()


def _cite_everything(embedder, background_extra: list[Item]) -> tuple[list[Any], int]:  # noqa: ANN001 - fixture
    """A drafter that cites every pain for "chasing approvals"; the check decides what stays."""
    items = [item(interview, n, text) for n, (interview, text) in enumerate(PAINS, start=1)]
    short_ids = {f"F{n}": i for n, i in enumerate(items, start=1)}
    statement = "Chasing approvals from managers takes hours every day."
    draft = PersonaDraft(
        label="AP clerk",
        summary="",
        attributes=[DraftAttribute(field="pains", statement=statement, finding_ids=list(short_ids))],
    )
    return attributes_from_draft(
        draft, short_ids, embedder, member_count=7, background=items + background_extra
    )


def test_a_citation_counts_only_when_it_says_what_the_statement_says(embedder) -> None:
    kept, dropped = _cite_everything(
        embedder, [item(f"x{n}", n, text) for n, text in enumerate(OTHER_PAINS, start=20)]
    )
    assert dropped == 0 and len(kept) == 1
    # The paraphrase stays; nothing about parking, printers or policies does. The looser paraphrase
    # ("b") sits 1.6 deviations above the background, under the bar chosen for precision.
    cited = {c.interview_id for c in kept[0].citations}
    assert "a" in cited and cited <= {"a", "b"}
    assert kept[0].evidence_count == len(cited)


def test_a_small_study_keeps_a_bar_it_can_reach(embedder) -> None:
    """With only seven findings to compare with, a z of 2.1 is out of reach, so the earlier bar
    applies: the paraphrases stay, the unrelated pains do not."""
    kept, _dropped = _cite_everything(embedder, [])
    cited = {c.interview_id for c in kept[0].citations}
    assert "a" in cited and cited <= {"a", "b"}


def test_with_too_few_findings_to_compare_the_floor_alone_decides(embedder) -> None:
    items = [item("a", 1, PAINS[0][1]), item("b", 2, PAINS[1][1])]
    short_ids = {"F1": items[0], "F2": items[1]}
    draft = PersonaDraft(
        label="",
        summary="",
        attributes=[DraftAttribute(field="pains", statement=PAINS[0][1], finding_ids=["F1", "F2"])],
    )
    kept, _dropped = attributes_from_draft(draft, short_ids, embedder, member_count=2, background=items)
    assert kept and kept[0].evidence_count == 2


def test_evidence_grouping_in_row_blocks_matches_the_whole_matrix(embedder, monkeypatch) -> None:
    """Large personas are grouped block by block (bounded memory); the attributes, counts and
    citations must be exactly those of the whole-matrix path."""
    from assistant.personas import evidence

    texts = [text for _m, text in PAINS] + [
        "Approvals from managers take days and I keep calling them.",
        "Winter parking near the office is impossible.",
        "The second-floor printer keeps jamming.",
    ]
    items = [item(f"m{n % 5}", n, text) for n, text in enumerate(texts * 3, start=1)]

    def view(attributes):
        return [(a.statement, a.evidence_count, [c.quote for c in a.citations]) for a in attributes]

    whole = evidence.grouped_attributes("pains", items, embedder, member_count=5)
    monkeypatch.setattr(evidence, "FULL_MATRIX_ITEMS", 0)
    monkeypatch.setattr(evidence, "BLOCK_CELLS", 7)
    blocks = evidence.grouped_attributes("pains", items, embedder, member_count=5)
    assert any(a.evidence_count >= 2 for a in whole)
    assert view(blocks) == view(whole)
