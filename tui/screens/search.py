"""Search every article of the story, fuzzily, and jump to the hit."""

from __future__ import annotations

from rapidfuzz import fuzz, process
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from core.model import Ref
from core.story import Story
from core.text import process as processor
from tui.render import safe


class SearchScreen(ModalScreen[Ref | None]):
    """Type to search; Enter or a click jumps to the hit; Escape closes."""

    DEFAULT_CSS = """
    SearchScreen { align: center top; }
    SearchScreen > Vertical { width: 90%; max-width: 110; height: 80%; margin-top: 2; border: round $accent; background: $surface; }
    SearchScreen OptionList { height: 1fr; border: none; }
    """
    BINDINGS = [Binding("escape", "dismiss(None)", "Close"), Binding("down", "focus_hits", "Hits", show=False)]

    def __init__(self, story: Story) -> None:
        super().__init__()
        self.story = story
        self.refs = [Ref(a.id, i) for a in story.articles for i in range(len(a.paragraphs))]
        self.choices = [processor(story.text(r)) for r in self.refs]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Input(placeholder="Search every article (fuzzy)…", id="search-input")
            yield OptionList(id="search-hits")

    def action_focus_hits(self) -> None:
        self.query_one("#search-hits", OptionList).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        hits = self.query_one("#search-hits", OptionList)
        hits.clear_options()
        query = processor(event.value)
        if len(query) < 2:
            return
        found = process.extract(
            query, self.choices, scorer=fuzz.partial_ratio, processor=None, limit=30, score_cutoff=70
        )
        for _, score, index in found:
            ref = self.refs[index]
            article = self.story.article(ref.article)
            prompt = Text.assemble(safe(article.outlet, "bold"), (f" ¶{ref.paragraph}  {score:.0f}%\n", "dim"))
            prompt.append_text(safe(self.story.text(ref)))
            hits.add_option(Option(prompt, id=f"{index}"))
        if found:
            hits.highlighted = 0

    @on(Input.Submitted)
    def _submitted(self) -> None:
        hits = self.query_one("#search-hits", OptionList)
        if hits.highlighted is not None:
            option = hits.get_option_at_index(hits.highlighted)
            self.dismiss(self.refs[int(option.id or 0)])

    @on(OptionList.OptionSelected, "#search-hits")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.refs[int(event.option.id or 0)])
