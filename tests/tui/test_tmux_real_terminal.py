"""The real app in a real 80x24 terminal (tmux): an interview with undo, a resize, SIGKILL mid-way,
resume, and the member check; nothing lost."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

VENV_BIN = Path(sys.executable).parent
PERSONAS = VENV_BIN / "personas"
REPO_ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 120.0

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (scripts/system-deps.sh)"),
    pytest.mark.skipif(not PERSONAS.exists(), reason=f"no personas executable at {PERSONAS}"),
]


class Terminal:
    """One detached tmux session running the app."""

    def __init__(self, name: str, command: str, env: dict[str, str]) -> None:
        self.name = name
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "-x", "80", "-y", "24", command],
            check=True,
            env=env,
            cwd=REPO_ROOT,
        )

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=False
        )
        return result.stdout

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def type(self, text: str) -> None:
        """Type literal text, then pause like a person before the next key."""
        subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", text], check=True)
        time.sleep(0.4)

    def pid(self) -> int:
        output = subprocess.run(
            ["tmux", "display-message", "-p", "-t", self.name, "#{pane_pid}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return int(output.strip())

    def wait_for(self, text: str, timeout: float = WAIT_S) -> str:
        return wait_until(lambda: text in self.screen(), f"{text!r} on screen", timeout, self.screen)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True, check=False)


def wait_until(
    check: Callable[[], bool], what: str, timeout: float, show: Callable[[], str] | None = None
) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return show() if show else ""
        time.sleep(0.3)
    screen = show() if show else ""
    raise AssertionError(f"timed out waiting for {what}; screen was:\n{screen}")


def session_records(workspace: Path) -> list[dict]:
    logs = list((workspace / "sessions").glob("*.jsonl"))
    if not logs:
        return []
    records = []
    for line in logs[0].read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            pass
    return records


def turns(workspace: Path) -> list[dict]:
    return [r["turn"] for r in session_records(workspace) if r["type"] == "turn"]


def scores_by_turn(workspace: Path) -> dict[int, int]:
    """How many times each answer's coverage was logged."""
    counts: dict[int, int] = {}
    for record in session_records(workspace):
        if record["type"] == "scores":
            counts[record["turn_n"]] = counts.get(record["turn_n"], 0) + 1
    return counts


