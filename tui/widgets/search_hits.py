"""The hits under a search box: a list that leaves the keyboard to the box it belongs to."""

from __future__ import annotations

from textual import events
from textual.binding import BindingsMap
from textual.widgets import Input

from tui.widgets.bounded_list import BoundedList

#: The keys an Input binds (Backspace, Ctrl+U, Left…): each edits the query from the hits too,
#: unless the list or its screen binds it (Home, End, Enter), and but for Ctrl+C (copy there).
BOX_KEYS = frozenset(BindingsMap(Input.BINDINGS).key_to_bindings) - {"ctrl+c"}


class SearchHits(BoundedList):
    """A search's hits, under its :class:`~textual.widgets.Input` (the box, found by *box_id*
    on the same screen).

    As in any search box, the keyboard stays with the query: :meth:`take_focus` (the screen's
    Down) leaves it in the box while there is no hit to move to, and a key the list does not use
    (a letter, Backspace, Ctrl+U, Left…) goes back to the box and edits the query there. The
    list keeps its own keys: the arrows, Page Up/Down, Home, End and Enter. A fresh user's
    Down on a query found nowhere put the focus in the empty list, where typing and Ctrl+U
    did nothing.
    """

    def __init__(self, box_id: str, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id)
        self.box_id = box_id

    @property
    def box(self) -> Input:
        """The search box these are the hits of."""
        return self.screen.query_one(f"#{self.box_id}", Input)

    def take_focus(self) -> bool:
        """Focus the list if it has a hit to move to (the first is highlighted if none is);
        return whether it did."""
        enabled = [n for n in range(self.option_count) if not self.get_option_at_index(n).disabled]
        if not enabled:
            return False
        if self.highlighted is None:
            self.highlighted = enabled[0]
        self.focus()
        return True

    def on_key(self, event: events.Key) -> None:
        """A key no binding of the list or its screen takes: to the box if it edits text there.

        The box gets the key as if it had been pressed there, with the query's cursor where it
        was left (the app dispatches the key again, to the box's bindings first), so every
        editing key of the box works from the list."""
        box = self.box
        if event.key in self.screen.active_bindings:  # a widget's Key comes before the bindings
            return
        if not (box.check_consume_key(event.key, event.character) or event.key in BOX_KEYS):
            return
        event.stop()
        event.prevent_default()
        left = box.selection  # where the query was left: the box selects all as it takes the focus

        def press() -> None:  # after the box's Focus: the key edits the query, not a selection of it
            box.selection = left
            self.app.post_message(events.Key(event.key, event.character))

        self.screen.set_focus(box)
        box.call_later(press)
