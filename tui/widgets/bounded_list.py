"""A list whose cursor stops at its first and last entries, as every list of the app does."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import OptionList

#: The actions that move a widget's cursor (or scroll it) *direction*: "up", "down", "first" or
#: "last"; the first action the widget has is the one. An OptionList moves to its first / last
#: enabled entry; a DataTable (the matrix) to its first / last row (its Home / End move across
#: the columns); anything else that scrolls (the help) scrolls.
_MOVES = {
    "up": ("cursor_up", "scroll_up"),
    "down": ("cursor_down", "scroll_down"),
    "first": ("first", "scroll_top", "scroll_home"),
    "last": ("last", "scroll_bottom", "scroll_end"),
}


def move_cursor(widget: Widget | None, direction: str) -> None:
    """Move *widget*'s cursor *direction* ("up", "down", "first", "last"), or scroll it; nothing
    where it has neither: the one meaning of j/k and g/G in every list and view of the app."""
    for name in _MOVES[direction]:
        move = getattr(widget, f"action_{name}", None)
        if callable(move):
            move()
            return


class BoundedList(OptionList):
    """An OptionList whose Up and Down (and j/k) stop at the ends instead of wrapping round.

    Textual's OptionList wraps from the last entry to the first; in a reader that turns one key
    too many at the top of an article into a jump to its end, so every list of the app stops
    instead, like the DataTable of the coverage matrix. Disabled entries (headings) are skipped.
    """

    def action_cursor_down(self) -> None:
        """Highlight the next enabled entry; stay on the last."""
        self._step(1)

    def action_cursor_up(self) -> None:
        """Highlight the previous enabled entry; stay on the first."""
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.highlighted is None:
            if direction > 0:
                super().action_cursor_down()
            else:
                super().action_cursor_up()
            return
        index = self.highlighted + direction
        while 0 <= index < self.option_count:
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
            index += direction

    def action_first(self) -> None:
        """Highlight the first enabled entry, the list scrolled to its top: the headings above
        that entry show too."""
        super().action_first()
        self.scroll_home(animate=False, immediate=True)

    def action_last(self) -> None:
        """Highlight the last enabled entry, the list scrolled to its end."""
        super().action_last()
        self.scroll_end(animate=False, immediate=True)
