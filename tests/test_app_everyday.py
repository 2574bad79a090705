"""Pilot tests for everyday use (issue 16): keys in every list, views that never hide text,
the coverage matrix, asking before changes, and a reader that notices the CLI's changes."""

from __future__ import annotations

from typing import NoReturn

import pytest
from rich.text import Text
from textual.widgets import OptionList

from core.reading import SEEDS_DIR
from tui.app import make_app
from tui.render import Gutter
from tui.screens.coverage import CoverageScreen
from tui.screens.figures import FiguresScreen
from tui.screens.quotes import QuotesScreen
from tui.widgets.cross_sources import CrossSources
from tui.widgets.footer import KeysFooter
from tui.widgets.story_list import StoryList
from tests.pilot import open_view as _open_view
from tests.pilot import ready, until


async def _all_lines(pilot, widget: OptionList) -> list[str]:  # type: ignore[no-untyped-def]
    """Every line *widget* draws, scrolling it from top to bottom."""
    lines: list[str] = []
    height = widget.scrollable_content_region.height
    for top in range(0, max(1, widget.virtual_size.height), height):
        widget.scroll_to(y=top, animate=False, immediate=True)
        await pilot.pause()
        first = round(widget.scroll_offset.y)
        for y in range(top - first, min(height, widget.virtual_size.height - first)):
            lines.append(widget.render_line(y).text)
    return lines


def _plain(option_prompt: object) -> str:
    if isinstance(option_prompt, Gutter):
        return " ".join(option_prompt.body.plain.split())
    assert isinstance(option_prompt, Text)
    return " ".join(option_prompt.plain.split())


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize(("key", "view"), [("quotation_mark", QuotesScreen), ("f", FiguresScreen)])
async def test_wrapped_views_never_drop_a_line(size: tuple[int, int], key: str, view: type) -> None:
    """Every word of every entry is drawn, even where the scrollbar narrows the list."""
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        screen = await _open_view(pilot, key, view)
        body = screen.body
        drawn = " ".join(" ".join(line.split()) for line in await _all_lines(pilot, body))
        drawn = " ".join(drawn.split())
        for option in body.options:
            assert _plain(option.prompt) in drawn


async def test_j_and_k_move_in_the_story_list_and_the_panel() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        story_list = screen.query_one(StoryList)
        story_list.focus()
        await pilot.pause()
        start = story_list.highlighted
        await pilot.press("j", "j")
        assert story_list.highlighted == start + 2
        await pilot.press("k")
        assert story_list.highlighted == start + 1
        panel = screen.query_one(CrossSources)
        panel.focus()
        await pilot.pause()
        first = panel.highlighted
        await pilot.press("j")
        assert panel.highlighted is not None and panel.highlighted > first
        await pilot.press("k")
        assert panel.highlighted == first


def _visible_text(widget: OptionList) -> str:
    return " ".join(" ".join(widget.render_line(y).text.split()) for y in range(widget.scrollable_content_region.height))


@pytest.mark.parametrize("key", ["c", "s"])
async def test_showing_or_hiding_a_pane_keeps_the_focused_paragraph_in_view(key: str) -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")  # the panel away: the reader has the whole height
        await pilot.press(*"j" * 14)
        ref = screen.reader.current
        words = " ".join(app.story.text(ref).split()[:4])
        for _ in range(2):
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            assert screen.reader.current == ref
            assert words in _visible_text(screen.reader.paragraphs)


@pytest.mark.parametrize(
    ("size", "shown", "hidden"),
    [
        ((120, 40), ["Quotes", "Matrix", "Figures", "Side by side"], []),
        # A fresh user at 80 columns missed m and f: the footer kept Back and Quit instead.
        ((80, 24), ["Next shared", "Next unique", "Help", "Matrix", "Figures"], ["Back", "Quit"]),
        ((40, 12), ["Next shared", "Help"], ["Matrix", "Quit"]),
    ],
)
async def test_the_footer_shows_the_most_important_keys_that_fit(size, shown, hidden) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets._footer import FooterKey

    from tui.widgets.footer import rank

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.pause()
        keys = {k.description: k for k in app.screen.query(FooterKey) if k.description}
        visible = {d for d, k in keys.items() if k.display}
        assert set(shown) <= visible and not set(hidden) & visible
        # the keys left out are less important than every key shown
        left_out = [k for k in keys.values() if not k.display]
        assert all(rank(k) > rank(s) for k in left_out for s in keys.values() if s.display)
        # what is shown is shown whole, in the bindings' order: the keys end within the footer
        footer = app.screen.query_one(KeysFooter)
        assert all(k.region.right <= footer.region.right for k in keys.values() if k.display)


