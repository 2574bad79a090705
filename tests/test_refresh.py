"""Refresh against real HTTP on a loopback server the tests start (tests/feedserver.py).

No test here reaches any address but 127.0.0.1.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.library.store import Library
from core.library.refresh import Policy, refresh
from core.library.subscriptions import Subscriptions
from tests.feedserver import (
    FeedServer, atom, body_of, endless, entries_for, html_body, page, rss10, rss20, send, server, slow, static,
)

__all__ = ["server"]  # the fixture, imported

FAST = Policy(timeout=2.0, deadline=5.0, retries=2, backoff=0.01, max_bytes=2 * 2**20)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "lib.sqlite") as opened:
        yield opened


def subscribe(library: Library, *urls: str) -> None:
    for url in urls:
        Subscriptions(library).add(url)


def by_url(outcomes, url):  # type: ignore[no-untyped-def]
    return next(o for o in outcomes if o.feed.url == url or o.moved_to == url)


@pytest.mark.parametrize("make", [rss20, rss10, atom], ids=["rss2.0", "rss1.0", "atom"])
def test_each_feed_format_adds_its_entries(server: FeedServer, library: Library, make) -> None:  # type: ignore[no-untyped-def]
    server.routes["/feed"] = static(make("Harbour Gazette", entries_for(server, "Harbour Gazette", [1, 2])))
    subscribe(library, server.url("/feed"))
    outcomes, stats = refresh(library, policy=FAST)
    assert [o.status for o in outcomes] == ["updated"]
    assert outcomes[0].added == 2
    assert library.counts()[1] == 2
    sub = Subscriptions(library).all()[0]
    assert sub.title == "Harbour Gazette" and sub.articles == 2 and sub.error is None and sub.refreshed
    assert server.log[0].headers["user-agent"].startswith("newsprism/")


def test_a_second_refresh_is_conditional_and_a_304_costs_nothing(server: FeedServer, library: Library) -> None:
    server.routes["/etag"] = static(rss20("Etag Post", entries_for(server, "Etag Post", [3])))
    server.routes["/lm"] = static(rss20("Dated Post", entries_for(server, "Dated Post", [4])), last_modified=True)
    subscribe(library, server.url("/etag"), server.url("/lm"))
    refresh(library, policy=FAST)
    outcomes, stats = refresh(library, policy=FAST)
    assert {o.status for o in outcomes} == {"unchanged"}
    assert stats.requests == 2 and stats.conditional == 2 and stats.not_modified == 2 and stats.bytes == 0
    assert "if-none-match" in server.hits("/etag")[-1].headers
    assert "if-modified-since" in server.hits("/lm")[-1].headers
    assert library.counts()[1] == 2


def test_a_feed_without_validators_is_read_again_but_old_entries_are_skipped(server: FeedServer, library: Library) -> None:
    entries = [{"title": "Calder Bay ferry", "link": server.url("/p/1.html"), "summary": "The council voted."}]
    server.routes["/feed"] = static(lambda: rss20("Summary Times", entries), validators=False)
    server.routes["/p/1.html"] = static(page("Calder Bay ferry", body_of(1)), "text/html")
    subscribe(library, server.url("/feed"))
    first, _ = refresh(library, policy=FAST)
    assert first[0].added == 1  # the summary-only entry fetched its page
    assert len(server.hits("/p/1.html")) == 1
    again, stats = refresh(library, policy=FAST)
    assert again[0].status == "unchanged"
    assert len(server.hits("/p/1.html")) == 1  # an unchanged entry's page is not fetched again
    entries.append({"title": "Pellham bridge", "link": server.url("/p/2.html"), "summary": "A bridge."})
    server.routes["/p/2.html"] = static(page("Pellham bridge", body_of(2)), "text/html")
    third, _ = refresh(library, policy=FAST)
    assert third[0].added == 1
    assert len(server.hits("/p/1.html")) == 1 and len(server.hits("/p/2.html")) == 1


def test_one_failing_feed_does_not_stop_the_others(server: FeedServer, library: Library) -> None:
    server.routes["/good"] = static(rss20("Good Herald", entries_for(server, "Good Herald", [5])))
    server.routes["/500"] = lambda r: send(r, 500, b"oops", "text/plain")
    subscribe(library, server.url("/good"), server.url("/missing"), server.url("/500"))
    outcomes, stats = refresh(library, policy=FAST)
    assert by_url(outcomes, server.url("/good")).status == "updated"
    missing = by_url(outcomes, server.url("/missing"))
    assert missing.status == "failed" and missing.error.startswith("HTTP 404")
    broken = by_url(outcomes, server.url("/500"))
    assert broken.status == "failed" and "HTTP 500" in broken.error
    assert len(server.hits("/500")) == 1 + FAST.retries  # retried with backoff, then given up
    assert len(server.hits("/missing")) == 1  # a 404 is not retried
    errors = {s.url: s.error for s in Subscriptions(library).all()}
    assert errors[server.url("/good")] is None and errors[server.url("/missing")].startswith("HTTP 404")


def test_429_waits_what_retry_after_asks(server: FeedServer, library: Library) -> None:
    answers = iter([429])
    good = static(rss20("Busy Chronicle", entries_for(server, "Busy Chronicle", [6])))

    def busy(request) -> None:  # type: ignore[no-untyped-def]
        code = next(answers, None)
        if code:
            send(request, code, b"slow down", "text/plain", {"Retry-After": "1"})
        else:
            good(request)

    server.routes["/busy"] = busy
    subscribe(library, server.url("/busy"))
    started = time.monotonic()
    outcomes, stats = refresh(library, policy=FAST)
    assert outcomes[0].status == "updated" and stats.retries == 1
    assert time.monotonic() - started >= 1.0  # the backoff alone would have waited 0.01 s
    assert len(server.hits("/busy")) == 2


def test_a_retry_after_too_long_is_not_waited_for(server: FeedServer, library: Library) -> None:
    server.routes["/later"] = lambda r: send(r, 429, b"", "text/plain", {"Retry-After": "3600"})
    subscribe(library, server.url("/later"))
    started = time.monotonic()
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "failed" and "wait 3600 s" in outcomes[0].error
    assert time.monotonic() - started < 3


def test_a_slow_feed_times_out_and_the_rest_refresh(server: FeedServer, library: Library) -> None:
    server.routes["/slow"] = slow(3.0, static(rss20("Slow Ledger", entries_for(server, "Slow Ledger", [7]))))
    server.routes["/quick"] = static(rss20("Quick Ledger", entries_for(server, "Quick Ledger", [8])))
    subscribe(library, server.url("/slow"), server.url("/quick"))
    outcomes, _ = refresh(library, policy=Policy(timeout=0.5, deadline=1.0, retries=0))
    assert by_url(outcomes, server.url("/quick")).status == "updated"
    slow_one = by_url(outcomes, server.url("/slow"))
    assert slow_one.status == "failed" and "timed out" in slow_one.error


def test_a_body_that_never_ends_is_cut_at_the_size_cap(server: FeedServer, library: Library) -> None:
    server.routes["/endless"] = endless
    subscribe(library, server.url("/endless"))
    outcomes, _ = refresh(library, policy=Policy(timeout=2.0, deadline=10.0, max_bytes=2**20))
    assert outcomes[0].status == "failed" and "larger than 1 MB" in outcomes[0].error


def test_a_redirect_loop_fails_cleanly(server: FeedServer, library: Library) -> None:
    server.routes["/a"] = lambda r: send(r, 302, b"", "text/plain", {"Location": "/b"})
    server.routes["/b"] = lambda r: send(r, 302, b"", "text/plain", {"Location": "/a"})
    subscribe(library, server.url("/a"))
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "failed" and "redirect loop" in outcomes[0].error


def test_a_permanent_redirect_moves_the_subscription_and_a_temporary_one_does_not(server: FeedServer, library: Library) -> None:
    server.routes["/old"] = lambda r: send(r, 301, b"", "text/plain", {"Location": "/new"})
    server.routes["/new"] = static(rss20("Moved Mercury", entries_for(server, "Moved Mercury", [9])))
    server.routes["/away"] = lambda r: send(r, 302, b"", "text/plain", {"Location": "/there"})
    server.routes["/there"] = static(rss20("Away Mercury", entries_for(server, "Away Mercury", [10])))
    subscribe(library, server.url("/old"), server.url("/away"))
    outcomes, _ = refresh(library, policy=FAST)
    assert all(o.status == "updated" for o in outcomes)
    urls = {s.url for s in Subscriptions(library).all()}
    assert urls == {server.url("/new"), server.url("/away")}


def test_a_permanent_redirect_to_a_feed_already_subscribed_folds_the_two_into_one(server: FeedServer, library: Library) -> None:
    """A tester's second subscription answered 301 to the first's address: refresh said "moved ...
    now reads" it, but the address was taken, nothing moved, and two subscriptions read one feed.
    The moved one is folded into the other: its tags and the entries it saw join it, its articles stay."""
    server.routes["/feed"] = static(rss20("Repeater", entries_for(server, "Repeater", [5])))
    server.routes["/r301/feed"] = lambda r: send(r, 301, b"", "text/plain", {"Location": "/feed"})
    subs = Subscriptions(library)
    subs.add(server.url("/feed"), tags=["port"])
    subs.add(server.url("/r301/feed"), tags=["wire"])
    [first] = [s for s in subs.all() if s.url == server.url("/feed")]
    outcomes, _ = refresh(library, [s for s in subs.all() if s.url != server.url("/feed")], policy=FAST)
    [outcome] = outcomes
    assert outcome.merged_from is not None and outcome.merged_from.url == server.url("/r301/feed")
    assert outcome.feed.id == first.id and outcome.to_json()["merged_from"]["url"] == server.url("/r301/feed")  # type: ignore[index]
    [left] = subs.all()
    assert left.id == first.id and left.url == server.url("/feed") and set(left.tags) == {"port", "wire"}
    assert left.articles == 1 and library.counts()[1] == 1  # the entry it saw is the feed's: not read again
    again, _ = refresh(library, policy=FAST)
    assert again[0].added == 0 and library.counts()[1] == 1


def test_a_gzip_body_is_decoded(server: FeedServer, library: Library) -> None:
    server.routes["/gz"] = static(rss20("Packed Daily", entries_for(server, "Packed Daily", [11, 12])), compress=True)
    subscribe(library, server.url("/gz"))
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].added == 2
    assert "gzip" in server.hits("/gz")[0].headers["accept-encoding"]


def test_a_feed_in_another_charset_than_it_declares_is_read(server: FeedServer, library: Library) -> None:
    entries = entries_for(server, "Café Tribune", [13])
    entries[0]["title"] = "Résumé of the vote in Tessel"
    data = rss20("Café Tribune", entries).replace(b'encoding="utf-8"', b'encoding="utf-8"')
    data = data.decode("utf-8").encode("cp1252")  # declared utf-8, sent as Windows-1252
    server.routes["/latin"] = static(data, "application/rss+xml; charset=utf-8")
    subscribe(library, server.url("/latin"))
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].added == 1
    assert Subscriptions(library).all()[0].title == "Café Tribune"
    story = library.story(library.stories()[0].id)
    assert story.articles[0].title == "Résumé of the vote in Tessel"


SITE_PAGE = (
    b'<!doctype html><html><head><title>Home</title><link rel="alternate" type="application/rss+xml" '
    b'href="/rss.xml"></head><body><p>Welcome</p></body></html>'
)


def test_a_web_page_that_names_its_feed_is_followed_to_it_and_the_subscription_moves(
    server: FeedServer, library: Library
) -> None:
    server.routes["/site"] = static(SITE_PAGE, "text/html")
    server.routes["/rss.xml"] = static(rss20("Harbour Courier", entries_for(server, "Harbour Courier", [31, 32])))
    subscribe(library, server.url("/site"))
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "updated" and outcomes[0].added == 2
    assert outcomes[0].moved_to == server.url("/rss.xml")
    assert [s.url for s in Subscriptions(library).all()] == [server.url("/rss.xml")]
    outcomes, _ = refresh(library, policy=FAST)  # the feed itself now: the page is not asked for again
    assert outcomes[0].status == "unchanged" and len(server.hits("/site")) == 1


def test_a_web_page_whose_named_feed_fails_says_both(server: FeedServer, library: Library) -> None:
    server.routes["/site"] = static(SITE_PAGE, "text/html")  # no /rss.xml: a 404
    subscribe(library, server.url("/site"))
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "failed"
    assert "not a feed" in outcomes[0].error and server.url("/rss.xml") in outcomes[0].error
    assert [s.url for s in Subscriptions(library).all()] == [server.url("/site")]


def test_a_download_that_is_not_a_feed_says_what_it_is_with_the_right_article(server: FeedServer, library: Library) -> None:
    server.routes["/blob"] = static(b"\x00\x01 not a feed at all", "application/octet-stream")
    subscribe(library, server.url("/blob"))
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "failed"
    assert "not a feed (an application/octet-stream without RSS, Atom or JSON Feed entries)" in outcomes[0].error


def test_requests_to_one_host_are_bounded(server: FeedServer, library: Library) -> None:
    for n in range(6):
        server.routes[f"/f{n}"] = slow(0.2, static(rss20(f"Outlet {n}", [])))
        subscribe(library, server.url(f"/f{n}"))
    outcomes, _ = refresh(library, policy=Policy(per_host=2))
    assert all(o.status == "unchanged" for o in outcomes)  # an empty feed is a feed
    assert server.most_in_flight == 2


def test_a_refresh_killed_half_way_loses_nothing_and_the_next_completes_it(
    server: FeedServer, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.routes["/feed"] = static(rss20("Broken Wire", entries_for(server, "Broken Wire", [14, 15, 16])))
    subscribe(library, server.url("/feed"))
    real_add = Library.add
    calls = []

    def add_then_die(self, article, *, source):  # type: ignore[no-untyped-def]
        if len(calls) == 2:
            raise KeyboardInterrupt
        calls.append(article.id)
        return real_add(self, article, source=source)

    monkeypatch.setattr(Library, "add", add_then_die)
    with pytest.raises(KeyboardInterrupt):
        refresh(library, policy=FAST)
    monkeypatch.setattr(Library, "add", real_add)
    assert library.counts()[1] == 2  # what was stored stays
    sub = Subscriptions(library).all()[0]
    assert sub.etag is None and sub.refreshed is None  # the feed's state waits for all its entries
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].added == 1 and library.counts()[1] == 3
    assert Subscriptions(library).all()[0].etag is not None
    again, stats = refresh(library, policy=FAST)
    assert again[0].status == "unchanged" and stats.not_modified == 1


def test_a_feed_whose_refresh_was_killed_is_due_at_once_whatever_the_interval(
    server: FeedServer, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fresh user (trial 34 F18) killed the reader while a refreshed feed's pages were fetched; a
    # plain refresh then left it alone as "polled less than 30 min ago", its last entries missing.
    from core.library.refresh import due

    entries = entries_for(server, "Calder Live", [14])
    server.routes["/feed"] = static(lambda: rss20("Calder Live", entries))
    subscribe(library, server.url("/feed"))
    refresh(library, policy=FAST)
    assert due(Subscriptions(library).all(), interval=30) == []  # polled just now
    entries.extend(entries_for(server, "Calder Live", [15, 16]))
    real_add = Library.add

    def die(self, article, *, source):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(Library, "add", die)
    with pytest.raises(KeyboardInterrupt):
        refresh(library, policy=FAST)
    monkeypatch.setattr(Library, "add", real_add)
    [sub] = Subscriptions(library).all()
    assert sub.error == "its last refresh stopped before all its entries were stored" and sub.failures == 0
    assert [f.id for f in due([sub], interval=30)] == [sub.id]
    outcomes, _ = refresh(library, policy=FAST, feeds=due([sub], interval=30))
    assert outcomes[0].added == 2 and library.counts()[1] == 3
    [sub] = Subscriptions(library).all()
    assert sub.error is None and due([sub], interval=30) == []


def test_a_page_not_there_yet_is_skipped_not_failed_and_asked_for_again(server: FeedServer, library: Library) -> None:
    # A fresh user's feed with one entry whose page was missing (404) failed every refresh
    # and read "never refreshed" though its other entries were stored.
    entries = [{"title": "Vireo Falls clinic", "link": server.url("/p/3.html")},  # no text of its own
               *entries_for(server, "Flaky Post", [4])]
    server.routes["/feed"] = static(rss20("Flaky Post", entries))
    subscribe(library, server.url("/feed"))
    outcomes, _ = refresh(library, policy=FAST)  # the page is missing (404)
    assert outcomes[0].status == "updated" and outcomes[0].added == 1 and outcomes[0].error is None
    assert any("HTTP 404" in line for line in outcomes[0].skipped)
    sub = Subscriptions(library).all()[0]
    assert sub.refreshed and sub.error is None
    server.routes["/p/3.html"] = static(page("Vireo Falls clinic", body_of(3)), "text/html")
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "updated" and outcomes[0].added == 1


def _later(library: Library, seconds: float) -> None:
    """As if *seconds* had passed since the feeds' entries were last stored."""
    with library._write() as db:
        db.execute("UPDATE feed_entries SET seen = seen - ?", (seconds,))


