"""The reader: one article, a paragraph per entry, each with its gutter mark.

An OptionList renders every entry once to learn its height, so a long article is
shown a window of paragraphs at a time: reaching the "more" entry at either edge,
by key or click, moves the window on. Paragraph numbers stay the article's own.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from core.model import Article, Ref
from core.views.names import article_names
from core.linking.story import Story
from core.text import count
from tui.render import BOOKMARK, Address, Gutter, gutter, safe
from tui.widgets.bounded_list import BoundedList

#: The most paragraphs, and about the most characters, the reader holds at once.
WINDOW = 150
WINDOW_CHARS = 40_000
_ABOVE, _BELOW, _CUT = "more-above", "more-below", "cut-off"
#: Under the last paragraph of a teaser (:attr:`core.model.Article.teaser`).
TEASER_NOTE = "The page shows only the start of this report: a paywall cuts off the rest."
#: Under the last paragraph of a feed's summary kept for want of its page (:attr:`core.model.Article.summary_only`).
SUMMARY_NOTE = "Only the feed's summary of this report: its page was not read."


class ParagraphList(BoundedList):
    """The paragraphs in the reader's window."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    class Boundary(Message):
        """Home or End: go to the article's first or last paragraph, not the window's."""

        def __init__(self, last: bool) -> None:
            super().__init__()
            self.last = last

    def action_first(self) -> None:
        self.post_message(self.Boundary(last=False))

    def action_last(self) -> None:
        self.post_message(self.Boundary(last=True))


