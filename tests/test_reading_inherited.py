"""Round 36 variants: a byline a feed or an API gives where the reader did not look (a feed's
own authors, news APIs' byline fields), an author suffix after a headline in a label that follows
the name, and a web archive's save of a page read as the page it saved."""

from __future__ import annotations

import json
from pathlib import Path

from core.reading import read_file
from core.reading.feed import parse_feed
from core.reading.jsonl import parse_json
from core.reading.sources import Item


def _items(results: object) -> list[Item]:
    return [r for r in results if isinstance(r, Item)]  # type: ignore[attr-defined]


_BODY = "<p>The council approved the ferry plan on Tuesday after a long debate.</p><p>Work starts in May.</p>"


def test_a_json_feed_item_without_authors_has_the_feeds() -> None:
    """JSON Feed 1.1's feed-level "authors" (1.0's "author") is every item's that names none."""
    items = [{"id": "1", "title": "Ferry plan", "content_html": _BODY},
             {"id": "2", "title": "Dredging", "content_html": _BODY, "authors": [{"name": "Bo Sample"}]}]
    for feed in ({"version": "https://jsonfeed.org/version/1.1", "title": "Notes", "authors": [{"name": "Mari Holm"}], "items": items},
                 {"version": "https://jsonfeed.org/version/1", "title": "Notes", "author": {"name": "Mari Holm"}, "items": items}):
        got = [i.article.byline for i in _items(parse_json(json.dumps(feed), source="feed.json"))]
        assert got == ["Mari Holm", "Bo Sample"]


def test_an_atom_entry_without_an_author_has_the_feeds_but_an_rss_item_not_the_channels() -> None:
    """RFC 4287: the feed's <author> applies to an entry without one; an RSS channel's creator is no item's byline."""
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title><id>urn:f</id><updated>2026-03-03T08:00:00Z</updated>
<author><name>Mari Holm</name></author>
<entry><title>Ferry plan</title><id>urn:a</id><updated>2026-03-03T08:00:00Z</updated><content type="html">{_BODY.replace('<', '&lt;')}</content></entry>
<entry><title>Dredging</title><id>urn:b</id><updated>2026-03-03T08:00:00Z</updated><author><name>Bo Sample</name></author>
<content type="html">{_BODY.replace('<', '&lt;')}</content></entry></feed>"""
    got = [i.article.byline for i in _items(parse_feed(atom.encode(), source="notes.xml", fetch=None))]
    assert got == ["Mari Holm", "Bo Sample"]
    rss = f"""<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Notes</title><dc:creator>Mari Holm</dc:creator>
<item><title>Ferry plan</title><content:encoded><![CDATA[{_BODY}]]></content:encoded></item></channel></rss>"""
    [item] = _items(parse_feed(rss.encode(), source="notes.xml", fetch=None))
    assert item.article.byline is None


def test_news_apis_bylines_are_read_from_each_apis_field() -> None:
    """One table of the fields news APIs name writers in: Perigon's "authorsByline" and
    "matchedAuthors", NewsData.io's "creator", an article search's byline "person" in name parts;
    an outlet's field (Bing's "provider") is no byline."""
    text = "The council approved the ferry plan on Tuesday after a long debate.\n\nWork starts in May."
    records = [{"title": "Ferry plan", "content": text, "authorsByline": "Jane Doe, Bo Sample"},
               {"title": "Ferry plan", "content": text, "authorsByline": "", "matchedAuthors": [{"id": None, "name": "Jane Doe"}]},
               {"title": "Ferry plan", "content": text, "creator": ["Jane Doe"]},
               {"title": "Ferry plan", "lead_paragraph": text,
                "byline": {"original": None, "person": [{"firstname": "Jane", "middlename": None, "lastname": "Doe"}]}},
               {"name": "Ferry plan", "description": text, "provider": [{"name": "Bay Times"}]}]
    got = [i.article.byline for i in _items(parse_json(json.dumps({"articles": records}), source="api.json"))]
    assert got == ["Jane Doe, Bo Sample", "Jane Doe", "Jane Doe", "Jane Doe", None]


def test_a_title_signed_with_a_word_after_the_writers_name_is_the_headline_alone() -> None:
    """Where "by" follows the name (Hungarian "Name írása", Turkish "Name'in köşe yazısı", Korean
    "Name 기자", "Name writes"), a feed item's title signed with its creator loses the signature;
    another name, or other words after the name, leave it."""
    from core.reading.judge import without_signature

    assert without_signature("A révnek terv kell, nem ígéret – Minta Anna írása", "Minta Anna") == "A révnek terv kell, nem ígéret"
    assert without_signature("Vapur için plan şart artık – Ayşe Örnek'in köşe yazısı", "Ayşe Örnek") == "Vapur için plan şart artık"
    assert without_signature("항구에 새 여객선이 들어온다 - 홍길동 기자", "홍길동") == "항구에 새 여객선이 들어온다"
    assert without_signature("The quay needs a plan – Ana Example writes", "Ana Example") == "The quay needs a plan"
    assert without_signature("The quay needs a plan – Ana Example says no", "Ana Example") == "The quay needs a plan – Ana Example says no"
    assert without_signature("A révnek terv kell, nem ígéret – Minta Béla írása", "Minta Anna") == "A révnek terv kell, nem ígéret – Minta Béla írása"
    rss = """<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Vélemény</title>
