"""A JSON Feed (jsonfeed.org) subscribed to and refreshed as RSS and Atom are, against a loopback server (invented feed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.library.store import Library
from tests.feedserver import FeedServer, server, static
from tui.cli import main

__all__ = ["server"]  # the fixture, imported

PARAGRAPHS = [
    "The Quillon water board raised its drought warning to the second of four levels on Monday after a dry "
    "autumn left the three reservoirs above the town at barely half their usual volume for the time of year.",
    "Households are asked to water gardens only after dusk and to leave cars unwashed until further notice, "
    "the board said in a statement, adding that a hosepipe ban would follow if the level fell much further.",
    "Farmers in the valley, who draw on the same reservoirs for their winter crops, have been told that their "
    "allowance will be cut by a fifth from next week, a measure their union called hasty and badly explained.",
    "The board's chair said the town had come through worse winters and that rain forecast for the weekend "
    "could ease the pressure, though it would take weeks of steady rain to fill the reservoirs again.",
]


def _feed(server: FeedServer, version: str = "https://jsonfeed.org/version/1.1") -> bytes:
    items = [
        {"id": f"quillon-{n}", "url": server.url(f"/news/{n}.html"), "title": title,
         "content_html": "".join(f"<p>{p}</p>" for p in PARAGRAPHS[n:] + PARAGRAPHS[:n]),
         "date_published": f"2026-11-1{n}T08:30:00+01:00", "date_modified": f"2026-11-1{n}T10:05:00+01:00",
         **({"authors": [{"name": "Mira Solvang"}]} if version.endswith("1.1") else {"author": {"name": "Mira Solvang"}})}
        for n, title in enumerate(["Drought warning raised in Quillon", "Quillon farmers face water cut"])
    ]
    return json.dumps({"version": version, "title": "Quillon Ledger", "home_page_url": server.url("/"),
                       "feed_url": server.url("/feed.json"), "language": "en", "items": items}).encode()


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "lib.sqlite"
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(path))
    return path


@pytest.mark.parametrize(("ctype", "version"), [("application/feed+json", "https://jsonfeed.org/version/1.1"),
                                                ("application/json", "https://jsonfeed.org/version/1")])
def test_a_json_feed_is_subscribed_to_and_refreshed(
    lib: Path, server: FeedServer, capsys: pytest.CaptureFixture[str], ctype: str, version: str,
) -> None:
    """`feeds add` refused a JSON Feed as "not a feed (an application/json without RSS or Atom
    entries)", and one subscribed with --no-check failed on every refresh."""
    server.routes["/feed.json"] = static(_feed(server, version), ctype)
    assert main(["feeds", "add", server.url("/feed.json")]) == 0
    capsys.readouterr()
    assert main(["refresh", "--timeout", "5"]) == 0
    assert "refreshed 1 feed: 2 new articles" in capsys.readouterr().out
    assert not any(hit.path.startswith("/news/") for hit in server.log)  # full text in the feed: no page fetched
    with Library(lib) as library:
        articles = {a.title: a for s in library.stories() for a in library.story(s.id).articles}
    drought = articles["Drought warning raised in Quillon"]
    assert drought.outlet == "Quillon Ledger" and drought.byline == "Mira Solvang"
    assert drought.paragraphs == tuple(PARAGRAPHS)
    assert drought.published == "2026-11-10T08:30:00+01:00" and drought.updated == "2026-11-10T10:05:00+01:00"
    assert drought.url == server.url("/news/0.html")


def test_only_a_json_feed_is_read_as_atom() -> None:
    from core.reading.feed import json_feed_as_atom, read_feed

    assert json_feed_as_atom(b'{"version": "1", "items": []}') is None
    assert json_feed_as_atom(b'[{"title": "x"}]') is None
    assert json_feed_as_atom(b"<rss version='2.0'></rss>") is None
    parsed, refused = read_feed(b'{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": 7, '
                                b'"content_text": "One line.", "tags": ["water"]}]}')
    assert refused is None
    [entry] = parsed["entries"]
    assert entry["id"] == "7" and entry["content"][0]["value"] == "One line."
