"""Dateline shapes: a day in numbers with a two-figure year before the agency's credit, and a
place, a full stop and the day in words with its year (session 43)."""

from __future__ import annotations

from core.reading.judge import split_dateline

LEAD = "Officials from four countries agreed on Tuesday to extend the grain corridor for another year."


def test_short_numeric_year_before_the_credit() -> None:
    assert split_dateline(f"ODESA, 04.03.26 (XYZ) — {LEAD}") == ("ODESA, 04.03.26 (XYZ)", LEAD)


def test_place_full_stop_then_the_day_in_words() -> None:
    assert split_dateline(f"Dar es Salaam. Jumatano, Machi 4, 2026. {LEAD}") == ("Dar es Salaam. Jumatano, Machi 4, 2026", LEAD)
    assert split_dateline(f"Mombasa. Tuesday, March 3, 2026. {LEAD}") == ("Mombasa. Tuesday, March 3, 2026", LEAD)
    # a sentence and a date are no dateline
    assert split_dateline(f"He left. Then, March 3, 2026. {LEAD}")[0] is None
