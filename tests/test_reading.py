"""core.reading: one reading path for every input kind, by content; each kind's faults as a kind.

Inputs are invented (outlets, people, places); each test varies the shape the shared
acceptance cases (test_reading_cases.py) stand for.
"""

from __future__ import annotations

import json
import re
from datetime import date
from html import escape as html_escape
from pathlib import Path

import pytest

from core.reading import read_paths, sniff
from core.reading.text import parse_text
from core.reading.judge import clean_byline, clean_site, is_outlet_name, is_person_name, iso_datetime, outlet_label, split_dateline, strip_title
from core.sanitize import sanitize, without_escape_sequences
from tests.feedserver import FeedServer, send, server

__all__ = ["server"]  # the fixture, imported

LEAD = "The river authority opened the new flood gates on Monday after four years of building work."
SECOND = "Engineers said the gates would protect about twelve thousand homes along the lower valley."
THIRD = "The project cost more than the first estimate, and the final bill will be known next spring."


def _read(tmp_path: Path, name: str, data: str | bytes) -> list:  # type: ignore[type-arg]
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


# --- one path, chosen by content ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("saved-page.txt", b"<html><head><title>x</title></head><body><p>y</p>", "html"),
        ("note.html", b"Just words, written as a note, with no markup at all.", "text"),
        ("items.json", b'{"title": "a", "text": "b"}\n', "jsonl"),
        ("download", b"\n\n<?xml version='1.0'?>\n<!-- a comment -->\n<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("story.md", b"# A headline\n\nSome words <em>in</em> Markdown.", "text"),
    ],
)
def test_the_kind_of_a_file_is_read_from_its_content(name: str, data: bytes, kind: str) -> None:
    assert sniff(name, data) == kind


def test_a_folder_reads_every_kind_and_links_reads_html_like_add(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Gates open on the river\n\n{LEAD}\n\n{SECOND}\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(
        _page("<title>Flood gates open | Valley Post</title><meta property='og:site_name' content='Valley Post'>",
              f"<article><h1>Flood gates open</h1><p>{LEAD}</p><p>{SECOND}</p></article>"), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"title": "Gates", "source": {"name": "Delta Wire"}, "text": [LEAD, THIRD]}) + "\n",
                                      encoding="utf-8")
    articles, errors = read_paths([tmp_path])
    assert not errors
    assert sorted(a.outlet for a in articles) == ["Delta Wire", "Valley Post", "a"]
    html = next(a for a in articles if a.outlet == "Valley Post")
    assert html.title == "Flood gates open" and html.paragraphs == (LEAD, SECOND)


# --- HTML -------------------------------------------------------------------------


def test_html_keeps_list_items_lead_ins_subheads_and_quotes_whatever_their_mark(tmp_path: Path) -> None:
    body = (
        f"<article><h1>Gates open</h1><p>{LEAD}</p><p>The minister listed three reasons:</p>"
        "<ol><li>Safer homes in the valley</li><li>Lower insurance costs</li><li>Jobs for two years</li></ol>"
        f"<h2>What comes next</h2><p>{SECOND}</p>"
        "<blockquote><p>« Nous sommes enfin protégés »</p></blockquote>"
        "<p>下流の住民は安心したと話した」</p>"
        f"<p>{THIRD}</p></article>"
    )
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (
        LEAD, "The minister listed three reasons:", "Safer homes in the valley", "Lower insurance costs",
        "Jobs for two years", "What comes next", SECOND, "« Nous sommes enfin protégés »", "下流の住民は安心したと話した」", THIRD,
    )
    assert article.subheads == ((5, "What comes next"),)
    assert article.to_json()["subheads"] == [{"paragraph": 5, "text": "What comes next"}]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<title>Gates open on the river | Valley Post</title><meta property='og:site_name' content='Valley Post'>",
         "Gates open on the river"),
        ("<title>Valley Post - News - Gates open on the river</title><meta property='og:site_name' content='Valley Post'>",
         "Gates open on the river"),
        ("<meta property='og:title' content='Gates open on the river | Ana Example'><meta name='author' content='Ana Example'>",
         "Gates open on the river"),
        # two authors the title joins and the metadata lists apart (a tester's page)
        ("<meta property='og:title' content='Gates open on the river | Ana Example and Bo Lind'>"
         "<meta name='author' content='Ana Example, Bo Lind'>", "Gates open on the river"),
        ("<title>Gates open on the river – My blog</title>", "Gates open on the river"),
        ("<title>Gates open on the river</title><meta property='og:title' content='Valley Post'>"
         "<meta property='og:site_name' content='Valley Post'>", "Gates open on the river"),
        # a Japanese title's full-width bar before its author's name, unspaced (a tester's page)
        ("<meta property='og:title' content='港の漁師、空の網に不安｜港川 花子'><meta name='author' content='港川 花子'>",
         "港の漁師、空の網に不安"),
    ],
)
def test_the_title_is_the_headline_without_site_or_author(tmp_path: Path, head: str, title: str) -> None:
    body = f"<header class='masthead'><h1>Valley Post</h1></header><article><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(head, body))
    assert article.title == title


@pytest.mark.parametrize(
    ("head", "body_head", "title"),
    [
        # a kicker before the printed headline, the site after it
        ("<title>Obituary: Ana Example dies at 90 - Valley Post</title>", "<h1>Ana Example dies at 90</h1>",
         "Ana Example dies at 90"),
        # the site's name as the address names it, without an og:site_name
        ("<title>Nora Lind: The quiet harbour - Valley Post Online</title>"
         "<link rel='canonical' href='https://www.valleypost.example/harbour'>", "<h1>The quiet harbour</h1>",
         "The quiet harbour"),
        # the headline in a header that looks like a logo's, which the title holds
        ("<title>Gates open on the river - Valley Post</title>",
         "<header class='brand-header'><h1>Gates open on the river</h1></header>", "Gates open on the river"),
        # words joined by a space only are the headline's own
        ("<title>Valley privacy notice</title>", "<h1>privacy notice</h1>", "Valley privacy notice"),
        # a declared headline that rewords the printed one stays (both are the headline)
        ("<meta property='og:title' content='Seven gates open on the river'>"
         "<title>The seven gates open on the river | Valley Post</title>", "<h1>The seven gates open on the river</h1>",
         "Seven gates open on the river"),
        # a title cut short of the printed headline, with or without a mark that says so
        ("<title>Gates open on the river - Valley Post</title>", "<h1>Gates open on the river after a week of rain</h1>",
         "Gates open on the river after a week of rain"),
        ("<title>Gates open on the river after a…</title>", "<h1>Gates open on the river after a week of rain</h1>",
         "Gates open on the river after a week of rain"),
        # a title of several parts, one of them printed as a lesser heading (no <h1> but the logo)
        ("<title>Gates open on the river : Valley Notes</title>",
         "<div class='site-logo'><h1>Valley Notes</h1></div><h2>Gates open on the river</h2>", "Gates open on the river"),
        ("<title>Valley Notes » Gates open on the river</title>", "<h3>Gates open on the river</h3>",
         "Gates open on the river"),
        # the printed headline with a word or two more in a title of several parts
        ("<title>Roast harbour fish with rice Recipe | Valley Kitchen</title>", "<h1>Roast harbour fish with rice</h1>",
         "Roast harbour fish with rice"),
        ("<title>Holiday home Dune View (40222) - Valley Lets</title>", "<h1>Holiday home Dune View</h1>",
         "Holiday home Dune View"),
        # a printed heading, a lesser one too, with an issue's number after it in the title
        ("<meta property='og:title' content='Harbour walks of the old town (2021/5)'>"
         "<title>Harbour walks of the old town (2021/5): Valley Notes</title>", "<h2>Harbour walks of the old town</h2>",
         "Harbour walks of the old town"),
        ("<title>Harbour walks of the old town (2021/5)</title>", "<h2>Opening times</h2>",
         "Harbour walks of the old town (2021/5)"),
        # a heading's own style rules (CSS-in-JS) are no part of its text
        ("<title>Harbour walks of the old town - Valley Championships 2024</title>",
         "<div><h2>Harbour walks of the old town<style>.css-1x{color:red}</style></h2></div>", "Harbour walks of the old town"),
        # a title of two words declared for sharing is the headline; one in the tab only names a section
        ("<meta property='dc:title' content='Harbour closed'><title>Updates from the valley</title>",
         "<h1>Latest valley news today</h1>", "Harbour closed"),
        ("<title>Press releases</title>", "<h1>Gates open on the river</h1>", "Gates open on the river"),
        # a date before the headline in the title is the page's date, not the headline's
        ("<title>23.01.2022 - Gates open on the river after a week of rain - Valley Post</title>",
         "<h1>23.01.2022 - Gates open on the river after a week of rain</h1>", "Gates open on the river after a week of rain"),
        # a kicker printed in the <h1> above the headline (in a styled element, the headline after it)
        ("<title>Leaked files online: Harbour data stolen from the port | Valley Post</title>",
         "<h1><span class='topline'>Leaked files online</span>\n<span class='main'>Harbour data stolen from the port</span></h1>",
         "Harbour data stolen from the port"),
        ("<title>Energy: Free power check for every home | Valley Notes</title>",
         "<h1><small>Energy</small> Free power check for every home</h1>", "Free power check for every home"),
        ("<meta property='og:title' content='Harbour week - “We are rearranging the deck chairs”'>",
         "<h1><span class='kicker'>Harbour week</span><span class='sr-only'> - </span>“We are rearranging the deck chairs”</h1>",
         "“We are rearranging the deck chairs”"),
        # two titles printed as headings, with a kicker and without: the first heading
        ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Gates open on the river\"}</script>"
         "<meta property='og:title' content='Flood week: Gates open on the river'>",
         "<h1>Flood week: Gates open on the river</h1><div class='share'><h1>Gates open on the river</h1></div>",
         "Flood week: Gates open on the river"),
        # a name in a styled element at the headline's start is the headline's own
        ("<title>Ana Example wins the vote - Valley Post</title>",
         "<h1><span class='person'>Ana Example</span> wins the vote</h1>", "Ana Example wins the vote"),
        # the heading's own marks at its ends are no joint with the site's name (a heading in a
        # header that looks like a logo's is the headline only where a title holds it)
        ("<title>»Keep the river clean!« - Valley Sailing Blog</title>",
         "<header class='site-header'><h1>»Keep the river clean!«</h1></header>", "»Keep the river clean!«"),
    ],
)
def test_the_headline_is_the_printed_heading_that_a_title_holds(
    tmp_path: Path, head: str, body_head: str, title: str
) -> None:
    body = f"{body_head}<article><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(head, body))
    assert article.title == title


@pytest.mark.parametrize(
    ("head", "header", "title"),
    [
        # the site's name in the header's <h1>, linked to the home page; the headline in an <h2>
        ("<title>Gates open on the river | Riverside Notes</title>",
         "<div id='top'><h1><a href='https://riverside-notes.example'>Riverside Notes</a></h1></div>"
         "<h2>Gates open on the river</h2>", "Gates open on the river"),
        ("<title>Riverside Notes » Blog Archive » Gates open on the river</title>",
         "<div id='top'><h1><a href='/'>Riverside Notes</a></h1></div><h2>Gates open on the river</h2>",
         "Gates open on the river"),
        # an archived copy's link to the home page; a site's name with a separator of its own
        ("<title>Gates open on the river - Salsa Notes - Valley Town</title>",
         "<div id='top'><h1><a href='https://archive.example/web/2014/http://salsa.example/'><span>Salsa Notes - Valley Town"
         "</span></a></h1></div>", "Gates open on the river"),
        ("<title>Riverside Notes</title>", "<h1><a href='index.html'>Riverside Notes</a></h1><h1>Gates open</h1>",
         "Gates open"),
        # a title that is the site's name by its address, over the page's printed heading
        ("<title>Riverside Notes</title><link rel='canonical' href='https://www.riversidenotes.example/about'>",
         "<h1>Welcome aboard!</h1>", "Welcome aboard!"),
        # a headline linked to its own address stays the headline
        ("<title>Riverside Notes: Gates open on the river</title>",
         "<h1><a href='/2024/05/gates-open'>Gates open on the river</a></h1>", "Gates open on the river"),
        ("<title>Gates open on the river - Riverside Notes</title>",
         "<h1><a href='/#comments'>Gates open on the river</a></h1>", "Gates open on the river"),
    ],
)
def test_an_h1_linked_to_the_home_page_is_the_sites_name(tmp_path: Path, head: str, header: str, title: str) -> None:
    # Blog templates print the site's name in the header's <h1>, linked to the home page, and
    # the report's headline below it: a real blog's name was taken for every post's headline.
    body = f"{header}<article><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(head, body))
    assert article.title == title


@pytest.mark.parametrize(
    ("head", "heading", "title"),
    [
        # a template's tab title, a page name and the site's: the one printed heading is the headline
        ("<title>River gates - opening times | Valley Notes</title><meta property='og:site_name' content='Valley Notes'>",
         "When the new river gates open this spring", "When the new river gates open this spring"),
        ("<title>Boat hire • Moorings • Repairs | Valley Marine</title>"
         "<link rel='canonical' href='https://www.valleymarine.example/'>",
         "Boat hire and repairs from the harbour experts!", "Boat hire and repairs from the harbour experts!"),
        # the one heading of several that shares a word with the tab title
        ("<title>River gates? Times, fees and rules | Valley Notes</title><meta property='og:site_name' content='Valley Notes'>",
         "Free advice</h1><h1>River gates? Book your passage now!</h1><h1>My account",
         "River gates? Book your passage now!"),
        ("<title>Rowing - News - Rowing | Valley Sports Club</title><meta property='og:site_name' content='Valley Sports Club'>",
         "Quick links</h1><h1>Our partners - Rowing</h1><h1>Book a hotel", "Rowing - News - Rowing"),
        # a title joining two phrases for search engines, and a heading sharing two of its words
        ("<title>Boat hire » What does a mooring cost?</title>", "How to hire a boat for the summer mooring",
         "How to hire a boat for the summer mooring"),
        ("<title>Storm floods the harbour - Valley weather</title>", "Harbour warnings",
         "Storm floods the harbour - Valley weather"),
        # a heading that shares no word with the title is no headline for it ("Latest news")
        ("<title>River gates open at last | Valley Notes</title><meta property='og:site_name' content='Valley Notes'>",
         "Latest updates", "River gates open at last"),
        # a title of its own, without the site's name, or one of several declared titles, stays
        ("<title>River gates open at last</title>", "When the river gates open", "River gates open at last"),
        ("<title>River gates open at last | Valley Notes</title><meta property='og:title' content='River gates open at last'>"
         "<meta property='og:site_name' content='Valley Notes'>", "When the river gates open", "River gates open at last"),
    ],
)
def test_one_printed_heading_over_a_templates_tab_title(tmp_path: Path, head: str, heading: str, title: str) -> None:
    # Small sites' tab titles are menu labels with the site's name ("Blockhaus type 3 ... |
    # Site"); the page's one heading is what the report is headed with.
    body = f"<h1>{heading}</h1><article><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(head, body))
    assert article.title == title


@pytest.mark.parametrize(
    ("head", "body_head", "title"),
    [
        # a title written as UTF-8 read as cp1252 once too often, over the printed heading
        ("<title>Valley Notes : Harbour cafÃ© reopens on the quay</title>", "<h1>Harbour café reopens on the quay</h1>",
         "Harbour café reopens on the quay"),
        ("<title>FÃ¤hre fÃ¤llt aus â€“ Hafen bleibt zu</title>", "", "Fähre fällt aus – Hafen bleibt zu"),
        # a title of its own accented letters stays as it is
        ("<title>Ã la carte: Café reopens on the quay</title>", "", "Ã la carte: Café reopens on the quay"),
    ],
)
def test_a_title_read_in_the_wrong_encoding_is_read_right(tmp_path: Path, head: str, body_head: str, title: str) -> None:
    body = f"{body_head}<article><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(head, body))
    assert article.title == title


def test_a_title_loses_a_part_that_names_the_host() -> None:
    title = "Gates open on the river - Riverside Notes Online"
    assert strip_title(title, [], host="www.riversidenotes.example") == "Gates open on the river"
    assert strip_title(title, []) == title  # nothing says the last part is the site's
    assert strip_title(title, [], host="gates.example") == title  # a word of the headline is no site's name


