"""Figures of a forecast (invented reports of an invented bank): a forecast is no count, so
"projected" of the quantity's future and a forecast round named by its month ("its August
projections") do not make a figure preliminary, as an election's projections do."""

from __future__ import annotations

import pytest

from core.quantities import share_of, when_of
from core.views.figures import stage_of


@pytest.mark.parametrize(("said", "stage"), [
    ("Inflation is projected to return to the 2 per cent target in the second half of 2027.", ""),
    ("The bank lowered its growth forecast to 0.9%, from 1.4% in its August projections.", ""),
    ("The Greens were projected to win 18% of the vote.", "preliminary"),
    ("According to projections, turnout was 61%.", "preliminary"),
])
def test_a_forecast_is_no_preliminary_count(said: str, stage: str) -> None:
    assert stage_of(said) == stage


def test_an_earlier_figures_unit_is_no_label_of_the_next() -> None:
    """Trial 49 F9: "from 3.3% in September" after "3.1% in October" was labelled "%"."""
    text = "Annual inflation eased to 4.6% in June from 4.9% in April, while core inflation held at 3.8%."
    at = text.index("4.9%")
    assert share_of(text, at, at + 4) != "%"
    assert share_of(text, text.index("4.6%"), text.index("4.6%") + 4) == "annual inflation"


@pytest.mark.parametrize(("text", "figure", "year"), [
    # trial 49 F9: the growth forecast was labelled "(2027)", the year of the target after it
    ("The bank cut its growth forecast to 0.9% from 1.4% and said it expected inflation to reach its 2% target in 2028.", "1.4%", None),
    ("The bank cut its growth forecast to 0.9% from 1.4% and said it expected inflation to reach its 2% target in 2028.", " 2%", "2028"),
    ("Output grew 2% in 2025 and 3% in 2026.", "3%", "2026"),
    ("Output grew 2% in 2025 and 3% in 2026.", "2%", "2025"),
])
def test_a_year_is_said_of_the_share_nearest_it(text: str, figure: str, year: str | None) -> None:
    at = text.index(figure) + (figure != figure.strip())
    days = when_of(text, at, at + len(figure.strip())).days
    assert {d for kind, d in days if kind == "year"} == ({year} if year else set())
