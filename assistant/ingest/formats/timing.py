"""Time units of exports that store plain numbers: seconds or milliseconds, checked against the text.

Exports disagree (AssemblyAI and whisper.cpp write milliseconds, most others seconds, tables either), and a
wrong guess puts the first turn at 35 minutes. The check: people speak about 1-4 words per second
across a conversation, so the last timestamp must be roughly as long as the words need.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.core.words import count_words
from assistant.ingest.formats.base import ParsedUtterance

MIN_WORDS_PER_SECOND = 0.25
"""Below this the times are too long for the words (long silences are allowed, hours of them are not)."""
MAX_WORDS_PER_SECOND = 7.0
"""Above this nobody could say the words in the time (fast speech is about 4-5 words per second)."""

_FACTORS = {"s": 1.0, "ms": 0.001}


@dataclass
class UnitCheck:
    """The unit chosen for a file's times, and what to tell the user about it."""

    unit: str
    factor: float
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _plausible(last: float, factor: float, words: int) -> bool:
    duration = last * factor
    if duration <= 0:
        return True
    if words < 20:  # too little text to judge the rate: only rule out absurd lengths (over 6 hours)
        return duration <= 6 * 3600
    rate = words / duration
    return MIN_WORDS_PER_SECOND <= rate <= MAX_WORDS_PER_SECOND


def _describe(last: float, factor: float, words: int) -> str:
    seconds = last * factor
    return f"the last time would be {seconds / 60:.1f} min for {words} words"


def choose_unit(
    times: Sequence[float],
    words: int,
    *,
    declared: str | None = None,
    duration_s: float | None = None,
) -> UnitCheck:
    """Seconds or milliseconds for ``times``: the declared unit if it fits the text, else the one that does.

    ``duration_s`` (the audio length some services report, in seconds) is the strongest evidence.
    """
    values = [t for t in times if t is not None]
    if not values:
        return UnitCheck(declared or "s", _FACTORS.get(declared or "s", 1.0))
    last = max(values)
    if duration_s is not None and duration_s > 0 and last > 0:
        # the unit whose last time lands closest to the reported audio length
        best = min(_FACTORS, key=lambda unit: abs(last * _FACTORS[unit] - duration_s))
        check = UnitCheck(best, _FACTORS[best])
        if declared and best != declared:
            check.warnings.append(
                f"times read as {best}, not {declared}: the last one matches the audio length "
                f"({duration_s / 60:.1f} min) only in {best}"
            )
        return check
    fits = {unit: _plausible(last, factor, words) for unit, factor in _FACTORS.items()}
    if declared in fits:
        if fits[declared] or not any(fits.values()):
            check = UnitCheck(declared, _FACTORS[declared])
            if not fits[declared]:
                check.warnings.append(
                    f"times look wrong in any unit ({_describe(last, _FACTORS[declared], words)})"
                )
            return check
        other = next(unit for unit, ok in fits.items() if ok)
        return UnitCheck(
            other,
            _FACTORS[other],
            warnings=[
                f"times read as {other}, not {declared}: in {declared} "
                f"{_describe(last, _FACTORS[declared], words)}"
            ],
        )
    if fits["s"]:
        return UnitCheck("s", 1.0)
    if fits["ms"]:
        return UnitCheck("ms", 0.001, notes=["times are in milliseconds (checked against the text length)"])
    return UnitCheck(
        "s", 1.0, warnings=[f"times look wrong in seconds and milliseconds ({_describe(last, 1.0, words)})"]
    )


def rescale(utterances: list[ParsedUtterance], factor: float) -> None:
    """Multiply every start and end by ``factor`` (in place)."""
    if factor == 1.0:
        return
    for utterance in utterances:
        if utterance.start is not None:
            utterance.start = round(utterance.start * factor, 3)
        if utterance.end is not None:
            utterance.end = round(utterance.end * factor, 3)


def check_times(
    utterances: list[ParsedUtterance], *, declared: str | None = None, duration_s: float | None = None
) -> UnitCheck:
    """Choose the unit of the utterances' times and convert them to seconds in place."""
    times = [t for u in utterances for t in (u.start, u.end) if t is not None]
    words = sum(count_words(u.text) for u in utterances)
    check = choose_unit(times, words, declared=declared, duration_s=duration_s)
    rescale(utterances, check.factor)
    return check