def test_a_sites_name_is_a_name_not_a_notice_an_address_or_a_headline(tmp_path: Path) -> None:
    assert clean_site("Copyright © 2001-2009") is None  # names nobody
    assert clean_site("Copyright 2003 - 2019 by Valley Media GbR") == "Valley Media GbR"
    assert clean_site("(C) 2020 By Valley Post. All rights reserved.") == "Valley Post"
    assert clean_site("https://www.valleypost.example/") == "valleypost.example"
    assert clean_site("Valley Walkers e.V.") == "Valley Walkers e.V."  # its own full stop stays
    assert clean_site("Floodgates opened on the River Wend as 400 homes were told to leave") is None  # a headline
    # a page whose og:site_name is its headline is named by its address
    head = ("<link rel='canonical' href='https://www.valleypost.example/gates'>"
            "<meta property='og:site_name' content='Gates open on the river after a week of rain in the valley'>")
    [article] = _read(tmp_path, "p.html", _page(head, f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p></article>"))
    assert article.outlet == "valleypost.example"


def test_a_news_outlets_name_after_the_headline_names_the_outlet_where_nothing_else_does(tmp_path: Path) -> None:
    # A fresh user's page said "| The Daily Meridian" in its <title> and nothing else: it was
    # named by its file.
    body = f"<article><h1>Gates open on the river</h1><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "gates.html", _page("<title>Gates open on the river | The Valley Gazette</title>", body))
    assert (article.outlet, article.title) == ("The Valley Gazette", "Gates open on the river")
    # a section, an author or a short code there is no outlet; the site's own name wins
    for head, outlet in (("<title>Gates open on the river | Opinion</title>", "gates"),
                         ("<title>Gates open on the river | Ana Example</title>", "gates"),
                         ("<title>Gates open on the river | The Valley Gazette</title>"
                          "<meta property='og:site_name' content='Meridian Online'>", "Meridian Online")):
        [article] = _read(tmp_path, "gates.html", _page(head, body))
        assert article.outlet == outlet
    # a broadcaster's name with its channel's number glued before its word ("9News")
    [article] = _read(tmp_path, "gates.html", _page("<title>Gates open on the river · 7News</title>", body))
    assert article.outlet == "7News"


def test_a_kicker_over_the_headline_in_the_body_is_no_paragraph(tmp_path: Path) -> None:
    # A fresh user's "BREAKING NEWS" and the <h1> under it were the report's first paragraphs
    # (and facts of the coverage matrix).
    body = (f"<article><p class='kicker'>BREAKING NEWS</p><h1>Gates open on the river</h1>"
            f"<p>{LEAD}</p><p>{SECOND}</p></article>")
    [article] = _read(tmp_path, "gates.html", _page("<title>Gates open on the river | Valley Post</title>", body))
    assert article.paragraphs[0] == LEAD and not article.subheads
    # a sentence above the headline is the report's, and stays
    body = f"<article><p>{THIRD}</p><h1>Gates open on the river</h1><p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "gates.html", _page("<title>Gates open on the river | Valley Post</title>", body))
    assert article.paragraphs[0] == THIRD


def test_a_title_loses_the_section_before_the_sites_name() -> None:
    assert strip_title("Gates open on the river - Club news - Valley Post", ["Valley Post"]) == "Gates open on the river"
    assert strip_title("Valley Post - Gates open on the river - Club news - News", ["Valley Post"]) == "Gates open on the river"
    # a number is the headline's own; a headline of a few words has no section to lose
    assert strip_title("Gates open on the river - Part 2 - Valley Post", ["Valley Post"]) == "Gates open on the river - Part 2"
    assert strip_title("Gates open - Club news - Valley Post", ["Valley Post"]) == "Gates open - Club news"


def test_a_title_loses_the_sites_name_and_its_tagline() -> None:
    # a box-drawing bar joins the site's name too, with or without spaces
    assert strip_title("Gates open on the river │ Valley Post", ["Valley Post"]) == "Gates open on the river"
    assert strip_title("Gates open & boats sail│Valley Post", ["Valley Post"]) == "Gates open & boats sail"
    # the site's address and the tagline after it; a one-word headline is no reason to keep them
    assert strip_title("Pike-season | valley-fishing.example | Your lake magazine", []) == "Pike-season"
    assert strip_title("Gates open on the river | Valley Post | News from the whole valley", ["Valley Post"]) == (
        "Gates open on the river"
    )
    # a Chinese or Japanese title's site, joined without spaces; a short title of two names stays
    assert strip_title("河水上涨，沿岸居民撤离！-河谷网", []) == "河水上涨，沿岸居民撤离！"
    assert strip_title("河水上涨_河谷新闻网", []) == "河水上涨_河谷新闻网"
    assert strip_title("东京-大阪", []) == "东京-大阪"


def test_html_metadata_outlet_byline_and_time_with_zone(tmp_path: Path) -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Gates open", "datePublished": "2026-03-03T10:42:00+01:00",
                     "author": [{"@type": "Person", "name": "Ana Example"}, {"@type": "Person", "name": "Ana Example"}],
                     "publisher": {"@type": "Organization", "name": "Valley Post"}})
    head = f"<title>Gates open</title><script type='application/ld+json'>{ld}</script>"
    body = ("<div class='nav'><span class='username'>Username</span></div>"
            f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p></article>")
    [article] = _read(tmp_path, "p.html", _page(head, body))
    assert (article.outlet, article.byline, article.published) == ("Valley Post", "Ana Example", "2026-03-03T10:42:00+01:00")


def test_a_byline_line_gives_the_hour_and_zone_the_metadata_lacks(tmp_path: Path) -> None:
    head = "<title>Gates open - Valley Post</title><meta property='article:published_time' content='2026-03-03'>"
    body = (f"<article><h1>Gates open</h1><p class='byline'>By Ana Example, March 3, 2026 10:15 EST</p>"
            f"<p>{LEAD}</p><p>{SECOND}</p></article>")
    [article] = _read(tmp_path, "p.html", _page(head, body))
    assert (article.byline, article.published) == ("Ana Example", "2026-03-03T10:15:00-05:00")
    assert article.paragraphs[0] == LEAD
    # a time printed for another day is another time's (an update's, a related story's)
    body = body.replace("March 3, 2026 10:15", "March 4, 2026 10:15")
    [article] = _read(tmp_path, "q.html", _page(head, body))
    assert article.published == "2026-03-03"


def test_a_link_to_a_writers_page_is_the_byline_and_the_headline_never_is(tmp_path: Path) -> None:
    # A page of the extraction dev set: the author's box held the writer's link, the date and a
    # rating widget repeating the headline; the byline shown was the headline.
    head = "<title>Rates held</title>"
    rating = ("<div class='article-rating' itemscope itemtype='http://data-vocabulary.org/Review-aggregate'>"
              "<span class='hide' itemprop='itemreviewed'>A realistic reading of the rate decision</span>"
              "<span itemprop='average'>3.17</span> of <span itemprop='best'>5</span> from <span itemprop='votes'>12</span> votes</div>")
    link = "<a class='tooltipable' href='/autoren/ana-example/'>Ana Example</a>, 21. Jan. 2015"
    body = f"<div class='content'><h1>A realistic reading of the rate decision</h1><div class='author'>{{}}{rating}</div><p>{LEAD}</p><p>{SECOND}</p></div>"
    [article] = _read(tmp_path, "p.html", _page(head, body.format(link)))
    assert article.byline == "Ana Example"
    [article] = _read(tmp_path, "q.html", _page(head, body.format("")))
    assert (article.title, article.byline) == ("A realistic reading of the rate decision", None)
    # a link to the list of writers names no one
    menu = "<ul class='nav'><li><a href='/autoren/'>Autoren</a></li><li><a href='/themen/'>Themen</a></li></ul>"
    [article] = _read(tmp_path, "r.html", _page(head, f"{menu}<article><h1>Rates held</h1><p>{LEAD}</p><p>{SECOND}</p></article>"))
    assert article.byline is None


def test_an_outlet_from_the_canonical_address_even_with_a_broken_head(tmp_path: Path) -> None:
    page = ("<html><head><title>Gates open</title><div>an ad in the head</div><link rel='canonical' "
            "href='https://www.valley-post.example/gates'>"
            f"<body><p>{LEAD}</p><p>{SECOND}</p></body></html>")
    [article] = _read(tmp_path, "p.html", page)
    assert article.outlet == "valley-post.example"


@pytest.mark.parametrize("name", ["Username", "admin", "3 hours ago", "Ana Example, Ana Example", "https://x.example/ana"])
def test_a_byline_names_people(name: str) -> None:
    assert clean_byline([name]) in (None, "Ana Example")


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Ana Example, Chief Reporter", "Ana Example"),  # a fresh user's byline kept the job title
        ("By Ana Example, Europe correspondent", "Ana Example"),
        # their role gone, every part a name: the names as printed, as "Ana Example und Bo Lind" is
        ("By Ana Example and Bo Lind, Senior Political Editors", "Ana Example and Bo Lind"),
        ("By Jane Writer", "Jane Writer"),  # a name that ends like a job is still a name
    ],
)
def test_a_bylines_job_title_is_no_name(line: str, byline: str) -> None:
    assert clean_byline([line], line=True) == byline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Von Ana Example und Bo Lind", "Ana Example und Bo Lind"),  # printed with its "und", not rewritten
        ("By Ana Example and Bo Lind", "Ana Example and Bo Lind"),
        ("Par Ana Example et Bo Lind —", "Ana Example et Bo Lind"),
        ("By Ana Example and Bo Lind, March 3, 2026", "Ana Example and Bo Lind"),
        ("Autor: Ana Example", "Ana Example"),  # a labelled byline
        ("Autor: Ana Example Quelle: Valley Post", "Ana Example"),
        ("Autorin: Nora Lind", "Nora Lind"),
        ("Auteur : Ana Example", "Ana Example"),
        ("Author: Ana Example", "Ana Example"),
        ("Geschrieben von Nora Lind am 25.08.2015", "Nora Lind"),
        ("Text von Nora Lind", "Nora Lind"),
        ("Von R. K. Example am 07.08.2013 um 09:07 Uhr", "R. K. Example"),
        ("Von hier aus gesehen", None),  # a sentence that opens with "Von" names no one
        ("Von Anfang bis Ende", None),
        ("By the numbers:", None),  # a label over a list
        ("By the river", None),
        ("By Course or Type", None),  # a recipe site's filter
        ("By Ana Example Follow Follow", "Ana Example"),  # the buttons beside the name
        ("Cortesía", None),  # a picture's credit
        ("By kestrel_ana", "kestrel_ana"),  # a handle
        ("Autoren Ana Example und Bo Lind", "Ana Example und Bo Lind"),  # a label without its colon
        ("Autoren wie Ana Example", None),  # a sentence
        ("Autore di Valleyparks", None),
        ("PAR LES TEMPS QUI COURENT", None),  # a programme's title in capitals
        ("By Kestrel Y Lind", "Kestrel Y Lind"),  # a capital "Y" inside a name joins no two people
        ("Von Ana Example und Bo Lind -Aktualisiert am", "Ana Example und Bo Lind"),
        ("Ana Example im Gespräch mit Bo Lind", "Ana Example im Gespräch mit Bo Lind"),  # an interview's two names
        ("Redaktion", "Redaktion"),  # the newsroom, where the page names no one else
        ("par Ana Example, 21 juin 2018", "Ana Example"),  # a date in words after the name
        ("By Follow", None),  # a button's word is no one's name
        ("Name", None),
        ("No Author", None),
    ],
)
def test_a_printed_byline_is_kept_as_printed(line: str, byline: str | None) -> None:
    assert clean_byline([line], line=True, known=["Name", "No Author", "Redaktion", "Cortesía", "Ana Example im Gespräch mit Bo Lind"]) == byline


@pytest.mark.parametrize(
    ("head", "byline_html", "byline"),
    [
        # the metadata credits the organisation or the site; the page prints the person
        ("<meta name='author' content='Bund der Examplefreunde e.V.'>", "<p>Von Nora Lind</p>", "Nora Lind"),
        ("<meta name='author' content='Valley Post (www.valleypost.example)'>", "<p>Autorin: Nora Lind</p>", "Nora Lind"),
        ("<meta name='author' content='Valley Post'>", "<p class='meta'>Autor: Nora Lind Quelle: Valley Post</p>", "Nora Lind"),
        # the metadata lists the people; the page prints them with its own "und"
        ("<meta name='author' content='Nora Lind'><meta name='author' content='Bo Brevik'>",
         "<p class='byline'>Von Nora Lind und Bo Brevik</p>", "Nora Lind und Bo Brevik"),
        # "By" set apart from the name, in a box marked by its test id
        ("", "<div data-testid='story-byline'><span>By</span><span><a href='/n'>Nora Lind</a></span></div>", "Nora Lind"),
        # a writer's handle alone in the author's element
        ("", "<div class='entry-meta'><span class='author vcard'><a class='url fn n'>kestrel_ana</a></span></div>", "kestrel_ana"),
        ("", "<div class='postAuthorBlock'>Nora Lind</div>", "Nora Lind"),
        ("", "<div class='author'><span class='wide'>Nora Lind</span><span class='narrow'>Nora Lind</span></div>", "Nora Lind"),
        # a recipe site's filters are no byline; the author's element is
        ("", "<div class='filters'><div><span>By</span> Method</div></div><p class='author'>Nora Lind</p>", "Nora Lind"),
        ("", "<div class='post-info'>Posted by kestrel 21.10.2026</div>", "kestrel"),
        # a CMS's line of who posted and when, the date first or last (WordPress, Drupal), a place or
        # a category after the name
        ("", "<p class='post-meta'>Posted on 12 February 2026 by Nora Lind</p>", "Nora Lind"),
        ("", "<div class='meta'>Posted on Thursday, 12 February 2026 at 9.30 pm by Nora Lind</div>", "Nora Lind"),
        ("", "<div class='meta submitted'>Submitted by Nora Lind on Thu, 02/12/2026 - 21:10</div>", "Nora Lind"),
        ("", "<p class='meta'>Veröffentlicht am 12. Februar 2026 um 14:05 Uhr von Nora Lind</p>", "Nora Lind"),
        ("", "<p class='meta'>Freitag | 13. Februar 2026 | 15:49 VON Nora Lind IN Fashion | 0 COMMENTS</p>", "Nora Lind"),
        ("", "<p>By Nora Lind in Kestrel Harbour</p>", "Nora Lind"),
        # a line of the name and the date alone, with a weekday or a time
        ("", "<div class='meta'>Nora Lind | Do., 12.02.26</div>", "Nora Lind"),
        ("", "<small>12.02.2026 | 13:10 Uhr | Nora Lind</small>", "Nora Lind"),
        ("", "<ul><li class='city'>Kestrel Wed | Feb 11, 2026</li></ul><div class='meta'>12.02.2026 - Nora Lind</div>", "Nora Lind"),
        # a photo's credit in an author's element does not displace the metadata's name
        ("<meta name='author' content='Valley Post'>", "<figure><span class='author'>Cortesia</span></figure>", "Valley Post"),
        # a subhead that opens with "Von" is no byline; the author's element is
        ("", "<h3>Von Anfang bis Ende</h3><p class='author'>Nora Lind</p>", "Nora Lind"),
        # a label in an element of its own, the name after it; a box of labelled lines
        ("", "<div class='info'><h5>Datum:</h5> 03.11.2026 <br><h5>Autor:</h5> Nora Lind</div>", "Nora Lind"),
        ("", f"<p>{THIRD}</p><div class='articleAuthorDate'><b>Datum:</b><br>03.11.2026<br>Autor: Nora Lind<br>Quelle: Valley Post</div>",
         "Nora Lind"),
        # the metadata credits the magazine by a name of more words than an outlet's
        ("<meta name='author' content='Valleymag – Das Magazin für Examples'>", "<p>Von Nora Lind</p>", "Nora Lind"),
        # the metadata credits the club whose name the page's title carries besides the headline
        ("<meta name='author' content='Kestrel Club'>", "<span class='poster'>Geschrieben von Cooper</span>", "Cooper"),
        # a byline element by its own tag; the metadata names the first of the people it prints
        ("<meta name='author' content='Valley Post'>", "<byline>Von Nora Lind, dpa</byline>", "Nora Lind, dpa"),
        ("<meta name='author' content='Nora Lind'>", "<p class='byline'>von Nora Lind, Bo Brevik</p>", "Nora Lind, Bo Brevik"),
        # a marked byline of a name and its role, no "By" (a tester's page)
        ("", "<div class='byline'><a href='/people/nora-lind'>Nora Lind</a>, <span class='title'>Staff Reporter</span></div>",
         "Nora Lind"),
        # two people in a marked byline, its reading time after a separator (a blogging platform's)
        ("", "<div class='article-byline'><a href='/author/nora/'>Nora Lind</a>, <a href='/author/bo/'>Bo Brevik</a> "
             "<span class='bull'>&bull;</span> 4 min read</div>", "Nora Lind, Bo Brevik"),
        ("", "<p class='author-meta'>Nora Lind and Bo Brevik | March 4, 2026</p>", "Nora Lind and Bo Brevik"),
    ],
)
def test_a_byline_the_page_prints_names_the_people(tmp_path: Path, head: str, byline_html: str, byline: str) -> None:
    body = f"<article><h1>Gates open</h1>{byline_html}<p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page(f"<title>Kestrel Club Valley - Gates open - Valley Post</title>{head}", body))
    assert article.byline == byline
    assert LEAD in article.paragraphs
    if "Datum" not in byline_html and "narrow" not in byline_html:
        # (a box of labels below the report's start, or a name printed twice, stays where the extractor puts it)
        assert not any(byline.replace(" ", "") in p.replace(" ", "") for p in article.paragraphs)


@pytest.mark.parametrize("menu", ["Subscriber", "My Account", "Member"])
def test_a_user_menus_name_is_no_byline(tmp_path: Path, menu: str) -> None:
    # A tester's page: the header's user menu showed "Subscriber", which the extractor took for the
    # author where the page's byline box gave a name with its role and no "By".
    body = (f"<header><div class='user-menu'><span class='username'>{menu}</span></div></header>"
            "<article><h1>Gates open</h1><div class='byline'><a href='/people/nora-lind'>Nora Lind</a>, "
            f"<span class='title'>Staff Reporter</span></div><p>{LEAD}</p><p>{SECOND}</p></article>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open - Valley Post</title>", body))
    assert article.byline == "Nora Lind" and article.paragraphs == (LEAD, SECOND)
    from core.reading.judge import clean_byline

    assert clean_byline([menu]) is None


@pytest.mark.parametrize(("menu", "label", "name"), [
    ("Пользователь", "Автор:", "Анна Примерова"), ("Kullanıcı", "Yazar:", "Ayşe Örnek"), ("Benutzer", "Autor:", "Nora Lind"),
])
def test_a_user_menus_name_in_another_language_is_no_byline(tmp_path: Path, menu: str, label: str, name: str) -> None:
    # A tester's Russian page: its hidden user box "Пользователь" ("User") was the byline, and the
    # byline box "Автор: Анна Примерова" was not read for its label.
    body = (f"<header><div class='user-box' hidden><span class='username'>{menu}</span> <a href='/login'>Log in</a></div></header>"
            f"<article><h1>Gates open</h1><div class='article-author'>{label} {name}</div><p>{LEAD}</p><p>{SECOND}</p></article>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open - Valley Post</title>", body))
    assert article.byline == name and article.paragraphs == (LEAD, SECOND)
    from core.reading.judge import clean_byline

    assert clean_byline([menu]) is None and clean_byline([f"{label} {name}"]) == name