async def test_matrix_keeps_the_fact_column_shows_the_whole_fact_and_the_cells_paragraph() -> None:
    from textual.widgets import DataTable, Static

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        matrix = await _open_view(pilot, "m", CoverageScreen)
        table = matrix.query_one(DataTable)
        assert table.fixed_columns == 1
        # outlet names are not cut to a few letters: wrapped over two heading lines
        headings = [str(c.label).replace("\n", " ") for c in table.columns.values()][1:]
        assert "The National" in headings and "Global Times" in headings
        await pilot.press("j", "j", *"l" * 8)  # far across the outlets
        await pilot.pause()
        assert table.scroll_x > 0 and table.cursor_coordinate.column == 8
        fact = matrix.rows[2]
        detail = str(matrix.query_one("#matrix-text", Static).render())
        assert " ".join(app.story.text(fact.lead).split()) in " ".join(detail.split())  # the paragraph that stands for it
        ref = matrix.cells.get(table.cursor_coordinate)
        if ref is not None and ref != fact.lead:
            assert " ".join(app.story.text(ref).split()[:8]) in " ".join(detail.split())


async def test_enter_on_a_matrix_cell_puts_the_paragraph_at_the_top_as_jumps_do() -> None:
    from textual.coordinate import Coordinate
    from textual.widgets import DataTable

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        matrix = await _open_view(pilot, "m", CoverageScreen)
        table = matrix.query_one(DataTable)
        # a paragraph far down its article (the story's first report, Global Times's, has nine)
        coordinate = next(c for c, r in sorted(matrix.cells.items()) if r.paragraph > 15)
        table.cursor_coordinate = coordinate
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        ref = matrix.cells[coordinate]
        assert screen.reader.current == ref
        top = screen.reader.paragraphs.render_line(0).text
        assert " ".join(app.story.text(ref).split()[:3]) in " ".join(top.split())


