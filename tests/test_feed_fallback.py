"""core.reading.feed.parse_feed when an entry's page cannot be fetched: what the feed gave is kept."""

from __future__ import annotations

import pytest

from core.errors import ReadError
from core.reading.feed import FeedText, parse_feed
from core.reading.sources import Fetched, Item, Problem
from tests.feedserver import html_body, rss20

DECLARED = ["Sailings to Orn Island are suspended for five days after the storm, the ferry company said.",
            "About 2,100 islanders rely on one supply boat until the pier is repaired."]
SUMMARY = "Sailings to Orn Island are suspended for five days."


def _feed(**entry: str) -> bytes:
    return rss20("Harbour Watch", [{"title": "Ferry link suspended", "link": "https://watch.example/ferry", **entry}])


def _offline(url: str) -> Fetched:
    raise ReadError(f"{url}: cannot fetch ([Errno -3] Temporary failure in name resolution)")


def _unasked(url: str) -> Fetched:
    raise AssertionError(f"{url} was fetched")


def test_declared_content_is_the_article_and_its_page_is_not_fetched() -> None:
    # A fresh user's entry with two paragraphs in content:encoded had its page fetched (a 404) all the same.
    [result] = parse_feed(_feed(body=html_body(DECLARED), summary="Sailings suspended."), source="feed.xml", fetch=_unasked)
    assert type(result) is Item
    assert result.article.paragraphs == tuple(DECLARED) and result.source == "feed.xml:1"


def test_an_entry_says_where_it_was_read_from_the_feed_and_the_entry_or_its_page() -> None:
    """The `links` contract: ``path`` is where the article was read from, ``url`` its page. An
    entry read from the feed is the feed's entry N (from 1, as JSON Lines names its reports); one
    read from its page is the page's. Every entry's path was its page's address, even read
    from a feed file offline."""
    page = ("<html><head><title>Ferry link suspended</title></head><body><article><h1>Ferry link suspended</h1>"
            + html_body(DECLARED * 3) + "</article></body></html>").encode()
    feed = rss20("Harbour Watch", [
        {"title": "Ferry link suspended", "link": "https://watch.example/ferry", "body": html_body(DECLARED)},
        {"title": "Pier repairs begin", "link": "https://watch.example/pier", "summary": SUMMARY},
        {"title": "Quay closed", "link": "https://watch.example/quay", "summary": SUMMARY + " The quay is shut."},
    ])

    def fetch(url: str) -> Fetched:
        return Fetched(url, page, "text/html") if url.endswith("/pier") else _offline(url)

    declared, fetched, kept = parse_feed(feed, source="news/harbour.xml", fetch=fetch)
    assert (declared.source, declared.article.path, declared.article.url) == (
        "news/harbour.xml:1", "news/harbour.xml:1", "https://watch.example/ferry")
    assert (fetched.source, fetched.article.path, fetched.article.url) == (
        "https://watch.example/pier", "https://watch.example/pier", "https://watch.example/pier")
    assert isinstance(kept, FeedText) and (kept.source, kept.article.path, kept.article.url, kept.page) == (
        "news/harbour.xml:3", "news/harbour.xml:3", "https://watch.example/quay", "https://watch.example/quay")
    assert kept.note.startswith("https://watch.example/quay: its page could not be fetched (cannot fetch")
    # read from a feed at an address, pages not fetched: the summaries are kept as briefs
    brief = next(r for r in parse_feed(feed, source="https://watch.example/rss", fetch=None, briefs=True) if isinstance(r, FeedText))
    assert (brief.article.path, brief.article.url) == ("https://watch.example/rss:2", "https://watch.example/pier")
    assert brief.note == "https://watch.example/pier: its page was not fetched; kept the feed's summary"


@pytest.mark.parametrize("tail", ["<p>About 2,100 islanders rely on one supply boat [&#8230;]</p>",
                                  '<p>About 2,100 islanders rely on one supply boat.</p><p><a href="/x">Continue reading</a></p>',
                                  '<p>About 2,100 islanders rely on <a href="/x">Read more &#187;</a></p>'])