@pytest.mark.parametrize("trouble", [404, 503])
def test_an_entry_whose_page_fails_is_kept_as_its_summary_said_once_and_its_page_asked_for_later_with_backoff(
    server: FeedServer, library: Library, trouble: int
) -> None:
    """The reading path keeps what the feed gave of an entry whose page fails (core.reading.feed.FeedText);
    refresh stores it, says so once, fails nothing, and asks for the page again only after page_wait
    (15 min, then 30 min, ... up to a day): the page of a summary gone (404) was asked for, and the
    summary said again, at every refresh. The page, once there, replaces the summary."""
    from core.library.refresh import page_wait

    brief = "The Vireo Falls clinic will close its night ward in March, the health board said."
    entries = [{"title": "Vireo Falls clinic", "link": server.url("/p/3.html"), "summary": brief},
               *entries_for(server, "Flaky Post", [4])]
    server.routes["/feed"] = static(rss20("Flaky Post", entries))
    server.routes["/p/3.html"] = lambda request: send(request, trouble, b"not now", "text/plain")
    subscribe(library, server.url("/feed"))
    outcomes, _ = refresh(library, policy=FAST)
    [outcome] = outcomes
    assert outcome.status == "updated" and outcome.added == 2 and outcome.error is None and not outcome.skipped
    assert outcome.notes == (f"{server.url('/p/3.html')}: its page could not be fetched "
                             f"({'HTTP 404 Not Found' if trouble == 404 else 'HTTP 503 (still, after retries)'}); "
                             "kept the feed's summary instead",)
    assert outcome.to_json()["notes"] == list(outcome.notes)
    sub = Subscriptions(library).all()[0]
    assert sub.error is None and sub.articles == 2  # the brief is the feed's article (till its page replaces it)
    stored = {a.title: a for s in library.stories() for a in library.story(s.id).articles}
    assert stored["Vireo Falls clinic"].paragraphs == (brief,)
    # marked as the summary it is (the reader says so under it), its neighbour read from its page is not
    assert stored["Vireo Falls clinic"].summary_only and not stored["Vireo Falls clinic"].teaser
    assert [a.summary_only for t, a in stored.items() if t != "Vireo Falls clinic"] == [False]
    tries = len(server.hits("/p/3.html"))  # 1, or 1 + the retries of a 503
    again, stats = refresh(library, policy=FAST)  # at once: the feed unchanged (a 304), its page not asked for
    assert again[0].status == "unchanged" and stats.not_modified == 1 and not again[0].notes
    assert len(server.hits("/p/3.html")) == tries and Subscriptions(library).all()[0].articles == 2
    _later(library, page_wait(1))  # its page is due again: asked for, in vain; the summary was said already
    again, stats = refresh(library, policy=FAST)
    assert stats.not_modified == 0 and len(server.hits("/p/3.html")) == 2 * tries
    assert again[0].status == "unchanged" and not again[0].notes and again[0].error is None
    _later(library, page_wait(1))  # not yet: after two failures it waits twice as long
    refresh(library, policy=FAST)
    assert len(server.hits("/p/3.html")) == 2 * tries and page_wait(2) == 2 * page_wait(1)
    server.routes["/p/3.html"] = static(page("Vireo Falls clinic", body_of(3)), "text/html")
    _later(library, page_wait(2))
    outcomes, _ = refresh(library, policy=FAST)  # the feed itself did not change: read again all the same
    assert outcomes[0].added == 0 and outcomes[0].revised == 1 and not outcomes[0].notes
    stored = {a.title: a for s in library.stories() for a in library.story(s.id).articles}
    assert stored["Vireo Falls clinic"].paragraphs == tuple(p.strip() for p in body_of(3))
    assert not stored["Vireo Falls clinic"].summary_only
    assert Subscriptions(library).all()[0].articles == 2
    pages = len(server.hits("/p/3.html"))
    _later(library, 10 * 24 * 3600)
    outcomes, stats = refresh(library, policy=FAST)  # now settled: a 304, no page asked for
    assert outcomes[0].status == "unchanged" and stats.not_modified == 1 and len(server.hits("/p/3.html")) == pages


