"""A transcript with speaker roles and timestamps; rename a speaker; opens at a cited utterance."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Input, Label, ListItem, ListView, Select, Static

from assistant.core.errors import AssistantError
from assistant.core.models import Transcript, Utterance
from assistant.tui.services import services

ROLE_STYLES = {"participant": "bold green", "interviewer": "bold cyan", "other": "bold yellow"}


def format_timestamp(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def utterance_text(utterance: Utterance) -> Text:
    text = Text()
    text.append(f"{format_timestamp(utterance.start)} ", style="dim")
    text.append(utterance.speaker or "(unnamed)", style=ROLE_STYLES.get(utterance.role, "bold"))
    text.append(f" [{utterance.role}]", style="dim")
    text.append(f"  #{utterance.n}\n", style="dim")
    text.append(utterance.text)
    return text


class RenameSpeakerScreen(ModalScreen[tuple[str, str | None] | None]):
    """Asks for a speaker's new name and role."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, old: str, role: str) -> None:
        super().__init__()
        self.old = old
        self.role = role

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Rename speaker {escape(self.old)!s}")
            yield Input(value=self.old, id="new-name")
            yield Select(
                [("participant", "participant"), ("interviewer", "interviewer"), ("other", "other")],
                value=self.role,
                allow_blank=False,
                id="new-role",
                compact=True,
            )
            yield Static("[dim]Enter saves, Escape cancels[/dim]")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name:
            self.notify("The new name is empty.", severity="warning")
            return
        self.dismiss((name, str(self.query_one("#new-role", Select).value)))

    def action_cancel(self) -> None:
        self.dismiss(None)


class TranscriptScreen(Screen[None]):
    """Reads one interview; ``utterance_id`` selects and scrolls to a cited utterance."""

    BINDINGS = [
        Binding("r", "rename", "Rename speaker"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self, interview_id: str, utterance_id: str | None = None) -> None:
        super().__init__()
        self.interview_id = interview_id
        self.utterance_id = utterance_id
        self.transcript: Transcript | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="transcript-head"):
            yield Static("", id="transcript-meta")
        yield ListView(id="utterances")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        try:
            self.transcript = services(self).workspace.load_transcript(self.interview_id)
        except AssistantError as exc:
            services(self).report_error(exc)
            self.app.pop_screen()
            return
        interview = self.transcript.interview
        self.title = interview.title
        rating = f" · member check {interview.member_check_rating}/4" if interview.member_check_rating else ""
        self.query_one("#transcript-meta", Static).update(
            f"[b]{escape(interview.participant or '?')}[/b] · {interview.date or 'no date'} · "
            f"{escape(interview.study or 'no study')} · {len(self.transcript.utterances)} utterances{rating}"
        )
        view = self.query_one("#utterances", ListView)
        view.clear()
        target = 0
        for index, utterance in enumerate(self.transcript.utterances):
            classes = "cited" if utterance.id == self.utterance_id else ""
            view.append(ListItem(Static(utterance_text(utterance)), classes=classes))
            if utterance.id == self.utterance_id:
                target = index
        view.focus()
        self.call_after_refresh(self._select, target)

    def _select(self, index: int) -> None:
        view = self.query_one("#utterances", ListView)
        view.index = index
        self.call_after_refresh(self._scroll_to_selected)

    def _scroll_to_selected(self) -> None:
        """Put the cited utterance at the top of the view."""
        view = self.query_one("#utterances", ListView)
        if view.highlighted_child is not None:
            view.scroll_to_widget(view.highlighted_child, top=True, animate=False)

    def selected_utterance(self) -> Utterance | None:
        view = self.query_one("#utterances", ListView)
        if self.transcript is None or view.index is None or not self.transcript.utterances:
            return None
        return self.transcript.utterances[view.index]

    def action_rename(self) -> None:
        utterance = self.selected_utterance()
        if utterance is None or not utterance.speaker:
            self.notify("Select an utterance with a named speaker first.", severity="warning")
            return
        old = utterance.speaker

        def renamed(result: tuple[str, str | None] | None) -> None:
            if result is not None:
                self._rename(old, result[0], result[1])

        self.app.push_screen(RenameSpeakerScreen(old, utterance.role), renamed)

    @work(thread=True, exclusive=True, exit_on_error=False, group="rename")
    def _rename(self, old: str, new: str, role: str | None) -> None:
        """Rename in the transcript file and re-index it."""
        try:
            from assistant.ingest.edits import rename_speaker

            count = rename_speaker(services(self).workspace, self.interview_id, old, new, role)
        except Exception as exc:
            services(self).report_error(exc)
            return
        self.app.call_from_thread(self.notify, f"Renamed {old} to {new} in {count} utterances.")
        self.app.call_from_thread(self.load)
