"""The base of the read-only panels shown over a screen (the help, the matrix's legend)."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen


class PanelScreen(ModalScreen[None]):
    """A read-only panel centred over the screen below, its text in a ``VerticalScroll``.

    Escape and q close it, j and k scroll it a line, space (or PageDown) and b (or PageUp) a
    page, g (Home) and G (End) to its ends, as a pager does; its border says so. A subclass
    binds the key that opened it to ``dismiss`` too, so the same key shows and hides it. A
    subclass sets the panel's size in its own ``DEFAULT_CSS`` (``MyPanel > VerticalScroll {
    width: ...; height: ...; }``).
    """

    DEFAULT_CSS = """
    PanelScreen { align: center middle; }
    PanelScreen > VerticalScroll { border: round $accent; background: $surface; }
    """
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("q", "dismiss", "Close", show=False),
        # A modal screen stops the app's bindings: j/k (and the arrows) scroll a line here as
        # they move in every list, at once, so ten pressed in a burst scroll ten lines.
        Binding("j,down", "line(1)", "Down", show=False),
        Binding("k,up", "line(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "end(0)", "Top", show=False),
        Binding("G,end", "end(1)", "Bottom", show=False),
    ]
    #: What the panel's border says of its keys.
    KEYS = "space/b page · g/G ends · Esc"

    def on_mount(self) -> None:
        """The panel's border names its keys."""
        self.query_one(VerticalScroll).border_subtitle = self.KEYS

    def action_line(self, direction: int) -> None:
        """Scroll the panel a line down (*direction* 1) or up (-1), without the animation that
        made each key of a burst start again from where the last one had got to (ten `j` at
        once scrolled one line)."""
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_to(y=scroll.scroll_target_y + direction, animate=False, immediate=True)

    def action_page(self, direction: int) -> None:
        """Scroll the panel a page down (*direction* 1) or up (-1)."""
        scroll = self.query_one(VerticalScroll)
        if direction > 0:
            scroll.scroll_page_down(animate=False)
        else:
            scroll.scroll_page_up(animate=False)

    def action_end(self, bottom: int) -> None:
        """Scroll the panel to its top (*bottom* 0) or its end (1)."""
        scroll = self.query_one(VerticalScroll)
        if bottom:
            scroll.scroll_end(animate=False)
        else:
            scroll.scroll_home(animate=False)