def test_an_entry_whose_page_is_cut_off_keeps_what_the_library_has(server: FeedServer, library: Library) -> None:
    """A fresh user's feed entry linked a page that broke off mid-text: refresh stored it as version 2
    of the full article (16 paragraphs of 49, ending in a bare "</"). A cut-off page is refused on
    every path, as a file or an address given to add is: the entry keeps the feed's summary where
    the library has nothing better, and the full article the library holds stays as it was."""
    summary = "The Vireo Falls clinic will close its night ward in March, the health board said."
    whole = page("Vireo Falls clinic", body_of(3))
    cut = whole[: whole.index(b"Residents") + 40]  # stops mid-text
    entry = {"title": "Vireo Falls clinic", "link": server.url("/p/3.html"), "summary": summary}
    listed = [entry]
    server.routes["/feed"] = static(lambda: rss20("Flaky Post", listed))
    server.routes["/p/3.html"] = static(cut, "text/html")
    subscribe(library, server.url("/feed"))
    [outcome], _ = refresh(library, policy=FAST)
    assert outcome.added == 1 and "cut off" in " ".join(outcome.notes)
    stored = {a.title: a for s in library.stories() for a in library.story(s.id).articles}
    assert stored["Vireo Falls clinic"].paragraphs == (summary,)  # the summary, not the fragment
    server.routes["/p/3.html"] = static(whole, "text/html")  # the page whole: it replaces the summary
    _later(library, 10 * 24 * 3600)
    refresh(library, policy=FAST)
    stored = {a.title: a for s in library.stories() for a in library.story(s.id).articles}
    full = stored["Vireo Falls clinic"].paragraphs
    assert full == tuple(p.strip() for p in body_of(3))
    server.routes["/p/3.html"] = static(cut, "text/html")  # cut off again, and the feed changed
    listed[:] = [{**entry, "summary": summary + " Staff were told on Monday."}, *entries_for(server, "Flaky Post", [4])]
    _later(library, 10 * 24 * 3600)
    [outcome], _ = refresh(library, policy=FAST)
    stored = {a.title: a for s in library.stories() for a in library.story(s.id).articles}
    assert stored["Vireo Falls clinic"].paragraphs == full
    assert outcome.revised == 0 and outcome.added == 1


