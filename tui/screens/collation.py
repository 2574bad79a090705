"""Collation: two articles side by side, aligned paragraph by paragraph like a diff."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding

from core.views.collate import Row, side_by_side
from core.views.names import article_names
from core.model import LinkKind, Ref
from core.linking.story import Story
from core.text import LANGUAGE_NAMES, count
from tui.render import KIND_STYLE, safe, word_diff
from tui.screens.story_view import StoryViewScreen


def opening(text: str, words: int = 6) -> str:
    """The first *words* words of *text*, with "…" where it goes on."""
    found = text.split()
    return " ".join(found[:words]) + ("…" if len(found) > words else "")


def partners(story: Story, article_id: str) -> list[str]:
    """The other articles, the one sharing most with *article_id* first: other outlets' first;
    then those with more of its paragraphs linked (a paragraph counts once, however many of the
    other's are linked to it: a flash of one-line paragraphs, seven links to three paragraphs,
    came before a reprint of all five), then more of them linked word for word, then the higher
    scores; those in another language (:meth:`Story.apart`) after those in its own, which the
    linker compares with it (a German report with no link opened beside an English brief, 0
    paragraphs aligned, where a German one was there); its own outlet's others last (its update,
    which shares nearly every paragraph with it, is no other outlet: the help promises "the outlet
    sharing most with it")."""
    best: dict[str, dict[int, tuple[bool, float]]] = {}  # other article -> its paragraph -> (verbatim, score)
    for link in story.links:
        if link.a.article == article_id:
            mine, other = link.a, link.b
        elif link.b.article == article_id:
            mine, other = link.b, link.a
        else:
            continue
        found = best.setdefault(other.article, {})
        found[mine.paragraph] = max(found.get(mine.paragraph, (False, 0.0)), (link.kind is LinkKind.VERBATIM, link.score))

    def shared(other: str) -> tuple[int, int, float]:
        paragraphs = best.get(other, {}).values()
        return len(paragraphs), sum(verbatim for verbatim, _ in paragraphs), sum(score for _, score in paragraphs)

    outlet = story.article(article_id).outlet
    order = {a.id: n for n, a in enumerate(story.articles)}
    others = [a.id for a in story.articles if a.id != article_id]
    return sorted(others, key=lambda a: (story.article(a).outlet == outlet, *(-n for n in shared(a)), story.apart(article_id, a), order[a]))


class CollationScreen(StoryViewScreen[list[Row]]):
    """The open article beside another; `o` compares with the next one; Enter opens a paragraph."""

    BINDINGS = [
        Binding("d", "dismiss(None)", "Back", show=False),
        Binding("o", "other", "Other outlet"),
    ]
    LOADING = "Aligning the two articles…"

    def __init__(self, story: Story, left: str) -> None:
        super().__init__(story)
        self.left = left
        self.others = partners(story, left)
        self.right = self.others[0]

    def compute(self) -> list[Row]:
        return side_by_side(self.story, self.left, self.right)

    def action_other(self) -> None:
        """Compare with the next other article."""
        self.right = self.others[(self.others.index(self.right) + 1) % len(self.others)]
        self.collect()

    def _row(self, row: Row, above: bool = True) -> Table:
        """The row's two columns; *above*: for an ``also`` row, whether the paragraph it is
        linked to stands in a row above it (else below)."""
        left, right = self.story.article(self.left), self.story.article(self.right)
        grid = Table.grid(expand=True, padding=(0, 1))
        grid.add_column(ratio=1)
        grid.add_column(width=1)
        grid.add_column(ratio=1)
        here = left.paragraphs[row.left] if row.left is not None else ""
        there = right.paragraphs[row.right] if row.right is not None else ""
        if row.kind is not None and row.also is not None:
            # One paragraph, linked to one of the other side's that stands beside another: say which, and where.
            partner = (right if row.right is None else left).paragraphs[row.also]
            note = Text.assemble((f"{'↑' if above else '↓'} also linked to “", "dim italic"), safe(opening(partner), "dim italic"),
                                 (f"”, shown {'above' if above else 'below'}", "dim italic"))
            mark = Text(row.kind.letter, style=KIND_STYLE[row.kind])
            grid.add_row(safe(here) if row.left is not None else note, mark, safe(there) if row.right is not None else note)
            grid.add_row("", "", "")
            return grid
        if row.kind is not None:
            mark = Text(row.kind.letter, style=KIND_STYLE[row.kind])
            shown = word_diff(here, there, row.kind)
            assert row.left is not None and row.right is not None  # a linked row has both
            changed = self.story.explain(Ref(self.left, row.left), Ref(self.right, row.right))[1]
            if changed:
                shown.append("\n≠ ", "bold")
                shown.append_text(safe(", ".join(f"{d.change()} ({d.what})" for d in changed), "bold"))
            if row.moved:  # the right article tells it elsewhere: say where
                shown = Text.assemble((f"¶{row.right}, in another order: ", "dim italic"), shown)
        else:
            mark = Text("<" if row.right is None else ">", style="dim")
            shown = safe(there)
        grid.add_row(safe(here), mark, shown)
        grid.add_row("", "", "")  # a blank line between rows (a grid pads no outer edge)
        return grid

    def _languages_note(self) -> str:
        """What the head adds where the two articles are in two languages: the linker compares
        no paragraphs across them, so none is aligned, and whether another article shares its
        language."""
        if not self.story.apart(self.left, self.right):
            return ""
        mine, theirs = (LANGUAGE_NAMES.get(self.story.language(a) or "", "?") for a in (self.left, self.right))
        alone = " It is the story's only article in " + mine + "." if self.story.alone_in_language(self.left) else ""
        return f" Written in {mine} and {theirs}: paragraphs in two languages are not compared.{alone}"

    def show(self, rows: list[Row]) -> None:
        """Fill the two columns."""
        # an outlet's two articles in the story are told apart (core.views.names): "AFP World ⟷ AFP World" told neither
        names = article_names(self.story.articles)
        left, right = names[self.left], names[self.right]
        aligned = sum(1 for r in rows if r.kind is not None and not r.moved and r.also is None)
        moved = sum(1 for r in rows if r.moved)
        also = sum(1 for r in rows if r.also is not None)
        only_left = sum(1 for r in rows if r.right is None and r.kind is None)
        only_right = sum(1 for r in rows if r.left is None and r.kind is None)
        brief = Text.assemble(
            safe(left.text, "bold"), "  ⟷  ", safe(right.text, "bold"),
            f":  {count(aligned, 'paragraph')} aligned, " + (f"{moved} linked in another order, " if moved else "")
            + (f"{also} linked to a paragraph beside another (↑↓), " if also else "")
            + f"{only_left} only on the left (<), {only_right} only on the right (>).",
            self._languages_note(),
        )
        self.set_head(
            Text.assemble(brief, "  Right side collated: bold same, ", ("underlined", "underline"), " differs, [-struck-] left out."),
            brief,
        )
        self.refs.clear()
        # Where each paragraph stands that has a partner beside it, for the rows linked to it too.
        at_left = {r.left: n for n, r in enumerate(rows) if r.left is not None and r.right is not None}
        at_right = {r.right: n for n, r in enumerate(rows) if r.left is not None and r.right is not None}
        entries = []
        for n, row in enumerate(rows):
            ref = Ref(self.left, row.left) if row.left is not None else Ref(self.right, row.right or 0)
            partner_at = (at_right if row.right is None else at_left).get(row.also, -1) if row.also is not None else -1
            entries.append(self.entry(str(n), ref, self._row(row, above=partner_at < n)))
        self.fill(entries)
