"""A page that declares no title but its tab's (<title>, no og:title nor JSON-LD headline) and
prints one headline of its own in an <h1> that the tab's title does not hold ("Huge results dump"
over "Island results: every polling station"): the printed headline is the report's; a title the
page declares in its metadata still wins (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file

BODY = ("<p>Polling station 1 in Port Isle reported 120 votes for the Harbour List and 98 for the Coast Party.</p>"
        "<p>Polling station 2 in Port Isle reported 131 votes for the Harbour List and 87 for the Coast Party.</p>")


@pytest.mark.parametrize(("head", "h1", "title"), [
    ("<title>Huge results dump</title>", "Island results: every polling station", "Island results: every polling station"),
    ("<title>Results export 2026</title>", "Every polling station in Port Isle", "Every polling station in Port Isle"),
    # the tab's title holds the headline: as before
    ("<title>Island results: every polling station | Isle Times</title>", "Island results: every polling station",
     "Island results: every polling station"),
    # the metadata declares the tab's title: the declared one
    ('<title>Huge results dump</title><meta property="og:title" content="Huge results dump">',
     "Island results: every polling station", "Huge results dump"),
])
def test_the_printed_headline_over_a_tab_title(tmp_path: Path, head: str, h1: str, title: str) -> None:
    path = tmp_path / "results.html"
    path.write_text(f"<html><head>{head}</head><body><article><h1>{h1}</h1>{BODY}</article></body></html>", encoding="utf-8")
    (article,) = read_file(path)
    assert article.title == title
