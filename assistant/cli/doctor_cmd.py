"""``personas doctor``: check a workspace end to end and repair what a kill or a damaged disk left."""

from __future__ import annotations

import sys
from contextlib import nullcontext

import click

from assistant.cli import dump_json, main, safe, workspace_of, writing
from assistant.core.doctor import Doctor, notes_as_json
from assistant.core.errors import AssistantError, WorkspaceError


def check_corrections(doctor: Doctor) -> None:
    """The researcher's corrections read and belong to an interview; others are kept aside, not lost."""
    from assistant.extract.corrections import corrected_interview_ids, corrections_path, load_corrections

    workspace = doctor.workspace
    known = set(workspace.interview_ids())
    ids = corrected_interview_ids(workspace)
    for interview_id in ids:
        path = corrections_path(workspace, interview_id)
        if interview_id not in known:
            doctor.fix_or_report(
                "corrections", path, "its interview is gone", "the researcher's work is kept there"
            )
            continue
        try:
            load_corrections(workspace, interview_id)
        except WorkspaceError as exc:
            doctor.fix_or_report(
                "corrections",
                path,
                exc.message.replace(f"{path}: ", ""),
                "the researcher's work is kept there; fix and move it back",
            )
    if ids and not any(n.area == "corrections" and n.status != "ok" for n in doctor.notes):
        doctor.ok("corrections", f"{len(ids)} corrections files readable, each of an existing interview")


def check_versions(doctor: Doctor) -> None:
    """Persona versions read whole; an empty or torn one (killed by an older release) goes aside."""
    from assistant.personas.versions import damaged_versions, list_versions

    for path, problem in damaged_versions(doctor.workspace):
        doctor.fix_or_report("personas", path, problem, "the versions before and after it are intact")
    versions = list_versions(doctor.workspace)
    if versions:
        doctor.ok("personas", f"{len(versions)} persona versions readable (latest v{versions[-1]})")


def check_index(doctor: Doctor) -> None:
    """The index is sound and matches the transcripts; a damaged one is rebuilt, a lagging one caught up."""
    from assistant.index.health import catch_up, check_index, damaged_copies, rebuild_index

    workspace = doctor.workspace
    try:
        health = check_index(workspace, thorough=True)
    except AssistantError as exc:
        doctor.problem("index", exc.message)
        return
    if health.damaged is not None:
        if not doctor.repair:
            doctor.problem("index", health.problems()[0])
        else:
            rebuilt = rebuild_index(workspace)
            doctor.repaired(
                "index",
                f"damaged ({health.damaged}): moved aside to {rebuilt.moved_aside} and rebuilt "
                f"({rebuilt.utterances} utterances from {rebuilt.interviews} interviews)",
            )
    elif not health.ok:
        if not doctor.repair:
            for line in health.problems():
                doctor.problem("index", line)
        else:
            for interview_id in {*health.out_of_date, *health.orphans}:
                workspace.mark_index_pending(interview_id)
            done = catch_up(workspace)
            doctor.repaired(
                "index",
                f"indexed {len(done.indexed)} interviews that were missing or out of date"
                + (f", removed {len(done.removed)} removed interviews" if done.removed else ""),
            )
    else:
        doctor.ok(
            "index", f"sound: {health.utterances} utterances of {health.interviews} interviews, in step"
        )
    copies = damaged_copies(workspace)
    if copies:
        doctor.ok(
            "index",
            f"{len(copies)} damaged index copies kept aside ({copies[-1].name}); delete them when you like",
        )


@main.command("doctor")
@click.option("--check", "check_only", is_flag=True, help="Only report problems; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def doctor_cmd(ctx: click.Context, check_only: bool, as_json: bool) -> None:
    """Check transcripts, findings, corrections, persona versions, the index and the pseudonym map.

    Repairs what it can and says what it did: damaged or orphaned files are moved aside into
    .personas/damaged/ (never deleted), a damaged index is rebuilt, interviews missing from the
    index are indexed. Exit status 1 when a problem is left for a person.
    """
    workspace = workspace_of(ctx)
    doctor = Doctor(workspace, repair=not check_only)
    with writing(workspace, "doctor") if not check_only else nullcontext():
        doctor.run_all()
        check_corrections(doctor)
        check_versions(doctor)
        check_index(doctor)
    if as_json:
        click.echo(dump_json({"healthy": doctor.healthy, "notes": notes_as_json(doctor.notes)}))
    else:
        for note in doctor.notes:
            click.echo(safe(note.line()), err=note.status == "problem")
        problems = sum(1 for n in doctor.notes if n.status == "problem")
        repaired = sum(1 for n in doctor.notes if n.status == "repaired")
        verdict = "healthy" if not problems else f"{problems} problems need a person"
        click.echo(f"{workspace.root}: {verdict}" + (f" ({repaired} repaired)" if repaired else ""))
    if not doctor.healthy:
        sys.exit(1)
