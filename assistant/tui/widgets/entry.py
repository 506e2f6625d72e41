"""An input whose Enter is handled in order with the typed characters."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Input


class EntryInput(Input, inherit_bindings=False):
    """Like Input, but Enter submits and clears the line at once, from the widget's own key queue.

    Clearing in the screen's handler instead would run after a burst of keys (a busy machine, a paste,
    tmux send-keys) had already typed the next line, gluing two turns together or wiping one.
    """

    BINDINGS = [b for b in Input.BINDINGS if isinstance(b, Binding) and b.key != "enter"]

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            submitted = self.value
            self.value = ""
            self.post_message(self.Submitted(self, submitted, None))
            return
        await super()._on_key(event)
