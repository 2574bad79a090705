"""A month's name spelt with a zero-width joiner or non-joiner (Sinhala's April, "අප්‍රේල්", is
written with a ZWJ, and as often without) is read as the month wherever dates are matched
(core/reading/judge.date_reading, month_key, split_dateline); the text shown keeps its joiners (invented text)."""

from __future__ import annotations

from datetime import date

import pytest

from core.calendar_words import month_number
from core.reading.judge import find_date, find_dates, iso_datetime
from core.reading.text import parse_text

ZWJ, ZWNJ = "\u200d", "\u200c"
APRIL = f"අප්{ZWJ}රේල්"


@pytest.mark.parametrize("text", [f"2026 {APRIL} 3", f"3 {APRIL} 2026", "3 අප්රේල් 2026", f"{APRIL} 3, 2026"])
def test_a_month_spelt_with_or_without_its_joiner_is_read(text: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == date(2026, 4, 3)
    assert find_date(text[: found[1][1]]) is not None and found[1] == (0, len(text))  # the span is the text's own
    assert find_dates(f"ලිපිය {text}") == [date(2026, 4, 3)]
    assert iso_datetime(text) == "2026-04-03"


def test_a_joiner_is_no_letter_of_a_months_name() -> None:
    assert month_number(APRIL) == month_number("අප්රේල්") == month_number(f"අප්{ZWNJ}රේල්") == 4


def test_the_text_shown_keeps_its_joiners() -> None:
    lead = f"කොළඹ, {APRIL} 3, 2026 - නව තොටුපළ ඉදිකිරීම ලබන මාසයේ ආරම්භ වන බව වරාය අධිකාරිය {APRIL} මස පැවසීය."
    more = "කටයුතු මාස හයක් ඇතුළත නිම කිරීමට නියමිත බව ද වරාය අධිකාරිය වැඩිදුරටත් ප්‍රකාශ කළේය."
    (article,) = parse_text(f"නව තොටුපළ ඉදිකිරීම ආරම්භ වේ\n\n{lead}\n\n{more}", path="x.txt")
    assert (article.published or "")[:10] == "2026-04-03"
    assert ZWJ in " ".join(article.paragraphs)
