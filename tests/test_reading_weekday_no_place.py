"""A weekday's name before a date is no place (trial 54 F12): the line under a headline giving
the day the report was issued ("Kamis, 3 Desember 2026 19:00 WIB") dates it and names no place
it was filed from, in any language whose weekdays are read, not only in the six whose
abbreviations are. Invented inputs."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import placed_stamp


@pytest.mark.parametrize("line", [
    "Kamis, 3 Desember 2026 19:00 WIB",  # Indonesian
    "Csütörtök, 3 december 2026, 19:00",  # Hungarian
    "Torstai, 3 joulukuuta 2026 19:00",  # Finnish
    "Perşembe, 3 Aralık 2026 19:00",  # Turkish
])
def test_a_weekday_before_a_date_is_no_place(line: str) -> None:
    assert placed_stamp(line) is None


def test_a_place_before_a_date_is_one() -> None:
    assert placed_stamp("Aldmar, 17 November 2026, 10:00") == ("Aldmar", "17 November 2026, 10:00")


def test_an_indonesian_report_dated_under_its_headline_has_no_weekday_for_its_dateline() -> None:
    page = ("<html lang='id'><head><meta charset='utf-8'><title>Dermaga Ostby dibuka kembali</title></head><body><article>"
            "<h1>Dermaga Ostby dibuka kembali</h1><p>Kamis, 3 Desember 2026 19:00 WIB</p>"
            "<p>Dermaga utara di kota Ostby dibuka kembali pada hari Kamis setelah perbaikan selama tiga bulan.</p>"
            "<p>Kapal feri pertama berangkat pukul 07.00 dengan 120 penumpang, kata kepala pelabuhan.</p>"
            "</article></body></html>").encode()
    article = parse_html(page, source="/tmp/dermaga.html")
    assert article.dateline is None
    assert article.published is not None and article.published.startswith("2026-12-03")