<item><title>A révnek terv kell, nem ígéret – Minta Anna írása</title><dc:creator>Minta Anna</dc:creator>
<content:encoded><![CDATA[<p>Minden évben megígérik, hogy a rév új kikötőt kap, és minden évben elhalasztják.</p>]]></content:encoded>
</item></channel></rss>"""
    [item] = _items(parse_feed(rss.encode(), source="velemeny.xml", fetch=None))
    assert (item.article.title, item.article.byline) == ("A révnek terv kell, nem ígéret", "Minta Anna")


_REPORT = "".join(f"<p>{text}</p>" for text in (
    "The town council voted on Monday to close the old harbour bridge to cars from April.",
    "Engineers found cracks in two of its piers during an inspection last month, the council said.",
    "Buses will take a diversion through the market square while the bridge is repaired."))


def test_an_archive_today_save_is_read_as_the_page_it_saved(tmp_path: Path) -> None:
    """archive.today's header table ("webpage capture", "Saved from", the capture's time) and its
    head (og:site_name "archive.is", its short link, the capture's time) are the archive's: the
    saved page's outlet (spelled by its address without the name's accents), its address, no date."""
    page = tmp_path / "save.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><meta property="og:site_name" content="archive.is">'
        '<meta property="article:published_time" content="2026-03-05T11:00:00Z"><link rel="canonical" href="https://archive.is/AbCd1">'
        '<title>Harbour bridge to close | Hafenbote Zürich</title></head><body><div id="HEADER"><table><tr>'
        '<td><a href="https://archive.is/">archive.today</a><br>webpage capture</td><td>Saved from</td>'
        '<td><input type="text" name="q" value="https://hafenbotezurich.example/news/bridge"></td></tr>'
        '<tr><td>5 Mar 2026 11:00:00 UTC</td><td>no other snapshots from this url</td></tr>'
        '<tr><td><a href="https://archive.is/download/AbCd1.zip">download .zip</a> <a href="#">report bug or abuse</a></td></tr>'
        f'</table></div><div id="SOLID"></div><div id="CONTENT"><div><div style="font-size:32px">Hafenbote Zürich</div>'
        f'<h1>Harbour bridge to close</h1>{_REPORT}<div style="font-size:12px">© 2026 Hafenbote Zürich</div></div></div></body></html>',
        encoding="utf-8")
    (article,) = read_file(page)
    assert (article.outlet, article.url, article.published) == ("Hafenbote Zürich", "https://hafenbotezurich.example/news/bridge", None)
    assert article.paragraphs[0].startswith("The town council") and len(article.paragraphs) == 3


def test_the_wayback_machines_toolbar_is_no_part_of_the_page_it_saved(tmp_path: Path) -> None:
    page = tmp_path / "wayback.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>Harbour bridge to close | Harbour Gazette</title>'
        '<link rel="canonical" href="https://web.archive.org/web/20260303151500/https://harbour-gazette.example/news/bridge"></head>'
        '<body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base"><div id="wm-ipp"><a href="/web/">The Wayback Machine</a>'
        '<p>https://harbour-gazette.example/news/bridge</p><p>14 captures</p><p>02 Mar 2026 - 03 Mar 2026</p></div></div>'
        '<!-- END WAYBACK TOOLBAR INSERT --><div id="donato"><p>Donate to the Internet Archive today.</p></div>'
        f'<div><h1>Harbour bridge to close</h1>{_REPORT}</div></body></html>', encoding="utf-8")
    (article,) = read_file(page)
    assert article.paragraphs[0].startswith("The town council") and len(article.paragraphs) == 3
    assert article.url == "https://harbour-gazette.example/news/bridge"


def test_an_address_spells_a_name_without_its_accents() -> None:
    from core.reading.judge import spells_host

    assert spells_host("Hafenbote Zürich", "hafenbotezurich.example") and spells_host("Dziennik Łódzki", "dziennikłodzki.example")
    assert not spells_host("Hafenbote Zürich", "zurichpost.example")
