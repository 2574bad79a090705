"""`newsprism feeds ...` and `newsprism refresh`, run in-process against a loopback server."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from core.library.store import Library
from tests.feedserver import FeedServer, entries_for, entries_of_files, rss20, send, server, static
from tui.cli import main

__all__ = ["server"]  # the fixture, imported


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "lib.sqlite"
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(path))
    return path


def test_add_list_remove(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feeds", "list"]) == 0
    assert "no subscriptions yet" in capsys.readouterr().out
    assert main(["feeds", "add", "--no-check", "https://gazette.example/rss", "https://wafer.example/atom", "--tag", "World"]) == 0
    out = capsys.readouterr().out
    assert "added    1: https://gazette.example/rss [World]" in out
    assert main(["feeds", "add", "https://gazette.example/rss", "--tag", "Tech"]) == 0
    assert "present  1" in capsys.readouterr().out
    assert main(["feeds", "list"]) == 0
    out = capsys.readouterr().out
    assert "1  https://gazette.example/rss  [World, Tech]" in out and "never refreshed · 0 articles" in out
    assert out.rstrip().endswith("2 subscriptions")
    assert main(["feeds", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["url"] for r in rows] == ["https://gazette.example/rss", "https://wafer.example/atom"]
    assert main(["feeds", "remove", "1"]) == 0
    assert "removed  1" in capsys.readouterr().out
    assert main(["feeds", "remove", "1"]) == 2
    assert capsys.readouterr().err.strip() == "newsprism: no subscription 1 (`newsprism feeds list` lists them)"


def test_bad_addresses_are_one_line_each_and_the_good_ones_are_kept(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feeds", "add", "--no-check", "ftp://files.example/feed", "https://ok.example/rss", "not a url"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 2 and "Traceback" not in captured.err
    assert "https://ok.example/rss" in captured.out


def test_import_then_export_round_trips(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "theirs.opml"
    source.write_bytes(
        b'<opml version="1.0"><body><outline text="World">'
        b'<outline type="rss" text="Harbour Gazette" xmlUrl="https://gazette.example/rss" htmlUrl="https://gazette.example/"/>'
        b'</outline><outline type="rss" text="Loose" xmlUrl="https://loose.example/rss"/></body></opml>'
    )
    assert main(["feeds", "import", str(source)]) == 0
    assert "2 subscribed, 0 already there" in capsys.readouterr().out
    assert main(["feeds", "import", str(source)]) == 0
    assert "0 subscribed, 2 already there" in capsys.readouterr().out
    target = tmp_path / "mine.opml"
    assert main(["feeds", "export", "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert 'xmlUrl="https://gazette.example/rss"' in text and 'category="World"' in text and 'htmlUrl="https://gazette.example/"' in text
    assert main(["feeds", "import", str(tmp_path / "missing.opml")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_refresh_reports_each_failure_and_its_exit_status(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.routes["/good"] = static(rss20("Good Herald", entries_for(server, "Good Herald", [1, 2])))
    assert main(["feeds", "add", "--no-check", server.url("/good"), server.url("/gone")]) == 0
    capsys.readouterr()
    assert main(["refresh", "--timeout", "2", "--jobs", "2"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == f"newsprism: failed    {server.url('/gone')}: HTTP 404 Not Found"
    assert "updated   Good Herald: 2 new articles" in captured.out
    assert "refreshed 1 feed, 1 failed: 2 new articles" in captured.out
    assert main(["feeds", "remove", server.url("/gone")]) == 0
    capsys.readouterr()
    assert main(["refresh", "--json"]) == 0  # polled a moment ago: left alone (refresh.interval)
    report = json.loads(capsys.readouterr().out)
    assert report["waiting"] == 1 and report["feeds"] == [] and report["requests"] == 0
    assert main(["refresh"]) == 0
    assert "1 feed polled less than 30 min ago left alone" in capsys.readouterr().out
    assert main(["refresh", "--force", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["failed"] == 0 and report["not_modified"] == 1 and report["feeds"][0]["status"] == "unchanged"
    assert main(["feeds", "list"]) == 0
    assert "refreshed just now · 2 articles" in capsys.readouterr().out


def test_refresh_says_where_a_subscription_to_a_web_page_now_reads(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.routes["/home"] = static(
        b'<html><head><link rel="alternate" type="application/atom+xml" href="feed.xml"></head><body>Hi</body></html>',
        "text/html",
    )
    server.routes["/feed.xml"] = static(rss20("Dune Gazette", entries_for(server, "Dune Gazette", [5])))
    assert main(["feeds", "add", "--no-check", server.url("/home")]) == 0  # as subscriptions imported from OPML are
    capsys.readouterr()
    assert main(["refresh", "--timeout", "2"]) == 0
    out = capsys.readouterr().out
    assert "updated   Dune Gazette: 1 new article" in out
    assert f"moved     Dune Gazette: the subscription now reads {server.url('/feed.xml')}" in out


def test_refresh_says_a_subscription_moved_to_another_s_address_is_one_with_it(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.routes["/feed.xml"] = static(rss20("Dune Gazette", entries_for(server, "Dune Gazette", [5])))
    server.routes["/old.xml"] = lambda r: send(r, 301, b"", "text/plain", {"Location": "/feed.xml"})
    assert main(["feeds", "add", server.url("/feed.xml")]) == 0
    assert main(["feeds", "add", "--no-check", server.url("/old.xml")]) == 0
    capsys.readouterr()
    assert main(["refresh", "2", "--timeout", "2"]) == 0
    out = capsys.readouterr().out
    assert (f"moved     Dune Gazette: {server.url('/old.xml')} moved for good to {server.url('/feed.xml')}, subscription 1's "
            "address: one subscription now (2 removed, its articles kept)") in out
    assert main(["feeds", "list", "--json"]) == 0
    assert [f["url"] for f in json.loads(capsys.readouterr().out)] == [server.url("/feed.xml")]


def test_refresh_names_the_entries_that_gave_no_article(lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user's feed whose summary-only entry linked to a missing page (404) refreshed as
    # "0 new articles", exit 0, with the reason only in --json.
    entries = [{"title": "Pier 9 crane", "link": server.url(f"/missing/{n}.html")} for n in range(5)]  # no text of their own
    server.routes["/feed"] = static(rss20("Quay Herald", entries))
    assert main(["feeds", "add", server.url("/feed")]) == 0
    capsys.readouterr()
    assert main(["refresh", "--timeout", "2"]) == 0  # not there yet is no failure: asked for again next time
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 4 and all(line.startswith("newsprism: skipped ") for line in lines), lines
    assert "skipped an entry of Quay Herald:" in lines[0] and "404" in lines[0]
    assert lines[-1] == "newsprism: skipped 2 more entries of Quay Herald (`--json` lists them)"
    assert "refreshed 1 feed: 0 new articles" in captured.out


def test_refresh_without_subscriptions_says_how_to_subscribe(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["refresh"]) == 2
    assert "feeds add URL" in capsys.readouterr().err


def test_add_of_a_changed_page_keeps_a_new_version(lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.feedserver import body_of, page

    body = body_of(21)
    server.routes["/story.html"] = static(lambda: page("Quillon clinic vote", body), "text/html")
    assert main(["add", server.url("/story.html")]) == 0
    assert "added    story" in capsys.readouterr().out
    body[1] += " The province has since denied this."
    assert main(["add", server.url("/story.html")]) == 0
    out = capsys.readouterr().out
    assert "changed  story" in out and "(version 2;" in out and "0 added, 1 changed, 0 already there" in out
    assert main(["add", server.url("/story.html")]) == 0
    assert "present  story" in capsys.readouterr().out


def test_add_of_a_text_file_edited_since_keeps_a_new_version_and_one_written_over_is_another_article(
    lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user (trial 36 F8) corrected a saved text file (39 -> 37 in hospital) and added it
    # again: a second article of the outlet, with the same headline, shown as its "other article".
    from core.library.changes import versions
    from core.library.store import Library

    monkeypatch.chdir(tmp_path)
    lead = ("HALVORSBY, March 12 (Nordwire) - Hundreds of residents were ordered from their homes on Wednesday "
            "after ammonia leaked from a storage tank at the Nordkem plant, and 39 people were taken to hospital.")
    rest = ("Fire chief Maren Holm said the cloud drifted east over the harbour before the wind dropped in the afternoon.\n\n"
            "The plant's manager, Erik Vangen, said the valve that failed had been inspected in January.")
    herald = Path("herald.txt")
    herald.write_text(f"Hospital count rises after leak\n\n{lead}\n\n{rest}\n", encoding="utf-8")
    assert main(["add", "herald.txt"]) == 0
    herald.write_text(f"Hospital count rises after leak\n\n{lead.replace('39', '37')}\n\n{rest.replace('Holm', 'Holt')}\n", encoding="utf-8")
    assert main(["add", "herald.txt"]) == 0
    out = capsys.readouterr().out
    assert "changed  story" in out and "(version 2;" in out and "0 added, 1 changed, 0 already there" in out
    herald.write_text("Leak count climbs to 37\n\n" + lead.replace("39", "37") + "\n\n" + rest.replace("Holm", "Holt") + "\n", encoding="utf-8")
    assert main(["add", "herald.txt"]) == 0  # a headline corrected too: still the file edited
    assert "(version 3;" in capsys.readouterr().out
    herald.write_text("Residents return home as order is lifted\n\nHALVORSBY, March 14 (Nordwire) - Residents of Halvorsby "
                      "began returning to their homes on Saturday after officials lifted the evacuation order.\n\n"
                      "The health authority said 41 people had been treated in hospital.\n", encoding="utf-8")
    assert main(["add", "herald.txt"]) == 0  # another report written over the file: another article
    assert "added    story" in capsys.readouterr().out
    with Library(lib) as library:
        assert library.counts()[1] == 2
        articles = [a for s in library.stories() for a in library.story(s.id).articles]
        edited = next(a for a in articles if a.title == "Leak count climbs to 37")
        assert [v.title for v in versions(library, edited.id)] == ["Hospital count rises after leak"] * 2 + [edited.title]


def test_add_of_a_page_whose_headline_alone_was_corrected_keeps_a_new_version(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's page corrected "23 pirates" to "25" in its headline only: add said "present",
    # with the new headline, and the library kept the old one (no version, not found by search).
    from core.library.store import Library
    from core.library.changes import versions
    from core.model import Ref
    from tests.feedserver import body_of, page

    title = ["Navy captures 23 pirates in the Gulf of Aden"]
    server.routes["/story.html"] = static(lambda: page(title[0], body_of(22)), "text/html")
    assert main(["add", server.url("/story.html")]) == 0
    capsys.readouterr()
    with Library(lib) as library:
        [article] = library.story(library.stories()[0].id).articles
        library.mark_read(Ref(article.id, 0))
    title[0] = "Navy captures 25 pirates in the Gulf of Aden"
    assert main(["add", server.url("/story.html")]) == 0
    out = capsys.readouterr().out
    assert "changed  story" in out and "(version 2;" in out and "0 added, 1 changed, 0 already there" in out
    with Library(lib) as library:
        [article] = library.story(library.stories()[0].id).articles
        assert article.title == title[0] and library.stories()[0].title == title[0]
        assert [v.title for v in versions(library, article.id)] == ["Navy captures 23 pirates in the Gulf of Aden", title[0]]
        assert library.read_paragraphs(article.id) == {0}  # the text did not change under the mark
    assert main(["add", server.url("/story.html")]) == 0
    assert "present  story" in capsys.readouterr().out
    title[0] = "Navy Captures 25 Pirates in the Gulf of Aden!"  # case and punctuation: no correction
    assert main(["add", server.url("/story.html")]) == 0
    assert "present  story" in capsys.readouterr().out


def test_refresh_takes_its_defaults_from_the_config(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server.routes["/good"] = static(rss20("Good Herald", entries_for(server, "Good Herald", [1])))
    assert main(["feeds", "add", server.url("/good")]) == 0
    monkeypatch.setenv("NEWSPRISM_REFRESH_JOBS", "0")
    assert main(["refresh"]) == 2
    assert "refresh.jobs must be at least 1" in capsys.readouterr().err
    monkeypatch.setenv("NEWSPRISM_REFRESH_JOBS", "3")
    monkeypatch.setenv("NEWSPRISM_REFRESH_INTERVAL", "0")
    assert main(["refresh"]) == 0 and main(["refresh"]) == 0  # interval 0: polled every time
    assert "(1 not modified)" in capsys.readouterr().out


def test_a_read_only_library_lists_feeds_and_refuses_changes_in_one_line(
    lib: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["feeds", "add", "--no-check", "https://gazette.example/rss"]) == 0
    capsys.readouterr()
    monkeypatch.setattr("core.library.store._writable", lambda path: False)
    assert main(["feeds", "list"]) == 0
    assert "https://gazette.example/rss" in capsys.readouterr().out
    assert main(["feeds", "add", "--no-check", "https://other.example/rss"]) == 2
    assert main(["refresh", "--force"]) in (1, 2)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err and "read-only" in err



def test_a_failed_poll_is_due_at_the_next_refresh_and_the_list_says_when_it_last_succeeded(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's feed whose server was down: after it came back, a plain `refresh` left the
    # feed alone ("polled less than 30 min ago"), and `feeds list` said both "refreshed just now"
    # and "last refresh failed just now".
    import sqlite3

    from tests.feedserver import send

    up = [True]
    feed = static(rss20("Good Herald", entries_for(server, "Good Herald", [1])))
    server.routes["/feed"] = lambda request: feed(request) if up[0] else send(request, 404, b"down", "text/plain")
    assert main(["feeds", "add", server.url("/feed")]) == 0
    assert main(["refresh", "--timeout", "2"]) == 0
    with sqlite3.connect(lib) as db:  # that success was two hours ago
        db.execute("UPDATE feeds SET refreshed = refreshed - 7200, checked = checked - 7200")
    db.close()
    up[0] = False
    assert main(["refresh", "--force", "--timeout", "2"]) == 1
    capsys.readouterr()
    assert main(["feeds", "list"]) == 0
    out = capsys.readouterr().out
    assert "· last succeeded 2 h ago · 1 article" in out
    assert "last attempt failed just now: HTTP 404 Not Found; will be tried again at the next refresh" in out
    assert "refreshed just now" not in out and out.rstrip().endswith("1 subscription, 1 failing")
    up[0] = True
    assert main(["refresh", "--timeout", "2"]) == 0  # due again though it was polled a moment ago
    out = capsys.readouterr().out
    assert "left alone" not in out and "refreshed 1 feed" in out
    assert main(["feeds", "list"]) == 0
    out = capsys.readouterr().out
    assert "refreshed just now · 1 article" in out and "failed" not in out and "failing" not in out
    assert main(["refresh"]) == 0  # succeeded a moment ago: now the interval holds
    assert "1 feed polled less than 30 min ago left alone" in capsys.readouterr().out


def test_a_refresh_that_stored_some_entries_and_failed_on_others_says_so_once(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.feedserver import send

    entries = [{"title": "Maranoa clinic", "link": server.url("/p/1.html")}, *entries_for(server, "Part Post", [2])]
    server.routes["/feed"] = static(rss20("Part Post", entries))
    server.routes["/p/1.html"] = lambda request: send(request, 400, b"bad", "text/plain")
    assert main(["feeds", "add", server.url("/feed")]) == 0
    assert main(["refresh", "--timeout", "2"]) == 1
    capsys.readouterr()
    assert main(["feeds", "list"]) == 0
    out = capsys.readouterr().out
    assert "· refreshed in part just now · 1 article" in out
    assert "last attempt failed in part just now: 1 of 2 new entries' pages failed" in out


def test_refresh_says_which_entries_it_kept_as_their_summary(lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]) -> None:
    entries = [{"title": f"Pier {n} crane", "link": server.url(f"/missing/{n}.html"), "summary": f"Crane {n} of the quay fell."}
               for n in range(5)]
    server.routes["/feed"] = static(rss20("Quay Herald", entries))
    assert main(["feeds", "add", server.url("/feed")]) == 0
    capsys.readouterr()
    assert main(["refresh", "--timeout", "2"]) == 0
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert lines[0] == (f"newsprism: Quay Herald: {server.url('/missing/0.html')}: its page could not be fetched "
                        "(HTTP 404 Not Found); kept the feed's summary instead; asked for again in 14 min, "
                        "or now by `newsprism refresh 1`")
    assert len(lines) == 4 and lines[-1] == "newsprism: Quay Herald: 2 more entries kept as their summary (`--json` lists them)"
    assert "updated   Quay Herald: 5 new articles" in captured.out


def test_add_keeps_a_feed_files_entries_whose_pages_cannot_be_fetched(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's `newsprism add FOLDER`: an entry whose feed gave its text in content:encoded (two
    # paragraphs, under the full-text measure) was skipped when its page could not be fetched.
    import socket

    from tests.feedserver import html_body

    with socket.socket() as probe:  # a loopback port nothing listens on once closed: the page fails
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    declared = ["The council of Norrvik voted on Monday to approve the ferry line to Calder Bay, ending a long dispute.",
                "Mayor Ilse Varden said the line would open in spring and that the province would share its cost."]
    entries = [
        {"title": "Norrvik ferry line approved", "link": f"http://127.0.0.1:{port}/ferry", "body": html_body(declared),
         "summary": "The ferry line is approved."},
        {"title": "Pellham bridge shut", "link": f"http://127.0.0.1:{port}/bridge",
         "summary": "The Pellham rail bridge is shut for repairs until Friday, the railway said."},
        {"title": "Tessel clinic", "link": f"http://127.0.0.1:{port}/clinic"},  # no text of its own
    ]
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "harbour.xml").write_bytes(rss20("Harbour Gazette", entries))
    assert main(["add", str(folder)]) == 2  # the entry the feed gave no text of is skipped
    captured = capsys.readouterr()
    assert "added    story" in captured.out and "Norrvik ferry line approved (2 paragraphs" in captured.out
    assert "Pellham bridge shut (1 paragraph" in captured.out
    assert "2 added, 0 already there, 1 skipped" in captured.out
    err = captured.err.strip().splitlines()
    assert len(err) == 2, err  # nothing said of the declared content: nothing of it was lost
    assert err[0].startswith(f"newsprism: http://127.0.0.1:{port}/bridge: its page could not be fetched (")
    assert err[0].endswith("; kept the feed's summary instead")
    assert err[1].startswith("newsprism: skipped ") and "Tessel clinic" in err[1]


def _port_nothing_listens_on() -> int:
    import socket

    with socket.socket() as probe:  # a loopback port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_add_checks_the_address_once_and_refuses_what_is_no_feed(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's `feeds add` took a 404 and an ordinary page with exit 0; the error came at the next refresh.
    server.routes["/article.html"] = static(b"<html><head><title>A story</title></head><body><p>Text.</p></body></html>", "text/html")
    for path, reason in (("/gone", "HTTP 404 Not Found"),
                         ("/article.html", "not a feed (a text/html without RSS, Atom or JSON Feed entries)")):
        assert main(["feeds", "add", server.url(path)]) == 2
        captured = capsys.readouterr()
        assert captured.err == (f"newsprism: {server.url(path)}: {reason}; not subscribed "
                                "(`--no-check` subscribes all the same)\n")
        assert captured.out == ""
    assert main(["feeds", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # nothing subscribed
    assert main(["feeds", "add", "--no-check", server.url("/gone")]) == 0  # the user knows better
    assert "added    1: " in capsys.readouterr().out


def test_add_subscribes_to_the_feed_a_page_names_and_gives_its_title(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.routes["/home"] = static(
        b'<html><head><link rel="alternate" type="application/rss+xml" href="/news.rss"></head><body>Hi</body></html>',
        "text/html",
    )
    server.routes["/news.rss"] = static(rss20("Dune Gazette", entries_for(server, "Dune Gazette", [5])))
    assert main(["feeds", "add", server.url("/home"), "--tag", "Coast"]) == 0
    out = capsys.readouterr().out
    assert f"added    1: {server.url('/news.rss')} — Dune Gazette [Coast] (the feed {server.url('/home')} names)" in out
    assert main(["feeds", "add", server.url("/news.rss")]) == 0
    assert "present  1" in capsys.readouterr().out
    assert main(["refresh", "--timeout", "2"]) == 0
    out = capsys.readouterr().out
    assert "updated   Dune Gazette: 1 new article" in out and "moved" not in out
    assert len(server.hits("/home")) == 1  # the page was asked for once, at add


def test_a_subscription_keeps_the_site_its_feed_names(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A monitor's `feeds list --json` gave "site": null though the channel's <link> names it.
    server.routes["/news.rss"] = static(rss20("Dune Gazette", entries_for(server, "Dune Gazette", [5])))
    assert main(["feeds", "add", server.url("/news.rss")]) == 0
    assert main(["feeds", "add", "--no-check", server.url("/later.rss")]) == 0  # told at its first refresh
    server.routes["/later.rss"] = static(rss20("Dune Later", entries_for(server, "Dune Later", [6])))
    capsys.readouterr()
    assert main(["feeds", "list", "--json"]) == 0
    assert [f["site"] for f in json.loads(capsys.readouterr().out)] == ["http://127.0.0.1/", None]
    assert main(["refresh", "--timeout", "2"]) == 0
    capsys.readouterr()
    assert main(["feeds", "list", "--json"]) == 0
    assert [f["site"] for f in json.loads(capsys.readouterr().out)] == ["http://127.0.0.1/", "http://127.0.0.1/"]


def test_add_of_an_address_that_cannot_be_reached_now_subscribes_and_says_so_once(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.feedserver import send

    server.routes["/busy"] = lambda request: send(request, 503, b"busy", "text/plain")
    offline = f"http://127.0.0.1:{_port_nothing_listens_on()}/rss"
    assert main(["feeds", "add", offline, server.url("/busy")]) == 0
    captured = capsys.readouterr()
    assert f"added    1: {offline}" in captured.out and f"added    2: {server.url('/busy')}" in captured.out
    assert captured.err.splitlines() == [
        f"newsprism: {offline}: not checked (cannot connect to 127.0.0.1); subscribed all the same",
        f"newsprism: {server.url('/busy')}: not checked (HTTP 503 (still, after retries)); subscribed all the same",
    ]
    # A fresh user was told twice what refresh does ("fetches it" on stdout, "checks it" on stderr).
    assert (captured.out + captured.err).count("newsprism refresh") == 1
    assert captured.out.splitlines()[-1] == "`newsprism refresh` fetches them"


def test_feeds_list_counts_every_entry_a_refresh_stored_and_a_kept_summary_is_said_once(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's RSS feed of 3 entries, all added, was listed with "2 articles" (an Atom feed: 2
    # added, "1 article"): the entry whose feed gave its text in two paragraphs had its page fetched
    # (a 404 said nowhere), and an entry kept as its summary was not counted for its feed.
    from tests.feedserver import body_of, html_body, page

    short = ["Ostrand city council voted 23 to 8 on Monday to build cycle lanes along the harbour road.",
             "Work is due to begin in March and finish before the summer season, the council said."]
    full = [*entries_for(server, "Harbour Times", [1, 2]),
            {"title": "Cycle lanes approved", "link": server.url("/news/cycle-lanes.html"), "body": html_body(short)}]
    server.routes["/times.xml"] = static(rss20("Harbour Times", full))
    briefs = [{"title": "Survivors recall the capsizing", "link": server.url("/site/survivors.html"),
               "summary": "Survivors of the capsizing describe their escape."},
              {"title": "Sailings suspended", "link": server.url("/site/missing.html"),
               "summary": "Lindqvist Lines suspended all sailings on Lake Varsen pending the investigation."}]
    server.routes["/gazette.xml"] = static(rss20("Lakeside Gazette", briefs))
    server.routes["/site/survivors.html"] = static(page("Survivors recall the capsizing", body_of(3)), "text/html")
    assert main(["feeds", "add", server.url("/times.xml"), server.url("/gazette.xml")]) == 0
    capsys.readouterr()
    kept = (f"newsprism: Lakeside Gazette: {server.url('/site/missing.html')}: its page could not be fetched "
            "(HTTP 404 Not Found); kept the feed's summary instead; asked for again in 14 min, or now by `newsprism refresh 2`")
    assert main(["refresh", "--timeout", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [kept]
    assert "updated   Harbour Times: 3 new articles" in captured.out
    assert "updated   Lakeside Gazette: 2 new articles" in captured.out
    assert not server.hits("/news/cycle-lanes.html")  # the feed gave its text: that is the article
    assert main(["feeds", "list"]) == 0
    out = capsys.readouterr().out
    assert f"{server.url('/times.xml')} · refreshed just now · 3 articles" in out
    assert f"{server.url('/gazette.xml')} · refreshed just now · 2 articles" in out
    # The missing page is neither asked for again by a scheduled refresh nor said again in full
    # (core.library.refresh.page_wait): it was asked for, and said, at every refresh. A forced
    # refresh asks for it at once (a trial's page put up late was never read), and says so.
    with Library(lib) as library:
        with library._write() as db:
            db.execute("UPDATE feeds SET checked = checked - 86400, refreshed = refreshed - 86400")
    assert main(["refresh", "--timeout", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "updated" not in captured.out
    assert len(server.hits("/site/missing.html")) == 1 and not server.hits("/news/cycle-lanes.html")
    assert main(["refresh", "--force", "--timeout", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"newsprism: Lakeside Gazette: {server.url('/site/missing.html')}: its page still could not be fetched "
        "(HTTP 404 Not Found; 2 tries in a row); the feed's summary stays; asked for again in 29 min, "
        "or now by `newsprism refresh 2`"]
    assert "updated" not in captured.out
    assert len(server.hits("/site/missing.html")) == 2 and not server.hits("/news/cycle-lanes.html")
    assert main(["feeds", "list", "--json"]) == 0
    assert [row["articles"] for row in json.loads(capsys.readouterr().out)] == [3, 2]


def test_add_refuses_a_feed_cut_off_and_refresh_fails_one_subscribed_all_the_same(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's `feeds add` of a feed cut off in the middle of an <item> subscribed it (exit 0), and
    # `feeds list` then said "refreshed just now · 0 articles" with no error.
    whole = rss20("Half Post", entries_for(server, "Half Post", [1, 2]))
    cut = whole[: whole.rindex(b"Opponents of the")]  # broken off in the last entry's CDATA
    server.routes["/half.xml"] = static(cut)
    url = server.url("/half.xml")
    lines = cut.count(b"\n") + 1
    reason = (f"not a well-formed feed: cut off at line {lines} before its closing </rss> "
              f"(unclosed CDATA section at line {lines}, column ")
    assert main(["feeds", "add", url]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith(f"newsprism: {url}: {reason}")
    assert captured.err.endswith("); not subscribed (`--no-check` subscribes all the same)\n")
    assert main(["feeds", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # nothing subscribed
    assert main(["feeds", "add", "--no-check", url]) == 0
    capsys.readouterr()
    assert main(["refresh", "--timeout", "2"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"newsprism: failed    {url}: {reason}") and captured.err.count("\n") == 1
    assert main(["feeds", "list"]) == 0
    out = capsys.readouterr().out
    assert f"{url} · never refreshed successfully · 0 articles" in out
    assert f"last attempt failed just now: {reason}" in out and out.rstrip().endswith("1 subscription, 1 failing")


def test_a_feed_that_keeps_failing_is_left_alone_for_a_while_and_named_or_forced_polls_it(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A dead site was polled at every scheduled refresh for ever, and `feeds list` said only
    # "tried again at the next refresh".
    from tests.feedserver import send

    up = [False]
    feed = static(rss20("Good Herald", entries_for(server, "Good Herald", [1])))
    server.routes["/feed"] = lambda request: feed(request) if up[0] else send(request, 404, b"gone", "text/plain")
    assert main(["feeds", "add", "--no-check", server.url("/feed")]) == 0
    for _ in range(3):
        assert main(["refresh", "--force", "--timeout", "2"]) == 1
    hits = len(server.hits("/feed"))
    capsys.readouterr()
    assert main(["feeds", "list"]) == 0
    out = capsys.readouterr().out
    assert "last attempt failed just now: HTTP 404 Not Found; failed 3 times in a row; " \
        "will be tried again in 29 min (`newsprism refresh 1` tries it now)" in out
    assert main(["feeds", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["failures"] == 3 and _seconds_between(row["checked"], row["due"]) == pytest.approx(30 * 60, abs=1)
    assert main(["refresh", "--timeout", "2"]) == 0  # a scheduled run: left alone
    out = capsys.readouterr().out
    assert "1 feed failing again and again left alone for a while" in out and "polled less than" not in out
    assert len(server.hits("/feed")) == hits
    up[0] = True
    assert main(["refresh", "1", "--timeout", "2"]) == 0  # named: polled now
    assert len(server.hits("/feed")) == hits + 1
    capsys.readouterr()
    assert main(["feeds", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["failures"] == 0 and row["error"] is None
    assert _seconds_between(row["checked"], row["due"]) == pytest.approx(30 * 60, abs=1)


def _seconds_between(earlier: str, later: str) -> float:
    """The seconds from one ISO 8601 time of `feeds list --json` to another."""
    from datetime import datetime

    return (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)).total_seconds()


def test_feeds_list_json_gives_its_times_in_iso_8601(lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user's `feeds list --json` gave "added": 1796228432.5144436 where all else is ISO 8601.
    from datetime import datetime, timedelta, timezone

    server.routes["/feed"] = static(rss20("Good Herald", entries_for(server, "Good Herald", [1])))
    assert main(["feeds", "add", server.url("/feed")]) == 0
    assert main(["refresh", "--timeout", "2"]) == 0
    capsys.readouterr()
    assert main(["feeds", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    now = datetime.now(timezone.utc)
    for key in ("added", "checked", "refreshed", "due"):
        assert isinstance(row[key], str), key
        stamp = datetime.fromisoformat(row[key])
        assert stamp.utcoffset() == timedelta(0) and abs(stamp - now) < timedelta(hours=1), key


def test_a_feed_that_failed_once_says_so_without_a_count(lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.feedserver import send

    server.routes["/feed"] = lambda request: send(request, 404, b"gone", "text/plain")
    assert main(["feeds", "add", "--no-check", server.url("/feed")]) == 0
    assert main(["refresh", "--timeout", "2"]) == 1
    capsys.readouterr()
    assert main(["feeds", "list"]) == 0
    out = capsys.readouterr().out
    assert "last attempt failed just now: HTTP 404 Not Found; will be tried again at the next refresh\n" in out
    assert "in a row" not in out and "tries it now" not in out


@pytest.mark.parametrize(("name", "status"), [("SIGTERM", 143), ("SIGHUP", 129), ("SIGINT", 130)])
def test_a_refresh_ended_by_a_signal_exits_as_a_shell_says_and_the_library_stays_whole(
    lib: Path, server: FeedServer, name: str, status: int
) -> None:
    """`add` ends on SIGTERM and SIGHUP as on Ctrl+C; `refresh` (and every other command) died
    of them with -15 and -1, unlike Ctrl+C. Now each ends a command with the shell's status for
    the signal, the library whole and unlocked, and the next refresh stores what this one had not."""
    import signal
    import subprocess
    import sys
    import time

    from core.library.store import Library, LibraryLock
    from tests.feedserver import slow

    server.routes["/feed"] = slow(6, static(rss20("Slow Post", entries_for(server, "Slow Post", [1, 2]))))
    assert main(["feeds", "add", server.url("/feed"), "--library", str(lib)]) == 0
    asked = len(server.hits("/feed"))  # subscribing asked for it once
    process = subprocess.Popen([sys.executable, "-m", "tui.cli", "refresh", "--timeout", "3", "--library", str(lib)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 20
    while len(server.hits("/feed")) == asked and time.monotonic() < deadline:  # the refresh is under way
        time.sleep(0.05)
    process.send_signal(getattr(signal, name))
    _, err = process.communicate(timeout=30)
    assert process.returncode == status, err
    assert b"Traceback" not in err and not LibraryLock(lib).path.exists()
    server.routes["/feed"] = static(rss20("Slow Post", entries_for(server, "Slow Post", [1, 2])))
    assert main(["refresh", "--library", str(lib)]) == 0
    with Library(lib) as opened:
        assert opened.integrity() == "ok" and opened.counts()[1] == 2


@pytest.mark.parametrize(("name", "status"), [("SIGTERM", 143), ("SIGINT", 130)])
def test_a_refresh_ended_while_feeds_wait_to_be_stored_stops_at_once(
    lib: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch, name: str, status: int
) -> None:
    """A refresh of many feeds is ended while one server stalls and the feeds fetched before it
    wait to be stored: the process never exited (each answer past the few waiting for the
    storing thread held a thread of the pool, blocked on the full queue, and the interpreter
    waits for the pool's threads at exit). It now stops within moments, the stalled request
    cancelled, whatever was stored kept, and the next refresh stores the rest."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from core.library.store import Library, LibraryLock
    from tests.feedserver import slow

    monkeypatch.setenv("NEWSPRISM_REFRESH_HOST_DELAY", "0")  # one site's feeds one after another, at once
    quick = 16  # more than the few answers that wait to be stored (core.library.refresh.WAITING)
    for k in range(quick):
        server.routes[f"/f{k}"] = static(rss20(f"Post {k}", entries_for(server, f"Post {k}", range(k * 3, k * 3 + 3))))
    stalled = static(rss20("Stall Post", entries_for(server, "Stall Post", [200])))
    server.routes["/stall"] = slow(120, stalled)
    urls = [server.url(f"/f{k}") for k in range(quick)] + [server.url("/stall")]  # one site: fetched in this order
    assert main(["feeds", "add", "--no-check", *urls, "--library", str(lib)]) == 0
    process = subprocess.Popen([sys.executable, "-m", "tui.cli", "refresh", "--timeout", "60", "--library", str(lib)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent,
                               env=dict(os.environ))
    deadline = time.monotonic() + 60
    while not server.hits("/stall") and time.monotonic() < deadline:  # every quick feed fetched, the stall under way
        time.sleep(0.02)
    assert server.hits("/stall")
    process.send_signal(getattr(signal, name))
    try:
        _, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("the refresh went on after the signal")
    assert process.returncode == status, err
    assert b"Traceback" not in err and not LibraryLock(lib).path.exists()
    with Library(lib) as opened:
        kept = opened.counts()[1]
    assert kept < 3 * quick  # ended before every feed was stored
    server.routes["/stall"] = stalled
    assert main(["refresh", "--library", str(lib)]) == 0
    with Library(lib) as opened:
        assert opened.integrity() == "ok" and opened.counts()[1] == 3 * quick + 1


#: A summary of one full sentence (20 words) ending in a link on to its page, as a news site's feed gives it.
_READ_MORE = "Island ferry fares will rise by 4 percent from 1 April, the operator Skerry Lines said on Tuesday."


@pytest.mark.parametrize("how", ["add", "refresh"])
def test_a_summary_ending_in_read_more_is_kept_when_its_page_is_gone_or_its_server_down(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    # A fresh user's summary-only entries ("... said on Tuesday. Read more") whose page was a 404, or
    # on a server that was down, were skipped ("summary only, and its page failed") by `add` and
    # `refresh` alike: the summary was read as a "Read more" block of furniture, so nothing was left of it.
    down = _port_nothing_listens_on()
    entries = [
        {"title": "Ferry fares to rise in April", "link": server.url("/ct/ferry-fares.html"), "summary": f"{_READ_MORE} Read more"},
        {"title": "Skerry Lines adds a sailing", "link": f"http://127.0.0.1:{down}/ct/sailing.html",
         "summary": f'<p>{_READ_MORE.replace("fares will rise by 4 percent", "will add a sailing")} <a href="/x">Read more &#187;</a></p>'},
    ]
    server.routes["/feed"] = static(rss20("Coastline Times - Economy", entries))
    if how == "add":
        assert main(["add", server.url("/feed")]) == 0
    else:
        assert main(["feeds", "add", server.url("/feed")]) == 0
        capsys.readouterr()
        assert main(["refresh", "--timeout", "2"]) == 0
    captured = capsys.readouterr()
    assert "skipped" not in captured.err
    assert ("2 added, 0 already there, 0 skipped" if how == "add" else "Coastline Times - Economy: 2 new articles") in captured.out
    err = captured.err.strip().splitlines()
    assert len(err) == 2 and all(line.endswith("kept the feed's summary instead" + (
        "" if how == "add" else "; asked for again in 14 min, or now by `newsprism refresh 1`")) for line in err), err
    assert "(HTTP 404" in err[0] and "/ct/ferry-fares.html" in err[0] and f"127.0.0.1:{down}/ct/sailing.html" in err[1]
    assert main(["story", "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    paragraphs = [p["text"] for a in shown["articles"] for p in a["paragraphs"]]
    # the "Read more" is the link's, not the report's
    assert sorted(paragraphs) == sorted([_READ_MORE, _READ_MORE.replace("fares will rise by 4 percent", "will add a sailing")])


def test_refresh_says_where_articles_the_library_held_were_regrouped_to(
    lib: Path, server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fresh user's (25) refresh moved articles the library held to another story without a word:
    each story that articles moved into is said in one line."""
    data = Path(__file__).parent / "data" / "regroup"  # a crane collapse: a witness sidebar, then three reports
    held = ["b_courier.txt", "a_kestrel_sidebar.txt"]  # the sidebar alone at first: story 2
    for name in held:
        (tmp_path / name).write_bytes((data / name).read_bytes())
        saved = datetime(2026, 12, 1, 12).timestamp()
        os.utime(tmp_path / name, (saved, saved))
        assert main(["add", str(tmp_path / name)]) == 0
    assert "added    story 2: " in capsys.readouterr().out
    entries = entries_of_files(server, sorted(f for f in data.iterdir() if f.name not in held))
    server.routes["/rss"] = static(rss20("Port Desk", entries))
    assert main(["feeds", "add", "--no-check", server.url("/rss")]) == 0
    capsys.readouterr()
    assert main(["refresh", "--timeout", "2", "--no-fetch"]) == 0
    out = capsys.readouterr().out
    with Library(lib) as library:
        [info] = library.stories()
    assert info.id != 2
    [line] = [line for line in out.splitlines() if line.startswith("regrouped: ")]
    assert line.startswith("regrouped: 1 article the library held in story 2 (")
    assert line.endswith(f" is now in story {info.id}, titled “{info.title}” (stories are grouped again as articles come in)")


def test_an_interrupted_refresh_says_what_it_kept_and_the_next_one_fetches_the_rest(
    lib: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial's `refresh` ended by SIGTERM mid-way left with 143 and nothing said; `add` says
    what it kept. Stopped at its second article (Ctrl+C, as SIGTERM is read: tui.cli), it says
    how many it kept and exits 130; the next refresh adds the rest."""
    server.routes["/feed"] = static(rss20("Quay Herald", entries_for(server, "Quay Herald", range(3))))
    assert main(["feeds", "add", server.url("/feed")]) == 0
    add = Library.add
    calls: list[int] = []

    def stop_at_the_second(self: Library, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return add(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "add", stop_at_the_second)
    capsys.readouterr()
    assert main(["refresh"]) == 130
    assert "interrupted: the 1 article added before the stop is kept; `newsprism refresh` again fetches the rest" in capsys.readouterr().err
    monkeypatch.setattr(Library, "add", add)
    assert main(["refresh"]) == 0  # not polled to its end: due again, whatever refresh.interval says
    with Library(lib) as library:
        assert library.counts()[1] == 3