@pytest.mark.parametrize("signed", ["Par Claire Exemple", "Par AFP", "By Nora Lind",
                                    "By Nora Lind Updated 18:05 4 min read"])  # (a trial's meta line, its body drawn by script)
def test_a_byline_line_under_the_standfirst_is_no_paragraph(tmp_path: Path, signed: str) -> None:
    # A tester's French page: its chapô, then "<p class=auteur>Par Claire Exemple</p>", then the
    # datelined lead. The byline line stayed as the second paragraph, and the lead kept its dateline.
    body = (f"<article><h1>Gates open</h1><p class='chapo'>{SECOND}</p><p class='auteur'>{signed}</p>"
            f"<p>RIVERTON (AFP) - {LEAD}</p><p>{THIRD}</p></article>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert signed not in article.paragraphs and LEAD in article.paragraphs and article.dateline == "RIVERTON (AFP)"


def test_a_byline_in_a_layout_box_named_for_its_sidebar_is_the_reports(tmp_path: Path) -> None:
    """A layout's class may name the sidebar beside the report ("layout-with-sidebar"); the box that
    holds the headline holds the report, and its byline is the byline."""
    body = (f"<div class='layout-with-sidebar'><div class='post'><h1>Gates open</h1><p class='author'>Par Nora Lind</p>"
            f"<p>{LEAD}</p><p>{SECOND}</p></div></div>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.byline == "Nora Lind"
    # nor a box whose class says a sidebar stands beside it ("has-sidebar"), where the headline is no <h1>
    body = (f"<div class='main has-double-sidebar'><div class='post'><h2>Gates open</h2><h5><em>Von Nora Lind</em></h5>"
            f"<p>{LEAD}</p><p>{SECOND}</p></div></div>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.byline == "Nora Lind"


def test_a_time_in_a_list_of_related_reports_is_not_the_reports_date(tmp_path: Path) -> None:
    """A "Related" list above the report prints each teaser's <time>; the report's own is the date."""
    body = ("<div class='layout has-sidebar'><ul class='related-posts'><li><a href='/a'>Bridge closes</a>"
            "<time datetime='2019-04-11 18:06'>11 April 2019</time></li></ul>"
            f"<div class='post'><h2>Gates open</h2><time datetime='2026-03-03 10:42'>3 March 2026</time>"
            f"<p>{LEAD}</p><p>{SECOND}</p></div></div>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert (article.published or "")[:10] == "2026-03-03"


def test_a_name_in_a_list_of_other_reports_is_no_byline_whatever_its_element(tmp_path: Path) -> None:
    body = (f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p></article>"
            "<div class='sidebar'><ul><li>Von Bo Brevik</li></ul></div>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.byline is None


def test_the_sites_name_in_an_author_element_is_no_handle(tmp_path: Path) -> None:
    """A blog's name in the author's element is the site's; the blogger its byline box names wrote it."""
    head = "<title>Gates open</title><meta property='og:site_name' content='Valleyblog'>"
    body = ("<div id='header'><h1 class='vcard author'><a href='/' class='fn'>Valleyblog</a></h1></div>"
            f"<div class='post'><h2>Gates open</h2><p class='byline'>vom Kestrelblogger</p><p>{LEAD}</p><p>{SECOND}</p></div>")
    [article] = _read(tmp_path, "p.html", _page(head, body))
    assert article.byline is not None and "Kestrelblogger" in article.byline


def test_the_byline_is_the_first_marked_name_not_a_teasers(tmp_path: Path) -> None:
    """A page's byline element may hold the name alone; a teaser's "By ..." further down is another report's."""
    body = (f"<article><h1>Gates open</h1><div class='byline'><span class='byline-name'>Nora Lind</span></div>"
            f"<p>{LEAD}</p><p>{SECOND}</p></article>"
            "<section><h2>More reading</h2><p class='teaser-byline'>By Jan Brevik</p><p>Other report</p></section>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.byline == "Nora Lind"


@pytest.mark.parametrize(
    ("text", "person"),
    [("Nora Lind", True), ("Ana de Souza", True), ("Nora M. Lind", True), ("Valley Post", False),
     ("Staff Writer", False), ("Nora", False), ("Updated 3 hours ago", False), ("Read more here", False)],
)
def test_a_person_name_alone(text: str, person: bool) -> None:
    assert is_person_name(text) is person


def test_every_author_tag_is_read_and_a_surname_first_name_is_one_person(tmp_path: Path) -> None:
    head = ("<title>Gates open</title><meta name='DC.Creator' content='Lind, Nora'>"
            "<meta name='DC.Creator' content='Brevik, J.'>")
    [article] = _read(tmp_path, "p.html", _page(head, f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p></article>"))
    assert article.byline == "Lind, Nora; Brevik, J"
    assert clean_byline(["Nora Lind, Jan Brevik"]) == "Nora Lind, Jan Brevik"


def test_widgets_inside_the_report_are_not_its_text(tmp_path: Path) -> None:
    """A video player's menus and dialog (by ARIA role) and a picture gallery (by class) are no paragraphs."""
    player = ("<div class='player'><div role='menu'><div role='menuitem'>captions off, selected</div></div>"
              "<div role='dialog'><p>This is a dialog window. Press Escape to close it.</p></div></div>")
    gallery = "<div class='story-gallery'><h2>Harbour in pictures</h2><ul>" + "".join(
        f"<li><p>{i}/4 A boat in the harbour at dawn.</p></li>" for i in range(1, 5)
    ) + "</ul></div>"
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p>{player}<p>{SECOND}</p>{gallery}<p>{THIRD}</p></article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_a_widget_class_that_wraps_the_report_keeps_it(tmp_path: Path) -> None:
    body = f"<div class='modal-root'><article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p></article></div>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, SECOND)


def test_blocks_nested_in_a_paragraph_are_read_where_they_stand() -> None:
    """Trafilatura may leave a table or a list inside a paragraph, and in HTML names (tr/td, ul/li)."""
    from lxml import etree

    from core.reading.html import Block, _blocks

    body = etree.fromstring(
        "<body><p>Results of the regatta<table><tr><td>1</td><td>Nora Lind</td><td>Valley Club</td></tr>"
        "<tr><td>2</td><td>Jan Brevik</td><td>Harbour Club</td></tr></table>The next race is in May.</p>"
        "<p>Bring:<ul><li>a life vest</li><li>water</li></ul></p>"
        "<quote>First line of the quote.<p>Its second paragraph.</p>And its close.</quote>"
        "<list><item>One <hi>bold</hi> item<lb/>on two lines</item></list></body>"
    )
    assert _blocks(body) == [
        Block("Results of the regatta"), Block("1 Nora Lind Valley Club", "row"),
        Block("2 Jan Brevik Harbour Club", "row"), Block("The next race is in May."), Block("Bring:"),
        Block("a life vest", "item"), Block("water", "item"), Block("First line of the quote.", "quote"),
        Block("Its second paragraph.", "quote"), Block("And its close.", "quote"), Block("One bold item", "item"),
        Block("on two lines", "item"),
    ]


def test_a_lead_printed_apart_from_the_body_is_put_first() -> None:
    """A standfirst in a lead-marked block between the headline and the body, which the extractor
    left out, is the report's first paragraph; its time stamp and picture credit are not. A
    lead-marked teaser in an aside, or one after the body begins, is not the lead."""
    import lxml.html

    from core.reading.html import Block, _outline, _with_lead

    lead = "The valley's new flood gates opened on Monday, four years after the first stone was laid."
    page = (f"<html><body><article><header><h1>Gates open</h1><div class='story-lead'><time>03.03.2026</time> {lead}"
            "<span class='photo-credit'>Photo: Ana Example</span></div></header>"
            f"<div class='story-body'><p>{LEAD}</p><p>{SECOND}</p><div class='intro'>Late intro of other words here.</div>"
            "</div></article><aside class='related'><p class='teaser-text'>Another report about other gates.</p></aside>"
            "</body></html>")
    outline = _outline(lxml.html.fromstring(page))
    blocks = [Block(LEAD), Block(SECOND)]
    assert _with_lead(blocks, outline) == [Block(lead), *blocks]
    assert _with_lead([Block(lead), *blocks], outline) == [Block(lead), *blocks]  # kept already: once
    assert _with_lead([Block(SECOND)], outline) == [Block(lead), Block(SECOND)]
    no_headline = _outline(lxml.html.fromstring(page.replace("<h1>Gates open</h1>", "")))
    assert _with_lead(blocks, no_headline) == [Block(lead), *blocks]
    late = _outline(lxml.html.fromstring(page.replace("class='story-lead'", "class='story-head'")))
    assert _with_lead(blocks, late) == blocks  # only the late intro and the aside's teaser are marked


def test_a_block_that_opens_with_the_pages_own_description_is_its_lead_whatever_its_class() -> None:
    """A Vietnamese page's "sapo" (<p class=description>) under the headline, left out by the
    extractor, gives the report's lead: its words open the page's <meta name=description>. A
    site's tagline or an editor's hint in such a block says something else, and is no lead."""
    import lxml.html

    from core.reading.html import Block, _outline, _with_lead

    lead = "Tuyến buýt điện số 86E nối sân bay với khu phố cổ chính thức hoạt động từ chiều 3/3, giá vé 45.000 đồng."
    page = ("<html><head><meta name='description' content='Tuyến buýt điện số 86E nối sân bay với khu phố cổ chính thức"
            " hoạt động.'></head><body><p class='description'>Báo điện tử của người Việt, tin nhanh mỗi ngày trong tuần.</p>"
            f"<h1>Hà Nội khai trương tuyến buýt điện</h1><p class='description'>{lead}</p>"
            f"<article><p>{LEAD}</p><p>{SECOND}</p></article></body></html>")
    blocks = [Block(LEAD), Block(SECOND)]
    assert _with_lead(blocks, _outline(lxml.html.fromstring(page))) == [Block(lead), *blocks]
    other = page.replace("content='Tuyến buýt", "content='Tin tức về tuyến buýt")
    assert _with_lead(blocks, _outline(lxml.html.fromstring(other))) == blocks
    tagline = "Innovative ideas for libraries, free content and more from the web"
    blog = (f"<html><head><meta name='description' content='{tagline}'></head><body><header class='row'><p>{tagline}</p>"
            f"</header><div class='post'><p>{LEAD}</p><p>{SECOND}</p></div></body></html>")
    assert _with_lead(blocks, _outline(lxml.html.fromstring(blog))) == blocks
    # a deck the page's class calls one ("article__desc", "article-deck"), with no description
    for mark in ("article__desc", "article-deck"):
        decked = f"<html><body><h1>Gates open</h1><p class='{mark}'>{lead}</p><article><p>{LEAD}</p><p>{SECOND}</p></article></body></html>"
        assert _with_lead(blocks, _outline(lxml.html.fromstring(decked))) == [Block(lead), *blocks]
    # ... not a picture's description in its caption (Libération's <figcaption><span class=desc>)
    pictured = (f"<html><body><h1>Gates open</h1><figure><img src='g.jpg'><figcaption><span class='desc'>The new gates seen"
                f" from the river bank on the morning they opened</span></figcaption></figure><article><p>{LEAD}</p>"
                f"<p>{SECOND}</p></article></body></html>")
    assert _with_lead(blocks, _outline(lxml.html.fromstring(pictured))) == blocks


@pytest.mark.parametrize(
    ("text", "furniture"),
    [("Lea también: El puerto abre sus compuertas", True), ("Lesen Sie auch: Die Schleuse ist offen", True),
     ("À lire aussi : les vannes du port", True), ("Czytaj też: Nowa śluza otwarta", True),
     ("Lee: We opened the gates on Monday.", False), ("Lea Müller sagte: Wir sind froh.", False),
     ("Keine Kommentare", True), ("View comments", True), ("Sie sind aktuell nicht eingeloggt.", True),
     ("Anzeige, enthält Partnerlinks", True), ("Follow the Valley Post on Instagram", True),
     ("Der Sprecher sagte, es gebe keine Kommentare zu dem Fall.", False),
     ("Die Anzeige wurde am Montag erstattet, sagte die Polizei.", False), ("Category: Press releases", True),
     ("Kategorie: News", True), ("PDF", True), ("The category: press releases from the council", False),
     # a tester's report between its link lines ("Related: <a headline>"), and a call for tips
     ("Related: Drought leaves Sierra forests primed to burn", True), ("ALSO READ | Smoke alert issued for Reno", True),
     ("See also: Last year's Ridge fire in pictures", True), ("Related coverage: The Ridge fire", True),
     ("Have a news tip? Email us at tips@sierracourier.example.", True), ("Got a story tip? Send us your tips.", True),
     # a call for readers' letters or views under a column, in the languages read
     ("Agree or disagree? Send your views to letters@valleypost.example", True),
     ("What do you think? Write to us at opinion@valleypost.example.", True),
     ("Bạn nghĩ sao? Gửi ý kiến về banbientap@songxanh.example", True),
     ("Vous êtes d'accord ? Écrivez-nous à courrier@vallee.example", True),
     ("¿Está de acuerdo? Envíe su opinión a cartas@valle.example", True),
     ("Sind Sie anderer Meinung? Schreiben Sie uns an leserbriefe@tal.example", True),
     ("Residents were asked to send their views to the council by Friday, the mayor said.", False),
     ("Agree or disagree, the board said, the plan will go ahead in May.", False),
     ("Related charges were filed against two other men on Monday, prosecutors said.", False),
     ("Officials said they have a tip line for residents who saw the fire start.", False),
     # an editor's note of an update is the outlet's note on its article, kept as a note
     # (core.text.is_article_note, tests/test_reading_update_notes.py), no furniture
     ("Updated at 4:05 p.m. with comment from the ferry operator.", False), ("Updated March 3 with the death toll.", False),
     ("This story has been updated to include a statement from the police.", False),
     ("UPDATE: This article was updated at 6:10 p.m. to reflect the council's vote.", False),
     ("Updated figures for 2025 showed growth with exports up 4%, the ministry said.", False),
     ("The council updated its plan on Tuesday with a new route for the bypass.", False),
     # paywalls worded off the list: a trial of some days, a "premium article", a French offer
     ("This is a premium article. To read it in full, start your free 14-day trial today.", True),
     ("Profitez de notre offre : 1 € le premier mois, sans engagement.", True),
     ("The premium paid for the shares was 14%, the company said in a statement on Monday.", False),
     # a second tester's report sentences
     ("Updated March figures released with the budget on Tuesday show the deficit fell.", False),
     ("This report was updated with data from the statistics office in January.", False),
     ("Police urged anyone who saw the fire start to send tips to the hotline on 555-0100.", False),
     ("Have tips for finding work? The job centre runs a workshop on Friday.", False),
     ("Updated Tuesday, March 3, 2026 at 5 p.m. with comment from the mayor.", False),
     # ... but a note the editors sign is the article's text, as a correction is
     ("Editor's note: This story has been updated with figures the council published on Tuesday.", False),
     ("Editor’s Note — This article was updated to correct the name of the ferry operator.", False)],
)
def test_read_also_links_comment_counters_and_sign_in_prompts_are_furniture(text: str, furniture: bool) -> None:
    from core.reading.judge import is_furniture_block

    assert is_furniture_block(text) is furniture


def test_a_related_heading_ends_the_report_but_a_more_on_subhead_does_not(tmp_path: Path) -> None:
    # (a teaser under its linked headline: a label over nothing but a paragraph heads nothing, and
    # the paragraph is the report's, tests/test_reading_see_also.py)
    teasers = ("<h2>Noticias relacionadas</h2><h3><a href='/other'>Other gates</a></h3>"
               "<p>Another report about other gates in another valley.</p>")
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><h2>More on the council's vote</h2><p>{SECOND}</p>{teasers}</article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, "More on the council's vote", SECOND)


@pytest.mark.parametrize("heading", ["Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements",
                                     "Safe Harbor Statement", "Special Note Regarding Forward-Looking Statements",
                                     "Disclaimer Concerning Forward-Looking Information"])
def test_a_press_releases_legal_close_is_no_part_of_the_report(tmp_path: Path, heading: str) -> None:
    # A tester's two unrelated firms' releases joined one story on the one paragraph they shared,
    # the legal close every release prints alike ("... the Private Securities Litigation Reform Act of 1995").
    legal = ("This press release contains forward-looking statements within the meaning of the Private Securities "
             "Litigation Reform Act of 1995, which are subject to risks and uncertainties.")
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p><h3>{heading}</h3><p>{legal}</p></article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, SECOND)
    # a report's subhead on a firm's statements is the report's
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><h3>The firm's statements on the gates</h3><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, "The firm's statements on the gates", SECOND)


@pytest.mark.parametrize("trail", ["Home | News", "News › World › Europe", "<a href='/'>Home</a> | <a href='/news'>News</a>"])
def test_a_sites_trail_above_the_report_is_no_paragraph(tmp_path: Path, trail: str) -> None:
    # A tester's page of the 1990s set its menu in a table above the headline: "Home | News" was
    # the report's first paragraph.
    body = f"<table width='600'><tr><td><font size='2'>{trail}</font></td></tr></table><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p>"
    [article] = _read(tmp_path, "p.asp", _page("<title>Gates open - Valley Post</title>", body))
    assert article.paragraphs == (LEAD, SECOND)


def test_a_report_set_in_several_boxes_of_one_kind_keeps_every_box(tmp_path: Path) -> None:
    # A page that sets its report in a row of boxes of one class (a text module, a picture
    # module, a text module...) lost all but one: the extractor reads one box.
    words = "the authority, the council and the engineers said on Monday in the valley".split()
    texts = [[f"Part {box} paragraph {n}: " + " ".join(words[(box + n) % 5 :] + words[: (box + n) % 5]) + f" about stage {box}{n}."
              for n in range(3 if box != 2 else 8)] for box in range(4)]
    modules = "".join(
        f"<div class='module module--text'><div class='text'>{''.join(f'<p>{t}</p>' for t in box)}</div></div>"
        f"<div class='module module--image'><p>Photo {k}: the gates</p></div>"
        for k, box in enumerate(texts)
    )
    # a box of the row with one paragraph is an author's note or a quote set large, not the report's
    note = ("<div class='module module--text'><div class='text'><p>Nora Lind has covered the valley's rivers and "
            "their floods for the Valley Post since 2009 and lives in a house behind the new gates.</p></div></div>")
    body = f"<div class='page'><h1>Gates open</h1>{modules}{note}</div><footer><p>Contact us</p></footer>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert [p for p in article.paragraphs if p.startswith("Part")] == [t for box in texts for t in box]
    assert not any("Photo" in p or "Contact" in p or "Nora Lind" in p for p in article.paragraphs)


def test_code_inside_a_sentence_stays_in_it_and_a_code_block_stands_alone(tmp_path: Path) -> None:
    # The extractor writes <code> for a word set in code inside a sentence and for a block of code
    # alike: every word in code cut its paragraph or list item in pieces ("Run", "make gates", "to build").
    said = "To rebuild the gate model, run make gates in the project folder and then open gates.html in a browser."
    item = "The second stage adds a pump model: run make pumps after the first build."
    code = "make gates\nmake pumps"
    body = (f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p>"
            "<p>To rebuild the gate model, run <code>make gates</code> in the project folder and then open "
            "<code>gates.html</code> in a browser.</p>"
            f"<ul><li>The second stage adds a pump model: run <code>make pumps</code> after the first build.</li><li>{THIRD}</li></ul>"
            f"<pre><code>{code}</code></pre><p>{THIRD}</p></article>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert said in article.paragraphs and item in article.paragraphs
    assert not any(p in ("make gates", "gates.html", "make pumps") for p in article.paragraphs)


def test_a_box_of_related_links_inside_the_report_does_not_end_it(tmp_path: Path) -> None:
    # A "Related" box set between a report's paragraphs (its teasers' links, or none where the
    # extractor dropped them) ended the report there: the paragraphs after it were lost.
    more = ("The authority said the second stage of the works, a pumping station at the river mouth, "
            "would start in the autumn and take about two years to finish.")
    last = ("Residents of the lower valley, who have been flooded four times in ten years, "
            "welcomed the gates but asked for the pumping station to come first.")
    for box in ("<h2>Related</h2>", "<h3>Read more</h3><ul><li><a href='/a'>Council backs new dyke</a></li>"
                "<li><a href='/b'>Floods close the valley road</a></li></ul>"):
        body = f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p>{box}<p>{more}</p><p>{last}</p></article>"
        [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
        assert article.paragraphs == (LEAD, SECOND, more, last), box
    # ...while teasers of other reports after it, with their summaries, stay out
    teasers = ("<h2>Related</h2><p>Council backs new dyke: the vote was close, and the work starts in May.</p>"
               f"<p>{more}</p><h3>Floods close the valley road</h3>")
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p>{teasers}</article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    ("text", "stamp"),
    [("19:49", True), ("2:54pm", True), ("27.01.2026", True), ("Mo., 27.01.2026, 10:42 Uhr", True),
     ("Updated March 3, 2026 10:42 GMT", True), ("Last updated", True), ("Aktualisiert am", True),
     ("March 3, 2026: the gates opened", False), ("The gates opened on March 3, 2026.", False), ("2026", False),
     ("1:0", False),
     # what a separator leaves of a stamp line whose date was read off (a broadcaster's "1 December · Updated 2 hours ago")
     ("· Updated 2 hours ago", True), ("| 19:49", True), ("· The gates opened", False)],
)
def test_a_time_stamp_alone_is_no_paragraph(text: str, stamp: bool) -> None:
    from core.reading.judge import is_stamp_block

    assert is_stamp_block(text) is stamp


def test_time_stamps_standing_alone_leave_the_body(tmp_path: Path) -> None:
    body = f"<article><h1>Gates open</h1><p>27.01.2026</p><p>{LEAD}</p><p>Last updated</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, SECOND)


def test_a_page_with_only_a_menu_word_is_no_article(tmp_path: Path) -> None:
    from core.reading import read_paths

    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (tmp_path / "brief.html").write_text("<html><body><p>東京で地震があった。</p></body></html>", encoding="utf-8")
    # a fresh user's page of a menu and a footer was "added" as one paragraph, "Home World"
    (tmp_path / "menu.html").write_text("<html><head><title>Nav only</title></head><body><nav><a href='/'>Home</a> "
                                        "<a href='/x'>World</a></nav><footer>(c) 2026</footer></body></html>", encoding="utf-8")
    articles, errors = read_paths([tmp_path / "empty.html", tmp_path / "brief.html", tmp_path / "menu.html"])
    assert [a.paragraphs for a in articles] == [("東京で地震があった。",)]
    assert len(errors) == 2 and all("no article text" in str(e) for e in errors)


def test_a_paywall_notice_is_dropped_and_the_teaser_marked(tmp_path: Path) -> None:
    body = (f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p>"
            "<p>Only subscribers can read the rest of this story. Start your free trial today.</p>"
            "<p>Already a member? Sign in</p></article>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, SECOND) and article.teaser


@pytest.mark.parametrize(("tail", "kept"), [
    # a tester's registration wall: its sales copy, a sentence to the reader, was kept
    ("It only takes a minute, and you will get our morning newsletter too.", False),
    ("Your first month costs nothing.", False),
    # a report's sentence after the notice, and a quotation of someone's "you", stay
    ("The board will vote on the sale on March 30.", True),
    ("\u201cYou will see the results next year,\u201d the chairman said.", True),
])
def test_a_paywalls_sales_copy_to_the_reader_is_dropped_with_it(tmp_path: Path, tail: str, kept: bool) -> None:
    body = (f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p><div class='c-box'>"
            f"<p>Want to read more? Create a free account or log in to continue reading this article.</p>"
            f"<p>Register now</p><p>{tail}</p></div></article>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == ((LEAD, SECOND, tail) if kept else (LEAD, SECOND)) and article.teaser


@pytest.mark.parametrize("notice", [
    # a tester's German and Dutch notices were kept as the report's last paragraphs
    ("Lesen Sie jetzt weiter mit Kurier+. Dieser Artikel ist exklusiv für Abonnenten.",
     "Jetzt 4 Wochen für 0,99 € testen. Jederzeit kündbar."),
    ("Dit artikel is alleen beschikbaar voor abonnees.",
     "Neem nu een digitaal abonnement: de eerste maand voor 1 euro, daarna maandelijks opzegbaar."),
    ("Il vous reste 72% de cet article à lire.", "Résiliable à tout moment."),
    ("Den här artikeln är endast för prenumeranter.", "Bli prenumerant i dag."),
    ("Ten artykuł jest dostępny tylko dla subskrybentów.", "Wykup subskrypcję, aby czytać dalej."),
    # a tester's Italian offer, its price after the number, and a Japanese notice longer than 30
    # characters (each counted a word)
    ("Abbonati a Il Corriere del Porto per continuare a leggere: il primo mese costa 1 euro, poi puoi disdire quando vuoi.",
     "Accedi"),
    ("Abbonati al Corriere: il primo mese a 1 €.", "Accedi"),
    ("残り1234文字。続きは有料会員登録でお読みいただけます。初月無料でご利用いただけます。", "会員の方はログイン"),
    # a tester's Turkish notice, and Russian's
    ("Bu içerik yalnızca abonelere özeldir. Haberin devamını okumak için hemen abone olun.", "Zaten abone misiniz? Giriş yapın"),
    ("Этот материал доступен только для подписчиков. Оформите подписку, чтобы читать дальше.", "Войти"),
])
def test_a_paywall_notice_in_another_language_is_dropped_and_the_teaser_marked(tmp_path: Path, notice: tuple[str, str]) -> None:
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p>" + "".join(f"<p>{n}</p>" for n in notice) + "</article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, SECOND) and article.teaser


def test_an_amp_pages_paywall_box_is_its_notice_in_any_language(tmp_path: Path) -> None:
    # AMP marks what a reader without a subscription is shown (a tester's Turkish page): its text is
    # the wall's notice and buttons, whatever their words.
    wall = ("<section subscriptions-section='content-not-granted'><p>Makala hii ni kwa wanachama pekee.</p>"
            "<button subscriptions-action='subscribe' subscriptions-display='NOT granted'>Jiunge</button></section>")
    body = f"<article><h1>Gates open</h1><section subscriptions-section='content'><p>{LEAD}</p><p>{SECOND}</p></section>{wall}</article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, SECOND) and article.teaser


@pytest.mark.parametrize(("lang", "paragraphs", "notice"), [
    # a tester's Chinese page, the extractor's short text read again block by block: one paragraph of all
    ("zh", ("市政府3日宣布，将在三年内投入约1亿元，更换仍在为约4000户老旧住宅供水的铅制水管。",
            "工程将从北部城区开始，去年夏天的检测在那里的自来水中发现了最高浓度的铅。"), ()),
    ("ja", ("市は3日、古い住宅約4000戸にまだ使われている鉛製の水道管を3年で交換すると発表した。",
            "工事は昨夏の検査で水道水から最も高い濃度の鉛が検出された北部の地区から始まる。"),
     ("この記事は有料会員限定です。残り812文字", "有料会員になると続きをお読みいただけます。")),
])
def test_a_page_in_an_unspaced_script_keeps_its_paragraphs_and_drops_its_paywall(
    tmp_path: Path, lang: str, paragraphs: tuple[str, ...], notice: tuple[str, ...]
) -> None:
    body = ("<article><h1>水道管</h1><div class='article-content'>" + "".join(f"<p>{p}</p>" for p in (*paragraphs, *notice))
            + "</div></article>")
    [article] = _read(tmp_path, "p.html", _page(f"<title>水道管</title><meta http-equiv='content-language' content='{lang}'>", body))
    assert article.paragraphs == paragraphs and article.teaser == bool(notice)


def test_the_names_of_an_author_element_above_the_report_are_its_byline_not_a_paragraph(tmp_path: Path) -> None:
    """A tester's page: <strong class="c-signature__author">Ana Exemplo</strong> over the report
    became its first paragraph; and a Portuguese paywall's offer ("Assine ... por R$ 1,90") stayed."""
    body = (f"<article><h1>Gates open on the river</h1><div class='c-signature'><strong class='c-signature__author'>"
            f"Ana Exemplo</strong></div><div class='body'><p>{LEAD}</p><p>{SECOND}</p></div>"
            "<div class='c-paywall'><p>Esta reportagem é exclusiva para assinantes.</p><p>Assine a Folha do Vale por R$ 1,90 "
            "no primeiro mês e tenha acesso ilimitado ao nosso conteúdo.</p><p>Já é assinante? Faça seu login</p></div></article>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open on the river</title>", body))
    assert (article.byline, article.paragraphs, article.teaser) == ("Ana Exemplo", (LEAD, SECOND), True)


def test_a_report_that_speaks_of_subscribers_keeps_it(tmp_path: Path) -> None:
    said = "Die Preise für Abonnenten steigen im Mai um zehn Prozent, teilte der Verlag mit."
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{said}</p></article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (LEAD, said) and not article.teaser


def test_a_live_page_keeps_each_updates_time_and_drops_its_sign_off(tmp_path: Path) -> None:
    updates = [("15:20", "We are pausing our live coverage here; thanks for following."),
               ("14:05", SECOND), ("12:30", LEAD)]
    body = "<article><h1>Flood gates: live</h1>" + "".join(
        f"<div class='update'><time datetime='2026-03-03T{t}:00Z'>{t}</time><p>{p}</p></div>" for t, p in updates
    ) + "</article>"
    [article] = _read(tmp_path, "live.html", _page("<title>Flood gates: live</title>", body))
    # read oldest first, though the page prints its updates newest first
    assert article.paragraphs == ("12:30", LEAD, "14:05", SECOND)
    assert [t for _, t in article.subheads] == ["12:30", "14:05"]


@pytest.mark.parametrize(("label", "after"), [("<span class='visually-hidden'>Posted at</span>", ""), ("Updated:", ""),
                                              ("Aktualisiert", " Uhr"), ("Aktualisiert:", " Uhr"),
                                              ("Actualizado a las", " h"), ("Mis à jour à", "")])
def test_a_live_pages_stamps_under_a_label_are_its_stamps(tmp_path: Path, label: str, after: str) -> None:
    # A tester's page put a hidden "Posted at" before each time: no stamp was read, the times were
    # lost and the sign-off kept as news. So did "Updated:" with its colon, and the labels of
    # other languages ("Aktualisiert 11:05 Uhr", "Actualizado a las 11:05 h": a break test).
    updates = [("16:20", "That's where we'll leave our live coverage for today. Thank you for joining us."),
               ("14:05", SECOND), ("11:48", LEAD), ("09:31", THIRD)]
    body = "<article><h1>Flood gates: live</h1>" + "".join(
        f"<div class='post'><div class='post-time'>{label} {t}{after}</div><p>{p}</p></div>"
        for t, p in updates) + "</article>"
    [article] = _read(tmp_path, "live.html", _page("<title>Flood gates: live</title>", body))
    stamps = [t + after for t in ("14:05", "11:48", "09:31")]
    assert article.paragraphs == (stamps[2], THIRD, stamps[1], LEAD, stamps[0], SECOND)  # oldest first
    assert [t for _, t in article.subheads] == stamps[::-1]


@pytest.mark.parametrize("said", ["ore {}", "kl. {}", "às {}", "om {} uur", "{} h"])
def test_a_live_pages_stamps_with_a_word_beside_their_time_are_its_stamps(tmp_path: Path, said: str) -> None:
    # A tester's Italian live page printed "ore 15.35" over each update: no stamp was read, the
    # page was not live, and its sign-off ("Si chiude qui la nostra diretta") stayed as news.
    updates = [("19.10", "Si chiude qui la nostra diretta. Grazie per averci seguito, torneremo domani."),
               ("15.35", SECOND), ("12.30", LEAD), ("11.05", THIRD)]
    body = "<article><h1>Piene: la diretta</h1>" + "".join(
        f"<div class='post'><p class='ora'>{said.format(t)}</p><p>{p}</p></div>" for t, p in updates) + "</article>"
    [article] = _read(tmp_path, "live.html", _page("<title>Piene: la diretta</title>", body))
    assert [p for p in article.paragraphs if p not in [t for _, t in article.subheads]] == [THIRD, LEAD, SECOND]  # oldest first
    # a price or a race's time and place is no stamp (a second tester's "12.50 euros", "2.30 Ascot")
    from core.reading.judge import is_stamp_block

    assert is_stamp_block(said.format("15.35")) and not is_stamp_block("12.50 euros") and not is_stamp_block("2.30 Ascot")


def test_a_live_pages_updates_keep_their_headings_and_its_label_is_no_paragraph(tmp_path: Path) -> None:
    # A fresh user's live page kept the first update's heading and lost the others ("Death toll
    # rises to six"); its "LIVE" label was a paragraph between two updates, linked to others'.
    updates = [("14:05", "Gates close again", SECOND), ("12:30", "Rain eases", LEAD), ("11:10", "Crews at the levee", THIRD)]
    body = "<main><p class='label'>LIVE</p><h1>Flood gates: latest</h1><div class='feed'>" + "".join(
        f"<div class='post'><time datetime='2026-03-03T{t}:00Z'>{t}</time><h3>{h}</h3><p>{p}</p></div>" for t, h, p in updates
    ) + "</div></main>"
    [article] = _read(tmp_path, "live.html", _page("<title>Flood gates: latest</title>", body))
    # (each update's time before its heading, one subhead: the time stays with its update; oldest first)
    assert article.paragraphs == (
        "11:10 — Crews at the levee", THIRD, "12:30 — Rain eases", LEAD, "14:05 — Gates close again", SECOND,
    )
    assert [t for _, t in article.subheads] == ["11:10 — Crews at the levee", "12:30 — Rain eases", "14:05 — Gates close again"]


def test_a_live_updates_time_printed_in_its_text_is_no_subhead_of_its_own(tmp_path: Path) -> None:
    # A fresh user's live blog printed each time twice, "<time>18:05</time><p>18:05 - Police ...":
    # the stamp became a subhead and a paragraph of its own above the update that already opens with it.
    updates = [("14:05", SECOND), ("12:30", LEAD), ("11:10", THIRD)]
    body = "<main><h1>Flood gates: latest</h1>" + "".join(
        f"<div class='update'><time>{t}</time><p>{t} - {p}</p></div>" for t, p in updates
    ) + "</main>"
    [article] = _read(tmp_path, "live.html", _page("<title>Flood gates: latest</title>", body))
    assert article.paragraphs == tuple(f"{t} - {p}" for t, p in updates)
    assert article.subheads == ()


# --- feeds and JSON Lines ------------------------------------------------------------


def test_a_feed_declared_in_windows_1252_after_a_blank_line_and_cdata_markup(tmp_path: Path) -> None:
    entry = f"{LEAD}<br><br>{SECOND}<br/><br/>{THIRD} Caf\xe9 owners said &lt;b&gt;no&lt;/b&gt;."
    feed = ("\n  <?xml version='1.0' encoding='windows-1252'?>\n<rss version='2.0'><channel><title>Valley Post &amp;amp; Co</title>"
            f"<item><title>Gates open &amp;#8217;s day</title><link>https://valley.example/g</link>"
            f"<description><![CDATA[<div>{entry}</div><rss>not the feed</rss>]]></description></item></channel></rss>")
    [article] = _read(tmp_path, "f.xml", feed.encode("cp1252"))
    assert article.outlet == "Valley Post & Co" and article.title == "Gates open ’s day"
    assert article.paragraphs[:2] == (LEAD, SECOND) and "Café" in article.paragraphs[2]


def test_a_feeds_markup_is_read_by_our_html_path_not_run(tmp_path: Path) -> None:
    """feedparser's sanitiser is off: a script, a style or a frame in an entry, or markup in its
    title or author, never becomes text, and escape characters never reach the terminal."""
    entry = (f"<p>{LEAD}</p><script>alert('x')</script><style>p {{color: red}}</style>"
             f"<iframe src='https://ads.example/'>frame text</iframe><p>{SECOND}\x1b[31m</p><p>{THIRD}</p>")
    feed = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Valley Post</title>"
            "<entry><title type='html'>&lt;b&gt;Gates&lt;/b&gt; open&lt;script&gt;alert(1)&lt;/script&gt;</title>"
            "<author><name>Ana Example</name></author><link href='https://valley.example/g'/>"
            f"<content type='html'>{html_escape(entry)}</content></entry></feed>")
    [article] = _read(tmp_path, "f.xml", feed)
    assert article.title == "Gates open" and article.byline == "Ana Example"
    assert len(article.paragraphs) == 3 and article.paragraphs[0] == LEAD and article.paragraphs[2] == THIRD
    assert article.paragraphs[1].startswith(SECOND) and "\x1b" not in article.paragraphs[1]


def test_json_lines_in_a_news_api_shape(tmp_path: Path) -> None:
    record = {"source": {"id": None, "name": "Delta Wire"}, "author": "Ana Example", "title": "Gates open",
              "publishedAt": "Tue, 03 Mar 2026 10:42:00 GMT", "content": f"<p>{LEAD}</p><p>{SECOND}</p>"}
    [article] = _read(tmp_path, "n.jsonl", json.dumps(record) + "\n")
    assert (article.outlet, article.byline, article.published) == ("Delta Wire", "Ana Example", "2026-03-03T10:42:00+00:00")
    assert article.paragraphs == (LEAD, SECOND)


# --- plain text ------------------------------------------------------------------------


def test_hard_wrapped_mail_copy_is_unwrapped_at_blank_lines(tmp_path: Path) -> None:
    text = (
        "FLOOD GATES OPEN\n\n"
        "RIVERTON, Tenn., March 3 - The river authority opened the new flood\n"
        "gates on Monday after four years of building work, and Engineers\n"
        "said the gates would protect 12,000 homes along the lower\n"
        "valley.\n\n"
        "The project cost more than the first estimate, and the final\n"
        "bill will be known next spring, the authority said in a statement.\n"
    )
    [article] = _read(tmp_path, "wire.txt", text)
    assert article.title == "FLOOD GATES OPEN" and article.dateline == "RIVERTON, Tenn., March 3"
    assert len(article.paragraphs) == 2 and article.paragraphs[0].startswith("The river authority opened the new flood gates")


def test_a_paragraph_on_one_line_amid_hard_wrapped_ones_leaves_their_wrapping_read(tmp_path: Path) -> None:
    # Copy pasted from two places: paragraphs wrapped at about 66 columns, and one (the last)
    # on one long line. The long line hid the wrapping, and the lead broke where its first line
    # ended mid-sentence on a name ("... from its vessel" / "Corrie forced ..."); a one-line
    # paragraph of 87 characters widened the column, and a wrapped line that ends a sentence
    # ("... that nobody was hurt at all.") read as the paragraph's last.
    long_line = ("Shares in Harwick, the line's parent company, fell 3 percent on Monday, and the company said it "
                 "had been aware of an earlier fault with the same engine since the spring inspection.")
    text = (
        "Ferries halted after engine fire\n\n"
        "By Staff Reporter, Tarn Weekly\n\n"
        "KESSRA, June 9 (Harbor Wire) - The Harwick line stopped all sailings\n"
        "from Kessra on Monday after an engine fire on board its vessel\n"
        "Corrie forced 180 passengers to return to port.\n\n"
        "The fire broke out in the engine room shortly after the ship left\n"
        "the harbour, the company said.\n\n"
        "Petra Vale, the line's operations director, said the crew had\n"
        "followed every procedure and that nobody was hurt at all.\n"
        "Inspectors are now examining the ship.\n\n"
        "The coastguard sent two lifeboats and a helicopter from Marrow to meet the ship at sea.\n\n"
        f"{long_line}\n"
    )
    [article] = _read(tmp_path, "pasted.txt", text)
    assert article.paragraphs == (
        "The Harwick line stopped all sailings from Kessra on Monday after an engine fire on board its vessel Corrie "
        "forced 180 passengers to return to port.",
        "The fire broke out in the engine room shortly after the ship left the harbour, the company said.",
        "Petra Vale, the line's operations director, said the crew had followed every procedure and that nobody was "
        "hurt at all. Inspectors are now examining the ship.",
        "The coastguard sent two lifeboats and a helicopter from Marrow to meet the ship at sea.",
        long_line,
    )
    # Paragraphs each on one line with no blank between them are no wrapped copy: one a line.
    lines = [LEAD + " " + SECOND, THIRD + " " + LEAD, SECOND + " " + THIRD]
    [unwrapped] = _read(tmp_path, "lines.txt", "Gates open on the river\n\n" + "\n".join(lines) + "\n")
    assert unwrapped.paragraphs == tuple(lines)


@pytest.mark.parametrize(
    ("dateline", "found"),
    [
        ("KÖLN, 3. März (dpa) -", "KÖLN, 3. März (dpa)"),
        ("MEXICO CITY/BOGOTA (Reuters) -", "MEXICO CITY/BOGOTA (Reuters)"),
        ("Riverton (Valley TV) —", "Riverton (Valley TV)"),
        ("Riverton —", None),  # a place in title case needs its agency, or to be known
        ("FACT CHECK:", None),
        # known places in title case (CLDR's countries and the time zone database's cities): a
        # tester's pages kept "Kyiv, Ukraine —" and "Jerusalem —" in their first paragraphs
        ("Kyiv, Ukraine —", "Kyiv, Ukraine"),
        ("Jerusalem —", "Jerusalem"),
        ("Port-au-Prince, Haiti —", "Port-au-Prince, Haiti"),
        ("Riverton, Haïti —", "Riverton, Haïti"),  # a town of a known country
        ("Analysis:", None),
        ("Opinion —", None),
        # no dash after the agency (the Press Trust of India's style), with a date or in capitals
        ("New Delhi, Jun 5 (PTI)", "New Delhi, Jun 5 (PTI)"),
        ("NEW DELHI (PTI)", "NEW DELHI (PTI)"),
        ("Apple (AAPL)", None),
        # an agency's credit with no place (Reuters' business copy), a day before it or not
        ("(Reuters) -", "(Reuters)"),
        ("March 3 (Reuters) -", "March 3 (Reuters)"),
        ("(dpa) -", "(dpa)"),
        ("(Editing by Jane Roe) -", None),
        # scripts without capitals: a place with its agency
        ("القاهرة (رويترز) -", "القاهرة (رويترز)"),
        ("ירושלים (רויטרס) -", "ירושלים (רויטרס)"),
        # a tester's agencies' other shapes: ANSA's credit first (the credit is put last, as others
        # give it), Europa Press's day alone, TASS's wire between slashes and full stops, ANI's
        # country in square brackets
        ("(ANSA) - ROMA, 3 MAR -", "ROMA, 3 MAR (ANSA)"),
        ("MADRID, 3 (EUROPA PRESS) -", "MADRID, 3 (EUROPA PRESS)"),
        ("MOSCOW, March 3. /TASS/.", "MOSCOW, March 3. /TASS/"),
        ("New Delhi [India], March 3 (ANI):", "New Delhi [India], March 3 (ANI)"),
        ("ROOM 3 -", None),
        # a break test's further shapes: ANI's state in brackets before the country, TASS in
        # Cyrillic; a place in title case with its day and no agency is none (a second break test's
        # "Election Day, November 3 —", "Dear Editor, March 3 —" are no places)
        ("Srinagar (Jammu and Kashmir) [India], March 3 (ANI):", "Srinagar (Jammu and Kashmir) [India], March 3 (ANI)"),
        ("МОСКВА, 3 марта. /ТАСС/.", "МОСКВА, 3 марта. /ТАСС/"),
        ("Election Day, November 3 —", None),
        ("Dear Editor, March 3 —", None),
        # a place's name with a small word inside it (a tester's EFE, dpa and Lusa copy)
        ("Ciudad de México, 5 mar (EFE).-", "Ciudad de México, 5 mar (EFE)"),
        ("Frankfurt am Main (dpa) -", "Frankfurt am Main (dpa)"),
        ("Rio de Janeiro, 3 mar 2026 (Lusa) -", "Rio de Janeiro, 3 mar 2026 (Lusa)"),
        # Yonhap's place and name in brackets, the reporter before an equals sign (a tester's)
        ("(서울=연합뉴스) 홍길동 기자 =", "(서울=연합뉴스) 홍길동 기자"),
        ("(워싱턴=연합뉴스) 김철수 특파원 =", "(워싱턴=연합뉴스) 김철수 특파원"),
        ("Tuesday, March 3:", None),  # a diary's day
        ("Update, March 3:", None),
    ],
)
def test_datelines_in_their_common_shapes(dateline: str, found: str | None) -> None:
    assert split_dateline(f"{dateline} {LEAD}")[0] == found


def test_a_short_report_is_an_article(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "brief.txt", "Flood gates open\n\nMarch 3, 2026\n\nThe gates opened.\n")
    assert (article.title, article.paragraphs, article.published) == ("Flood gates open", ("The gates opened.",), "2026-03-03")


def test_format_characters_scripts_need_are_text_and_controls_are_not() -> None:
    persian = "می\u200cخواهم"
    assert sanitize(persian) == persian and sanitize("👩\u200d💻") == "👩\u200d💻"
    assert sanitize("\u05e9\u05dc\u05d5\u05dd.\u200f") == "\u05e9\u05dc\u05d5\u05dd.\u200f"
    assert sanitize("\u202eevil\u202c \x1b[2J") == "evil \u241b[2J"


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        ("Mallory \x1b]52;c;Zm9vYmFy\x07", "Mallory"),  # a fresh user's OSC 52 left "c"
        ("Mallory \x1b]0;title\x1b\\ Lee", "Mallory Lee"),  # an OSC closed by ESC backslash
        ("Ana \x1b[31mExample\x1b[0m", "Ana Example"),  # colour
        ("Ana Example \x9b31m", "Ana Example"),  # a C1 CSI's colour
    ],
)
def test_an_escape_sequence_in_an_author_is_none_of_the_names_words(tmp_path: Path, author: str, byline: str) -> None:
    record = {"title": "Gates open", "outlet": "Valley Post", "author": author, "text": f"{LEAD}\n\n{THIRD}"}
    [article] = _read(tmp_path, "a.jsonl", json.dumps(record) + "\n")
    assert article.byline == byline
    assert clean_byline([sanitize(author)]) == byline  # a page's author metadata: the same


def test_a_note_about_the_bylines_author_closing_the_report_is_no_paragraph(tmp_path: Path) -> None:
    # A fresh user's analysis kept "Graham Whitcombe is a former deputy chief economist at a major
    # Canadian bank." as its last paragraph: no newsroom role, so no author note's shape.
    note = "Ana Example is a former deputy chief economist at a major Canadian bank."
    record = {"title": "Gates open", "outlet": "Valley Post", "author": "Ana Example", "text": f"{LEAD}\n\n{THIRD}\n\n{note}"}
    [article] = _read(tmp_path, "a.jsonl", json.dumps(record) + "\n")
    assert article.paragraphs == (LEAD, THIRD)
    [text] = parse_text(f"Gates open\n\nBy Ana Example\n\n{LEAD}\n\n{THIRD}\n\n{note}\n", path="gates.txt")
    assert text.paragraphs == (LEAD, THIRD)
    # news about another person, or the author's name inside the report, stays
    other = "Lena Marsh is a former deputy chief engineer at the river authority, which built the gates."
    record |= {"text": f"{LEAD}\n\n{THIRD}\n\n{other}"}
    assert _read(tmp_path, "b.jsonl", json.dumps(record) + "\n")[0].paragraphs[-1] == other
    record |= {"text": f"{note}\n\n{LEAD}\n\n{THIRD}"}
    assert _read(tmp_path, "c.jsonl", json.dumps(record) + "\n")[0].paragraphs[0] == note


def test_only_escape_sequences_leave_a_name() -> None:
    assert without_escape_sequences(sanitize("\ufffd2nd place, Oslo \x1b[2J")).split() == ["\ufffd2nd", "place,", "Oslo"]


def test_rtl_paragraphs_ending_in_marks_are_kept(tmp_path: Path) -> None:
    lines = ["השערים נפתחו ביום שני אחרי ארבע שנים של עבודה.\u200f", "המהנדסים אמרו כי השערים יגנו על אלפי בתים לאורך העמק.\u200f"]
    text = "שערים נפתחים\n\n\u202b" + lines[0] + "\u202c\n\n" + lines[1] + "\n"
    [article] = _read(tmp_path, "rtl.txt", text)
    assert len(article.paragraphs) == 2 and not any("\ufffd" in p for p in article.paragraphs)
    # the Arabic letter mark (ALM, U+061C) closes a sentence as RLM does (a tester's paragraph was lost)
    arabic = ["قال المجلس إن الجسر سيغلق أمام السيارات لمدة ستة أسابيع اعتبارا من يوم الاثنين.\u061c",
              "وطالب أصحاب المتاجر على الضفة الشمالية بتأجيل التصويت إلى الشهر المقبل.\u061c",
              "وقال رئيس البلدية إن الأعمال ضرورية لسلامة المارة والسيارات على حد سواء.\u200f"]
    [article] = _read(tmp_path, "ar.txt", "إغلاق الجسر\n\n" + "\n\n".join(arabic) + "\n")
    assert len(article.paragraphs) == 3


# --- names and times -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "path", "label"),
    [
        ("https://www.valley-post.example/a", "x.html", "valley-post.example"),
        (None, "/data/0a4a8ab61c054192b1ec70cc3570cf45.html", "unknown 12ab34"),
        (None, "/data/1699260371.txt", "unknown 12ab34"),
        (None, "/data/004_f2d2a621cff05ec0.txt", "unknown 12ab34"),  # a number and a hash
        (None, "/data/2023-06-18-harbour.txt", "2023-06-18-harbour"),
        (None, "/data/valley-report.txt", "valley-report"),
    ],
)
def test_an_unknown_outlet_gets_a_short_honest_label(url: str | None, path: str, label: str) -> None:
    assert outlet_label(url=url, path=path, article="12ab34cd56ef") == label


def test_a_file_named_by_a_hash_reads_as_unknown_with_a_short_id(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "3f9a0c1e2b7d4a6c9e1f.txt", f"Gates open on the river\n\n{LEAD}\n\n{SECOND}\n")
    assert article.outlet == f"unknown {article.id[:6]}"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("2026-03-03T10:42:00Z", "2026-03-03T10:42:00+00:00"), ("2026-03-03", "2026-03-03"),
     ("Tue, 03 Mar 2026 10:42:00 +0100", "2026-03-03T10:42:00+01:00"), ("March 3, 2026", "2026-03-03"), ("soon", None),
     # a printed date with a time and a zone, in the shapes bylines and date lines print
     ("By Ana Example, March 3, 2026 10:15 EST", "2026-03-03T10:15:00-05:00"),
     ("3 March 2026, 9.30pm GMT", "2026-03-03T21:30:00+00:00"),
     ("Updated 3 Mar 2026 | 14:05 +0100", "2026-03-03T14:05:00+01:00"),
     ("March 3, 2026 at 4:37 p.m. EDT", "2026-03-03T16:37:00-04:00"),
     ("Tue Mar 03 10:42:00 CET 2026", "2026-03-03T10:42:00+01:00"),  # Java's and C's stamp
     # a place's clock: its offset on that day (summer time or not)
     ("By Ana Example, June 2, 2026, 10:15 a.m. ET", "2026-06-02T10:15:00-04:00"),
     ("January 5, 2026 3:00 pm PT", "2026-01-05T15:00:00-08:00"),
     ("2026", None), ("Tuesday 10:42 CET", None),  # no day: nothing filled in from today
     # a time without a zone cannot be compared across outlets; a zone of two meanings neither
     ("March 3, 2026 10:15", "2026-03-03"), ("March 3, 2026 10:15 IST", "2026-03-03"),
     # nor is a figure after a date a time
     ("March 3, 2026, 12.50 million", "2026-03-03"),
     # an offset after "GMT", one of India's or Nepal's; no end of a time's range (a seminar's
     # "10:00-11:30 Uhr" was dated at UTC-11:30)
     ("March 3, 2026 10:15 GMT-5", "2026-03-03T10:15:00-05:00"), ("March 3, 2026 10:15 +0545", "2026-03-03T10:15:00+05:45"),
     ("19.1.2023, 10:00-11:30 Uhr", "2023-01-19"), ("19.1.2023, 10:00-11:00 Uhr", "2023-01-19"),
     ("March 3, 2026, 9:00-11:00 am", "2026-03-03"), ("March 3, 2026, 10:00-11:30", "2026-03-03")],
)
def test_time_stamps_keep_hour_and_zone(raw: str, iso: str | None) -> None:
    assert iso_datetime(raw) == iso


def test_a_title_keeps_a_dash_of_its_own() -> None:
    assert strip_title("US - China talks resume in Geneva", []) == "US - China talks resume in Geneva"


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        ("desk@lowland.example (Jan Brevik)", "Jan Brevik"),
        ("Jan Brevik &lt;desk@lowland.example&gt;", "Jan Brevik"),  # escaped in the XML
        ("desk@lowland.example", None),
        ("Jan Brevik", "Jan Brevik"),
    ],
)
def test_an_rss_author_is_the_name_not_the_address(author: str, byline: str | None) -> None:
    from core.reading.feed import parse_feed
    from core.reading.sources import Item

    body = "".join(f"<p>The lowland council voted on its {n} plan for the harbour on Tuesday.</p>" for n in "abcd")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Lowland Gazette</title><item>'
        f"<title>Council votes</title><link>https://lowland.example/a</link><author>{author}</author>"
        f"<description><![CDATA[{body}]]></description></item></channel></rss>"
    ).encode()
    [item] = list(parse_feed(feed, source="feed.xml", fetch=None))
    assert isinstance(item, Item) and item.article.byline == byline


