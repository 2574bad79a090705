"""A deck under the headline that reads as a headline is the standfirst, not the report's first
paragraph (a blog export's subtitle, repeated in its body); an article's <header> (headline, deck,
<address> byline, kicker) gives no paragraph; an old page laid out in tables gives its headline set
in a large font, not its tab's section and site names, and none of its menu's cells, its info line
or its controls. Invented pages, in the shapes such pages take."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import info_line

_BODY = ["The island council approved a new timetable for the ferry on Monday, adding two sailings a week from June.",
         "Residents had asked for more crossings in summer, when visitors fill the boat on most days.",
         "The new timetable runs until the end of September and will then be reviewed, the council said."]


def _export(lead: str) -> bytes:
    """A blog platform's export of a post: its title and subtitle above the body, and again inside it."""
    body = "".join(f"<p class='graf graf--p'>{p}</p>" for p in _BODY)
    return ("<html><head><title>Ferry gets a new timetable</title></head><body><article class='h-entry'>"
            "<header><h1 class='p-name'>Ferry gets a new timetable</h1></header>"
            f"<section class='p-summary'>{lead}</section><section class='e-content'>"
            f"<h3 class='graf graf--title'>Ferry gets a new timetable</h3><h4 class='graf graf--subtitle'>{lead}</h4>{body}"
            "</section><footer><p>By <a class='p-author h-card'>Ana Example</a></p></footer></article></body></html>").encode()


def test_a_headline_shaped_subtitle_is_the_standfirst() -> None:
    """A Medium export's subtitle (no full stop) was read as paragraph 0."""
    article = parse_html(_export("Sailings rise from three to five a week this summer"), source="post.html")
    assert article.standfirst == "Sailings rise from three to five a week this summer"
    assert list(article.paragraphs) == _BODY


@pytest.mark.parametrize("lead", [
    "Sailings rise from three to five a week this summer.",  # a lead of one short sentence: the report's
    "What changes for islanders:",  # it introduces what follows
])
def test_a_lead_that_reads_as_a_sentence_stays_the_first_paragraph(lead: str) -> None:
    article = parse_html(_export(lead), source="post.html")
    assert article.paragraphs[0] == lead
    assert article.standfirst is None


def test_an_articles_header_gives_its_byline_and_deck_and_no_paragraph() -> None:
    """Facebook's Instant Articles markup: the <header> holds the headline, the deck (<h2>), the
    writer in an <address>, the times and a kicker (<h3>); its deck, byline and kicker were read as
    the first three paragraphs."""
    page = ("<html><head><link rel='canonical' href='https://bay.example/2026/ferry'></head><body><article><header>"
            "<h1>Ferry gets a new timetable</h1><h2>Two more sailings a week from June</h2>"
            "<address><a>Ana Example</a></address>"
            "<time class='op-published' datetime='2026-05-04T09:30:00+02:00'>May 4, 2026</time>"
            "<h3 class='op-kicker'>Transport</h3></header>"
            + "".join(f"<p>{p}</p>" for p in _BODY) + "</article></body></html>").encode()
    article = parse_html(page, source="instant.html")
    assert article.title == "Ferry gets a new timetable"
    assert article.byline == "Ana Example"
    assert article.standfirst == "Two more sailings a week from June"
    assert list(article.paragraphs) == _BODY


def test_a_table_laid_out_release_gives_its_large_font_headline_and_no_menu() -> None:
    """A ministry's release in a 2000s table layout: the tab names the section and the ministry,
    the headline is a bold line in a large font, the menu is a column of cells of one link each,
    an info line of unknown labels ("Julkaistu: DATE Luettu: N") and a cell of controls."""
    menu = "".join(f"<tr><td><a href='/{n}'>{label}</a></td></tr>" for n, label in enumerate(("Valikko", "Lait", "Hankinnat")))
    page = ("<html><head><meta charset='utf-8'><title>Tiedotteet - Satamaministeriö</title></head><body><table>"
            f"<tr><td width='200'><table>{menu}</table></td><td><table>"
            "<tr><td><font size='2'>Tiedotteet &raquo; 2026</font></td></tr>"
            "<tr><td><font size='4'><b>Ferry gets a new timetable from June</b></font></td></tr>"
            "<tr><td><font size='2'>Julkaistu: 2026.05.04 &nbsp; Luettu: 1,284</font></td></tr>"
            f"<tr><td><font size='2'>{'<br><br>'.join(_BODY)}</font></td></tr>"
            "<tr><td><a href='javascript:window.print()'>Tulosta</a> &laquo; <a href='/tiedotteet'>Takaisin</a></td></tr>"
            "</table></td></tr></table></body></html>").encode()
    article = parse_html(page, source="release.html")
    assert article.title == "Ferry gets a new timetable from June"
    assert (article.published or "").startswith("2026-05-04")
    assert list(article.paragraphs) == _BODY


def test_a_line_of_unknown_labels_with_a_date_and_a_count_is_an_info_line() -> None:
    found = info_line("Julkaistu: 2026.05.04 Luettu: 1,284")
    assert found is not None and found.published == "2026-05-04" and not found.labelled
    assert info_line("Result: 3 March 2026 Score: 2 Team: Harbour") is None  # a word for a value: no counter


def test_a_reports_own_table_of_links_keeps_its_cells() -> None:
    """A table in the report (not nested in a layout's table) whose cells are links is data: the
    dev set's install page lost a platform's name so."""
    rows = "".join(f"<tr><td><a href='/ferry/{n}'>{name}</a></td></tr>"
                   for n, name in enumerate(("North quay sailings", "South quay sailings")))
    page = ("<html><head><title>Ferry gets a new timetable - Bay News</title></head><body><article>"
            "<h1>Ferry gets a new timetable</h1>" + "".join(f"<p>{p}</p>" for p in _BODY)
            + f"<table>{rows}</table></article></body></html>").encode()
    article = parse_html(page, source="table.html")
    assert any("North quay sailings" in p for p in article.paragraphs)
