"""Names that pages, feeds and records join to a report's title or put where a byline goes in
other shapes (invented inputs): each fault checked on a kind of input, not one wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Article
from core.reading import read_file


def _read(tmp_path: Path, name: str, text: str) -> list[Article]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path)


def test_a_records_title_loses_the_author_and_site_joined_to_it(tmp_path: Path) -> None:
    """news-please's page title ("Headline | Author | Site", the site named by the record's
    domain) and a scraper's "Titre — Author" with the author given."""
    articles = _read(tmp_path, "r.jsonl", "\n".join([
        '{"authors": ["Ana Muestra"], "source_domain": "baytimes.example", "url": "https://baytimes.example/n/1", '
        '"title": "Harbour tolls to double next year | Ana Muestra | Bay Times", '
        '"maintext": "The port authority will double the tolls paid by cargo ships from January.\\nShipping lines said the rise would hurt."}',
        '{"title": "Les péages du port vont doubler — Claire Exemple", "outlet": "Le Courrier du Port", "author": "Claire Exemple", '
        '"text": "Le port doublera les péages des cargos dès janvier, a-t-il annoncé mardi."}',
        '{"title": "Radio link restored - Radio-Canada", "outlet": "Radio-Canada", '
        '"text": "The radio link to the island was restored on Tuesday after a week."}',
        '{"title": "Ferry fares rise - Ana Muestra says no", "author": "Ana Muestra", '
        '"text": "The ferry fares rise by a tenth from March, the operator said on Tuesday."}',
    ]))
    assert [a.title for a in articles] == [
        "Harbour tolls to double next year", "Les péages du port vont doubler", "Radio link restored",
        "Ferry fares rise - Ana Muestra says no",
    ]


def test_a_feed_entrys_seo_title_loses_its_author(tmp_path: Path) -> None:
    feed = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Bay Times - Opinion</title><link>https://baytimes.example/opinion</link>
<item><title>Why harbour tolls must rise | Ana Muestra</title><link>https://baytimes.example/opinion/tolls</link>
<dc:creator>Ana Muestra</dc:creator><pubDate>Tue, 03 Mar 2026 16:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The port authority will double the tolls paid by cargo ships from January.</p>
<p>For eleven years the tolls have not moved while the breakwater crumbled.</p>
<p>Shipping lines threaten to leave, but rival ports charge more already.</p>]]></content:encoded></item>
</channel></rss>"""
    (article,) = _read(tmp_path, "f.xml", feed)
    assert article.title == "Why harbour tolls must rise"
    assert article.byline == "Ana Muestra"


def _page(body: str, *, title: str, lang: str = "en", head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body>{body}</body></html>")


_BRIDGE = ("<p>The council voted on Tuesday to close the old harbour bridge to cars from the spring, after months of dispute.</p>"
           "<p>Buses, cyclists and people on foot may still cross, and a ferry will run every fifteen minutes at peak hours.</p>"
           "<p>Traders on the north bank say they will lose customers and asked for the vote to wait for a traffic study.</p>")


def test_the_heading_the_microdata_marks_is_the_headline_not_the_menu_items(tmp_path: Path) -> None:
    """A Joomla page prints its menu item's name in an <h1> (its <title> too) and the headline in
    an <h2 itemprop="headline">; a kicker inside the marked heading is no part of it."""
    joomla = _page(
        '<header><a class="brand-logo" href="/">Harbour Gazette</a><ul class="nav"><li><a href="/local">Local news</a></li></ul></header>'
        '<main><div itemscope itemtype="https://schema.org/Article"><div class="page-header"><h1>Local news</h1></div>'
        '<div class="page-header"><h2 itemprop="headline">Council closes the old harbour bridge to cars</h2></div>'
        f'<div itemprop="articleBody">{_BRIDGE}</div></div></main>', title="Local news")
    kicker = _page(
        '<main><article itemscope itemtype="https://schema.org/Article"><h1>'
        '<span itemprop="headline"><small>Week in review</small><br>Council closes the old harbour bridge</span></h1>'
        f'{_BRIDGE}</article></main>', title="Council closes the old harbour bridge - Harbour Gazette")
    assert _read(tmp_path, "joomla.html", joomla)[0].title == "Council closes the old harbour bridge to cars"
    assert _read(tmp_path, "kicker.html", kicker)[0].title == "Council closes the old harbour bridge"


@pytest.mark.parametrize(("lang", "line", "byline"), [
    ("el", "Της Μαρίας Δειγματίδου", "Μαρίας Δειγματίδου"),
    ("el", "Κείμενο: Μαρία Παράδειγμα | Φωτογραφίες: Νίκος Δείγμα", "Μαρία Παράδειγμα"),
    ("he", "מאת דנה דוגמה", "דנה דוגמה"),
    ("ar", "بقلم: سلمى المثال", "سلمى المثال"),
    ("id", "Oleh Budi Contoh", "Budi Contoh"),
    ("hu", "2026. március 3., kedd 14:30 | Szerző: Példa Anna", "Példa Anna"),
    ("pl", "3 marca 2026, wtorek | Autor: Anna Przykład", "Anna Przykład"),
])
def test_bylines_opened_by_other_languages_words_or_after_a_date(tmp_path: Path, lang: str, line: str, byline: str) -> None:
    page = _page(f'<main><article><h1>Council closes the old harbour bridge</h1><div class="meta">{line}</div>'
                 f"{_BRIDGE}</article></main>", title="Council closes the old harbour bridge", lang=lang)
    (article,) = _read(tmp_path, "p.html", page)
    assert article.byline == byline
    assert all(line.split()[0] not in p for p in article.paragraphs)


@pytest.mark.parametrize(("line", "owner"), [
    ("© 2026 Νέα του Λιμανιού", "Νέα του Λιμανιού"),
    ("© 2026 Νέα του Λιμανιού Με επιφύλαξη παντός δικαιώματος", "Νέα του Λιμανιού"),
    ("© 2026 עיתון הנמל כל הזכויות שמורות", "עיתון הנמל"),
    ("© 2026 صحيفة الميناء جميع الحقوق محفوظة", "صحيفة الميناء"),
    ("© 2026 Портові новини. Усі права захищені", "Портові новини"),
    ("Copyright © 2026 Морской вестник Все права защищены", "Морской вестник"),
])
def test_copyright_notices_name_their_owner_in_other_scripts(line: str, owner: str) -> None:
    from core.reading.text import copyright_site

    assert copyright_site(line) == owner


def test_a_page_with_no_other_name_is_the_outlet_its_footer_names_in_greek(tmp_path: Path) -> None:
    page = _page(f"<main><article><h1>Council closes the old harbour bridge</h1>{_BRIDGE}</article></main>"
                 "<footer><p>© 2026 Νέα του Λιμανιού</p></footer>", title="Council closes the old harbour bridge", lang="el")
    assert _read(tmp_path, "page.html", page)[0].outlet == "Νέα του Λιμανιού"
