"""Personas of the latest version: attributes with evidence counts and warnings, quotes in context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from assistant.core.errors import AssistantError
from assistant.personas.versions import latest_persona_set
from assistant.tui.screens.dialogs import ConfirmScreen
from assistant.tui.services import services
from assistant.tui.widgets.nav import NavBar

EMPTY_PERSONAS = (
    "[b]No personas yet.[/b]\n\nIn the Library (F3): extract findings (x or X), then synthesise (s)."
)


def latest_personas(workspace: Any) -> dict[str, Any] | None:
    """The latest persona version as the documented JSON dict, or None when there is none yet."""
    persona_set = latest_persona_set(workspace)
    return None if persona_set is None else persona_set.model_dump(mode="json")


def warning_text(warning: Any) -> str:
    if isinstance(warning, dict):
        return str(warning.get("message") or warning.get("text") or warning)
    return str(warning)


class PersonasScreen(Screen[None]):
    """Persona list, the selected persona's attributes, and the selected attribute's quotes."""

    HELP = (
        "Personas of the latest version. Tab moves between the persona list, its attributes and the "
        "attribute's quotes. Enter on a quote opens its transcript there; d removes a quote that does "
        "not support the attribute (a new persona version; the finding behind it is rejected so "
        "re-synthesis does not bring it back). g reloads."
    )
    HELP_TITLE = "Personas"
    BINDINGS = [
        Binding("d", "remove_quote", "Remove"),
        Binding("g", "reload", "Reload"),
    ]

    @dataclass
    class Corrected(Message):
        message: str

    def __init__(self) -> None:
        super().__init__()
        self.persona_set: dict[str, Any] | None = None
        self.persona: dict[str, Any] | None = None
        self.attribute: dict[str, Any] | None = None

    def compose(self) -> ComposeResult:
        yield NavBar("personas")
        with Horizontal(id="personas-body"):
            yield OptionList(id="persona-list")
            with Vertical(id="persona-detail"):
                yield Static("", id="persona-head")
                yield OptionList(id="attribute-list")
                yield Static(
                    "[b]Quotes[/b] [dim]Enter opens the transcript there · d removes[/dim]",
                    classes="title",
                    id="quotes-title",
                )
                yield OptionList(id="quote-list")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Personas"
        self.action_reload()

    def on_screen_resume(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        try:
            self.persona_set = latest_personas(services(self).workspace)
        except AssistantError as exc:
            services(self).report_error(exc)
            self.persona_set = None
        personas = self.query_one("#persona-list", OptionList)
        previous = personas.highlighted
        personas.clear_options()
        self.query_one("#attribute-list", OptionList).clear_options()
        self.query_one("#quote-list", OptionList).clear_options()
        if not self.persona_set or not self.persona_set.get("personas"):
            message = EMPTY_PERSONAS
            for warning in (self.persona_set or {}).get("warnings", [])[:3]:
                message += f"\n[yellow]⚠ {escape(warning_text(warning))}[/yellow]"
            self.query_one("#persona-head", Static).update(message)
            personas.add_option(Option("[dim]none yet[/dim]", disabled=True))
            self.persona = self.attribute = None
            return
        for index, persona in enumerate(self.persona_set["personas"]):
            label = persona.get("label", persona.get("id", "?"))
            marker = "✗ " if persona.get("negative") else ""
            # Labels already end with "(N interviews)"; add the count only to labels without one.
            count = len(persona.get("members", []))
            shown = label if label.rstrip().endswith(")") else f"{label} ({count})"
            personas.add_option(Option(f"{marker}{escape(shown)}", id=str(index)))
        index = previous if previous is not None and previous < len(self.persona_set["personas"]) else 0
        personas.highlighted = index
        if self.focused is None:
            personas.focus()
        self._show_persona(index)

    @on(OptionList.OptionHighlighted, "#persona-list")
    def _persona_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self._show_persona(int(event.option.id))

    def _show_persona(self, index: int) -> None:
        if not self.persona_set:
            return
        self.persona = self.persona_set["personas"][index]
        persona = self.persona
        warnings = [warning_text(w) for w in self.persona_set.get("warnings", [])]
        own = [w for w in warnings if persona.get("id", "") in w or persona.get("label", "") in w]
        head = (
            f"[b]{escape(persona.get('label', ''))}[/b] · version {self.persona_set.get('version', '?')} · "
            f"{len(persona.get('members', []))} interviews"
        )
        if persona.get("summary"):
            head += f"\n{escape(persona['summary'])}"
        for warning in own[:2]:
            head += f"\n[yellow]⚠ {escape(warning)}[/yellow]"
        self.query_one("#persona-head", Static).update(head)
        attributes = self.query_one("#attribute-list", OptionList)
        attributes.clear_options()
        for number, attribute in enumerate(persona.get("attributes", [])):
            count = attribute.get("evidence_count", 0)
            weak = " ⚠" if count < 2 else ""
            attributes.add_option(
                Option(
                    f"[dim]{escape(attribute.get('field', ''))}[/dim] {escape(attribute.get('statement', ''))} "
                    f"[b]({count}){weak}[/b]",
                    id=str(number),
                )
            )
        self.query_one("#quote-list", OptionList).clear_options()
        self.attribute = None
        if persona.get("attributes"):
            attributes.highlighted = 0
            self._show_quotes(0)
        else:
            attributes.add_option(Option("[dim]No attributes: too little evidence.[/dim]", disabled=True))

    @on(OptionList.OptionHighlighted, "#attribute-list")
    def _attribute_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self._show_quotes(int(event.option.id))

    def _show_quotes(self, index: int) -> None:
        if not self.persona:
            return
        self.attribute = self.persona.get("attributes", [])[index]
        quotes = self.query_one("#quote-list", OptionList)
        quotes.clear_options()
        for number, citation in enumerate(self.attribute.get("citations", [])):
            quotes.add_option(
                Option(
                    f"“{escape(citation.get('quote', ''))}” [dim]{citation.get('utterance_id', '')}[/dim]",
                    id=str(number),
                )
            )

    @on(OptionList.OptionSelected, "#attribute-list")
    def _attribute_selected(self) -> None:
        self.query_one("#quote-list", OptionList).focus()

    @on(OptionList.OptionSelected, "#quote-list")
    def _quote_selected(self, event: OptionList.OptionSelected) -> None:
        if not self.attribute:
            return
        citation = self.attribute.get("citations", [])[int(event.option.id or 0)]
        from assistant.tui.screens.transcript import TranscriptScreen

        self.app.push_screen(TranscriptScreen(citation["interview_id"], citation.get("utterance_id")))

    def selected_citation(self) -> dict[str, Any] | None:
        quotes = self.query_one("#quote-list", OptionList)
        if not self.attribute or quotes.highlighted is None:
            return None
        citations = self.attribute.get("citations", [])
        return citations[quotes.highlighted] if quotes.highlighted < len(citations) else None

    def action_remove_quote(self) -> None:
        citation = self.selected_citation()
        if citation is None or self.persona is None or self.attribute is None:
            self.notify("Select a quote first (Tab to the quotes pane).", severity="warning")
            return
        persona, attribute = self.persona, self.attribute

        def answered(yes: bool | None) -> None:
            if yes:
                self._remove(persona["id"], attribute["field"], citation["utterance_id"], citation["quote"])

        self.app.push_screen(
            ConfirmScreen(
                f"Remove this quote from “{attribute.get('statement', '')}”?",
                f"“{citation.get('quote', '')}” ({citation.get('utterance_id')}). A new persona version is "
                "saved; the finding behind the quote is rejected, so re-synthesis does not bring it back.",
                yes="Remove",
                no="Keep",
            ),
            answered,
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="correct")
    def _remove(self, persona_id: str, field: str, utterance_id: str, quote: str) -> None:
        from assistant.tui.corrections import remove_persona_quote

        try:
            saved = remove_persona_quote(services(self).workspace, persona_id, field, utterance_id, quote)
        except Exception as exc:
            services(self).report_error(exc)
            return
        self.post_message(self.Corrected(f"Quote removed: saved persona version {saved.version}."))

    @on(Corrected)
    def _corrected(self, message: Corrected) -> None:
        self.notify(message.message)
        self.action_reload()
