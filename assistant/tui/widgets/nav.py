"""The tab bar at the top of every screen: where you are, and the keys that go everywhere else."""

from __future__ import annotations

from textual.events import Resize
from textual.widgets import Static

TABS = [
    ("home", "Esc", "Home"),
    ("interview", "F2", "Interview"),
    ("library", "F3", "Library"),
    ("personas", "F4", "Personas"),
    ("ask", "F5", "Ask"),
]
_TAILS = [(" F1", " Help  ^p Commands"), (" F1", " Help"), (" F1", "")]


def nav_markup(active: str, width: int) -> str:
    """The widest form of the bar that fits ``width`` columns."""
    markup = ""
    for pad in ("  ", " "):
        for key, label in _TAILS:
            plain = "".join(f"{pad}{k} {name}" for _, k, name in TABS) + "  " + key + label
            parts = []
            for mode, tab_key, name in TABS:
                style = "reverse b " if mode == active else ""
                parts.append(f"{pad}[{style}@click=app.go('{mode}')][b]{tab_key}[/b] {name}[/]")
            markup = "".join(parts) + f"  [b]{key.strip()}[/b]{label.replace('^p', '[b]^p[/b]')}"
            if len(plain) <= width:
                return markup
    return markup


class NavBar(Static):
    """One line of tabs; the active one is the screen's top-level mode. Tabs are clickable."""

    DEFAULT_CSS = """
    NavBar {
        height: 1;
        background: $panel;
        color: $text-muted;
    }
    """

    def __init__(self, active: str, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.active = active

    def on_mount(self) -> None:
        self.update(nav_markup(self.active, self.size.width or 80))

    def on_resize(self, event: Resize) -> None:
        self.update(nav_markup(self.active, event.size.width))
