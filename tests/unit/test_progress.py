"""The progress reporter: a bar on a terminal, periodic plain lines elsewhere, honest rates and ETA."""

from __future__ import annotations

import io

from assistant.core.progress import Progress, format_duration


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_lines_every_interval_when_not_a_terminal() -> None:
    clock, out = Clock(), io.StringIO()
    progress = Progress("extracting", 100, unit="interviews", stream=out, interval_s=10, clock=clock)
    assert not progress.tty
    for _ in range(4):
        clock.now += 1
        progress.advance(1, "a")
    assert out.getvalue() == ""  # under 10 s: nothing yet
    clock.now += 6  # 10 s after the start
    progress.advance(1, "b")
    lines = out.getvalue().splitlines()
    assert lines == ["extracting: 5/100 interviews (5%), 0.50 interviews/s, ETA 3:10, elapsed 0:10"]
    clock.now += 5
    progress.advance(1)
    assert len(out.getvalue().splitlines()) == 1  # the next line waits for the next 10 s
    clock.now += 5
    progress.advance(1)
    assert len(out.getvalue().splitlines()) == 2
    progress.close()
    assert out.getvalue().splitlines()[-1] == "extracting: 7 interviews in 0:20 (0.35 interviews/s)"


def test_eta_follows_the_work_when_its_total_is_known() -> None:
    clock, out = Clock(), io.StringIO()
    progress = Progress(
        "importing", 4, unit="files", work_unit="words", work_total=10_000, stream=out, clock=clock
    )
    clock.now += 10
    progress.advance(1, work=1_000)  # one short file: by count 3 of 4 remain, by words 90%
    assert progress.eta() == 90.0
    assert "100 words/s" in progress.line()


def test_terminal_bar_redraws_in_place_and_ends_with_a_newline() -> None:
    clock, out = Clock(), FakeTTY()
    progress = Progress("indexing", 3, unit="interviews", stream=out, clock=clock)
    assert progress.tty
    clock.now += 2
    progress.advance(1, "interview-01")
    clock.now += 2
    progress.advance(1, "interview-02")
    text = out.getvalue()
    assert text.count("\r") == 2 and "\n" not in text
    assert "indexing [################--------] 2/3 0.50/s ETA 0:02 interview-02" in text
    progress.clear()
    assert out.getvalue().endswith("\r\x1b[2K")
    clock.now += 2
    progress.advance(1, "interview-03")
    progress.close()
    assert out.getvalue().endswith("3/3 0.50/s 0:06 interview-03\n")


def test_escape_sequences_in_names_never_reach_the_terminal() -> None:
    out = FakeTTY()
    progress = Progress("importing \x1b]0;title\x07x.csv", 2, stream=out, clock=Clock())
    progress.advance(1, "evil\x1b[2Jname")
    assert "\x1b]" not in out.getvalue() and "\x1b[2J" not in out.getvalue()
    assert "evil[2Jname" in out.getvalue()


def test_unknown_total_and_a_closed_stream() -> None:
    clock, out = Clock(), io.StringIO()
    progress = Progress("reading", None, unit="rows", stream=out, interval_s=1, clock=clock)
    clock.now += 2
    progress.advance(10)
    assert out.getvalue().startswith("reading: 10 rows, 5.00 rows/s, elapsed 0:02")
    out.close()
    clock.now += 2
    progress.advance(10)  # a closed stream must not stop the work
    progress.close()
    assert progress.done == 20


def test_durations() -> None:
    assert format_duration(7) == "0:07"
    assert format_duration(750) == "12:30"
    assert format_duration(3723) == "1:02:03"


def test_a_short_run_leaves_no_line_in_a_log() -> None:
    clock, out = Clock(), io.StringIO()
    with Progress("importing", 2, unit="files", stream=out, interval_s=10, clock=clock) as progress:
        clock.now += 1
        progress.advance(2)
    assert out.getvalue() == ""
