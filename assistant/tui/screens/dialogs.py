"""Small dialogs shared by the screens: confirm, one line of text, pick a category, pick one or several
items."""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from assistant.core.models import CATEGORIES
from assistant.tui.markup import escape

_Result = TypeVar("_Result")


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question: y or Enter confirms, n or Escape cancels."""

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, detail: str = "", yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question, self.detail, self.yes, self.no = question, detail, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(f"[b]{escape(self.question)}[/b]")
            if self.detail:
                yield Static(escape(self.detail), classes="dialog-detail")
            yield Static(f"[b]y[/b] / Enter  {escape(self.yes)}    [b]n[/b] / Esc  {escape(self.no)}")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class TextPrompt(ModalScreen[str | None]):
    """Asks for one line of text; Enter returns it, Escape cancels (None)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, label: str, value: str = "", placeholder: str = "", allow_empty: bool = False) -> None:
        super().__init__()
        self.label, self.value, self.placeholder, self.allow_empty = label, value, placeholder, allow_empty

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(escape(self.label))
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            yield Static("[dim]Enter saves, Escape cancels[/dim]")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text and not self.allow_empty:
            self.notify("Nothing typed yet.", severity="warning")
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class _Picker(ModalScreen[_Result]):
    """A title above a list of ``choices`` (id, text); Escape cancels (None)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text, self.choices = title, choices

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoicePicker(_Picker[str | None]):
    """Pick one of ``choices`` with Enter (``current`` highlighted first)."""

    def __init__(self, title: str, choices: list[tuple[str, str]], current: str | None = None) -> None:
        super().__init__(title, choices)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(escape(self.title_text))
            yield OptionList(*[Option(escape(text), id=key) for key, text in self.choices], id="choice-list")
            yield Static("[dim]Enter chooses, Escape cancels[/dim]")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        keys = [key for key, _text in self.choices]
        if self.current in keys:
            options.highlighted = keys.index(self.current)
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class CategoryPicker(ChoicePicker):
    """Pick one of the seven finding categories (Enter), or Escape."""

    def __init__(self, title: str, current: str | None = None) -> None:
        super().__init__(title, [(c, c.replace("_", " ")) for c in CATEGORIES], current)


class ManyPicker(_Picker[list[str] | None]):
    """Tick some of ``choices`` with Space, confirm with Enter."""

    BINDINGS = [*_Picker.BINDINGS, Binding("enter", "confirm", "Confirm", priority=True)]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(escape(self.title_text))
            yield SelectionList[str](*[(escape(text), key) for key, text in self.choices], id="many-list")
            yield Static("[dim]Space ticks, Enter confirms, Escape cancels[/dim]")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_confirm(self) -> None:
        chosen = list(self.query_one(SelectionList).selected)
        if not chosen:
            self.notify("Tick at least one (Space).", severity="warning")
            return
        self.dismiss(chosen)
