"""Feed titles and outlets: markup escaped twice in an HTML title is read as markup, not shown as
text; a JSON Feed's title is its items' outlet however the feed is laid out (one line or many)."""

from __future__ import annotations

import json

from core.reading import read_data
from core.reading.feed import parse_feed
from core.reading.sources import Item

_BODY = "<p>The council approved the ferry plan on Tuesday after a long debate.</p><p>Work starts in May.</p>"


def _items(results: object) -> list[Item]:
    return [r for r in results if isinstance(r, Item)]  # type: ignore[attr-defined]


def _atom(title: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Notes &amp;amp; Quays</title><id>urn:f</id>
<updated>2026-03-03T08:00:00Z</updated><entry><title type="html">{title}</title><id>urn:a</id>
<link href="https://notes.example/a"/><updated>2026-03-03T08:00:00Z</updated>
<content type="html">{_BODY.replace('<', '&lt;')}</content></entry></feed>""".encode()


def test_markup_escaped_twice_in_an_html_title_is_read_as_markup() -> None:
    """"&amp;lt;em&amp;gt;" in a type="html" title is an <em> escaped once too often: its text, no tags."""
    for title, want in (
        ("&amp;lt;em&amp;gt;Exclusive:&amp;lt;/em&amp;gt; council to sell ferry", "Exclusive: council to sell ferry"),
        ("&amp;amp;lt;b&amp;amp;gt;Live&amp;amp;lt;/b&amp;amp;gt; ferry plan", "Live ferry plan"),  # three times
        ("&lt;em&gt;Exclusive:&lt;/em&gt; council to sell ferry", "Exclusive: council to sell ferry"),  # once: plain markup
    ):
        [item] = _items(parse_feed(_atom(title), source="notes.xml", fetch=None))
        assert item.article.title == want
        assert item.article.outlet == "Notes & Quays"


def test_an_escaped_less_than_sign_that_is_no_tag_stays_text() -> None:
    """Only an escaped tag is markup: "&amp;lt; 5" is the text "< 5", an unknown "<x" too."""
    for title, want in (("Fares &amp;lt; 5 euros on the ferry", "Fares < 5 euros on the ferry"),
                        ("Why &amp;lt;blink&amp;gt; is back", "Why <blink> is back")):
        [item] = _items(parse_feed(_atom(title), source="notes.xml", fetch=None))
        assert item.article.title == want


def test_a_json_feed_on_one_line_is_named_by_its_title_as_over_many_lines() -> None:
    """A JSON Feed written on one line (read as a line of JSON Lines) gives its items its title as
    their outlet and its authors as theirs, as the same feed over many lines does."""
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Gazette of Notes", "home_page_url": "https://gn.example/",
            "authors": [{"name": "Mari Holm"}],
            "items": [{"id": "1", "url": "https://gn.example/ferry", "title": "Ferry plan approved", "content_html": _BODY}]}
    for text in (json.dumps(feed), json.dumps(feed, indent=1)):
        [item] = _items(read_data(text.encode(), source="notes.json"))
        assert (item.article.outlet, item.article.byline) == ("Gazette of Notes", "Mari Holm")
