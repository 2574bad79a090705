"""Live pages (invented inputs) whose updates are stamped with a clock time and the day and month
beside it ("17:30 03/03", "03.03. 17:30", "17:30, 3 March", "3/3 17:30"): the page is read as
live (so its sign-off is no update), and each stamp shows once, as the update's subhead."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_stamp_block
from core.stamps import is_dated_clock

UPDATES = (
    "Bye for now, thanks for following our live coverage of the storm. We will be back tomorrow.",
    "The council says the old pier will stay shut at least until Friday while engineers inspect it.",
    "Morning ferries have been cancelled; the operator hopes to sail again this afternoon.",
    "Gusts above 110 km/h were measured at the harbour mouth and 4,000 homes lost power.",
)
CLOCKS = ("17:30", "14:20", "11:05", "08:45")


@pytest.mark.parametrize("stamp", ["17:30 03/03", "03.03. 17:30", "17:30, 3 March", "3/3 17:30", "14h20 - 3 mars",
                                   "Updated 9.15am, March 3"])
def test_a_clock_time_with_its_day_and_month_is_a_stamp(stamp: str) -> None:
    assert is_dated_clock(stamp)
    assert is_stamp_block(stamp)


@pytest.mark.parametrize("text", ["17:30 12.50", "17:30 3 dead", "17:30 45/03", "3 people 17:30", "12.50 euros 3/3"])
def test_a_clock_time_beside_other_figures_or_words_is_no_dated_stamp(text: str) -> None:
    assert not is_dated_clock(text)


def _page(stamps: list[str], *, listed: bool) -> str:
    if listed:  # a timeline set as a list, each update's time in a box of its own
        posts = "".join(f'<li class="item-live"><div class="time-live">{s}</div><div class="content-live"><p>{u}</p></div></li>'
                        for s, u in zip(stamps, UPDATES))
        posts = f'<ul class="timeline-live">{posts}</ul>'
    else:
        posts = "".join(f'<div class="post"><span class="post-time">{s}</span><p>{u}</p></div>' for s, u in zip(stamps, UPDATES))
    return (f"<html><head><title>Storm hits the coast: live</title></head><body><article>"
            f"<h1>Storm hits the coast: live</h1>{posts}</article></body></html>")


@pytest.mark.parametrize("listed", [True, False])
@pytest.mark.parametrize("shape", ["{t} 03/03", "03.03. {t}", "{t}, 3 March", "3/3 {t}"])
def test_updates_stamped_with_day_and_month_make_a_live_page(tmp_path: Path, shape: str, listed: bool) -> None:
    stamps = [shape.format(t=t) for t in CLOCKS]
    path = tmp_path / "live.html"
    path.write_text(_page(stamps, listed=listed), encoding="utf-8")
    (article,) = read_file(path)
    text = " ".join(article.paragraphs)
    assert "thanks for following" not in text, article.paragraphs  # the sign-off, read on a live page
    body = [p for i, p in enumerate(article.paragraphs) if i not in dict(article.subheads)]
    assert body[-1].startswith("The council says") and body[0].startswith("Gusts"), article.paragraphs  # oldest first, no sign-off
    for clock, stamp in zip(CLOCKS[1:], stamps[1:]):
        assert article.paragraphs.count(stamp) == 1, article.paragraphs  # once, as the update's subhead
        assert stamp in dict(article.subheads).values()
        assert sum(clock in p for p in article.paragraphs) == 1


def test_a_timeline_list_of_plain_clock_times_shows_each_once(tmp_path: Path) -> None:
    path = tmp_path / "live.html"
    path.write_text(_page(list(CLOCKS), listed=True), encoding="utf-8")
    (article,) = read_file(path)
    for clock in CLOCKS[1:]:
        assert article.paragraphs.count(clock) == 1, article.paragraphs
