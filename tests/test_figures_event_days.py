"""The day an event happened on, as outlets name it, is compared as counts are (a grounding's port
"closed on 22 November" in one report and "closed on Monday" in another of Tuesday 24 November
were never set side by side): a day of a month or a weekday after the verb of the event, resolved
by the day its report was published, is a figure of unit "day" (core.views.figures._event_day)."""

from __future__ import annotations

from datetime import date

from core.linking.story import Story
from core.quantities import event_of, weekday_of
from core.views.figures import compare, extract_dates, format_value
from tests.figure_rows import article

TUESDAY = "2026-11-24T09:00:00+00:00"


def _day_rows(*reports: tuple[str, str]) -> list[tuple[list[date], bool]]:
    story = Story.build([article(outlet, text, published=TUESDAY) for outlet, text in reports])
    return [(sorted(date.fromordinal(int(f.value)) for f in g.figures), g.disagree) for g in compare(story) if g.kind == "date" and g.unit == "day"]


def test_a_weekday_is_the_day_of_the_week_the_report_tells() -> None:
    assert weekday_of(0, date(2026, 11, 24)) == date(2026, 11, 23)  # "on Monday" in Tuesday's report
    assert weekday_of(2, date(2026, 11, 24)) == date(2026, 11, 25)  # "on Wednesday": the day after, as announced
    assert weekday_of(3, date(2026, 11, 24)) == date(2026, 11, 19)


def test_the_verb_of_the_event_not_of_its_telling() -> None:
    text = "The port of Varna Nova closed on Monday, and the harbour master said on Tuesday it may reopen."
    assert event_of(text, text.index("Monday")) == "close"
    assert event_of(text, text.index("Tuesday")) == ""  # the day it was said


def test_a_day_of_the_month_and_a_weekday_of_one_event_disagree() -> None:
    story = Story.build([article(outlet, text, published=TUESDAY) for outlet, text in (
        ("Harbour Daily", "The port of Varna Nova closed on 22 November, six days after the freighter Talmora Bay grounded."),
        ("River News", "The port of Varna Nova closed on Monday, the harbour master said, as salvage crews arrived."),
    )])
    [row] = [g for g in compare(story) if g.kind == "date"]
    assert row.quantity == "date (close)" and row.disagree
    assert sorted(date.fromordinal(int(f.value)) for f in row.figures) == [date(2026, 11, 22), date(2026, 11, 23)]


def test_one_day_named_two_ways_agrees() -> None:
    rows = _day_rows(
        ("Harbour Daily", "The port of Varna Nova closed on 23 November after the freighter Talmora Bay grounded."),
        ("River News", "The port of Varna Nova closed on Monday, the harbour master said, as salvage crews arrived."),
    )
    assert rows == [([date(2026, 11, 23), date(2026, 11, 23)], False)]


def test_days_of_two_events_are_no_row() -> None:
    # the port closed on one day and reopened on another; a report with two days of one verb gives
    # no one day of it
    assert _day_rows(
        ("Harbour Daily", "The port of Varna Nova closed on 22 November after the freighter Talmora Bay grounded."),
        ("River News", "The port of Varna Nova reopened on Monday, the harbour master said, as salvage crews left."),
    ) == []
    assert _day_rows(
        ("Harbour Daily", "The port of Varna Nova closed on 22 November, and its oil terminal closed on Monday."),
        ("River News", "The port of Varna Nova closed on Monday, the harbour master said, as salvage crews arrived."),
    ) == []


def test_no_day_without_the_report_s_day() -> None:
    report = article("River News", "The port of Varna Nova closed on Monday, the harbour master said, as salvage crews arrived.",
                     published="")
    assert [f.unit for f in extract_dates([report])] == ["weekday"]
    [day] = [f for f in extract_dates([article("River News", report.paragraphs[0], published=TUESDAY)]) if f.unit == "day"]
    assert (day.of, format_value(day.value, day.unit, day.kind)) == ("close", "November 23 (Monday)")


def test_a_day_of_another_year_is_that_year_s() -> None:
    rows = _day_rows(
        ("Harbour Daily", "The port of Varna Nova closed on November 22, 2019 after the freighter Talmora Bay grounded."),
        ("River News", "The port of Varna Nova closed on 22 November, the harbour master said, as salvage crews arrived."),
    )
    assert rows == [([date(2019, 11, 22), date(2026, 11, 22)], True)]
