"""A line above a report that names the outlet that ran it and when, and nothing else (a news
portal's provider line, invented inputs): the page's metadata, no paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.html import _dated_credit
from core.stamps import is_dated_clock


def _page(tmp_path: Path, info: str, *, lang: str, author: str, title: str, paragraphs: list[str]) -> list:  # type: ignore[type-arg]
    path = tmp_path / "p.html"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Portal News</title>"
        f"<meta property='og:site_name' content='Portal News'><meta name='author' content='{author}'></head>"
        f"<body><article><h1>{title}</h1><div class='info'>{info}</div><div class='body'>{body}</div></article></body></html>",
        encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    return articles


def test_a_provider_line_glued_to_its_time_is_no_paragraph(tmp_path: Path) -> None:
    paragraphs = ["富山市の中心部で、路面電車の新しい停留場の工事が始まった。来年春の開業を目指す。",
                  "停留場には屋根とベンチを設け、冬でも待ちやすくする。"]
    articles = _page(tmp_path, "<a class='provider'>越中新報サンプル</a><time>11月26日 18:30</time>", lang="ja",
                     author="越中新報サンプル", title="富山に路面電車の新停留場", paragraphs=paragraphs)
    assert articles[0].paragraphs == tuple(paragraphs)


@pytest.mark.parametrize(("line", "stamp"), [
    ("Harbour Gazette · 3 March 2026, 09:10", "3 March 2026, 09:10"),
    ("Reuters 3 March 2026 09:10", "3 March 2026 09:10"),
    ("越中新報サンプル11月26日 18:30", "11月26日 18:30"),
])
def test_an_outlet_and_its_time_is_a_dated_credit(line: str, stamp: str) -> None:
    assert _dated_credit(line, "Portal News", known=["越中新報サンプル"]) == stamp


@pytest.mark.parametrize("line", ["Ana Example 3 March 2026", "The council met on 3 March 2026", "Valdemora, 3 March 2026"])
def test_other_lines_with_a_date_are_none(line: str) -> None:
    assert _dated_credit(line, "Portal News") is None


@pytest.mark.parametrize("stamp", ["11月26日 18:30", "11月26日（木） 18:30", "11월 26일 18:30"])
def test_a_day_and_month_by_their_signs_with_a_time_is_a_dated_clock(stamp: str) -> None:
    assert is_dated_clock(stamp)
