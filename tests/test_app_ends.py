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
