"""The newsprism Textual app: a thin shell around the main screen; `make_app` builds it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from textual import on, work
from textual._time import get_time
from textual.app import App
from textual.events import Key
from textual.binding import Binding
from textual.command import Hit, Hits, Provider
from textual.screen import Screen

from core.errors import ConfigError, LibraryError, LibraryFailure
from core.model import Article, Ref
from core.linking.story import Story
from core.text import count
from tui.background import background
from tui.messages import LoadProgress, OpenRef, RefreshProgress
from tui.screens.main import MainScreen
from tui.widgets.bounded_list import move_cursor

if TYPE_CHECKING:
    from textual.events import Resize
    from textual.notifications import Notify
    from textual.worker import Worker

    from core.library.changes import StoryNews
    from core.library.store import Library, StoryInfo
    from core.library.refresh import FeedOutcome
    from tui.screens.search import SearchTexts

T = TypeVar("T")

#: Stories an archive lists at first (the latest); `/` finds the others by words and dates.
ARCHIVE_STORIES = 500


#: The prefix of the temporary folders of files opened as several stories; the reader's process
#: id follows it, so a later reader can tell a folder whose reader is gone.
OPENED_PREFIX = "newsprism-opened-"
#: The share of the loading bar that reading the files fills; linking fills the rest.
READ_SHARE = 0.5
#: The most inputs skipped that get a notice each; more are one notice, naming the first
#: :data:`SKIPPED_NAMED` by their files' names (all are printed whole on quitting).
SKIPPED_SHOWN = 3
SKIPPED_NAMED = 4
#: The parts of a library's reading state the reader can go without when the library cannot
#: give them (a table of theirs dropped, a row of the wrong type, a damaged page), in the order
#: a notice names them: the part's name in :attr:`NewsprismApp.unkept`, and what the user is told
#: the reader goes without. The stories and their articles are read from other tables.
READING_STATE = {
    "read": "read marks",
    "news": "what is new since your last visit",
    "place": "where you left off",
}


def opened_folder(temp: Path | None = None) -> Path:
    """A new temporary folder for the library of files opened as several stories (removed on
    quitting). Folders a reader left behind when it was killed (a dropped SSH connection: no
    quitting, so no clean-up) are removed first: their process is gone.

    *temp* is the system's temporary folder unless given (tests)."""
    import os
    import shutil
    import tempfile

    from core.library.store import process_exists

    base = Path(temp or tempfile.gettempdir())
    for stale in base.glob(OPENED_PREFIX + "*"):
        pid = stale.name[len(OPENED_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not process_exists(int(pid)) and stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{OPENED_PREFIX}{os.getpid()}-", dir=base))


class NewsprismCommands(Provider):
    """The main actions, for the command palette."""

    COMMANDS = (
        ("Next shared paragraph", "screen.next_shared", "Go to the next paragraph other outlets carry"),
        ("Previous shared paragraph", "screen.previous_shared", "Go to the previous paragraph other outlets carry"),
        ("Next unique paragraph", "screen.next_unique", "Go to the next paragraph no other outlet's paragraph is linked to"),
        ("Back", "screen.back", "Return to where the last jump came from"),
        ("Search every article", "app.search", "Fuzzy search across the story, and the library's other stories"),
        ("Quotes", "app.quotes", "Every direct quotation: speaker, outlets, variants"),
        ("Coverage matrix", "app.coverage", "Outlets against facts: who reports what, what each leaves out"),
        ("Side by side", "app.collation", "The open article beside another, aligned paragraph by paragraph"),
        ("Figures", "app.figures", "The same number as each outlet gives it, disagreements first"),
        ("Related stories", "screen.related", "Other stories of the same names, places or figures within days (an outbreak's other events)"),
        ("Bookmark paragraph", "screen.bookmark", "Bookmark the focused paragraph, or remove its bookmark"),
        ("Bookmarks", "screen.bookmarks", "Every bookmarked paragraph of the library"),
        ("Rename story", "screen.rename_story", "Give the open story a title of your own"),
        ("Merge story", "screen.merge_story", "Move another story's articles into the open one"),
        ("Split article off", "screen.split_story", "Move the open article into a story of its own"),
        ("Move article to a story", "screen.move_article", "Move the open article into another story you choose"),
        ("Remove story", "screen.remove_story", "Remove the open story and its articles from the library"),
        ("Undo story change", "screen.undo_change", "Undo the latest merge, split, move or removal of stories"),
        ("Toggle story list", "screen.toggle_stories", "Show or hide the list of articles"),
        ("Toggle cross-source panel", "screen.toggle_sources", "Show or hide the matches of the paragraph"),
        ("Refresh feeds", "app.refresh_feeds", "Fetch every subscription and add the new articles, while reading goes on"),
        ("Versions of the article", "screen.versions", "What changed in the open article since it was first stored, word by word"),
        ("Help", "app.help", "Every key and what the marks mean"),
    )

    async def discover(self) -> Hits:
        for name, action, help_text in self.COMMANDS:
            yield Hit(1.0, name, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in self.COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self.app.run_action, action), help=help_text)


class NewsprismApp(App[None]):
    """Follow one news story across outlets."""

    CSS_PATH = "app.tcss"
    TITLE = "newsprism"
    COMMANDS = App.COMMANDS | {NewsprismCommands}
    # The footer shows the main keys and the views, as many as the width has room for; the
    # toggles and library actions are in the help (?), the palette (Ctrl+P) and the README.
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("f1", "help", "Help", show=False),
        Binding("slash", "search", "Search"),
        Binding("quotation_mark", "quotes", "Quotes"),
        Binding("m", "coverage", "Matrix"),
        Binding("f", "figures", "Figures"),
        Binding("d", "collation", "Side by side"),
        Binding("r", "refresh_feeds", "Refresh", show=False),
        # Every list moves with j/k as the reader does (the reader and the views bind their own).
        Binding("j", "cursor('down')", "Down", show=False),
        Binding("k", "cursor('up')", "Up", show=False),
        # and g/G to its first / last entry, as Home/End do (trial 53: G did nothing in the figures view)
        Binding("g", "cursor('first')", "First", show=False),
        Binding("G", "cursor('last')", "Last", show=False),
    ]

    def __init__(
        self, paths: Sequence[Path] = (), *, library: Path | None = None, story: int | None = None,
        theme: str | None = None, archive: Path | None = None,
    ) -> None:
        super().__init__()
        #: The theme to start in (the config's); a theme chosen later is written to the config file.
        self.start_theme = theme
        self._saved_theme: str | None = None
        self.paths = list(paths)
        #: The library file, when the app shows the library rather than files.
        self.library_path = library
        #: The archive folder (`newsprism archive build`), when the app shows an archive.
        self.archive_path = archive
        #: The story of the library to open first (None: the latest).
        self.first_story = story
        #: The library, open on the event loop's thread for reading state and changes.
        self.library: Library | None = None
        self.story: Story | None = None
        #: The open story's paragraphs as search compares them: made by the first search.
        self.search_texts: SearchTexts | None = None
        #: What reading the files noted besides failures (a file that repeats another, shown
        #: once; a paragraph said over and over, kept once): told in the reader, and by the
        #: command line on stderr after it.
        self.notes: list[str] = []
        #: The files of :attr:`notes`: each with the file (or address) it repeats.
        self._repeated: list[tuple[str, str]] = []
        #: The articles whose files said a paragraph over and over, kept once (:attr:`notes` too).
        self._kept_once: list[Article] = []
        #: The temporary folder of the library that files reporting several events open in.
        self._temporary: Path | None = None
        #: The parts of the library's reading state (:data:`READING_STATE`) that could not be read,
        #: each with why: for the rest of the session they are neither shown nor written (so no
        #: change to them is half made), and the reader says so once (:meth:`reading_state_failed`).
        self.unkept: dict[str, LibraryError] = {}

    #: The most notices shown at once: at 24 rows a fourth would push the first off the screen.
    MAX_TOASTS = 3
    #: Below this many rows the terminal is small (40x12): a notice keeps to its title and one line
    #: of its message, cut with "…" (the ``-small`` class), and only the latest is shown. Three
    #: notices of four lines each covered the whole reader there.
    SMALL_ROWS = 16
    #: The longest a notice stays, in seconds, by its severity: a notice covers the panel (at
    #: 80x24 the bottom right), so it goes once read; Escape or a click takes it away sooner.
    #: A fresh user's notices stayed 8 and 10 seconds over half the panel.
    NOTICE_SECONDS = {"information": 4.0, "warning": 6.0, "error": 8.0}

    #: The app's keys that act on the open story: an emptied library has none, so its footer
    #: leaves them out (MainScreen.check_action for the screen's own).
    STORY_VIEWS = frozenset({"search", "quotes", "coverage", "figures", "collation"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The views are off, and out of the footer, while the library is empty (its last story
        removed: the main screen's ``-empty``)."""
        return not (action in self.STORY_VIEWS and self.screen_stack and self.screen_stack[0].has_class("-empty"))

    def on_notify(self, event: Notify) -> None:
        """Before a notice is shown (this runs before App's own handler): none if the same one
        is on screen already (two reloads, one notice); the oldest goes when more than
        :attr:`MAX_TOASTS` (one on a small terminal) would stack up; none stays longer than
        :attr:`NOTICE_SECONDS` says."""
        new = event.notification
        new.timeout = min(new.timeout, self.NOTICE_SECONDS.get(new.severity, new.timeout))
        shown = list(self._notifications)
        if any(n.message == new.message and n.title == new.title and n.severity == new.severity for n in shown):
            event.prevent_default()  # App's handler would add it
            return
        most = 1 if self.has_class("-small") else self.MAX_TOASTS
        for old in shown[: max(0, len(shown) - most + 1)]:
            self._unnotify(old, refresh=False)

    def on_resize(self, event: Resize) -> None:
        """Mark a small terminal (:attr:`SMALL_ROWS`): its notices keep to two lines, one at a time."""
        self.set_class(event.size.height < self.SMALL_ROWS, "-small")

    #: The exit status of a reader quit with Ctrl+C: 128 + SIGINT, as a shell gives a command
    #: Ctrl+C interrupts (the reader's own commands give it too), loading or not.
    INTERRUPTED = 130

    def action_help_quit(self) -> None:
        """Ctrl+C quits, as in any terminal program (Textual only says which key quits), with the
        status of an interrupted command (:attr:`INTERRUPTED`; `q` quits with 0). Where text is
        selected or a box is being typed in, Ctrl+C copies first and never gets here."""
        self.exit(return_code=self.INTERRUPTED)

    def _handle_exception(self, error: Exception) -> None:
        """Every error that reaches Textual from a handler or a worker comes here (Textual's one
        funnel, which shows a traceback with locals and exits 1). A :class:`LibraryError` there
        (the library damaged, its disk failing: :func:`core.library.store._failure`) quits instead
        as a bad input does: the terminal given back, then its one line, status 2. Once the reader
        shows a story, what reads or changes the library says its failures itself
        (:meth:`tell_library_failure`) and the reader stays: this is for the rest."""
        from textual.worker import WorkerFailed
        from rich.text import Text

        from core.sanitize import sanitize

        cause = error.error if isinstance(error, WorkerFailed) else error
        if isinstance(cause, LibraryError):
            self.exit(return_code=2, message=Text(f"newsprism: {sanitize(str(cause))}"))  # Text: a path is no markup
        else:
            super()._handle_exception(error)

    #: What a notice adds to a damaged library's line: nothing was changed, and what still works.
    DAMAGED_HINT = "newsprism leaves the file as it is; the other stories may still open"

    def tell_library_failure(self, what: str, error: LibraryError) -> None:
        """Say in the reader, in one notice, that *what* (a title: "Story 2 cannot be read") could
        not be done because of *error*, in the command line's words, and stay open: the library
        opened, so a damaged page under one story or one table need not close the others. A
        damaged file or a failing disk (:class:`LibraryFailure`) is an error and adds
        :attr:`DAMAGED_HINT`; a refusal ("nothing to undo") is a warning."""
        from core.sanitize import sanitize

        line = sanitize(str(error))
        if isinstance(error, LibraryFailure):
            self.notify(f"{line}; {self.DAMAGED_HINT}", title=what, severity="error", markup=False)
        else:
            self.notify(line, title=what, severity="warning", markup=False)

    def reading_state_failed(self, failed: dict[str, LibraryError]) -> None:
        """Say in one notice that the parts *failed* of the reading state (:data:`READING_STATE`:
        part -> why) cannot be read, with the first why in the command line's words, and keep them
        off for the rest of the session (:attr:`unkept`); parts already off are not said again."""
        from core.sanitize import sanitize

        new = {part: error for part, error in failed.items() if part not in self.unkept}
        if not new:
            return
        self.unkept.update(new)
        names = [what for part, what in READING_STATE.items() if part in new]
        parts = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        line = sanitize(str(next(iter(new.values()))))
        self.notify(
            f"{line}; the reader goes on without {parts} and keeps none of it; the file stays as it is",
            title="Reading state not kept", severity="warning", markup=False,
        )

    def on_mount(self) -> None:
        from core.config import load

        # A broken config does not stop the reader: it goes on with the defaults and says what is wrong.
        try:
            problems = list(load(lenient=True).problems)
        except ConfigError as exc:  # a bad variable ($NEWSPRISM_...): the command line stops on it first
            problems = [str(exc)]
        for problem in problems:
            self.notify(problem, title="Config", severity="warning", timeout=10)
        if self.start_theme and self.start_theme != self.theme:
            if self.start_theme in self.available_themes:
                self._saved_theme = self.start_theme
                self.theme = self.start_theme
            else:
                self.notify(f"No theme {self.start_theme!r}; showing {self.theme}", title="Config", severity="warning")
        self._saved_theme = self.theme

    def watch_theme(self, theme: str) -> None:
        """Keep a theme the user picks (Ctrl+P, 'theme') in the config file for next time."""
        if self._saved_theme is None or theme == self._saved_theme:
            return  # starting up, or no change
        from core.config import ConfigError, set_value

        self._saved_theme = theme
        try:
            set_value("theme", theme)
        except ConfigError as exc:
            self.notify(str(exc), title="Theme not saved", severity="warning", timeout=6)

    def get_default_screen(self) -> MainScreen:
        return MainScreen()

    def on_ready(self) -> None:
        # Ready comes once the DOM is built and the first frame drawn, so the
        # story never arrives before the panes that show it exist. (Starting the
        # loader at mount to overlap the first frame measured no faster: the GIL.)
        self.load()

    @work(thread=True, exclusive=True, group="load")
    @background
    def load(self) -> None:
        """Read and link the story (or open the library) off the event loop, reporting progress."""
        if self.library_path is not None:
            self._load_from_library(self.first_story, None, resume=True)
            return
        if self.archive_path is not None:
            self._load_from_archive(None, None)
            return
        from core.reading import read_paths

        self.post_message(LoadProgress(0.0, "Reading articles…"))
        articles, errors = read_paths(self.paths, progress=self._reading_progress)
        messages = [str(e) for e in errors]
        from tui.cli_reading import kept_once, repeated_files

        self._repeated = repeated_files(self.paths, articles, messages)
        self.notes = [f"{name}: the same article as {other}, shown once" for name, other in self._repeated] + kept_once(articles)
        self._kept_once = [a for a in articles if a.repeated]
        story = None
        from tui.cli_reading import events_of

        events = events_of(articles)
        if len(events) > 1:
            self._open_as_stories(articles, len(events), messages)
            return
        if articles:
            self.post_message(LoadProgress(READ_SHARE, f"Linking {count(len(articles), 'article')}…"))
            story = Story.build(articles, progress=self._linking_progress)
        elif not messages:
            messages.append("no articles found")
        # Delivered through call_from_thread, which returns once the event loop has
        # shown the story: when this worker is complete, the story is on screen.
        self.call_from_thread(self._loaded, story, messages)

    def _open_as_stories(self, articles: list[Article], events: int, messages: list[str]) -> None:
        """In a worker: files that report several events open as the stories a library makes of
        them, in a library of their own in a temporary folder (removed on quitting); the user's
        library is never touched."""
        from core.library.store import Library

        folder = opened_folder()
        self._temporary = folder
        self.library_path = folder / "opened.sqlite"
        self.post_message(LoadProgress(READ_SHARE, f"Grouping and linking {count(len(articles), 'article')}…"))
        with Library(self.library_path) as library:
            messages += [f"{path}: {why}" for path, why in library.add_batch(articles).refused]
            largest = max(library.stories(), key=lambda s: (s.articles, -s.id)).id  # the files' main story first
        self.call_from_thread(self._tell_skipped, messages)
        self.call_from_thread(self._tell_repeated)
        self.call_from_thread(
            self.notify, f"These files report {events} events, a story each in the story list (s); kept only if you `newsprism add` them",
            title="Several stories",
        )
        self._load_from_library(largest, None)

    #: The most stories the first load tries when the one to open cannot be read (a damaged page
    #: under it): past these the library is taken as unreadable, and the reader quits saying so.
    FIRST_TRIES = 10

    def _load_from_library(self, story_id: int | None, ref: Ref | None, *, resume: bool = False) -> None:
        """In a worker: read a story of the library (the latest when *story_id* is None); on
        *resume*, where the reader was when it last closed, if that story is still there (and
        *story_id* is None or names it). On *resume* (the first load), a story that cannot be read
        (:class:`LibraryFailure`) gives way to the next of the list, up to :attr:`FIRST_TRIES`,
        and the reader says which could not be read."""
        from core.library.store import Library

        assert self.library_path is not None
        self.post_message(LoadProgress(0.0, "Opening the library…"))
        unkept = set(self.unkept)  # read on the event loop only; a copy for this thread
        failed: dict[str, LibraryError] = {}  # the parts of the reading state this load could not read

        def state(part: str, read: Callable[[], T], default: T) -> T:
            """What *read* reads of the reading state's *part*, or *default* when that part is
            off, or fails now (then it is off from here on)."""
            if part in unkept or part in failed:
                return default
            try:
                return read()
            except LibraryFailure as exc:
                failed[part] = exc
                return default

        with Library(self.library_path) as library:  # a connection of the worker's own
            # What the library held when this load read it: a change made elsewhere while the
            # load runs is not taken for this reader's own (see MainScreen.show_story).
            signature = library.signature()
            # Without the read marks when they cannot be read; a failure then is the stories' own,
            # and the library cannot be opened.
            stories = state("read", library.stories, None) or library.stories(read=False)
            if not stories:
                message = f"the library {self.library_path} is empty; add articles with `newsprism add PATH|URL`"
                self.call_from_thread(self._loaded, None, [message])
                return
            from core.library.changes import news, visit

            fresh: dict[int, StoryNews] = state("news", lambda: news(library), {})
            stories.sort(key=lambda s: s.id not in fresh)  # stable: stories with news first, then the latest
            place = state("place", library.place, None) if resume else None
            if place is not None and story_id in (None, place[0]):
                story_id, ref = place
            if story_id is None or all(s.id != story_id for s in stories):
                story_id = stories[0].id
            unreadable: list[tuple[int, LibraryFailure]] = []
            tries = [story_id, *(s.id for s in stories if s.id != story_id)][: self.FIRST_TRIES if resume else 1]
            for story_id in tries:
                try:
                    story = library.story(story_id)
                    break
                except LibraryFailure as exc:
                    if story_id == tries[-1]:
                        raise  # none could be read: the library cannot be opened
                    unreadable.append((story_id, exc))
                    ref = None
            state("news", lambda: visit(library, story_id), None)  # its news are shown this once
        self.call_from_thread(self._story_loaded, story, stories, story_id, ref, fresh, signature, failed)
        for unread, failure in unreadable[:1]:  # the first says it; the others would say the same
            title = f"Story {unread} cannot be read" + (f" (nor {len(unreadable) - 1} more)" if len(unreadable) > 1 else "")
            self.call_from_thread(self.tell_library_failure, title, failure)

    def _load_from_archive(self, story_id: int | None, ref: Ref | None) -> None:
        """In a worker: read a story of the archive (the latest when *story_id* is None) and the
        story list (the latest stories, and the open one), never the whole archive."""
        from core.archive.store import Archive, ArchiveError

        assert self.archive_path is not None
        self.post_message(LoadProgress(0.0, "Opening the archive…"))
        try:
            archive = Archive(self.archive_path)
            stories = archive.stories(limit=ARCHIVE_STORIES)
            if not stories:
                self.call_from_thread(self._loaded, None, [f"the archive {self.archive_path} holds no stories"])
                return
            if story_id is None:
                story_id = stories[0].id
            if all(s.id != story_id for s in stories):
                stories.insert(0, archive.info(story_id))
            story = archive.story(story_id)
        except ArchiveError as exc:
            self.call_from_thread(self._loaded, None, [str(exc)])
            return
        self.call_from_thread(self._archive_story_loaded, story, stories, story_id, ref)

    def _archive_story_loaded(self, story: Story, stories: list[StoryInfo], story_id: int, ref: Ref | None) -> None:
        self.story, self.search_texts = story, None
        main = self.screen_stack[0]
        assert isinstance(main, MainScreen)
        main.show_story(story, stories=stories, story_id=story_id, ref=ref)

    @work(thread=True, exclusive=True, group="load")
    @background
    def open_story(self, story_id: int, ref: Ref | None = None) -> None:
        """Open another story of the library or the archive, at *ref* if given."""
        if self.archive_path is not None:
            self._load_from_archive(story_id, ref)
            return
        try:
            self._load_from_library(story_id, ref)
        except LibraryError as exc:  # the open story stays; the reader says why the other did not open
            self.call_from_thread(self._story_failed, story_id, exc)

    def _story_failed(self, story_id: int, error: LibraryError) -> None:
        """Keep the open story and the story list as they are, and say why *story_id* did not open."""
        main = self.screen_stack[0]
        assert isinstance(main, MainScreen)
        main.story_not_opened(story_id)
        self.tell_library_failure(f"Story {story_id} cannot be read", error)

    def _tell_skipped(self, messages: Sequence[str]) -> None:
        """A notice for each input skipped (one line each: "PATH: why"), up to
        :data:`SKIPPED_SHOWN`; more are one notice naming them by their files' names and counting
        the rest. Each is kept in :attr:`notes` too, printed whole on quitting: the reader's
        notices stack up to the screen's height, and a tester's folder of nine unreadable files
        showed two."""
        if len(messages) <= SKIPPED_SHOWN:
            for message in messages:
                self.notify(message, title="Skipped", severity="warning", timeout=8)
        else:
            names = [Path(m.split(": ", 1)[0]).name or m for m in messages]
            more = len(names) - SKIPPED_NAMED
            shown = ", ".join(names[:SKIPPED_NAMED]) + (f" and {more} more" if more > 0 else "")
            self.notify(f"{shown} (each named on quitting)", title=f"Skipped {len(messages)} inputs", severity="warning",
                        timeout=12)
        self.notes = [*self.notes, *(m for m in messages if m not in self.notes)]

    def _tell_repeated(self) -> None:
        """One short notice for the files that repeat another's article, and one for each article
        whose file said a paragraph over and over, kept once (their paths, which can be long, are
        printed on quitting: :attr:`notes`)."""
        from dataclasses import replace

        from core.reading.judge import repeats_note
        from tui.render import clip

        for article in self._kept_once:  # by the file's name: the path is printed on quitting
            self.notify(str(repeats_note(replace(article, path=Path(article.path).name or article.path))), title="Shown once")
        if not self._repeated:
            return
        names = [Path(name).name or name for name, _ in self._repeated]
        if len(names) == 1:
            other = self._repeated[0][1]
            # a file by its name; an article's address without its scheme, cut if long
            shown = clip(other.split("://", 1)[1], 48) if "://" in other else Path(other).name or other
            message = f"{names[0]} repeats {shown}"
        else:
            message = f"{len(names)} files repeat others: {', '.join(names[:3])}" + (" …" if len(names) > 3 else "")
        self.notify(message, title="Shown once")

    def _story_loaded(
        self, story: Story, stories: list[StoryInfo], story_id: int, ref: Ref | None, news: dict[int, StoryNews],
        signature: tuple[float, ...] | None = None, failed: dict[str, LibraryError] | None = None,
    ) -> None:
        if self.library is None:
            from core.library.store import Library

            assert self.library_path is not None
            self.library = Library(self.library_path)
            if self.library.read_only:
                self.notify("The library is read-only: what you read and mark is not kept", title="Read-only", timeout=6)
        self.reading_state_failed(failed or {})
        self.story, self.search_texts = story, None
        main = self.screen_stack[0]
        assert isinstance(main, MainScreen)
        main.show_story(story, library=self.library, stories=stories, story_id=story_id, ref=ref, news=news,
                        signature=signature)
        self._open_early_search(main)

    def on_unmount(self) -> None:
        if self.library is not None:
            self.library.close()
        if self._temporary is not None:
            import shutil

            shutil.rmtree(self._temporary, ignore_errors=True)

    def _reading_progress(self, done: int, total: int) -> None:
        """Called by the reading path in the worker thread after each file."""
        self.post_message(LoadProgress(READ_SHARE * done / max(1, total), f"Reading articles… {done} of {count(total, 'file')}"))

    def _linking_progress(self, fraction: float) -> None:
        """Called by the linker in the worker thread."""
        self.post_message(LoadProgress(READ_SHARE + (1 - READ_SHARE) * fraction, "Linking…"))

    @on(LoadProgress)
    def _progress(self, event: LoadProgress) -> None:
        # The worker's last message may come as the app closes, its screens gone (self.screen raises).
        top = self.screen_stack[-1] if self.screen_stack else None
        if isinstance(top, MainScreen):
            top.show_progress(event.fraction, event.stage)

    def _loaded(self, story: Story | None, errors: list[str]) -> None:
        """Show the story the worker read and linked, and what it skipped."""
        if story is None:
            self.exit(return_code=2, message="newsprism: " + "; ".join(errors))
            return
        self._tell_skipped(errors)
        self._tell_repeated()
        self.story, self.search_texts = story, None
        main = self.screen_stack[0]
        assert isinstance(main, MainScreen)
        main.show_story(story)
        self._open_early_search(main)

    # --- refresh ----------------------------------------------------------------

    def action_refresh_feeds(self) -> None:
        """Refresh every subscription in a worker; reading goes on, the status line tells how far."""
        if self.library_path is None:
            self.notify("Refreshing needs the library: `newsprism feeds add URL`, then open `newsprism`", timeout=5)
            return
        if any(w.group == "refresh" and w.is_running for w in self.workers):
            self.notify("A refresh is under way", timeout=2)
            return
        main = self.screen_stack[0]
        if isinstance(main, MainScreen):
            main.show_refresh(0, 0, "Refreshing…")
        self.refresh_feeds()

    @work(thread=True, exclusive=True, group="refresh")
    @background
    def refresh_feeds(self) -> None:
        """In a worker: fetch the subscriptions and store what is new (a connection of its own)."""
        from textual.worker import get_current_worker

        assert self.library_path is not None
        worker = get_current_worker()
        try:
            self._refresh_in_worker(worker)
        except (LibraryError, ConfigError) as exc:  # a library that cannot be written, a bad config: one line
            self.post_message(RefreshProgress(0, 0, f"Refresh stopped: {exc}", finished=True))

    def _refresh_in_worker(self, worker: Worker[None]) -> None:
        """Every subscription, now (the user asked: refresh.interval is for scheduled runs), under
        the config's jobs, delay, time-out and page fetching."""
        from core.config import refresh_settings
        from core.library.store import Library
        from core.library.refresh import Policy, refresh
        from core.library.subscriptions import Subscriptions
        from tui.cli_library import regrouped_lines

        policy = Policy.from_settings(refresh_settings())

        assert self.library_path is not None
        with Library(self.library_path) as library:
            feeds = Subscriptions(library).all()
            if not feeds:
                self.post_message(RefreshProgress(
                    0, 0, "No subscriptions yet: `newsprism feeds add URL` or `feeds import FILE.opml`", finished=True
                ))
                return
            self.post_message(RefreshProgress(0, len(feeds), f"Refreshing {count(len(feeds), 'feed')}…"))
            added = [0]
            held = library.placements()  # to say which articles the new ones moved (regrouped_lines)
            # The feeds not done yet, named in the line: the one a slow refresh waits on.
            waiting = {feed.id: feed.name for feed in feeds}

            def progress(done: int, total: int, outcome: FeedOutcome) -> None:
                added[0] += outcome.added
                for feed in (outcome.feed, outcome.merged_from):
                    if feed is not None:
                        waiting.pop(feed.id, None)
                self.post_message(RefreshProgress(
                    done, total, f"Refreshing: {done} of {count(total, 'feed')} done · {count(added[0], 'new article')}"
                    + (f" · waiting on {', '.join(waiting.values())}" if waiting else "")
                ))

            # the user asked: the pages that failed are asked for again too (page_wait is for scheduled runs)
            outcomes, _ = refresh(library, feeds, policy=policy, progress=progress, cancelled=lambda: worker.is_cancelled,
                                  retry_pages=True)
            moved = regrouped_lines(library, held, {})
        self.call_from_thread(self._refreshed, outcomes, moved)

    def _refreshed(self, outcomes: list[FeedOutcome], moved: Sequence[str] = ()) -> None:
        """Say what the refresh did (and a notice for each story articles held before moved into),
        and list the stories again when it added anything."""
        from tui.screens.main import refresh_summary

        main = self.screen_stack[0]
        assert isinstance(main, MainScreen)
        main.show_refresh(len(outcomes), len(outcomes), refresh_summary(outcomes), finished=True)
        from core.sanitize import sanitize

        for line in moved:  # a title is article text: no markup, no escape sequence
            self.notify(sanitize(line.replace("regrouped: ", "Regrouped: ", 1)), timeout=10, markup=False)
        if any(o.added or o.revised for o in outcomes) and main.story_id is not None:
            self.open_story(main.story_id, main.reader.current)

    @on(RefreshProgress)
    def _refresh_progress(self, event: RefreshProgress) -> None:
        main = self.screen_stack[0]
        if isinstance(main, MainScreen):
            main.show_refresh(event.done, event.total, event.line, finished=event.finished)

    def action_cursor(self, direction: str) -> None:
        """Move the focused list's cursor (j/k in the story list, the panel, dialogs; g/G to its
        ends), or scroll: :func:`~tui.widgets.bounded_list.move_cursor`."""
        move_cursor(self.focused, direction)

    def action_help(self) -> None:
        """Open the help screen: built at the first opening and kept (installed), so each
        later one shows it again instead of parsing tui/help.md and building its ~90 widgets,
        which took about a second every time."""
        from tui.screens.help import HelpScreen  # deferred: Markdown is slow to import

        if isinstance(self.screen, HelpScreen):
            return
        if not self.is_screen_installed(HelpScreen.NAME):
            self.install_screen(HelpScreen(), name=HelpScreen.NAME)
        self.push_screen(HelpScreen.NAME)

    def close_views(self) -> None:
        """Close every view over the reader, so what opens next is where the user looks."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def _open_chosen(self, ref: Ref | None) -> None:
        """Open the paragraph a view (or a search opened over views) chose in the reader, closing
        the views over it; remember where we were (Back returns)."""
        if ref is not None:
            self.close_views()
            self.screen_stack[0].post_message(OpenRef(ref))

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:  # (its overloads, passed on)
        """Push a screen (:meth:`App.push_screen`), keeping when: keys typed before it came up go to it (:meth:`on_key`)."""
        self._pushed_at = get_time()
        return super().push_screen(*args, **kwargs)

    def on_key(self, event: Key) -> None:
        """A key typed before the screen on top came up, handed to the screen below and left there
        unused, goes to the screen on top, to its focused widget: typed fast after the key that
        opened it ("/kelv" in one burst over SSH), the letters were lost (trial 52 F9)."""
        if event.time >= getattr(self, "_pushed_at", float("inf")) or len(self.screen_stack) < 2:
            return
        event.prevent_default()  # (not App's own handling of a key no binding took)
        event.stop()
        top = self.screen
        (top.focused or top).post_message(Key(event.key, event.character))

    def _show_view(self, view: type[Screen[Ref | None]], make: Callable[[Story], Screen[Ref | None]]) -> None:
        """Push the view *make* makes of the story over it (unless a *view* is already up); what it
        chooses opens in the reader. While the first story is read, say so (the key did nothing)."""
        main = self.screen_stack[0]
        if self.story is None and isinstance(main, MainScreen) and main.first_load:
            self.notify("The story is still being read, a moment", timeout=3)
            return
        if self.story is None or isinstance(self.screen, view):
            return
        self.push_screen(make(self.story), self._open_chosen)

    # The views are imported when first opened: none is needed to start.

    def action_search(self) -> None:
        """Search every article and jump to the hit (in an archive: find stories by words and dates)."""
        if self.archive_path is not None:
            from tui.screens.archive_search import ArchiveSearchScreen

            if not isinstance(self.screen, ArchiveSearchScreen):
                self.push_screen(ArchiveSearchScreen(self.archive_path), self._open_archive_story)
            return
        from tui.screens.search import SearchScreen

        main = self.screen_stack[0]
        assert isinstance(main, MainScreen)
        if self.story is None and main.first_load:
            main.start_early_search()  # opens once the story shows (_open_early_search)
            return
        library, story_id = self.library_path, main.story_id
        self._show_view(SearchScreen, lambda story: SearchScreen(story, library, story_id))

    def _open_early_search(self, main: MainScreen) -> None:
        """Once the first story shows: the search asked for while it was read, with what was typed."""
        if main.early_search is None:
            return
        from tui.screens.search import SearchScreen

        query, main.early_search = main.early_search, None
        library, story_id = self.library_path, main.story_id
        self._show_view(SearchScreen, lambda story: SearchScreen(story, library, story_id, query=query))

    def _open_archive_story(self, story_id: int | None) -> None:
        main = self.screen_stack[0]
        if story_id is not None and isinstance(main, MainScreen):
            main.go_to_story(story_id)  # Backspace comes back

    def action_quotes(self) -> None:
        """Show every quotation of the story."""
        from tui.screens.quotes import QuotesScreen

        self._show_view(QuotesScreen, QuotesScreen)

    def action_coverage(self) -> None:
        """Show the coverage matrix: facts against outlets."""
        from tui.screens.coverage import CoverageScreen

        self._show_view(CoverageScreen, CoverageScreen)

    def action_figures(self) -> None:
        """Compare the story's figures across outlets."""
        from tui.screens.figures import FiguresScreen

        self._show_view(FiguresScreen, FiguresScreen)

    def action_collation(self) -> None:
        """Set the open article beside the one sharing most with it."""
        from tui.screens.collation import CollationScreen

        main = self.screen_stack[0]
        assert isinstance(main, MainScreen)
        current = main.reader.current
        if self.story is not None and len(self.story.articles) < 2:
            self.notify("Side by side needs two articles; this story has one", timeout=3)
        elif current is not None:
            left = current.article
            self._show_view(CollationScreen, lambda story: CollationScreen(story, left))


def theme_names() -> list[str]:
    """The themes the app offers (Textual's own and any the app registers), sorted: what
    `config set theme` and `--theme` accept. Core cannot know them; the app is asked."""
    return sorted(NewsprismApp().available_themes)


def check_theme(name: str) -> str:
    """*name* if the app has such a theme; else a :class:`ConfigError` in one line listing them."""
    names = theme_names()
    if name not in names:
        raise ConfigError(f"no theme {name!r}; themes: {', '.join(names)}")
    return name


def make_app(
    paths: Sequence[Path] = (), *, library: Path | None = None, story: int | None = None, theme: str | None = None,
    archive: Path | None = None,
) -> NewsprismApp:
    """Build the app for the CLI, the tests and the screenshot script alike: on *paths*, on the
    *library* file (at *story*, else the latest story), or on the *archive* folder (`newsprism
    archive build`), in *theme* (default: the config's)."""
    if theme is None:
        from core.config import load

        theme = str(load(lenient=True)["theme"])  # a broken value: the default (the app says so)
    return NewsprismApp(paths, library=library, story=story, theme=theme, archive=archive)
