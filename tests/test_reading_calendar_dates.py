"""Dates of other calendars and other eras' signs, a page's labelled publication time over an
update's or a masthead's "today", and Malay's halves of the day (invented inputs)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import calendar_day, find_date, find_datetime, published_stamp


@pytest.mark.parametrize(("text", "day"), [
    ("۱۴ رمضان ۱۴۴۷ھ بمطابق ۴ مارچ ۲۰۲۶ء", datetime.date(2026, 3, 4)),  # Urdu: the Gregorian, its era's sign glued on
    ("الأربعاء 4 مارس 2026م", datetime.date(2026, 3, 4)),
    ("تاریخ انتشار: ۱۴ اسفند ۱۴۰۴ - ۱۰:۲۵", datetime.date(2026, 3, 5)),  # Solar Hijri
    ("۱ فروردین ماه ۱۴۰۵", datetime.date(2026, 3, 21)),
    ("መጋቢት 12 ቀን 2018 ዓ.ም.", datetime.date(2026, 3, 21)),  # Ethiopian
    ("መስከረም 1 ቀን 2018", datetime.date(2025, 9, 11)),
    ("৩১ বৈশাখ ১৪৩৩ | ১৪ মে ২০২৬, ১১:৩০", datetime.date(2026, 5, 14)),  # the Gregorian after the Bangla calendar's
])
def test_a_date_of_another_calendar_or_era(text: str, day: datetime.date) -> None:
    found = find_date(text)
    assert found is not None and found[0] == day


@pytest.mark.parametrize("text", ["31 اسفند 1404", "ሰኔ 31 2018", "۱۴ رمضان ۱۴۴۷ھ", "12 سال 1404", "4 March 2026mm"])
def test_no_day_of_another_calendar_where_none_is(text: str) -> None:
    assert find_date(text) is None


def test_calendar_day_refuses_a_day_its_month_lacks() -> None:
    assert calendar_day("solar_hijri", 1404, 7, 31) is None
    assert calendar_day("ethiopian", 2018, 13, 5) == datetime.date(2026, 9, 10)


@pytest.mark.parametrize(("text", "stamp"), [
    ("16 Jul 2026, 8:05 PTG", "2026-07-16T20:05:00"),
    ("14 Jul 2026, 11:40 PG", "2026-07-14T11:40:00"),
    ("14 Jul 2026, 9:30 malam", "2026-07-14T21:30:00"),
    ("14 Jul 2026, 9:30 pm", "2026-07-14T21:30:00"),
])
def test_malay_halves_of_the_day(text: str, stamp: str) -> None:
    assert find_datetime(text, local=True) == stamp


@pytest.mark.parametrize(("line", "stamp"), [
    ("Dikemas kini: 16 Jul 2026, 8:05 PTG Diterbitkan: 14 Jul 2026, 11:40 PG", "2026-07-14T11:40:00"),
    ("Updated 5 March 2026 · Published 3 March 2026", "2026-03-03"),
    ("প্রকাশ: বৃহস্পতিবার, ৩১ বৈশাখ ১৪৩৩ | ১৪ মে ২০২৬, ১১:৩০", "2026-05-14T11:30:00"),
    ("Updated 5 March 2026", None),
])
def test_a_labelled_publication_time(line: str, stamp: str | None) -> None:
    assert published_stamp(line) == stamp


_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<header><div class="top-date">{today}</div></header>
<article><h1>{title}</h1><div class="meta"><span class="date">{dated}</span></div>
<p>{body}</p><p>{body}</p><p>{body}</p></article></body></html>"""


@pytest.mark.parametrize(("today", "dated", "day"), [
    # a masthead's "today" printed before the labelled publication date
    ("শনিবার, ১৬ মে ২০২৬", "প্রকাশ: ১৪ মে ২০২৬, ১১:৩০", "2026-05-14"),
    ("سه‌شنبه ۱۹ اسفند ۱۴۰۴", "تاریخ انتشار: ۱۴ اسفند ۱۴۰۴ - ۱۰:۲۵", "2026-03-05"),
    # an update's time printed before the publication's
    ("", "Dikemas kini: 16 Jul 2026, 8:05 PTG Diterbitkan: 14 Jul 2026, 11:40 PG", "2026-07-14"),
    ("", "መጋቢት 12 ቀን 2018 ዓ.ም.", "2026-03-21"),
])
def test_a_page_dated_by_its_labelled_line(tmp_path: Path, today: str, dated: str, day: str) -> None:
    body = "Sebuah jambatan baharu dibuka di kampung itu pada minggu ini untuk penduduk tempatan yang ramai."
    path = tmp_path / "page.html"
    path.write_text(_PAGE.format(title="Jambatan baharu dibuka di kampung", today=today, dated=dated, body=body), encoding="utf-8")
    article = read_file(path)[0]
    assert (article.published or "").startswith(day)
