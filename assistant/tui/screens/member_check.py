"""End of an interview: a summary the participant rates 1-4, then the interview is saved, extracted and placed.

A rating of 1 or 2 asks the participant what is wrong before anything is saved. After saving, a
worker extracts the interview's findings (with progress on this screen); in a researcher-led
interview the researcher is then offered to place it into the study's personas.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from assistant.core.errors import AssistantError
from assistant.interview.session import InterviewSession
from assistant.tui.markup import escape
from assistant.tui.screens.dialogs import ConfirmScreen, TextPrompt
from assistant.tui.services import services
from assistant.tui.widgets.nav import NavBar

RATING_LABELS = {
    1: "not at all",
    2: "a little",
    3: "mostly",
    4: "very well",
}


class MemberCheckScreen(Screen[str]):
    """Shows the summary, stores the participant's rating, and saves the interview."""

    HELP = (
        "The participant reads the summary of what they said and rates how well it describes them, "
        "1 to 4. A rating of 1 or 2 asks what is wrong. Then the interview is saved as a transcript, "
        "its findings are extracted, and (researcher-led) you may place it into the personas."
    )
    HELP_TITLE = "Member check"
    BINDINGS = [
        Binding("1", "rate(1)", "Not at all"),
        Binding("2", "rate(2)", "A little"),
        Binding("3", "rate(3)", "Mostly"),
        Binding("4", "rate(4)", "Very well"),
        Binding("escape", "back", "Back to interview", priority=True),
    ]

    @dataclass
    class Summarised(Message):
        text: str
        scores: dict[int, dict[str, float]]

    @dataclass
    class Saved(Message):
        interview_id: str
        warning: str | None

    @dataclass
    class Step(Message):
        label: str

    @dataclass
    class Extracted(Message):
        interview_id: str
        findings: int
        error: str | None

    @dataclass
    class Placed(Message):
        message: str

    def __init__(self, session: InterviewSession) -> None:
        super().__init__()
        self.session = session
        self.saving = False
        self.asking_comment = False

    def compose(self) -> ComposeResult:
        yield NavBar("interview")
        with VerticalScroll(id="member-check"):
            yield Static("[b]Summary for the member check[/b]", classes="title")
            yield Static("[dim]…writing the summary[/dim]", id="summary")
            yield Static("", id="rating-prompt")
            yield Static("", id="after-save")
            yield ProgressBar(id="save-progress", show_eta=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"{self.session.participant} · member check"
        if not self.researcher:
            self.add_class("self-interview")
        self.query_one("#save-progress").display = False
        if self.session.summary_is_current():
            self._show_summary()
        else:
            self._summarise()

    @property
    def researcher(self) -> bool:
        return self.session.mode == "researcher"

    @property
    def locks_navigation(self) -> bool:
        return not self.researcher

    @work(thread=True, exclusive=True, exit_on_error=False, group="summary")
    def _summarise(self) -> None:
        """Score every answer, then write the summary (the model when configured, else from offline findings)."""
        from assistant.interview.summaries import llm_summary, offline_summary, session_findings

        pending = self.session.unscored_answers()
        scores: dict[int, dict[str, float]] = {}
        try:
            if pending:
                texts, questions = self.session.scoring_inputs(pending)
                results = services(self).score_answers(texts, questions)
                scores = {t.n: r for t, r in zip(pending, results, strict=True)}
        except Exception as exc:
            services(self).report_error(exc)
        text = ""
        model = services(self).chat_model()
        if model is not None:
            try:
                text = llm_summary(self.session, model, settings=services(self).workspace.settings)
            except Exception as exc:
                services(self).report_error(exc)
        if not text:
            try:
                findings, attributes = session_findings(self.session)
            except Exception as exc:
                services(self).report_error(exc)
                findings, attributes = [], {}
            text = offline_summary(self.session, findings, attributes)
        self.post_message(self.Summarised(text, scores))

    @on(Summarised)
    def _summarised(self, message: Summarised) -> None:
        try:
            self.session.set_scores(message.scores)
            self.session.record_summary(message.text)
        except AssistantError as exc:
            services(self).report_error(exc)
            return
        self._show_summary()

    def _show_summary(self) -> None:
        self.query_one("#summary", Static).update(escape(self.session.summary or ""))
        if self.session.member_check_rating is not None:
            if self.session.needs_member_check_comment():
                self._ask_comment()
                return
            self.query_one("#rating-prompt", Static).update(
                f"Rated {self.session.member_check_rating}/4. Saving the interview…"
            )
            self._save()
            return
        scale = "   ".join(f"[b]{n}[/b] {label}" for n, label in RATING_LABELS.items())
        self.query_one("#rating-prompt", Static).update(
            f"\n[b]{escape(self.session.participant)}, how well does this describe you?[/b]\n{scale}"
        )

    def action_rate(self, rating: int) -> None:
        if self.session.summary is None or self.saving or self.session.member_check_rating is not None:
            return
        try:
            self.session.record_member_check(rating)
        except AssistantError as exc:
            services(self).report_error(exc)
            return
        self.query_one("#rating-prompt", Static).update(f"Rated {rating}/4 ({RATING_LABELS[rating]}).")
        if self.session.needs_member_check_comment():
            self._ask_comment()
            return
        self._save()

    def _ask_comment(self) -> None:
        """A low rating: ask what is wrong or missing, store it, then save."""
        if self.asking_comment:
            return
        self.asking_comment = True

        def answered(text: str | None) -> None:
            self.asking_comment = False
            if text is None:
                self.query_one("#rating-prompt", Static).update(
                    "Rated low. [b]Enter[/b] on the question tells us what is wrong (needed to save)."
                )
                self.call_after_refresh(self._ask_comment)
                return
            try:
                self.session.record_member_check_comment(text)
            except AssistantError as exc:
                services(self).report_error(exc)
                return
            self.query_one("#rating-prompt", Static).update(
                f"Rated {self.session.member_check_rating}/4. Thank you: your correction is saved with the interview."
            )
            self._save()

        self.app.push_screen(
            TextPrompt(
                f"{self.session.participant}, what is wrong or missing in this summary?",
                placeholder="in your own words",
            ),
            answered,
        )

    # -- saving, extracting, placing ----------------------------------------------------------------
    def _save(self) -> None:
        if self.saving or self.session.finished:
            return
        self.saving = True
        self._progress("Saving the interview…")
        self._save_worker()

    def _progress(self, label: str, done: int | None = None, total: int | None = None) -> None:
        self.query_one("#after-save", Static).update(escape(label))
        bar = self.query_one("#save-progress", ProgressBar)
        bar.display = True
        bar.update(total=total, progress=done or 0)

    @on(Step)
    def _step(self, message: Step) -> None:
        self._progress(message.label)

    @work(thread=True, exclusive=True, exit_on_error=False, group="save")
    def _save_worker(self) -> None:
        """Write and index the transcript, then extract its findings (offline, or the configured model)."""
        try:
            transcript, warning = self.session.save_transcript(index=True)
        except Exception as exc:
            services(self).report_error(exc)
            self.saving = False
            return
        self.post_message(self.Saved(transcript.interview.id, warning))
        self.post_message(self.Step("Extracting the interview's findings…"))
        try:
            from assistant.extract.pipeline import extract_interview

            result = extract_interview(
                services(self).workspace, transcript, engine="auto", model=services(self).chat_model()
            )
            self.post_message(self.Extracted(transcript.interview.id, len(result.shown_findings()), None))
        except Exception as exc:
            message = exc.message if isinstance(exc, AssistantError) else f"{type(exc).__name__}: {exc}"
            self.post_message(self.Extracted(transcript.interview.id, 0, message))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        if message.warning:
            self.notify(message.warning, severity="warning", timeout=8)
        self.notify(f"Interview saved as {message.interview_id}.", title="Saved")

    @on(Extracted)
    def _extracted(self, message: Extracted) -> None:
        self.query_one("#save-progress", ProgressBar).update(total=1, progress=1)
        if message.error:
            self.notify(
                f"Saved, but extraction failed ({message.error}); press x on it in the Library (F3).",
                severity="warning",
                timeout=10,
            )
            self._close()
            return
        self._progress(f"Extracted {message.findings} findings.", 1, 1)
        if not self.researcher:
            self.query_one("#after-save", Static).update("Thank you! Your interview is saved.")
            self._close()
            return
        self._offer_placement(message.interview_id, message.findings)

    def _offer_placement(self, interview_id: str, findings: int) -> None:
        from assistant.personas.versions import latest_persona_set

        try:
            personas = latest_persona_set(services(self).workspace)
        except AssistantError as exc:
            services(self).report_error(exc)
            personas = None
        if personas is None or not personas.personas or findings == 0:
            self.notify(
                f"{findings} findings extracted. Synthesise personas in the Library (F3, s) once you have several interviews.",
                timeout=8,
            )
            self._close()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._progress("Placing the interview into the personas…")
                self._place()
            else:
                self.notify("Not placed: press a in the Library (F3) to place new interviews later.")
                self._close()

        labels = ", ".join(p.label for p in personas.personas[:4])
        self.app.push_screen(
            ConfirmScreen(
                f"Place {self.session.participant}'s interview into the personas (version {personas.version})?",
                f"{findings} findings. Personas: {labels}. Existing members stay where they are.",
                yes="Place it",
                no="Not now",
            ),
            answered,
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="save")
    def _place(self) -> None:
        from assistant.personas.synthesis import assign_interviews

        try:
            persona_set, placements = assign_interviews(
                services(self).workspace, model=services(self).chat_model()
            )
        except Exception as exc:
            services(self).report_error(exc)
            self.post_message(self.Placed(""))
            return
        labels = {p.id: p.label for p in persona_set.personas}
        interview_id = self.session.interview_id or ""
        placed = placements.get(interview_id)
        if interview_id not in placements:
            text = "Nothing new to place."
        elif placed is None:
            text = f"No good fit among the personas (version {persona_set.version}): consider synthesising again."
        else:
            text = f"Placed in {labels.get(placed, placed)} (persona version {persona_set.version})."
        self.post_message(self.Placed(text))

    @on(Placed)
    def _placed(self, message: Placed) -> None:
        if message.message:
            self.notify(message.message, title="Personas", timeout=8)
        self._close()

    def _close(self) -> None:
        self.saving = False
        self.dismiss("saved")

    def action_back(self) -> None:
        if self.session.member_check_rating is not None or self.saving:
            return
        self.dismiss("back")
