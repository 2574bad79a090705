"""A feed entry kept as its summary because its page was missing: `refresh --force` and a
refresh of the feed by name ask for the page again at once, and refresh and `feeds list` say
which pages are missing and when they are asked for again.

A trial's user (42) put up a page that had been a 404, ran `refresh --force` and `refresh URL`:
"0 new articles; 1 request (1 not modified)", the article still the feed's summary, and nothing
said when the page would be read; only `add URL` read it. Real HTTP on a loopback server
(tests/feedserver.py); no address but 127.0.0.1 is reached.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from core.library.refresh import Policy, page_wait, refresh
from core.library.store import Library
from core.library.subscriptions import Subscriptions
from tests.feedserver import FeedServer, body_of, entries_for, page, rss20, send, server, static
from tui.cli import main

__all__ = ["server"]  # the fixture, imported

FAST = Policy(timeout=2.0, deadline=5.0, retries=2, backoff=0.01, max_bytes=2 * 2**20)

BRIEF = "The Vireo Falls clinic will close its night ward in March, the health board said."


def _feed(server: FeedServer) -> None:
    entries = [{"title": "Vireo Falls clinic", "link": server.url("/p/3.html"), "summary": BRIEF},
               *entries_for(server, "Flaky Post", [4])]
    server.routes["/feed"] = static(rss20("Flaky Post", entries))
    server.routes["/p/3.html"] = lambda request: send(request, 404, b"not here", "text/plain")


def _clinic(library: Library) -> tuple[str, ...]:
    stored = {a.title: a for s in library.stories() for a in library.story(s.id).articles}
    return stored["Vireo Falls clinic"].paragraphs


def test_a_missing_page_is_asked_for_at_once_when_the_refresh_is_asked_to(server: FeedServer, tmp_path: Path) -> None:
    _feed(server)
    with Library(tmp_path / "lib.sqlite") as library:
        Subscriptions(library).add(server.url("/feed"))
        [outcome], _ = refresh(library, policy=FAST)
        assert outcome.added == 2 and len(server.hits("/p/3.html")) == 1
        [wait] = outcome.waiting  # which page, why, and when it is asked for again
        assert wait.page == server.url("/p/3.html") and wait.failures == 1 and wait.error == "HTTP 404 Not Found"
        assert abs(wait.due - (time.time() + page_wait(1))) < 60
        assert outcome.to_json()["waiting"][0]["page"] == server.url("/p/3.html")
        # a scheduled refresh leaves it for page_wait (a 304), and says it still waits
        [outcome], stats = refresh(library, policy=FAST)
        assert stats.not_modified == 1 and len(server.hits("/p/3.html")) == 1
        assert [(w.page, w.failures, w.error) for w in outcome.waiting] == [(server.url("/p/3.html"), 1, None)]
        # asked to: the page is asked for again at once, in vain, then, put up, read
        [outcome], stats = refresh(library, policy=FAST, retry_pages=True)
        assert stats.not_modified == 0 and len(server.hits("/p/3.html")) == 2
        assert [(w.failures, w.error) for w in outcome.waiting] == [(2, "HTTP 404 Not Found")]
        assert _clinic(library) == (BRIEF,)
        server.routes["/p/3.html"] = static(page("Vireo Falls clinic", body_of(3)), "text/html")
        [outcome], _ = refresh(library, policy=FAST, retry_pages=True)
        assert outcome.revised == 1 and outcome.waiting == ()
        assert _clinic(library) == tuple(p.strip() for p in body_of(3))


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "lib.sqlite"
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(path))
    return path


def test_refresh_force_reads_a_page_put_up_and_says_when_a_missing_one_is_asked_for(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _feed(server)
    missing = server.url("/p/3.html")
    assert main(["feeds", "add", server.url("/feed")]) == 0
    capsys.readouterr()
    assert main(["refresh", "--timeout", "2"]) == 0
    # said once, with when it is asked for again and how to ask now
    assert capsys.readouterr().err.splitlines() == [
        f"newsprism: Flaky Post: {missing}: its page could not be fetched (HTTP 404 Not Found); kept the feed's summary "
        "instead; asked for again in 14 min, or now by `newsprism refresh 1`"]
    assert main(["feeds", "list"]) == 0
    assert (f"kept as the feed's summary, its page missing (1 try): {missing}; asked for again in 14 min, "
            "or now by `newsprism refresh 1`") in capsys.readouterr().out
    assert main(["feeds", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert [(w["page"], w["failures"]) for w in row["waiting"]] == [(missing, 1)]
    assert main(["refresh", "--force", "--timeout", "2"]) == 0  # asked for again, still missing: said
    captured = capsys.readouterr()
    assert len(server.hits("/p/3.html")) == 2
    assert captured.err.splitlines() == [
        f"newsprism: Flaky Post: {missing}: its page still could not be fetched (HTTP 404 Not Found; 2 tries in a row); "
        "the feed's summary stays; asked for again in 29 min, or now by `newsprism refresh 1`"]
    server.routes["/p/3.html"] = static(page("Vireo Falls clinic", body_of(3)), "text/html")
    assert main(["refresh", "--force", "--timeout", "2"]) == 0  # put up: read at once
    captured = capsys.readouterr()
    assert "updated   Flaky Post: 0 new articles, 1 changed article" in captured.out and captured.err == ""
    assert main(["story", "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    [clinic] = [a for a in shown["articles"] if a["title"] == "Vireo Falls clinic"]
    assert not clinic["summary_only"] and len(clinic["paragraphs"]) == len(body_of(3))
    assert main(["feeds", "list"]) == 0
    assert "its page missing" not in capsys.readouterr().out


def test_a_refresh_that_does_not_ask_for_a_missing_page_says_when_it_will(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _feed(server)
    assert main(["feeds", "add", server.url("/feed")]) == 0
    assert main(["refresh", "--timeout", "2"]) == 0
    capsys.readouterr()
    # the feed polled by a scheduled refresh (its interval over), the page not due yet: a 304
    with Library(lib) as library:
        with library._write() as db:
            db.execute("UPDATE feeds SET checked = checked - 86400, refreshed = refreshed - 86400")
    assert main(["refresh", "--timeout", "2"]) == 0
    captured = capsys.readouterr()
    assert len(server.hits("/p/3.html")) == 1 and captured.err == ""
    assert ("1 entry kept as its feed's summary, its page missing: asked for again in 14 min "
            "(`newsprism feeds list` names them; --force asks now)") in captured.out