def test_a_wire_credit_block_is_not_a_paragraph_of_the_report() -> None:
    from core.reading.html import parse_html

    body = "".join(
        f"<p>The {n} crane at the eastern terminal buckled in the storm on Tuesday night, the port said.</p>"
        for n in ("first", "second", "third")
    )
    page = (
        "<html><head><title>Crane buckles in storm</title></head><body><article><h1>Crane buckles in storm</h1>"
        f"{body}<p>(Reporting by Anders Holm; Editing by Clara Mbeki)</p>"
        "<p>Reporting by local media suggested a delay.</p></article></body></html>"
    ).encode()
    article = parse_html(page, source="crane.html")
    assert not any("Editing by" in p for p in article.paragraphs)
    assert article.paragraphs[-1] == "Reporting by local media suggested a delay."  # a sentence, not credits


@pytest.mark.parametrize(
    ("channel", "outlet"),
    [
        ("Lowland Gazette - News", "Lowland Gazette"),
        ("Coast Courier » Latest News", "Coast Courier"),
        ("Valley Post | Business - Top Stories", "Valley Post"),
        ("Valley Post | Harbour Desk", "Valley Post"),  # a section of its own name: the site is the first part
        ("Ports | Valley Post", "Ports"),  # nothing tells the site apart: the first part (the feed's logo does: a test)
        ("Daily News", "Daily News"),
    ],
)
def test_a_feed_names_its_outlet_without_its_section(channel: str, outlet: str) -> None:
    from core.reading.judge import feed_outlet

    assert feed_outlet(channel) == outlet


