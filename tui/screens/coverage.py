"""The coverage matrix: facts (groups of linked paragraphs) against outlets."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Group
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Static

from core.views.facts import Cell, Fact, cell, facts, in_several_outlets, not_compared, reported_elsewhere
from core.views.names import ArticleName, distinct_openings, matrix_names, named_articles
from core.model import Ref
from core.sanitize import sanitize
from core.text import LANGUAGE_NAMES, count
from core.linking.story import Story
from tui.render import DIFFERS, KIND_STYLE, NONE_FOUND, Gutter, safe
from tui.screens.modal import PanelScreen
from tui.screens.story_view import StoryViewScreen
from tui.widgets.column_table import ColumnTable
from tui.widgets.footer import KeysFooter

#: Narrowest an article's column gets: its widest cells, "¶12+3 V*≠" and "¶12+3 V≠·", fit.
OUTLET_MIN = 9
#: Widest an article's column gets: room enough for most outlets' names.
OUTLET_MAX = 18
#: The characters of each side of a change the detail's ≠ line shows (a cut sentence is long).
CHANGE_CHARS = 60
#: Narrowest the fact column gets; the outlets' columns scroll beside it when there is no room.
FACT_MIN = 28
#: Narrowest it gets on a screen too narrow for FACT_MIN and an outlet's column beside it.
FACT_NARROWEST = 12


#: What an empty cell says of its article: no paragraph of it is linked to the fact. Not "leaves it
#: out": the linker misses some rewordings (bench/quality.py measures how many), so a "—" is no
#: proof an outlet did not report the fact.
#: An empty cell of an article in another language than the row's fact: never compared with it.
NOT_COMPARED_CELL = "n/c"
NONE_LINKED = "has no paragraph linked to this fact (none found: not reported, or reworded past what the linker finds)"


#: The legend: every mark a cell or a row can show, and what it means. The · says what is known,
#: as the cross-source panel does: no other outlet's paragraph is linked (not "only this outlet").
LEGEND = (
    ("¶n+k", "paragraph n and k more"),
    ("V P Q", "verbatim, paraphrase, quotation"),
    ("·", "no other outlet linked (none found)"),
    ("~¶n", "in another fact's paragraph"),
    ("—", "none linked"),
    (NOT_COMPARED_CELL, "another language: not compared"),
    ("*", "origin of these words"),
    (DIFFERS, "changed from the row's fact: a figure, date, name, negation, outcome, or a sentence cut or added"),
    ("W", "wire copy: same words in 3+ outlets, or 2 crediting its agency"),
)


def hidden_columns_hint(shown: range, total: int) -> str:
    """What says that article columns are scrolled out of view: "articles 1–4 of 6 · h/l ▸"
    ("article 1 of 6 · h/l ▸" on a narrow screen) for columns *shown* (counted from 0) of *total*, a ◂ before it when some are to the left, a
    ▸ after it when some are to the right; "" when all show."""
    if not shown or (shown.start == 0 and shown.stop >= total):
        return ""
    left = "◂ " if shown.start > 0 else ""
    right = " ▸" if shown.stop < total else ""
    span = f"article {shown.start + 1}" if len(shown) == 1 else f"articles {shown.start + 1}–{shown.stop}"
    return f"{left}{span} of {total} · h/l{right}"


def legend_line(legend: Sequence[tuple[str, str]] = LEGEND) -> Text:
    """A legend (marks and their meanings: the matrix's by default) as one run of text: "¶n+k
    paragraph n and k more; V P Q verbatim, …"."""
    line = Text()
    for n, (mark, meaning) in enumerate(legend):
        line.append_text(Text.assemble((mark, "bold"), f" {meaning}", ("; " if n < len(legend) - 1 else ".", "")))
    return line


class LegendScreen(PanelScreen):
    """The matrix's marks, one a line, over the matrix; Escape, q or L closes it."""

    DEFAULT_CSS = """
    LegendScreen > VerticalScroll { width: 46; max-width: 90%; height: auto; max-height: 90%; padding: 0 1; }
    """
    BINDINGS = [Binding("L", "dismiss", "Close", show=False)]

    def compose(self) -> ComposeResult:
        width = max(len(mark) for mark, _ in LEGEND) + 2
        rows = [Gutter(Text(mark, style="bold"), Text(meaning), width=width) for mark, meaning in LEGEND]
        with VerticalScroll():
            yield Static(Group(Text("Legend of the matrix", style="bold"), *rows))


class CoverageScreen(StoryViewScreen[list[Fact]]):
    """Who reports what: a row per fact, a column per outlet; Enter on a cell opens it.

    An outlet with several articles in the story has a column for each, headed by its name and
    the opening words of the article's title (:func:`core.views.names.article_names`), so each
    cell's ¶n names one paragraph. The fact column stays put while the outlets scroll across;
    below the table, the whole fact and the paragraph of the focused cell.
    """

    DEFAULT_CSS = """
    CoverageScreen > #view-body { scrollbar-gutter: stable; }
    CoverageScreen > #matrix-detail {
        height: auto; max-height: 33%; padding: 0 1; border-top: solid $primary-darken-2;
    }
    """
    BINDINGS = [
        Binding("L", "legend", "Legend"),
        Binding("m", "dismiss(None)", "Back", show=False),
        Binding("h", "cursor_left", "Left", show=False),
        Binding("l", "cursor_right", "Right", show=False),
    ]
    LOADING = "Grouping linked paragraphs into facts…"

    def __init__(self, story: Story) -> None:
        super().__init__(story)
        self.cells: dict[Coordinate, Ref] = {}
        self.rows: list[Fact] = []
        self._laid_out_for = 0  # the screen width the columns were measured for
        self._parts: dict[Fact, dict[str, tuple[Ref, ...]]] = {}
        self._cells: dict[tuple[Fact, str], Cell] = {}
        #: The columns after the fact column: an article's id each (an outlet's, where it has one article).
        self.columns: list[str] = []
        self.names: dict[str, ArticleName] = {}

    def compose(self) -> ComposeResult:
        yield Static(self.LOADING, id="view-head")
        yield self.make_body()
        with VerticalScroll(id="matrix-detail"):
            yield Static(id="matrix-text")
        yield KeysFooter()

    def make_body(self) -> DataTable[Text]:
        return ColumnTable(cursor_type="cell", zebra_stripes=True, fixed_columns=1, id="view-body")

    def compute(self) -> list[Fact]:
        return facts(self.story)

    def on_resize(self) -> None:
        """Lay the matrix out again for the new size, on the same cell: its column widths
        and how far it was scrolled across were the old size's (cut columns after a resize)."""
        if not self.rows or self.size.width == self._laid_out_for:
            return
        self._show_head()
        table = self.body
        where = table.cursor_coordinate
        table.clear(columns=True)
        self.cells.clear()
        self.show(self.rows)
        table.scroll_to(x=0, animate=False)
        table.move_cursor(row=where.row, column=where.column, animate=False)

    def on_mount(self) -> None:  # StoryViewScreen's on_mount runs too (Textual calls each class's handler)
        self.watch(self.body, "scroll_x", lambda _: self._show_hidden(), init=False)

    def _show_hidden(self) -> None:
        """Say, on the rule under the heading, which article columns are in view when some are
        scrolled out of it ("articles 1–4 of 6 · h/l ▸"), the arrows pointing where the hidden
        ones are; nothing when every column shows (a fresh user at 80x24 saw 4 of 6 columns and
        nothing saying there were more)."""
        self.head.border_subtitle = hidden_columns_hint(self.body.shown_columns(), len(self.columns))

    def action_cursor_left(self) -> None:
        self.body.action_cursor_left()

    def action_cursor_right(self) -> None:
        self.body.action_cursor_right()

    def _elsewhere(self, fact: Fact) -> dict[str, tuple[Ref, ...]]:
        """The other outlets' paragraphs that report *fact* too (:func:`core.views.facts.reported_elsewhere`), once per fact."""
        if fact not in self._parts:
            self._parts[fact] = reported_elsewhere(self.story, fact)
        return self._parts[fact]

    def _none_linked(self, fact: Fact, article: str) -> str:
        """What an empty cell says of *article* (an id) in *fact*'s row."""
        if self.story.apart(fact.lead.article, article):
            language = LANGUAGE_NAMES.get(self.story.language(article) or "", "another language")
            return f"is in {language}, the fact in {LANGUAGE_NAMES.get(self.story.language(fact.lead.article) or '', 'another')}: not compared (the linker links words of one language)"
        return NONE_LINKED

    def _found(self, fact: Fact, article: str) -> Cell:
        """The :func:`core.views.facts.cell` of *article* (an id) in *fact*'s row, worked out
        once: its differences from the row's lead cost a word alignment per paragraph."""
        key = (fact, article)
        if key not in self._cells:
            self._cells[key] = cell(self.story, fact, article, self._elsewhere(fact))
        return self._cells[key]

    def _cell(self, fact: Fact, article: str) -> tuple[Text, Ref | None]:
        """What the cell of *article* (an id) in *fact*'s row shows, and the paragraph it opens.

        A :data:`DIFFERS` after the letters: a paragraph of the cell gives the fact otherwise than
        the row's lead (a figure, a negation, a cut sentence), as the reader's gutter marks it."""
        found = self._found(fact, article)
        differs = DIFFERS if found.differs else ""
        if not found.paragraphs:
            if found.elsewhere:  # it reports the fact too, in a paragraph counted under another fact
                return Text(f"~¶{found.elsewhere[0].paragraph}{differs}", style="dim"), found.elsewhere[0]
            if self.story.apart(fact.lead.article, article):  # the linker cannot link across languages
                return Text(NOT_COMPARED_CELL, style="dim"), None
            return Text("—", style="dim"), None
        first = found.paragraphs[0]
        label = f"¶{first.paragraph}" + (f"+{len(found.paragraphs) - 1}" if len(found.paragraphs) > 1 else "")
        if found.kind is None:
            return Text(f"{label}{differs} ·" if found.only else label + differs), first
        origin = "*" if found.origin else ""
        # Linked only to the outlet's own other article (its update): still no other outlet's.
        # After a ≠ the dot goes without its space: "¶12+3 V≠·" still fits the narrowest column.
        only = ("·" if differs else " ·") if found.only else ""
        return Text.assemble(label + " ", (found.kind.letter + origin + differs, KIND_STYLE[found.kind]), only), first

    def _widths(self, names: list[ArticleName]) -> tuple[int, int]:
        """The fact column's width and each article column's, from the room the screen has.

        When the columns do not all fit, the fact column takes what whole article columns leave,
        so the articles' part of the table holds whole columns wherever it is scrolled to.
        """
        # Each column has a cell padding of one on either side; the scrollbar takes two (kept
        # for it whether or not it shows: scrollbar-gutter).
        room = self.size.width - 2 - 2 * (len(names) + 1)
        longest = max((max(len(n.outlet), len(n.label or "")) for n in names), default=OUTLET_MIN)
        outlet = max(OUTLET_MIN, min(OUTLET_MAX, longest, (room - FACT_MIN) // max(1, len(names))))
        fact = room - outlet * len(names)
        if fact >= FACT_MIN:
            return fact, outlet
        # Whole outlet columns, and one at least: on a screen too narrow for the fact column's
        # least and an outlet's (40 columns), the fact column gives way, or no outlet would show.
        beside = max(1, (self.size.width - 2 - (FACT_MIN + 2)) // (outlet + 2))
        return max(FACT_NARROWEST, self.size.width - 2 - beside * (outlet + 2) - 2), outlet

    @classmethod
    def _column_heading(cls, name: ArticleName, width: int) -> Text:
        """An article column's heading: its outlet's name (:meth:`_heading`), and where the
        outlet has several articles, the opening words of this one's title on a line of their
        own, dim and cut to *width* before the "(2)" that tells titles alike apart
        (:meth:`core.views.names.ArticleName.label_within`)."""
        heading = cls._heading(name.outlet, width)
        label_text = name.label_within(width)
        if label_text is None:
            return heading
        label = safe(label_text, "dim italic")
        label.truncate(width, overflow="ellipsis")
        return Text("\n").join([heading, label])

    @staticmethod
    def _heading(outlet: str, width: int) -> Text:
        """*outlet*'s name in at most two lines of *width*, broken between words (or after a
        hyphen), never inside one: a word longer than the column, or a name longer than two
        lines, is cut with an ellipsis ("harborwi…", not "harborwir" over "e-wire")."""
        lines: list[str] = []
        for word in safe(outlet).plain.split():
            for n, piece in enumerate(re.split(r"(?<=-)(?=[^-])", word)):
                joined = (lines[-1] + ("" if n else " ") + piece) if lines else piece
                if lines and cell_len(joined) <= width:
                    lines[-1] = joined
                else:
                    lines.append(piece)
        if len(lines) > 2:
            lines = [lines[0], lines[1] + "…"]
        shown = []
        for line in lines:
            text = Text(line)
            text.truncate(width, overflow="ellipsis")
            shown.append(text)
        return Text("\n").join(shown)

    def action_legend(self) -> None:
        """Show what every mark of the matrix means."""
        self.app.push_screen(LegendScreen())

    def _show_head(self) -> None:
        """The heading: the facts counted (the fullest form that fits a line), and the legend
        under it where the screen has room (:meth:`set_head`); L shows the legend at any size
        (a fresh user's 40x12 showed the legend over nine lines and no row of the matrix)."""
        found = self.rows
        shared = sum(1 for f in found if in_several_outlets(f, self._elsewhere(f)))
        # (a fact of an article alone in its language was compared with none: "not compared", as
        # the exports count it, not "no other outlet linked")
        apart = sum(1 for f in found if not in_several_outlets(f, self._elsewhere(f)) and not_compared(self.story, f))
        wire, alone = sum(1 for f in found if f.wire), len(found) - shared - apart
        facts = (count(len(found), "fact"), "bold")
        uncompared, short = (f", {apart} not compared (the only article in its language)", f", {apart} not compared") if apart else ("", "")
        # The facts of one outlet are those no other outlet's paragraph is linked to: counted as
        # such, not as "in one" (the linker misses some rewordings; the legend's ·, the panel).
        forms = [
            Text.assemble(facts, f": {shared} in several outlets ({wire} wire copy), {alone} with no other outlet linked "
                                 f"(a rewording can be missed){uncompared}."),
            Text.assemble(facts, f": {shared} in several outlets, {alone} with no other outlet linked{short}"),
            Text.assemble(facts, f": {shared} shared, {alone} not linked{short}"),
            Text.assemble(facts, f": {shared} shared, {alone} not linked"),
        ]
        counts = next((form for form in forms if form.cell_len <= self.size.width - 2), forms[-1])
        # The legend over the matrix names n/c only where the story has two languages (the L screen always).
        languages = {self.story.language(a.id) for a in self.story.articles} - {None}
        shown = LEGEND if len(languages) > 1 else tuple(entry for entry in LEGEND if entry[0] != NOT_COMPARED_CELL)
        self.set_head(Text.assemble(counts, "\n", legend_line(shown)), counts)

    def show(self, found: list[Fact]) -> None:
        """Fill the matrix."""
        # The columns of the story's main language first and those alone in theirs last: at 80x24
        # the first screen showed four of ten columns, two of them n/c all the way down.
        self.names = matrix_names(self.story)
        self.rows, self.columns = found, list(self.names)
        self._show_head()
        table = self.body
        self._laid_out_for = self.size.width
        fact_width, outlet_width = self._widths(list(self.names.values()))
        # Outlet names wrap onto a second heading line rather than lose their ends.
        headings = [self._column_heading(name, outlet_width) for name in self.names.values()]
        table.header_height = max(len(heading.plain.splitlines()) for heading in headings) if headings else 1
        table.add_column("Fact", width=fact_width)
        for heading in headings:
            table.add_column(heading, width=outlet_width)
        # rows opening alike ("Police Commissioner Darius Velk said ...") are told apart by their own words
        openings = distinct_openings([self.story.text(fact.lead)[: fact_width * 4] for fact in found], fact_width - 2)
        for row, (fact, first) in enumerate(zip(found, openings)):
            title = Text.assemble(("W " if fact.wire else "  ", "bold"), safe(first))
            title.truncate(fact_width, overflow="ellipsis")
            cells: list[Text] = [title]
            self.cells[Coordinate(row, 0)] = fact.lead
            for column, article in enumerate(self.columns, start=1):
                text, ref = self._cell(fact, article)
                cells.append(text)
                if ref is not None:
                    self.cells[Coordinate(row, column)] = ref
            table.add_row(*cells, key=str(row))
        table.focus()
        self._describe(table.cursor_coordinate)
        self.call_after_refresh(self._show_hidden)  # the columns' widths are known once laid out

    def _describe(self, where: Coordinate) -> None:
        """Show the whole fact of the focused row, and the focused cell's paragraph."""
        if not self.rows or where.row >= len(self.rows):
            return
        fact = self.rows[where.row]
        reference = fact.lead
        # The articles, not their outlets: an outlet's page and its update are two columns here.
        reporters = named_articles(self.names, fact.articles)
        part = self._elsewhere(fact)
        several = in_several_outlets(fact, part)
        text = Text.assemble(
            ("Fact: ", "bold"), safe(self.story.text(reference)),
            ("\n", ""), (f"{'Reported by' if several else 'Only in'} ", "dim"), safe(reporters, "dim"),
        )
        if not several:  # as the panel says it: what is known is that no link was found
            text.append(f": no other outlet's paragraph is linked to it ({NONE_FOUND})", "dim")
            if apart := self.story.not_compared(reference.article):
                text.append(f"; {apart} article{'s' if apart > 1 else ''} in other languages not compared", "dim")
        if part:
            by_article: dict[str, list[str]] = {}
            for also in (r for refs in part.values() for r in refs):
                by_article.setdefault(self.names[also.article].text, []).append(f"¶{also.paragraph}")
            places = ", ".join(f"{name} {', '.join(paragraphs)}" for name, paragraphs in by_article.items())
            text.append_text(Text.assemble(("; also in ", "dim"), safe(places, "dim"), (" (counted under another fact)", "dim")))
        if fact.source is not None:  # the origin the cross-source panel names; its own copy's cell is marked *
            text.append_text(Text.assemble(("\nLikely origin: ", "dim"), safe(fact.source.named(self.names), "bold"),
                                             safe(fact.source.why(), "dim")))
        ref = self.cells.get(where) if where.column > 0 else None
        if where.column > 0:
            # The focused cell first, then the row's fact: on a short screen (80x24 gives the detail
            # six rows) what the cell changed showed only after scrolling past the fact's whole text.
            fact_text, text = text, Text()
            name = safe(self.names[self.columns[where.column - 1]].text, "bold reverse")
            if ref is None:
                text.append_text(Text.assemble(name, f" {self._none_linked(fact, self.columns[where.column - 1])}."))
            else:
                # What changed comes before the paragraph: on a short screen the detail shows its top.
                changes = self._changes(self._found(fact, self.columns[where.column - 1]), ref)
                if ref not in fact.paragraphs:
                    text.append_text(Text.assemble(name, (f" ¶{ref.paragraph} reports it too (counted under another fact)", "dim"),
                                                   changes, "  " if not changes else "\n", safe(self.story.text(ref))))
                elif ref != reference:
                    text.append_text(Text.assemble(name, (f" ¶{ref.paragraph}", "dim"), changes,
                                                   "  " if not changes else "\n", safe(self.story.text(ref))))
                else:
                    text.append_text(Text.assemble(name, (f" ¶{ref.paragraph}: the fact's own paragraph", "dim"), changes))
            text.append("\n")
            text.append_text(fact_text)
        self.query_one("#matrix-text", Static).update(text)
        self.query_one("#matrix-detail", VerticalScroll).scroll_home(animate=False)

    @staticmethod
    def _changes(found: Cell, shown: Ref) -> Text:
        """What the cell's ≠ stands for, to follow its name, for each paragraph of *found* that
        gives the fact otherwise than the row's lead: "  ≠ from the row's fact: does not oblige →
        obliges (negation)", "  ≠ ¶5, from the row's fact: …" where it is not *shown* (the
        paragraph the detail quotes); empty without a ≠."""
        line = Text()
        for ref, differences in found.changed:
            line.append(f"  {DIFFERS} ", "bold")
            line.append(("" if ref == shown else f"¶{ref.paragraph}, ") + "from the row's fact: ", "dim")
            line.append_text(safe("; ".join(f"{d.change(CHANGE_CHARS)} ({d.what})" for d in differences)))
        return line

    @on(DataTable.CellHighlighted)
    def _highlighted(self, event: DataTable.CellHighlighted) -> None:
        self._describe(event.coordinate)

    @on(DataTable.CellSelected)
    def _selected(self, event: DataTable.CellSelected) -> None:
        ref = self.cells.get(event.coordinate)
        if ref is not None:
            self.dismiss(ref)
        elif event.coordinate.column > 0:  # the column's article, named as its heading names it
            article = self.columns[event.coordinate.column - 1]
            name = self.names[article].text
            self.notify(f"{sanitize(name)} {self._none_linked(self.rows[event.coordinate.row], article)}", timeout=2, markup=False)
