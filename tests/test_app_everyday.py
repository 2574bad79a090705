"""Pilot tests for everyday use (issue 16): keys in every list, views that never hide text,
the coverage matrix, asking before changes, and a reader that notices the CLI's changes."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.widgets import OptionList

from core.read import SEEDS_DIR
from tui.app import make_app
from tui.render import Gutter
from tui.screens.figures import FiguresScreen
from tui.screens.main import MainScreen
from tui.screens.quotes import QuotesScreen


async def _ready(pilot) -> MainScreen:  # type: ignore[no-untyped-def]
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    return screen


async def _open_view(pilot, key: str, view: type):  # type: ignore[no-untyped-def]
    await pilot.press(key)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, view)
    return pilot.app.screen


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
        await _ready(pilot)
        screen = await _open_view(pilot, key, view)
        body = screen.body
        drawn = " ".join(" ".join(line.split()) for line in await _all_lines(pilot, body))
        drawn = " ".join(drawn.split())
        for option in body.options:
            assert _plain(option.prompt) in drawn