def test_utf8_with_one_bad_byte_stays_utf8_and_a_legacy_file_is_read_as_one() -> None:
    """One stray byte in a UTF-8 file must not turn every accent into mojibake ("cafÃ©")."""
    from core.reading.sources import decode

    utf8 = "Café owner says “no comment”\n\nThe café reopened on Monday.\n".encode()
    cut = utf8.index(b"\n\n")
    text = decode(utf8[:cut] + b" \x9b" + utf8[cut:])
    assert "Café owner says “no comment”" in text and "café reopened" in text and "Ã" not in text
    assert decode("The café reopened on Monday.\n".encode("cp1252")) == "The café reopened on Monday.\n"


def test_a_feed_entrys_declared_content_is_its_text_however_short() -> None:
    # A fresh user's entry with two paragraphs in content:encoded (facts no other outlet had)
    # was dropped offline as "summary only".
    from core.reading.feed import parse_feed
    from core.reading.sources import Item, Problem

    def feed(item: str) -> bytes:
        return ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
                f"<channel><title>Harbour Watch</title><item><title>Ferry link suspended</title>"
                f"<link>https://watch.example/ferry</link>{item}</item></channel></rss>").encode()

    content = ("<content:encoded><![CDATA[<p>Sailings to Orn Island are suspended for five days.</p>"
               "<p>About 2,100 islanders rely on one supply boat.</p>]]></content:encoded>")
    [item] = list(parse_feed(feed(content), source="feed.xml", fetch=None))
    assert isinstance(item, Item) and item.article.paragraphs == (
        "Sailings to Orn Island are suspended for five days.", "About 2,100 islanders rely on one supply boat.")
    with_summary = "<description>Sailings suspended.</description>" + content
    [item] = list(parse_feed(feed(with_summary), source="feed.xml", fetch=None))
    assert isinstance(item, Item) and len(item.article.paragraphs) == 2
    # a summary alone is still a summary: its page is what to read
    [problem] = list(parse_feed(feed("<description>Sailings suspended.</description>"), source="feed.xml", fetch=None))
    assert isinstance(problem, Problem) and "summary only" in str(problem)


