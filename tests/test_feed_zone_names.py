"""An RSS date's zone in the shapes European CMSs write it: a name RFC 822 does not list ("CET",
"CEST") or an offset after "GMT" ("GMT+0100", as JavaScript's Date writes it) keeps its time of
day and offset, not only the day."""

from __future__ import annotations

from core.reading.feed import parse_feed
from core.reading.judge import iso_datetime
from core.reading.sources import Item


def test_zone_names_and_gmt_offsets_after_an_rfc822_time_are_read() -> None:
    """Each shape keeps hour and offset; an unknown name leaves the day, as before."""
    for text, want in (
        ("Tue, 10 Feb 2026 09:45:00 CET", "2026-02-10T09:45:00+01:00"),
        ("Sat, 11 Jul 2026 22:10:00 CEST", "2026-07-11T22:10:00+02:00"),
        ("Tue, 10 Feb 2026 09:45:00 EET", "2026-02-10T09:45:00+02:00"),
        ("Tue, 10 Feb 2026 09:45 ACST", "2026-02-10T09:45:00+09:30"),
        ("Tue, 10 Feb 2026 09:45:00 GMT+0100", "2026-02-10T09:45:00+01:00"),
        ("Tue, 10 Feb 2026 09:45:00 GMT-0330", "2026-02-10T09:45:00-03:30"),
        ("Tue, 10 Feb 2026 09:45:00 UTC+01:00", "2026-02-10T09:45:00+01:00"),
        ("Tue, 10 Feb 2026 09:45:00 GMT+2", "2026-02-10T09:45:00+02:00"),  # hours east, not POSIX's west
        ("Tue, 10 Feb 2026 09:45:00 GMT+0100 (CET)", "2026-02-10T09:45:00+01:00"),
        ("Tue, 10 Feb 2026 09:45:00 +0100", "2026-02-10T09:45:00+01:00"),
        ("Tue, 10 Feb 2026 09:45:00 GMT", "2026-02-10T09:45:00+00:00"),
        ("Tue, 10 Feb 2026 09:45:00 QQT", "2026-02-10"),
    ):
        assert iso_datetime(text) == want, text


def test_a_feed_items_published_time_keeps_its_zone() -> None:
    feed = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Talpost</title><link>https://talpost.example/</link>
<item><title>Markt zieht um</title><link>https://talpost.example/markt</link>
<pubDate>Wed, 15 Apr 2026 06:20:00 CEST</pubDate>
<content:encoded><![CDATA[<p>Der Wochenmarkt zieht im Mai auf den Kirchplatz um, wie die Stadt mitteilte.</p>
<p>Die Stände bleiben dienstags und freitags geöffnet.</p>]]></content:encoded>
</item></channel></rss>""".encode()
    [item] = [r for r in parse_feed(feed, source="talpost.xml", fetch=None) if isinstance(r, Item)]
    assert item.article.published == "2026-04-15T06:20:00+02:00"
