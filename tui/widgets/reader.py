"""The reader: one article, a paragraph per line of the list, each with its gutter mark."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from core.model import Article, Ref
from core.story import Story
from tui.render import Gutter, gutter, safe


class ParagraphList(OptionList):
    """The paragraphs of an article; OptionList renders only what is on screen."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class ReaderPane(Vertical):
    """The selected article: its title, outlet, byline and date, then its paragraphs."""

    DEFAULT_CSS = """
    ReaderPane { height: 1fr; }
    ReaderPane > #reader-head { height: auto; padding: 0 1; border-bottom: solid $primary-darken-2; }
    ReaderPane > ParagraphList { height: 1fr; border: none; padding: 0; }
    ReaderPane > ParagraphList:focus { border: none; background-tint: $foreground 4%; }
    """

    class ParagraphFocused(Message):
        """The highlighted paragraph changed."""

        def __init__(self, ref: Ref) -> None:
            super().__init__()
            self.ref = ref

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.story: Story | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="reader-head")
        yield ParagraphList(id="paragraphs")

    @property
    def paragraphs(self) -> ParagraphList:
        """The list of paragraphs."""
        return self.query_one(ParagraphList)

    @property
    def current(self) -> Ref | None:
        """The focused paragraph."""
        index = self.paragraphs.highlighted
        if self.article is None or index is None:
            return None
        return Ref(self.article.id, index)

    def show(self, story: Story, article: Article, paragraph: int = 0) -> None:
        """Show *article* with *paragraph* focused."""
        self.story, self.article = story, article
        head = Text()
        head.append_text(safe(article.title, "bold"))
        meta = " · ".join(x for x in (article.outlet, article.byline, article.published) if x)
        head.append("\n")
        head.append_text(safe(meta, "italic"))
        if article.standfirst:
            head.append("\n")
            head.append_text(safe(article.standfirst, "dim"))
        self.query_one("#reader-head", Static).update(head)
        options = []
        for index, text in enumerate(article.paragraphs):
            ref = Ref(article.id, index)
            matches = story.matches(ref)
            mark = gutter([m.kind for m in matches], story.outlets_carrying(ref))
            options.append(Option(Gutter(mark, safe(text)), id=str(index)))
        paragraphs = self.paragraphs
        paragraphs.clear_options()
        paragraphs.add_options(options)
        paragraphs.highlighted = min(paragraph, len(options) - 1)
        paragraphs.scroll_to_highlight(top=True)

    def jump(self, *, shared: bool | None, forward: bool = True) -> bool:
        """Move to the next (or previous) paragraph others carry (or, with shared=False, a unique one)."""
        if self.article is None or self.story is None:
            return False
        start = self.paragraphs.highlighted or 0
        count = len(self.article.paragraphs)
        order = range(start + 1, count) if forward else range(start - 1, -1, -1)
        for index in order:
            carried = bool(self.story.matches(Ref(self.article.id, index)))
            if carried == shared:
                self.paragraphs.highlighted = index
                return True
        return False

    @on(OptionList.OptionHighlighted, "#paragraphs")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        ref = self.current
        if ref is not None:
            self.post_message(self.ParagraphFocused(ref))
