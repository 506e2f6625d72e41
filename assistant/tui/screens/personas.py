"""Personas of the latest version: attributes with evidence counts and warnings, quotes in context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from assistant.core.errors import AssistantError
from assistant.core.workspace import Workspace
from assistant.personas.versions import PersonaSet, latest_persona_set
from assistant.tui.markup import escape
from assistant.tui.screens.dialogs import ChoicePicker, ConfirmScreen, ManyPicker, TextPrompt
from assistant.tui.services import services
from assistant.tui.widgets.nav import NavBar

EMPTY_PERSONAS = (
    "[b]No personas yet.[/b]\n\nIn the Library (F3): extract findings (x or X), then synthesise (s)."
)


def _edits() -> ModuleType:
    """The researcher's persona edits, imported when first used (they pull in synthesis)."""
    from assistant.personas import edits

    return edits


def latest_personas(workspace: Any) -> dict[str, Any] | None:
    """The latest persona version as the documented JSON dict, or None when there is none yet."""
    persona_set = latest_persona_set(workspace)
    return None if persona_set is None else persona_set.model_dump(mode="json")


def warning_text(warning: Any) -> str:
    if isinstance(warning, dict):
        return str(warning.get("message") or warning.get("text") or warning)
    return str(warning)


def _members_line(persona: dict[str, Any]) -> str:
    """ "Members: interview-01 (fit +0.53; “dispatcher”), ...": who is in the persona, how well each
    fits, and the job title read for each (as the persona documents show them)."""
    from assistant.personas.documents import noted_member
    from assistant.personas.versions import Persona

    members = persona.get("members", [])
    if not members:
        return ""
    try:
        model = Persona.model_validate(persona)
    except ValueError:
        return "Members: " + ", ".join(members)
    return "Members: " + ", ".join(noted_member(model, m) for m in members)


