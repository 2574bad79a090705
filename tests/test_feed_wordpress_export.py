"""A WordPress export of a site (WXR, core/reading/feed.py parse_feed): its published posts are its
articles (not its pages, attachments or drafts), each by the name the export shows for its login."""

from __future__ import annotations

from core.reading.feed import parse_feed
from core.reading.sources import Item

_ITEM = """<item><title>{title}</title><link>https://harbour.example/{slug}/</link>
<pubDate>Tue, 07 Apr 2026 09:00:00 +0000</pubDate><dc:creator><![CDATA[{login}]]></dc:creator>
<content:encoded><![CDATA[<!-- wp:paragraph --><p>{text}</p><!-- /wp:paragraph -->]]></content:encoded>
<wp:post_id>{slug}</wp:post_id><wp:status><![CDATA[{status}]]></wp:status><wp:post_type><![CDATA[{kind}]]></wp:post_type></item>"""

_EXPORT = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Harbour Notes</title><link>https://harbour.example</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login><![CDATA[mari]]></wp:author_login><wp:author_display_name><![CDATA[Mari Holm]]></wp:author_display_name></wp:author>
<wp:author><wp:author_login><![CDATA[jan]]></wp:author_login><wp:author_display_name><![CDATA[Jan Brevik]]></wp:author_display_name></wp:author>
{items}
</channel></rss>"""

_LEAD = "The council approved the ferry plan on Tuesday after a long debate."


def test_a_wordpress_export_gives_its_published_posts_by_their_authors_names() -> None:
    items = "".join(_ITEM.format(**fields) for fields in (
        {"title": "About us", "slug": "about", "login": "jan", "text": "We are a town paper.", "status": "publish", "kind": "page"},
        {"title": "Ferry plan approved", "slug": "ferry", "login": "mari", "text": _LEAD, "status": "publish", "kind": "post"},
        {"title": "Quay works", "slug": "quay", "login": "jan", "text": "To write.", "status": "draft", "kind": "post"},
    ))
    results = list(parse_feed(_EXPORT.format(items=items).encode(), source="export.xml", fetch=None))
    articles = [r.article for r in results if isinstance(r, Item)]
    assert [(a.title, a.byline, a.paragraphs) for a in articles] == [("Ferry plan approved", "Mari Holm", (_LEAD,))], results