def test_content_the_feed_cut_short_is_a_summary_its_page_replaces_or_kept_with_a_note(tail: str) -> None:
    body = f"<p>{DECLARED[0]}</p>{tail}"
    page = ("<html><head><title>Ferry link suspended</title></head><body><article><h1>Ferry link suspended</h1>"
            + html_body(DECLARED * 3) + "</article></body></html>").encode()
    [read] = parse_feed(_feed(body=body), source="feed.xml", fetch=lambda url: Fetched(url, page, "text/html"))
    assert type(read) is Item and len(read.article.paragraphs) >= 2 * len(DECLARED)
    [kept] = parse_feed(_feed(body=body), source="feed.xml", fetch=_offline)
    assert isinstance(kept, FeedText) and kept.lost and kept.note.endswith("; kept the feed's summary instead")


def test_a_summary_is_kept_as_a_brief_when_the_page_fails_and_the_loss_is_said() -> None:
    [result] = parse_feed(_feed(summary=SUMMARY), source="feed.xml", fetch=_offline)
    assert isinstance(result, FeedText) and result.lost and result.article.paragraphs == (SUMMARY,)
    assert result.note == ("https://watch.example/ferry: its page could not be fetched (cannot fetch ([Errno -3] "
                           "Temporary failure in name resolution)); kept the feed's summary instead")


def test_an_entry_without_text_of_its_own_is_a_problem_when_its_page_fails() -> None:
    [result] = parse_feed(_feed(), source="feed.xml", fetch=_offline)
    assert isinstance(result, Problem) and "its page failed" in result.message


@pytest.mark.parametrize("body", [b"", b"\x00\x01\x02 not a page"])
def test_a_page_that_gives_no_article_keeps_the_feeds_text_too(body: bytes) -> None:
    [result] = parse_feed(_feed(summary=SUMMARY), source="feed.xml",
                          fetch=lambda url: Fetched(url, body, "text/html"))
    assert isinstance(result, FeedText) and result.article.paragraphs == (SUMMARY,)


def test_a_page_that_is_fetched_is_read_as_before() -> None:
    page = ("<html><head><title>Ferry link suspended</title></head><body><article><h1>Ferry link suspended</h1>"
            + html_body(DECLARED * 3) + "</article></body></html>").encode()
    [result] = parse_feed(_feed(summary=SUMMARY), source="feed.xml", fetch=lambda url: Fetched(url, page, "text/html"))
    assert type(result) is Item and len(result.article.paragraphs) >= 2


def test_an_entrys_relative_link_is_read_against_the_feeds_address() -> None:
    """A fresh user's feed gave <link>/story1.html</link>: the entry was skipped, "no link to its page"."""
    page = ("<html><head><title>Ferry link suspended</title></head><body><article><h1>Ferry link suspended</h1>"
            + html_body(DECLARED * 3) + "</article></body></html>").encode()
    feed = rss20("Harbour Watch", [{"title": "Ferry link suspended", "link": "/news/ferry.html", "summary": SUMMARY}])
    asked: list[str] = []

    def fetch(url: str) -> Fetched:
        asked.append(url)
        return Fetched(url, page, "text/html")

    [read] = parse_feed(feed, source="https://watch.example/feeds/rss.xml", fetch=fetch)
    assert asked == ["https://watch.example/news/ferry.html"]
    assert type(read) is Item and read.article.url == "https://watch.example/news/ferry.html"
    # a feed file: against its site's address (its channel's <link>)
    [brief] = parse_feed(feed, source="feed.xml", fetch=None, briefs=True)
    assert isinstance(brief, FeedText) and brief.page == "http://127.0.0.1/news/ferry.html"


def test_an_entry_with_text_and_no_page_is_kept_as_its_summary() -> None:
    """A fresh user's entries with a paragraph each and no <link> were all skipped, while an entry
    whose page failed was kept as its summary."""
    feed = rss20("Harbour Watch", [{"title": "Ferry link suspended", "link": "", "summary": SUMMARY}])
    [kept] = parse_feed(feed, source="https://watch.example/rss.xml", fetch=_unasked)
    assert type(kept) is Item and kept.article.paragraphs == (SUMMARY,) and kept.article.summary_only
    [bare] = parse_feed(rss20("Harbour Watch", [{"title": "Ferry link suspended", "link": ""}]), source="feed.xml", fetch=_unasked)
    assert isinstance(bare, Problem) and bare.message == "no text of its own, and no link to its page"