class PersonasScreen(Screen[None]):
    """Persona list, the selected persona's attributes, and the selected attribute's quotes."""

    HELP = (
        "Personas of the latest version. Tab moves between the persona list, its attributes and the "
        "attribute's quotes. Enter on a quote opens its transcript there; d removes a quote that does "
        "not support the attribute (a new persona version; the finding behind it is rejected so "
        "re-synthesis does not bring it back). g reloads.\n\n"
        "You have the last word on the grouping: l relabels the persona, v moves one of its interviews "
        "to another persona, + adds an unassigned interview to it, m merges another persona of the "
        "same study into it, p splits ticked members off into a new persona, u unpins it. Each edit "
        "saves a new persona version, and the personas you edited are pinned: a new synthesis keeps "
        "them as they are."
    )
    HELP_TITLE = "Personas"
    BINDINGS = [
        Binding("d", "remove_quote", "Remove"),
        Binding("l", "rename", "Relabel"),
        Binding("v", "move", "Move"),
        Binding("plus", "add_unassigned", "Add unassigned", show=False),
        Binding("m", "merge", "Merge"),
        Binding("p", "split", "Split"),
        Binding("u", "unpin", "Unpin", show=False),
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
        count = len(persona.get("members", []))
        head = (
            f"[b]{escape(persona.get('label', ''))}[/b] · version {self.persona_set.get('version', '?')} · "
            f"{count} interview{'' if count == 1 else 's'}"
            + (" · [b]pinned[/b]" if persona.get("pinned") else "")
        )
        members = _members_line(persona)
        if members:  # before the summary: the head shows five lines at most
            head += f"\n[dim]{escape(members)}[/dim]"
        if persona.get("summary"):
            head += f"\n{escape(persona['summary'])}"
        for warning in own[:2]:
            head += f"\n[yellow]⚠ {escape(warning)}[/yellow]"
        self.query_one("#persona-head", Static).update(head)
        attributes = self.query_one("#attribute-list", OptionList)
        attributes.clear_options()
        for number, attribute in enumerate(persona.get("attributes", [])):
            count = attribute.get("evidence_count", 0)
            total = attribute.get("member_count") or len(persona.get("members", []))
            weak = " ⚠" if count < 2 else ""
            attributes.add_option(
                Option(
                    f"[dim]{escape(attribute.get('field', ''))}[/dim] {escape(attribute.get('statement', ''))} "
                    f"[b]({count} of {total}){weak}[/b]",
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

    def _remove(self, persona_id: str, field: str, utterance_id: str, quote: str) -> None:
        from assistant.tui.corrections import remove_persona_quote

        self._save(
            "Quote removed",
            lambda workspace: remove_persona_quote(workspace, persona_id, field, utterance_id, quote),
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="correct")
    def _save(self, done: str, change: Callable[[Workspace], PersonaSet]) -> None:
        """Apply one change to the personas off the UI thread; report the version it saved."""
        try:
            saved = change(services(self).workspace)
        except Exception as exc:
            services(self).report_error(exc)
            return
        self.post_message(self.Corrected(f"{done}: saved persona version {saved.version}."))

    @on(Corrected)
    def _corrected(self, message: Corrected) -> None:
        self.notify(message.message)
        self.action_reload()

    # -- the researcher's edits of the grouping ------------------------------------------------
    def _others(self) -> list[dict[str, Any]]:
        """The other personas of the selected persona's study."""
        if not self.persona_set or not self.persona:
            return []
        study = self.persona.get("study")
        return [
            p
            for p in self.persona_set.get("personas", [])
            if p.get("id") != self.persona.get("id") and p.get("study") == study
        ]

    def _member_choices(self, interview_ids: list[str]) -> list[tuple[str, str]]:
        """(interview id, "id · participant · fit · title") for the pickers: ids alone say little."""
        fit = (self.persona or {}).get("member_fit", {})
        choices = []
        for interview_id in interview_ids:
            parts = [interview_id]
            try:
                participant = services(self).workspace.load_transcript(interview_id).interview.participant
            except AssistantError:
                participant = None
            if participant:
                parts.append(participant)
            if interview_id in fit:
                parts.append(f"fit {fit[interview_id]:.2f}")
            title = (self.persona or {}).get("member_titles", {}).get(interview_id)
            if title:
                guessed = interview_id in (self.persona or {}).get("guessed_titles", [])
                parts.append(f"“{title}”{', guessed' if guessed else ''}")
            choices.append((interview_id, " · ".join(parts)))
        return choices

    def _need_persona(self) -> dict[str, Any] | None:
        if self.persona is None:
            self.notify("No persona selected.", severity="warning")
        return self.persona

    def action_rename(self) -> None:
        persona = self._need_persona()
        if persona is None:
            return

        def answered(label: str | None) -> None:
            if label:
                self._save("Rename", lambda ws: _edits().rename_persona(ws, persona["id"], label))

        self.app.push_screen(
            TextPrompt(f"New label for {persona.get('label', '')}", persona.get("label", "")), answered
        )

    def action_move(self) -> None:
        persona = self._need_persona()
        if persona is None:
            return
        others = self._others()
        if not others:
            self.notify("This study has no other persona to move an interview to.", severity="warning")
            return
        members = self._member_choices(list(persona.get("members", [])))

        def member_chosen(interview_id: str | None) -> None:
            if not interview_id:
                return

            def target_chosen(target: str | None) -> None:
                if target:
                    self._save("Move", lambda ws: _edits().move_interview(ws, interview_id, target))

            self.app.push_screen(
                ChoicePicker(f"Move {interview_id} to", [(p["id"], p.get("label", p["id"])) for p in others]),
                target_chosen,
            )

        self.app.push_screen(
            ChoicePicker(f"Move which interview of {persona.get('label', '')}?", members), member_chosen
        )

    def action_add_unassigned(self) -> None:
        persona = self._need_persona()
        if persona is None or not self.persona_set:
            return
        waiting = list(self.persona_set.get("unassigned", []))
        if not waiting:
            self.notify("No interview is unassigned.", severity="warning")
            return

        def chosen(interview_id: str | None) -> None:
            if interview_id:
                self._save("Move", lambda ws: _edits().move_interview(ws, interview_id, persona["id"]))

        self.app.push_screen(
            ChoicePicker(
                f"Add which unassigned interview to {persona.get('label', '')}?",
                self._member_choices(waiting),
            ),
            chosen,
        )

    def action_merge(self) -> None:
        persona = self._need_persona()
        if persona is None:
            return
        others = self._others()
        if not others:
            self.notify("This study has no other persona to merge.", severity="warning")
            return

        def chosen(other: str | None) -> None:
            if other:
                self._save("Merge", lambda ws: _edits().merge_personas(ws, persona["id"], other))

        self.app.push_screen(
            ChoicePicker(
                f"Merge which persona into {persona.get('label', '')}?",
                [(p["id"], f"{p.get('label', p['id'])} ({len(p.get('members', []))})") for p in others],
            ),
            chosen,
        )

    def action_split(self) -> None:
        persona = self._need_persona()
        if persona is None:
            return
        members = list(persona.get("members", []))
        if len(members) < 2:
            self.notify("A split needs a persona with two or more interviews.", severity="warning")
            return

        def ticked(chosen: list[str] | None) -> None:
            if not chosen:
                return
            if len(chosen) == len(members):
                self.notify("Leave at least one interview in the persona.", severity="warning")
                return

            def named(label: str | None) -> None:
                if label:
                    self._save(
                        "Split", lambda ws: _edits().split_persona(ws, persona["id"], chosen, label=label)
                    )

            self.app.push_screen(
                TextPrompt("Label of the new persona", f"{persona.get('label', '')} (split)"), named
            )

        self.app.push_screen(
            ManyPicker(f"Which interviews leave {persona.get('label', '')}?", self._member_choices(members)),
            ticked,
        )

    def action_unpin(self) -> None:
        persona = self._need_persona()
        if persona is None:
            return
        if not persona.get("pinned"):
            self.notify("This persona is not pinned.", severity="warning")
            return
        self._save("Unpin", lambda ws: _edits().unpin_persona(ws, persona["id"]))
