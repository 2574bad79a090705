"""A list whose cursor stops at its first and last entries, as every list of the app does."""

from __future__ import annotations

from textual.widgets import OptionList


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
