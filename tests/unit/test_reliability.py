"""A workspace that survives two writers, a kill at any moment, and any file (issue 19)."""

from __future__ import annotations

import json
import math
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from index_samples import AP, CONTROLLER

from assistant.core.doctor import Doctor
from assistant.core.errors import WorkspaceError
from assistant.core.lock import WorkspaceBusyError, is_locked, lock_path, workspace_lock
from assistant.core.storage import atomic_write_json
from assistant.core.workspace import Workspace
from assistant.index.health import catch_up, check_index, check_store, rebuild_index
from assistant.index.store import indexable_utterances, open_index
from assistant.ingest.edits import remove_interview
from assistant.ingest.importing import import_paths
from assistant.personas.versions import (
    PersonaSet,
    damaged_versions,
    list_versions,
    load_version,
    save_new_version,
)

REPO = Path(__file__).resolve().parents[2]
CONVERSATION = [
    ("Interviewer", "Walk me through how your Monday starts at the clinic."),
    ("Dana", "I open the scheduling board at seven and call the patients who have not confirmed."),
    ("Interviewer", "What happens when someone does not pick up?"),
    ("Dana", "I leave a message and flag the slot, then at ten I offer it to the waiting list."),
    ("Interviewer", "How long does that take you?"),
    ("Dana", "Most mornings an hour, longer after a holiday weekend when everyone forgets."),
]


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    return Workspace.init(tmp_path / "study")


def conversation_json(start: object = None) -> str:
    rows = []
    for number, (speaker, text) in enumerate(CONVERSATION):
        rows.append({"speaker": speaker, "text": text, "start": 10.0 * number, "end": 10.0 * number + 9})
    if start is not None:
        rows[1]["start"] = start
    return json.dumps(rows)


def stored_files(workspace: Workspace) -> list[str]:
    return sorted(p.name for p in workspace.transcripts_dir.glob("*.json"))


# -- the writer lock --------------------------------------------------------------------------------
HOLDER = textwrap.dedent(
    """
    import sys, time
    from assistant.core.lock import workspace_lock
    with workspace_lock(sys.argv[1], "import"):
        print("held", flush=True)
        time.sleep(60)
    """
)


def _hold_lock_in_child(root: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root)], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_second_writer_fails_clearly_naming_the_holder(study: Workspace) -> None:
    child = _hold_lock_in_child(study.root)
    try:
        holder = is_locked(study.root)
        assert holder is not None and holder.pid == child.pid and holder.command == "import"
        waited: list[object] = []
        with pytest.raises(WorkspaceBusyError) as caught:
            with workspace_lock(study.root, "extract", wait=0.3, on_wait=waited.append):
                pass
        assert waited and f"pid {child.pid}" in caught.value.message
        assert "personas import" in caught.value.message
    finally:
        child.kill()
        child.wait()


def test_a_writer_killed_with_sigkill_leaves_no_lock_behind(study: Workspace) -> None:
    child = _hold_lock_in_child(study.root)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert is_locked(study.root) is None
    with workspace_lock(study.root, "import", wait=0):
        assert is_locked(study.root) is not None  # this process holds it now
    assert not lock_path(study.root).exists()  # removed on release: nothing left in the workspace


def test_the_lock_is_reentrant_within_a_process(study: Workspace) -> None:
    with workspace_lock(study.root, "import", wait=0):
        with workspace_lock(study.root, "import", wait=0):
            pass
        assert lock_path(study.root).exists()
    assert not lock_path(study.root).exists()


# -- strict writes ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "problem"),
    [({"start": math.nan}, "NaN"), ({"text": "caf\ud800"}, "surrogate"), ({"end": math.inf}, "infinite")],
)
def test_values_json_cannot_hold_are_refused_and_nothing_is_written(
    tmp_path: Path, value: dict[str, object], problem: str
) -> None:
    target = tmp_path / "out.json"
    with pytest.raises(WorkspaceError) as caught:
        atomic_write_json(target, value)
    assert problem in caught.value.message
    assert list(tmp_path.iterdir()) == []


