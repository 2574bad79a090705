"""Search every article of the story, fuzzily, and jump to the hit; in a library, every other
story too (its full-text index: the words as typed, then words of the library close to them).

The matching runs in a worker a slice at a time, so typing stays smooth on a story of
hundreds of articles or a 50 MB article: each key press cancels the search before it.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from itertools import takewhile
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from core.model import Ref
from core.linking.story import Story
from core.text import is_stopword
from core.text import process as fuzz_process
from core.text import search_fold
from core.text import whole_word_score
from core.views.names import article_names
from tui.background import background
from tui.render import safe
from tui.widgets.search_hits import SearchHits

#: Paragraphs scored between two checks for a newer query (and two chances for the
#: event loop to run: rapidfuzz holds the GIL while it scores a slice).
SLICE = 50
#: Seconds between two showings of the best hits so far, while a big story is searched.
UPDATE_EVERY = 0.3
#: Fuzzy hits shown from the open story, and full-text hits from the rest of the library.
STORY_HITS = 30
LIBRARY_HITS = 20
CUTOFF = 70


def processor(text: str) -> str:
    """A paragraph or a query as this search compares them: without accents (so "kovac" finds
    "Kovač", as the library's index does) and through the one rapidfuzz processor."""
    return fuzz_process(search_fold(text))


class Hit(NamedTuple):
    """How a paragraph matches the query."""

    #: How many of the query's words it holds, as typed or as a word close to one.
    held: int
    #: 0..100: the mean over the query's words of how closely it holds each (100 as typed,
    #: :func:`~core.text.whole_word_score` for a word close to it, 0 for a word it lacks).
    score: float
    #: Whether it holds every word as typed (anywhere, in any order), as the library's index finds them.
    whole: bool


class Found(NamedTuple):
    """The best hits of a search in the open story, and how many there are in all."""

    #: The best :data:`STORY_HITS` as (hit, paragraph index), the best first.
    hits: list[tuple[Hit, int]]
    #: Every paragraph matched.
    total: int
    #: Those holding every word as typed.
    whole: int
    #: Those holding every word, some only as a word close to it.
    near: int


def query_words(query: str) -> list[str]:
    """The words of a :func:`processor`-ed query, each once, in their order."""
    return list(dict.fromkeys(query.split()))


def score_words(words: Sequence[str], texts: Sequence[str]) -> list[Hit | None]:
    """How each of *texts* (:func:`processor`-ed paragraphs) matches *words*, or None where it
    holds none of them (nor a word close to one).

    Each word is matched on its own, wherever it stands: as typed (any part of a word, as the
    library's index matches), else fuzzily against whole words (so "governer marsk" finds
    "Governor Helena Marsk": matched as one phrase it found nothing). Where the query has other
    words, a function word ("the", "of") is matched only as typed and holding it alone is no hit.
    """
    scores = [[0.0] * len(words) for _ in texts]
    for w, word in enumerate(words):
        for n, text in enumerate(texts):
            if word in text:
                scores[n][w] = 100.0
        if len(words) > 1 and is_stopword(word):
            continue
        # partial_ratio finds candidates fast (in C); each is scored again on whole words,
        # so a typo's word ranks above a word that merely holds some of its letters.
        for _, _, n in process.extract(word, texts, scorer=fuzz.partial_ratio, processor=None, limit=None, score_cutoff=CUTOFF):
            if scores[n][w] < 100 and (score := whole_word_score(word, texts[n])) >= CUTOFF:
                scores[n][w] = score
    telling = [w for w, word in enumerate(words) if not is_stopword(word)] or range(len(words))
    return [
        Hit(sum(1 for v in row if v), sum(row) / len(words), all(v >= 100 for v in row)) if any(row[w] for w in telling) else None
        for row in scores
    ]


class Pacer:
    """Makes a worker thread share the GIL with the event loop: after *work* seconds of work,
    a call rests *rest* seconds. (Yielding with sleep(0) is not enough: the worker takes the
    GIL straight back and every key waits on it.)"""

    def __init__(self, work: float = 0.004, rest: float = 0.002) -> None:
        self.work, self.rest = work, rest
        self.since = time.perf_counter()

    def __call__(self) -> None:
        if time.perf_counter() - self.since >= self.work:
            time.sleep(self.rest)
            self.since = time.perf_counter()


class SearchTexts:
    """A story's paragraphs as search compares them, made once per story in the background
    (the first search of a 50 MB article would otherwise wait seconds on every key)."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.refs = [Ref(a.id, i) for a in story.articles for i in range(len(a.paragraphs))]
        self.index = {ref: n for n, ref in enumerate(self.refs)}
        self.texts: list[str] = []
        self.ready = threading.Event()

    def build(self) -> None:
        """In a worker thread: process every paragraph, a slice at a time (stopping if the app,
        which owns the worker, cancels it on the way out)."""
        worker, pace = get_current_worker(), Pacer()
        for start in range(0, len(self.refs), SLICE):
            self.texts.extend(processor(self.story.text(r)) for r in self.refs[start : start + SLICE])
            if worker.is_cancelled:
                return
            pace()
        self.ready.set()


@dataclass(frozen=True, slots=True)
class Elsewhere:
    """A hit in another story of the library: opening it opens that story."""

    story: int
    ref: Ref
    #: Whether it holds a word only as a word close to one typed (:meth:`core.library.store.Library.search_close`).
    close: bool = False


class SearchScreen(ModalScreen[Ref | None]):
    """Type to search; Enter or a click jumps to the hit; Escape closes."""

    DEFAULT_CSS = """
    SearchScreen { align: center top; }
    SearchScreen > Vertical { width: 90%; max-width: 110; height: 80%; margin-top: 2; border: round $accent; background: $surface; }
    SearchScreen OptionList { height: 1fr; border: none; }
    SearchScreen #search-status { height: auto; max-height: 3; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "dismiss(None)", "Close"), Binding("down", "focus_hits", "Hits", show=False)]

    def __init__(self, story: Story, library: Path | None = None, story_id: int | None = None, *, query: str = "") -> None:
        super().__init__()
        #: What the box holds when the search opens (typed while the first story was read).
        self.typed = query
        self.story = story
        self.library = library
        self.story_id = story_id
        self._targets: dict[str, Ref | Elsewhere] = {}
        #: Whether a search is under way (its hits so far may be on screen).
        self.searching = False
        #: The query (as :func:`processor` makes it) whose hits the list shows, once the search
        #: of it is done: what a test waits on rather than on time.
        self.shown_query: str | None = None
        #: Whether the library's index could not be read (a damaged file): only this story is searched.
        self.index_failed = False

    def on_mount(self) -> None:
        from tui.app import NewsprismApp

        app = self.app
        assert isinstance(app, NewsprismApp)
        if app.search_texts is None or app.search_texts.story is not self.story:
            app.search_texts = SearchTexts(self.story)
            # The app's worker, not the screen's: it outlives this search for the next one.
            app.run_worker(background(app.search_texts.build), thread=True, group="search-texts")
        self.texts = app.search_texts
        self.refs = self.texts.refs
        if self.typed:
            box = self.query_one("#search-input", Input)
            box.value = self.typed
            box.cursor_position = len(self.typed)

    def on_key(self, event: Key) -> None:
        """A letter typed before the box has the keys (the screen is still coming up, or the hits
        have them) goes into the box: typed fast after `/`, letters reached the reader as its
        commands (trial 52 F9)."""
        box = self.query_one("#search-input", Input)
        if box.has_focus or not (event.is_printable and event.character):
            return
        event.stop()
        event.prevent_default()
        box.focus()
        box.insert_text_at_cursor(event.character)

    def compose(self) -> ComposeResult:
        with Vertical():
            what = "this story (fuzzy) and the library" if self.library else "every article (fuzzy)"
            # Focus given back to the box (a letter typed in the hits, :meth:`on_key`) keeps what it
            # holds: the letter goes on the query, not over it.
            yield Input(placeholder=f"Search {what}…", id="search-input", select_on_focus=False)
            yield Static("", id="search-status", markup=False)
            yield SearchHits("search-input", id="search-hits")

    def action_focus_hits(self) -> None:
        self.query_one("#search-hits", SearchHits).take_focus()  # not into an empty list: the box keeps the keys

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        query = processor(event.value)
        if len(query) < 2:
            self.workers.cancel_group(self, "search")
            self._show(Found([], 0, 0, 0), [], "")
            return
        self.searching = True
        self.query_one("#search-status", Static).update(Text("Searching…"))
        self._search(query, event.value)

    @work(thread=True, exclusive=True, group="search")
    @background
    def _search(self, query: str, raw: str) -> None:
        """In a library, its index first (this story's paragraphs with the words as typed, and
        the other stories'), shown at once; then the fuzzy matches, a slice at a time, with the
        best so far shown as the search goes, so typing stays smooth on a 50 MB article."""
        worker = get_current_worker()
        found: dict[int, Hit] = {}  # paragraph index -> how it matches
        others: list[tuple[Elsewhere, Text]] = []
        if self.library is not None:
            mine, others = self._indexed(raw)
            every = len(query_words(query))
            found.update((index, Hit(every, 100.0, True)) for index in mine)
            if worker.is_cancelled:
                return
            self.app.call_from_thread(self._show, self._best(found, query), others, query, True)
        while not self.texts.ready.wait(0.05):
            if worker.is_cancelled:
                return
        texts = self.texts.texts
        shown, pace = time.monotonic(), Pacer()
        words = query_words(query)
        for start in range(0, len(texts), SLICE):
            piece = texts[start : start + SLICE]
            for n, hit in enumerate(score_words(words, piece)):
                if hit is not None and (start + n not in found or found[start + n] < hit):
                    found[start + n] = hit
            if worker.is_cancelled:
                return
            pace()  # rapidfuzz holds the GIL while it scores: let the event loop have it
            if time.monotonic() - shown > UPDATE_EVERY:
                shown = time.monotonic()
                done = f"Searching… {start / len(texts):.0%}"
                self.app.call_from_thread(self._show, self._best(found, query), others, query, True, done)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, self._best(found, query), others, query)

    def _best(self, found: dict[int, Hit], query: str) -> Found:
        """The best *STORY_HITS* of *found*: those holding more of the words (or words close to
        them) first, then the closer; among equals a paragraph holding *query*
        (:func:`processor`-ed) as a phrase first, once the paragraphs' texts are ready, then in
        the story's order. With how many there are in all."""
        texts = self.texts.texts if self.texts.ready.is_set() else []
        phrase = re.compile(rf"(?<!\S){re.escape(query)}(?!\S)")  # whole words: the texts are single-spaced
        ordered = sorted(((hit, index) for index, hit in found.items()), key=lambda item: (-item[0].held, -item[0].score, item[1]))
        best = ordered[:STORY_HITS]
        if best:  # the phrase is looked for among the last hit's equals too, not in every hit of a big story
            last = best[-1][0][:2]
            best += takewhile(lambda item: item[0][:2] == last, ordered[STORY_HITS:])

        def rank(item: tuple[Hit, int]) -> tuple[int, float, bool, int]:
            hit, index = item
            return -hit.held, -hit.score, not (index < len(texts) and phrase.search(texts[index])), index

        every = len(query_words(query))
        whole = sum(hit.whole for hit in found.values())
        near = sum(hit.held == every for hit in found.values()) - whole
        return Found(sorted(best, key=rank)[:STORY_HITS], len(found), whole, near)

    def _indexed(self, raw: str) -> tuple[list[int], list[tuple[Elsewhere, Text]]]:
        """The library's full-text hits: this story's (as paragraph indexes) and the other stories'."""
        from core.library.store import Library, LibraryError, LibraryFailure

        assert self.library is not None
        try:
            with Library(self.library) as library:
                mine = library.search(raw, limit=STORY_HITS, story=self.story_id)
                hits = library.search(raw, limit=LIBRARY_HITS, other_than=self.story_id)
                # then the other stories' paragraphs with a word close to one typed (a typo), as room allows
                if len(hits) < LIBRARY_HITS:
                    hits += library.search_close(raw, limit=LIBRARY_HITS - len(hits), other_than=self.story_id)
        except LibraryFailure as exc:
            self.index_failed = True
            # A damaged file is no "no hits": said, and the open story is still searched (it is in memory).
            self.app.call_from_thread(self.app.tell_library_failure, "The library cannot be searched", exc)  # type: ignore[attr-defined]
            return [], []
        except LibraryError:
            return [], []
        results = []
        for hit in hits:
            prompt = Text.assemble(safe(hit.outlet, "bold"), (f" ¶{hit.ref.paragraph} · ", "dim"), safe(hit.title, "italic"))
            if hit.close:  # marked as the open story's close hits are: how close, and the word found
                instead = ", ".join(f"{typed} → {held}" for typed, held in hit.instead)
                prompt.append_text(Text.assemble(("  ≈", "dim"), (f"{hit.score:.0f}% ", "dim"), safe(instead, "dim italic")))
            prompt.append("\n")
            body = safe(hit.text)
            for start, end in hit.spans:
                body.stylize("bold reverse", start, end)
            prompt.append_text(body)
            results.append((Elsewhere(hit.story, hit.ref, hit.close), prompt))
        return [self.texts.index[h.ref] for h in mine if h.ref in self.texts.index], results

    def _status(self, text: Text) -> None:
        if not self.is_attached:  # closed while the worker searched
            return
        with suppress(NoMatches):  # (its widgets may be gone before it is detached)
            self.query_one("#search-status", Static).update(text)

    def _show(
        self, found: Found, others: list[tuple[Elsewhere, Text]], query: str, partial: bool = False,
        progress: str = "Searching…",
    ) -> None:
        if not self.is_attached:
            return
        try:
            hits = self.query_one("#search-hits", OptionList)
        except NoMatches:  # closed while the worker searched: the screen is attached, its widgets gone (trial 46 F10)
            return
        # A hit the reader moved to stays highlighted as more hits come in (each update rebuilt
        # the list at its first hit, so a burst of ↓ during a search was lost and Enter opened
        # another hit).
        kept = None
        if hits.has_focus and hits.highlighted is not None and hits.highlighted < hits.option_count:
            kept = hits.get_option_at_index(hits.highlighted).id
        hits.clear_options()
        self._targets = {}
        options: list[Option] = []

        names = article_names(self.story.articles)

        def heading(text: str) -> None:
            options.append(Option(Text(text, "bold underline"), disabled=True))

        def of_this_story(score: float, index: int) -> None:
            ref = self.refs[index]
            # an outlet with two articles here names which (core.views.names): "AFP World ¶3" twice told none
            prompt = Text.assemble(safe(names[ref.article].text, "bold"), (f" ¶{ref.paragraph}  {score:.0f}%\n", "dim"))
            prompt.append_text(safe(self.story.text(ref)))
            key = f"s{index}"
            self._targets[key] = ref
            options.append(Option(prompt, id=key))

        def of_other_stories(close_ones: bool) -> None:
            listed = [(n, target, prompt) for n, (target, prompt) in enumerate(others) if target.close is close_ones]
            if listed:
                heading("In other stories, with a word close to one typed" if close_ones else "In other stories of the library")
            for n, target, prompt in listed:
                key = f"o{n}"
                self._targets[key] = target
                options.append(Option(prompt, id=key))

        # Every word first, wherever it is (this story's, then the other stories'), then this
        # story's paragraphs with some of the words or words close to them (a fresh user's one
        # paragraph with both "kovacevic" and "53" came last, below eight with one of them), and
        # last the other stories' paragraphs with a word close to one typed: a guess at a typo
        # elsewhere comes after the open story's own hits (trial 46 F12: they came first).
        complete = [(hit.score, index) for hit, index in found.hits if hit.whole]
        for score, index in complete:
            of_this_story(score, index)
        of_other_stories(False)
        close = [(hit.score, index) for hit, index in found.hits if not hit.whole]
        if close and options:
            heading("In this story, with some of the words or words close to them")
        for score, index in close:
            of_this_story(score, index)
        of_other_stories(True)
        hits.add_options(options)
        ids = [option.id for option in options]
        if kept is not None and kept in ids:
            hits.highlighted = ids.index(kept)
        elif options:
            hits.highlighted = next(n for n, option in enumerate(options) if not option.disabled)
        self.searching = partial
        self.shown_query = None if partial else query
        if partial:
            status = Text(f"{progress} {found.total} so far")
        elif not query:
            status = Text("")
        elif not found.total and not others:
            status = Text("Nothing found in this story; the library file could not be read" if self.index_failed else "Nothing found")
        else:
            here = f"{found.total} in this story"
            if found.total > found.whole:  # each with every word, unless said
                here += f" ({found.whole} with every word" if found.whole else " (none with every word"
                if len(query_words(query)) > 1:  # one word: each hit holds it or one close to it
                    if found.near:
                        here += f", {found.near}{' more' if found.whole else ''} with every word or a word close to it"
                    if some := found.total - found.whole - found.near:  # each hit said (a fresh user missed 9 of 13)
                        here += f", {some} with some of the words"
                here += ")"
            if self.index_failed:
                here += "; the library file could not be read"
            elif self.library:
                near = sum(target.close for target, _ in others)
                here += f", {len(others) - near} in other stories"
                if near:
                    here += f" (and {near} with a word close to one typed)"
            status = Text(here)
        self._status(status)

    def _open(self, key: str | None) -> None:
        target = self._targets.get(key or "")
        if isinstance(target, Elsewhere):
            from tui.app import NewsprismApp
            from tui.screens.main import MainScreen

            self.dismiss(None)
            assert isinstance(self.app, NewsprismApp)
            self.app.close_views()  # the other story opens in the reader, not under a view of this one
            main = self.app.screen_stack[0]
            assert isinstance(main, MainScreen)
            main.go_to_story(target.story, target.ref)  # Backspace comes back
        elif target is not None:
            self.dismiss(target)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        hits = self.query_one("#search-hits", OptionList)
        if hits.highlighted is not None:
            self._open(hits.get_option_at_index(hits.highlighted).id)

    @on(OptionList.OptionSelected, "#search-hits")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option.id)
