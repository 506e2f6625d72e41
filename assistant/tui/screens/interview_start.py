"""Choose a guide, a participant and a mode to start an interview, or resume an unfinished one."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from assistant.core.errors import AssistantError
from assistant.interview.guides import Guide, list_guides
from assistant.interview.session import InterviewSession, SessionInfo, unfinished_sessions
from assistant.tui.markup import escape
from assistant.tui.services import services
from assistant.tui.widgets.nav import NavBar

DEFAULT_GUIDE = "day_in_the_life"


class InterviewStartScreen(Screen[None]):
    """Start a new interview or resume an unfinished session."""

    HELP = (
        "Type the participant's pseudonym and the study, pick a guide and a mode, then Enter or ctrl+s. "
        "Unfinished interviews are listed below: Enter on one resumes it where it stopped."
    )

    BINDINGS = [
        Binding("ctrl+s", "start", "Start", priority=True),
        Binding("ctrl+o", "resume_latest", "Resume latest", priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.guides: dict[str, Guide] = {}
        self.sessions: list[SessionInfo] = []

    def compose(self) -> ComposeResult:
        self._load_guides()
        options = [(guide.title, guide.id) for guide in self.guides.values()]
        yield NavBar("interview")
        with Vertical(id="start-form"):
            yield Static("[b]New interview[/b]  Enter in a field starts it", classes="title")
            with Horizontal(classes="form-row"):
                yield Label("Participant", classes="form-label")
                yield Input(placeholder="pseudonym, e.g. P07 or Alex", id="participant", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Study", classes="form-label")
                yield Input(placeholder="study name, e.g. onboarding", id="study", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Guide", classes="form-label")
                yield Select(
                    options,
                    id="guide",
                    allow_blank=not options,
                    value=DEFAULT_GUIDE if DEFAULT_GUIDE in self.guides else Select.NULL,
                    compact=True,
                )
            with Horizontal(classes="form-row"):
                yield Label("Mode", classes="form-label")
                yield Select(
                    [
                        ("Researcher-led: I type the answers", "researcher"),
                        ("Self-interview: participant types", "self"),
                    ],
                    id="mode",
                    value="researcher",
                    allow_blank=False,
                    compact=True,
                )
            yield Static("", id="guide-description")
            yield Static("[b]Unfinished interviews[/b]  Enter resumes", classes="title")
            yield OptionList(id="sessions")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "New interview"
        self.query_one("#study", Input).value = services(self).workspace.settings.study or ""
        self.refresh_choices()
        self.query_one("#participant", Input).focus()

    def on_screen_resume(self) -> None:
        self.refresh_choices()

    def refresh_choices(self) -> None:
        """Reload guides (shipped and the workspace's own) and unfinished sessions."""
        workspace = services(self).workspace
        previous = self.query_one("#guide", Select).value
        self._load_guides(notify=True)
        select = self.query_one("#guide", Select)
        if self.guides:
            select.set_options([(guide.title, guide.id) for guide in self.guides.values()])
            if previous in self.guides:
                select.value = previous
            elif DEFAULT_GUIDE in self.guides:
                select.value = DEFAULT_GUIDE
        self._show_guide()
        try:
            self.sessions = unfinished_sessions(workspace)
        except AssistantError as exc:
            services(self).report_error(exc)
            self.sessions = []
        options = self.query_one("#sessions", OptionList)
        options.clear_options()
        for info in self.sessions:
            study = f"{info.study}  ·  " if info.study else ""
            label = (
                f"{info.started_at:%Y-%m-%d %H:%M}  {info.participant}  ·  {study}{info.guide_title}  ·  "
                f"{info.turns} turns  ·  {'self' if info.mode == 'self' else 'researcher'}"
            )
            options.add_option(Option(label, id=info.session_id))
        if not self.sessions:
            options.add_option(
                Option("No unfinished interviews: every interview so far is saved.", id="", disabled=True)
            )

    def _load_guides(self, *, notify: bool = False) -> None:
        guides, problems = list_guides(services(self).workspace.root)
        if notify:
            for problem in problems:
                self.notify(problem, title="Guide not loaded", severity="warning", timeout=10)
        self.guides = {guide.id: guide for guide in guides}

    @on(Select.Changed, "#guide")
    def _show_guide(self, event: Any = None) -> None:
        guide = self.guides.get(str(self.query_one("#guide", Select).value))
        description = ""
        if guide is not None:
            parts = " → ".join(section.title for section in guide.sections)
            description = f"[dim]{parts}  ({guide.total_budget} questions max)[/dim]"
        self.query_one("#guide-description", Static).update(description)

    @on(Input.Submitted, "#participant")
    @on(Input.Submitted, "#study")
    def action_start(self) -> None:
        participant = self.query_one("#participant", Input).value.strip()
        if not participant:
            self.notify("Type the participant's pseudonym first.", severity="warning")
            self.query_one("#participant", Input).focus()
            return
        guide = self.guides.get(str(self.query_one("#guide", Select).value))
        if guide is None:
            self.notify(
                "No interview guide found: add a YAML guide to the workspace's guides/ folder.",
                severity="error",
            )
            return
        mode = str(self.query_one("#mode", Select).value)
        study = self.query_one("#study", Input).value.strip()
        if not study:
            self.notify(
                "Type the study this interview belongs to (it groups interviews and personas).",
                severity="warning",
            )
            self.query_one("#study", Input).focus()
            return
        try:
            session = InterviewSession.start(
                services(self).workspace,
                guide,
                participant=participant,
                mode=mode,  # type: ignore[arg-type]
                study=study,
                clock=services(self).clock,
            )
        except AssistantError as exc:
            services(self).report_error(exc)
            return
        self.query_one("#participant", Input).value = ""
        self._open(session)

    @on(OptionList.OptionSelected, "#sessions")
    def _resume_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.resume(event.option.id)

    def action_resume_latest(self) -> None:
        if not self.sessions:
            self.notify("No unfinished interview to resume.", severity="warning")
            return
        self.resume(self.sessions[0].session_id)

    def resume(self, session_id: str) -> None:
        try:
            session = InterviewSession.resume(
                services(self).workspace, session_id, clock=services(self).clock
            )
        except AssistantError as exc:
            services(self).report_error(exc)
            return
        self.notify(f"Resumed {escape(session.participant)}: {len(session.turns)} turns restored.")
        self._open(session)

    def _open(self, session: InterviewSession) -> None:
        from assistant.tui.screens.interview import InterviewScreen

        self.app.push_screen(InterviewScreen(session))
