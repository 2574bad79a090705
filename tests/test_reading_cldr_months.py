"""Months dateparser names in no language, read from the Unicode CLDR (through babel) for the news
languages it lacks (Sindhi, Turkmen, Chichewa ...), and a byline's line whose date no month table
reads: the writer's name, its date cut off by its shape (invented inputs)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import clean_byline, find_date


@pytest.mark.parametrize(("text", "day"), [
    ("21 آگسٽ 2026", datetime.date(2026, 8, 21)),  # Sindhi
    ("3 ýanwar 2026", datetime.date(2026, 1, 3)),  # Turkmen
    ("9 Ogasiti 2026", datetime.date(2026, 8, 9)),  # Chichewa
])
def test_a_month_only_the_cldr_names_is_read(text: str, day: datetime.date) -> None:
    found = find_date(text)
    assert found is not None and found[0] == day


@pytest.mark.parametrize("line", [
    "تحرير: عائشه مثال 21 ززززز 2026",  # a month's name no table holds
    "By Ana Example 21 Qwertz 2026",
    "By Ana Example, Qwertz 21, 2026 14:30",
])
def test_a_byline_line_with_an_unread_date_names_its_writer(line: str) -> None:
    assert clean_byline([line], line=True) in ("عائشه مثال", "Ana Example")


def test_a_sindhi_credit_line_dates_the_report(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(
        "<!DOCTYPE html><html lang='sd' dir='rtl'><head><meta charset='utf-8'><title>ڪراچي ۾ نئين بس سروس</title></head>"
        "<body><article><h1>ڪراچي ۾ نئين بس سروس</h1>"
        "<div class='meta'><span>تحرير: سارا مثال</span> <span>3 آڪٽوبر 2026</span></div>"
        "<p>ڪراچي ۾ سومر تي نئين بس سروس شروع ٿي، جنهن سان هزارين مسافرن کي سهولت ملندي.</p>"
        "<p>شهر جي انتظاميه موجب ٻيون ٻه لائينون ايندڙ سال شروع ٿينديون.</p></article></body></html>",
        encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    article = articles[0]
    assert article.byline == "سارا مثال"
    assert article.published is not None and article.published.startswith("2026-10-03")
    assert article.paragraphs[0].startswith("ڪراچي ۾ سومر تي")
