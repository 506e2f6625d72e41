"""Side panel of a live interview: timer, sections with their budget and state, and topic coverage."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from assistant.core.models import CATEGORIES
from assistant.interview.session import InterviewSession

BAR_WIDTH = 8
_SHORT_NAMES = {"critical_event": "critical ev."}
_SECTION_MARKS = {"done": "✓", "skipped": "–", "over_budget": "!", "current": "▸", "pending": " "}
_TOPIC_MARKS = {"covered": " ✓", "answered": " ~", "missing": "  "}


def format_elapsed(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def render_panel(session: InterviewSession, width: int = 26) -> Text:
    """The panel as rich text: timer, sections with budget left and state, coverage bars."""
    text = Text()
    text.append(f"⏱ {format_elapsed(session.elapsed_seconds())}", style="bold")
    text.append("  researcher-led\n", style="dim")
    text.append("Section".ljust(width - 5) + "left\n", style="bold underline")
    for progress in session.sections_progress():
        marker = _SECTION_MARKS[progress.status]
        title = progress.title if len(progress.title) <= width - 7 else progress.title[: width - 8] + "…"
        style = {"current": "bold", "done": "dim", "skipped": "dim", "over_budget": "bold red"}.get(
            progress.status, ""
        )
        text.append(f"{marker} {title}".ljust(width - 3) + f"{progress.remaining:>2}\n", style=style)
    text.append("Coverage", style="bold underline")
    text.append("  ✓ heard  ~ asked\n", style="dim")
    coverage = session.coverage()
    states = session.topic_status()
    for category in CATEGORIES:
        score = coverage[category]
        state = states[category]
        filled = min(BAR_WIDTH, round(score * BAR_WIDTH))
        name = _SHORT_NAMES.get(category, category).ljust(13)
        colour = {"covered": "green", "answered": "cyan", "missing": "yellow"}[state]
        text.append(name, style="" if state != "missing" else "yellow")
        text.append("█" * filled, style=colour)
        text.append("░" * (BAR_WIDTH - filled), style="dim")
        text.append(_TOPIC_MARKS[state] + "\n")
    text.rstrip()
    return text


def status_line(session: InterviewSession) -> str:
    """One line for narrow terminals (the panel is hidden): section, budget, topics heard."""
    current = next((p for p in session.sections_progress() if p.current), None)
    elapsed = format_elapsed(session.elapsed_seconds())
    if session.mode == "self":
        sections = session.sections_progress()
        number = next((i for i, p in enumerate(sections, start=1) if p.current), len(sections))
        return f"⏱ {elapsed} · part {number} of {len(sections)}"
    states = session.topic_status()
    heard = sum(state != "missing" for state in states.values())
    where = f"{current.title} ({current.remaining} left)" if current else "all sections done"
    return f"⏱ {elapsed} · {where} · topics {heard}/{len(states)}"


class SessionPanel(Static):
    """Shows where the interview stands; call ``refresh_from`` after every change. The panel is laid
    out to its width, so it is drawn again when that changes (a refresh before the first layout
    would otherwise keep the narrow default, depending on timing)."""

    _session: InterviewSession | None = None

    def refresh_from(self, session: InterviewSession) -> None:
        self._session = session
        if self.display:
            self.update(render_panel(session, max(24, self.size.width - 2)))

    def on_resize(self) -> None:
        if self._session is not None:
            self.refresh_from(self._session)