def test_an_entry_kept_as_its_summary_that_its_feed_no_longer_lists_is_let_go(server: FeedServer, library: Library) -> None:
    """Once the feed drops an entry kept as its summary, its page is not asked for again, nor the
    feed in full for its sake: the summary stays the feed's article."""
    from core.library.refresh import page_wait

    gone = {"title": "Vireo Falls clinic", "link": server.url("/p/3.html"),
            "summary": "The Vireo Falls clinic will close its night ward in March, the health board said."}
    listed = [gone, *entries_for(server, "Flaky Post", [4])]
    server.routes["/feed"] = static(lambda: rss20("Flaky Post", listed))
    server.routes["/p/3.html"] = lambda request: send(request, 404, b"gone", "text/plain")
    subscribe(library, server.url("/feed"))
    assert refresh(library, policy=FAST)[0][0].added == 2
    listed[:] = entries_for(server, "Flaky Post", [4, 5])  # the clinic's entry drops off the feed
    assert refresh(library, policy=FAST)[0][0].added == 1
    _later(library, 10 * 24 * 3600)
    outcomes, stats = refresh(library, policy=FAST)
    assert outcomes[0].status == "unchanged" and stats.not_modified == 1 and len(server.hits("/p/3.html")) == 1
    assert Subscriptions(library).all()[0].articles == 3 and page_wait(1) < 10 * 24 * 3600


