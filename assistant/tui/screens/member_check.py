"""End of an interview: a summary the participant rates 1-4, then the session becomes a transcript."""

from __future__ import annotations

from dataclasses import dataclass

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from assistant.core.errors import AssistantError
from assistant.interview.session import InterviewSession
from assistant.tui.services import services

RATING_LABELS = {
    1: "not at all",
    2: "a little",
    3: "mostly",
    4: "very well",
}


class MemberCheckScreen(Screen[str]):
    """Shows the summary, stores the participant's rating, and saves the interview."""

    BINDINGS = [
        Binding("1", "rate(1)", "Not at all"),
        Binding("2", "rate(2)", "A little"),
        Binding("3", "rate(3)", "Mostly"),
        Binding("4", "rate(4)", "Very well"),
        Binding("escape", "back", "Back to interview"),
    ]

    @dataclass
    class Summarised(Message):
        text: str
        scores: dict[int, dict[str, float]]

    @dataclass
    class Saved(Message):
        interview_id: str
        warning: str | None

    def __init__(self, session: InterviewSession) -> None:
        super().__init__()
        self.session = session
        self.saving = False

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="member-check"):
            yield Static("[b]Summary for the member check[/b]", classes="title")
            yield Static("[dim]…writing the summary[/dim]", id="summary")
            yield Static("", id="rating-prompt")
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"{self.session.participant} · member check"
        if self.session.summary_is_current():
            self._show_summary()
        else:
            self._summarise()

    @work(thread=True, exclusive=True, exit_on_error=False, group="summary")
    def _summarise(self) -> None:
        """Score every answer, then write the summary (with the model when one is configured)."""
        from assistant.interview.summaries import llm_summary, offline_summary

        pending = self.session.unscored_answers()
        scores: dict[int, dict[str, float]] = {}
        try:
            if pending:
                results = services(self).score_texts([t.text for t in pending])
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
            self.session.set_scores(scores)
            text = offline_summary(self.session)
        self.post_message(self.Summarised(text, scores))

    @on(Summarised)
    def _summarised(self, message: Summarised) -> None:
        self.session.set_scores(message.scores)
        try:
            self.session.record_summary(message.text)
        except AssistantError as exc:
            services(self).report_error(exc)
            return
        self._show_summary()

    def _show_summary(self) -> None:
        self.query_one("#summary", Static).update(escape(self.session.summary or ""))
        if self.session.member_check_rating is not None:
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
        self.query_one("#rating-prompt", Static).update(
            f"Rated {rating}/4 ({RATING_LABELS[rating]}). Saving the interview…"
        )
        self._save()

    def _save(self) -> None:
        if self.saving or self.session.finished:
            return
        self.saving = True
        self._save_worker()

    @work(thread=True, exclusive=True, exit_on_error=False, group="save")
    def _save_worker(self) -> None:
        """Write the transcript and index it (indexing embeds the utterances: slow the first time)."""
        try:
            transcript, warning = self.session.save_transcript(index=True)
        except Exception as exc:
            services(self).report_error(exc)
            self.saving = False
            return
        self.post_message(self.Saved(transcript.interview.id, warning))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        self.saving = False
        if message.warning:
            self.notify(message.warning, severity="warning", timeout=8)
        self.notify(f"Interview saved as {message.interview_id}.", title="Saved")
        self.dismiss("saved")

    def action_back(self) -> None:
        if self.session.member_check_rating is not None or self.saving:
            return
        self.dismiss("back")
