"""The figures view: the same number as each outlet gives it, disagreements first."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets.option_list import Option

from core.views.figures import LEGEND, MARK, FigureGroup, compare, summary, values_text
from core.views.names import article_names, paragraph_name
from tui.render import safe
from tui.screens.coverage import legend_line
from tui.screens.story_view import StoryViewScreen

_VERDICT_STYLE = {"same": "bold green", "close": "bold yellow", "differ": "bold red", "apart": "dim"}


class FiguresScreen(StoryViewScreen[list[FigureGroup]]):
    """Figures carried by several outlets; Enter on one opens its paragraph."""

    BINDINGS = [Binding("f", "dismiss(None)", "Back", show=False)]
    LOADING = "Comparing figures…"

    def compute(self) -> list[FigureGroup]:
        return compare(self.story)

    def show(self, groups: list[FigureGroup]) -> None:
        """One heading per figure, then each outlet's wording in its sentence."""
        counts = Text(summary(groups) + ".")
        self.set_head(Text.assemble(counts, "\n", legend_line(LEGEND)), counts)
        options: list[Option] = []
        names = article_names(self.story.articles)
        for n, group in enumerate(groups):
            mark = (MARK[group.verdict] + " ", _VERDICT_STYLE[group.verdict])
            options.append(Option(Text.assemble(mark, (f"{group.quantity}: {values_text(group)}", "bold")), disabled=True))
            for k, figure in enumerate(group.figures):
                sentence = figure.sentence
                start = sentence.find(figure.text)
                line = Text.assemble((group.mark_of(figure), _VERDICT_STYLE[group.verdict_of(figure)]), " ")
                line.append_text(safe(paragraph_name(names, figure.ref), "reverse"))
                if stage := group.stage_label(figure):
                    line.append(f" ({stage})", "italic")  # a preliminary count beside the official one
                line.append("  ")
                if start >= 0:
                    line.append_text(safe(sentence[:start]))
                    line.append_text(safe(figure.text, "bold underline"))
                    line.append_text(safe(sentence[start + len(figure.text) :]))
                else:
                    line.append_text(safe(sentence))
                options.append(self.entry(f"{n}:{k}", figure.ref, line))
        self.fill(options)
