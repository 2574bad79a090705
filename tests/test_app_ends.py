"""Pilot tests: the cursor of every list stops at the list's ends; it never wraps round."""

from __future__ import annotations

from core.reading import SEEDS_DIR
from tui.app import make_app
from tui.widgets.cross_sources import CrossSources
from tui.widgets.story_list import StoryList
from tests.pilot import ready


async def test_k_on_the_first_paragraph_and_j_on_the_last_stay_put() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        reader = screen.reader
        assert reader.current.paragraph == 0
        await pilot.press("k", "up")
        assert reader.current.paragraph == 0
        last = len(reader.article.paragraphs) - 1
        await pilot.press("end")
        assert reader.current.paragraph == last
        await pilot.press("j", "down")
        assert reader.current.paragraph == last


async def test_the_story_list_and_the_panel_stop_at_their_ends() -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        for widget in (screen.query_one(StoryList), screen.query_one(CrossSources)):
            widget.focus()
            await pilot.pause()
            widget.highlighted = widget.option_count - 1
            await pilot.press("j")
            assert widget.highlighted == widget.option_count - 1, widget
            widget.action_first()
            first = widget.highlighted
            await pilot.press("k")
            assert widget.highlighted == first, widget


async def test_a_view_list_stops_at_its_first_entry() -> None:
    from tui.screens.quotes import QuotesScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("quotation_mark")
        await app.workers.wait_for_complete()
        await pilot.pause()
        quotes = app.screen
        assert isinstance(quotes, QuotesScreen)
        first = quotes.body.highlighted
        await pilot.press("k")
        assert quotes.body.highlighted == first


def _enabled(widget) -> list[int]:  # type: ignore[no-untyped-def]
    return [n for n in range(widget.option_count) if not widget.get_option_at_index(n).disabled]


async def test_g_and_G_go_to_the_ends_of_every_list() -> None:
    """Trial 53: in the figures view G did nothing. The lists of the reader and of every view
    take g / G (Home / End) to their first / last entry, as the help says; the matrix its first /
    last row."""
    from tests.pilot import open_view
    from tui.screens.coverage import CoverageScreen
    from tui.screens.figures import FiguresScreen
    from tui.screens.quotes import QuotesScreen

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        reader = screen.reader
        await pilot.press("G")
        assert reader.current.paragraph == len(reader.article.paragraphs) - 1
        await pilot.press("g")
        assert reader.current.paragraph == 0
        stories = screen.query_one(StoryList)
        stories.focus()
        await pilot.press("G")
        assert stories.highlighted == _enabled(stories)[-1]
        await pilot.press("g")
        assert stories.highlighted == _enabled(stories)[0]
        await pilot.press("escape")
        for key, view in (("f", FiguresScreen), ("quotation_mark", QuotesScreen)):
            shown = await open_view(pilot, key, view)
            body = shown.body
            for last, first in (("G", "g"), ("end", "home")):
                await pilot.press(last)
                assert body.highlighted == _enabled(body)[-1], (view, last)
                await pilot.press(first)
                assert body.highlighted == _enabled(body)[0], (view, first)
                await pilot.pause()
                assert body.scroll_y == 0, (view, first)  # the first heading shows above its entry
            await pilot.press("escape")
        matrix = await open_view(pilot, "m", CoverageScreen)
        await pilot.press("G")
        assert matrix.body.cursor_row == matrix.body.row_count - 1
        await pilot.press("g")
        assert matrix.body.cursor_row == 0
