"""A library story's row keeps its range of days beside its share read where the list is narrow
(trial 50 F11: once a story was opened the list showed "2026-12-04 · 1% read", dropping the
"– 12-05" that `newsprism stories` prints)."""

from __future__ import annotations

from rich.console import Console

from core.library.store import StoryInfo
from tui.widgets.story_list import StoryList


def _row(first: str, last: str, width: int) -> str:
    info = StoryInfo(1, "Eldoria police, organisers give differing counts", ("A", "B"), first, last, 14, 100, 1)
    console = Console(width=width, record=True, color_system=None)
    console.print(StoryList._header(info, open_=True))
    return console.export_text()


def test_a_narrow_row_keeps_the_range_beside_the_share_read() -> None:
    # the story list is 30 columns at 80x24: 26 for the row's text, "2026-12-04 – 12-05 · 1% read" takes 28
    assert "2026-12-04–05 · 1% read" in _row("2026-12-04T09:00:00+00:00", "2026-12-05T08:00:00+00:00", 28)
    assert "2026-11-30–12-01 · 1% read" in _row("2026-11-30", "2026-12-01", 28)


def test_a_wide_row_keeps_the_spaced_range() -> None:
    assert "2026-12-04 – 2026-12-05 · 14 articles · 2 outlets · 1% read" in _row("2026-12-04", "2026-12-05", 80)


def test_one_day_is_one_date() -> None:
    assert "2026-12-04 · 1% read" in _row("2026-12-04", "2026-12-04", 28)


def test_a_row_too_narrow_for_the_year_keeps_the_range_without_it() -> None:
    """Trial 53: at 80x24 the list leaves 25 columns for the row's text, too few for
    "2026-11-30–12-03 · 1% read" (26), and the row said "2026-11-30 · 1% read" of a story whose
    articles run to 3 December. The year goes before the last day does."""
    assert "11-30–12-03 · 1% read" in _row("2026-11-30", "2026-12-03", 25)
    assert "12-31–01-01 · 1% read" in _row("2026-12-31", "2027-01-01", 25)


def test_no_width_shows_a_range_as_its_first_day_alone() -> None:
    # Every form that fits says where the range ends (cut with an ellipsis where none fits at all).
    for width in range(8, 81):
        row = _row("2026-11-30", "2026-12-03", width).splitlines()[-1].strip()
        assert "12-03" in row or row.endswith("…"), (width, row)
