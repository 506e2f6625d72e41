"""Personas of the latest version: attributes with evidence counts and warnings, quotes in context."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.core.errors import AssistantError
from assistant.personas.versions import latest_persona_set
from assistant.tui.services import services


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

    BINDINGS = [
        Binding("g", "reload", "Reload"),
        Binding("tab", "focus_next", "Next pane", show=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.persona_set: dict[str, Any] | None = None
        self.persona: dict[str, Any] | None = None
        self.attribute: dict[str, Any] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="personas-body"):
            yield OptionList(id="persona-list")
            with Vertical(id="persona-detail"):
                yield Static("", id="persona-head")
                yield OptionList(id="attribute-list")
                yield Static("[b]Quotes[/b] [dim]Enter opens the transcript there[/dim]", classes="title")
                yield OptionList(id="quote-list")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Personas"
        self.action_reload()

    def action_reload(self) -> None:
        try:
            self.persona_set = latest_personas(services(self).workspace)
        except AssistantError as exc:
            services(self).report_error(exc)
            self.persona_set = None
        personas = self.query_one("#persona-list", OptionList)
        personas.clear_options()
        if not self.persona_set or not self.persona_set.get("personas"):
            message = "No personas yet. In the Library (F3): extract findings (e), then synthesise (s)."
            for warning in (self.persona_set or {}).get("warnings", [])[:3]:
                message += f"\n[yellow]⚠ {escape(warning_text(warning))}[/yellow]"
            self.query_one("#persona-head", Static).update(message)
            return
        for index, persona in enumerate(self.persona_set["personas"]):
            label = persona.get("label", persona.get("id", "?"))
            marker = "✗ " if persona.get("negative") else ""
            # Labels already end with "(N interviews)"; add the count only to labels without one.
            count = len(persona.get("members", []))
            shown = label if label.rstrip().endswith(")") else f"{label} ({count})"
            personas.add_option(Option(f"{marker}{shown}", id=str(index)))
        personas.highlighted = 0
        personas.focus()
        self._show_persona(0)

    @on(OptionList.OptionHighlighted, "#persona-list")
    def _persona_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_persona(int(event.option.id or 0))

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
        if persona.get("attributes"):
            attributes.highlighted = 0
            self._show_quotes(0)

    @on(OptionList.OptionHighlighted, "#attribute-list")
    def _attribute_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_quotes(int(event.option.id or 0))

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