def test_a_page_is_asked_for_again_at_most_once_a_day() -> None:
    from core.library.refresh import FAILURE_WAIT, FAILURE_WAIT_MAX, page_wait

    assert [page_wait(n) for n in (1, 2, 3)] == [FAILURE_WAIT, 2 * FAILURE_WAIT, 4 * FAILURE_WAIT]
    assert page_wait(20) == page_wait(10_000) == FAILURE_WAIT_MAX == 24 * 3600


def test_an_entry_whose_feed_gives_its_text_is_stored_as_that_feeds_entry_without_its_page(
    server: FeedServer, library: Library
) -> None:
    # A fresh user's feed of 3 entries, all added, was listed with 2 articles: the entry whose text the
    # feed gave in content:encoded (two paragraphs) had its page fetched (a 404, said nowhere), was not
    # remembered as the feed's entry, and its page was asked for again at every refresh.
    text = ["The Tessel harbour wall will be raised by a metre, the council decided on Monday.",
            "Work starts in April and costs 12 million marks, the harbour master said."]
    entries = [*entries_for(server, "Wall Post", [1, 2]),
               {"title": "Tessel harbour wall", "link": server.url("/p/7.html"), "body": html_body(text)}]
    server.routes["/feed"] = static(rss20("Wall Post", entries))
    subscribe(library, server.url("/feed"))
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].added == 3 and not outcomes[0].notes and not outcomes[0].skipped
    assert not server.hits("/p/7.html")  # the feed's text is the article: its page is not asked for
    stored = {a.title: a for s in library.stories() for a in library.story(s.id).articles}
    assert stored["Tessel harbour wall"].paragraphs == tuple(text)
    assert Subscriptions(library).all()[0].articles == 3
    outcomes, stats = refresh(library, policy=FAST)  # every entry settled: a 304, nothing asked for
    assert outcomes[0].status == "unchanged" and stats.requests == 1 and stats.not_modified == 1


def test_a_page_that_fails_is_tried_again_and_what_was_stored_counts_as_refreshed(server: FeedServer, library: Library) -> None:
    entries = [{"title": "Vireo Falls clinic", "link": server.url("/p/3.html")},  # no text of its own: nothing to keep
               *entries_for(server, "Flaky Post", [4])]
    server.routes["/feed"] = static(rss20("Flaky Post", entries))
    server.routes["/p/3.html"] = lambda request: send(request, 503, b"busy", "text/plain")
    subscribe(library, server.url("/feed"))
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "failed" and "1 of 2 new entries' pages failed" in outcomes[0].error
    sub = Subscriptions(library).all()[0]
    assert sub.refreshed and sub.articles == 1  # not "never refreshed" with an article stored
    server.routes["/p/3.html"] = static(page("Vireo Falls clinic", body_of(3)), "text/html")
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "updated" and outcomes[0].added == 1


def test_a_broken_feed_is_a_failed_refresh_not_an_empty_one(server: FeedServer, library: Library) -> None:
    server.routes["/feed"] = static(b"<rss><channel><title>Broken", "application/rss+xml")
    subscribe(library, server.url("/feed"))
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "failed" and outcomes[0].error.startswith("not a well-formed feed: cut off at line 1")
    assert Subscriptions(library).all()[0].refreshed is None


