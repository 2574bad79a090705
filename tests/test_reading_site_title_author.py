"""A blog theme's meta line: "March 3, 2026 · 4 min · Name" (Hugo's: date, reading time, name) names the
writer; and its header links the site's name as its author (Jekyll's Minima: <a class=site-title
rel=author>): the post's own writer (its p-author) is the byline, the site's name only where the
page names no other."""

from __future__ import annotations

from core.reading.html import parse_html

LEAD = "The island ferry will run every hour from Tuesday, the operator said on Monday after a three week pause for repairs."
MORE = "Night sailings start again next week, and fares stay the same until the end of the year, the operator said."


def _page(meta: str) -> bytes:
    return (f"<html lang='en'><head><title>Ferry runs hourly again | Quayside Jottings</title></head><body>"
            f"<header class='site-header'><a class='site-title' rel='author' href='/'>Quayside Jottings</a></header>"
            f"<main><article class='post h-entry'><header class='post-header'><h1 class='post-title'>Ferry runs hourly again</h1>"
            f"{meta}</header><div class='post-content'><p>{LEAD}</p><p>{MORE}</p></div></article></main></body></html>").encode()


def test_the_posts_writer_wins_over_the_site_title_linked_as_author() -> None:
    meta = ("<p class='post-meta'><time datetime='2026-03-03T18:40:00+00:00'>Mar 3, 2026</time> • "
            "<span itemprop='author'><span class='p-author h-card' itemprop='name'>Nell Sample</span></span></p>")
    assert parse_html(_page(meta), source="x.html").byline == "Nell Sample"


def test_a_meta_line_of_date_reading_time_and_name_gives_the_name() -> None:
    meta = "<div class='post-meta'><span>March 3, 2026</span>&nbsp;·&nbsp;<span>4 min</span>&nbsp;·&nbsp;<span>Nell Sample</span></div>"
    assert parse_html(_page(meta).replace(b" rel='author'", b""), source="x.html").byline == "Nell Sample"
