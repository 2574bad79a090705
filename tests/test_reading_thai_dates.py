"""A Thai date by its month's abbreviation or name, its year the Buddhist era's (543 years ahead
of the common era's) or the common era's (invented inputs)."""

from __future__ import annotations

import datetime

import pytest

from core.reading.judge import find_date


@pytest.mark.parametrize(("text", "day"), [
    ("วันอังคารที่ 12 พ.ค. 2569", datetime.date(2026, 5, 12)),
    ("3 มี.ค. 2569 เวลา 10:00 น.", datetime.date(2026, 3, 3)),
    ("31 ธ.ค. 2568", datetime.date(2025, 12, 31)),
    ("12 พฤษภาคม 2569", datetime.date(2026, 5, 12)),
    ("12 พฤษภาคม 2026", datetime.date(2026, 5, 12)),
])
def test_a_thai_date_in_the_buddhist_era(text: str, day: datetime.date) -> None:
    found = find_date(text)
    assert found is not None and found[0] == day


@pytest.mark.parametrize("text", ["ราคา 12 บาท 2569 คน", "12 May 2569", "Order 12/05/2569"])
def test_a_number_after_no_thai_month_is_no_buddhist_year(text: str) -> None:
    assert find_date(text) is None