class ReaderPane(Vertical):
    """The selected article: its title, outlet, byline and date, then its paragraphs."""

    DEFAULT_CSS = """
    ReaderPane { height: 1fr; }
    ReaderPane > #reader-top { height: auto; padding: 0 1; border-bottom: solid $primary-darken-2; }
    ReaderPane #reader-head { height: auto; }
    ReaderPane #reader-address { height: 1; display: none; }
    ReaderPane.-address #reader-address { display: block; }
    ReaderPane > ParagraphList { height: 1fr; border: none; padding: 0; scrollbar-gutter: stable; }
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
        #: The open article's bookmarked paragraphs (kept by the library; empty without one).
        self.bookmarks: set[int] = set()
        self._start = 0  # the article's index of the window's first paragraph
        self._count = 0  # paragraphs in the window

    def compose(self) -> ComposeResult:
        with Vertical(id="reader-top"):
            yield Static(id="reader-head")
            yield Static(id="reader-address")  # the article's address, on one line (shortened to fit)
        yield ParagraphList(id="paragraphs")

    @property
    def paragraphs(self) -> ParagraphList:
        """The list of paragraphs."""
        return self.query_one(ParagraphList)

    @property
    def current(self) -> Ref | None:
        """The focused paragraph."""
        paragraphs = self.paragraphs
        if self.article is None or paragraphs.highlighted is None:
            return None
        option_id = paragraphs.get_option_at_index(paragraphs.highlighted).id
        if option_id in (_ABOVE, _BELOW, _CUT, None):
            return None
        return Ref(self.article.id, int(option_id))

    def show(
        self, story: Story, article: Article, paragraph: int = 0, *, bookmarks: set[int] | None = None,
        changed: tuple[int, float] | None = None,
    ) -> None:
        """Show *article* with *paragraph* focused and *bookmarks* marked; *changed* (its number of
        versions, the time of the latest) says under the title that its page changed."""
        self.story, self.article = story, article
        self.bookmarks = set(bookmarks or ())
        head = Text()
        head.append_text(safe(article.title, "bold"))
        meta = article.credit
        name = article_names(story.articles)[article.id]
        if name.label is not None and meta.startswith(article.outlet):
            # the outlet has several articles here: name this one as the panel and the matrix do
            meta = name.text + meta.removeprefix(article.outlet)
        head.append("\n")
        head.append_text(safe(meta, "italic"))
        if article.standfirst:
            head.append("\n")
            head.append_text(safe(article.standfirst, "dim"))
        if changed is not None:
            from datetime import datetime

            stamp = datetime.fromtimestamp(changed[1]).strftime("%Y-%m-%d %H:%M")
            head.append(f"\nChanged: version {changed[0]}, stored {stamp} · v shows the edits", style="bold yellow")
        self.query_one("#reader-head", Static).update(head)
        # a class, not `display`: a short terminal's CSS hides the address whatever the article
        self.set_class(bool(article.url), "-address")
        self.query_one("#reader-address", Static).update(Address(article.url, "dim") if article.url else "")
        self._fill(self._window_for(paragraph), paragraph)

    def _window_for(self, paragraph: int, *, share: float = 0.25) -> int:
        """Where a window starts that has about *share* of its room above *paragraph*."""
        assert self.article is not None
        texts = self.article.paragraphs
        start, used = paragraph, 0
        while (
            start > 0
            and paragraph - start < WINDOW * share
            and used + len(texts[start - 1]) <= WINDOW_CHARS * share
        ):
            start -= 1
            used += len(texts[start])
        return start

    def _fill(self, start: int, paragraph: int) -> None:
        """Fill the list with the window from *start* and focus *paragraph*."""
        assert self.story is not None and self.article is not None
        article = self.article
        end, used = start, 0
        while end < len(article.paragraphs) and end - start < WINDOW and (used < WINDOW_CHARS or end <= paragraph):
            used += len(article.paragraphs[end])
            end += 1
        options = []
        if start > 0:
            options.append(Option(Text(f"↑ {count(start, 'paragraph')} above", style="dim italic"), id=_ABOVE))
        options.extend(self._paragraph(index) for index in range(start, end))
        if end < len(article.paragraphs):
            more = len(article.paragraphs) - end
            options.append(Option(Text(f"↓ {count(more, 'paragraph')} below", style="dim italic"), id=_BELOW))
        elif article.summary_only or article.teaser:  # where the text stops, say why it stops
            note = SUMMARY_NOTE if article.summary_only else TEASER_NOTE
            options.append(Option(Text(f"✂ {note}", style="dim italic"), id=_CUT, disabled=True))
        self._start, self._count = start, end - start
        paragraphs = self.paragraphs
        with paragraphs.prevent(OptionList.OptionHighlighted):
            paragraphs.clear_options()
            paragraphs.add_options(options)
        self._highlight(paragraph)
        paragraphs.scroll_to_highlight(top=True)

    def _paragraph(self, index: int) -> Option:
        assert self.story is not None and self.article is not None
        ref = Ref(self.article.id, index)
        if index in self._headings:  # a subhead: a heading in bold, no mark (no fact, never linked)
            mark = Text("    ")
            if index in self.bookmarks:
                mark.append(BOOKMARK, style="bold reverse")
            # the outlet's note on its article (a correction, an update): in italics, not a heading
            style = "italic" if self.article.is_note(index) else "bold"
            return Option(Gutter(mark, safe(self.article.paragraphs[index], style)), id=str(index))
        matches = self.story.matches(ref)
        # How other outlets carry it, as the count says; the outlet's own other article (an
        # update) only where no other outlet does ("=V"): its words or figures are not another's.
        outlet = self.article.outlet
        shown = [m for m in matches if self.story.article(m.ref.article).outlet != outlet] or list(matches)
        mark = gutter(
            [m.kind for m in shown], self.story.outlets_carrying(ref), bookmarked=index in self.bookmarks,
            differs=any(self.story.explain(ref, m.ref)[1] for m in shown),
            compared=not self.story.alone_in_language(self.article.id),
        )
        return Option(Gutter(mark, safe(self.article.paragraphs[index])), id=str(index))

    @property
    def _headings(self) -> set[int]:
        """The open article's subheads, by paragraph index."""
        return {i for i, _ in self.article.subheads} if self.article is not None else set()

    def set_bookmark(self, paragraph: int, on: bool) -> None:
        """Show or clear the bookmark mark of *paragraph*."""
        (self.bookmarks.add if on else self.bookmarks.discard)(paragraph)
        if self._start <= paragraph < self._start + self._count:
            self.paragraphs.replace_option_prompt(str(paragraph), self._paragraph(paragraph).prompt)

    def _highlight(self, paragraph: int) -> None:
        self.paragraphs.highlighted = paragraph - self._start + (1 if self._start > 0 else 0)

    def go_to(self, paragraph: int, *, top: bool = False) -> None:
        """Focus *paragraph* of the open article, moving the window if it lies outside; with
        *top*, scroll it to the top of the pane, where opening an article puts it."""
        if self.article is None:
            return
        paragraph = max(0, min(paragraph, len(self.article.paragraphs) - 1))
        if self._start <= paragraph < self._start + self._count:
            self._highlight(paragraph)
            if top:
                self.paragraphs.scroll_to_highlight(top=True)
            return
        # Moving up, most of the new window lies above the paragraph; moving down, below.
        self._fill(self._window_for(paragraph, share=0.75 if paragraph < self._start else 0.25), paragraph)

    def jump(self, *, shared: bool | None, forward: bool = True) -> bool:
        """Move to the next (or previous) paragraph other outlets carry (or, with shared=False,
        one only this outlet has): as the gutter counts them, so a paragraph only the outlet's
        own other article carries ("=V") is no stop for n and one for u. The paragraphs of an article
        no other could be compared with (the story's only one in its language) are no stop for u."""
        current = self.current
        if self.article is None or self.story is None or current is None:
            return False
        if shared is False and self.story.alone_in_language(self.article.id):
            return False
        count = len(self.article.paragraphs)
        order = range(current.paragraph + 1, count) if forward else range(current.paragraph - 1, -1, -1)
        headings = self._headings
        for index in order:
            carried = self.story.outlets_carrying(Ref(self.article.id, index)) > 0
            if carried == shared and index not in headings:
                self.go_to(index)
                return True
        return False

    @on(ParagraphList.Boundary)
    def _boundary(self, event: ParagraphList.Boundary) -> None:
        event.stop()
        if self.article is not None:
            self.go_to(len(self.article.paragraphs) - 1 if event.last else 0)

    @on(OptionList.OptionHighlighted, "#paragraphs")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id == _ABOVE:
            self.go_to(self._start - 1)
        elif event.option.id == _BELOW:
            self.go_to(self._start + self._count)
        else:
            # The paragraph this move went to, not only :attr:`current`: keys that come in one
            # burst move the focus on before the first move is handled, and each paragraph passed
            # counts as read (README: "paragraphs count as read once focused"). An option of a
            # window (or an article) shown since is no longer this list's: then where the focus is.
            ref = self.current
            if self.article is not None and event.option.id not in (_CUT, None) and self._shown(event.option):
                ref = Ref(self.article.id, int(event.option.id))
            if ref is not None:
                self.post_message(self.ParagraphFocused(ref))

    def _shown(self, option: Option) -> bool:
        """Whether *option* is one of the paragraph list's options now."""
        try:
            return self.paragraphs.get_option(option.id or "") is option
        except OptionDoesNotExist:
            return False