def test_a_wire_reprint_names_its_outlet_and_keeps_its_header_lines_apart() -> None:
    # A fresh user's hard-wrapped reprint: "By Meridian Press Agency" over "Valley Courier,
    # November 25, 2026" became one byline, and "(c) 2026 Valley Courier" named no outlet.
    from core.reading.text import parse_text

    text = ("Ferry collides with cargo ship off Brenholm\n\nBy Kestrel Wire Agency\nNorthern Ledger, November 25, 2026\n\n"
            "BRENHOLM, Nov 25 (KWA) - Three people were killed and 44 injured on\n"
            "Wednesday when the passenger ferry Alder Rose collided with a container\n"
            "ship in heavy fog in the strait, the coastguard said late on Wednesday.\n\n"
            "The ferry had 221 passengers and 19 crew on board when it was hit at\n"
            "about 0640 local time, roughly four nautical miles from the harbour.\n\n"
            "(c) 2026 Northern Ledger\n")
    [article] = parse_text(text, path="reprint.txt")
    assert article.byline == "Kestrel Wire Agency"
    assert article.outlet == "Northern Ledger" and article.published == "2026-11-25"
    assert len(article.paragraphs) == 2 and article.paragraphs[0].startswith("Three people were killed")
    assert article.paragraphs[0].endswith("the coastguard said late on Wednesday.")


def test_a_line_of_two_time_stamps_is_metadata_not_the_lead() -> None:
    # A second fresh user's page began with "Published Nov. 17, 2026, 9:00 a.m. GMT · Updated
    # 11:30 a.m. GMT" as its first paragraph.
    from core.reading.html import parse_html
    from core.reading.judge import is_stamp_block

    assert is_stamp_block("Published Nov. 17, 2026, 9:00 a.m. GMT · Updated 11:30 a.m. GMT")
    assert is_stamp_block("Updated 11:30 a.m. GMT")
    assert not is_stamp_block("Ardent fell 3.4% · shares of Corvel rose 24%")
    body = "".join(f"<p>Ardent Mills said on Monday it would buy Corvel Dairy, its {n} deal this year, for cash.</p>"
                   for n in ("first", "largest", "boldest"))
    page = (f"<html><head><title>Ardent buys Corvel</title></head><body><article><h1>Ardent buys Corvel</h1>"
            f"<p class='dateline'>Published Nov. 17, 2026, 9:00 a.m. GMT · Updated 11:30 a.m. GMT</p>{body}"
            "</article></body></html>").encode()
    article = parse_html(page, source="p.html")
    assert article.paragraphs[0].startswith("Ardent Mills said") and len(article.paragraphs) == 3


def test_a_year_the_report_mentions_is_no_publication_date(tmp_path: Path) -> None:
    # With no date in its markup, the extractor's search of the text took "in 1995" for the day
    # the page was published (1995-01-01), and the page left its story for a story of 1995.
    [article] = _read(tmp_path, "leaks.html", (
        "<html><head><title>Dam had a history of leaks | Tarn Weekly</title>"
        '<meta property="og:site_name" content="Tarn Weekly"></head><body><article><h1>Dam had a history of leaks</h1>'
        "<p>The Hollin dam above Marrow, which failed on Saturday, had leaked before: engineers patched its spillway in "
        "1995 and again in 2009.</p><p>Residents said on Sunday they had complained about damp cellars since 2003.</p>"
        "</article></body></html>"))
    assert article.published is None


def test_a_two_paragraph_wire_brief_wrapped_on_a_word_no_sentence_ends_with_is_one_lead(tmp_path: Path) -> None:
    # Too few lines to tell the wrap column: the lead's first line ("... spillway on") became a deck.
    [article] = _read(tmp_path, "brief.txt", (
        "Engineers return to Corran spillway\n\n"
        "KESSRA, Nov 29 (Harbor Wire) - Engineers returned to the Corran spillway on\n"
        "Sunday as water levels fell, the authority said.\n\n"
        "Petra Vale, the chief engineer, said the inspection would take a week and\n"
        "that the reservoir would stay empty until spring.\n"))
    assert article.dateline == "KESSRA, Nov 29 (Harbor Wire)" and article.standfirst is None
    assert article.paragraphs == (
        "Engineers returned to the Corran spillway on Sunday as water levels fell, the authority said.",
        "Petra Vale, the chief engineer, said the inspection would take a week and that the reservoir would stay empty until spring.",
    )


def test_a_masthead_above_the_headline_is_the_outlet_even_when_the_copy_credits_an_agency(tmp_path: Path) -> None:
    # "The Morning Beacon" over the headline became the headline, and "Wire copy from CPA" in the
    # copyright line made the agency the outlet: the reprint was shown as the agency's original.
    wire = ("KESSRA, Nov 28 (Harbor Wire) - The Corran dam above the town gave way before dawn on Friday,\n"
            "killing at least eleven people, the regional emergency office said.\n\n"
            "About 3,200 residents were evacuated over six hours as the reservoir emptied into the valley.\n\n")
    [reprint] = _read(tmp_path, "reprint.txt", "The Morning Beacon\n\nCorran dam gives way, Kessra counts its dead\n\n"
                      + wire + "Copyright 2026 The Morning Beacon. Wire copy from Harbor Wire.\n")
    assert (reprint.outlet, reprint.title) == ("The Morning Beacon", "Corran dam gives way, Kessra counts its dead")
    [plain] = _read(tmp_path, "plain.txt", "The Kessra Globe\n\nCorran dam gives way, Kessra counts its dead\n\n" + wire)
    assert (plain.outlet, plain.title) == ("The Kessra Globe", "Corran dam gives way, Kessra counts its dead")


def test_a_notice_that_the_free_articles_are_used_up_is_a_paywall(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "ledger.html", _page(
        "<title>Town warned the authority three times | Northern Ledger</title>",
        "<article><h1>Town warned the authority three times</h1>"
        "<p>The mayor of Kessra wrote to the water authority three times in two years warning of cracks in the spillway.</p>"
        "<p>The authority replied that the structure was sound, letters seen by the Ledger show.</p>"
        "<p>You have read all of your free articles this month. Subscribe to the Northern Ledger from 1 euro a week "
        "to read unlimited articles.</p></article>"))
    assert article.teaser and not any("free articles" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    ("signature", "outlet"),
    [
        ("By Tamsin Reed, The Sports Desk", "The Sports Desk"),  # a desk named whole, not "Tamsin Reed, The Sports"
        ("By Tamsin Reed, The Morning Beacon", "The Morning Beacon"),
        ("By Tamsin Reed, Holm Gazette staff", "Holm Gazette"),
        ("By Tamsin Reed, Political Correspondent", "report"),  # a role, not an outlet: the file's name
        # a broadcaster's name closed by its channel's number, or with one glued before it
        ("By Tamsin Reed, Holm Channel 5", "Holm Channel 5"),
        ("By Tamsin Reed, KHLM 5", "KHLM 5"),
        ("By Tamsin Reed, Holm Radio 1", "Holm Radio 1"),
        ("By Tamsin Reed, 9News", "9News"),
        ("By Tamsin Reed, Holmvision 24", "Holmvision 24"),
    ],
)
def test_a_text_bylines_signature_names_the_outlet(signature: str, outlet: str) -> None:
    text = (
        f"Bridge closes after barge strike in Holm\n\n{signature}\n13 March 2026\n\n"
        "The Holm bridge was closed on Friday after a barge struck one of its piers, the county said.\n\n"
        "Engineers will inspect the pier on Monday before deciding when traffic can return.\n"
    )
    [article] = parse_text(text, path="report.txt")
    assert article.outlet == outlet


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        ("Copyright 2026 Holm Channel 5", "Holm Channel 5"),  # a fresh user's "WDMN Channel 5" read "WDMN Channel"
        ("© 2026 KHLM 5. All rights reserved.", "KHLM 5"),
        ("© Holm Gazette 13 March 2026", "Holm Gazette"),  # the day of a date, not a channel's number
        ("© Holm Gazette 13.3.2026", "Holm Gazette"),
        # a picture's credit, its photographer's and agency's, names no outlet (a seed saved alone was "Andrew Medichini"'s)
        ("Copyright Ana Example/AP", "report"),
    ],
)
def test_a_text_notice_names_a_broadcaster_with_its_channels_number(notice: str, outlet: str) -> None:
    text = (
        "Bridge closes after barge strike in Holm\n\nBy Tamsin Reed\n13 March 2026\n\n"
        "The Holm bridge was closed on Friday after a barge struck one of its piers, the county said.\n\n"
        f"Engineers will inspect the pier on Monday before deciding when traffic can return.\n\n{notice}\n"
    )
    [article] = parse_text(text, path="report.txt")
    assert article.outlet == outlet


@pytest.mark.parametrize(("line", "outlet"), [("Holm Channel 5", True), ("KHLM 5", True), ("Radio 1", True), ("7News", True),
                                              ("Top 10", False), ("Chapter 5", False), ("Section 230", False), ("Holm Channel", False)])
def test_an_outlets_name_may_end_in_its_channels_number(line: str, outlet: bool) -> None:
    assert is_outlet_name(line) is outlet


def test_a_chinese_or_japanese_wire_dateline_comes_off_into_the_dateline() -> None:
    text = (
        "外长会谈在北京举行\n\n"
        "新华社北京6月18日电（记者 林海）国务委员兼外长秦刚18日在北京同来访的美国国务卿举行会谈，双方同意保持沟通。\n\n"
        "双方还就共同关心的国际和地区问题交换了意见，会谈持续了约六个小时。\n"
    )
    [article] = parse_text(text, path="xinhua.txt")
    assert article.dateline == "新华社北京6月18日电（记者 林海）"
    assert article.paragraphs[0].startswith("国务委员兼外长秦刚18日在北京")
    # "电话" (telephone) after a date is the sentence, not a cabled dateline
    text = "部长会谈\n\n美国国务卿布林肯6月18日电话中表示不满，外交部作出回应，双方将继续沟通。\n"
    [article] = parse_text(text, path="note.txt")
    assert article.dateline is None and article.paragraphs[0].startswith("美国国务卿布林肯6月18日电话")
    [article] = parse_text("政府が新対策\n\n【東京共同】日本政府は18日、新たな経済対策を発表した。物価高への対応が柱となる。\n", path="k.txt")
    assert article.dateline == "【東京共同】" and article.paragraphs[0].startswith("日本政府は18日")


def test_a_short_last_paragraph_is_the_reports_own() -> None:
    # A short sentence closing a report ("The harbour stayed shut.", "Dozens have been reported
    # injured.") was taken for a link list after the report and lost, so it could never link.
    from core.reading.text import parse_text

    [article] = parse_text("Ferry capsizes\n\nBy Ann Lee, Lake Herald\n\n"
                           "Twelve people were still missing on Tuesday night, police said, and divers kept searching.\n\n"
                           "Dozens have been reported injured.\n\nThe harbour stayed shut.\n")
    assert article.paragraphs[-2:] == ("Dozens have been reported injured.", "The harbour stayed shut.")
    # ...while the site's links after a report stay out of it
    [article] = parse_text("Ferry capsizes\n\nBy Ann Lee, Lake Herald\n\n"
                           "Twelve people were still missing on Tuesday night, police said, and divers kept searching.\n\n"
                           "More news\n\nWeather\n\nSport\n\nContact us\n")
    assert len(article.paragraphs) == 1


def test_a_line_crediting_agencies_closes_no_report() -> None:
    # The National's "With reporting from agencies." became its last paragraph once short closing
    # sentences were kept: a credit line says who else reported, it reports nothing.
    from core.reading.text import parse_text

    for credit in ("With reporting from agencies.", "With agencies.", "Reuters and AFP contributed to this report."):
        [article] = parse_text("Ferry capsizes\n\nBy Ann Lee, Lake Herald\n\n"
                               "Twelve people were still missing on Tuesday night, police said, and divers kept searching.\n\n"
                               f"The harbour stayed shut.\n\n{credit}\n")
        assert article.paragraphs[-1] == "The harbour stayed shut.", credit


def test_a_byline_under_a_headline_ending_on_a_small_word_stays_a_byline() -> None:
    # A second fresh user's "Middle school becomes shelter as Halvorsen fire burns on" took the
    # byline under it into the headline (a line ending on "on" reads as wrapped).
    from core.reading.text import parse_text

    [article] = parse_text("School opens as a shelter while the Kessel plant fire burns on\nBy Jo Marsh, Kessel Tribune\n"
                           "March 4, 2026\n\nAt least 30 people were injured in the explosion at the Kessel plant, officials said.\n")
    assert article.title == "School opens as a shelter while the Kessel plant fire burns on"
    assert article.outlet == "Kessel Tribune"


def test_a_dateline_after_a_pages_standfirst_comes_off() -> None:
    # "BRACKWATER, Texas (AP) — An explosion tore ..." stayed in a page's second paragraph (the
    # first was its standfirst), and collations marked the dateline as the outlet's insertion.
    from core.reading.judge import make_article

    article = make_article(path="p.html", outlet="Lake Gazette", title="Blast", paragraphs=(
        "Five dead, two missing after blast at the Kessel plant",
        "KESSEL, Texas (AP) — An explosion tore through a chemical plant late Tuesday, officials said."))
    assert article.dateline == "KESSEL, Texas (AP)"
    assert article.paragraphs[1].startswith("An explosion tore")


def test_a_page_running_an_agencys_signed_copy_is_the_pages_outlet() -> None:
    # A second fresh user's Gulf Coast Courier printed the AP story "By Ruth Calder, Associated
    # Press" under its "(AP)" dateline, with "Copyright 2026 Gulf Coast Courier" below: read as
    # the Associated Press, its own paragraph was "only in Associated Press".
    from core.reading.text import parse_text

    text = ("Blast at Kessel chemical plant kills four\nBy Ann Lee, Associated Press\n\n"
            "KESSEL, Texas (AP) — An explosion tore through a chemical plant late Monday, killing four workers.\n\n"
            "The Courier has asked the state for the plant's inspection records.\n\nCopyright 2026 Gulf Coast Courier\n")
    [article] = parse_text(text)
    assert article.outlet == "Gulf Coast Courier" and article.dateline == "KESSEL, Texas (AP)"
    # the agency's own page, or a page with no notice of its own, stays the agency's
    [article] = parse_text(text.replace("Copyright 2026 Gulf Coast Courier\n", ""))
    assert article.outlet == "Associated Press"


