"""A time of day alone in brackets ("(13:36 GMT)", "at 9pm (2100 GMT)") is a clock time, and a
24-hour time with its half of the day said again ("17:06 pm") is that 24-hour time
(core.numbers.clock_times); a link shares either as a time both give (core.linking.align)."""

from __future__ import annotations

from core.linking.align import link
from core.model import Article, Ref
from core.numbers import clock_times

OTHERS = (
    ("The depot's owners said stock worth thousands had been lost.", "An inquiry will open at the town hall in March."),
    ("Insurers expect claims from neighbouring businesses within weeks.", "The bus station reopened on Monday morning."),
)


def _times(text: str) -> list[tuple[str, float, str]]:
    return [(text[start:end], minutes, zone) for start, end, minutes, zone in clock_times(text)]


def test_a_time_alone_in_brackets_is_a_clock_time() -> None:
    assert _times("The roof gave way (14:52 GMT) as crews arrived.") == [("14:52 GMT", 892.0, "GMT")]
    assert _times("It began at 8pm (1900 GMT) on Friday.") == [("8pm", 1200.0, ""), ("1900 GMT", 1140.0, "GMT")]
    assert _times("Sirens sounded (7.15am) across the valley.") == [("7.15am", 435.0, "")]


def test_a_bracketed_figure_is_no_clock_time() -> None:
    for text in ("Turnout rose (14.52%) on the day.", "Two of the five (2) were seen.", "The index (16.40) fell."):
        assert _times(text) == [], text


def test_a_24_hour_time_with_its_half_of_the_day_said_again() -> None:
    assert _times("The alarm went off at 18:25 pm on Monday.") == [("18:25 pm", 1105.0, "")]
    assert _times("at 00:40 am") == [("00:40 am", 40.0, "")]
    assert _times("at 18:25 am") == []  # a half of the day that contradicts the hour names no time
    assert _times("at 18pm") == []


def test_a_bracketed_time_is_shared_by_a_link() -> None:
    first = "Crews fought the blaze at the Mill Lane depot, which started in the loft (21:30 GMT)."
    second = "It started in the loft at 21:30 GMT on Sunday, forcing neighbours to leave their homes."
    articles = [
        Article("valley-news", "valley-news.txt", "Valley News", "Depot fire", (first, *OTHERS[0])),
        Article("county-echo", "county-echo.txt", "County Echo", "Fire at the depot", (second, *OTHERS[1])),
    ]
    assert any({l.a, l.b} == {Ref("valley-news", 0), Ref("county-echo", 0)} for l in link(articles))
