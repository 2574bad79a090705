"""A page's addresses are read against its base: a relative canonical link, og:url or JSON-LD url
is made whole against <base href>, else against the page's own address; with neither, a relative
address names no page."""

from __future__ import annotations

from core.reading.html import parse_html

_BODY = ("<p>The valley's new library opens on Saturday in the former post office, with room for "
         "forty thousand books and a reading garden.</p>"
         "<p>The building cost 2.1 million to convert, the council said, and will open six days a week.</p>")


def _page(head: str) -> bytes:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Library opens in old post office</title>'
            f'{head}</head><body><article><h1>Library opens in old post office</h1>{_BODY}</article></body></html>').encode()


def test_a_relative_canonical_link_is_read_against_base_href() -> None:
    head = '<base href="https://dale-courier.example/towns/"><link rel="canonical" href="2026/04/library-opens">'
    assert parse_html(_page(head), source="library.html").url == "https://dale-courier.example/towns/2026/04/library-opens"
    head = '<base href="https://dale-courier.example/towns/"><link rel="canonical" href="/news/library-opens">'
    assert parse_html(_page(head), source="library.html").url == "https://dale-courier.example/news/library-opens"


def test_a_relative_og_url_and_a_relative_base_are_read_against_the_page_address() -> None:
    head = '<base href="/towns/"><meta property="og:url" content="library-opens?ref=og">'
    article = parse_html(_page(head), source="library.html", url="https://dale-courier.example/index.php")
    assert article.url == "https://dale-courier.example/towns/library-opens?ref=og"


def test_a_relative_canonical_link_with_no_base_names_no_page() -> None:
    head = '<link rel="canonical" href="2026/04/library-opens">'
    assert parse_html(_page(head), source="library.html").url is None
