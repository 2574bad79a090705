"""A report's times where the page marks them for machines: the record in a script-drawn page's
state, a blog post's hAtom/microdata stamp (invented pages)."""

from __future__ import annotations

import json

from core.reading.html import parse_html

BODY = [
    "The Quillon water board raised its drought warning to the second of four levels on Monday after a dry autumn.",
    "Households are asked to water gardens only after dusk and to leave cars unwashed until further notice.",
    "Farmers in the valley have been told that their allowance will be cut by a fifth from next week.",
    "The board's chair said rain forecast for the weekend could ease the pressure on the three reservoirs.",
]


def _page(record: dict[str, object]) -> bytes:
    state = {"props": {"pageProps": {"article": {
        "headline": "Drought warning raised in Quillon", "byline": [{"name": "Mira Solvang"}], **record,
        "body": [{"type": "paragraph", "text": p} for p in BODY]}}}}
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Drought warning raised in Quillon | "
            "Quillon Ledger</title><meta property='og:site_name' content='Quillon Ledger'></head><body><div id='__next'>"
            "<main><div class='Skeleton_loading'>Loading…</div></main></div>"
            f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script></body></html>").encode()


def test_a_script_drawn_page_is_dated_to_the_minute_by_its_state_s_record() -> None:
    """A Next.js page's "publishedAt" and "updatedAt" were lost: it was dated by the day alone, with no update."""
    article = parse_html(_page({"publishedAt": "2026-11-11T14:05:00Z", "updatedAt": "2026-11-11T16:20:00Z"}), source="p.html")
    assert article.paragraphs == tuple(BODY) and article.byline == "Mira Solvang"
    assert article.published == "2026-11-11T14:05:00+00:00"
    assert article.updated == "2026-11-11T16:20:00+00:00"


def test_the_page_s_own_date_wins_over_its_state_s() -> None:
    page = _page({"publishedAt": "2026-11-11T14:05:00Z"}).replace(
        b"</head>", b"<meta property='article:published_time' content='2026-11-11T13:00:00+01:00'></head>")
    assert parse_html(page, source="p.html").published == "2026-11-11T13:00:00+01:00"


def test_a_blog_post_s_marked_time_in_its_footer_dates_it_to_the_minute() -> None:
    """Blogger's footer "Posted by … at <abbr class='published' itemprop='datePublished'
    title='2026-11-15T11:20:00+01:00'>11:20</abbr>" was not read: the post was dated by its day heading alone."""
    page = ("<html lang='it'><head><meta charset='utf-8'><meta content='blogger' name='generator'><title>Siccità a Quillon"
            "</title></head><body><div class='date-outer'><h2 class='date-header'><span>domenica 15 novembre 2026</span></h2>"
            "<div class='post-outer'><div class='post'><h3 class='post-title'>Siccità a Quillon</h3><div class='post-body'>"
            + "".join(f"<div>{p}</div><div><br /></div>" for p in BODY)
            + "</div><div class='post-footer'><span class='post-author vcard'>Pubblicato da <span class='fn'>Mira Solvang"
            "</span></span> <span class='post-timestamp'>alle <a class='timestamp-link' href='https://example.org/p.html'>"
            "<abbr class='published' itemprop='datePublished' title='2026-11-15T11:20:00+01:00'>11:20</abbr></a></span>"
            "</div></div></div></div>"
            "<aside><ul><li><a href='/x'>Other post</a> <abbr class='published' title='2026-10-01T08:00:00+01:00'>8:00</abbr>"
            "</li></ul></aside></body></html>")
    article = parse_html(page.encode(), source="p.html")
    assert article.published == "2026-11-15T11:20:00+01:00"