async def test_split_and_merge_ask_first_and_u_undoes(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from core.library.store import Library
    from tests.test_app_library import make_library
    from tui.screens import main as main_module
    from tui.screens.dialogs import ChooseScreen, ConfirmScreen

    monkeypatch.setattr(main_module, "LIBRARY_POLL", 0.05)
    library_file = make_library(tmp_path / "lib.sqlite")
    app = make_app(library=library_file)
    notes: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        start, count = main.story_id, len(main.stories)
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: nothing moves
        await ready(pilot)
        assert main.story_id == start and len(main.stories) == count
        # a stray Enter (a fact-checker's keys meant for the reader) splits nothing: the question stays
        await pilot.press("S", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and len(main.stories) == count
        await pilot.press("escape")
        await ready(pilot)
        await pilot.press("S", "y")
        await ready(pilot)
        split_off = main.story_id
        assert split_off != start and len(main.stories) == count + 1

        await _choose_story(pilot, "M", start)
        await pilot.press("enter")  # no answer: nothing merged
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and len(main.stories) == count + 1
        await pilot.press("escape")  # changed my mind
        await ready(pilot)
        assert len(main.stories) == count + 1

        await pilot.press("U")  # undo the split
        await ready(pilot)
        assert len(main.stories) == count and start in {s.id for s in main.stories}
        with Library(library_file) as library:
            assert library.last_change() is None
        await pilot.pause(0.3)
        # the reader's own changes are not taken for another process's
        assert not any("another newsprism" in n for n in notes)


async def test_the_reader_sees_changes_made_by_the_cli(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from core.library.store import Library
    from tests.test_app_library import make_library
    from tui.screens import main as main_module

    monkeypatch.setattr(main_module, "LIBRARY_POLL", 0.1)
    library_file = make_library(tmp_path / "lib.sqlite")
    app = make_app(library=library_file)
    notes: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        start, count = main.story_id, len(main.stories)
        other = next(s.id for s in main.stories if s.id != start)
        with Library(library_file) as library:  # another process: `newsprism story merge OTHER START`
            library.merge(other, [start])
        for _ in range(50):
            await pilot.pause(0.1)
            await app.workers.wait_for_complete()
            if len(main.stories) == count - 1:
                break
        assert len(main.stories) == count - 1 and start not in {s.id for s in main.stories}
        assert main.story_id == other  # the open article followed into the story that holds it now
        assert main.reader.current is not None and main.reader.current.article in {a.id for a in main.story.articles}
        assert any("changed by another newsprism" in n and "was merged, split or removed" in n for n in notes)


async def test_a_change_made_elsewhere_while_the_reader_reloads_is_not_lost(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A fresh user's slow `add` went on while the reader reloaded its stories: the reload took the
    add's later commits for its own writes and the list stayed stale. What the load read is
    compared with the library when it is shown; a change in between is read again."""
    from core.library.store import Library
    from tests.test_app_library import make_library
    from tui.screens import main as main_module

    monkeypatch.setattr(main_module, "LIBRARY_POLL", 0.1)
    library_file = make_library(tmp_path / "lib.sqlite")
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        start, count = main.story_id, len(main.stories)
        first, second = [s.id for s in main.stories if s.id != start][:2]
        stories = Library.stories
        meanwhile: list[int] = []

        def read_then_change_elsewhere(self: Library) -> list:  # type: ignore[type-arg]
            found = stories(self)
            if not meanwhile:  # the reload's read: another process commits right after it
                meanwhile.append(1)
                with Library(library_file) as other:
                    other.remove(second)
            return found

        monkeypatch.setattr(Library, "stories", read_then_change_elsewhere)
        with Library(library_file) as library:  # another process's first change starts a reload
            library.remove(first)
        for _ in range(60):
            await pilot.pause(0.1)
            await app.workers.wait_for_complete()
            if len(main.stories) == count - 2:
                break
        assert meanwhile and {s.id for s in main.stories}.isdisjoint({first, second})
        assert len(main.stories) == count - 2


async def test_the_help_scrolls_a_line_with_j_a_page_with_space_and_b_and_to_its_ends_with_g_and_G() -> None:
    # A fact-checker at 80x24: "? help scrolls one line per j; the help is long (several screens)".
    from textual.containers import VerticalScroll
    from textual.widgets import Markdown

    from tui.screens.help import HelpScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one(VerticalScroll)
        assert "space" in str(scroll.border_subtitle)  # the panel says how to page
        # ... and so does the help's first line, every key this test presses ("j" / "k" a line)
        first = app.screen.query_one(Markdown).source.split("\n\n")[1]
        assert all(f"`{key}`" in first for key in ("j", "Space", "b", "PgDn", "PgUp", "g", "G", "Home", "End")), first
        scroll.focus()
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert scroll.scroll_y == 3
        # a burst scrolls a line a key (a fresh user's ten j at once scrolled one line): the keys
        # are sent as a terminal sends them, not one at a time after each one's scrolling is done
        # as pilot.press does
        from textual import events

        assert app._driver is not None
        for key in [*"jjjjjjjjjj", "k", "down"]:
            app._driver.send_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause(0.5)
        assert scroll.scroll_y == 13
        await pilot.press("g", "space")
        await pilot.pause()
        page = scroll.scroll_y
        assert page >= scroll.size.height - 4  # a page, not a line
        await pilot.press("pagedown")
        await pilot.pause()
        assert scroll.scroll_y > page
        await pilot.press("b")
        await pilot.pause()
        assert scroll.scroll_y == page
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0


async def test_the_help_is_built_once_and_opens_again_at_its_top() -> None:
    # A fresh user's ? took about a second every time: the help's Markdown was parsed and its
    # ~90 widgets built and laid out again at each opening.
    from textual.containers import VerticalScroll
    from textual.widgets import Markdown

    from tui.screens.help import HelpScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        first = app.screen
        assert isinstance(first, HelpScreen)
        built = first.query_one(Markdown)
        blocks = len(list(built.walk_children()))
        scroll = first.query_one(VerticalScroll)
        scroll.focus()
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert scroll.scroll_y > 0
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is main
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen is first and first.query_one(Markdown) is built  # not parsed nor built again
        assert len(list(built.walk_children())) == blocks and scroll.scroll_y == 0  # what it shows, from its top
        await pilot.press("question_mark")  # ? closes it, as Escape and q do
        await pilot.pause()
        assert app.screen is main


async def _choose_story(pilot, key: str, story: int) -> None:  # type: ignore[no-untyped-def]
    """Press *key* (merge, move), choose *story* in the list it opens, and reach the question."""
    from tui.screens.dialogs import ChooseScreen, ConfirmScreen

    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, ChooseScreen)
    choices = pilot.app.screen.query_one("#choices")
    choices.highlighted = choices.get_option_index(str(story))
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ConfirmScreen)


async def test_t_moves_the_open_article_into_a_chosen_story_and_u_undoes(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A fact-checker's report grouped into the wrong story took a split and then a merge.
    from tests.test_app_library import make_library
    from tui.screens import main as main_module
    from tui.screens.dialogs import ConfirmScreen

    monkeypatch.setattr(main_module, "LIBRARY_POLL", 0.05)
    library_file = make_library(tmp_path / "lib.sqlite")
    app = make_app(library=library_file)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        start, count = main.story_id, len(main.stories)
        moving = main.reader.article.id  # type: ignore[union-attr]
        other = next(s.id for s in main.stories if s.id != start)
        await _choose_story(pilot, "T", other)
        await pilot.press("enter")  # no answer
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await ready(pilot)
        assert main.story_id == other and moving in {a.id for a in main.story.articles}  # type: ignore[union-attr]
        await pilot.press("U")
        await ready(pilot)
        assert len(main.stories) == count
        # The reader follows the article the undo moved back: its story, at that article.
        await until(pilot, lambda: main.story_id == start, "the article's own story open again")
        assert main.reader.article is not None and main.reader.article.id == moving
        stories = {s.id: s for s in main.stories}
        assert start in stories and other in stories
        from core.library.store import Library

        with Library(library_file) as library:
            assert moving in {a.id for a in library.story(start).articles}


async def test_a_dialogs_list_is_filtered_by_typing_after_slash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A monitor's merge dialog listed 18 stories, the one wanted the last; typing found nothing.
    from tests.test_app_library import make_library
    from tui.screens.dialogs import ChooseScreen, ConfirmScreen

    app = make_app(library=make_library(tmp_path / "lib.sqlite"))
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        last = main.stories[-1]
        word = max(last.title.split(), key=len)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, ChooseScreen)
        await pilot.press("slash", *word)
        await pilot.pause()
        choices = app.screen.query_one("#choices")
        shown = [choices.get_option_at_index(k).id for k in range(choices.option_count)]  # type: ignore[attr-defined]
        assert str(last.id) in shown and len(shown) < len(main.stories) - 1
        await pilot.press(*["backspace"] * len(word), "a")  # a letter most titles hold
        await pilot.pause()
        shown = [choices.get_option_at_index(k).id for k in range(choices.option_count)]  # type: ignore[attr-defined]
        assert shown.index(str(last.id)) > 0
        await pilot.press(*["down"] * shown.index(str(last.id)))  # from the filter line
        await pilot.pause()
        assert shown[choices.highlighted] == str(last.id)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and last.title[:20] in app.screen.question


async def test_j_and_k_move_in_a_dialogs_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_app_library import make_library
    from tui.screens.dialogs import ChooseScreen

    app = make_app(library=make_library(tmp_path / "lib.sqlite"))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, ChooseScreen)
        choices = app.screen.query_one("#choices", OptionList)
        start = choices.highlighted or 0
        await pilot.press("j")
        assert choices.highlighted == start + 1
        await pilot.press("k")
        assert choices.highlighted == start
        # the filter takes a story's number, and the list shows it (a fresh user found the hint
        # naming a number no line showed)
        from textual.widgets import Input

        assert app.screen.query_one("#filter", Input).placeholder == "/ filters: words of the title, or the story's number"
        first = choices.get_option_at_index(0)
        assert f"story {first.id} · " in str(first.prompt)


async def test_a_report_a_paywall_cuts_off_says_so_under_its_last_paragraph(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.widgets.reader import TEASER_NOTE

    page = tmp_path / "paywall.html"
    page.write_text(
        "<html><head><title>Harbour crane fails inspection | Bay Ledger</title>"
        '<meta property="og:site_name" content="Bay Ledger"></head><body><article><h1>Harbour crane fails inspection</h1>'
        "<p>The main crane at Corran harbour failed its annual inspection on Monday, the port authority said, and will "
        "stay out of use until repairs are made.</p><p>Dock workers said cargo was being moved by hand while the crane "
        "stood idle, slowing the unloading of two ships.</p>"
        "<p>This article is for subscribers only. Subscribe now to continue reading.</p></article></body></html>",
        encoding="utf-8",
    )
    app = make_app([page])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        paragraphs = screen.reader.paragraphs
        last = paragraphs.get_option_at_index(paragraphs.option_count - 1)
        assert TEASER_NOTE in str(last.prompt) and last.disabled
        await pilot.press("j", "j", "j")
        assert screen.reader.current is not None and screen.reader.current.paragraph == 1  # the note is no stop


async def test_a_feeds_summary_kept_for_want_of_its_page_says_so_under_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A fresh user read a feed's one-paragraph summary, kept when its page failed (404), as if it
    were the whole report: the reader says under it that it is the feed's summary."""
    from core.library.store import Library
    from core.reading.feed import parse_feed
    from core.reading.sources import ReadError
    from tui.widgets.reader import SUMMARY_NOTE

    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bay Ledger</title><link>http://127.0.0.1:9/</link>'
        "<item><title>Harbour crane fails inspection</title><link>http://127.0.0.1:9/crane.html</link>"
        "<description>The main crane at Corran harbour failed its annual inspection on Monday, the port "
        "authority said.</description></item></channel></rss>"
    ).encode()

    def gone(url: str) -> NoReturn:
        raise ReadError(f"{url}: HTTP 404 Not Found")

    [item] = list(parse_feed(feed, source="http://127.0.0.1:9/rss.xml", fetch=gone))
    assert item.article.summary_only and item.article.to_json()["summary_only"] is True
    library = tmp_path / "lib.sqlite"
    with Library(library) as kept:
        kept.add(item.article, source=item.source)
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        paragraphs = screen.reader.paragraphs
        last = paragraphs.get_option_at_index(paragraphs.option_count - 1)
        assert SUMMARY_NOTE in str(last.prompt) and last.disabled and paragraphs.option_count == 2


async def test_the_loading_bar_moves_while_the_files_are_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A fresh user's bar stayed at 0% through nine seconds of "Reading articles…".
    from tui.messages import LoadProgress

    posted: list[tuple[float, str]] = []
    original = LoadProgress.__init__

    def record(self, fraction: float, stage: str) -> None:  # type: ignore[no-untyped-def]
        posted.append((fraction, stage))
        original(self, fraction, stage)

    monkeypatch.setattr(LoadProgress, "__init__", record)
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
    files = len(list(SEEDS_DIR.glob("*.txt")))
    reading = [(f, s) for f, s in posted if s.startswith("Reading articles… ")]
    assert reading[-1] == (0.5, f"Reading articles… {files} of {files} files")
    assert [f for f, _ in reading] == sorted(f for f, _ in reading) and reading[0][0] < 0.5
    assert all(f >= 0.5 for f, s in posted if s.startswith("Linking"))
