"""Datelines by their shapes in other languages (core/reading/): a Lithuanian agency's day
without its year ("VILNIUS, gruodžio 3 d. (ELTA)."), the words for year and day around it, dates
the report; a Persian subhead of two phrases joined by a spaced dash is no agency's dateline,
which names its agency after the dash ("تهران - ایرنا"). Invented inputs."""

from __future__ import annotations

from datetime import date

import pytest

from core.reading.html import parse_html
from core.reading.judge import dateline_date, lone_dateline
from core.reading.text import parse_text

LT_TITLE = "Seimas pritarė biudžetui"
LT_LEAD = "Seimas ketvirtadienį pritarė kitų metų biudžeto projektui, nors opozicija jam prieštaravo."
LT_MORE = "Balsavo 75 Seimo nariai, prieš buvo 40, susilaikė dar 9 parlamentarai."


@pytest.mark.parametrize(("dateline", "day"), [
    ("VILNIUS, gruodžio 3 d. (ELTA)", "2026-12-03"),  # no year: the latest 3 December by the day filed
    ("Kaunas, lapkričio 28 d. (BNS)", "2026-11-28"),
    ("VILNIUS, sausio 9 d. (ELTA)", "2026-01-09"),
    ("VILNIUS, 2025 m. gruodžio 3 d. (ELTA)", "2025-12-03"),  # the year first, with its word
])
def test_a_lithuanian_datelines_day_dates_it(dateline: str, day: str) -> None:
    assert dateline_date(dateline, filed=date(2026, 12, 5)) == day


@pytest.mark.parametrize("opening", ["VILNIUS, gruodžio 3 d. (ELTA). ", "VILNIUS, gruodžio 3 d. (ELTA) – "])
def test_a_lithuanian_report_is_dated_by_its_dateline(opening: str) -> None:
    [text] = parse_text(f"{LT_TITLE}\n\n{opening}{LT_LEAD}\n\n{LT_MORE}\n", path="report.txt", filed=date(2026, 12, 5))
    page = (f"<html lang='lt'><head><meta charset='utf-8'><title>{LT_TITLE}</title></head><body><article><h1>{LT_TITLE}</h1>"
            f"<p>{opening}{LT_LEAD}</p><p>{LT_MORE}</p></article></body></html>")
    html = parse_html(page.encode(), source="report.html", filed=date(2026, 12, 5))
    for article in (text, html):
        assert article.dateline == "VILNIUS, gruodžio 3 d. (ELTA)"
        assert article.published == "2026-12-03"
        assert article.paragraphs == (LT_LEAD, LT_MORE)


FA_TITLE = "افزایش قیمت نان در تهران"
FA_LEAD = "قیمت نان از امروز در نانوایی‌های تهران ده درصد افزایش یافت و مردم از این تصمیم ناراضی هستند."
FA_MORE = "به گفته مسئولان، این افزایش به دلیل بالا رفتن هزینه آرد و سوخت است و تا پایان سال ادامه دارد."


@pytest.mark.parametrize("line", ["واکنش مردم - نگرانی‌ها", "بازار نان - ۱۴۰۵", "گزارش ویژه – تحلیل"])
def test_a_persian_subhead_of_two_phrases_joined_by_a_dash_is_no_dateline(line: str) -> None:
    assert lone_dateline(line) is None
    [text] = parse_text(f"{FA_TITLE}\n\n{line}\n\n{FA_LEAD}\n\n{FA_MORE}\n", path="report.txt")
    page = (f"<html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>{FA_TITLE}</title></head><body><article>"
            f"<h1>{FA_TITLE}</h1><p>{line}</p><p>{FA_LEAD}</p><p>{FA_MORE}</p></article></body></html>")
    html = parse_html(page.encode(), source="report.html")
    assert text.dateline is None
    assert html.dateline is None


@pytest.mark.parametrize(("line", "dateline"), [
    ("تهران - ایرنا", "تهران - ایرنا"),  # an agency after the dash: a dateline alone on its line
    ("تهران – ایسنا", "تهران – ایسنا"),
    ("دمشق - سانا -", "دمشق - سانا"),
    ("مشهد - خبرنگار -", "مشهد - خبرنگار"),  # any word with its closing dash, as before
])
def test_a_persian_or_arabic_agencys_dateline_alone_on_its_line_stays_one(line: str, dateline: str) -> None:
    assert lone_dateline(line) == dateline


HU_LEAD = "A kormány szerdán elfogadta a kikötő felújításának tervét, amely tavasszal kezdődik."
HU_MORE = "A munkálatok költsége 14 milliárd forint, közölte a minisztérium szóvivője."


@pytest.mark.parametrize(("opening", "dateline", "day"), [
    # a month before its day with its ordinal's dot, the dash after it (no agency's credit between): the
    # dateline without the dot, as an English one's sentence stop ("HOLMVIK, April 7.—")
    ("OSTBY, november 30. - ", "OSTBY, november 30", "2026-11-30"),
    ("OSTBY, december 3. – ", "OSTBY, december 3", "2026-12-03"),
    # a month in its locative after its day (Latvian "decembrī" of "decembris")
    ("OSTBY, 3. decembrī - ", "OSTBY, 3. decembrī", "2026-12-03"),
])
def test_a_dateline_whose_day_closes_on_its_dot_dates_the_report(opening: str, dateline: str, day: str) -> None:
    [article] = parse_text(f"Felújítják az ostbyi kikötőt\n\n{opening}{HU_LEAD}\n\n{HU_MORE}\n", path="report.txt",
                           filed=date(2026, 12, 5))
    assert article.dateline == dateline
    assert article.published == day
    assert article.paragraphs == (HU_LEAD, HU_MORE)
