"""The main screen: story list, reader and cross-source panel."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key, Resize
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Label, ProgressBar, Static

from rich.text import Text

from core.errors import LibraryError, LibraryFailure
from core.model import Ref
from core.linking.story import Story
from core.text import count
from tui.messages import OpenRef
from tui.widgets.cross_sources import CrossSources
from tui.widgets.footer import KeysFooter
from tui.widgets.reader import ReaderPane
from tui.widgets.story_list import StoryList

if TYPE_CHECKING:
    from core.library.changes import StoryNews
    from core.library.store import Library, StoryInfo
    from core.library.refresh import FeedOutcome

T = TypeVar("T")

#: Seconds between looks at whether another process (`newsprism story merge`, `add`) changed
#: the library: one PRAGMA each, cheap.
LIBRARY_POLL = 2.0

#: Below this width the panes stack and the story list folds away.
NARROW = 110
#: The fewest columns the reader keeps beside the story list (about 32 of text after its
#: gutter and scrollbar); the list is 30 wide and has a border of 1 (app.tcss).
READER_MIN = 40
#: Below this width a story list that is shown takes the whole width, the reader none: a
#: reader of 10 columns beside it (a fresh user's 40x12) is unreadable.
STORIES_BESIDE = 30 + 1 + READER_MIN
#: Below this height the reader's heading keeps to a line of title and one of credit.
SHORT = 24
#: Seconds what a refresh did stays in the status line (Escape takes it off sooner), as a notice
#: goes: it took two of 24 rows for the rest of a fresh user's session. A failed feed stays in
#: `newsprism feeds list` with why.
STATUS_SECONDS = 10.0
#: What the reader says of a library whose last story was removed (the reader stays open for `U`).
EMPTY = ("the library is empty: U brings the story back (as `newsprism story undo` does); "
         "`newsprism add PATH|URL` adds articles, and they show here")


class MainScreen(Screen[None]):
    """Three panes; history of jumps like a browser's."""


    BINDINGS = [
        Binding("n", "next_shared", "Next shared"),
        Binding("N", "previous_shared", "Prev shared", show=False),
        Binding("u", "next_unique", "Next unique"),
        Binding("backspace", "back", "Back"),
        Binding("alt+left", "back", "Back", show=False),
        Binding("b", "bookmark", "Bookmark", show=False),
        Binding("B", "bookmarks", "Bookmarks", show=False),
        Binding("R", "rename_story", "Rename story", show=False),
        Binding("M", "merge_story", "Merge story", show=False),
        Binding("S", "split_story", "Split article off", show=False),
        Binding("T", "move_article", "Move article to a story", show=False),
        Binding("X", "remove_story", "Remove story", show=False),
        Binding("v", "versions", "Versions", show=False),
        Binding("o", "related", "Related stories", show=False),
        # U in the footer only in an emptied library, where it is the way back (check_action); the
        # binding after it is U everywhere else, in the help and the palette.
        Binding("U", "undo_emptied", "Undo removal"),
        Binding("U", "undo_change", "Undo merge, split, move or removal", show=False),
        Binding("s", "toggle_stories", "Stories", show=False),
        Binding("c", "toggle_sources", "Sources", show=False),
        Binding("escape", "dismiss_notices", "Dismiss notices", show=False),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.story: Story | None = None
        #: Where each jump came from: (the story then open, or None for files; the paragraph).
        self.history: list[tuple[int | None, Ref]] = []
        #: The library and its stories, when the app shows the library rather than files.
        self.library: Library | None = None
        self.stories: list[StoryInfo] = []
        self.story_id: int | None = None
        self._seen: dict[str, set[int]] = {}  # paragraphs known to be read, per article
        #: Each story's news since its last visit, as the library said when the list was loaded.
        self.news: dict[int, StoryNews] = {}
        #: The open story's articles that changed: id -> (versions, time of the latest).
        self.changed: dict[str, tuple[int, float]] = {}
        #: The library's data_version when the panes last showed it; None before that.
        self._library_version: int | None = None
        #: The story open when another process's change was noticed (a reload is under way).
        self._changed_elsewhere: int | None = None
        self._library_poll: Timer | None = None
        #: A refresh (r) is under way: its writes are not another process's.
        self._refreshing = False
        #: Escape took the status line off during a refresh: its progress stays off, what it did shows.
        self._status_dismissed = False
        self._status_timer: Timer | None = None
        #: What a refresh did, shown after Escape took its progress off: it goes STATUS_SECONDS
        #: after the next key, not before (the user looked away: trial 38 F8).
        self._status_unseen = False
        #: Where the reader is (the story and paragraph), kept in the library for the next start.
        self._place: tuple[int, Ref] | None = None
        self._place_timer: Timer | None = None
        #: What was typed after `/` while the first story was still being read (None: no search
        #: asked for then): the search opens with it once the story shows. The letters reached the
        #: reader as its commands before ("r" started a refresh, "b" said bookmarking needs the
        #: library; a fresh user typing over SSH, trial 52 F9).
        self.early_search: str | None = None

    #: The screen's keys in the footer that act on the open story: an emptied library has none, so
    #: its footer leaves them out (the keys the help lists alone still say why when pressed).
    STORY_KEYS = frozenset({"next_shared", "next_unique", "back"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In an emptied library (``-empty``), the keys that act on a story are off and out of the
        footer, and U to undo the removal is in it; elsewhere U is in the help only."""
        if action == "undo_emptied":
            return self.has_class("-empty")
        return not (self.has_class("-empty") and action in self.STORY_KEYS)

    def action_undo_emptied(self) -> None:
        """Undo the removal that emptied the library (the footer's U there)."""
        self.action_undo_change()

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Label("Reading and linking the story…", id="loading-stage")
            yield ProgressBar(total=1.0, show_eta=False, id="loading-bar")
            yield Label("", id="early-search", markup=False)
        yield Static(id="empty-library", markup=False)
        with Horizontal(id="panes"):
            yield StoryList(id="story-list")
            with Vertical(id="reading"):
                yield ReaderPane(id="reader")
                yield CrossSources(id="cross-sources")
        with Horizontal(id="status-line"):
            yield ProgressBar(total=1.0, show_eta=False, show_percentage=False, id="refresh-bar")
            yield Label(id="refresh-text", markup=False)
        yield KeysFooter()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")
        self.set_class(event.size.width < STORIES_BESIDE, "-stories-only")
        self.set_class(event.size.height < SHORT, "-short")
        self._keep_in_view()

    def _keep_in_view(self) -> None:
        """Once the panes are laid out again, scroll the focused paragraph (and match) back into view."""

        def scroll() -> None:
            if self.is_attached and self.has_class("-loaded"):
                self.reader.paragraphs.scroll_to_highlight()
                self.query_one(CrossSources).scroll_to_highlight()

        self.call_after_refresh(scroll)

    # --- loading --------------------------------------------------------------

    @property
    def first_load(self) -> bool:
        """Whether the first story is still being read: no story (``-loaded``) nor an emptied
        library (``-empty``) shown yet."""
        return not (self.has_class("-loaded") or self.has_class("-empty"))

    def start_early_search(self) -> None:
        """`/` while the first story is read: what is typed next is kept for the search, which
        opens with it once the story shows (:meth:`on_key`; Escape forgets it)."""
        if self.early_search is None:
            self.early_search = ""
        self._show_early_search()

    def _show_early_search(self) -> None:
        said = "" if self.early_search is None else f"Search: {self.early_search}▏ (opens once the story is read; Escape: no search)"
        self.query_one("#early-search", Label).update(said)

    def _typed_early(self, event: Key) -> None:
        """While the first story is read after `/`, the keys typed are the search's: kept, not the
        reader's commands (they would act on a story not shown yet)."""
        if self.early_search is None or not self.first_load:
            return
        if event.key == "escape":
            self.early_search = None
        elif event.key == "backspace":
            self.early_search = self.early_search[:-1]
        elif event.is_printable and event.character:
            self.early_search += event.character
        else:
            return
        event.stop()
        event.prevent_default()
        self._show_early_search()

    def show_progress(self, fraction: float, stage: str) -> None:
        """Show the loading worker's progress."""
        self.query_one("#loading-bar", ProgressBar).update(progress=fraction)
        self.query_one("#loading-stage", Label).update(stage)

    def show_story(
        self,
        story: Story,
        *,
        library: Library | None = None,
        stories: list[StoryInfo] | None = None,
        story_id: int | None = None,
        ref: Ref | None = None,
        news: dict[int, StoryNews] | None = None,
        signature: tuple[float, ...] | None = None,
    ) -> None:
        """Fill the panes with *story* (one of the *library*'s *stories*, if given, each with its
        *news* since the last visit) and open *ref*, or its first article. *signature* is the
        library's :meth:`~core.library.store.Library.signature` when they were read: if it has moved
        since, another process changed the library meanwhile and the stories are read again."""
        if ref is not None and ref.article not in {a.id for a in story.articles}:
            ref = None  # the paragraph left the story (split off, or removed)
        left, self._changed_elsewhere = self._changed_elsewhere, None
        if left is not None:
            title = next((s.title for s in stories or [] if s.id == story_id), "")
            self.notify(
                "The library was changed by another newsprism: stories reloaded"
                + (f"; the open story was merged, split or removed: now in “{title}”" if story_id != left else ""),
                title="Library changed",
                timeout=6,
            )
        self.story, self.library, self.stories, self.story_id = story, library, stories or [], story_id
        if library is not None:
            self._watch_library(library, signature)
        self._seen = {}
        self.news = news or {}
        self.changed = {}
        if library is not None and story_id is not None:
            from core.library.changes import changed

            self.changed = self._read("Changes not shown", lambda: changed(library, story_id), {})
        # Showing the panes lays the whole screen out afresh, with the story in it.
        self.remove_class("-empty")
        self.refresh_bindings()  # the story's keys back in the footer
        self.add_class("-loaded")
        self._list_stories()
        self.open(ref or Ref(story.articles[0].id, 0), remember=False)
        self.query_one("#paragraphs").focus()

    def _read(self, what: str, read: Callable[[], T], default: T) -> T:
        """What *read* reads from the library, or *default* when the library fails (a damaged
        page under one table): the reader goes on without it and says *what* is missing."""
        with self._said(what):
            return read()
        return default

    @contextmanager
    def _said(self, what: str) -> Iterator[None]:
        """Run the block; a :class:`LibraryError` in it ends the block and is said in one notice
        titled *what* (``NewsprismApp.tell_library_failure``): the reader stays open on what it
        shows. The library rolls back a change it could not finish (``Library._write``)."""
        try:
            yield
        except LibraryError as exc:
            self.app.tell_library_failure(what, exc)  # type: ignore[attr-defined]

    def story_not_opened(self, story_id: int) -> None:
        """The story *story_id* could not be read: the open one stays, and so does the story list;
        the jump to it leaves nothing to go back to, and a reload it was is over."""
        current = self.reader.current
        if story_id != self.story_id and current is not None and self.history and self.history[-1] == (self.story_id, current):
            self.history.pop()  # pushed by go_to_story
        self._changed_elsewhere = None

    def show_empty(self, done: str) -> None:
        """Show the library as empty (its last story removed, *done* says how) and how to get the
        story back; the reader stays open so that `U` can be pressed."""
        self.story, self.stories, self.story_id = None, [], None
        self.app.story, self.app.search_texts = None, None  # type: ignore[attr-defined]  # no view opens on it
        self.history.clear()  # every place in it is gone
        self._place = None
        self.add_class("-empty")
        self.refresh_bindings()  # the footer keeps to the keys that act here (check_action)
        self.query_one("#empty-library", Static).update(f"{done} {EMPTY[0].upper()}{EMPTY[1:]}.")
        self.set_focus(None)
        if self.library is not None:
            try:  # the removal is this reader's own change, not another process's
                self._library_version = self.library.data_version
            except (LibraryError, sqlite3.Error):
                pass

    def _open_latest(self) -> None:
        """Leave the empty state for the library's latest story, if it holds one again."""
        try:
            stories = self.library.stories() if self.library is not None else []
        except (LibraryError, sqlite3.Error):
            return
        if stories:
            self.app.open_story(stories[0].id)  # type: ignore[attr-defined]

    def _watch_library(self, library: Library, signature: tuple[float, ...] | None) -> None:
        """Note the library's state as shown, and start looking for changes made elsewhere.

        The load's own writes (its visit) move :attr:`~core.library.store.Library.data_version` and
        are taken in; a change of what the stories hold since the load read them (another
        process's `add` that went on meanwhile) leaves the version as it was before, so the
        next look reads the stories again."""
        try:
            version = library.data_version
            moved = signature is not None and library.signature() != signature
        except (LibraryError, sqlite3.Error):
            return
        if not moved or self._library_version is None:
            self._library_version = version if not moved else version - 1
        if self._library_poll is None:
            self._library_poll = self.set_interval(LIBRARY_POLL, self._check_library)

    def _check_library(self) -> None:
        """Reload the stories when another process has changed the library since they were shown."""
        if self.library is None or self._library_version is None or self._changed_elsewhere is not None:
            return
        if self._refreshing:
            return  # the refresh's own writes: it reloads the stories itself when it is done
        if any(w.group == "load" and w.is_running for w in self.app.workers):
            return  # a story being opened records its visit: that write is this reader's own
        try:
            version = self.library.data_version
        except (LibraryError, sqlite3.Error):
            return
        if version != self._library_version and self.story is None and self.has_class("-empty"):
            self._library_version = version
            self._open_latest()  # another newsprism added articles, or undid the removal
        elif version != self._library_version and self.story_id is not None:
            self._library_version = version
            self._changed_elsewhere = self.story_id
            current = self.reader.current
            # Follow the open article to the story that holds it now (merged into another, split off).
            try:
                holder = self.library.story_of(current.article) if current is not None else None
            except (LibraryError, sqlite3.Error):
                holder = None
            self.app.open_story(holder if holder is not None else self.story_id, current)  # type: ignore[attr-defined]

    def _reading_state(self, part: str, read: Callable[[], T], default: T) -> T:
        """What *read* reads or writes of the reading state's *part* (``app.READING_STATE``), or
        *default* when that part is off (it could not be read) or fails now: then it is off for
        the rest of the session, and the app says so once."""
        if part in self.app.unkept:  # type: ignore[attr-defined]
            return default
        try:
            return read()
        except LibraryFailure as exc:
            self.app.reading_state_failed({part: exc})  # type: ignore[attr-defined]
            return default

    def _list_stories(self) -> None:
        assert self.story is not None
        library, story_id = self.library, self.story_id
        read = self._reading_state("read", lambda: library.read_counts(story_id), None) if library and story_id is not None else None
        self.query_one(StoryList).show(
            self.story, stories=self.stories, current=self.story_id, read=read, news=self.news, changed=self.changed
        )

    def show_refresh(self, done: int, total: int, line: str, *, finished: bool = False) -> None:
        """Show a refresh's progress (or, *finished*, what it did, for :data:`STATUS_SECONDS`) in
        the status line."""
        self._refreshing = not finished
        if not finished:
            self._status_unseen = False
        if self._status_timer is not None:
            self._status_timer.stop()
            self._status_timer = None
        if finished and self.library is not None:
            try:  # what the refresh wrote is not a change made elsewhere
                self._library_version = self.library.data_version
            except (LibraryError, sqlite3.Error):
                pass
        if finished and self.story is None and self.has_class("-empty"):
            self._open_latest()  # the refresh filled the emptied library again
        if finished and total == 0:
            # Nothing was refreshed (no subscriptions, or it stopped at once): a notice that goes,
            # not a status line that stays over the reading.
            self.remove_class("-status", "-refreshing")
            self.notify(line, severity="warning" if line.startswith("Refresh stopped") else "information", timeout=8)
            return
        if finished or not self._status_dismissed:
            self.add_class("-status")
        self.set_class(not finished and total > 0, "-refreshing")
        bar = self.query_one("#refresh-bar", ProgressBar)
        bar.update(total=max(1, total), progress=done)
        self.query_one("#refresh-text", Label).update(line)
        if finished:
            self._status_unseen = self._status_dismissed
            self._status_dismissed = False
            if not self._status_unseen:
                self._status_timer = self.set_timer(STATUS_SECONDS, self.dismiss_status)

    def on_key(self, event: Key) -> None:
        """A key typed after `/` while the first story is read is the search's (:meth:`_typed_early`);
        a key after what a refresh did was shown unseen: it goes as a result seen goes."""
        self._typed_early(event)
        if self._status_unseen:
            self._status_unseen = False
            self._status_timer = self.set_timer(STATUS_SECONDS, self.dismiss_status)

    def dismiss_status(self) -> None:
        """Take the status line off (a refresh under way keeps its progress off until it is done)."""
        self._status_unseen = False
        self._status_dismissed = self._refreshing
        self.remove_class("-status", "-refreshing")

    # --- navigation -----------------------------------------------------------

    @property
    def reader(self) -> ReaderPane:
        """The reader pane."""
        return self.query_one(ReaderPane)

    def open(self, ref: Ref, *, remember: bool = True) -> None:
        """Open the article of *ref* at its paragraph, keeping where we were for Back."""
        if self.story is None:
            return
        current = self.reader.current
        if remember and current is not None:
            self.history.append((self.story_id, current))
        article = self.story.article(ref.article)
        if self.reader.story is self.story and self.reader.article is not None and self.reader.article.id == article.id:
            self.reader.go_to(ref.paragraph, top=True)  # where opening another article puts it
        else:
            library = self.library
            bookmarks = self._read("Bookmarks not shown", lambda: library.bookmarked(article.id), None) if library else None
            self.reader.show(self.story, article, ref.paragraph, bookmarks=bookmarks, changed=self.changed.get(article.id))
        self.query_one(StoryList).select_article(article.id)
        self.query_one(CrossSources).show(self.story, ref)
        self._moved(ref)

    @on(OpenRef)
    def _open_ref(self, event: OpenRef) -> None:
        self.open(event.ref, remember=event.remember)
        self.query_one("#paragraphs").focus()

    @on(StoryList.ArticleSelected)
    def _article_selected(self, event: StoryList.ArticleSelected) -> None:
        self._fold_full_width_stories()
        self.open(Ref(event.article_id, 0))
        self.query_one("#paragraphs").focus()

    def _fold_full_width_stories(self) -> None:
        """Fold the story list away where it takes the whole width, so what is chosen in it shows."""
        if self.has_class("-narrow", "-show-stories", "-stories-only"):
            self.remove_class("-show-stories")
            self._keep_in_view()

    @on(StoryList.StorySelected)
    def _story_selected(self, event: StoryList.StorySelected) -> None:
        self._fold_full_width_stories()
        if event.story_id == self.story_id:
            self.query_one("#paragraphs").focus()
        else:
            self.go_to_story(event.story_id)

    @on(ReaderPane.ParagraphFocused)
    def _paragraph_focused(self, event: ReaderPane.ParagraphFocused) -> None:
        if self.story is not None:
            self.query_one(CrossSources).show(self.story, event.ref)
        self._mark_read(event.ref)
        self._moved(event.ref)

    #: Seconds of staying on a paragraph before it is kept as the place to open next time.
    PLACE_DELAY = 2.0

    def _moved(self, ref: Ref) -> None:
        """Note that the reader is at *ref*; kept in the library once the reader stays there a
        moment (one write, not one per key), and when the reader closes."""
        if self.library is None or self.story_id is None:
            return
        self._place = (self.story_id, ref)
        if self._place_timer is not None:
            self._place_timer.stop()
        self._place_timer = self.set_timer(self.PLACE_DELAY, self._keep_place)

    def _keep_place(self) -> None:
        library = self.library
        if library is None or self._place is None:
            return
        place, self._place = self._place, None
        try:
            self._reading_state("place", lambda: library.keep_place(*place), None)
        except (LibraryError, sqlite3.Error):
            pass  # a library that cannot be written now (busy, read-only): the reader opens on the latest story

    def on_unmount(self) -> None:
        self._keep_place()  # the app closes the library after its screens

    def _mark_read(self, ref: Ref) -> None:
        """Remember in the library that the user has seen paragraph *ref*."""
        library = self.library
        if library is None or "read" in self.app.unkept:  # type: ignore[attr-defined]
            return
        seen = self._seen.get(ref.article)
        if seen is None:
            seen = self._reading_state("read", lambda: library.read_paragraphs(ref.article), None)
            if seen is None:
                return  # the read marks cannot be read: none is shown or written
            self._seen[ref.article] = seen
        if ref.paragraph not in seen:
            seen.add(ref.paragraph)
            try:
                self._reading_state("read", lambda: library.mark_read(ref), None)
            except LibraryError as exc:  # busy: another newsprism is writing
                self.app.tell_library_failure("Not marked as read", exc)  # type: ignore[attr-defined]
                return
            if "read" not in self.app.unkept:  # type: ignore[attr-defined]
                self.query_one(StoryList).set_read(ref.article, len(seen))

    def go_to_story(self, story_id: int, ref: Ref | None = None) -> None:
        """Open another story of the library (at *ref*), remembering where we were for Back."""
        current = self.reader.current
        if current is not None and story_id != self.story_id:
            self.history.append((self.story_id, current))
        self.app.open_story(story_id, ref)  # type: ignore[attr-defined]

    def action_back(self) -> None:
        """Go back to where the last jump came from, in this story or in the one it left."""
        if not self.history:
            self.notify("Nothing to go back to", timeout=2)
            return
        story_id, ref = self.history.pop()
        if story_id == self.story_id or story_id is None:
            self.open(ref, remember=False)
            self.query_one("#paragraphs").focus()
            return
        holder = None  # an archive's stories never change
        try:  # the story that holds the paragraph now (it may have been merged into another since)
            holder = self.library.story_of(ref.article) if self.library is not None else None
        except (LibraryError, sqlite3.Error):
            pass
        self.app.open_story(holder if holder is not None else story_id, ref)  # type: ignore[attr-defined]

    def _jump(self, *, shared: bool, forward: bool, what: str) -> None:
        if self.story is None:
            return  # an empty library (the last story removed): no paragraph to go from
        if not self.reader.jump(shared=shared, forward=forward):
            self.notify(f"No {what} {'below' if forward else 'above'}", timeout=2)
        self.query_one("#paragraphs").focus()

    def action_next_shared(self) -> None:
        """Go to the next paragraph other outlets carry."""
        self._jump(shared=True, forward=True, what="shared paragraph")

    def action_previous_shared(self) -> None:
        """Go to the previous paragraph other outlets carry."""
        self._jump(shared=True, forward=False, what="shared paragraph")

    def action_next_unique(self) -> None:
        """Go to the next paragraph no other outlet's paragraph is linked to (·, or =)."""
        self._jump(shared=False, forward=True, what="unique paragraph")

    def action_toggle_stories(self) -> None:
        """Show or hide the story list; shown, it takes the keys (j and k move in it), hidden, it
        gives them back to the reader."""
        self.toggle_class("-hide-stories" if not self.has_class("-narrow") else "-show-stories")
        self._keep_in_view()
        self.call_after_refresh(self._focus_stories)

    def _focus_stories(self) -> None:
        stories = self.query_one(StoryList)
        if stories.display and stories.region.width:
            stories.focus()
        elif self.focused is None or self.focused is stories or stories in self.focused.ancestors:
            self.query_one("#paragraphs").focus()

    def action_dismiss_notices(self) -> None:
        """Take the notices off the screen (they cover the panel's corner), and the status line."""
        self.app.clear_notifications()
        if self.has_class("-status"):
            self.dismiss_status()

    def action_toggle_sources(self) -> None:
        """Show or hide the cross-source panel."""
        self.toggle_class("-hide-sources")
        self._keep_in_view()

    def action_versions(self) -> None:
        """Show what changed in the open article between its versions, word by word."""
        from core.library.changes import versions
        from tui.screens.versions import VersionsScreen, when

        library = self._need_library("Versions")
        article = self.reader.article
        if library is None or article is None:
            return
        found = self._read("Versions cannot be shown", lambda: versions(library, article.id), None)
        if found is None:
            return
        if len(found) < 2:
            stored = f" (stored {when(found[0].at)})" if found else ""
            self.notify(f"This article has not changed since newsprism stored it{stored}", timeout=3)
            return
        self.app.push_screen(VersionsScreen(article.outlet, found))

    # --- the library: bookmarks and changing stories ---------------------------

    def _need_library(self, what: str, *, change: bool = True) -> Library | None:
        if self.first_load and getattr(self.app, "library_path", None) is not None:
            self.notify(f"{what}: the story is still being read, a moment", timeout=3)
            return None
        if self.library is not None and self.story is None and self.has_class("-empty"):
            self.notify(f"{what}: the library is empty (U brings the story back)", timeout=4)
            return None
        if self.library is None or self.story_id is None:
            self.notify(f"{what} needs the library: add these files with `newsprism add`, then open `newsprism`", timeout=5)
            return None
        if change and self.library.read_only:
            self.notify(f"{what} needs a library that can be written; this one is read-only", timeout=5)
            return None
        return self.library

    def action_bookmark(self) -> None:
        """Bookmark the focused paragraph, or remove its bookmark."""
        library = self._need_library("Bookmarking")
        ref = self.reader.current
        if library is None or ref is None:
            return
        # The mark in the gutter is the answer: no toast to cover the panel.
        with self._said("Bookmark not changed"):
            self.reader.set_bookmark(ref.paragraph, library.toggle_bookmark(ref))

    def action_bookmarks(self) -> None:
        """Choose among every bookmark of the library and open it."""
        from tui.render import clip, safe
        from tui.screens.dialogs import ChooseScreen

        library = self._need_library("Bookmarks", change=False)
        if library is None:
            return
        marks = self._read("Bookmarks cannot be listed", library.bookmarks, None)
        if marks is None:
            return
        where = {f"{m.ref.article}:{m.ref.paragraph}": m for m in marks}
        options = [
            (key, Text.assemble(safe(m.outlet, "bold"), safe(f" ¶{m.ref.paragraph} · {clip(m.title, 60)}", "dim"), "\n", safe(clip(m.text, 160))))
            for key, m in where.items()
        ]

        def chosen(key: str | None) -> None:
            if key is None:
                return
            mark = where[key]
            if mark.story == self.story_id:
                self.open(mark.ref)
                self.query_one("#paragraphs").focus()
            else:
                self.go_to_story(mark.story, mark.ref)

        self.app.push_screen(ChooseScreen("Bookmarks", options, empty="No bookmarks yet: b bookmarks a paragraph"), chosen)

    def _stories_changed(self, message: str, story_id: int | None = None) -> None:
        """Reload the story list (and the story) after a change, and say what changed."""
        self.notify(message, timeout=4)
        current = self.reader.current
        self.app.open_story(story_id if story_id is not None else self.story_id, current)  # type: ignore[attr-defined]

    def action_rename_story(self) -> None:
        """Give the open story a title of the user's own."""
        from tui.screens.dialogs import PromptScreen

        library = self._need_library("Renaming a story")
        if library is None:
            return
        story_id = self.story_id
        title = next((s.title for s in self.stories if s.id == story_id), "")

        def rename(value: str | None) -> None:
            if value is None or story_id is None:
                return
            with self._said("Story not renamed"):
                library.rename(story_id, value)
                self._stories_changed("Story renamed" if value.strip() else "Story title reset")

        self.app.push_screen(PromptScreen("Rename the story (empty: the name its articles give it)", title), rename)

    def action_merge_story(self) -> None:
        """Choose another story and move its articles into the open one."""
        from tui.screens.dialogs import STORY_FILTER_HINT, ChooseScreen, ConfirmScreen

        library = self._need_library("Merging stories")
        if library is None:
            return
        story_id = self.story_id
        options = self._other_stories(story_id)

        def merge(key: str | None) -> None:
            if key is None or story_id is None:
                return
            other = next((s for s in self.stories if s.id == int(key)), None)
            what = f"“{other.title}” ({count(other.articles, 'article')})" if other else f"story {key}"

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self._change(lambda: library.merge(story_id, [int(key)]), lambda links: f"Stories merged: {count(links, 'new link')}")

            self.app.push_screen(ConfirmScreen(f"Move the articles of {what} into this story? (U undoes it)"), confirmed)

        self.app.push_screen(ChooseScreen("Merge which story into this one?", options, empty="No other story",
                                          hint=STORY_FILTER_HINT), merge)

    def action_split_story(self) -> None:
        """Move the open article into a story of its own, after asking."""
        from tui.screens.dialogs import ConfirmScreen

        library = self._need_library("Splitting a story")
        article = self.reader.article
        story_id = self.story_id
        if library is None or article is None or story_id is None or self.story is None:
            return
        if len(self.story.articles) < 2:
            self.notify("This story has one article; there is nothing to split off", timeout=3)
            return

        def split(yes: bool | None) -> None:
            if yes:
                self._change(
                    lambda: library.split(story_id, [article.id]),
                    lambda new: f"{article.outlet}'s article moved to a new story",
                    opens=lambda new: new,
                )

        question = f"Move {article.outlet}'s article “{article.title}” into a story of its own? (U undoes it)"
        self.app.push_screen(ConfirmScreen(question), split)

    def action_related(self) -> None:
        """List the stories related to the open one (the same names, places or figures within days,
        not one event: an outbreak's other events, :meth:`core.library.store.Library.related`), the
        most related first; Enter opens one (Backspace comes back)."""
        from tui.render import safe
        from tui.screens.dialogs import ChooseScreen

        library = self._need_library("Related stories", change=False)
        story_id = self.story_id
        if library is None or story_id is None:
            return
        related = self._read("Related stories cannot be listed", lambda: library.related(story_id), None)
        if related is None:
            return
        options = []
        for other in related:
            first, last = other.days
            dates = first if first == last else f"{first or '?'} – {last or '?'}"
            options.append((str(other.story), Text.assemble(safe(other.title, "bold"), (f"\nstory {other.story} · {dates or 'undated'}", "dim"))))

        def chosen(key: str | None) -> None:
            if key is not None:
                self.go_to_story(int(key))

        self.app.push_screen(ChooseScreen(
            "Related stories: the same names, places or figures within days, other events", options,
            empty="No story shares enough with this one",
        ), chosen)

    def _other_stories(self, story_id: int | None) -> list[tuple[str, Text]]:
        """The stories but *story_id* as a chooser lists them: the title, then its number, first
        day and articles (the number is the one `newsprism story` commands and the filter take)."""
        from tui.render import safe

        return [
            (str(s.id), Text.assemble(safe(s.title, "bold"),
                                      (f"\nstory {s.id} · {(s.first or 'undated')[:10]} · {count(s.articles, 'article')}", "dim")))
            for s in self.stories
            if s.id != story_id
        ]

    def action_move_article(self) -> None:
        """Choose another story and move the open article into it, after asking (U undoes it)."""
        from tui.screens.dialogs import STORY_FILTER_HINT, ChooseScreen, ConfirmScreen

        library = self._need_library("Moving an article")
        article = self.reader.article
        story_id = self.story_id
        if library is None or article is None or story_id is None:
            return
        options = self._other_stories(story_id)

        def move(key: str | None) -> None:
            if key is None:
                return
            target = next((s for s in self.stories if s.id == int(key)), None)
            what = f"“{target.title}”" if target else f"story {key}"

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self._change(
                        lambda: library.move([article.id], int(key)),
                        lambda links: f"{article.outlet}'s article moved: {count(links, 'link')} there",
                        opens=lambda _: int(key),
                    )

            self.app.push_screen(ConfirmScreen(f"Move {article.outlet}'s article “{article.title}” into {what}? (U undoes it)"), confirmed)

        self.app.push_screen(ChooseScreen("Move the open article into which story?", options, empty="No other story",
                                          hint=STORY_FILTER_HINT), move)

    def _change(
        self,
        change: Callable[[], T],
        message: Callable[[T], str],
        *,
        opens: Callable[[T], int | None] = lambda _: None,
    ) -> None:
        """Make a *change* to the library, say what it did, and show the stories again (at the
        story *opens* gives, else the open one); a change the library refuses is one line."""
        with self._said("Stories not changed"):
            result = change()
            self._stories_changed(message(result), opens(result))

    def action_undo_change(self) -> None:
        """Undo the latest merge, split, move or removal (from here or from `newsprism story ...`)."""
        library = self.library if self.has_class("-empty") else self._need_library("Undoing a change")
        if library is None:
            return
        article = self.reader.article
        with self._said("Not undone"):
            undone = library.undo()
            # The open article, where the undo moved it back, is followed to its story; else the
            # first story the undo gave articles back to is opened.
            holder = library.story_of(article.id) if article is not None else None
            opens = holder if holder in undone.stories else (undone.stories[0] if undone.stories else None)
            self._stories_changed(f"Undone: {undone.change.summary}", opens)

    def action_remove_story(self) -> None:
        """Remove the open story and its articles from the library, after asking."""
        from tui.screens.dialogs import ConfirmScreen

        library = self._need_library("Removing a story")
        if library is None or self.story is None:
            return
        story_id = self.story_id
        n = len(self.story.articles)

        def remove(yes: bool | None) -> None:
            if not yes or story_id is None:
                return
            rest = [s.id for s in self.stories if s.id != story_id]
            if not rest:
                with self._said("Story not removed"):
                    library.remove(story_id)
                    self.show_empty(f"Removed the story and its {count(n, 'article')}.")
                return
            self._change(lambda: library.remove(story_id), lambda _: f"Removed the story and its {count(n, 'article')} (U undoes it)", opens=lambda _: rest[0])

        self.app.push_screen(ConfirmScreen(f"Remove this story and its {count(n, 'article')} from the library? (U undoes it)"), remove)


def refresh_summary(outcomes: list[FeedOutcome]) -> str:
    """One line saying what a refresh did: feeds, new and changed articles, stories, failures."""
    failed = [o for o in outcomes if o.status == "failed"]
    added = sum(o.added for o in outcomes)
    revised = sum(o.revised for o in outcomes)
    stories = len({s for o in outcomes for s in o.stories})
    line = f"Refreshed {count(len(outcomes) - len(failed), 'feed')}: {count(added, 'new article')}"
    if revised:
        line += f", {count(revised, 'changed article')}"
    if stories:
        line += f" in {count(stories, 'story', 'stories')}"
    if failed:
        first = failed[0]
        line += f" · {len(failed)} failed: {first.feed.name} ({first.error})" + (" …" if len(failed) > 1 else "")
    return line
