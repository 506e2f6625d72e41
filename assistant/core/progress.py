"""Progress of long runs: a bar with count, rate and ETA on a terminal, one plain line every N seconds elsewhere.

A thousand-interview import or extraction runs for many minutes; a person (or a CI log) needs to
see that it moves, how fast, and when it will end. Headless: the CLI and scripts use it; the TUI
has its own progress widgets. Everything goes to the given stream (stderr by default), never stdout,
so ``--json`` output stays clean.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

INTERVAL_ENV = "PERSONAS_PROGRESS_SECONDS"
"""Seconds between two progress lines when the output is not a terminal (default 10)."""
DEFAULT_INTERVAL_S = 10.0
REDRAW_S = 0.2
"""A terminal bar is redrawn at most this often: drawing must cost nothing next to the work."""
BAR_WIDTH = 24
ITEM_CHARS = 30
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
"""Controls (an escape sequence in a file name must not drive the terminal) and lone surrogates."""


def format_duration(seconds: float) -> str:
    """``0:07``, ``12:30`` or ``1:02:03`` (hours only when needed)."""
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_rate(per_second: float) -> str:
    """A rate with sensible precision: ``0.35``, ``3.4``, ``120``."""
    if per_second >= 100:
        return f"{per_second:,.0f}"
    if per_second >= 10:
        return f"{per_second:.1f}"
    return f"{per_second:.2f}"


def _interval_from_env() -> float:
    raw = os.environ.get(INTERVAL_ENV, "").strip()
    try:
        value = float(raw) if raw else DEFAULT_INTERVAL_S
    except ValueError:
        return DEFAULT_INTERVAL_S
    return value if value > 0 else DEFAULT_INTERVAL_S


class Progress:
    """Counts finished items of a run and reports them: redrawn bar on a tty, periodic lines otherwise.

    ``work`` (optional, e.g. words) is a second measure whose rate is shown too; the ETA follows the
    work when its total is known, since interviews differ in length, else the item count.
    """

    def __init__(
        self,
        label: str,
        total: int | None,
        *,
        unit: str = "items",
        work_unit: str = "",
        work_total: int | None = None,
        stream: TextIO | None = None,
        interval_s: float | None = None,
        tty: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        enabled: bool = True,
    ) -> None:
        self.label = _UNPRINTABLE.sub("", label)
        self.total = total
        self.unit = unit
        self.work_unit = work_unit
        self.work_total = work_total
        self.stream = stream if stream is not None else sys.stderr
        self.interval_s = interval_s if interval_s is not None else _interval_from_env()
        if tty is None:
            isatty = getattr(self.stream, "isatty", None)
            tty = bool(isatty()) if callable(isatty) else False
        self.tty = tty
        self.clock = clock
        self.enabled = enabled
        self.done = 0
        self.work = 0
        self.item = ""
        self.started = clock()
        self._last_draw = -1e18
        self._last_line = self.started
        self._drawn = False
        self._closed = False
        self._lines = 0
        self._lock = threading.RLock()  # workers may report while the main thread counts

    # -- measures --------------------------------------------------------------------------------
    @property
    def elapsed(self) -> float:
        return max(self.clock() - self.started, 0.0)

    def rate(self) -> float:
        """Items per second since the start (0 before anything is done)."""
        elapsed = self.elapsed
        return self.done / elapsed if elapsed > 0 and self.done else 0.0

    def work_rate(self) -> float:
        elapsed = self.elapsed
        return self.work / elapsed if elapsed > 0 and self.work else 0.0

    def eta(self) -> float | None:
        """Seconds still to go at the rate so far (None when it cannot be told yet)."""
        if self.work_total and self.work:
            remaining_work = max(self.work_total - self.work, 0)
            return remaining_work / self.work_rate() if self.work_rate() else None
        if self.total is None or not self.done:
            return None
        rate = self.rate()
        return max(self.total - self.done, 0) / rate if rate else None

    # -- updates ---------------------------------------------------------------------------------
    def advance(self, count: int = 1, item: str = "", *, work: int = 0) -> None:
        """``count`` more items finished (the last one named ``item``), worth ``work`` units."""
        with self._lock:
            self.done += count
            self.work += work
            if item:
                self.item = _UNPRINTABLE.sub("", item)
            self._report()

    def set_item(self, item: str) -> None:
        """Name what is being worked on now (shown on a terminal)."""
        self.item = _UNPRINTABLE.sub("", item)
        self._report()

    def set_total(self, total: int | None) -> None:
        self.total = total
        self._report()

    def clear(self) -> None:
        """Erase the bar so a line can be printed; the next update draws it again."""
        if self.enabled and self.tty and self._drawn:
            self._write("\r\x1b[2K")
            self._drawn = False

    def close(self) -> None:
        """Finish: a terminal bar is left showing the final count; in a log, one closing line (long runs)."""
        if self._closed:
            return
        self._closed = True
        if not self.enabled:
            return
        if self.tty:
            if self.done or self._drawn:
                self._draw(final=True)
                self._write("\n")
        elif self.done and (self._lines or self.elapsed >= self.interval_s):
            self._write(self.summary() + "\n")  # a run too short for a periodic line stays quiet

    def summary(self) -> str:
        """One line: what was done, in how long, how fast."""
        text = f"{self.label}: {self.done:,} {self.unit} in {format_duration(self.elapsed)}"
        rates = [f"{format_rate(self.rate())} {self.unit}/s"]
        if self.work_unit and self.work:
            rates.append(f"{format_rate(self.work_rate())} {self.work_unit}/s")
        return f"{text} ({', '.join(rates)})"

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is not None and self.tty:
            self.clear()  # an error line follows; leave no half-drawn bar above it
            self._closed = True
            return
        self.close()

    # -- rendering -------------------------------------------------------------------------------
    def line(self) -> str:
        """The status as one plain line (what a log gets): count, percent, rates, ETA."""
        parts = [f"{self.label}: {self.done:,}"]
        if self.total is not None:
            percent = 100.0 * self.done / self.total if self.total else 100.0
            parts[0] += f"/{self.total:,} {self.unit} ({percent:.0f}%)"
        else:
            parts[0] += f" {self.unit}"
        if self.done:
            parts.append(f"{format_rate(self.rate())} {self.unit}/s")
        if self.work_unit and self.work:
            parts.append(f"{format_rate(self.work_rate())} {self.work_unit}/s")
        eta = self.eta()
        if eta is not None and (self.total is None or self.done < self.total):
            parts.append(f"ETA {format_duration(eta)}")
        parts.append(f"elapsed {format_duration(self.elapsed)}")
        return ", ".join(parts)

    def bar(self, width: int | None = None) -> str:
        """The terminal bar: ``label [#####-----] 12/100 3.4/s ETA 0:25 item``, cut to ``width``."""
        if self.total:
            filled = int(BAR_WIDTH * min(self.done, self.total) / self.total)
            gauge = "[" + "#" * filled + "-" * (BAR_WIDTH - filled) + "]"
            count = f"{self.done:,}/{self.total:,}"
        else:
            gauge = ""
            count = f"{self.done:,} {self.unit}"
        pieces = [self.label, gauge, count]
        if self.done:
            pieces.append(f"{format_rate(self.rate())}/s")
        if self.work_unit and self.work:
            pieces.append(f"{format_rate(self.work_rate())} {self.work_unit}/s")
        eta = self.eta()
        if eta is not None and (self.total is None or self.done < self.total):
            pieces.append(f"ETA {format_duration(eta)}")
        else:
            pieces.append(format_duration(self.elapsed))
        if self.item:
            pieces.append(self.item[-ITEM_CHARS:])
        text = " ".join(piece for piece in pieces if piece)
        limit = width if width is not None else shutil.get_terminal_size((100, 20)).columns - 1
        return text[: max(limit, 10)]

    def _report(self) -> None:
        with self._lock:
            if not self.enabled or self._closed:
                return
            now = self.clock()
            if self.tty:
                if now - self._last_draw >= REDRAW_S or (self.total is not None and self.done >= self.total):
                    self._draw()
                    self._last_draw = now
            elif now - self._last_line >= self.interval_s:
                self._write(self.line() + "\n")
                self._last_line = now
                self._lines += 1

    def _draw(self, *, final: bool = False) -> None:
        self._write("\r\x1b[2K" + self.bar())
        self._drawn = not final

    def _write(self, text: str) -> None:
        with self._lock:
            self._write_unlocked(text)

    def _write_unlocked(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed pipe must not stop the work it reports on
            self.enabled = False
