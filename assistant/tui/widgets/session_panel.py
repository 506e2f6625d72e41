"""Side panel of a live interview: timer, question budget per section, and category coverage."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from assistant.core.models import CATEGORIES
from assistant.interview.answers import COVERED_THRESHOLD
from assistant.interview.session import InterviewSession

BAR_WIDTH = 8
_SHORT_NAMES = {"critical_event": "critical ev."}


def format_elapsed(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def render_panel(session: InterviewSession, width: int = 26) -> Text:
    """The panel as rich text: timer, sections with budget left, coverage bars."""
    text = Text()
    mode = "self-interview" if session.mode == "self" else "researcher-led"
    text.append(f"⏱ {format_elapsed(session.elapsed_seconds())}", style="bold")
    text.append(f"  {mode}\n", style="dim")
    text.append("Section".ljust(width - 5) + "left\n", style="bold underline")
    for progress in session.sections_progress():
        marker = "▸" if progress.current else ("✓" if progress.done else " ")
        title = progress.title if len(progress.title) <= width - 7 else progress.title[: width - 8] + "…"
        style = "bold" if progress.current else ("dim" if progress.done else "")
        text.append(f"{marker} {title}".ljust(width - 3) + f"{progress.remaining:>2}\n", style=style)
    text.append("Coverage\n", style="bold underline")
    coverage = session.coverage()
    for category in CATEGORIES:
        score = coverage[category]
        filled = round(score * BAR_WIDTH)
        name = _SHORT_NAMES.get(category, category).ljust(13)
        covered = score >= COVERED_THRESHOLD
        text.append(name, style="" if covered else "yellow")
        text.append("█" * filled, style="green" if covered else "yellow")
        text.append("░" * (BAR_WIDTH - filled), style="dim")
        text.append(" ✓\n" if covered else "  \n")
    text.rstrip()
    return text


class SessionPanel(Static):
    """Shows where the interview stands; call ``refresh_from`` after every change."""

    def refresh_from(self, session: InterviewSession) -> None:
        self.update(render_panel(session))