# -- import: any file ---------------------------------------------------------------------------
def test_nan_times_are_rejected_at_import_with_one_clear_line(study: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "call.json"
    bad.write_text(conversation_json().replace('"start": 10.0', '"start": NaN'))
    report = import_paths(study, [bad], index=False)
    assert [r.status for r in report.results] == ["failed"]
    message = report.results[0].message
    assert str(bad) in message and "start time is nan" in message and "nothing imported" in message
    assert stored_files(study) == []


def test_a_lone_surrogate_is_rejected_at_import(study: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "call.json"
    bad.write_text(conversation_json().replace("seven", "seven \\udc80"))
    report = import_paths(study, [bad], index=False)
    assert report.results[0].status == "failed"
    assert "lone surrogate" in report.results[0].message
    assert stored_files(study) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('[{"speaker": "A", "text": "hi", "start": 1' + "0" * 5000 + "}]", "invalid JSON"),
        ('[{"speaker": "A", "text": "hi", "start": 1e400}, {"speaker": "B", "text": "ho"}]', "not a number"),
        ('{"utterances": [{"speaker": {"a": 1}, "text": ["x"]}]}', 'no "text"'),
        # values of the wrong type in an exported transcript are left out, not a crash
        ('{"interview": {"title": 5}, "utterances": [{"speaker": 3, "text": "a", "start": "x"}]}', None),
    ],
)
def test_malformed_json_fails_alone_and_the_folder_import_carries_on(
    study: Workspace, tmp_path: Path, content: str, problem: str | None
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a-bad.json").write_text(content)
    (folder / "b-good.json").write_text(conversation_json())
    report = import_paths(study, [folder], index=False)
    by_name = {r.path.name: r for r in report.results}
    assert by_name["b-good.json"].status == "imported"
    bad = by_name["a-bad.json"]
    assert "internal error" not in bad.message
    if problem is None:
        assert bad.status == "imported", bad.message
        return
    assert bad.status in ("failed", "skipped"), bad
    assert problem in bad.message, bad.message
    assert stored_files(study) == ["b-good.json"]


def test_a_named_pipe_is_skipped_in_a_folder_and_refused_by_name(study: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    pipe = folder / "stream.txt"
    os.mkfifo(pipe)
    (folder / "call.json").write_text(conversation_json())
    started = time.monotonic()
    report = import_paths(study, [folder], index=False)
    assert {r.path.name: r.status for r in report.results} == {
        "call.json": "imported",
        "stream.txt": "skipped",
    }
    named = import_paths(study, [pipe], index=False)
    assert named.results[0].status == "failed" and "named pipe" in named.results[0].message
    assert time.monotonic() - started < 30  # never blocks reading the pipe


def test_a_file_name_that_is_not_utf8_imports_with_a_printable_name(study: Workspace, tmp_path: Path) -> None:
    name = os.fsdecode(b"interview-\xe9t\xe9.json")
    path = tmp_path / name
    path.write_text(conversation_json())
    report = import_paths(study, [path], index=False)
    result = report.results[0]
    assert result.status == "imported", result.message
    transcript = study.load_transcript(result.interview_id or "")
    assert "\ufffd" in transcript.interview.source_file
    json.dumps(result.as_dict()).encode("utf-8")  # printable and storable
    result.line().encode("utf-8")


def test_library_warnings_become_one_line_per_file(study: Workspace, tmp_path: Path) -> None:
    import logging

    from assistant.ingest.importing import library_messages, library_warning

    with library_messages() as captured:
        for number in range(62):
            logging.getLogger("pypdf._reader").warning(
                "Ignoring wrong pointing object %d 0 (offset 0)", number
            )
    line = library_warning(captured)
    assert line is not None and line.startswith("pypdf reported 62 messages")
    assert "\n" not in line


# -- the index journal --------------------------------------------------------------------------------
def test_an_interview_saved_but_not_indexed_is_indexed_by_the_next_catch_up(study: Workspace) -> None:
    study.save_transcript(AP)  # as if killed right after saving: the journal names it
    assert study.index_pending() == [AP.interview.id]
    done = catch_up(study)
    assert done.indexed == [AP.interview.id] and study.index_pending() == []
    assert open_index(study).indexed_interviews().get(AP.interview.id) == len(indexable_utterances(AP))


def test_an_import_clears_its_journal_once_indexed(study: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "call.json"
    source.write_text(conversation_json())
    import_paths(study, [source])
    assert study.index_pending() == []
    assert check_index(study).ok


def test_remove_interview_deletes_findings_corrections_and_index_entries(study: Workspace) -> None:
    study.save_transcript(CONTROLLER)
    catch_up(study)
    interview_id = CONTROLLER.interview.id
    for folder in (study.findings_dir, study.root / "corrections"):
        folder.mkdir(exist_ok=True)
        (folder / f"{interview_id}.json").write_text("{}")
    assert remove_interview(study, interview_id) is None
    assert not (study.root / "corrections" / f"{interview_id}.json").exists()
    assert not (study.findings_dir / f"{interview_id}.json").exists()
    assert interview_id not in open_index(study).indexed_interviews()
    assert study.index_pending() == []


# -- a damaged index ----------------------------------------------------------------------------------
def test_a_damaged_store_is_detected_then_moved_aside_and_rebuilt(study: Workspace) -> None:
    study.save_transcript(AP)
    study.save_transcript(CONTROLLER)
    rebuild_index(study)
    database = study.vectorstore_dir / "chroma.sqlite3"
    from assistant.index.health import _release_chroma

    _release_chroma(study.vectorstore_dir)
    with database.open("r+b") as handle:  # a torn header: SQLite no longer recognises the file
        handle.write(b"\0" * 100)
    assert check_store(study, force=True) is not None
    health = check_index(study, thorough=True)
    assert health.damaged is not None and "reindex" in health.problems()[0]
    result = rebuild_index(study)
    assert result.moved_aside is not None and result.moved_aside.is_dir()
    assert result.utterances == len(indexable_utterances(AP)) + len(indexable_utterances(CONTROLLER))
    assert check_index(study, thorough=True).ok
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"


# -- persona versions ------------------------------------------------------------------------------
def test_versions_are_written_whole_and_a_legacy_empty_one_is_ignored(study: Workspace) -> None:
    first = save_new_version(study, PersonaSet(engine="offline"))
    (study.personas_dir / "v0002.json").write_bytes(b"")  # what a kill left with the old reservation
    assert list_versions(study) == [1]
    assert load_version(study).version == first.version == 1
    assert [(p.name, why.split(" ")[0]) for p, why in damaged_versions(study)] == [("v0002.json", "empty")]
    third = save_new_version(study, PersonaSet(engine="offline"))
    assert third.version == 3 and list_versions(study) == [1, 3]
    assert json.loads((study.personas_dir / "v0003.json").read_text())["version"] == 3
    assert not list(study.personas_dir.glob(".*.tmp"))
    with pytest.raises(WorkspaceError, match="doctor"):
        load_version(study, 2)


# -- doctor ---------------------------------------------------------------------------------------------
def test_doctor_repairs_what_a_kill_left_and_keeps_what_a_person_made(study: Workspace) -> None:
    study.save_transcript(AP)
    study.findings_dir.mkdir(exist_ok=True)
    (study.findings_dir / "gone.json").write_text('{"findings": []}')
    stale = study.transcripts_dir / ".ap.json.abc.tmp"
    stale.write_text("{")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    data = json.loads(study.transcript_path(AP.interview.id).read_text())
    data["utterances"][0]["start"] = float("nan")
    study.transcript_path(AP.interview.id).write_text(json.dumps(data))  # an older release wrote NaN
    study.pseudonyms_path.write_text(json.dumps({"entities": {"Person 1": "Dana"}}))
    study.pseudonyms_path.chmod(0o644)

    doctor = Doctor(study)
    doctor.run_all()
    assert doctor.healthy, [n.line() for n in doctor.notes]
    repaired = " ".join(n.message for n in doctor.notes if n.status == "repaired")
    assert (
        "temporary files" in repaired and "gone.json" in repaired and "NaN" in repaired and "0600" in repaired
    )
    assert not stale.exists()
    assert (study.state_dir / "damaged" / "findings" / "gone.json").exists()  # moved aside, not deleted
    assert study.load_transcript(AP.interview.id).utterances[0].start is None
    assert study.pseudonyms_path.stat().st_mode & 0o777 == 0o600


def test_doctor_check_only_changes_nothing(study: Workspace) -> None:
    study.findings_dir.mkdir(exist_ok=True)
    orphan = study.findings_dir / "gone.json"
    orphan.write_text('{"findings": []}')
    doctor = Doctor(study, repair=False)
    doctor.run_all()
    assert not doctor.healthy and orphan.exists()
