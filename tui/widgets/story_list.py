"""The story list: the stories of the library, and the open story's articles in the order they
were published, with outlet, time, title, how much others carry and how much the user has read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from core.library.changes import marks
from core.linking.story import Story
from core.model import timeline_time
from core.text import LANGUAGE_NAMES, count
from tui.render import Gutter, OneLine, safe
from tui.widgets.bounded_list import BoundedList

if TYPE_CHECKING:
    from core.library.changes import StoryNews
    from core.library.store import StoryInfo
    from core.model import Article

#: Option ids of story headers start with this; article options are the article's id.
STORY_PREFIX = "story:"
_MORE = "more-stories"
_MORE_ARTICLES = "more-articles"
#: Stories listed at first, and added by each "more" entry: a big library's list stays quick to lay out.
PAGE = 200
#: The same for the open story's articles (each entry is two or three lines to lay out).
ARTICLE_PAGE = 100



def _tight_range(first: str | None, last: str | None) -> str | None:
    """The days *first* to *last* ("2026-12-04", "2026-12-05") in the fewest columns, the last day
    without what it shares with the first: "2026-12-04–05", "2026-11-30–12-01",
    "2026-12-31–2027-01-01"; None for one day or an undated end. The form a story's row falls back
    to beside its share read in a narrow list (trial 50 F11: "2026-12-04 · 1% read" lost the range)."""
    if not first or not last or first == last:
        return None
    shared = 8 if first[:8] == last[:8] else 5 if first[:5] == last[:5] else 0
    return f"{first}–{last[shared:]}"


def _yearless(first: str | None, last: str | None) -> str | None:
    """The days *first* to *last* without their years ("11-30–12-03"; "12-04" for one day): the
    form a row falls back to where even :func:`_tight_range` does not fit (trial 53: at 80x24 the
    row said "2026-11-30 · 1% read" of a story running to 3 December). None where undated."""
    if not first or not last:
        return None
    return first[5:10] if first[:10] == last[:10] else f"{first[5:10]}–{last[5:10]}"


class StoryList(BoundedList):
    """Stories with the open one's articles under it; choosing opens a story or an article."""

    DEFAULT_CSS = """
    StoryList { height: 1fr; border: none; padding: 0; scrollbar-gutter: stable; }
    StoryList:focus { border: none; background-tint: $foreground 4%; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: How many stories the list shows; grows by PAGE with each "more" entry chosen.
        self.limit = PAGE
        #: How many of the open story's articles it shows; grows by ARTICLE_PAGE the same way.
        self.article_limit = ARTICLE_PAGE
        self._shown: tuple[Story, Sequence[StoryInfo], int | None, Mapping[str, int] | None] | None = None
        #: Each story's news since its last visit, and the open story's changed articles.
        self.news: Mapping[int, StoryNews] = {}
        self.changed: Mapping[str, tuple[int, float]] = {}

    class ArticleSelected(Message):
        """The user picked an article."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class StorySelected(Message):
        """The user picked another story of the library."""

        def __init__(self, story_id: int) -> None:
            super().__init__()
            self.story_id = story_id

    def show(
        self,
        story: Story,
        *,
        stories: Sequence[StoryInfo] = (),
        current: int | None = None,
        read: Mapping[str, int] | None = None,
        news: Mapping[int, StoryNews] | None = None,
        changed: Mapping[str, tuple[int, float]] | None = None,
    ) -> None:
        """List *story*'s articles, under its header among *stories* when the library is open.

        *read* gives, for each article, how many of its paragraphs the user has read; *news*,
        for each story, what came since its last visit (kept for the next calls); *changed*,
        the open story's articles that have several versions. The
        stories come a page at a time: the latest :data:`PAGE` (and the open one), then an
        entry that lists more.
        """
        if self._shown is None or self._shown[0] is not story:
            self.article_limit = ARTICLE_PAGE
        self._shown = (story, stories, current, read)
        if news is not None:
            self.news = news
        if changed is not None:
            self.changed = changed
        options: list[Option] = []
        if not stories:
            options.append(Option(self._files_header(story), disabled=True))
            options.extend(self._articles(story, read, self.article_limit, self.changed, self._new(current)))
        listed = [info for n, info in enumerate(stories) if n < self.limit or info.id == current]
        for info in listed:
            options.append(Option(self._header(info, open_=info.id == current, news=self.news.get(info.id)),
                                  id=f"{STORY_PREFIX}{info.id}"))
            if info.id == current:
                options.extend(self._articles(story, read, self.article_limit, self.changed, self._new(current)))
        if len(listed) < len(stories):
            more = len(stories) - len(listed)
            options.append(Option(Text(f"↓ {count(more, 'older story', 'older stories')} (Enter lists {min(more, PAGE)} more)", style="dim italic"), id=_MORE))
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            self.add_options(options)
            if highlighted is not None and highlighted in {o.id for o in options}:
                self.highlighted = self.get_option_index(highlighted)

    @staticmethod
    def _files_header(story: Story) -> Group:
        """The header of a story opened from files: its name, as a library's story list names it
        (:attr:`~core.linking.story.Story.headline`), then its days and counts on one line (the
        fullest form that fits: "2023-06-18 – 2023-06-19 · 8 articles · 6 outlets · 101 links")."""
        days = sorted({a.published[:10] for a in story.articles if a.published})
        dates = (days[0] if days[0] == days[-1] else f"{days[0]} – {days[-1]}") if days else "undated"
        articles, links = count(len(story.articles), "article"), count(len(story.links), "link")
        outlets = count(len({a.outlet for a in story.articles}), "outlet")
        counts = OneLine(*(
            Text(" · ".join(parts), style="dim")
            for parts in ((dates, articles, outlets, links), (articles, outlets, links), (articles, links))
        ))
        return Group(
            Gutter(Text("▾", style="bold"), safe(story.headline or "Untitled story", "bold"), width=2),
            Padding(counts, (0, 0, 0, 2)),
        )

    @staticmethod
    def _header(info: StoryInfo, *, open_: bool, news: StoryNews | None = None) -> Group:
        """A library story's row: its name, then its days, counts and share read on one line (the
        fullest form that fits: the outlets go first, then the year of the last day, the count of
        articles, the last day; the first day and the share read stay), then what the last refresh
        brought it. Where nothing fuller fits, the days drop their year, then the share read goes:
        a range never shows as its first day alone."""
        first, last = info.days
        dates = (first if first == last else f"{first or '?'} – {last or '?'}") or "undated"
        short = f"{first} – {last[5:]}" if first and last and first != last and first[:4] == last[:4] else dates
        articles, outlets = count(info.articles, "article"), count(len(info.outlets), "outlet")
        done = [f"{100 * info.read // max(1, info.paragraphs)}% read"] if info.read else []
        counts = OneLine(*(
            Text(" · ".join(parts), style="dim")
            for parts in ([dates, articles, outlets, *done], [dates, articles, *done], [short, articles, *done],
                          [short, *done], [_tight_range(first, last) or dates, *done],
                          [_yearless(first, last) or dates, *done], [_yearless(first, last) or dates])
        ))
        mark = "▾" if open_ else ("•" if news is not None else "▸")
        rows: list[RenderableType] = [
            Gutter(Text(mark, style="bold"), safe(info.title, "bold" if open_ else ""), width=2),
            Padding(counts, (0, 0, 0, 2)),
        ]
        if news is not None:
            rows.append(Gutter(Text(""), news_line(news), width=2))
        return Group(*rows)

    @staticmethod
    def _articles(
        story: Story, read: Mapping[str, int] | None, limit: int, changed: Mapping[str, tuple[int, float]] | None = None,
        new: frozenset[str] = frozenset(),
    ) -> list[Option]:
        options = [Option(StoryList._entry(story, article, read, changed, new), id=article.id) for article in story.articles[:limit]]
        if len(story.articles) > limit:
            more = len(story.articles) - limit
            label = f"↓ {count(more, 'more article')} (Enter lists {min(more, ARTICLE_PAGE)} more)"
            options.append(Option(Gutter(Text(""), Text(label, style="dim italic"), width=2), id=_MORE_ARTICLES))
        return options

    @staticmethod
    def _entry(
        story: Story, article: Article, read: Mapping[str, int] | None, changed: Mapping[str, tuple[int, float]] | None,
        new: frozenset[str] = frozenset(),
    ) -> Group:
        """An article's row: outlet, time (in UTC, as the list's time order reads it: core.model.timeline_time),
        shared paragraphs, whether it came since the story was last opened ("● new", as the story's
        header counts them), how much is read (or "unread"), its versions; then its title, indented
        under them (trial 46 F16: flush with the next article's outlet, a title read as that
        outlet's)."""
        shared = story.shared_paragraphs(article.id)
        state = marks(article, new=new, read=read, changed=changed).labels  # as `newsprism story show` says them
        # Of the paragraphs that report (no subhead); none compared when the others are all in
        # other languages, which the word-overlap linker cannot link.
        sharing = f"{shared}/{article.reported} shared"
        if not shared and story.alone_in_language(article.id):
            sharing = f"{LANGUAGE_NAMES.get(story.language(article.id) or '', '')}: not compared"
        outlet = safe(article.outlet, "bold")
        parts = [(timeline_time(article.published) or "undated", "dim"), (sharing, "dim"), *((s, "italic") for s in state)]
        # Each part one piece where the row wraps: "2026-11-10 06:58 UTC", "9/13 shared", "3/9 read".
        whole, end = [], len(outlet)
        for text, _ in parts:
            whole.append((end + 2, end + 2 + len(text)))
            end += 2 + len(text)
        about = Text.assemble(outlet, *((f"  {text}", style) for text, style in parts))
        return Group(Gutter(Text(""), about, width=2, whole=whole), Gutter(Text(""), safe(article.title), width=4))

    def _new(self, story: int | None) -> frozenset[str]:
        """The articles of *story* that came since it was last opened (:attr:`news`)."""
        found = self.news.get(story) if story is not None else None
        return found.articles if found is not None else frozenset()

    def set_read(self, article_id: str, done: int) -> None:
        """Show that *done* paragraphs of *article_id* are read now: its row stops saying "unread",
        and the open story's header counts them in its share read."""
        if self._shown is None:
            return
        story, stories, current, read = self._shown
        if read is None:
            return  # the list shows no read marks (files, or marks that cannot be read)
        more = done - read.get(article_id, 0)
        read = {**read, article_id: done}
        if more and current is not None:
            stories = [replace(info, read=info.read + more) if info.id == current else info for info in stories]
        self._shown = (story, stories, current, read)
        if article_id in self._option_ids():
            self.replace_option_prompt(article_id, self._entry(story, story.article(article_id), read, self.changed, self._new(current)))
        header = f"{STORY_PREFIX}{current}"
        if more and header in self._option_ids():
            info = next(i for i in stories if i.id == current)
            self.replace_option_prompt(header, self._header(info, open_=True, news=self.news.get(info.id)))

    def select_article(self, article_id: str) -> None:
        """Highlight *article_id* without announcing it, listing more articles if it is not listed yet."""
        if self._shown is not None and article_id not in self._option_ids():
            story, stories, current, read = self._shown
            position = next((n for n, a in enumerate(story.articles) if a.id == article_id), None)
            if position is not None:
                self.article_limit = (position // ARTICLE_PAGE + 1) * ARTICLE_PAGE
                self.show(story, stories=stories, current=current, read=read)
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = self.get_option_index(article_id)

    def _option_ids(self) -> set[str]:
        return {o.id for o in self.options if o.id is not None}

    @property
    def highlighted_article(self) -> str | None:
        """The id of the highlighted article, if an article (not a story) is highlighted."""
        option = self.highlighted_option
        if option is None or option.id is None or option.id.startswith(STORY_PREFIX):
            return None
        return option.id

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        if option_id in (_MORE, _MORE_ARTICLES) and self._shown is not None:
            story, stories, current, read = self._shown
            first_new = None
            if option_id == _MORE:
                self.limit += PAGE
            else:
                first_new = story.articles[self.article_limit].id
                self.article_limit += ARTICLE_PAGE
            self.show(story, stories=stories, current=current, read=read)
            if first_new is not None:  # on to the first article the entry brought in
                self.highlighted = self.get_option_index(first_new)
        elif option_id and option_id.startswith(STORY_PREFIX):
            self.post_message(self.StorySelected(int(option_id.removeprefix(STORY_PREFIX))))
        elif option_id:
            self.post_message(self.ArticleSelected(option_id))


def news_line(news: StoryNews, *, outlets: int = 3) -> Text:
    """A story's news since the last visit: "● 3 new, 1 changed · Outlet A, Outlet B and 2 more"."""
    parts = []
    if news.added:
        parts.append(f"{news.added} new")
    if news.revised:
        parts.append(f"{news.revised} changed")
    names = ", ".join(news.outlets[:outlets])
    if len(news.outlets) > outlets:
        names += f" and {len(news.outlets) - outlets} more"
    line = Text("● " + ", ".join(parts) + " · ", style="bold")
    line.append_text(safe(names, "bold"))
    return line
