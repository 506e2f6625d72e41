"""``personas import`` on good and bad input: one clear line per file, exit status, nothing half-written."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.core.workspace import Workspace

SAMPLES = Path(__file__).resolve().parents[2] / "transcripts" / "samples-formats"


def run(workspace: Workspace, *args: str):
    runner = CliRunner()
    return runner.invoke(main, ["--workspace", str(workspace.root), "import", "--no-index", *args])


def workspace_files(workspace: Workspace) -> list[str]:
    return sorted(str(p.relative_to(workspace.root)) for p in workspace.root.rglob("*") if p.is_file())


def assert_clean(workspace: Workspace, before: list[str]) -> None:
    after = workspace_files(workspace)
    assert after == before, "the workspace changed after a failed import"
    assert not [name for name in after if name.endswith(".tmp")]


def test_imports_samples_then_is_idempotent(workspace: Workspace) -> None:
    result = run(workspace, str(SAMPLES))
    assert result.exit_code == 0, result.output + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("imported")]
    assert len(lines) == 3
    assert any("as rev-garage (4 utterances, rev_txt, participant Speaker 2)" in line for line in lines)
    assert sorted(workspace.interview_ids()) == ["notes-library", "rev-garage", "zoom-bakery"]
    transcript = workspace.load_transcript("notes-library")
    assert transcript.interview.participant == "Lena Fischer"
    assert transcript.interview.language == "en"
    assert str(transcript.interview.date) == "2025-03-04"
    assert transcript.utterances[0].id == "notes-library:1"
    assert transcript.utterances[0].role == "interviewer"
    assert transcript.interview.source_file == str((SAMPLES / "notes-library.md").absolute())

    again = run(workspace, str(SAMPLES))
    assert again.exit_code == 0
    assert len([line for line in again.stdout.splitlines() if line.startswith("unchanged")]) == 3
    assert sorted(workspace.interview_ids()) == ["notes-library", "rev-garage", "zoom-bakery"]


def test_json_output_and_study(workspace: Workspace) -> None:
    result = run(
        workspace,
        str(SAMPLES / "zoom-bakery.vtt"),
        "--json",
        "--study",
        "bakeries",
        "--interviewer",
        "Tom Avery",
    )
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["ok"] is True
    [entry] = payload["results"]
    assert entry["status"] == "imported" and entry["format"] == "zoom_vtt"
    assert entry["participant"] == "Mina Patel"  # --interviewer overrides the heuristic
    assert workspace.load_transcript(entry["interview_id"]).interview.study == "bakeries"


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    folder = tmp_path / "bad"
    folder.mkdir()
    files: dict[str, tuple[Path, str]] = {}

    def add(key: str, name: str, content: bytes, problem: str) -> None:
        path = folder / name
        path.write_bytes(content)
        files[key] = (path, problem)

    add("empty", "empty.txt", b"", "file is empty")
    add(
        "binary",
        "garbage.vtt",
        os.urandom(4096).replace(b"WEBVTT", b"xxxxxx") + b"\x00" * 64,
        "not a text transcript",
    )
    add("unknown", "notes.txt", b"Some notes without any speaker.\nMore notes.\n", "unknown format")
    add(
        "timing", "broken.vtt", b"WEBVTT\n\n1\n00:00:01.000 --> 00:0x:02.000\nAna: hi\n", "line 4: bad timing"
    )
    add("encoding", "utf16-broken.txt", b"\xff\xfeA\x00n\x00a\x00:\x00 \x00\x00\xd8", "wrong encoding")
    huge = folder / "huge.srt"
    with huge.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse file over the 50 MB limit
    files["huge"] = (huge, "file too large")
    return files


@pytest.mark.parametrize("key", ["empty", "binary", "unknown", "timing", "encoding", "huge"])
def test_bad_input_one_error_line(workspace: Workspace, tmp_path: Path, key: str) -> None:
    path, problem = _bad_files(tmp_path)[key]
    before = workspace_files(workspace)
    result = run(workspace, str(path))
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert str(path) in errors[0] and problem in errors[0], errors[0]
    assert "Traceback" not in result.output + result.stderr
    assert_clean(workspace, before)


def test_unknown_format_option(workspace: Workspace) -> None:
    result = run(workspace, str(SAMPLES / "rev-garage.txt"), "--format", "wav")
    assert result.exit_code != 0
    assert result.stderr.startswith("error: unknown --format 'wav'")
    assert workspace.interview_ids() == []


def test_good_files_import_even_when_others_fail(workspace: Workspace, tmp_path: Path) -> None:
    bad = _bad_files(tmp_path)
    result = run(workspace, str(bad["timing"][0]), str(SAMPLES / "rev-garage.txt"), str(bad["empty"][0]))
    assert result.exit_code == 1
    assert workspace.interview_ids() == ["rev-garage"]
    assert result.stderr.count("error:") == 2


def test_missing_file(workspace: Workspace, tmp_path: Path) -> None:
    missing = tmp_path / "nope.vtt"
    result = run(workspace, str(missing))
    assert result.exit_code == 1
    assert f"error: {missing}: file not found" in result.stderr


def test_non_ascii_path(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "entretiens-été"
    folder.mkdir()
    path = folder / "Entretien-Élodie.txt"
    path.write_text(
        "Élodie Brun: Bonjour, vous faites quoi ?\nJosé Mota: Je gère les factures.\n", encoding="utf-8"
    )
    result = run(workspace, str(path))
    assert result.exit_code == 0, result.stderr
    assert "entretien-elodie" in workspace.interview_ids()
    assert workspace.load_transcript("entretien-elodie").interview.language == "fr"
    broken = folder / "cassé.srt"
    broken.write_text("1\n00:00:01,000 --> 00:00:02,000\n\n2\nbad\n", encoding="utf-8")
    failed = run(workspace, str(broken))
    assert failed.exit_code == 1 and str(broken) in failed.stderr


def test_folder_skips_non_transcripts(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "README.md").write_text("# Notes\n\nSome notes.\n")
    (folder / "results.csv").write_text("a,b\n1,2\n")
    (folder / "call.txt").write_text("Ana: How is it going?\nBen: Fine, thanks.\n")
    result = run(workspace, str(folder))
    assert result.exit_code == 0, result.stderr
    assert "skipped" in result.stdout and "README.md" in result.stdout and "results.csv" in result.stdout
    assert workspace.interview_ids() == ["call"]


@pytest.mark.parametrize("contents", [[], ["README.md", "notes.csv"]])
def test_folder_without_transcripts_is_an_error(
    workspace: Workspace, tmp_path: Path, contents: list[str]
) -> None:
    folder = tmp_path / "dossier vidé"
    folder.mkdir()
    for name in contents:
        (folder / name).write_text("a,b\n", encoding="utf-8")
    result = run(workspace, str(folder))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(folder) in errors[0] and "found" in errors[0], result.stderr
    assert workspace.interview_ids() == []


def test_reimport_with_pseudonymise_pseudonymises_the_stored_copy(workspace: Workspace) -> None:
    path = str(SAMPLES / "rev-garage.txt")
    assert run(workspace, path).exit_code == 0
    again = run(workspace, path, "--pseudonymise")
    assert again.exit_code == 0
    assert "unchanged" in again.stdout
    assert "without pseudonymisation: pseudonymised now" in again.stderr
    assert workspace.load_transcript("rev-garage").interview.pseudonymised
    assert "without pseudonymisation" not in run(workspace, path).stderr


def _make_read_only(folder: Path) -> Callable[[], None]:
    """Make ``folder`` unwritable, also for root (immutable attribute); returns the undo."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    if (
        shutil.which("chattr")
        and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    ):
        probe = folder / ".probe"
        try:
            probe.touch()
        except OSError:
            return lambda: subprocess.run(["chattr", "-i", str(folder)], check=False)
        probe.unlink()
        subprocess.run(["chattr", "-i", str(folder)], check=False)
    pytest.skip("running as root on a filesystem without immutable files: cannot make a folder read-only")