_BRIDGE = ("<p>The Holm bridge was closed on Friday after a barge struck one of its piers, the county said.</p>"
           "<p>Engineers will inspect the pier on Monday before deciding when traffic can return.</p>")


@pytest.mark.parametrize(
    ("head", "byline", "outlet"),
    [
        # a page that names no site of its own: the byline's signature names the outlet, as in a text file
        ("", "<p class='byline'>By Jane Doe, CNN</p>", "CNN"),
        ("", "<div class='byline'>By <a href='/people/karin-vik'>Karin Vik</a>, Seezeitung</div>", "Seezeitung"),
        ("", "<p>By Tamsin Reed and Bo Lind, The Morning Beacon</p>", "The Morning Beacon"),
        ("", "<span class='author'>By Tamsin Reed, Holm Channel 5</span>", "Holm Channel 5"),
        ("", "<p class='byline'>By Tamsin Reed, Holm Gazette staff</p>", "Holm Gazette"),
        # ... and it names the outlet better than the host of the page's address
        ("<link rel='canonical' href='https://www.seezeitung.example/holm/bridge'>",
         "<p class='byline'>By Karin Vik, Seezeitung</p>", "Seezeitung"),
        # the page's own site name wins: a byline may sign for another outlet (a partner's copy)
        ("<meta property='og:site_name' content='Holm Gazette'>", "<p class='byline'>By Jane Doe, CNN</p>", "Holm Gazette"),
        # a role, a place the report gives, a given name: no outlet
        ("", "<p class='byline'>By Tamsin Reed, Political Correspondent</p>", "report"),
        ("", "<p class='byline'>By Tamsin Reed, Holm</p><p>HOLM, March 13 (Reuters) - A barge hit the bridge on Friday.</p>", "report"),
        ("", "<p class='byline'>By Reed, Tamsin</p>", "report"),
    ],
)
def test_an_html_bylines_signature_names_the_outlet(tmp_path: Path, head: str, byline: str, outlet: str) -> None:
    """A page's "By Jane Doe, CNN" gave the file's name as the outlet (a text file's gave CNN)."""
    page = _page(f"<title>Bridge closes after barge strike</title>{head}",
                 f"<article><h1>Bridge closes after barge strike</h1>{byline}{_BRIDGE}</article>")
    [article] = _read(tmp_path, "report.html", page)
    assert article.outlet == outlet


def test_an_agencys_signature_on_a_page_with_an_address_leaves_the_page_its_outlet(tmp_path: Path) -> None:
    """"By Ann Lee, Associated Press" over an "(AP)" dateline says who wrote the copy, not who ran it."""
    body = ("<article><h1>Blast at Kessel plant</h1><p class='byline'>By Ann Lee, Associated Press</p>"
            "<p>KESSEL, Texas (AP) — An explosion tore through a chemical plant late Monday, killing four workers.</p>"
            "<p>Officials said the cause of the blast was not yet known and an inquiry would begin this week.</p></article>")
    head = "<title>Blast at Kessel plant</title><link rel='canonical' href='https://gulfcoast-courier.example/blast'>"
    [article] = _read(tmp_path, "blast.html", _page(head, body))
    assert article.outlet == "gulfcoast-courier.example"
    # the agency's own page, with no address or site name: the agency's
    [article] = _read(tmp_path, "blast2.html", _page("<title>Blast at Kessel plant</title>", body))
    assert article.outlet == "Associated Press"


@pytest.mark.parametrize(
    ("tab", "title", "outlet"),
    [
        # the dot of a date, an ordinal or an initial in a title's part is no address's: that
        # part is the headline (or its author), not the site's name
        ("Board meeting of 10. October 2026 - Rowing Club of Holm", "Board meeting of 10. October 2026", "Rowing Club of Holm"),
        ("Weekly report 14. - 20. March 2026 - Institute for Snow Research", "Weekly report 14. - 20. March 2026",
         "Institute for Snow Research"),
        ("Results: Holm county relay, 19.5.2026 | Holm Sports Radio", "Results: Holm county relay, 19.5.2026", "Holm Sports Radio"),
        ("A quiet winter on the lake - Sehnsucht by R. K. Example", "A quiet winter on the lake", "report"),
        # a site's own name with a dot stays its name
        ("Spring opening of the boat house - Rowing Club of Holm e.V.", "Spring opening of the boat house", "Rowing Club of Holm e.V."),
    ],
)
def test_a_title_part_with_a_dates_or_an_initials_dot_is_no_sites_name(tmp_path: Path, tab: str, title: str, outlet: str) -> None:
    """The extractor takes a title's part holding a dot for the site's name (meant for
    "example.com"): "Protokoll der Vorstandssitzung vom 10. Oktober 2019" became the outlet."""
    [article] = _read(tmp_path, "report.html", _page(f"<title>{tab}</title>", f"<article>{_BRIDGE}</article>"))
    assert (article.title, article.outlet) == (title, outlet)


@pytest.mark.parametrize(
    "byline",
    [
        # a byline box of lines: the writer, then the editor or the role, each after a <br>
        "<p class='byline author'>Written by Ana Example<br>Edited by Bo Lind</p>",
        "<div class='byline'>By <a href='/ana'>Ana Example</a><br/>Photographs by Bo Lind</div>",
        "<p>By Ana Example<br>Reviewed by Bo Lind</p>",
    ],
)
def test_a_byline_boxs_lines_are_read_one_by_one(tmp_path: Path, byline: str) -> None:
    """"Written by X<br>Edited by Y" was read as one line, one name of six words: no byline."""
    body = f"<article><h1>Gates open on the river</h1>{byline}<p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open on the river</title>", body))
    assert article.byline == "Ana Example"
    assert article.paragraphs[0] == LEAD


def test_a_byline_whose_name_and_time_the_extractor_took_leaves_no_paragraph(tmp_path: Path) -> None:
    """A tester's WordPress byline (<address>By <span class="author vcard">..</span> &bull; <time>..)
    left "By •" as the report's first paragraph."""
    body = ("<nav><div class='account'><a class='author' href='/my-account'><span>My Account</span></a></div></nav>"
            "<main><article><h1>Gates open on the river</h1><address class='byline'>By <span class='author vcard'>"
            "<a class='url fn n' href='/author/ana-example/'>Ana Example</a></span> &bull; "
            f"<time datetime='2026-03-06T09:00:00Z'>March 6, 2026</time></address><p>{LEAD}</p><p>{SECOND}</p>"
            f"<p>{THIRD}</p></article></main>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open on the river</title>", body))
    assert (article.byline, article.paragraphs) == ("Ana Example", (LEAD, SECOND, THIRD))


@pytest.mark.parametrize(("credit", "site"), [
    ("<div class='credit'>Reuters</div>", "Valley Post"),  # a tester's agency copy: "Reuters" was its first paragraph
    ("<p class='signature'>Le Courrier de la Côte avec AFP</p>", "Le Courrier de la Côte"),
    ("<p>Valley Post with AP</p>", "Valley Post"),
])
def test_a_credit_line_above_the_report_is_its_byline_not_a_paragraph(tmp_path: Path, credit: str, site: str) -> None:
    body = f"<article><h1>Gates open on the river</h1>{credit}<p>{LEAD}</p><p>{SECOND}</p>" \
           "<p>Our Standards: The Thomson Reuters Trust Principles.</p></article>"
    head = f"<title>Gates open on the river</title><meta property='og:site_name' content='{site}'>"
    [article] = _read(tmp_path, "p.html", _page(head, body))
    assert article.paragraphs == (LEAD, SECOND)  # and the agency's footer of its principles is none
    assert article.byline == re.sub(r"<[^>]+>", "", credit)


def test_a_one_line_paragraph_of_a_name_and_more_words_stays(tmp_path: Path) -> None:
    said = "Valley Post readers voted for the new bridge."
    body = f"<article><h1>Gates open on the river</h1><p>{said}</p><p>{LEAD}</p></article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open on the river</title>", body))
    assert article.paragraphs == (said, LEAD)


@pytest.mark.parametrize("line", [
    "<div class='role'>Political reporter, Valley Broadcasting</div>",  # a tester's page: the role was the first paragraph
    "<p>Senior correspondent</p>",
    "<div class='submitted'>Submitted by mhartley on Tue, 03/03/2026 - 14:22</div>",  # Drupal 7's line
])
def test_a_writers_role_or_a_cms_line_under_the_byline_is_no_paragraph(tmp_path: Path, line: str) -> None:
    body = f"<article><h1>Gates open on the river</h1><div class='byline'>By Ana Example</div>{line}<p>{LEAD}</p><p>{SECOND}</p></article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open on the river</title>", body))
    assert (article.byline, article.paragraphs) == ("Ana Example", (LEAD, SECOND))


@pytest.mark.parametrize("body_class", ["single wp-custom-logo", "has-site-branding", "page-navbar-fixed"])
def test_a_pages_own_classes_do_not_make_its_headline_a_logo(tmp_path: Path, body_class: str) -> None:
    """WordPress marks a site with a logo on <body> ("wp-custom-logo"): every <h1> was taken
    for the logo's, so the headline was no heading and became the outlet's name."""
    body = f"<div id='page'><article><h1 class='entry-title'>Gates open on the river</h1><p>{LEAD}</p><p>{SECOND}</p></article></div>"
    page = _page("<title>Gates open on the river</title>", body).replace("<body>", f"<body class='{body_class}'>")
    [article] = _read(tmp_path, "p.html", page)
    assert (article.title, article.outlet) == ("Gates open on the river", "p")


@pytest.mark.parametrize(("tab", "masthead", "headline"), [
    # a tester's pages: the site's name before the headline in the <title>, and the logo an <h1>
    # marked by its own id, or a link home around a hidden name and an image; the outlet was the file's name
    ("The Bay Times - Gates open on the river", "<div id='top'><h1 id='brand'>The Bay Times</h1></div>",
     "<h1 class='article-headline'>Gates open on the river</h1>"),
    ("The Bay Times | Gates open on the river",
     "<header><h1><a href='/'><span class='visually-hidden'>The Bay Times</span><svg class='logo'></svg></a></h1></header>",
     "<h2 class='title'>Gates open on the river</h2>"),
])
def test_the_sites_name_before_the_headline_in_its_title_is_the_outlet_where_its_logo_says_it(
    tmp_path: Path, tab: str, masthead: str, headline: str
) -> None:
    body = f"{masthead}<div id='article'>{headline}<div class='byline-block'>By <a href='/staff/ana'>Ana Example</a> and " \
           f"<a href='/staff/bo'>Bo Lind</a> | Updated 3:45 p.m. EST, March 5, 2026</div><p>{LEAD}</p><p>{SECOND}</p></div>"
    [article] = _read(tmp_path, "p.html", _page(f"<title>{tab}</title>", body))
    assert (article.title, article.outlet) == ("Gates open on the river", "The Bay Times")
    # a byline line longer than a name's words for its time stamp is still the byline ("..., Updated" was a name)
    assert article.byline == "Ana Example and Bo Lind"
    assert article.paragraphs == (LEAD, SECOND)


def test_a_title_that_opens_with_the_headline_in_a_logos_box_does_not_make_it_the_outlet(tmp_path: Path) -> None:
    """A headline in a box a logo's class names ("page-header__title") is no site: the title's first
    part names the site only where the rest is a headline the page prints."""
    body = f"<div class='page-header'><h1 class='page-header__title'>Gates open on the river</h1></div><p>{LEAD}</p><p>{SECOND}</p>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open on the river | Valley Office for Rivers</title>", body))
    assert article.outlet != "Gates open on the river"


def test_a_pages_own_classes_do_not_make_its_byline_an_asides(tmp_path: Path) -> None:
    """<body class="has-sidebar"> put every element of the page in a sidebar: its byline was an ad's."""
    body = (f"<div id='page'><article><h1>Gates open on the river</h1><div class='meta'><span class='author'>Ana Example</span>"
            f"</div><p>{LEAD}</p><p>{SECOND}</p></article></div>")
    head = "<title>Gates open on the river</title><meta name='author' content='Valley Post Staff'>"
    page = _page(head, body).replace("<body>", "<body class='single has-sidebar'>")
    [article] = _read(tmp_path, "p.html", page)
    assert article.byline == "Ana Example"


@pytest.mark.parametrize(
    "line",
    ["Von Ana Example Fr, 18. Oktober 2026", "By Ana Example Mon, March 2, 2026", "By Ana Example, Tuesday, March 3, 2026",
     "Par Ana Example lun. 2 mars 2026", "By Ana Example Thu. 5 March 2026 10:15"],
)
def test_a_weekday_before_a_bylines_date_is_no_name(line: str) -> None:
    """"Von Tomas Example Fr, 18. Oktober 2019" gave the byline "Tomas Example Fr"."""
    assert clean_byline([line], line=True) == "Ana Example"


# --- a fresh user's reading faults (session 16): furniture, bylines, datelines, outlets ---------


@pytest.mark.parametrize(
    ("text", "furniture"),
    [("Subscribe to The Morning Post for £1 a week for three months. Cancel anytime.", True),
     ("Subscribe to the Valley Post from $2 per month", True),
     ("Subscribe for €1 per month, then €9.99. Cancel at any time.", True),
     ("Get unlimited Valley Post journalism for just $1 a week.", True),
     ("Sign up to our free daily newsletter for the latest Hartfield news, sport and what's on.", True),
     ("Try the Valley Post for €1 for your first month", True),
     # the report's own sentences about subscriptions and prices stay
     ("Customers can cancel at any time without a fee, the regulator said.", False),
     ("Netflix subscribers will pay £10.99 a month from April, the company said.", False),
     ("The council said residents could sign up to the scheme for £1 a week.", False),
     ("Subscribers to the service pay $5 per month for three months, then $10.", False)],
)
def test_a_subscription_offer_is_furniture_but_a_report_about_prices_is_not(text: str, furniture: bool) -> None:
    """A fresh user's "Subscribe to The Morning Post for £1 a week for three months. Cancel anytime."
    was the report's last paragraph, and a fact in the matrix."""
    from core.reading.judge import classify_line, is_furniture_block
    from core.reading.judge import Kind

    assert is_furniture_block(text) is furniture
    assert (classify_line(text) is Kind.FURNITURE) is furniture


def test_a_subscription_offer_closing_a_page_or_a_text_is_no_paragraph(tmp_path: Path) -> None:
    offer = "Subscribe to The Valley Post for £1 a week for three months. Cancel anytime."
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p><p class='subscribe-cta'>{offer}</p></article>"
    [page] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    [text] = parse_text(f"Gates open\n\nBy Ana Example\n\n{LEAD}\n\n{SECOND}\n\n{offer}\n", path="t.txt")
    assert page.paragraphs == (LEAD, SECOND) and not page.teaser
    assert text.paragraphs == (LEAD, SECOND)


def test_a_weekday_in_a_bylines_time_is_no_name(tmp_path: Path) -> None:
    """A fresh user's "By Gazette Reporter <time>Wednesday 4 March 2026, 7:15am</time>" gave
    "Gazette Reporter Wednesday": a text file's byline line did not cut at the weekday, and a
    page's <time> of a weekday alone stayed in its byline box."""
    [text] = parse_text(f"Gates open\n\nBy Ana Example Wednesday 4 March 2026, 7:15am\n\n{LEAD}\n\n{SECOND}\n", path="t.txt")
    assert text.byline == "Ana Example" and (text.published or "").startswith("2026-03-04")
    stamp = "<time datetime='2026-03-04T07:15:00+00:00'>Wednesday</time>"
    body = f"<article><h1>Gates open</h1><p class='byline'>By Ana Example {stamp}</p><p>{LEAD}</p><p>{SECOND}</p></article>"
    [page] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert page.byline == "Ana Example"


@pytest.mark.parametrize(
    ("filed", "published"),
    [((2026, 6, 1), "2026-05-21"), ((2026, 5, 21), "2026-05-21"), ((2026, 5, 20), "2025-05-21"), ((2027, 1, 3), "2026-05-21")],
)
def test_a_yearless_dateline_alone_is_dated_on_or_before_the_files_time(
    tmp_path: Path, filed: tuple[int, int, int], published: str
) -> None:
    """A fresh user's agency copy "LONDON, May 21 (CNS) -", with no other date, was "undated": its
    day is the latest May 21 on or before the file's own time (its modification)."""
    import os
    from datetime import datetime

    path = tmp_path / "wire.txt"
    path.write_text(f"Gates open\n\nBy Ana Example, Valley Wire\n\nLONDON, May 21 (CNS) - {LEAD}\n\n{SECOND}\n", encoding="utf-8")
    stamp = datetime(*filed, 12).timestamp()
    os.utime(path, (stamp, stamp))
    [article], _ = read_paths([path])
    assert article.published == published


def test_a_yearless_dateline_without_a_files_time_counts_back_from_today() -> None:
    from datetime import date

    from core.reading.judge import dateline_date

    assert dateline_date("LONDON, May 21 (CNS)", filed=date(2026, 5, 20)) == "2025-05-21"
    assert dateline_date("LONDON, Feb 29 (CNS)", filed=date(2026, 5, 20)) == "2024-02-29"
    today = date.today()
    assert dateline_date(f"LONDON, {today:%B} {today.day} (CNS)") == today.isoformat()


def _filed(path: Path, data: str, when: tuple[int, int, int]) -> Path:
    import os
    from datetime import datetime

    path.write_text(data, encoding="utf-8")
    stamp = datetime(*when, 12).timestamp()
    os.utime(path, (stamp, stamp))
    return path


