"""Adding from web pages, feeds, JSON Lines and Markdown: pages written here in real sites' shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.reading import Fetched, Item, Problem, fetch_url, gather, sniff
from core.reading.html import parse_html
from core.reading import ReadError

WEB = Path(__file__).parent / "data" / "web"


def _items(*inputs: str, fetch=None) -> tuple[list[Item], list[Problem]]:  # type: ignore[no-untyped-def]
    results = list(gather(inputs, fetch=fetch))
    return [r for r in results if isinstance(r, Item)], [r for r in results if isinstance(r, Problem)]


def test_html_page_gives_text_and_metadata_without_furniture() -> None:
    [item], problems = _items(str(WEB / "herald-bridge.html"))
    article = item.article
    assert not problems
    assert article.outlet == "Coastline Herald"
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.byline == "Mara Lindqvist" and article.published == "2024-03-05T09:00:00+00:00"  # with its hour and zone
    assert article.url == "https://herald.example/news/bridge-reopens"
    body = "\n".join(article.paragraphs)
    assert len(article.paragraphs) == 4 and body.startswith("The Harbour Bridge reopened")
    for furniture in ("Read more", "alert(", "color:red", "You might also like", "Sign in", "Share this", "Home"):
        assert furniture not in body


def test_feed_full_text_entry_is_an_article_and_a_summary_waits_for_its_page() -> None:
    items, problems = _items(str(WEB / "courier-feed.xml"))
    [item] = items
    assert item.article.outlet == "Valley Courier" and item.article.published == "2024-03-05T11:00:00+00:00"
    assert item.article.url == "https://courier.example/bridge" and len(item.article.paragraphs) == 4
    [problem] = problems
    assert "Short note" in str(problem) and "summary only" in str(problem)


def test_a_summary_only_entry_fetches_its_page() -> None:
    page = (WEB / "herald-bridge.html").read_bytes()
    asked: list[str] = []

    def fetch(url: str) -> Fetched:
        asked.append(url)
        return Fetched(url, page, "text/html")

    items, problems = _items(str(WEB / "courier-feed.xml"), fetch=fetch)
    assert asked == ["https://courier.example/note"]
    assert not problems and len(items) == 2
    assert items[1].article.title == "Harbour bridge reopens after repairs"
    # a feed lists other outlets' pages too: the page's own name for its outlet wins over the
    # feed's (a fresh user's Coastline page, listed in Northgate's feed, was filed as Northgate's)
    assert items[1].article.outlet == "Coastline Herald" and items[0].article.outlet == "Valley Courier"


def test_a_fetched_page_keeps_the_feed_entrys_time_and_author_where_it_gives_none(tmp_path: Path) -> None:
    """A fresh user's summary-only entry (pubDate 27 Nov) was stored undated once its page,
    which gives no date, was fetched: what the page does not say, the entry did."""
    feed = tmp_path / "feed.xml"
    feed.write_text(
        "<rss version='2.0'><channel><title>Valley Courier</title><item><title>Storm warning for the coast</title>"
        "<link>https://courier.example/storm</link><author>desk@courier.example (Tom Reyes)</author>"
        "<pubDate>Fri, 27 Nov 2026 08:30:00 GMT</pubDate><description>Gales are due.</description></item></channel></rss>",
        encoding="utf-8",
    )
    undated = (
        "<html><head><title>Storm warning for the coast</title></head><body><article><h1>Storm warning for the coast</h1>"
        "<p>Gales of up to 90 km/h are due on the coast from Friday evening, the weather service said on its website.</p>"
        "<p>Ferries between Marlow and Eastbridge will stay in port until the wind drops on Saturday afternoon.</p>"
        "</article></body></html>"
    ).encode()
    dated = undated.replace(b"<h1>", b"<time datetime='2026-11-27T09:15:00+00:00'>27 Nov</time><h1>").replace(
        b"<article>", b"<article><p class='byline'>By Ana Example</p>")
    [item], _ = _items(str(feed), fetch=lambda url: Fetched(url, undated, "text/html"))
    assert (item.article.published, item.article.byline) == ("2026-11-27T08:30:00+00:00", "Tom Reyes")
    assert item.article.outlet == "Valley Courier"  # the page names no outlet: the feed's, not the host's
    [item], _ = _items(str(feed), fetch=lambda url: Fetched(url, dated, "text/html"))  # the page's own, where it gives them
    assert (item.article.published, item.article.byline) == ("2026-11-27T09:15:00+00:00", "Ana Example")


def test_a_failed_fetch_names_the_entry_and_the_rest_still_come() -> None:
    def fetch(url: str) -> Fetched:
        raise ReadError(f"{url}: cannot fetch (no network)")

    from core.reading.feed import FeedText

    items, problems = _items(str(WEB / "courier-feed.xml"), "https://nowhere.example/x", fetch=fetch)
    # The summary-only entry whose page failed is kept as the brief its feed gave, saying so.
    assert len(items) == 2 and isinstance(items[1], FeedText) and items[1].lost
    assert items[1].article.paragraphs == ("Just a summary.",) and "cannot fetch (no network)" in items[1].note
    assert [p.source for p in problems] == ["https://nowhere.example/x"]
    assert all("\n" not in str(p) for p in problems)


def test_fetching_without_a_network_is_one_line() -> None:
    with pytest.raises(ReadError) as caught:
        fetch_url("http://127.0.0.1:9/feed.xml")  # the discard port: nothing listens
    assert "127.0.0.1:9" in str(caught.value) and "\n" not in str(caught.value)


def test_entity_bombs_and_external_entities_are_never_expanded(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    lols = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 10))
    bomb.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{lols}<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
        '<rss version="2.0"><channel><title>Bomb</title><item><title>&l9;</title>'
        "<description>&ext; one two three</description></item></channel></rss>",
        encoding="utf-8",
    )
    items, problems = _items(str(bomb))
    text = " ".join(" ".join(i.article.paragraphs) + i.article.title for i in items) + " ".join(map(str, problems))
    assert "lollol" not in text and "root:" not in text
    assert len(text) < 2000


def test_json_lines_give_articles_and_name_bad_lines(tmp_path: Path) -> None:
    feed = tmp_path / "wire.jsonl"
    good = {"title": "Dam opens", "outlet": "River Wire", "published": "2024-04-01T10:00:00Z",
            "text": ["The dam opened on Monday after a decade of work, the ministry said.", "It will power a city."]}
    feed.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"title": "empty"}) + "\n[1, 2]\n", encoding="utf-8")
    items, problems = _items(str(feed))
    [item] = items
    assert (item.article.outlet, item.article.title, item.article.published) == ("River Wire", "Dam opens", "2024-04-01T10:00:00+00:00")
    assert len(item.article.paragraphs) == 2
    # each broken line by its number; the record of a headline and no text in one line for the file
    assert [p.source for p in problems] == [f"{feed}:2", f"{feed}:4", str(feed)]
    assert problems[-1].message == "skipped 1 of 4 records (line 3): a headline only (and maybe its link), no text to read"


def test_markdown_reads_as_plain_text(tmp_path: Path) -> None:
    page = tmp_path / "post.md"
    page.write_text(
        "# Tram line extended to the airport\n\n![tram](tram.jpg)\n\n"
        "The **city council** approved the [tram extension](https://x.example) on Friday, the mayor said.\n\n"
        "Work starts in _May_ and should take two years, according to the transport office.\n",
        encoding="utf-8",
    )
    [item], _ = _items(str(page))
    assert item.article.title == "Tram line extended to the airport"
    assert item.article.paragraphs[0] == "The city council approved the tram extension on Friday, the mayor said."
    assert "_" not in item.article.paragraphs[1]


def test_an_oversized_page_is_refused_before_extraction() -> None:
    with pytest.raises(ReadError, match="too large"):
        parse_html(b"<html>" + b"<p>x</p>" * (2**20 + 10), source="big.html")


@pytest.mark.parametrize(
    ("name", "data", "ctype", "kind"),
    [
        ("a.html", b"<html><body><p>x</p>", "", "html"),
        # by content, whatever the name says
        ("page.txt", b"<!DOCTYPE html><html><head><title>x</title>", "", "html"),
        ("notes.html", b"Plain words, no markup at all.", "", "text"),
        ("saved", b'\n  <?xml version="1.0" encoding="windows-1252"?>\n<rss version="2.0">', "", "feed"),
        ("export.txt", b'{"title": "x", "text": "y"}\n{"title": "z"}', "", "jsonl"),
        ("feed", b'<?xml version="1.0"?><rss>', "", "feed"),
        ("https://x.example/atom", b"<feed xmlns=...>", "application/atom+xml", "feed"),
        ("page", b"<!DOCTYPE html><html>", "", "html"),
        ("notes.txt", b"Plain words", "", "text"),
        ("a.jsonl", b"{}", "", "jsonl"),
    ],
)
def test_inputs_are_told_apart(name: str, data: bytes, ctype: str, kind: str) -> None:
    assert sniff(name, data, ctype) == kind


def test_add_reports_added_present_and_skipped(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib.sqlite")
    run = lambda *a: subprocess.run([sys.executable, "-m", "tui.cli", *a], capture_output=True, text=True)  # noqa: E731
    first = run("add", "--library", lib, "--no-fetch", str(WEB), str(tmp_path / "missing.txt"))
    assert first.returncode == 2 and "Traceback" not in first.stderr
    assert "added    story" in first.stdout and "Coastline Herald — Harbour bridge reopens after repairs (4 paragraphs" in first.stdout
    assert "10 added, 0 already there, 2 skipped" in first.stdout
    assert "missing.txt: no such file or directory" in first.stderr and "Short note" in first.stderr
    second = run("add", "--library", lib, "--no-fetch", str(WEB / "events.jsonl"))
    assert second.returncode == 0 and "0 added, 8 already there, 0 skipped" in second.stdout
    stories = run("stories", "--library", lib, "--json")
    data = json.loads(stories.stdout)
    assert len(data) == 5 and {"id", "title", "outlets", "first", "last", "articles"} <= set(data[0])
    assert data[0]["first"] >= data[-1]["first"]  # the latest news first
    cod = next(s["id"] for s in data if "cod" in s["title"].lower())
    renamed = run("story", "--library", lib, "rename", str(cod), "North", "Shelf", "cod")
    assert renamed.returncode == 0 and "North Shelf cod" in renamed.stdout
    bad = run("story", "--library", lib, "merge", str(cod), "999")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "no story 999" in bad.stderr
    shown = run("story", "--library", lib, "show", str(cod))
    assert shown.returncode == 0 and "Harbour Post" in shown.stdout
    gone = run("story", "--library", lib, "remove", str(cod), "--yes")  # no terminal here: --yes, or it refuses
    assert gone.returncode == 0 and "and its 2 articles" in gone.stdout
    assert len(json.loads(run("stories", "--library", lib, "--json").stdout)) == 4


def test_opening_a_missing_library_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--library", str(tmp_path / "none.sqlite")],
        capture_output=True, text=True, env={"TEXTUAL_DRIVER": "x", "PATH": "/usr/bin"},
    )
    assert result.returncode == 2 and "no such library" in result.stderr and "Traceback" not in result.stderr
