"""Dates as Lithuanian, Latvian and Estonian pages print them, the CLDR's long forms and the
press's own ("2026 m. kovo 4 d.", "kovo 4 d., 2026", "2026. gada 4. martā", "4. märts 2026"):
the year's and day's words ("m.", "d.", "gada") are the date's, the month's name is in its
genitive, locative or adessive case. Read as the article's date and dropped from its body, in HTML
and plain text alike."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import Kind, classify_line, find_date, find_datetime, is_stamp_block
from core.reading.text import parse_text


@pytest.mark.parametrize("line, day", [
    ("2026 m. kovo 4 d.", "2026-03-04"),  # Lithuanian, the year first
    ("2026 m. sausio 12 d.", "2026-01-12"),
    ("2026 m. gegužės 1 d., 10:15", "2026-05-01"),
    ("2026 m. gruodžio 31 d.", "2026-12-31"),
    ("kovo 4 d., 2026", "2026-03-04"),  # Lithuanian, the month first
    ("rugpjūčio 9 d., 2026 14:20", "2026-08-09"),
    ("2026. gada 4. martā", "2026-03-04"),  # Latvian, the month in its locative
    ("2026. gada 4. marts", "2026-03-04"),
    ("2026. gada 17. decembrī", "2026-12-17"),
    ("2026. gada 1. jūnijā 09:30", "2026-06-01"),
    ("4. märts 2026", "2026-03-04"),  # Estonian
    ("17. detsember 2026", "2026-12-17"),
])
def test_a_baltic_date_line_gives_its_date_and_is_a_stamp(line: str, day: str) -> None:
    assert find_datetime(line) is not None and find_datetime(line).startswith(day)
    assert is_stamp_block(line)
    assert classify_line(line) is Kind.DATE


def test_a_baltic_date_in_running_text_is_found() -> None:
    found = find_date("Sutartis pasirašyta 2026 m. balandžio 20 d. Vilniuje.")
    assert found is not None and found[0].isoformat() == "2026-04-20"


def test_a_word_that_only_begins_like_a_month_is_none() -> None:
    # an inflected month's name is the name's stem and a short ending, never a longer word
    assert find_date("2026. gada 4. martinsons") is None


LT_BODY = ("Uosto administracija trečiadienį sustabdė anglių krovą dėl stipraus vėjo.",
           "Reide laukia devyni laivai, o dar keli atplauks ketvirtadienio rytą.")
LV_BODY = ("Ostas pārvalde trešdien apturēja ogļu pārkraušanu stipra vēja dēļ.",
           "Reidā gaida deviņi kuģi, un vēl daži ieradīsies ceturtdienas rītā.")


def _page(date_line: str, body: tuple[str, ...], lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Uostas</title></head><body><article>'
            f"<h1>Uostas sustabdė krovą</h1><p>{date_line}</p>" + "".join(f"<p>{p}</p>" for p in body)
            + "</article></body></html>").encode()


@pytest.mark.parametrize("date_line, body, lang", [
    ("2026 m. kovo 4 d. 10:15", LT_BODY, "lt"),
    ("kovo 4 d., 2026", LT_BODY, "lt"),
    ("2026. gada 4. martā", LV_BODY, "lv"),
])
def test_a_baltic_page_s_date_line_dates_it_and_leaves_the_body(date_line: str, body: tuple[str, ...], lang: str) -> None:
    article = parse_html(_page(date_line, body, lang), source="x.html")
    assert article.published is not None and article.published.startswith("2026-03-04")
    assert list(article.paragraphs) == list(body)
    [text] = parse_text("Uostas sustabdė krovą\n\n" + date_line + "\n\n" + "\n\n".join(body) + "\n", path="x.txt")
    assert text.published is not None and text.published.startswith("2026-03-04")
    assert list(text.paragraphs) == list(body)
