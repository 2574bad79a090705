"""A link's differences pair no figures of two periods, as the figures view pairs none (trial 49
F4: "4.50 vs 3.75" where 3.75% was last year's rate, September's inflation against October 2025's,
a forecast for next year against this year's previous one): one reading of when a figure is
given for, core.quantities.when_of and in_report_year, for both."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.linking.evidence import differences
from core.linking.story import Story
from core.quantities import in_report_year, when_of

sys.path.insert(0, str(Path(__file__).parent))
from figure_rows import article, rows  # noqa: E402

_DAYS = ("2026-06-03", "2026-06-03")
_DECISION = ("The Bank of Sorland raised its deposit rate by 25 basis points to 3.25% on Wednesday, saying inflation "
             "of 2.8% in May was still too high.")


def _when(text: str, figure: str, published: str | None = "2026-06-03") -> set[tuple[str, str]]:
    at = text.index(figure)
    return set(in_report_year(when_of(text, at, at + len(figure)), published, unnamed=True).days)


def test_the_time_right_after_a_figure_is_its_own() -> None:
    text = "Annual inflation eased to 2.8% in May from 3.0% in April, while core inflation held at 3.1%."
    assert ("month", "may") in _when(text, "2.8") and ("month", "apr") in _when(text, "3.0")
    text = "The board expects growth of 1.1 per cent in 2026 and 1.6 per cent in 2027."
    assert ("year", "2027") in _when(text, "1.6") and ("year", "2026") in _when(text, "1.1")
    assert ("year", "2025") in _when("A year ago the deposit rate was 2.50%.", "2.50")
    assert ("year", "2026") in _when("It cut its forecast for growth this year to 1.1 per cent from 1.4 per cent.", "1.4")
    assert ("month", "may") not in _when("Prices may rise 4% next quarter.", "4")  # "may", no month


@pytest.mark.parametrize("other", [
    "Inflation was 2.8% in May 2026, down from 4.9% in May 2025. A year ago, in June 2025, the deposit rate was 2.50%.",
    "A year ago the deposit rate was 2.50% and inflation 4.9%.",
    "In May 2025 the deposit rate was 2.50% and inflation 4.9%.",
])
def test_last_years_figures_are_no_difference_from_this_years(other: str) -> None:
    assert not [d for d in differences(_DECISION, other, days=_DAYS) if d.what == "figure"]


def test_two_months_figures_and_two_years_forecasts_are_no_difference() -> None:
    monthly = "Annual inflation eased to 2.8% in May from 3.0% in April, while core inflation held at 3.1%."
    last_year = "Inflation was 2.8% in May 2026, down from 4.9% in May 2025."
    assert not [d for d in differences(monthly, last_year, days=_DAYS) if d.what == "figure"]
    forecast = ("The board expects growth of 1.1 per cent in 2026 and 1.6 per cent in 2027. Inflation is projected to "
                "return to the 2 per cent target by the end of 2027.")
    revised = ("The bank cut its forecast for economic growth this year to 1.1 per cent from 1.4 per cent and said it "
               "expected inflation to return to its 2 per cent target by the end of 2027.")
    assert not [d for d in differences(forecast, revised, days=_DAYS) if d.what == "figure"]


def test_figures_of_one_period_still_differ() -> None:
    found = differences(_DECISION, _DECISION.replace("2.8%", "2.9%"), days=_DAYS)
    assert ("2.8", "2.9") in [(d.a, d.b) for d in found if d.what == "figure"]
    found = differences(_DECISION, "Inflation was 2.9% in May, the bank said when it raised the deposit rate on Wednesday.", days=_DAYS)
    assert ("2.8", "2.9") in [(d.a, d.b) for d in found if d.what == "figure"]


def test_the_figures_view_reads_a_year_ago_as_last_year() -> None:
    published = "2026-06-03T12:00:00+00:00"
    decision = article("A", "The Bank of Sorland raised its deposit rate by 25 basis points to 3.25% on Wednesday.",
                       published=published)
    for said in ("A year ago, the deposit rate was 2.50%.", "In June 2025 the deposit rate was 2.50%."):
        story = Story.build([decision, article("B", said, published=published)])
        assert not [row for row in rows(story) if 2.5 in row[1] and 3.25 in row[1]]
    story = Story.build([decision, article("B", "The deposit rate was 2.50%.", published=published)])
    assert [row for row in rows(story) if row[1] == [2.5, 3.25] and row[2]]  # no time said: compared
