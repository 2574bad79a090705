"""Reading faults of variant round 52, each on a small invented input of the same shape."""

from __future__ import annotations

import json
from pathlib import Path

from core.reading import read_file


def test_a_paywall_teaser_cut_off_gives_way_to_the_whole_body_in_json_ld(tmp_path: Path) -> None:
    """A page that shows a teaser of its report, its last paragraph cut off with "…", and carries
    the whole report in its JSON-LD ``articleBody``: the whole report, once, not the cut teaser."""
    body = [
        "The harbour board voted on Monday to close the old ferry pier for two years of repairs, after divers found "
        "the oak piles under its western end rotten through and the steel deck plates above them badly rusted.",
        "Repairs will cost 4.2 million crowns, paid by the county and the port together.",
        "Ferries will dock at the cargo quay meanwhile, a longer walk from the town centre.",
        "Work starts in March and the pier is to reopen in the spring of 2028.",
    ]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry pier to close for repairs",
          "datePublished": "2026-03-02T09:00:00+01:00", "isAccessibleForFree": False, "articleBody": "\n\n".join(body)}
    page = tmp_path / "pier.html"
    page.write_text(
        '<html lang="en"><head><meta charset="utf-8"><title>Ferry pier to close for repairs</title>'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        '<body><main><article><h1>Ferry pier to close for repairs</h1>'
        f'<div class="body"><p>{body[0]}</p><p>Repairs will cost 4.2 million…</p>'
        '<div class="paywall-box"><h3>Subscribe to read the whole story</h3><p>First month for 1 crown. Cancel at any time.</p>'
        '<p>Already a subscriber? <a href="/login">Log in</a></p></div>'
        '</div></article></main></body></html>', encoding="utf-8")
    (article,) = read_file(page)
    assert list(article.paragraphs) == body


def test_a_table_names_its_columns_in_finnish_or_swedish(tmp_path: Path) -> None:
    """A spreadsheet saved by a Finnish or Swedish newsroom names its columns in its language
    ("Otsikko", "Teksti"; "Rubrik", "Författare"): its rows are articles all the same."""
    finnish = tmp_path / "uutiset.csv"
    finnish.write_text(
        "Otsikko;Kirjoittaja;Julkaistu;Lähde;Teksti\r\n"
        'Uusi silta avataan keväällä;Aino Esimerkki;2026-03-02;Kaupunkilehti;"Kaupunki avaa uuden sillan joen yli toukokuussa.\r\n\r\n'
        'Silta maksoi kaksitoista miljoonaa euroa."\r\n', encoding="utf-8")
    (article,) = read_file(finnish)
    assert (article.title, article.byline, article.outlet) == ("Uusi silta avataan keväällä", "Aino Esimerkki", "Kaupunkilehti")
    assert article.published.startswith("2026-03-02") and len(article.paragraphs) == 2
    swedish = tmp_path / "nyheter.csv"
    swedish.write_text(
        "Rubrik,Författare,Datum,Text\n"
        'Ny bro öppnar i vår,Karin Exempel,2026-03-02,"Staden öppnar en ny bro över ån i maj. Bron kostade tolv miljoner kronor."\n',
        encoding="utf-8")
    (article,) = read_file(swedish)
    assert (article.title, article.byline) == ("Ny bro öppnar i vår", "Karin Exempel")


def test_a_lead_marked_by_a_class_name_in_camel_case_is_kept(tmp_path: Path) -> None:
    """Joomla's K2 prints an item's intro apart from its full text, in "itemIntroText" (a class
    name in camelCase, its words unhyphenated): the intro is the report's first paragraph."""
    page = tmp_path / "item.html"
    page.write_text(
        '<html lang="en"><head><meta charset="utf-8"><title>Ferry pier to close for repairs</title></head>'
        '<body><div id="k2Container" class="itemView"><div class="itemHeader"><h2 class="itemTitle">Ferry pier to close for repairs</h2>'
        '<span class="itemAuthor">Written by <a rel="author" href="/u/1">Ana Example</a></span></div>'
        '<div class="itemBody"><div class="itemIntroText"><p>The harbour board voted on Monday to close the old ferry pier '
        'for two years of repairs worth 4.2 million crowns.</p></div>'
        '<div class="itemFullText"><p>Ferries will dock at the cargo quay meanwhile, a longer walk from the town centre for '
        'the island commuters.</p><p>Divers found the oak piles under its western end rotten through and the deck plates rusted.</p>'
        '<p>Work starts in March and the pier is to reopen in the spring of 2028, the board said.</p></div></div></div></body></html>',
        encoding="utf-8")
    (article,) = read_file(page)
    assert article.paragraphs[0].startswith("The harbour board voted") and len(article.paragraphs) == 4
