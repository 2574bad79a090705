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


def test_an_mbox_file_is_its_messages_each_read_as_one(tmp_path: Path) -> None:
    """An mbox file holds messages one after another, each after a "From " line: each message is
    an article, its subject decoded (RFC 2047) and without a list's tag in brackets, its
    quoted-printable HTML part decoded, its Date its publication time."""
    box = tmp_path / "releases.mbox"
    box.write_bytes(
        b"From press@example.org Mon Mar  2 08:00:00 2026\n"
        b"From: Harbour Board Press Office <press@example.org>\n"
        b"Subject: =?UTF-8?B?W1ByZXNzXSBGZXJyeSBwaWVyIHRvIGNsb3NlIGZvciByZXBhaXJz?=\n"
        b"Date: Mon, 02 Mar 2026 09:00:00 +0100\n"
        b"MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
        b"The harbour board voted on Monday to close the old ferry pier for two years of repairs.\n\n"
        b"Ferries will dock at the cargo quay meanwhile, a longer walk from the town centre.\n\n"
        b"From press@example.org Wed Mar  4 10:00:00 2026\n"
        b"From: Harbour Board Press Office <press@example.org>\n"
        b"Subject: [Press] New night bus links the quay and the station\n"
        b"Date: Wed, 04 Mar 2026 11:00:00 +0100\n"
        b"MIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        b"<html><body><h1>New night bus links the quay and the station</h1><p>A night bus will run every half hour =\n"
        b"between the cargo quay and the station from April, the board said on Wednesday.</p>\n"
        b"<p>Tickets cost 3 crowns and the first bus leaves the quay at 23=3A15.</p></body></html>\n")
    articles = read_file(box)
    assert [a.title for a in articles] == ["Ferry pier to close for repairs", "New night bus links the quay and the station"]
    assert [a.published[:10] for a in articles] == ["2026-03-02", "2026-03-04"]
    assert "23:15" in articles[1].paragraphs[-1] and not any("=" in p for a in articles for p in a.paragraphs)


def test_a_channel_s_html_export_is_its_posts(tmp_path: Path) -> None:
    """A chat program's HTML export of a channel (Telegram Desktop's messages.html): each post is
    an article, headed by its line in bold, dated by its date element's title, signed by its
    signature; service lines, a post of a photo alone, reactions and the channel's plug are not."""
    def post(number: int, stamp: str, head: str, paragraphs: list[str], signature: str) -> str:
        text = "<br><br>".join([f"<strong>{head}</strong>", *paragraphs, '<a href="https://t.me/harbour">Join the channel</a>'])
        return (f'<div class="message default clearfix" id="message{number}"><div class="body">'
                f'<div class="pull_right date details" title="{stamp}">09:14</div><div class="from_name">Harbour News</div>'
                f'<div class="text">{text}</div><div class="signature details">{signature}</div>'
                '<span class="reactions"><span class="reaction"><span class="emoji">👍</span><span class="count">148</span></span></span>'
                '</div></div>')

    page = tmp_path / "messages.html"
    page.write_text(
        '<html><head><meta charset="utf-8"/><title>Exported Data</title></head><body><div class="page_wrap">'
        '<div class="page_header"><div class="content"><div class="text bold">Harbour News</div></div></div>'
        '<div class="page_body chat_page"><div class="history">'
        '<div class="message service" id="message-1"><div class="body details">2 March 2026</div></div>'
        '<div class="message service" id="message10"><div class="body details">Harbour News pinned this message</div></div>'
        + post(11, "02.03.2026 09:14:02 UTC+01:00", "Ferry pier to close for repairs",
               ["The harbour board voted on Monday to close the old ferry pier for two years of repairs.",
                "Ferries will dock at the cargo quay meanwhile, a longer walk from the town centre."], "Ana Example")
        + '<div class="message default clearfix joined" id="message12"><div class="body">'
          '<div class="pull_right date details" title="02.03.2026 09:15:00 UTC+01:00">09:15</div>'
          '<div class="media_wrap clearfix"><a class="photo_wrap" href="photos/p.jpg"><img class="photo" src="photos/p_thumb.jpg"/></a></div></div></div>'
        + post(13, "04.03.2026 17:40:15 UTC+01:00", "New night bus links the quay and the station",
               ["A night bus will run every half hour between the cargo quay and the station from April."], "Bo Lind")
        + '</div></div></div></body></html>', encoding="utf-8")
    articles = read_file(page)
    assert [(a.title, a.byline, a.published[:16]) for a in articles] == [
        ("Ferry pier to close for repairs", "Ana Example", "2026-03-02T09:14"),
        ("New night bus links the quay and the station", "Bo Lind", "2026-03-04T17:40")]
    assert len(articles[0].paragraphs) == 2 and articles[0].outlet == "Harbour News"
    assert not any("148" in p or "Join the channel" in p or "pinned" in p for a in articles for p in a.paragraphs)