def test_a_subscribed_feed_that_comes_cut_off_fails_saying_where_and_stores_nothing_of_it(
    server: FeedServer, library: Library
) -> None:
    # A fresh user's feed cut off in the middle of an <item> refreshed as "refreshed just now · 0 articles", no error.
    entries = entries_for(server, "Cut Post", [21])
    served = [rss20("Cut Post", entries)]
    server.routes["/feed"] = static(lambda: served[0])
    subscribe(library, server.url("/feed"))
    refresh(library, policy=FAST)
    entries += entries_for(server, "Cut Post", [22, 23])
    whole = rss20("Cut Post", entries)
    served[0] = whole[: whole.rindex(b"Opponents of the")]  # broken off in the last entry's CDATA
    [outcome], _ = refresh(library, policy=FAST)
    lines = served[0].count(b"\n") + 1
    assert outcome.status == "failed" and outcome.added == 0, outcome
    assert outcome.error is not None and outcome.error.startswith(
        f"not a well-formed feed: cut off at line {lines} before its closing </rss> (unclosed CDATA section at line {lines}, column "
    )
    sub = Subscriptions(library).all()[0]
    assert sub.error == outcome.error and sub.articles == 1
    assert library.counts()[1] == 1  # not even the entry complete before the cut: the feed is read whole or not at all
    served[0] = whole
    [outcome], _ = refresh(library, policy=FAST)
    assert outcome.status == "updated" and outcome.added == 2 and Subscriptions(library).all()[0].error is None


def test_a_changed_feed_stores_only_its_changed_entries(server: FeedServer, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = entries_for(server, "Steady Times", [17, 18])
    server.routes["/feed"] = static(lambda: rss20("Steady Times", entries))
    subscribe(library, server.url("/feed"))
    refresh(library, policy=FAST)
    entries.append(entries_for(server, "Steady Times", [19])[0])
    stored = []
    real_add = Library.add

    def spy(self, article, *, source):  # type: ignore[no-untyped-def]
        stored.append(article.title)
        return real_add(self, article, source=source)

    monkeypatch.setattr(Library, "add", spy)
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].added == 1 and stored == ["Steady Times: council vote 19"]


def test_nothing_listening_is_one_line(library: Library) -> None:
    import socket

    with socket.socket() as probe:  # a loopback port that nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    subscribe(library, f"http://127.0.0.1:{port}/rss")
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "failed" and outcomes[0].error == "cannot connect to 127.0.0.1"


def test_a_feed_title_with_escape_sequences_is_stored_clean(server: FeedServer, library: Library) -> None:
    server.routes["/evil"] = static(rss20("Evil \x1b]52;c;aGk=\x07Times\x1b[2J", entries_for(server, "Evil Times", [20])))
    subscribe(library, server.url("/evil"))
    refresh(library, policy=FAST)
    title = Subscriptions(library).all()[0].title
    assert title is not None and "\x1b" not in title and "\x07" not in title and "Times" in title


def test_requests_to_one_host_are_spaced_by_the_host_delay(server: FeedServer, library: Library) -> None:
    entries = [{"title": f"Tessel item {n}", "link": server.url(f"/p/{n}.html"), "summary": "Short."} for n in (4, 5)]
    server.routes["/feed"] = static(rss20("Spaced Post", entries))
    for n in (4, 5):
        server.routes[f"/p/{n}.html"] = static(page(f"Tessel item {n}", body_of(n)), "text/html")
    subscribe(library, server.url("/feed"))
    started = time.monotonic()
    outcomes, stats = refresh(library, policy=Policy(per_host=1, host_delay=0.4, timeout=2.0))
    assert outcomes[0].added == 2 and stats.requests == 3
    assert time.monotonic() - started >= 0.8  # three requests to one host, 0.4 s apart


def test_pages_not_fetched_keep_the_summary_as_a_brief_and_a_later_refresh_fetches_the_page(
    server: FeedServer, library: Library
) -> None:
    brief = "The Ostrana council approved the wind farm on Tuesday after a year of hearings, its chair said."
    entries = [{"title": "Ostrana wind farm", "link": server.url("/p/6.html"), "summary": brief}]
    server.routes["/feed"] = static(rss20("Quiet Post", entries))
    server.routes["/p/6.html"] = static(page("Ostrana wind farm", body_of(6)), "text/html")
    subscribe(library, server.url("/feed"))
    outcomes, _ = refresh(library, policy=Policy(fetch_pages=False, timeout=2.0))
    assert not server.hits("/p/6.html") and not outcomes[0].skipped
    assert outcomes[0].added == 1  # a brief is an article: kept, not lost
    assert Subscriptions(library).all()[0].articles == 1  # and the feed's, till its page replaces it
    [info] = library.stories()
    [article] = library.story(info.id).articles
    assert article.paragraphs == (brief,) and article.url == server.url("/p/6.html")
    outcomes, _ = refresh(library, policy=Policy(fetch_pages=False, timeout=2.0))
    assert outcomes[0].added == outcomes[0].revised == 0  # the same brief again: nothing new
    outcomes, _ = refresh(library, policy=FAST)  # the feed is read again: its entry was left unread
    assert outcomes[0].added == 0 and outcomes[0].revised == 1 and len(server.hits("/p/6.html")) == 1
    [article] = library.story(library.stories()[0].id).articles
    assert article.paragraphs == tuple(p.strip() for p in body_of(6))  # the page's whole report replaced the brief
    assert Subscriptions(library).all()[0].articles == 1


