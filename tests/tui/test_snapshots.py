"""Snapshot tests at 80x24 and 120x40 (Home is left out: it shows the workspace's temporary path) (regenerate deliberately: ``pytest tests/tui/test_snapshots.py --snapshot-update``
and look at every changed picture before committing it)."""

from __future__ import annotations

import pytest
from tui_support import fixed_clock, keyword_scorer, write_persona_version

from assistant.interview.guides import find_guide
from assistant.interview.session import InterviewSession
from assistant.tui.app import make_app

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


def app_for(workspace, start_mode: str):
    return make_app(workspace, model=None, scorer=keyword_scorer, clock=fixed_clock, start_mode=start_mode)


def started_session(workspace, mode: str = "researcher") -> InterviewSession:
    session = InterviewSession.start(
        workspace,
        find_guide("day_in_the_life"),
        participant="Alex",
        mode=mode,  # type: ignore[arg-type]
        study="Onboarding",
        clock=fixed_clock,
    )
    session.ask(session.next_question())
    session.answer("Busy, as usual.")
    session.ask(session.next_question())
    session.answer(
        "I run the front desk at a clinic. Yesterday my manager called at 9 because the invoice spreadsheet "
        "broke, it was frustrating and cost me three hours."
    )
    session.refresh_coverage(keyword_scorer)
    return session


async def _settle(pilot) -> None:
    """Wait for workers, and stop cursors blinking so the picture does not depend on timing."""
    from textual.widgets import Input

    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    pilot.app.clear_notifications()
    await pilot.pause()


async def _resume(pilot) -> None:
    await _settle(pilot)
    await pilot.press("ctrl+o")
    await _settle(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_interview_start_screen(snap_compare, workspace, size) -> None:
    started_session(workspace)
    assert snap_compare(app_for(workspace, "interview"), terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES)
def test_interview_screen_with_suggestions_and_coverage(snap_compare, workspace, size) -> None:
    started_session(workspace)
    assert snap_compare(app_for(workspace, "interview"), terminal_size=size, run_before=_resume)


@pytest.mark.parametrize("size", SIZES)
def test_self_interview_hides_the_instruments(snap_compare, workspace, size) -> None:
    started_session(workspace, mode="self")
    assert snap_compare(app_for(workspace, "interview"), terminal_size=size, run_before=_resume)


@pytest.mark.parametrize("size", SIZES)
def test_member_check_screen(snap_compare, workspace, size) -> None:
    started_session(workspace)

    async def finish(pilot) -> None:
        await _resume(pilot)
        await pilot.press("ctrl+f", "y")
        await _settle(pilot)

    assert snap_compare(app_for(workspace, "interview"), terminal_size=size, run_before=finish)


@pytest.mark.parametrize("size", SIZES)
def test_library_screen(snap_compare, filled_workspace, size) -> None:
    assert snap_compare(app_for(filled_workspace, "library"), terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES)
def test_personas_screen(snap_compare, filled_workspace, size) -> None:
    write_persona_version(filled_workspace)
    assert snap_compare(app_for(filled_workspace, "personas"), terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES)
def test_transcript_viewer_with_findings_at_a_cited_utterance(snap_compare, filled_workspace, size) -> None:
    from assistant.extract.corrections import file_finding
    from assistant.tui.screens.transcript import TranscriptScreen

    transcript = filled_workspace.load_transcript("maria-2026-02-10")
    file_finding(filled_workspace, transcript, "maria-2026-02-10:4", "My director signs off", "decision")

    async def open_transcript(pilot) -> None:
        await _settle(pilot)
        pilot.app.push_screen(TranscriptScreen("maria-2026-02-10", "maria-2026-02-10:4"))
        await _settle(pilot)

    assert snap_compare(app_for(filled_workspace, "library"), terminal_size=size, run_before=open_transcript)


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare, filled_workspace, size) -> None:
    async def help_(pilot) -> None:
        await _settle(pilot)
        await pilot.press("f1")
        await _settle(pilot)

    assert snap_compare(app_for(filled_workspace, "library"), terminal_size=size, run_before=help_)
