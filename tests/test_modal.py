"""Pilot tests for the read-only panels over a screen (the help, the matrix's legend): the keys
each closes on, j and k scrolling them, and the one base they share."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll

from core.reading import SEEDS_DIR
from tui.app import make_app
from tui.screens.coverage import CoverageScreen, LegendScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tests.pilot import ready


async def _open_help(pilot):  # type: ignore[no-untyped-def]
    await pilot.press("question_mark")
    await pilot.pause()
    return HelpScreen, MainScreen


async def _open_legend(pilot):  # type: ignore[no-untyped-def]
    await pilot.press("m")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("L")
    await pilot.pause()
    return LegendScreen, CoverageScreen


PANELS = {"help": _open_help, "legend": _open_legend}
#: Every key each panel closes on: Escape and q for both, and the key that opened it.
CLOSE_KEYS = [("help", "escape"), ("help", "q"), ("help", "question_mark"),
              ("legend", "escape"), ("legend", "q"), ("legend", "L")]


def test_the_panels_share_one_base() -> None:
    from tui.screens.modal import PanelScreen

    assert issubclass(HelpScreen, PanelScreen) and issubclass(LegendScreen, PanelScreen)
    # The shared keys are bound once, in the base: each panel binds only the key that opened it.
    assert [b.key for b in HelpScreen.BINDINGS] == ["question_mark"]
    assert [b.key for b in LegendScreen.BINDINGS] == ["L"]


@pytest.mark.parametrize(("panel", "key"), CLOSE_KEYS)
async def test_a_panel_closes_on_its_keys(panel: str, key: str) -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        shown, under = await PANELS[panel](pilot)
        assert isinstance(app.screen, shown)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, under)  # closed, and only the panel: q did not quit


@pytest.mark.parametrize("panel", PANELS)
async def test_j_and_k_scroll_a_panel_and_other_keys_leave_it_open(panel: str) -> None:
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(40, 12)) as pilot:
        await ready(pilot)
        shown, _ = await PANELS[panel](pilot)
        scroll = app.screen.query_one(VerticalScroll)
        scroll.focus()
        assert scroll.max_scroll_y > 0  # too tall for 40x12: there is something to scroll
        await pilot.press("j", "j")
        await pilot.pause()
        assert scroll.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert scroll.scroll_y == 1
        await pilot.press("x", "n", "enter")  # keys the panel does not take
        await pilot.pause()
        assert isinstance(app.screen, shown)