@pytest.mark.parametrize(
    ("mentions", "published"),
    [
        # the report's own days give the year: a copy saved long after is not dated a year late
        ("the leak was found on May 14, 2024", "2024-05-21"),
        ("the leak was found on 14.05.2024 and reported on June 2, 2024", "2024-05-21"),
        # a date far from the dateline's day is history, not the report's days: the file's time
        ("the company was founded on 3 March 1998", "2026-05-21"),
        ("the spillway was last patched in 1995", "2026-05-21"),
        # a report is never dated after its file was saved
        ("the inquiry reports on June 10, 2027", "2026-05-21"),
    ],
)
def test_a_yearless_dateline_takes_its_year_from_the_reports_own_dates_before_the_files_time(
    tmp_path: Path, mentions: str, published: str
) -> None:
    # An agency's copy ("LONDON, May 21 (CNS) -") copied in December 2026 was dated 2026-05-21,
    # though its paragraphs say the events were in May 2024.
    text = f"Gates open\n\nBy Ana Example, Valley Wire\n\nLONDON, May 21 (CNS) - {LEAD}\n\nOfficials said {mentions}.\n"
    [article], _ = read_paths([_filed(tmp_path / "wire.txt", text, (2026, 12, 2))])
    assert article.published == published
    # The same in a page whose markup gives no date (the extractor's search of its text found the
    # history and dated the report 1998-05-21), and in a feed entry that gives none.
    page = _page("<title>Gates open</title>", f"<article><h1>Gates open</h1><p>LONDON, May 21 (CNS) - {LEAD}</p>"
                 f"<p>Officials said {mentions}.</p><p>{SECOND}</p></article>")
    [article], _ = read_paths([_filed(tmp_path / "page.html", page, (2026, 12, 2))])
    assert article.published == published
    feed = ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            "<title>Valley Wire</title><item><title>Gates open</title><link>https://wire.example/gates</link>"
            f"<content:encoded><![CDATA[<p>LONDON, May 21 (CNS) - {LEAD}</p><p>Officials said {mentions}.</p>]]>"
            "</content:encoded></item></channel></rss>")
    [article], _ = read_paths([_filed(tmp_path / "feed.xml", feed, (2026, 12, 2))])
    assert article.published == published


@pytest.mark.parametrize(
    ("signature", "outlet"),
    [("By José Müller, Le Monde Fictif", "Le Monde Fictif"), ("By Ana Ruiz, El Diario del Sur", "El Diario del Sur"),
     ("By Karin Vik, De Telegraaf", "De Telegraaf"), ("By Anna Berg, Sixteen News", "Sixteen News"),
     # a second person, a place of two words, a role: no outlet
     ("By Anna Berg, Per Olsen", "ferry"), ("By Anna Berg, New York", "ferry"), ("By Anna Berg, Senior Correspondent", "ferry"),
     ("By Anna Berg, Anna de Souza", "ferry")],
)
def test_words_after_a_bylines_comma_that_no_person_is_called_name_the_outlet(signature: str, outlet: str) -> None:
    """A fresh user's "By José Müller, Le Monde Fictif" gave the file's name as the outlet."""
    body = ("At least nine people died when a ferry turned over in a storm on Lake Varsen on Tuesday night, police said.\n\n"
            "Divers searched the water near the harbour until dawn, the coast guard said in a statement.\n")
    [article] = parse_text(f"Ferry sinks on Lake Varsen\n\n{signature}\n\n{body}", path="ferry.txt")
    assert article.outlet == outlet


def test_a_place_of_words_after_a_bylines_comma_is_no_outlet() -> None:
    body = "At least nine people died when a ferry turned over in a storm near La Paz on Tuesday night, police said.\n"
    [article] = parse_text(f"Ferry sinks\n\nBy Ana Ruiz, La Paz\n\n{body}", path="ferry.txt")
    assert article.outlet == "ferry"


def test_a_yearless_dateline_in_a_message_without_a_date_is_dated_by_the_files_time(tmp_path: Path) -> None:
    # A saved message with no Date header counted back from today, not from its file's time.
    message = ("From: Valley Wire <desk@wire.example>\nSubject: Gates open\nContent-Type: text/plain; charset=utf-8\n\n"
               f"LONDON, May 21 (CNS) - {LEAD}\n\n{SECOND}\n")
    [article], _ = read_paths([_filed(tmp_path / "note.eml", message, (2025, 3, 1))])
    assert article.published == "2024-05-21"


def test_a_yearless_dateline_in_a_fetched_page_counts_back_from_the_servers_last_modified(server: FeedServer) -> None:
    # An address's page that gives no date but its dateline counted back from today, as a file
    # copied long after: the server's Last-Modified is the page's own time.
    from core.reading import Item, fetch_url, gather

    page = _page("<title>Gates open</title>", f"<article><h1>Gates open</h1><p>LONDON, May 21 (CNS) - {LEAD}</p>"
                 f"<p>{SECOND}</p><p>{THIRD}</p></article>").encode()
    server.routes["/gates-2024"] = lambda request: send(
        request, 200, page, "text/html; charset=utf-8", {"Last-Modified": "Sun, 02 Jun 2024 10:00:00 GMT"})
    server.routes["/gates-garbled"] = lambda request: send(
        request, 200, page, "text/html; charset=utf-8", {"Last-Modified": "the day before yesterday"})
    assert fetch_url(server.url("/gates-2024")).modified == date(2024, 6, 2)
    assert fetch_url(server.url("/gates-garbled")).modified is None
    [item] = list(gather([server.url("/gates-2024")]))
    assert isinstance(item, Item) and item.article.published == "2024-05-21"
    [item] = list(gather([server.url("/gates-garbled")]))
    today = date.today()
    assert isinstance(item, Item) and item.article.published == _latest(today, 5, 21)


def _latest(today: date, month: int, day: int) -> str:
    this_year = date(today.year, month, day)
    return (this_year if this_year <= today else date(today.year - 1, month, day)).isoformat()


def test_a_byline_in_another_language_is_a_byline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Fresh user 26: "Von Jana Keller, Der Küstenbote" was lost (no byline, no outlet, gone from
    # the text), where "By ..., Seezeitung" worked; a heading opening with such a word stays one.
    from core.reading import read_paths

    body = ("Bei einem Brand in der Raffinerie Vestmar sind am Montag 14 Arbeiter verletzt worden. "
            "Rund 600 Anwohner mussten ihre Häuser verlassen.")
    for opening, name in (("Von Jana Keller, Der Küstenbote", "Jana Keller"), ("Por Ana Ruiz, El Faro", "Ana Ruiz"), ("Par Marie Dubois", "Marie Dubois")):
        path = tmp_path / "report.txt"
        path.write_text(f"Brand in Raffinerie Vestmar: 14 Verletzte\n\n{opening}\n\n{body}\n", encoding="utf-8")
        (article,), _ = read_paths([path])
        assert article.byline is not None and article.byline.startswith(name), (opening, article.byline)
        assert article.paragraphs == (body,)
    from core.reading.judge import Kind, classify_line

    assert classify_line("Por qué sube el precio del gasóleo") is Kind.HEADING
    assert classify_line("Par for the course at Augusta") is Kind.HEADING


@pytest.mark.parametrize(
    ("line", "byline", "published"),
    [
        ("Posted on 12 February 2026 by Nora Lind", "Nora Lind", "2026-02-12"),
        ("Submitted by Nora Lind on Thu, 02/12/2026 - 10:15", "Nora Lind", "2026-02-12"),  # the weekday says the month
        ("Published Thursday, 12 February 2026 at 10:15 by Nora Lind", "Nora Lind", "2026-02-12"),
        ("Posted by admin on February 12, 2026", None, "2026-02-12"),  # no one's name: the post's date alone
        ("Nora Lind | Do., 12.02.26", "Nora Lind", "2026-02-12"),  # Thursday: the day first, in 2026
        ("12.02.2026 - 13:10 Uhr - Nora Lind", "Nora Lind", "2026-02-12"),
        ("HRT World | 12 February 2026, 19:05", None, "2026-02-12"),  # a broadcaster's letters: no person
    ],
)
def test_a_text_cms_line_of_who_posted_and_when_is_the_byline_and_date(line: str, byline: str | None, published: str) -> None:
    # A blog's "Posted on DATE by NAME" and Drupal's "Submitted by NAME on DATE" were taken for a
    # date line or furniture: the writer was lost (and the Drupal line's date with it).
    from core.reading.text import parse_text

    body = ("The central library will stay open until nine in the evening on weekdays from next month, "
            "the culture committee decided on Tuesday.")
    [article] = parse_text(f"Library extends opening hours\n\n{line}\n\n{body}\n", path="post.txt")
    assert (article.byline, article.published, article.paragraphs) == (byline, published, (body,))


def test_a_dated_line_with_more_than_a_weekday_or_a_time_before_its_von_is_no_byline(tmp_path: Path) -> None:
    # A speech's heading "Bern, 17.08.2007 - Rede von Moritz Example beim Städtegipfel" opens with a
    # place and a date, then "von": no post's date and writer, but the report's first paragraph.
    lead = "Bern, 17.08.2007 - Rede von Moritz Example beim Städtegipfel, Basel, 18. August 2007"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", f"<article><h1>Gates open</h1><p><strong>{lead}"
                                                 f"</strong></p><p>{LEAD}</p><p>{SECOND}</p></article>"))
    assert article.byline is None and lead in article.paragraphs


def test_a_report_ending_on_lines_without_a_stop_keeps_them() -> None:
    # The lines after a report's last paragraph that are headline-shaped (no stop) were all taken
    # for a link list: a report ending on the list its last paragraph leads into, on a long
    # paragraph without a full stop, or cut off mid-sentence lost its end.
    from core.reading.text import parse_text

    head = "Ferry capsizes\n\nBy Ann Lee, Lake Herald\n\nTwelve people were still missing on Tuesday night, police said, and divers kept searching.\n\n"
    [article] = parse_text(head + "The harbour master named the next steps:\n\nRaise the hull\nSearch the east shore\nClose the ferry line\n")
    assert article.paragraphs[-4:] == ("The harbour master named the next steps:", "Raise the hull", "Search the east shore", "Close the ferry line")
    last = "Relatives waited at the harbour wall through the night and the mayor promised them news by the morning"
    [article] = parse_text(head + last + "\n")
    assert article.paragraphs[-1] == last
    cut = "Divers from two towns joined the search on Wednesday, and a second boat,"
    [article] = parse_text(head + cut + "\n")
    assert article.paragraphs[-1] == cut
    # ...while a link list after the report stays out, sentence-cased or in title case, and the
    # list a "Read more:" line opens
    for tail in (
        "Council votes to close the old ferry pier\n\nDivers find wreck of missing trawler off the east shore\n",
        "Ferry Operator Faces Questions Over Safety Checks After Second Capsize on the Lake in Three Years\n",
        "More on this story:\n\nRaise the hull\nSearch the east shore\n",
        "Mehr zum Thema:\n\nFähre gekentert\nTaucher suchen weiter\n",
    ):
        [article] = parse_text(head + tail)
        assert len(article.paragraphs) == 1, tail


def test_a_flashs_masthead_names_its_outlet_and_its_label_is_no_dateline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Fresh user 26: two flashes, each opening "Arden FM news flash", were both titled so, their
    # outlet the file's name and their dateline "FLASH".
    from core.reading import read_paths

    path = tmp_path / "flash.txt"
    path.write_text("Arden FM news flash\n\nFLASH - Fire at Nordhaven's Vestmar refinery near Port Arden injures 14, about "
                    "600 residents evacuated - fire service\n\nTwo crude units and hydrocracker shut as precaution - company\n",
                    encoding="utf-8")
    (article,), _ = read_paths([path])
    assert article.outlet == "Arden FM" and article.dateline is None
    assert article.title.startswith("Fire at Nordhaven's Vestmar refinery")
    assert article.paragraphs[0].startswith("FLASH - Fire at")  # the text as printed


@pytest.mark.parametrize(
    ("text", "day"),
    [("1er décembre 2026", "2026-12-01"), ("3. März 2026", "2026-03-03"), ("5 de junio de 2026", "2026-06-05"),
     ("Le 1 décembre 2026 à Paris", "2026-12-01"), ("18 June 2023", "2023-06-18"), ("10 patients 2026", None),
     ("dicembre 4, 2025", "2025-12-04"),
     # the year first in numbers (Korean, Chinese, Japanese pages), or with the characters for year, month, day
     ("입력 2026.03.05. 오후 3:41", "2026-03-05"), ("2026. 3. 5.", "2026-03-05"), ("2026/03/05", "2026-03-05"),
     ("2026年3月5日", "2026-03-05"), ("2026년 3월 5일", "2026-03-05"), ("version 2026.03.05.1", None)],
)
def test_a_date_with_its_month_named_in_another_language_is_read(text: str, day: str | None) -> None:
    # A monitor's French report under "Par Claire Dumas / 1er décembre 2026" was "undated".
    from core.reading.judge import find_date

    found = find_date(text)
    assert (found[0].isoformat() if found else None) == day


def test_a_text_reports_date_line_in_french_dates_it(tmp_path: Path) -> None:
    body = ("La Banque de Vell a abaissé mardi son principal taux directeur d'un demi-point, à 4,75 %, une baisse plus "
            "forte que prévu par les économistes.\n\nLa couronne a perdu 1,2 % face à l'euro après l'annonce, "
            "selon les courtiers de la place.")
    [article] = _read(tmp_path, "taux.txt", f"La Banque de Vell abaisse son taux\n\nPar Claire Dumas\n1er décembre 2026\n\n{body}")
    assert article.published == "2026-12-01" and article.byline == "Claire Dumas"


def test_a_data_tables_rows_are_read_with_their_column_heads(tmp_path: Path) -> None:
    # A monitor's rate table became "Rate Before From 2 December" and "Deposit rate 4.75% 4.25%":
    # which value was the old rate and which the new one was lost.
    table = ("<table><caption>Key rates</caption><thead><tr><th>Rate</th><th>Before</th><th>From 2 December</th></tr></thead>"
             "<tbody><tr><td>Policy rate</td><td>5.25%</td><td>4.75%</td></tr>"
             "<tr><td>Deposit rate</td><td>4.75%</td><td>4.25%</td></tr></tbody></table>")
    body = f"<article><h1>Gates open</h1><p>{LEAD}</p><p>{SECOND}</p>{table}</article>"
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs[2:] == ("Key rates", "Policy rate — Before: 5.25%; From 2 December: 4.75%",
                                      "Deposit rate — Before: 4.75%; From 2 December: 4.25%")
    # a table with no head row reads its rows as they are
    plain = table.replace("<thead><tr><th>Rate</th><th>Before</th><th>From 2 December</th></tr></thead>", "")
    [article] = _read(tmp_path, "q.html", _page("<title>Gates open</title>", body.replace(table, plain)))
    assert "Policy rate 5.25% 4.75%" in article.paragraphs


def test_a_page_drawn_by_script_keeps_the_paragraphs_and_address_of_its_json_ld(tmp_path: Path) -> None:
    # A tester's page held its report in its NewsArticle JSON-LD alone (the body a script's
    # empty box): its four paragraphs were read as one, and its address was not read.
    body = ["TORVILLE, Ont. — A preliminary engineering report into the collapse of the Torville Arena roof says "
            "the structure was carrying nearly twice the snow load it was designed for.",
            "The report, released Sunday by the city, found that 1.1 metres of snow had accumulated on the roof.",
            "Mayor Colette Ruiz said the city would inspect 14 other municipal buildings with flat roofs.",
            '"We were lucky, and luck is not a policy," Ruiz said.']
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Stadium roof collapse",
          "datePublished": "2026-01-18T09:00:00-05:00", "articleBody": "\n\n".join(body),
          "author": {"@type": "Person", "name": "Dana Whitlock"}, "url": "https://ledger.example/torville-roof"}
    head = f"<title>Stadium roof collapse</title><script type='application/ld+json'>{json.dumps(ld)}</script>"
    [article] = _read(tmp_path, "roof.html", _page(head, "<div id='app'><noscript>Enable JavaScript.</noscript></div>"))
    assert article.paragraphs == (body[0].removeprefix("TORVILLE, Ont. — "), *body[1:])
    assert (article.url, article.dateline, article.byline) == ("https://ledger.example/torville-roof", "TORVILLE, Ont.", "Dana Whitlock")


def test_a_printed_headline_signed_by_its_byline_wins_over_a_tab_title(tmp_path: Path) -> None:
    # A tester's page declared only a <title> ("Kestrel port fire: what we know so far") and
    # printed another headline, its byline right under it: the tab's title was the headline and the
    # printed one became the first paragraph, marked as a subhead.
    body = (f"<article><h1>Port fire spreads to fuel depot as crews battle on</h1><p class='byline'>By Ann Lee</p>"
            f"<p>{LEAD}</p><p>{SECOND}</p></article>")
    [article] = _read(tmp_path, "p.html", _page("<title>Kestrel port fire: what we know so far</title>", body))
    assert (article.title, article.paragraphs, article.byline) == ("Port fire spreads to fuel depot as crews battle on", (LEAD, SECOND), "Ann Lee")
    # with no byline under it, the page's declared title stays
    [article] = _read(tmp_path, "q.html", _page("<title>Kestrel port fire: what we know so far</title>",
                                                body.replace("<p class='byline'>By Ann Lee</p>", "")))
    assert article.title == "Kestrel port fire: what we know so far"


def test_an_editors_signed_note_at_the_top_of_the_report_is_its_text(tmp_path: Path) -> None:
    note = "Editor's note: This article has been updated with the river authority's figures for the spring floods."
    body = (f"<article><h1>Gates open</h1><p class='byline'>By Nora Lind</p><div class='article-body'>"
            f"<p class='editors-note'><em>{note}</em></p><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></div></article>")
    [article] = _read(tmp_path, "p.html", _page("<title>Gates open</title>", body))
    assert article.paragraphs == (note, LEAD, SECOND, THIRD)
