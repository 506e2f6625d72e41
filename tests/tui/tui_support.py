"""Shared helpers of the TUI tests: a fixed clock, keyword coverage, a sample transcript and persona file."""

from __future__ import annotations

from datetime import UTC, date, datetime

from keyword_scorer import keyword_scorer  # noqa: F401 - re-exported for the TUI tests

from assistant.core.models import Interview, Transcript, Utterance
from assistant.core.storage import atomic_write_json

FIXED_NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def fixed_clock() -> datetime:
    return FIXED_NOW


def sample_transcript(interview_id: str = "maria-2026-02-10") -> Transcript:
    utterances = [
        Utterance(
            id=f"{interview_id}:1",
            speaker="Jamie",
            role="interviewer",
            start=0.0,
            text="Walk me through yesterday.",
        ),
        Utterance(
            id=f"{interview_id}:2",
            speaker="Maria",
            role="participant",
            start=4.0,
            text="I spent the morning fixing the invoice spreadsheet again, which is so frustrating.",
        ),
        Utterance(
            id=f"{interview_id}:3",
            speaker="Jamie",
            role="interviewer",
            start=31.0,
            text="Who decides on tools?",
        ),
        Utterance(
            id=f"{interview_id}:4",
            speaker="Maria",
            role="participant",
            start=35.5,
            text="My director signs off on anything over 500 euros.",
        ),
    ]
    interview = Interview(
        id=interview_id,
        title="Maria, finance lead",
        study="finance",
        date=date(2026, 2, 10),
        participant="Maria",
        source_file="maria.vtt",
        source_hash="0" * 64,
        format="vtt",
        imported_at=FIXED_NOW,
    )
    return Transcript(interview=interview, utterances=utterances)


def write_persona_version(workspace, interview_id: str = "maria-2026-02-10") -> None:
    data = {
        "version": 1,
        "created_at": "2026-03-01T10:00:00Z",
        "engine": "offline",
        "personas": [
            {
                "id": "finance-firefighter",
                "label": "Finance firefighter",
                "negative": False,
                "members": [interview_id],
                "summary": "Spends mornings repairing spreadsheets.",
                "attributes": [
                    {
                        "field": "pains",
                        "statement": "Repairs the invoice spreadsheet by hand",
                        "citations": [
                            {
                                "interview_id": interview_id,
                                "utterance_id": f"{interview_id}:2",
                                "quote": "fixing the invoice spreadsheet again",
                            }
                        ],
                        "evidence_count": 1,
                    },
                    {
                        "field": "decision",
                        "statement": "The director signs off purchases",
                        "citations": [
                            {
                                "interview_id": interview_id,
                                "utterance_id": f"{interview_id}:4",
                                "quote": "My director signs off on anything over 500 euros.",
                            }
                        ],
                        "evidence_count": 1,
                    },
                ],
            }
        ],
        "warnings": [{"code": "small", "message": "Finance firefighter rests on 1 interview"}],
    }
    workspace.personas_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_json(workspace.personas_dir / "v0001.json", data)


async def settle(app, pilot) -> None:
    """Let the app process events and finish its workers (the screens load and save in threads)."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