def test_read_only_workspace(workspace: Workspace) -> None:
    before = workspace_files(workspace)
    undo = _make_read_only(workspace.transcripts_dir)
    try:
        result = run(workspace, str(SAMPLES / "rev-garage.txt"), str(SAMPLES / "zoom-bakery.vtt"))
    finally:
        undo()
    assert result.exit_code != 0
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 2, result.stderr
    assert "rev-garage.txt" in error_lines[0] and "cannot save" in error_lines[0]
    assert "Traceback" not in result.stderr
    assert_clean(workspace, before)


def test_damaged_workspace_transcripts_is_a_file(workspace: Workspace) -> None:
    workspace.transcripts_dir.rmdir()
    workspace.transcripts_dir.write_text("")
    before = workspace_files(workspace)
    result = run(workspace, str(SAMPLES / "rev-garage.txt"))
    assert result.exit_code == 1
    assert (
        result.stderr.strip()
        == f"error: {workspace.transcripts_dir}: is a file, not a folder; cannot save transcripts (workspace damaged)"
    )
    assert_clean(workspace, before)


def test_pseudonymise_flag_and_reverse(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_text(
        "Ana Lima: Can I reach you later?\nBo Chen: Sure, bo.chen@example.com or 503-555-0199. "
        "My colleague Marcus Oyelaran knows too.\n",
        encoding="utf-8",
    )
    result = run(workspace, str(path), "--pseudonymise")
    assert result.exit_code == 0, result.stderr
    transcript = workspace.load_transcript("call")
    stored = json.dumps(transcript.model_dump(mode="json"))
    for secret in ("Ana Lima", "Bo Chen", "bo.chen@example.com", "503-555-0199", "Marcus Oyelaran"):
        assert secret not in stored
    assert transcript.interview.participant == transcript.utterances[1].speaker
    runner = CliRunner()
    shown = runner.invoke(main, ["--workspace", str(workspace.root), "pseudonyms", "--json"])
    mapping = json.loads(shown.stdout)
    assert "Marcus Oyelaran" in mapping.values()
    text = transcript.utterances[1].text
    reversed_text = runner.invoke(main, ["--workspace", str(workspace.root), "pseudonyms", "--reverse", text])
    assert "bo.chen@example.com" in reversed_text.stdout and "Marcus Oyelaran" in reversed_text.stdout


def test_index_failure_keeps_transcript(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.ingest.importing as importing_module

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("vector store exploded")

    monkeypatch.setattr(importing_module, "open_index", broken)
    result = CliRunner().invoke(
        main, ["--workspace", str(workspace.root), "import", str(SAMPLES / "rev-garage.txt")]
    )
    assert result.exit_code == 0
    assert "not indexed" in result.stderr and "reindex" in result.stderr
    assert workspace.interview_ids() == ["rev-garage"]


def test_import_indexes_utterances(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    result = CliRunner().invoke(
        main, ["--workspace", str(workspace.root), "import", str(SAMPLES / "zoom-bakery.vtt")]
    )
    assert result.exit_code == 0, result.stderr
    from assistant.index.store import open_index

    index = open_index(Workspace(workspace.root))
    assert index.indexed_interviews() == {"zoom-bakery": 4}  # 4 utterances, indexed as their sentences
    assert index.count() >= 4


def test_import_text_for_the_tui(workspace: Workspace) -> None:
    from assistant.ingest.importing import import_text

    text = "Ana: What slows you down?\nBen: Waiting for approvals, every single week.\n"
    result = import_text(workspace, text, name="pasted-call.txt", index=False)
    assert result.status == "imported" and result.interview_id == "pasted-call"
    assert workspace.load_transcript("pasted-call").interview.participant == "Ben"
    assert import_text(workspace, text, name="again.txt", index=False).status == "unchanged"
    failed = import_text(workspace, "nothing here", name="blob.txt", index=False)
    assert failed.status == "failed" and failed.message.startswith("blob.txt: ")
