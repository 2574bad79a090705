"""A page saved from a browser's reader view (Firefox's about:reader): its head keeps no metadata,
but its header links to the page (``a.reader-domain``) and gives the byline (``div.reader-credits``):
the article's address and writer (invented inputs)."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry to Little Isle every 15 minutes</title>
<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css"></head>
<body><div class="container"><div class="header reader-header">
<a class="domain reader-domain" href="https://islandpost.example/news/ferry-15">islandpost.example</a>
<h1 class="reader-title">Ferry to Little Isle every 15 minutes</h1>
<div class="credits reader-credits">{credits}</div>
<div class="meta-data"><div class="reader-estimated-time">2-3 minutes</div></div></div>
<hr><div class="content"><div class="moz-reader-content"><div id="readability-page-1" class="page"><div>
<p>The council decided on Monday that the ferry between Port Major and Little Isle will sail every quarter hour from April.</p>
<p>Until now the boat sailed once an hour and not at all in the winter months.</p>
<p>The change will cost the council about 400,000 euros a year.</p>
</div></div></div></div></div></body></html>"""


def test_a_reader_view_page_gives_its_address_and_writer(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_text(PAGE.format(credits="Nora Sample"), encoding="utf-8")
    (article,) = read_file(path)
    assert article.url == "https://islandpost.example/news/ferry-15"
    assert article.byline == "Nora Sample"
    assert len(article.paragraphs) == 3


def test_a_reader_view_without_credits_names_no_writer(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_text(PAGE.format(credits=""), encoding="utf-8")
    (article,) = read_file(path)
    assert article.byline is None
    assert article.url == "https://islandpost.example/news/ferry-15"
