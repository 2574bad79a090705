"""A fact's origin is the report whose words the other carriers copy, not an earlier report
sharing a phrase with them (trial 45 F9)."""

from __future__ import annotations

from itertools import combinations

from core.linking.story import Story
from core.model import Article, Link, LinkKind, Ref, article_id
from core.views.facts import facts

WIRE = ("Brenmoor Ferries, the island-owned operator, said it had halted all crossings on the Tolvik route "
        "between Ardholm and Sessby and opened a line for relatives.")
LOCAL = "Brenmoor Ferries has halted all sailings on the Tolvik route between Ardholm and Sessby."


def _article(outlet: str, text: str, published: str, dateline: str | None = None) -> Article:
    body = (text,)
    return Article(article_id(outlet, outlet, body), "", outlet, outlet, body, published=published, dateline=dateline)


def _links(*articles: Article) -> tuple[Link, ...]:
    return tuple(Link(Ref(x.id, 0), Ref(y.id, 0), 1.0 if x.paragraphs == y.paragraphs else 0.67, LinkKind.VERBATIM,
                      ((0, 1),), ((0, 1),)) for x, y in combinations(articles, 2))


def test_an_earlier_report_sharing_a_phrase_is_not_the_origin_of_the_agencys_copies() -> None:
    local = _article("Isle Gazette", LOCAL, "2026-05-04T09:20:00+01:00", "TOLVIK")
    one = _article("Ardholm Post", WIRE, "2026-05-04T13:12:00+00:00", "TOLVIK, May 4 (NSA)")
    two = _article("Sessby Star", WIRE, "2026-05-04T17:40:00+01:00", "TOLVIK, May 4 (NSA)")
    [fact] = facts(Story((local, one, two), _links(local, one, two)))
    assert fact.origin == "NSA" and fact.source is not None
    assert fact.source.credited_by == ("Ardholm Post", "Sessby Star")
    # uncredited copies: the first of them to publish, not the earlier local sentence
    bare = [_article(a.outlet, WIRE, a.published or "") for a in (one, two)]
    [fact] = facts(Story((local, *bare), _links(local, *bare)))
    assert fact.origin == "Ardholm Post"


def test_the_first_to_publish_stays_the_origin_of_a_copy_that_edits_a_word() -> None:
    first = _article("Ardholm Post", WIRE, "2026-05-04T08:00:00+00:00")
    edited = _article("Sessby Star", WIRE.replace("all crossings", "most crossings"), "2026-05-04T12:00:00+00:00")
    cut = _article("Isle Gazette", WIRE.split(" and opened")[0] + ".", "2026-05-04T13:00:00+00:00")
    [fact] = facts(Story((first, edited, cut), _links(first, edited, cut)))
    assert fact.origin == "Ardholm Post"
