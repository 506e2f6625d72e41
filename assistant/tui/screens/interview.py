"""The live interview: conversation, suggested questions and probes, timer, budgets and coverage."""

from __future__ import annotations

from dataclasses import dataclass

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, RichLog, Static

from assistant.core.errors import AssistantError
from assistant.interview.session import InterviewSession, Suggestion, Turn
from assistant.tui.screens.member_check import MemberCheckScreen
from assistant.tui.services import services
from assistant.tui.widgets.entry import EntryInput
from assistant.tui.widgets.session_panel import SessionPanel, format_elapsed

RESEARCHER_HELP = "Type the answer · ?question · !note · /1 /2 /3 probe · /n next"
SELF_HELP = "Type your answer and press Enter"


class InterviewScreen(Screen[None]):
    """Runs one interview session; every turn is in the session log before it is shown."""

    BINDINGS = [
        Binding("ctrl+n", "ask_next", "Ask next", priority=True),
        Binding("ctrl+r", "ask_probe(1)", "Probe", priority=True),
        Binding("ctrl+g", "skip_section", "Skip section", priority=True),
        Binding("ctrl+f", "finish", "Finish", priority=True),
        Binding("escape", "leave", "Pause", priority=True),
    ]

    @dataclass
    class Assisted(Message):
        """A worker scored answers (and maybe asked the model for probes)."""

        scores: dict[int, dict[str, float]]
        model_probes: list[str] | None
        for_turn: int

    def __init__(self, session: InterviewSession, *, check_on_open: bool = True) -> None:
        super().__init__()
        self.session = session
        self.check_on_open = check_on_open
        """Go straight to the member check when the resumed session already has its summary."""
        self.next_suggestion: Suggestion | None = None
        self.probes: list[Suggestion] = []
        self.thinking = False

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="interview"):
            with Vertical(id="interview-main"):
                yield RichLog(id="conversation", wrap=True, markup=True, auto_scroll=True, min_width=20)
                yield Static("", id="suggestions")
                yield EntryInput(
                    placeholder=RESEARCHER_HELP if self.session.mode == "researcher" else SELF_HELP,
                    id="entry",
                )
            yield SessionPanel(id="session-panel")
        yield Footer()

    def on_mount(self) -> None:
        guide_title = self.session.guide.title if self.session.guide else ""
        self.title = f"{self.session.participant} · {guide_title}"
        log = self.query_one("#conversation", RichLog)
        for turn in self.session.turns:
            self._write_turn(log, turn)
        self.set_interval(1.0, self._tick)
        self.query_one("#entry", Input).focus()
        finished_talking = self.session.summary_is_current() or (
            self.session.mode == "self" and self.session.answers and self.session.is_complete()
        )
        if self.check_on_open and finished_talking:
            self.refresh_view()
            self._start_member_check()
            return
        if self.session.mode == "self" and not self._awaiting_answer():
            self._ask_automatically(None)
        if self.session.answers:
            self._assist(self.session.turns[-1].n, decide=False)
        else:
            self._warm_up()
        self.refresh_view()

    @work(thread=True, exclusive=True, exit_on_error=False, group="warmup")
    def _warm_up(self) -> None:
        """Load the classifier while the first question is asked, so the first answer scores fast."""
        try:
            services(self).score_texts(["warm-up"])
        except Exception:  # a real failure shows when the first answer is scored
            pass

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In a self-interview the assistant picks the questions: hide the researcher's keys."""
        if self.session.mode == "self" and action in ("ask_next", "ask_probe"):
            return False
        return True

    # -- display --------------------------------------------------------------------------
    def _write_turn(self, log: RichLog, turn: Turn) -> None:
        interviewer, participant = self.session.speaker_labels()
        stamp = f"[dim]{format_elapsed(turn.elapsed)}[/dim]"
        if turn.kind == "question":
            is_probe = turn.source in ("probe", "topic", "llm") and self.session.mode == "researcher"
            marker = " [dim](probe)[/dim]" if is_probe else ""
            log.write(f"{stamp} [b cyan]{escape(interviewer)}:[/] {escape(turn.text)}{marker}")
        elif turn.kind == "answer":
            log.write(f"{stamp} [b green]{escape(participant)}:[/] {escape(turn.text)}")
        else:
            log.write(f"{stamp} [i yellow]Note: {escape(turn.text)}[/]")

    def _tick(self) -> None:
        self.query_one(SessionPanel).refresh_from(self.session)

    def refresh_view(self) -> None:
        """Recompute suggestions from the session and redraw the panel."""
        self.query_one(SessionPanel).refresh_from(self.session)
        suggestions = self.query_one("#suggestions", Static)
        if self.session.mode == "self":
            suggestions.update("[dim]…thinking[/dim]" if self.thinking else "")
            suggestions.display = self.thinking
            return
        self.next_suggestion = self.session.next_question()
        if not self.probes or self.session.last_answer() is None:
            self.probes = self.session.probe_suggestions()
        lines: list[str] = []
        if self.next_suggestion is None:
            lines.append("[b]All sections done.[/b] Press ctrl+f to finish and show the summary.")
        else:
            verbatim = " [reverse] verbatim [/reverse]" if self.next_suggestion.verbatim else ""
            lines.append(f"[b]Next ▸[/b] {escape(self.next_suggestion.text)}{verbatim}")
        for number, probe in enumerate(self.probes, start=1):
            lines.append(f" [b]/{number}[/b] {escape(probe.text)} [dim]({escape(probe.reason)})[/dim]")
        if self.thinking:
            lines.append("[dim]…updating coverage[/dim]")
        suggestions.update("\n".join(lines))
        suggestions.display = True

    def _awaiting_answer(self) -> bool:
        return bool(self.session.turns) and self.session.turns[-1].kind == "question"

    # -- recording ------------------------------------------------------------------------
    def _record(self, action: str, text: str | Suggestion) -> Turn | None:
        try:
            if action == "ask":
                turn = self.session.ask(text)
            elif action == "answer":
                turn = self.session.answer(str(text))
            else:
                turn = self.session.note(str(text))
        except AssistantError as exc:
            services(self).report_error(exc)
            return None
        self._write_turn(self.query_one("#conversation", RichLog), turn)
        return turn

    @on(Input.Submitted, "#entry")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()  # EntryInput has already cleared the line
        if not text:
            return
        if self.session.mode == "self":
            if self.thinking:
                self.notify("One moment: the next question is on its way.")
                if not event.input.value:
                    event.input.value = text
                return
            if self._record("answer", text) is None:
                return
            answer_n = self.session.turns[-1].n
            if services(self).chat_model() is None:
                # Offline the next question needs no model: ask at once, score coverage meanwhile.
                self._ask_automatically(None)
                self._assist(answer_n, decide=False)
            else:
                self._assist(answer_n, decide=True)
            return
        command = text.lower()
        if command in ("/n", "/next"):
            self.action_ask_next()
        elif command in ("/1", "/2", "/3"):
            self.action_ask_probe(int(command[1]))
        elif command == "/skip":
            self.action_skip_section()
        elif command in ("/end", "/finish"):
            self.action_finish()
        elif text.startswith("?"):
            if self._record("ask", text[1:]):
                self.probes = []
        elif text.startswith("!"):
            self._record("note", text[1:])
        elif self._record("answer", text):
            self.probes = []
            self._assist(self.session.turns[-1].n)
        self.refresh_view()

    def action_ask_next(self) -> None:
        if self.session.mode == "self":
            return
        suggestion = self.session.next_question()
        if suggestion is None:
            self.notify("All sections are done: press ctrl+f to finish.")
            return
        if self._record("ask", suggestion):
            self.probes = []
        self.refresh_view()

    def action_ask_probe(self, number: int = 1) -> None:
        if self.session.mode == "self":
            return
        if not 1 <= number <= len(self.probes):
            self.notify("No such probe suggestion right now.", severity="warning")
            return
        if self._record("ask", self.probes[number - 1]):
            self.probes = []
        self.refresh_view()

    def action_skip_section(self) -> None:
        try:
            section = self.session.skip_section()
        except AssistantError as exc:
            services(self).report_error(exc)
            return
        if section is not None:
            self.notify(f"Skipped section: {section.title}")
        self.probes = []
        if self.session.mode == "self" and not self._awaiting_answer():
            self._ask_automatically(None)
        self.refresh_view()

    def action_leave(self) -> None:
        self.notify("Interview paused: everything is saved; resume it from the interview screen.")
        self.app.pop_screen()

    def action_finish(self) -> None:
        if not self.session.answers:
            self.notify("No answers yet: nothing to summarise.", severity="warning")
            return
        self._start_member_check()

    def _start_member_check(self) -> None:
        self.app.push_screen(MemberCheckScreen(self.session), callback=self._after_member_check)

    def _after_member_check(self, outcome: str | None) -> None:
        """Back from the member check: "saved" closes the interview, "back" continues it."""
        if outcome == "saved":
            self.app.pop_screen()
            return
        self.query_one("#entry", Input).focus()
        if self.session.mode == "self" and not self._awaiting_answer():
            self._ask_automatically(None)
        self.refresh_view()

    # -- assistance (workers) -----------------------------------------------------------
    def _assist(self, for_turn: int, *, decide: bool = True) -> None:
        """Score answers in a worker; in a self-interview with ``decide``, ask the next question after."""
        self.thinking = decide or self.session.mode == "researcher"
        self.refresh_view()
        self._assist_worker(for_turn)

    @work(thread=True, exclusive=True, exit_on_error=False, group="assist")
    def _assist_worker(self, for_turn: int) -> None:
        """Score new answers by category and, with a model, ask it for probes."""
        pending = self.session.unscored_answers()
        scores: dict[int, dict[str, float]] = {}
        try:
            if pending:
                results = services(self).score_texts([turn.text for turn in pending])
                scores = {turn.n: result for turn, result in zip(pending, results, strict=True)}
        except Exception as exc:
            services(self).report_error(exc)
        model_probes: list[str] | None = None
        model = services(self).chat_model()
        if model is not None and self.session.last_answer() is not None:
            try:
                from assistant.interview.summaries import llm_probes

                self.session.set_scores(scores)
                model_probes = llm_probes(self.session, model, settings=services(self).workspace.settings)
            except Exception as exc:
                services(self).report_error(exc)
        self.post_message(self.Assisted(scores, model_probes, for_turn))

    @on(Assisted)
    def _assisted(self, message: Assisted) -> None:
        self.session.set_scores(message.scores)
        self.thinking = False
        stale = not self.session.turns or self.session.turns[-1].n != message.for_turn
        if self.session.mode == "self":
            if not stale and not self._awaiting_answer():
                self._ask_automatically(message.model_probes)
        elif not stale:
            if message.model_probes:
                section_id = self.session.turns[-1].section_id or ""
                self.probes = [
                    Suggestion(text=text, source="llm", section_id=section_id, reason="model")
                    for text in message.model_probes
                ]
            else:
                self.probes = self.session.probe_suggestions()
        self.refresh_view()

    def _ask_automatically(self, model_probes: list[str] | None) -> None:
        """Self-interview: the assistant asks the next question itself, or closes the interview."""
        suggestion = self.session.decide_next(model_probes)
        if suggestion is None:
            closing = self.session.guide.closing if self.session.guide else ""
            if closing:
                self.query_one("#conversation", RichLog).write(f"[b cyan]{escape(closing)}[/]")
            self._start_member_check()
            return
        self._record("ask", suggestion)
