"""Pilot tests for the reader on a library: stories, reading state, bookmarks, changing stories."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from rich.console import Console

from core.reading import Item, gather
from core.library.store import Library
from core.model import Ref
from core.reading import SEEDS_DIR
from tests.pilot import ready, until
from tui.app import make_app
from tui.screens.dialogs import ChooseScreen, ConfirmScreen, PromptScreen
from tui.widgets.story_list import STORY_PREFIX, StoryList

WEB = Path(__file__).parent / "data" / "web"


async def searched(pilot, typed: str):  # type: ignore[no-untyped-def]
    """Type *typed* into the search (``/`` pressed already) and wait until its hits are shown:
    the search screen, its search of *typed* done."""
    from tui.screens.search import SearchScreen, processor

    await pilot.press(*typed)
    await until(
        pilot,
        lambda: isinstance(pilot.app.screen, SearchScreen) and pilot.app.screen.shown_query == processor(typed),
        f"the hits of {typed!r}",
    )
    return pilot.app.screen


def make_library(path: Path, *inputs: Path) -> Path:
    """A library file holding *inputs* (default: the seeds and the project's web pages)."""
    with Library(path) as library:
        for result in gather([str(p) for p in inputs or (SEEDS_DIR, WEB)], fetch=None):
            if isinstance(result, Item):
                library.add(result.article, source=result.source)
    return path


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lib.sqlite")


async def test_the_story_list_shows_the_librarys_stories(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        with Library(library_file) as library:
            stories = library.stories()
        ids = [o.id for o in main.query_one(StoryList).options]
        assert [i for i in ids if i and i.startswith(STORY_PREFIX)] == [f"{STORY_PREFIX}{s.id}" for s in stories]
        assert main.story_id == stories[0].id  # the latest news first
        # The open story's articles sit under its header.
        first = ids.index(f"{STORY_PREFIX}{stories[0].id}")
        assert ids[first + 1 : first + 1 + stories[0].articles] == [a.id for a in main.story.articles]  # type: ignore[union-attr]


async def test_enter_on_a_story_opens_it(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        seeds = next(s for s in main.stories if s.articles == 8)
        story_list = main.query_one(StoryList)
        story_list.focus()
        story_list.highlighted = story_list.get_option_index(f"{STORY_PREFIX}{seeds.id}")
        await pilot.press("enter")
        await until(pilot, lambda: main.story_id == seeds.id, "the seeds' story open")
        assert main.story_id == seeds.id and len(main.story.articles) == 8  # type: ignore[union-attr]
        assert main.reader.current == Ref(main.story.articles[0].id, 0)  # type: ignore[union-attr]
        assert app.focused is main.reader.paragraphs


async def test_read_paragraphs_and_bookmarks_are_kept_in_the_library(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        article = main.reader.article
        assert article is not None
        await pilot.press("j", "j", "b")
        await until(pilot, lambda: main.reader.bookmarks == {2}, "the bookmark on the third paragraph")
        # the article's row in the story list says so at once, not at the next start
        story_list = main.query_one(StoryList)
        read_row = lambda: " ".join(str(g.body) for g in story_list.get_option(article.id).prompt.renderables)  # type: ignore[attr-defined]  # noqa: E731
        await until(pilot, lambda: f"3/{len(article.paragraphs)} read" in read_row(), "three paragraphs read")
        row = read_row()
        assert f"3/{len(article.paragraphs)} read" in row and "new" not in row
        # and the open story's header its share read
        info = next(s for s in main.stories if s.id == main.story_id)
        console = Console(width=80, color_system=None)
        with console.capture() as drawn:
            console.print(story_list.get_option(f"{STORY_PREFIX}{info.id}").prompt)
        assert f"{100 * 3 // info.paragraphs}% read" in drawn.get()
    with Library(library_file) as library:
        assert library.read_paragraphs(article.id) == {0, 1, 2}
        assert [m.ref for m in library.bookmarks()] == [Ref(article.id, 2)]
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        assert main.reader.bookmarks == {2}  # shown again next time
        await pilot.press("B")
        await until(pilot, lambda: isinstance(app.screen, ChooseScreen), "the bookmark list")
        await pilot.press("enter")
        await until(pilot, lambda: main.reader.current == Ref(article.id, 2), "the bookmarked paragraph open")
        await pilot.press("b")  # again: the bookmark goes
        await until(pilot, lambda: main.reader.bookmarks == set(), "the bookmark gone")


async def test_paragraphs_passed_in_a_burst_of_keys_all_count_as_read(library_file: Path) -> None:
    """A fresh user's quick j j j from the first paragraph to the fourth counted only the fourth:
    the handler of each move read where the focus was by then, not where the move went."""
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        article = main.reader.article
        assert article is not None and len(article.paragraphs) >= 4
        paragraphs = main.reader.paragraphs
        for _ in range(3):  # three moves before the loop handles the first: keys that came in one read
            paragraphs.highlighted = (paragraphs.highlighted or 0) + 1
        row = lambda: " ".join(str(g.body) for g in main.query_one(StoryList).get_option(article.id).prompt.renderables)  # type: ignore[attr-defined]  # noqa: E731
        await until(pilot, lambda: f"4/{len(article.paragraphs)} read" in row(), "four paragraphs read")
        assert main.reader.current == Ref(article.id, 3)
    with Library(library_file) as library:
        assert library.read_paragraphs(article.id) == {0, 1, 2, 3}


async def test_bookmarks_without_a_library_say_how_to_get_one() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("b")
        await until(pilot, lambda: any("needs the library" in str(n.message) for n in app._notifications), "the notice")


async def test_rename_split_merge_and_remove_from_the_reader(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        start = main.story_id
        await pilot.press("R")
        await until(pilot, lambda: isinstance(app.screen, PromptScreen), "the prompt")
        await pilot.press(*"My story", "enter")
        await until(pilot, lambda: next(s.title for s in main.stories if s.id == start) == "My story", "the story renamed")

        await pilot.press("S", "y")  # the open article into a story of its own, after asking
        await until(pilot, lambda: main.story_id != start, "the article split off")
        split_off = main.story_id
        assert split_off != start and len(main.story.articles) == 1  # type: ignore[union-attr]

        await pilot.press("M")  # and back
        await until(pilot, lambda: isinstance(app.screen, ChooseScreen), "the stories to merge")
        choices = app.screen.query_one("#choices")
        choices.highlighted = choices.get_option_index(str(start))  # type: ignore[attr-defined]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("y")
        await until(pilot, lambda: start not in {s.id for s in main.stories}, "the stories merged")
        assert main.story_id == split_off and len(main.story.articles) == 2  # type: ignore[union-attr]
        assert start not in {s.id for s in main.stories}

        count = len(main.stories)
        await pilot.press("X")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("n")  # no: nothing changes
        await until(pilot, lambda: app.screen is main, "the question answered")
        assert len(main.stories) == count
        await pilot.press("X", "enter")  # a change needs the y: an Enter does nothing
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question again")
        assert len(main.stories) == count
        await pilot.press("y")
        await until(pilot, lambda: len(main.stories) == count - 1, "the story removed")
        assert len(main.stories) == count - 1 and split_off not in {s.id for s in main.stories}


async def test_one_older_story_is_counted_as_one(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        story_list = main.query_one(StoryList)
        story_list.limit = 5  # one story past the page (the library holds six)
        main._list_stories()
        more = story_list.options[-1]
        assert more.id == "more-stories" and str(more.prompt) == "↓ 1 older story (Enter lists 1 more)"


async def test_a_big_library_lists_stories_a_page_at_a_time(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        story_list = main.query_one(StoryList)
        story_list.limit = 2  # as if the library held more stories than a page
        main._list_stories()
        headers = lambda: [o.id for o in story_list.options if o.id and o.id.startswith(STORY_PREFIX)]  # noqa: E731
        assert len(headers()) == 2
        more = story_list.options[-1]
        assert more.id == "more-stories" and "4 older stories" in str(more.prompt)
        story_list.focus()
        story_list.highlighted = len(story_list.options) - 1
        await pilot.press("enter")
        await until(pilot, lambda: len(headers()) == 6, "the next page of stories")
        assert len(headers()) == 6 and story_list.options[-1].id != "more-stories"


async def test_search_reaches_the_librarys_other_stories(library_file: Path) -> None:
    from textual.widgets import OptionList

    from tui.screens.search import SearchScreen

    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        assert all("Blinken" not in p for a in main.story.articles for p in a.paragraphs)  # type: ignore[union-attr]
        start_story, start = main.story_id, main.reader.current
        await pilot.press("slash")
        screen = await searched(pilot, "blinken")
        assert isinstance(screen, SearchScreen)
        hits = screen.query_one("#search-hits", OptionList)
        # Nothing in the open story: the first hit is the seeds' story, under its heading.
        assert hits.get_option_at_index(0).disabled and hits.highlighted == 1
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is main and main.story_id != start_story, "the hit's story open")
        assert app.screen is main and len(main.story.articles) == 8  # type: ignore[union-attr]
        assert "Blinken" in main.story.text(main.reader.current)  # type: ignore[union-attr, arg-type]
        # Backspace returns to the story and paragraph the search started from, and again
        # from there is the end of the history.
        await pilot.press("backspace")
        await until(pilot, lambda: main.story_id == start_story, "the story the search started from")
        assert (main.story_id, main.reader.current) == (start_story, start)
        assert not main.history


RUNOFF = (
    "Kovačević wins Zagreb mayoral runoff\n\n"
    "ZAGREB, June 7 - Marija Kovačević won the Zagreb mayoral runoff on Sunday with 52.4 percent of the vote.\n\n"
    "Kovačević thanked her voters at a rally in the city centre late on Sunday evening.\n\n"
    "Her rival Tomislav Horvat said Kovačević had run a fair race and congratulated her.\n"
)
DERBY = (
    "Dinamo beat Hajduk in the Adriatic derby\n\n"
    "SPLIT, June 8 - Dinamo beat Hajduk 2-1 in the derby on Monday evening before a crowd of 30,000 at the Poljud stadium.\n\n"
    "Striker Luka Kovačević scored the winner in the 53rd minute with a header from a corner taken by the captain.\n"
)


async def test_search_puts_a_paragraph_with_every_word_first_whatever_its_story(tmp_path: Path) -> None:
    # A fresh user's "kovacevic 53" listed eight paragraphs of the open story holding one of the
    # words (86%, 80%…) before the one paragraph, in another story, holding both.
    from textual.widgets import OptionList

    from tui.screens.search import Elsewhere, SearchScreen

    (tmp_path / "runoff.txt").write_text(RUNOFF)
    (tmp_path / "derby.txt").write_text(DERBY)
    path = make_library(tmp_path / "lib.sqlite", tmp_path / "runoff.txt", tmp_path / "derby.txt")
    with Library(path) as library:
        runoff = next(s.id for s in library.stories() if "runoff" in s.title)
        assert len(library.stories()) == 2
    app = make_app(library=path)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        app.open_story(runoff)
        await until(pilot, lambda: main.story_id == runoff, "the runoff story open")
        await pilot.press("slash")
        screen = await searched(pilot, "kovacevic 53")
        assert isinstance(screen, SearchScreen)
        hits = screen.query_one("#search-hits", OptionList)
        shown = [(str(hits.get_option_at_index(n).prompt), hits.get_option_at_index(n).id) for n in range(hits.option_count)]
        assert shown[0][0] == "In other stories of the library"
        assert "53rd minute" in shown[1][0] and isinstance(screen._targets[str(shown[1][1])], Elsewhere)
        assert hits.highlighted == 1
        assert shown[2][0] == "In this story, with some of the words or words close to them"
        assert all("Kovačević" in text and "53" not in text for text, _ in shown[3:]) and len(shown) > 3
        status = str(screen.query_one("#search-status").render())
        assert re.fullmatch(r"(\d+) in this story \(none with every word, \1 with some of the words\), 1 in other stories", status), status


async def test_a_hit_in_another_story_chosen_over_a_view_opens_in_the_reader(library_file: Path) -> None:
    from tui.screens.quotes import QuotesScreen

    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        await pilot.press("quotation_mark")
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen), "the quotes")
        await pilot.press("slash")
        await searched(pilot, "blinken")
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is main and main.story is not None and len(main.story.articles) == 8, "the hit's story open")
        assert app.screen is main and "Blinken" in main.story.text(main.reader.current)  # type: ignore[union-attr, arg-type]


async def test_the_reader_opens_again_where_it_was_left(library_file: Path) -> None:
    """Closing the reader keeps its place (story, article, paragraph) in the library; the next
    start opens there, unless that story is gone (then the latest, as before) or another is asked for."""
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        latest = main.story_id
        seeds = next(s for s in main.stories if s.articles == 8 and s.id != latest)
        third = None
        main.go_to_story(seeds.id)
        await until(pilot, lambda: main.story_id == seeds.id, "the seeds' story open")
        assert main.story is not None
        third = main.story.articles[2].id
        main.open(Ref(third, 0))
        await pilot.press("j", "j")
        await until(pilot, lambda: main.reader.current == Ref(third, 2), "the third paragraph")
    # quitting at once (before the place is kept by the timer) keeps it too
    again = make_app(library=library_file)
    async with again.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        assert main.story_id == seeds.id and main.reader.current == Ref(third, 2)
    # another story asked for (`newsprism --story N`) wins
    other = make_app(library=library_file, story=latest)
    async with other.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        assert main.story_id == latest and main.reader.current is not None and main.reader.current.paragraph == 0
    # that opened the latest story: the place is there now; once it is removed, the latest left opens
    with Library(library_file) as library:
        assert library.place() is not None and library.place()[0] == latest  # type: ignore[index]
        library.remove(latest)  # type: ignore[arg-type]
        first = library.stories()[0].id
    last = make_app(library=library_file)
    async with last.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        assert main.story_id == first and main.reader.current is not None and main.reader.current.paragraph == 0


async def test_files_that_report_several_events_open_as_several_stories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A fresh user's `newsprism direct/` (a port fire's coverage and a court report) showed one
    # "story" of five articles, the court report's paragraphs as the fire's unique facts.
    from textual.message import Message
    from textual.notifications import Notify

    said: list[str] = []  # every notice sent: one on screen goes after a few seconds, a loaded machine's test may look later

    def told(message: Message) -> None:
        if isinstance(message, Notify):
            said.append(message.notification.message)

    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(tmp_path / "mine.sqlite"))
    app = make_app([SEEDS_DIR, WEB])
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        main = await ready(pilot)
        temporary = app._temporary
        assert temporary is not None and temporary.exists()
        assert len(main.stories) > 1
        assert main.story_id == max(main.stories, key=lambda s: (s.articles, -s.id)).id  # the largest first
        assert len(main.story.articles) == 8  # type: ignore[union-attr]  # the seeds' event
        assert any("report" in m and "events" in m for m in said)
    assert not temporary.exists()  # nothing kept on quitting
    assert not (tmp_path / "mine.sqlite").exists()  # and the user's library never touched
    single = make_app([SEEDS_DIR])  # one event: read and linked directly, as before
    async with single.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert single.library_path is None and single._temporary is None


def _toasts_fit(app) -> None:  # type: ignore[no-untyped-def]
    """Every notice on screen is whole: inside the screen, its text wrapped into the lines it has."""
    from rich.console import Console
    from rich.text import Text
    from textual.widgets._toast import Toast

    console = Console(width=200)
    for toast in app.screen.query(Toast):
        assert toast.region.y >= 0 and toast.region.bottom <= app.size.height, toast.region
        note = toast._notification
        lines = len(Text(note.message).wrap(console, toast.content_region.width)) + (1 if note.title else 0)
        assert lines <= toast.content_region.height, (note.message, toast.content_region)


async def test_notices_fit_at_80_columns_and_are_not_shown_twice(library_file: Path) -> None:
    app = make_app(library=library_file)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        main = await ready(pilot)
        stories = len(main.stories)
        await pilot.press("M")
        await until(pilot, lambda: isinstance(app.screen, ChooseScreen), "the stories to merge")
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("y")
        await until(pilot, lambda: len(main.stories) == stories - 1, "the stories merged")
        assert [n.message for n in app._notifications] == ["Stories merged: 0 new links"]
        _toasts_fit(app)
        changed = "The library was changed by another newsprism: stories reloaded"
        messages = lambda: [n.message for n in app._notifications]  # noqa: E731
        for _ in range(3):  # three reloads while the first notice is up: one notice
            main.notify(changed, title="Library changed", timeout=6)
        main.notify("Sentinel")  # notices are handled in the order sent: once it is up, so are the three
        await until(pilot, lambda: "Sentinel" in messages(), "the notices handled")
        assert messages().count(changed) == 1
        for n in range(4):  # many different notices: the oldest go, the rest fit
            main.notify(f"Refreshed {n} feeds: {n} new articles in {n} stories · 1 failed: Harbor Wire (time-out)")
        await until(pilot, lambda: any(m.startswith("Refreshed 3 feeds") for m in messages()), "the last notice")
        assert len(app._notifications) == app.MAX_TOASTS
        _toasts_fit(app)


async def test_the_bookmark_list_ends_what_it_cuts_with_an_ellipsis(tmp_path: Path) -> None:
    long = ("The harbour authority of Brennmoor said on Friday that the northern breakwater, damaged in the "
            "autumn storms, would be rebuilt over the next three summers at a cost the council has not yet "
            "agreed, and that ferries would use the southern berth until then.")
    page = tmp_path / "brennmoor.txt"
    page.write_text("Brennmoor harbour to rebuild its northern breakwater over three summers, the authority "
                    "says after a long and difficult autumn\n\n" + long + "\n\nA second paragraph follows here.\n")
    library_file = make_library(tmp_path / "lib.sqlite", page)
    app = make_app(library=library_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("b", "B")
        await until(pilot, lambda: isinstance(app.screen, ChooseScreen), "the bookmark list")
        [option] = app.screen.query_one("#choices").options  # type: ignore[attr-defined]
        head, text = str(option.prompt).split("\n")
        assert head.endswith("…") and len(head.split(" · ", 1)[1]) <= 60
        assert text.endswith("…") and len(text) <= 160 and long.startswith(text[:-1])


def test_a_folder_left_by_a_killed_reader_is_removed_by_the_next(tmp_path: Path) -> None:
    # A reader killed without quitting (its SSH connection dropped) leaves the temporary library
    # of the files it opened; the next reader that opens some removes it, not a living reader's.
    import subprocess
    import sys

    from tui.app import OPENED_PREFIX, opened_folder

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f"{OPENED_PREFIX}{gone.stdout.strip()}-abc123"
    (stale / "x").mkdir(parents=True)
    living = tmp_path / f"{OPENED_PREFIX}{os.getpid()}-def456"
    living.mkdir()
    other = tmp_path / "newsprism-opened-notapid"  # not one of ours to judge
    other.mkdir()
    fresh = opened_folder(tmp_path)
    assert fresh.is_dir() and fresh.name.startswith(f"{OPENED_PREFIX}{os.getpid()}-")
    assert not stale.exists() and living.exists() and other.exists()


def _footer_actions(main) -> set[str]:  # type: ignore[no-untyped-def]
    """The actions of the keys the main screen's footer shows (the palette's aside)."""
    from textual.widgets._footer import FooterKey

    return {k.action for k in main.query(FooterKey) if k.display and not k.has_class("-command-palette")}


async def test_removing_the_last_story_leaves_the_reader_open_and_u_brings_it_back(tmp_path: Path) -> None:
    # A fresh user (24) removed the library's last story in the reader (X, y): the reader closed
    # ("the library is empty now"), so the U its question promised could not be pressed. Then the
    # footer offered Next shared, Next unique, Search, the views and Back, which do nothing on an
    # empty library, and not U, the one way back.
    (tmp_path / "runoff.txt").write_text(RUNOFF)
    path = make_library(tmp_path / "lib.sqlite", tmp_path / "runoff.txt")
    app = make_app(library=path)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        story = main.story_id
        assert {"next_shared", "next_unique", "search", "coverage", "figures"} <= _footer_actions(main)
        assert "undo_emptied" not in _footer_actions(main)
        await pilot.press("X", "y")
        await until(pilot, lambda: main.has_class("-empty"), "the library shown empty")
        await until(pilot, lambda: _footer_actions(main) == {"undo_emptied", "quit", "help"}, "the footer of U, q and ?")
        assert app.is_running and app.return_code is None
        assert main.has_class("-empty") and main.story is None and app.story is None
        said = str(main.query_one("#empty-library").render())
        assert "The library is empty" in said and "U brings the story back" in said
        for key in ("j", "n", "u", "slash", "d", "m", "f", "quotation_mark", "v", "b", "S", "X", "M", "R"):
            await pilot.press(key)  # nothing to act on: nothing breaks
            await pilot.pause()
            if app.screen is not main:
                await pilot.press("escape")
                await pilot.pause()
        assert app.is_running and app.screen is main
        await pilot.press("U")
        await until(pilot, lambda: main.story is not None, "the story back")
        await until(pilot, lambda: "next_shared" in _footer_actions(main) and "undo_emptied" not in _footer_actions(main),
                    "the story's keys back in the footer")
        assert not main.has_class("-empty") and main.story_id == story and main.story is not None
        assert "Kovačević" in main.story.text(main.reader.current)  # type: ignore[arg-type]
    with Library(path) as library:
        assert [s.id for s in library.stories()] == [story]


async def test_an_emptied_library_shows_what_another_newsprism_adds(tmp_path: Path) -> None:
    (tmp_path / "runoff.txt").write_text(RUNOFF)
    (tmp_path / "derby.txt").write_text(DERBY)
    path = make_library(tmp_path / "lib.sqlite", tmp_path / "runoff.txt")
    app = make_app(library=path)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        await pilot.press("X", "y")
        await until(pilot, lambda: main.has_class("-empty"), "the library shown empty")
        make_library(path, tmp_path / "derby.txt")  # `newsprism add` in another terminal
        main._check_library()  # as the reader's poll does every LIBRARY_POLL seconds
        await until(pilot, lambda: main.story is not None, "the story another newsprism added")
        assert not main.has_class("-empty") and "Dinamo" in main.story.text(main.reader.current)  # type: ignore[union-attr, arg-type]