def test_interview_with_undo_resize_sigkill_resume_and_member_check(tmp_path: Path) -> None:
    workspace = tmp_path / "étude ws"  # a non-ASCII path with a space, on purpose
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PERSONAS_", "OPENAI_", "TMUX"))
    }
    env.update(
        {
            "PERSONAS_LLM__PROVIDER": "none",
            "PERSONAS_EMBEDDINGS__PROVIDER": "hashing",
            "HF_HUB_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False",
            "TERM": "xterm-256color",
        }
    )
    command = f"exec '{PERSONAS}' --workspace '{workspace}' --create tui --screen interview"
    tag = uuid.uuid4().hex[:8]
    first = Terminal(f"personas-a-{tag}", command, env)
    try:
        first.wait_for("New interview")
        first.type("Tess")
        first.keys("Enter")
        first.wait_for("Type the study")
        first.type("Onboarding")
        first.keys("Enter")
        first.wait_for("Next ▸")

        first.type("Typed before any question.")  # refused: an answer needs a question
        first.keys("Enter")
        first.wait_for("Ask a question first")
        assert turns(workspace) == []
        first.keys("C-u")

        first.keys("C-n")
        wait_until(lambda: len(turns(workspace)) == 1, "the first question in the log", WAIT_S, first.screen)
        first.keys("C-n")  # a second question in a row is refused
        first.wait_for("Q1 has no answer yet")
        assert len(turns(workspace)) == 1
        first.type("Usually busy, stuff.")
        first.keys("Enter")
        wait_until(lambda: len(turns(workspace)) == 2, "the first answer in the log", WAIT_S, first.screen)
        first.wait_for("concrete example")
        first.type("/1")
        first.keys("Enter")
        first.type("Words typed for the wrong question.")
        first.keys("Enter")
        wait_until(lambda: len(turns(workspace)) == 4, "the wrong answer in the log", WAIT_S, first.screen)
        first.keys("C-z")  # undo: logged as a record, the words come back to the line
        wait_until(
            lambda: any(r["type"] == "undo" for r in session_records(workspace)),
            "the undo",
            WAIT_S,
            first.screen,
        )
        first.wait_for("Took back the answer")
        first.wait_for("wrong question")  # back on the line
        first.keys("C-u")
        # ctrl+u is a binding, run after a round trip through the app: under load, letters typed
        # right after it could reach the line first and be deleted with the old words. Wait for
        # the line to be empty, as a person would see it (the line shows the end of a long text).
        wait_until(
            lambda: "wrong question" not in first.screen(),
            "the old words gone from the line",
            WAIT_S,
            first.screen,
        )
        # and a person who sees the new words vanish (a late ctrl+u under load) types them again; the
        # line shows the end of what was typed
        for _attempt in range(3):
            first.type("Yesterday my manager rang at nine because the invoice sheet broke again.")
            try:
                wait_until(lambda: "broke again" in first.screen(), "the new words on the line", 15.0)
                break
            except AssertionError:
                first.keys("C-u")
        first.wait_for("broke again")
        first.keys("Enter")
        wait_until(lambda: len(turns(workspace)) == 5, "five turns in the log", WAIT_S, first.screen)
        wait_until(
            lambda: 5 in scores_by_turn(workspace), "the answer's coverage in the log", WAIT_S, first.screen
        )

        # A resize mid-interview: the conversation re-flows (no words cut off), the panel becomes a line.
        subprocess.run(["tmux", "resize-window", "-t", first.name, "-x", "60", "-y", "20"], check=True)
        screen = first.wait_for("topics")
        assert "invoice sheet broke" in screen.replace("\n", " ").replace("│", " ").replace("  ", " ")
        subprocess.run(["tmux", "resize-window", "-t", first.name, "-x", "80", "-y", "24"], check=True)
        first.wait_for("Coverage")
        before_kill = turns(workspace)
        scores_before = scores_by_turn(workspace)

        os.kill(first.pid(), signal.SIGKILL)  # the terminal dies mid-interview
        time.sleep(0.5)
    finally:
        first.close()

    assert [(t["kind"], t["text"][:12]) for t in before_kill] == [
        ("question", "Thanks for t"),
        ("answer", "Usually busy"),
        ("question", "Can you give"),
        ("answer", "Words typed "),
        ("answer", "Yesterday my"),
    ]
    assert turns(workspace) == before_kill

    second = Terminal(f"personas-b-{tag}", command, env)
    try:
        screen = second.wait_for("Tess")
        assert "4 turns" in screen  # five logged, one of them undone
        second.keys("C-o")
        screen = second.wait_for("invoice sheet")
        assert "Usually busy, stuff." in screen
        assert "Words typed for the wrong" not in screen  # the undone answer stays undone
        time.sleep(1.0)
        assert scores_by_turn(workspace) == scores_before  # coverage came from the log: nothing re-scored
        second.keys("C-n")
        wait_until(
            lambda: len(turns(workspace)) == 6, "the next question after resume", WAIT_S, second.screen
        )
        second.type("We use spreadsheets and email, mostly.")
        second.keys("Enter")
        wait_until(lambda: len(turns(workspace)) == 7, "the answer after resume", WAIT_S, second.screen)
        second.keys("C-f")
        second.wait_for("Finish the interview")
        second.keys("y")
        second.wait_for("how well does this describe you")
        second.keys("2")  # a low rating asks what is wrong
        second.wait_for("what is wrong or missing")
        second.type("I am not the one who fixes the invoice sheet.")
        second.keys("Enter")
        wait_until(
            lambda: any(r["type"] == "finish" for r in session_records(workspace)),
            "the interview to be saved",
            WAIT_S,
            second.screen,
        )
        second.wait_for("New interview")
        second.keys("C-q")
    finally:
        second.close()

    records = session_records(workspace)
    after = turns(workspace)
    undone = {r["turn_n"] for r in records if r["type"] == "undo"}
    kept = [t for t in after if t["n"] not in undone]
    assert [t["text"] for t in kept if t["kind"] == "answer"] == [
        "Usually busy, stuff.",
        "Yesterday my manager rang at nine because the invoice sheet broke again.",
        "We use spreadsheets and email, mostly.",
    ]
    assert [r["type"] for r in records].count("resume") == 1
    assert next(r["rating"] for r in records if r["type"] == "member_check") == 2
    assert next(r["text"] for r in records if r["type"] == "member_check_comment").startswith("I am not")
    interview_id = next(r["interview_id"] for r in records if r["type"] == "finish")
    transcript = json.loads((workspace / "transcripts" / f"{interview_id}.json").read_text(encoding="utf-8"))
    assert transcript["interview"]["member_check_rating"] == 2
    assert transcript["interview"]["study"] == "Onboarding"
    participant_texts = [u["text"] for u in transcript["utterances"] if u["role"] == "participant"]
    assert participant_texts == [t["text"] for t in kept if t["kind"] == "answer"]
    assert (workspace / "findings" / f"{interview_id}.json").exists()  # extracted when finished
