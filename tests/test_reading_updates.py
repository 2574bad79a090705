"""When a report was last updated, read beside when it was published, from every input kind.

A fact-checker's finding: a local paper's page carried ``article:modified_time`` 16:35, JSON-LD's
``dateModified`` and a visible "Updated 4:35 p.m. EST" under its byline, yet newsprism showed only
its publication time, 09:02: a "three dead" report revised in the afternoon read as if it came
out before another outlet's "two dead" of 07:50, and a rising toll read as a dispute.
"""

from __future__ import annotations

import json

import pytest

from core.model import Article, display_update, later_update
from core.reading import read_data
from core.reading.judge import find_update, is_update_line
from core.reading.sources import Item

HEADLINE = "Three dead in Elm Street house fire"
LEAD = ("Three people died in a house fire on Elm Street early on Wednesday, the fire department said, "
        "raising the toll from two it had given in the morning.")
SECOND = "Firefighters were called to the two-storey home shortly after 5 a.m. and found it in flames, a spokesperson said."
PUBLISHED = "2026-12-02T09:02:00-05:00"
UPDATED = "2026-12-02T16:35:00-05:00"


def _page(head: str = "", under_byline: str = "") -> bytes:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{HEADLINE} | Riverside Ledger</title>"
        "<meta property='og:site_name' content='Riverside Ledger'>"
        f"<meta property='article:published_time' content='{PUBLISHED}'>{head}</head><body><article>"
        f"<h1>{HEADLINE}</h1><div class='byline'>By Ana Example</div>{under_byline}"
        f"<p>{LEAD}</p><p>{SECOND}</p></article></body></html>"
    ).encode()


def _one(name: str, data: bytes) -> Article:
    [result] = list(read_data(data, source=name, fetch=None))
    assert isinstance(result, Item)
    return result.article


@pytest.mark.parametrize(
    ("head", "under_byline"),
    [
        (f"<meta property='article:modified_time' content='{UPDATED}'>", ""),
        (f"<meta property='og:updated_time' content='{UPDATED}'>", ""),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "%s", "datePublished": "%s", '
         '"dateModified": "%s"}</script>' % (HEADLINE, PUBLISHED, UPDATED), ""),
        ("", f"<time itemprop='dateModified' datetime='{UPDATED}'>4:35 p.m.</time>"),
        # a visible line with a clock time alone: the publication's day, and its zone where the line names none
        ("", "<p class='timestamp'>Updated 4:35 p.m. EST</p>"),
        ("", "<p>Updated 4:35 p.m.</p>"),
        ("", "<div class='meta'>Published 9:02 a.m. EST · Updated 4:35 p.m. EST</div>"),
    ],
)
def test_a_pages_update_time_is_read_beside_its_publication(head: str, under_byline: str) -> None:
    article = _one("ledger.html", _page(head, under_byline))
    assert (article.published, article.updated) == (PUBLISHED, UPDATED)
    assert article.paragraphs == (LEAD, SECOND)  # the "Updated" line is no paragraph of the report
    assert article.credit == "Riverside Ledger · Ana Example · published 2026-12-02 09:02 UTC-05:00 · updated 16:35"
    assert article.to_json()["updated"] == UPDATED


@pytest.mark.parametrize(
    "head",
    [
        "",
        f"<meta property='article:modified_time' content='{PUBLISHED}'>",  # the same time: no update
        "<meta property='article:modified_time' content='2026-12-02T09:02:40-05:00'>",  # seconds after, on first save
        "<meta property='article:modified_time' content='2026-12-01T18:00:00-05:00'>",  # before publication
        "<meta property='article:modified_time' content='2026-12-02'>",  # the same day, the day alone
    ],
)
def test_an_update_no_later_than_publication_is_none(head: str) -> None:
    article = _one("ledger.html", _page(head))
    assert article.published == PUBLISHED and article.updated is None
    assert article.credit == "Riverside Ledger · Ana Example · 2026-12-02 09:02 UTC-05:00"


@pytest.mark.parametrize(
    "under_byline",
    [
        "<aside class='related'><h3>More news</h3><p>Updated 5:10 p.m.</p><a href='/x'>Bridge closes for repairs</a></aside>",
        "<p>The fire department updated its count at 4:35 p.m., after a third victim died.</p>",
        "<p>Updated 8:00 a.m.</p>",  # before publication, on its day: no update
    ],
)
def test_other_lines_are_no_update(under_byline: str) -> None:
    article = _one("ledger.html", _page("", under_byline))
    assert article.published == PUBLISHED and article.updated is None
    assert article.credit == "Riverside Ledger · Ana Example · 2026-12-02 09:02 UTC-05:00"


