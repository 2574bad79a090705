"""A table that scrolls across a whole column at a time, so no sliver of a column shows."""

from __future__ import annotations

from typing import Any

from textual.widgets import DataTable


class ColumnTable(DataTable[Any]):
    """A DataTable whose horizontal scroll always stops where a column begins.

    DataTable scrolls across by cells: moving the cursor right scrolls just far enough to show
    the new cell, which leaves the end of another column beside the fixed ones, and a heading
    wrapped over two lines then shows a piece of its second line ("al" of "The National") with
    nothing above it. Here every position the table scrolls to (by key, wheel or scrollbar) is
    moved on to the next column edge in the direction of the scroll, back to the one before
    when scrolling back; the screen that sizes the columns makes the scrolling part hold whole
    columns, so the last position is an edge too.
    """

    def _edges(self) -> list[int]:
        """The scroll positions at which a scrolling column begins, and the farthest position."""
        edges, at = [0], 0
        for column in self.ordered_columns[self.fixed_columns :]:
            at += column.get_render_width(self)
            edges.append(at)
        limit = self.max_scroll_x
        return sorted({e for e in edges if e < limit} | {limit})

    def _snap(self, value: float, current: float) -> float:
        edges = self._edges()
        if value > current:
            return next((e for e in edges if e >= value), edges[-1])
        if value < current:
            return next((e for e in reversed(edges) if e <= value), 0)
        return min(edges, key=lambda e: abs(e - value))

    def validate_scroll_x(self, value: float) -> float:
        return super().validate_scroll_x(self._snap(value, self.scroll_x))

    def validate_scroll_target_x(self, value: float) -> float:
        return super().validate_scroll_target_x(self._snap(value, self.scroll_x))

    def shown_columns(self) -> range:
        """The scrolling columns (counted from 0 after the fixed ones) wholly in view at the
        current scroll; all of them when the table has not been laid out yet."""
        widths = [column.get_render_width(self) for column in self.ordered_columns[self.fixed_columns :]]
        if not self.size.width:
            return range(len(widths))
        fixed = sum(column.get_render_width(self) for column in self.ordered_columns[: self.fixed_columns])
        left, right = self.scroll_x, self.scroll_x + self.size.width - fixed
        shown, at = [], 0
        for n, width in enumerate(widths):
            if at >= left and at + width <= right:
                shown.append(n)
            at += width
        return range(shown[0], shown[-1] + 1) if shown else range(0)
