"""The live interview: question/answer pairs, suggested questions and probes, timer, budgets and coverage.

The line under the conversation always says what Enter will record: the answer to the open
question, more of the last answer, or a note. A question cannot be asked while the last one has no
answer, an answer cannot be recorded before a question, and ctrl+z takes back the last turn (logged
as an undo; the log stays append-only).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Static

from assistant.core.errors import AssistantError
from assistant.interview.session import InterviewSession, Suggestion, Turn
from assistant.tui.markup import escape
from assistant.tui.screens.dialogs import ConfirmScreen
from assistant.tui.screens.member_check import MemberCheckScreen
from assistant.tui.services import services
from assistant.tui.widgets.entry import EntryInput
from assistant.tui.widgets.nav import NavBar
from assistant.tui.widgets.session_panel import SessionPanel, format_elapsed, status_line

ASK_HELP = "ctrl+n asks the suggested question · ?text asks your own · ctrl+t note"
ANSWER_HELP = "type the participant's answer, Enter records it · ctrl+z takes the question back"
MORE_HELP = "more of the answer · ctrl+n next question · /1 /2 /3 probe · ?your own question"
NOTE_HELP = "your note (never quoted as the participant's words) · Esc cancels"
SELF_HELP = "Type your answer and press Enter"


class InterviewScreen(Screen[None]):
    """Runs one interview session; every turn is in the session log before it is shown."""

    HELP = (
        "A turn is a question and its answer. ctrl+n asks the suggested question (or type ?your own), "
        "then type what the participant says and press Enter; Enter again adds more to the same answer. "
        "/1 /2 /3 ask a suggested probe, ctrl+t writes a note (kept apart from the answers), ctrl+z "
        "takes back the last question or answer, ctrl+g skips the current section, ctrl+f finishes "
        "(after a confirmation) with the participant's member check. Esc pauses: resume later from F2."
    )
    HELP_TITLE = "Interview"
    BINDINGS = [
        Binding("ctrl+n", "ask_next", "Ask next", priority=True),
        Binding("ctrl+r", "ask_probe(1)", "Probe", priority=True),
        Binding("ctrl+z", "undo", "Undo", priority=True),
        Binding("ctrl+t", "note", "Note", priority=True),
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
        self.writing_note = False

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield NavBar("interview")
        with Horizontal(id="interview"):
            with Vertical(id="interview-main"):
                yield Static("", id="interview-title")
                yield VerticalScroll(id="conversation")
                yield Static("", id="suggestions")
                yield Static("", id="status-line")
                with Horizontal(id="entry-row"):
                    yield Label("", id="entry-label")
                    yield EntryInput(id="entry")
            yield SessionPanel(id="session-panel")
        yield Footer()

    @property
    def researcher(self) -> bool:
        return self.session.mode == "researcher"

    @property
    def locks_navigation(self) -> bool:
        """The participant is at the keyboard in a self-interview: the app's other screens stay closed."""
        return not self.researcher

    def help_about(self) -> str:
        if self.researcher:
            return self.HELP
        return (
            "Answer each question in your own words and press Enter; the next question follows. ctrl+z "
            "takes back your last answer. When the questions are done you will see a short summary to rate."
        )

    def on_mount(self) -> None:
        guide_title = self.session.guide.title if self.session.guide else ""
        self.title = f"{self.session.participant} · {guide_title}"
        study = f" · {self.session.study}" if self.session.study and self.researcher else ""
        self.query_one("#interview-title", Static).update(
            f"[b]{escape(self.session.participant)}[/b] · {escape(guide_title)}{escape(study)}"
        )
        if not self.researcher:
            self.add_class("self-interview")  # the CSS hides the researcher's instruments
        conversation = self.query_one("#conversation", VerticalScroll)
        conversation.mount_all([self._turn_widget(turn) for turn in self.session.turns])
        self.call_after_refresh(conversation.scroll_end, animate=False)
        self.set_interval(1.0, self._tick)
        self.query_one("#entry", Input).focus()
        finished_talking = self.session.summary_is_current() or (
            not self.researcher and self.session.answers and self.session.is_complete()
        )
        if self.check_on_open and finished_talking:
            self.refresh_view()
            self._start_member_check()
            return
        if not self.researcher and self.session.open_question() is None:
            self._ask_automatically(None)
        if self.session.unscored_answers():
            self._assist(self.session.turns[-1].n, decide=False)
        elif not self.session.answers:
            self._warm_up()
        self.refresh_view()

    @work(thread=True, exclusive=True, exit_on_error=False, group="warmup")
    def _warm_up(self) -> None:
        """Load the classifier while the first question is asked, so the first answer scores fast."""
        try:
            services(self).score_answers(["warm-up"], [""])
        except Exception:  # a real failure shows when the first answer is scored
            pass

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In a self-interview the assistant picks the questions: hide the researcher's keys."""
        if not self.researcher and action in ("ask_next", "ask_probe", "note", "skip_section"):
            return False
        return True

    # -- display --------------------------------------------------------------------------
    def _turn_markup(self, turn: Turn) -> str:
        interviewer, participant = self.session.speaker_labels()
        stamp = f"[dim]{format_elapsed(turn.elapsed)}[/dim]"
        if turn.kind == "question":
            number = self.session.question_number(turn)
            is_probe = turn.source in ("probe", "topic", "llm") and self.researcher
            marker = " [dim](probe)[/dim]" if is_probe else ""
            return f"{stamp} [b cyan]Q{number} {escape(interviewer)}:[/] {escape(turn.text)}{marker}"
        if turn.kind == "answer":
            return f"{stamp} [b green]{escape(participant)}:[/] {escape(turn.text)}"
        return f"{stamp} [i yellow]Note (yours, not the participant's): {escape(turn.text)}[/]"

    def _turn_widget(self, turn: Turn) -> Static:
        return Static(self._turn_markup(turn), id=f"turn-{turn.n}", classes=f"turn {turn.kind}")

    def _show_turn(self, turn: Turn) -> None:
        conversation = self.query_one("#conversation", VerticalScroll)
        conversation.mount(self._turn_widget(turn))
        self.call_after_refresh(conversation.scroll_end, animate=False)

    def _tick(self) -> None:
        self.query_one(SessionPanel).refresh_from(self.session)
        self.query_one("#status-line", Static).update(status_line(self.session))

    def refresh_view(self) -> None:
        """Recompute suggestions and the entry line from the session, and redraw the panel."""
        self._tick()
        self._refresh_entry()
        suggestions = self.query_one("#suggestions", Static)
        if not self.researcher:
            suggestions.update("[dim]…thinking[/dim]" if self.thinking else "")
            suggestions.display = self.thinking
            return
        self.next_suggestion = self.session.next_question()
        if not self.probes or self.session.last_answer() is None:
            self.probes = self.session.probe_suggestions()
        open_question = self.session.open_question()
        lines: list[str] = []
        if open_question is not None:
            number = self.session.question_number(open_question)
            lines.append(
                f"[b]Waiting for the answer to Q{number}.[/b] [dim]ctrl+z takes the question back[/dim]"
            )
            if self.next_suggestion is not None:
                lines.append(f"[dim]After it ▸ {escape(self.next_suggestion.text)}[/dim]")
        elif self.next_suggestion is None:
            lines.append("[b]Every section is done.[/b] Press ctrl+f to finish with the member check.")
        else:
            verbatim = " [reverse] verbatim [/reverse]" if self.next_suggestion.verbatim else ""
            lines.append(f"[b]Next ▸[/b] {escape(self.next_suggestion.text)}{verbatim} [dim]ctrl+n[/dim]")
        if open_question is None:
            for number, probe in enumerate(self.probes, start=1):
                lines.append(f" [b]/{number}[/b] {escape(probe.text)} [dim]({escape(probe.reason)})[/dim]")
        if self.thinking:
            lines.append("[dim]…updating coverage[/dim]")
        suggestions.update("\n".join(lines))
        suggestions.display = True

    def _refresh_entry(self) -> None:
        label = self.query_one("#entry-label", Label)
        entry = self.query_one("#entry", Input)
        if self.writing_note:
            label.update("Note ▸")
            entry.placeholder = NOTE_HELP
            return
        if not self.researcher:
            label.update("You ▸")
            entry.placeholder = SELF_HELP
            return
        open_question = self.session.open_question()
        if open_question is not None:
            label.update(f"Answer Q{self.session.question_number(open_question)} ▸")
            entry.placeholder = ANSWER_HELP
        elif self.session.questions:
            label.update(f"Q{len(self.session.questions)} more ▸")
            entry.placeholder = MORE_HELP
        else:
            label.update("Ask first ▸")
            entry.placeholder = ASK_HELP

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
            self.notify(exc.message, severity="warning")
            return None
        self._show_turn(turn)
        return turn

    def _give_back(self, entry: Input, text: str) -> None:
        """Put refused text back in the empty entry so nothing typed is lost."""
        if not entry.value:
            entry.value = text
            entry.cursor_position = len(text)

    @on(Input.Submitted, "#entry")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()  # EntryInput has already cleared the line
        if not text:
            return
        if self.writing_note:
            self.writing_note = False
            self._record("note", text.removeprefix("!"))
            self.refresh_view()
            return
        if not self.researcher:
            self._self_answer(event.input, text)
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
        elif command == "/undo":
            self.action_undo()
        elif text.startswith("?"):
            if self._record("ask", text[1:]):
                self.probes = []
            else:
                self._give_back(event.input, text)
        elif text.startswith("!"):
            self._record("note", text[1:])
        elif not self.session.questions:
            self.notify(
                "Ask a question first: ctrl+n asks the suggested one, or start the line with ? to ask your own.",
                severity="warning",
            )
            self._give_back(event.input, text)
        elif self._record("answer", text):
            self.probes = []
            self._assist(self.session.turns[-1].n)
        else:
            self._give_back(event.input, text)
        self.refresh_view()

    def _self_answer(self, entry: Input, text: str) -> None:
        if self.thinking:
            self.notify("One moment: the next question is on its way.")
            self._give_back(entry, text)
            return
        if self.session.open_question() is None and self.session.questions:
            self.notify("One moment: the next question is on its way.")
            self._give_back(entry, text)
            return
        if self._record("answer", text) is None:
            self._give_back(entry, text)
            return
        answer_n = self.session.turns[-1].n
        if services(self).chat_model() is None:
            # Offline the next question needs no model: ask at once, score coverage meanwhile.
            self._ask_automatically(None)
            self._assist(answer_n, decide=False)
        else:
            self._assist(answer_n, decide=True)
        self.refresh_view()

    def action_ask_next(self) -> None:
        if not self.researcher:
            return
        open_question = self.session.open_question()
        if open_question is not None:
            self.notify(
                f"Q{self.session.question_number(open_question)} has no answer yet: type it first, "
                "or ctrl+z takes the question back.",
                severity="warning",
            )
            return
        suggestion = self.session.next_question()
        if suggestion is None:
            self.notify("Every section is done: press ctrl+f to finish.")
            return
        if self._record("ask", suggestion):
            self.probes = []
        self.refresh_view()

    def action_ask_probe(self, number: int = 1) -> None:
        if not self.researcher:
            return
        if self.session.open_question() is not None or not 1 <= number <= len(self.probes):
            self.notify("No such probe suggestion right now.", severity="warning")
            return
        if self._record("ask", self.probes[number - 1]):
            self.probes = []
        self.refresh_view()

    def action_undo(self) -> None:
        """Take back the last question or answer; an answer's words go back into the entry line."""
        if self.thinking and not self.researcher:
            self.notify("One moment: the next question is on its way.")
            return
        try:
            taken = self.session.undo(through_answer=not self.researcher)
        except AssistantError as exc:
            self.notify(exc.message, severity="warning")
            return
        for turn in taken:
            for widget in self.query(f"#turn-{turn.n}"):
                widget.remove()
        last = taken[-1]
        entry = self.query_one("#entry", Input)
        if last.kind == "answer" and not entry.value:
            entry.value = last.text
            entry.cursor_position = len(last.text)
        what = "answer" if last.kind == "answer" else "question"
        self.notify(f"Took back the {what}: edit it and press Enter, or carry on.", timeout=4)
        self.probes = []
        self.refresh_view()

    def action_note(self) -> None:
        if not self.researcher:
            return
        self.writing_note = not self.writing_note
        self.query_one("#entry", Input).focus()
        self.refresh_view()

    def action_skip_section(self) -> None:
        if self.session.open_question() is not None:
            self.notify(
                "Record the answer (or ctrl+z the question) before skipping the section.", severity="warning"
            )
            return
        try:
            section = self.session.skip_section()
        except AssistantError as exc:
            services(self).report_error(exc)
            return
        if section is not None:
            self.notify(f"Skipped section: {escape(section.title)}")
        self.probes = []
        if not self.researcher and self.session.open_question() is None:
            self._ask_automatically(None)
        self.refresh_view()

    def action_leave(self) -> None:
        if self.writing_note:
            self.writing_note = False
            self.refresh_view()
            return
        self.notify("Interview paused: everything is saved; resume it from the Interview screen (F2).")
        self.app.pop_screen()

    def action_finish(self) -> None:
        if not self.session.answers:
            self.notify("No answers yet: nothing to summarise.", severity="warning")
            return
        if not self.researcher:
            self._confirm_finish("Finish now and see your summary?", "")
            return
        open_sections = [p.title for p in self.session.sections_progress() if not p.done]
        missing = [
            c.replace("_", " ") for c, state in self.session.topic_status().items() if state == "missing"
        ]
        detail = []
        if open_sections:
            detail.append(f"Sections not done: {', '.join(open_sections)}.")
        if missing:
            detail.append(f"Topics with no evidence yet: {', '.join(missing)}.")
        if self.session.open_question() is not None:
            detail.append("The last question has no answer: it stays in the transcript unanswered.")
        self._confirm_finish("Finish the interview and show the member-check summary?", " ".join(detail))

    def _confirm_finish(self, question: str, detail: str) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                self._start_member_check()

        self.app.push_screen(ConfirmScreen(question, detail, yes="Finish", no="Keep going"), answered)

    def _start_member_check(self) -> None:
        self.app.push_screen(MemberCheckScreen(self.session), callback=self._after_member_check)

    def _after_member_check(self, outcome: str | None) -> None:
        """Back from the member check: "saved" closes the interview, "back" continues it."""
        if outcome == "saved":
            self.app.pop_screen()
            return
        self.query_one("#entry", Input).focus()
        if not self.researcher and self.session.open_question() is None:
            self._ask_automatically(None)
        self.refresh_view()

    # -- assistance (workers) -----------------------------------------------------------
    def _assist(self, for_turn: int, *, decide: bool = True) -> None:
        """Score answers in a worker; in a self-interview with ``decide``, ask the next question after."""
        self.thinking = decide or self.researcher
        self.refresh_view()
        self._assist_worker(for_turn)

    @work(thread=True, exclusive=True, exit_on_error=False, group="assist")
    def _assist_worker(self, for_turn: int) -> None:
        """Score new answers, each with its question, and, with a model, ask it for probes."""
        pending = self.session.unscored_answers()
        scores: dict[int, dict[str, float]] = {}
        try:
            if pending:
                texts, questions = self.session.scoring_inputs(pending)
                results = services(self).score_answers(texts, questions)
                scores = {turn.n: result for turn, result in zip(pending, results, strict=True)}
        except Exception as exc:
            services(self).report_error(exc)
        model_probes: list[str] | None = None
        model = services(self).chat_model()
        if model is not None and self.session.last_answer() is not None:
            try:
                from assistant.interview.summaries import llm_probes

                model_probes = llm_probes(self.session, model, settings=services(self).workspace.settings)
            except Exception as exc:
                services(self).report_error(exc)
        self.post_message(self.Assisted(scores, model_probes, for_turn))

    @on(Assisted)
    def _assisted(self, message: Assisted) -> None:
        try:
            self.session.set_scores(message.scores)  # logged: a resume shows this coverage at once
        except AssistantError as exc:
            services(self).report_error(exc)
        self.thinking = False
        stale = not self.session.turns or self.session.turns[-1].n != message.for_turn
        if not self.researcher:
            if not stale and self.session.open_question() is None:
                self._ask_automatically(message.model_probes)
        elif not stale:
            if message.model_probes:
                section_id = self.session.turns[-1].section_id or ""
                fresh = [p for p in message.model_probes if not self.session.progress().already_asked(p)]
                self.probes = [
                    Suggestion(text=text, source="llm", section_id=section_id, reason="model")
                    for text in fresh
                ] or self.session.probe_suggestions()
            else:
                self.probes = self.session.probe_suggestions()
        self.refresh_view()

    def _ask_automatically(self, model_probes: list[str] | None) -> None:
        """Self-interview: the assistant asks the next question itself, or closes the interview."""
        try:
            suggestion = self.session.decide_next(model_probes)
        except AssistantError as exc:
            services(self).report_error(exc)
            return
        if suggestion is None:
            closing = self.session.guide.closing if self.session.guide else ""
            if closing:
                self.query_one("#conversation", VerticalScroll).mount(
                    Static(f"[b cyan]{escape(closing)}[/]", classes="turn closing")
                )
            self._start_member_check()
            return
        self._record("ask", suggestion)
