"""Snapshot tests at 80x24 (update with ``pytest tests/tui/test_snapshots.py --snapshot-update``)."""

from __future__ import annotations

from tui_support import fixed_clock, keyword_scorer, write_persona_version

from assistant.interview.guides import find_guide
from assistant.interview.session import InterviewSession
from assistant.tui.app import make_app

SIZE = (80, 24)


def app_for(workspace, start_mode: str):
    return make_app(workspace, model=None, scorer=keyword_scorer, clock=fixed_clock, start_mode=start_mode)


def started_session(workspace) -> InterviewSession:
    session = InterviewSession.start(
        workspace, find_guide("day_in_the_life"), participant="Alex", mode="researcher", clock=fixed_clock
    )
    session.ask(session.next_question())
    session.answer("Busy, as usual.")
    session.ask(session.probe_suggestions()[0])
    session.answer(
        "Yesterday my manager called at 9 because the invoice spreadsheet broke, it was frustrating "
        "and cost me three hours."
    )
    return session


async def _settle(pilot) -> None:
    """Wait for workers, and stop cursors blinking so the picture does not depend on timing."""
    from textual.widgets import Input

    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_interview_start_screen(snap_compare, workspace) -> None:
    started_session(workspace)
    assert snap_compare(app_for(workspace, "interview"), terminal_size=SIZE, run_before=_settle)


def test_interview_screen_with_suggestions_and_coverage(snap_compare, workspace) -> None:
    started_session(workspace)

    async def resume(pilot) -> None:
        await _settle(pilot)
        await pilot.press("ctrl+o")
        await _settle(pilot)
        pilot.app.clear_notifications()
        await _settle(pilot)

    assert snap_compare(app_for(workspace, "interview"), terminal_size=SIZE, run_before=resume)


def test_member_check_screen(snap_compare, workspace) -> None:
    started_session(workspace)

    async def finish(pilot) -> None:
        await _settle(pilot)
        await pilot.press("ctrl+o")
        await _settle(pilot)
        await pilot.press("ctrl+f")
        await _settle(pilot)
        pilot.app.clear_notifications()
        await _settle(pilot)

    assert snap_compare(app_for(workspace, "interview"), terminal_size=SIZE, run_before=finish)


def test_library_screen(snap_compare, filled_workspace) -> None:
    assert snap_compare(app_for(filled_workspace, "library"), terminal_size=SIZE, run_before=_settle)


def test_personas_screen(snap_compare, filled_workspace) -> None:
    write_persona_version(filled_workspace)
    assert snap_compare(app_for(filled_workspace, "personas"), terminal_size=SIZE, run_before=_settle)


def test_transcript_viewer_at_a_cited_utterance(snap_compare, filled_workspace) -> None:
    from assistant.tui.screens.transcript import TranscriptScreen

    async def open_transcript(pilot) -> None:
        await _settle(pilot)
        pilot.app.push_screen(TranscriptScreen("maria-2026-02-10", "maria-2026-02-10:4"))
        await _settle(pilot)

    assert snap_compare(app_for(filled_workspace, "library"), terminal_size=SIZE, run_before=open_transcript)
