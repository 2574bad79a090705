"""The cross-source panel: every passage linked to the focused paragraph, grouped by outlet."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from core.views.facts import Origin, facts, paragraph_origins
from core.views.figures import MARK, FigureGroup, compare, compared_at, values_text
from core.views.names import article_names
from core.model import LinkKind, Ref
from core.linking.story import Story
from core.text import count
from tui.background import background
from tui.messages import OpenRef
from tui.render import KIND_STYLE, NONE_FOUND, safe, word_diff
from tui.widgets.bounded_list import BoundedList


#: Matches collated at first, and added by each "more" entry: wire copy carried by hundreds of
#: outlets stays quick to lay out, best first.
MATCH_PAGE = 40
#: The characters of each side of a difference the panel's ≠ line shows (a sentence one side
#: leaves out is cut short there; the collation, `d`, shows it whole).
CHANGE_LIMIT = 40
_MORE = "more-matches"
#: The most of an unlinked paragraph's figures the panel names beside other outlets' (the figures
#: view, `f`, shows them all).
FIGURE_LINES = 2


class CrossSources(BoundedList):
    """Matches of the focused paragraph, best outlet first; Enter opens one."""

    DEFAULT_CSS = """
    CrossSources { height: 1fr; border: none; padding: 0; scrollbar-gutter: stable; }
    CrossSources:focus { border: none; background-tint: $foreground 4%; }
    CrossSources > .option-list--option { padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.limit = MATCH_PAGE
        self._shown: tuple[Story, Ref] | None = None
        #: The story whose origins are found (or being found), and its paragraphs' origins once found.
        self._origins: tuple[Story, dict[Ref, Origin] | None] | None = None
        #: The story whose figures are compared (or being compared), and each paragraph's groups
        #: of figures once they are (core.views.figures.compared_at).
        self._figures: tuple[Story, dict[Ref, list[FigureGroup]] | None] | None = None

    def show(self, story: Story, ref: Ref) -> None:
        """List what other outlets carry of the paragraph *ref* (the best :data:`MATCH_PAGE` first)."""
        if self._shown is None or self._shown[0] is not story or self._shown[1] != ref:
            self.limit = MATCH_PAGE
        self._shown = (story, ref)
        here = story.text(ref)
        own = story.article(ref.article)
        self.clear_options()
        matches = story.matches(ref)
        if own.is_note(ref.paragraph):
            self.add_option(Option(Text("A note: the outlet's correction or update of its article, no fact it reports (never linked).", "dim"), disabled=True))
            return
        if own.is_subhead(ref.paragraph):
            self.add_option(Option(Text("A subhead: a heading of the article, no fact it reports (never linked).", "dim"), disabled=True))
            return
        if not matches and story.not_compared(ref.article):
            # Articles in other languages were never compared with this one: say so, not "only in".
            told = story.unlinked(ref)
            told = told[:1].upper() + told[1:]
            why = "the linker compares the words of one language" if story.alone_in_language(ref.article) else NONE_FOUND
            self.add_option(Option(Text.assemble((told, "bold"), (f" ({why}).", "dim")), disabled=True))
            return
        if not matches:
            # The linker misses some rewordings (bench/quality.py measures how many): "none found",
            # not "no other outlet reports it", which a fact-checker would publish.
            message = Text.assemble(
                ("Only in ", "bold"), safe(own.outlet, "bold"), ": no other outlet's paragraph is linked to this one",
                (f" ({NONE_FOUND}).", "dim"),
            )
            self.add_option(Option(message, disabled=True))
            # Its figures, where other outlets give the same quantity: the figures view sets them
            # side by side, so the panel says so rather than leave "only in" alone.
            for group in self._compared(story, ref)[:FIGURE_LINES]:
                others = len({story.article(f.ref.article).outlet for f in group.figures} - {own.outlet})
                line = Text.assemble(
                    (MARK[group.verdict] + " ", "bold"), safe(f"{group.quantity}: {values_text(group)}"),
                    (f" (the figures view, f, sets it beside {count(others, 'other outlet')})", "dim"),
                )
                self.add_option(Option(line, disabled=True))
            return
        # Built first and added at once: the list lays itself out again on each addition.
        options: list[Option] = []
        # Group by outlet, outlets ordered by their best match.
        groups: dict[str, list[int]] = {}
        for n, match in enumerate(matches):
            groups.setdefault(story.article(match.ref.article).outlet, []).append(n)
        outlets = story.outlets_carrying(ref)
        names = article_names(story.articles)  # an outlet's name, or an article's where it has several here
        origin = self._origin(story, ref)
        if origin is not None:
            options.append(
                Option(Text.assemble(("Likely origin: ", "bold"), safe(origin.named(names), "bold"), safe(origin.why(), "dim")), disabled=True)
            )
        options.append(
            Option(
                Text.assemble(
                    (f"{count(outlets, 'other outlet')}", "bold") if outlets
                    else Text.assemble(("No other outlet: only another article of ", "bold"), safe(own.outlet, "bold")),
                    ("  bold same · ", "dim"), ("underlined", "dim underline"),
                    (" differs · ", "dim"), ("[-struck-]", "dim strike"), (" left out", "dim"),
                ),
                disabled=True,
            )
        )
        shown = 0
        for indexes in groups.values():
            for n in indexes[: self.limit - shown]:
                shown += 1
                match = matches[n]
                head = Text.assemble(
                    safe(names[match.ref.article].text, "bold reverse"),
                    " ",
                    (f"{match.kind.letter} {match.kind.value}", KIND_STYLE[match.kind]),
                    (f" {match.score:.2f}", "bold"),
                    (f"  ¶{match.ref.paragraph}", "dim"),
                )
                found, changed = story.explain(ref, match.ref)
                if changed:
                    head.append("  ≠ ", "bold")
                    head.append_text(safe(", ".join(d.change(CHANGE_LIMIT) for d in changed[:3]), "bold underline"))
                head.append("\n")
                why = found.summary(4)
                if why:
                    head.append_text(safe(why, "dim italic"))
                    head.append("\n")
                head.append_text(word_diff(here, story.text(match.ref), match.kind))
                options.append(Option(head, id=f"{match.ref.article}:{match.ref.paragraph}"))
        if shown < len(matches):
            more = len(matches) - shown
            label = f"↓ {count(more, 'more match', 'more matches')} (Enter lists {min(more, MATCH_PAGE)} more)"
            options.append(Option(Text(label, style="dim italic"), id=_MORE))
        self.add_options(options)
        self.highlighted = next(n for n, option in enumerate(options) if not option.disabled)

    def _origin(self, story: Story, ref: Ref) -> Origin | None:
        """The likely origin of *ref*'s words: its fact's, the one the coverage matrix marks
        (core.views.facts.paragraph_origins). The story's facts are found once, in a worker
        (a wire story of a hundred outlets takes a second); None until they are."""
        if self._origins is None or self._origins[0] is not story:
            self._origins = (story, None)
            self._find_origins(story)
        found = self._origins[1]
        return found.get(ref) if found is not None else None

    def _compared(self, story: Story, ref: Ref) -> list[FigureGroup]:
        """The groups of figures other outlets give beside *ref*'s (core.views.figures.compared_at):
        compared once per story, in a worker; [] until they are."""
        if self._figures is None or self._figures[0] is not story:
            self._figures = (story, None)
            self._compare_figures(story)
        found = self._figures[1]
        return found.get(ref, []) if found else []  # (compare gives only groups of several outlets)

    @work(thread=True, exclusive=True, group="figures")
    @background
    def _compare_figures(self, story: Story) -> None:
        found = compared_at(compare(story))
        self.app.call_from_thread(self._figures_compared, story, found)

    def _figures_compared(self, story: Story, found: dict[Ref, list[FigureGroup]]) -> None:
        """Keep *story*'s compared figures; show them under the shown paragraph where it has any."""
        if self._figures is None or self._figures[0] is not story:
            return  # another story opened meanwhile
        self._figures = (story, found)
        if self._shown is not None and self._shown[0] is story and found.get(self._shown[1]):
            self.show(*self._shown)

    @work(thread=True, exclusive=True, group="origins")
    @background
    def _find_origins(self, story: Story) -> None:
        found = paragraph_origins(facts(story))
        self.app.call_from_thread(self._origins_found, story, found)

    def _origins_found(self, story: Story, found: dict[Ref, Origin]) -> None:
        """Keep *story*'s origins; name the shown paragraph's, on the match that was highlighted."""
        if self._origins is None or self._origins[0] is not story:
            return  # another story opened meanwhile
        self._origins = (story, found)
        if self._shown is not None and self._shown[0] is story and self._shown[1] in found:
            at = self.highlighted
            self.show(*self._shown)
            if at is not None:
                self.highlighted = at + 1  # below the origin's line
                self.scroll_to_highlight()

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Bring the highlighted match into view from its first line: with the panel's headings
        above it when all of them and the whole match fit, else with its first line at the top.

        OptionList scrolls as little as shows the whole entry, which after a jump or a resize
        left the panel opening on the second line of its heading ("differs · [-struck-] left
        out"), neither the heading nor the start of the match."""
        highlighted = self.highlighted
        if highlighted is None or not self.is_mounted:
            return
        self._update_lines()
        try:  # OptionList's own line map (no public name), as its scroll_to_highlight reads it
            end = self._index_to_line[highlighted] + self._heights[highlighted]
        except KeyError:
            return
        if end <= self.scrollable_content_region.height:
            self.scroll_to(y=0, animate=False, immediate=True)
        else:
            super().scroll_to_highlight(top=True)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == _MORE and self._shown is not None:
            at = event.option_index
            self.limit += MATCH_PAGE
            self.show(*self._shown)
            self.highlighted = at  # on to the first match the entry brought in
        elif event.option.id:
            article, paragraph = event.option.id.rsplit(":", 1)
            self.post_message(OpenRef(Ref(article, int(paragraph))))
