"""Small hand-made transcripts for index, search and Chroma server tests."""

from __future__ import annotations

from datetime import date, datetime

from assistant.core.models import Interview, Transcript, Utterance


def make_transcript(
    interview_id: str,
    turns: list[tuple[str, str, str]],
    *,
    study: str | None = "finance",
    when: date | None = date(2025, 3, 14),
    attributes: dict[str, str] | None = None,
) -> Transcript:
    """A transcript from (speaker, role, text) turns, 30 s apart."""
    utterances = [
        Utterance(
            id=f"{interview_id}:{n}", speaker=speaker, role=role, start=30.0 * n, end=30.0 * n + 20, text=text
        )
        for n, (speaker, role, text) in enumerate(turns, start=1)
    ]
    interview = Interview(
        id=interview_id,
        title=f"Interview {interview_id}",
        study=study,
        date=when,
        participant=turns[1][0] if len(turns) > 1 else None,
        participant_attributes=attributes or {},
        source_file=f"{interview_id}.txt",
        source_hash="0" * 64,
        format="plain_txt",
        imported_at=datetime(2025, 3, 15, 9, 0, 0),
    )
    return Transcript(interview=interview, utterances=utterances)


AP = make_transcript(
    "ap-clerk",
    [
        ("Jamie", "interviewer", "How do invoice approvals work today?"),
        (
            "Dana",
            "participant",
            "Invoice approvals sit for weeks because the terminal managers never check email.",
        ),
        ("Jamie", "interviewer", "And the receipts?"),
        ("Dana", "participant", "Receipts go missing so matching takes forever."),
        ("Lisa", "other", "Sorry to interrupt, the auditors are here."),
        ("Dana", "participant", "   "),
    ],
    attributes={"Company size": "400", "role title": "AP clerk"},
)
CONTROLLER = make_transcript(
    "controller",
    [
        ("Jamie", "interviewer", "Tell me about the month-end close and invoice approvals."),
        (
            "Greg",
            "participant",
            "Our month-end close takes twelve days and the audit found a material weakness.",
        ),
        ("Greg", "participant", "Invoice approvals are fine for us."),
    ],
    study="finance-2",
    when=date(2024, 11, 2),
)