def test_due_feeds() -> None:
    from core.library.refresh import due
    from core.library.subscriptions import Subscription

    never = Subscription(1, "https://a.example/rss", None, None, (), 0.0)
    failed = Subscription(4, "https://d.example/rss", None, None, (), 0.0, checked=999.0, error="HTTP 503")
    recent = Subscription(2, "https://b.example/rss", None, None, (), 0.0, checked=1000.0)
    old = Subscription(3, "https://c.example/rss", None, None, (), 0.0, checked=1000.0 - 1800)
    assert due([never, recent, old], interval=30, now=1000.0) == [never, old]
    assert due([never, recent, old], interval=0, now=1000.0) == [never, recent, old]
    assert due([recent, failed], interval=30, now=1000.0) == [failed]  # a failed poll is tried again at once


def test_a_feed_that_keeps_failing_is_polled_ever_less_often_up_to_a_day() -> None:
    # A dead site was polled at every scheduled refresh for ever: now the second failure in a row
    # waits 15 min, each further one twice as long, up to a day (or the interval, if longer).
    from dataclasses import replace

    from core.library.refresh import FAILURE_WAIT, FAILURE_WAIT_MAX, due, failure_wait, next_due
    from core.library.subscriptions import Subscription

    now = 1_000_000.0
    failing = Subscription(1, "https://dead.example/rss", None, None, (), 0.0, checked=now, error="HTTP 503", failures=1)
    assert [failure_wait(n, interval=30) for n in (1, 2, 3, 4)] == [0, FAILURE_WAIT, 2 * FAILURE_WAIT, 4 * FAILURE_WAIT]
    assert FAILURE_WAIT == 15 * 60 and FAILURE_WAIT_MAX == 24 * 3600
    assert failure_wait(12, interval=30) == failure_wait(400, interval=30) == FAILURE_WAIT_MAX
    assert failure_wait(400, interval=3 * 24 * 60) == 3 * 24 * 3600  # an interval of three days: the cap
    assert due([failing], interval=30, now=now) == [failing]  # once: at the next refresh, whatever the interval
    twice = replace(failing, failures=2)
    assert due([twice], interval=30, now=now + FAILURE_WAIT - 1) == []
    assert due([twice], interval=30, now=now + FAILURE_WAIT) == [twice]
    often = replace(failing, failures=40)
    assert next_due(often, interval=30) == now + FAILURE_WAIT_MAX
    assert due([often], interval=30, now=now + FAILURE_WAIT_MAX - 1) == []
    healthy = replace(failing, error=None, failures=0)
    assert next_due(healthy, interval=30) == now + 1800 and next_due(replace(healthy, checked=None), interval=30) is None


def test_failures_in_a_row_are_counted_and_a_success_resets_them(server: FeedServer, library: Library) -> None:
    up = [False]
    feed = static(rss20("Good Herald", entries_for(server, "Good Herald", [1])))
    server.routes["/feed"] = lambda request: feed(request) if up[0] else send(request, 404, b"gone", "text/plain")
    subscribe(library, server.url("/feed"))
    subs = Subscriptions(library)
    for n in (1, 2, 3):
        outcomes, _ = refresh(library, policy=FAST)
        assert outcomes[0].status == "failed" and subs.all()[0].failures == n
    up[0] = True
    outcomes, _ = refresh(library, policy=FAST)
    assert outcomes[0].status == "updated"
    assert subs.all()[0].failures == 0 and subs.all()[0].error is None
    up[0] = False
    refresh(library, policy=FAST)
    assert subs.all()[0].failures == 1  # counted afresh after a success


def test_a_library_from_before_the_count_of_failures_counts_a_failing_feed_once(tmp_path: Path) -> None:
    from core.library.store import MIGRATIONS

    path = tmp_path / "old.sqlite"
    with Library(path) as library:
        subs = Subscriptions(library)
        subs.add("https://dead.example/rss")
        subs.add("https://fine.example/rss")
        dead, fine = subs.all()
        subs.failed(dead.id, "HTTP 503", at=1000.0)
        subs.failed(dead.id, "HTTP 503", at=2000.0)
        subs.succeeded(fine.id, etag='"v1"', last_modified=None, at=2000.0)
        # As the schema before this one left it: no count of failures.
        step = next(n for n, steps in enumerate(MIGRATIONS) if "failures" in " ".join(steps))
        library._db.execute("ALTER TABLE feeds DROP COLUMN failures")
        library._db.execute(f"PRAGMA user_version = {step}")
    with Library(path) as library:
        assert library.version == len(MIGRATIONS) and library.integrity() == "ok"
        dead, fine = Subscriptions(library).all()
        assert (dead.failures, dead.error, dead.checked) == (1, "HTTP 503", 2000.0)
        assert (fine.failures, fine.error, fine.etag) == (0, None, '"v1"')


def test_a_size_of_one_byte_is_said_as_one() -> None:
    from core.library.refresh import _size

    assert [_size(1), _size(300), _size(2048)] == ["1 byte", "300 bytes", "2 KB"]


def test_an_entry_with_a_relative_link_is_its_feeds_article_and_its_page_asked_for_once(
    server: FeedServer, library: Library
) -> None:
    """A tester's Atom entry linked "/a/gazette.html": its page was read (the link resolved against
    the feed's address) but the entry was recorded as giving no article (kept by its link as
    written), so `feeds list` counted one article of two; and a feed listing one page three times
    fetched it three times, a host delay apart."""
    server.routes["/feeds/main.xml"] = static(rss20("Fjord Gazette", [
        {"title": "Ferry back", "link": "/a/ferry.html", "summary": "The ferry is back."},
        {"title": "Bridge shut", "link": server.url("/a/bridge.html"), "summary": "The bridge is shut."},
        *({"title": "Bridge shut", "link": "../a/bridge.html", "guid": f"urn:again:{n}", "summary": "The bridge is shut."}
          for n in range(2)),
    ]))
    server.routes["/a/ferry.html"] = static(page("Ferry back", body_of(1), outlet="Fjord Gazette"), "text/html")
    server.routes["/a/bridge.html"] = static(page("Bridge shut", body_of(2), outlet="Fjord Gazette"), "text/html")
    subscribe(library, server.url("/feeds/main.xml"))
    [outcome], _ = refresh(library, policy=FAST)
    assert outcome.status == "updated" and outcome.added == 2
    assert Subscriptions(library).all()[0].articles == 2
    assert len(server.hits("/a/ferry.html")) == 1 and len(server.hits("/a/bridge.html")) == 1
    # every entry settled: the next refresh asks for no page
    refresh(library, policy=FAST)
    assert len(server.hits("/a/ferry.html")) == 1 and len(server.hits("/a/bridge.html")) == 1


