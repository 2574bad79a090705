"""The base of the read-only panels shown over a screen (the help, the matrix's legend)."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import ModalScreen


class PanelScreen(ModalScreen[None]):
    """A read-only panel centred over the screen below, its text in a ``VerticalScroll``.

    Escape and q close it, j and k scroll it; a subclass binds the key that opened it to
    ``dismiss`` too, so the same key shows and hides it. A subclass sets the panel's size in
    its own ``DEFAULT_CSS`` (``MyPanel > VerticalScroll { width: ...; height: ...; }``).
    """

    DEFAULT_CSS = """
    PanelScreen { align: center middle; }
    PanelScreen > VerticalScroll { border: round $accent; background: $surface; }
    """
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("q", "dismiss", "Close", show=False),
        # A modal screen stops the app's bindings: j/k scroll here as they move in every list.
        Binding("j", "app.cursor('down')", "Down", show=False),
        Binding("k", "app.cursor('up')", "Up", show=False),
    ]
