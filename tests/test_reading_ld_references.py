"""A JSON-LD graph whose article names its author, publisher and page by "@id" alone (Yoast SEO's
@graph): each reference is the node with that @id, not every node of the type in the graph."""

from __future__ import annotations

import json

from core.reading.html import parse_html

_BODY = ("<p>The harbour board agreed on Monday to move the fish market to the old rope works by the "
         "autumn, after two winters of flooding on the quay.</p>"
         "<p>Traders will pay the same rent for the first year, and the board will run a shuttle from "
         "the station on market days.</p>"
         "<p>The old market hall is to be sold, the chair said, though no buyer has come forward.</p>")


def _page(graph: list[dict[str, object]]) -> bytes:
    """A WordPress page with no byline of its own, its metadata in one JSON-LD @graph."""
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fish market to move - Quay Gazette</title>'
            f'<script type="application/ld+json">{ld}</script></head><body>'
            f'<article><h1>Fish market to move</h1>{_BODY}</article></body></html>').encode()


_SITE = "https://quay-gazette.example/"
_PAGE = _SITE + "2026/04/fish-market/"


def _graph(author: object) -> list[dict[str, object]]:
    return [
        {"@type": "WebPage", "@id": _PAGE, "url": _PAGE, "isPartOf": {"@id": _SITE + "#website"},
         "mainEntity": {"@id": _PAGE + "#article"}},
        {"@type": "NewsArticle", "@id": _PAGE + "#article", "headline": "Fish market to move",
         "mainEntityOfPage": {"@id": _PAGE}, "isPartOf": {"@id": _PAGE}, "author": author,
         "publisher": {"@id": _SITE + "#organization"}, "datePublished": "2026-04-06T08:00:00+00:00"},
        {"@type": "WebSite", "@id": _SITE + "#website", "name": "Quay Gazette", "publisher": {"@id": _SITE + "#organization"}},
        {"@type": "Organization", "@id": _SITE + "#organization", "name": "Quay Gazette"},
        {"@type": "Person", "@id": _SITE + "#/schema/person/a1", "name": "Newsdesk"},
        {"@type": "Person", "@id": _SITE + "#/schema/person/b2", "name": "Orla Penhallow"},
        {"@type": "Person", "@id": _SITE + "#/schema/person/c3", "name": "Tamsin Vear"},
    ]


def test_an_author_named_by_its_id_is_that_person_alone() -> None:
    article = parse_html(_page(_graph({"@id": _SITE + "#/schema/person/b2"})), source="market.html")
    assert article.byline == "Orla Penhallow"
    assert article.url == _PAGE


def test_authors_named_by_id_in_a_list_keep_their_order() -> None:
    authors = [{"@id": _SITE + "#/schema/person/c3"}, {"@type": "Person", "@id": _SITE + "#/schema/person/b2"}]
    article = parse_html(_page(_graph(authors)), source="market.html")
    assert article.byline is not None
    assert article.byline.replace(" and ", ", ") == "Tamsin Vear, Orla Penhallow"
    assert "Newsdesk" not in article.byline