def test_a_stored_entry_whose_page_fails_for_a_while_keeps_its_article_not_a_summary_beside_it(
    server: FeedServer, library: Library
) -> None:
    """A tester's entry was stored from its page (whose canonical address is the outlet's own); the
    feed re-dated it while the page was broken: refresh added the feed's summary as a second,
    summary-only article of the outlet's report ("1 new article"), and it stayed."""
    canonical = b'<link rel="canonical" href="https://courier.example/refinery-fire">'
    full = page("Refinery fire", body_of(6), outlet="Tessel Courier").replace(b"<title>", canonical + b"<title>", 1)
    entry = {"title": "Refinery fire", "link": server.url("/a/fire.html"), "summary": "A fire broke out at the refinery.",
             "pubDate": "Mon, 30 Nov 2026 08:00:00 GMT"}
    server.routes["/feed"] = static(rss20("Tessel Courier", [entry]))
    server.routes["/a/fire.html"] = static(full, "text/html")
    subscribe(library, server.url("/feed"))
    [outcome], _ = refresh(library, policy=FAST)
    assert outcome.added == 1
    [held] = [a for s in library.stories() for a in library.story(s.id).articles]
    server.routes["/feed"] = static(rss20("Tessel Courier", [{**entry, "pubDate": "Mon, 30 Nov 2026 08:05:00 GMT"}]))
    server.routes["/a/fire.html"] = lambda request: send(request, 503, b"down", "text/plain")
    [outcome], _ = refresh(library, policy=FAST)
    assert outcome.added == 0 and outcome.revised == 0
    assert outcome.notes == (f"{server.url('/a/fire.html')}: its page could not be fetched (HTTP 503 (still, after retries)); "
                             "the text stored before stays",)
    [still] = [a for s in library.stories() for a in library.story(s.id).articles]
    assert still.id == held.id and still.paragraphs == held.paragraphs and not still.summary_only
    assert Subscriptions(library).all()[0].articles == 1


def test_entries_sharing_an_id_or_a_link_are_each_their_feeds_entry(server: FeedServer, library: Library) -> None:
    """A tester's feed gave three items one <guid> ("same") and three pages: all three pages were
    fetched and only the first kept, silently, for good. Another gave two entries one link with
    different texts: the second's text was nowhere and the first was recorded as giving no article."""
    server.routes["/dup.xml"] = static(rss20("Ferry Wire", [
        {"title": f"Ferry {n}", "link": server.url(f"/c/p{n}.html"), "guid": "same", "summary": f"Ferry {n}."} for n in (1, 2, 3)
    ]))
    for n in (1, 2, 3):
        server.routes[f"/c/p{n}.html"] = static(page(f"Ferry {n}", body_of(n), outlet="Ferry Wire"), "text/html")
    server.routes["/one.xml"] = static(atom("Harbour Wire", [
        {"title": "Port strike", "link": server.url("/hw/strike.html"), "guid": "urn:hw:1", "body": html_body(body_of(4))},
        {"title": "Port strike", "link": server.url("/hw/strike.html"), "guid": "urn:hw:3",
         "body": html_body(body_of(4, edit=" Talks are due to resume on Monday at the harbour office."))},
    ]))
    subscribe(library, server.url("/dup.xml"), server.url("/one.xml"))
    outcomes, _ = refresh(library, policy=FAST)
    dup, one = by_url(outcomes, server.url("/dup.xml")), by_url(outcomes, server.url("/one.xml"))
    assert dup.added == 3 and all(len(server.hits(f"/c/p{n}.html")) == 1 for n in (1, 2, 3))
    subs = Subscriptions(library)
    assert [s.articles for s in subs.all()] == [3, 1]
    # the second entry of one link is the page's text as it now reads: a new version of it
    assert one.added == 1 and one.revised == 1
    seen = subs.seen(by_url(outcomes, server.url("/one.xml")).feed.id)
    assert sorted(seen) == ["urn:hw:1", "urn:hw:3"] and len({s.article for s in seen.values()} - {None}) == 1
    [held] = [a for s in library.stories() for a in library.story(s.id).articles if a.outlet == "Harbour Wire"]
    assert "Talks are due to resume on Monday" in " ".join(held.paragraphs)
    # every entry settled: nothing is fetched or stored again
    again, _ = refresh(library, policy=FAST)
    assert all(o.status == "unchanged" for o in again) and all(len(server.hits(f"/c/p{n}.html")) == 1 for n in (1, 2, 3))


def test_politeness_counts_each_server_by_its_host_and_port() -> None:
    """Trial 36 F18: a feed on one port of the loopback waited behind failing feeds on another;
    robots.txt's rules apply per scheme, host and port (RFC 9309), and so does politeness here."""
    from core.library.refresh import site_of

    assert site_of("http://127.0.0.1:8736/feed.xml") != site_of("http://127.0.0.1:8737/hang.xml")
    assert site_of("http://news.example/a") == site_of("http://news.example:80/b")
    assert site_of("https://news.example/a") == site_of("https://news.example:443/b") != site_of("http://news.example/a")
