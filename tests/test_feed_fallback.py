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
    assert result.article.paragraphs == tuple(DECLARED) and result.source == "https://watch.example/ferry"


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
