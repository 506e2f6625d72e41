"""Ask the interviews a question; the answer cites utterances, and a citation opens the transcript."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from assistant.ask.answering import Answer, answer_question, grouped_citations, unused_note
from assistant.tui.markup import escape
from assistant.tui.services import services
from assistant.tui.widgets.nav import NavBar

EMPTY_ANSWER = (
    "[dim]Type a question and press Enter. The answer uses only what participants said, and every "
    "quote below opens its transcript (Enter). Without a model you get the most relevant quotes.[/dim]"
)


def shorten(quote: str, limit: int = 160) -> str:
    """A long quote cut at a word boundary (the transcript viewer shows it whole)."""
    if len(quote) <= limit:
        return quote
    return quote[:limit].rsplit(" ", 1)[0] + " …"


class AnswerBox(VerticalScroll, can_focus=False):
    """The answer text; scrolls with the mouse, stays out of the Tab order."""


class AskScreen(Screen[None]):
    """A question box, the answer, and its citations."""

    HELP = (
        "Ask the interviews a question. The answer cites participants' own words; Tab moves to the "
        "citations, Enter on one opens the transcript at that utterance; ctrl+l goes back to the question."
    )
    HELP_TITLE = "Ask"
    BINDINGS = [
        Binding("ctrl+l", "focus_question", "New question", priority=True),
    ]

    @dataclass
    class Answered(Message):
        answer: dict[str, Any]

    def __init__(self) -> None:
        super().__init__()
        self.citations: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield NavBar("ask")
        yield Input(
            placeholder="Ask the interviews, e.g. What frustrates people about month-end?", id="question"
        )
        with AnswerBox(id="answer-box"):
            yield Static(EMPTY_ANSWER, id="answer")
        yield Static(
            "[b]Citations[/b] [dim]Enter opens the transcript at that utterance[/dim]", classes="title"
        )
        yield OptionList(id="citations")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Ask"
        self.query_one("#citations", OptionList).add_option(
            Option("[dim]Citations of the answer appear here.[/dim]", disabled=True)
        )
        self.query_one("#question", Input).focus()

    def action_focus_question(self) -> None:
        self.query_one("#question", Input).focus()

    @on(Input.Submitted, "#question")
    def _ask(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        self.query_one("#answer", Static).update("[dim]…searching the interviews[/dim]")
        citations = self.query_one("#citations", OptionList)
        citations.clear_options()
        citations.add_option(Option("[dim]…[/dim]", disabled=True))
        self._answer(question)

    @work(thread=True, exclusive=True, exit_on_error=False, group="ask")
    def _answer(self, question: str) -> None:
        """Retrieve and answer through the core (the model when configured, else quotes only)."""
        app = self.app
        try:
            answer = answer_question(services(self).workspace, question, model=services(self).chat_model())
        except Exception as exc:
            services(self).report_error(exc)
            app.call_from_thread(self.query_one("#answer", Static).update, "")
            return
        data = answer.model_dump(mode="json") if hasattr(answer, "model_dump") else dict(answer)
        if isinstance(answer, Answer):
            # As `personas ask` prints them: grouped by persona, the non-target personas last.
            data["citations"] = [
                c.model_dump(mode="json") for _persona, cited in grouped_citations(answer) for c in cited
            ]
        self.post_message(self.Answered(data))

    @on(Answered)
    def _answered(self, message: Answered) -> None:
        answer = message.answer
        self.citations = list(answer.get("citations", []))
        if not answer.get("answerable", True):
            body = f"[yellow]{escape(answer.get('answer') or 'The interviews do not contain the answer.')}[/yellow]"
            if answer.get("reason"):
                body += f"\n[dim]{escape(str(answer['reason']))}[/dim]"
        elif answer.get("answer"):
            body = escape(answer["answer"])
        else:
            label = answer.get("label") or "Offline: the most relevant quotes, no model-written answer."
            body = f"[dim]{escape(label)}[/dim]"
            if answer.get("summary"):
                body += f"\n{escape(answer['summary'])}"
        reason = str(answer.get("reason") or "")
        unused = [w for w in answer.get("unused_words") or [] if w not in reason]
        if unused:
            body += f"\n[yellow]{escape(unused_note(unused))}[/yellow]"
        self.query_one("#answer", Static).update(body)
        citations = self.query_one("#citations", OptionList)
        citations.clear_options()
        counts = {
            g.get("persona"): f" ({g['participants']} of {g['of_participants']})"
            for g in answer.get("groups") or []
            if g.get("of_participants")
        }
        for number, citation in enumerate(self.citations, start=1):
            persona = (
                f" · {citation['persona']}{counts.get(citation['persona'], '')}"
                if citation.get("persona")
                else ""
            )
            citations.add_option(
                Option(
                    f"[b][{number}][/b] “{escape(shorten(citation.get('quote', '')))}” "
                    f"[dim]{citation.get('utterance_id', '')}{escape(persona)}[/dim]",
                    id=str(number - 1),
                )
            )
        if self.citations:
            citations.highlighted = 0
            citations.focus()
        else:
            citations.add_option(Option("[dim]No quotes for this question.[/dim]", disabled=True))

    @on(OptionList.OptionSelected, "#citations")
    def _open_citation(self, event: OptionList.OptionSelected) -> None:
        citation = self.citations[int(event.option.id or 0)]
        from assistant.tui.screens.transcript import TranscriptScreen

        self.app.push_screen(TranscriptScreen(citation["interview_id"], citation.get("utterance_id")))