def test_an_update_on_another_day_shows_its_day() -> None:
    article = _one("ledger.html", _page("<meta property='article:modified_time' content='2026-12-03T08:10:00-05:00'>"))
    assert article.updated == "2026-12-03T08:10:00-05:00"
    assert article.times == "published 2026-12-02 09:02 UTC-05:00 · updated 2026-12-03 08:10 UTC-05:00"


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Updated 4:35 p.m. EST", UPDATED),
        ("Updated 4:35 p.m.", UPDATED),
        ("Last updated: Dec. 3, 2026, 8:10 a.m. ET", "2026-12-03T08:10:00-05:00"),
        ("By Ana Example | Updated 4:35 PM EST, Dec. 2, 2026", UPDATED),
        ("Updated 16:35 GMT", "2026-12-02T16:35:00+00:00"),
        ("Aktualisiert am 03.12.2026, 10:15 Uhr", "2026-12-03T10:15:00-05:00"),
        ("Updated Dec. 3, 2026", "2026-12-03"),
        ("Updated 2 hours ago", None),
        ("Published 9:02 a.m. EST", None),
        # other languages' labels and clock words
        ("Publié le 2 décembre 2026 à 9h02, modifié à 16h35", "2026-12-02T16:35:00-05:00"),
        ("Mis à jour le 3 décembre 2026 à 10h15", "2026-12-03T10:15:00-05:00"),
        ("Aggiornato alle 16:35", "2026-12-02T16:35:00-05:00"),
        ("Bijgewerkt op 3 december 2026 om 10:15", "2026-12-03T10:15:00-05:00"),
        ("Uppdaterad 3 december 2026 kl. 10.15", "2026-12-03T10:15:00-05:00"),
        ("Atualizado em 03/12/2026 às 10:15", "2026-12-03T10:15:00-05:00"),
    ],
)
def test_an_update_line_reads_in_the_publications_day_and_zone(line: str, found: str | None) -> None:
    assert find_update(line, PUBLISHED) == found


def test_an_update_line_opens_with_its_label_or_is_a_time_stamp() -> None:
    assert is_update_line("Updated 4:35 p.m. EST") and is_update_line("Last updated: Dec. 3, 2026")
    assert is_update_line("Published 9:02 a.m. EST · Updated 4:35 p.m. EST")
    assert not is_update_line("The agency updated its guidance at 4:35 p.m. on Wednesday")


def test_a_clock_time_alone_cannot_be_placed_without_a_publication_time() -> None:
    assert find_update("Updated 4:35 p.m.", "2026-12-02") is None
    assert find_update("Updated 4:35 p.m.", None) is None


def test_later_update_and_its_display() -> None:
    assert later_update(PUBLISHED, UPDATED) == UPDATED
    assert later_update(UPDATED, PUBLISHED) is None
    assert later_update("2026-12-02", "2026-12-03T08:10:00+00:00") == "2026-12-03T08:10:00+00:00"
    assert later_update(None, UPDATED) == UPDATED and later_update(PUBLISHED, "soon") is None
    assert display_update(UPDATED, PUBLISHED) == "16:35"
    assert display_update("2026-12-02T21:35:00+00:00", PUBLISHED) == "2026-12-02 21:35 UTC"  # another zone: whole
    assert Article("a", "", "Ledger", "T", ("Body.",), updated=UPDATED).times == "updated 2026-12-02 16:35 UTC-05:00"


FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Riverside Ledger</title><id>urn:ledger</id>
<updated>2026-12-02T21:40:00Z</updated>
<entry><title>{title}</title><id>urn:ledger:{n}</id>{stamps}
<author><name>Ana Example</name></author>
<content type="html">&lt;p&gt;{lead}&lt;/p&gt;&lt;p&gt;{second}&lt;/p&gt;</content></entry>
</feed>"""


@pytest.mark.parametrize(
    ("stamps", "updated"),
    [
        ("<published>2026-12-02T14:02:00Z</published><updated>2026-12-02T21:35:00Z</updated>", "2026-12-02T21:35:00+00:00"),
        ("<published>2026-12-02T14:02:00Z</published><updated>2026-12-02T14:02:00Z</updated>", None),
        ("<updated>2026-12-02T21:35:00Z</updated>", None),  # updated alone is when it was published
    ],
)
def test_a_feed_entrys_updated_time_where_it_differs_from_published(stamps: str, updated: str | None) -> None:
    data = FEED.format(title=HEADLINE, n=1, stamps=stamps, lead=LEAD, second=SECOND).encode()
    article = _one("ledger.xml", data)
    assert article.updated == updated
    assert article.published is not None


@pytest.mark.parametrize(
    ("fields", "updated"),
    [
        ({"updated": UPDATED}, UPDATED),
        ({"dateModified": UPDATED}, UPDATED),
        ({"dateModified": PUBLISHED}, None),
        ({}, None),
    ],
)
def test_a_json_lines_records_update_time(fields: dict[str, str], updated: str | None) -> None:
    record = {"title": HEADLINE, "source": {"name": "Riverside Ledger"}, "publishedAt": PUBLISHED,
              "content": f"{LEAD}\n\n{SECOND}", **fields}
    article = _one("ledger.jsonl", (json.dumps(record) + "\n").encode())
    assert (article.published, article.updated) == (PUBLISHED, updated)
    assert article.to_json()["updated"] == updated



@pytest.mark.parametrize("closing", [
    "Ce direct est désormais terminé. Merci de l’avoir suivi ; retrouvez nos articles sur notre site.",  # a tester's page
    "Der Liveticker ist beendet. Danke fürs Mitlesen!",
    "La diretta è terminata. Grazie per averci seguito.",
    "Este directo ha terminado. Gracias por seguirnos.",
    "Dank je wel voor het volgen van deze liveblog.",
])
def test_a_live_pages_sign_off_in_other_languages_is_no_update(closing: str) -> None:
    from core.reading.judge import is_signoff

    assert is_signoff(closing, live=True)
    assert not is_signoff("Der Streik ist beendet, teilte die Gewerkschaft am Abend mit.", live=True)
