"""The coverage matrix: facts (groups of linked paragraphs) against outlets."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from core.facts import Fact, facts
from core.model import Ref
from core.story import Story
from tui.render import KIND_STYLE, safe
from tui.screens.story_view import StoryViewScreen

#: Widest an outlet's column heading gets.
OUTLET_WIDTH = 8


class CoverageScreen(StoryViewScreen[list[Fact]]):
    """Who reports what: a row per fact, a column per outlet; Enter on a cell opens it."""

    BINDINGS = [
        Binding("m", "dismiss(None)", "Back", show=False),
        Binding("h", "cursor_left", "Left", show=False),
        Binding("l", "cursor_right", "Right", show=False),
    ]
    LOADING = "Grouping linked paragraphs into facts…"

    def __init__(self, story: Story) -> None:
        super().__init__(story)
        self.cells: dict[Coordinate, Ref] = {}

    def make_body(self) -> DataTable[Text]:
        return DataTable(cursor_type="cell", zebra_stripes=True, id="view-body")

    def compute(self) -> list[Fact]:
        return facts(self.story)

    def action_cursor_left(self) -> None:
        self.body.action_cursor_left()

    def action_cursor_right(self) -> None:
        self.body.action_cursor_right()

    def _cell(self, fact: Fact, outlet: str) -> tuple[Text, Ref | None]:
        """What the cell of *outlet* in *fact*'s row shows, and the paragraph it opens."""
        refs = [r for r in fact.paragraphs if self.story.article(r.article).outlet == outlet]
        if not refs:
            return Text("—", style="dim"), None
        first = refs[0]
        kinds = [m.kind for m in self.story.matches(first) if m.ref in fact.paragraphs]
        label = f"¶{first.paragraph}" + (f"+{len(refs) - 1}" if len(refs) > 1 else "")
        if not kinds:
            return Text(f"{label} ·"), first
        best = kinds[0]
        origin = "*" if fact.origin == outlet else ""
        return Text.assemble(label + " ", (best.letter + origin, KIND_STYLE[best])), first

    def show(self, found: list[Fact]) -> None:
        """Fill the matrix."""
        outlets = list(dict.fromkeys(a.outlet for a in self.story.articles))
        shared = [f for f in found if len(f.outlets) > 1]
        wire = sum(1 for f in found if f.wire)
        self.head.update(
            Text.assemble(
                (f"{len(found)} facts", "bold"),
                f": {len(shared)} reported by several outlets ({wire} wire copy, marked W), "
                f"{len(found) - len(shared)} by one.  ¶n = paragraph, V/P/Q = how it is linked, — = left out, "
                "* = published it first (likely origin of the wire copy).",
            )
        )
        table = self.body
        fact_width = max(24, self.size.width - 2 - len(outlets) * (OUTLET_WIDTH + 2) - 6)
        table.add_column("Fact", width=fact_width)
        for outlet in outlets:
            table.add_column(safe(outlet[:OUTLET_WIDTH]), width=OUTLET_WIDTH)
        for row, fact in enumerate(found):
            first = self.story.text(fact.paragraphs[0])
            title = Text.assemble(("W " if fact.wire else "  ", "bold"), safe(first[: fact_width * 2]))
            title.truncate(fact_width, overflow="ellipsis")
            cells: list[Text] = [title]
            self.cells[Coordinate(row, 0)] = fact.paragraphs[0]
            for column, outlet in enumerate(outlets, start=1):
                text, ref = self._cell(fact, outlet)
                cells.append(text)
                if ref is not None:
                    self.cells[Coordinate(row, column)] = ref
            table.add_row(*cells, key=str(row))
        table.focus()

    @on(DataTable.CellSelected)
    def _selected(self, event: DataTable.CellSelected) -> None:
        ref = self.cells.get(event.coordinate)
        if ref is not None:
            self.dismiss(ref)
        else:
            self.notify("This outlet does not report that fact", timeout=2)
