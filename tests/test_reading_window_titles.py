"""A report's headline from the right place (invented inputs): a mail's subject over the <title> of
its HTML template, a document's title paragraph over the document's name, and no window title that
names a file, a widget or an app rather than the report."""

from __future__ import annotations

from pathlib import Path

from core.model import Article
from core.reading import read_paths

NEWSLETTER = b"""From: "Brenvik Weekly" <news@brenvik.example>
Date: Mon, 02 Nov 2026 09:30:00 +0100
Subject: Brenvik opens its new ferry terminal in December
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Plain version.
--b1
Content-Type: text/html; charset=utf-8

<html><head><title>Brenvik Weekly News</title></head><body><table><tr><td>
<h1 style="font-size:22px">Brenvik opens its new ferry terminal in December</h1>
<p>The harbour authority of Brenvik said on Monday that the new ferry terminal will open in early December.</p>
<p>The terminal can handle four boats at a time and has a waiting hall for 300 passengers.</p>
<p>Ferry operators asked the authority to lower the berth fees in the first year.</p>
</td></tr></table></body></html>
--b1--
"""


def _one(path: Path) -> Article:
    [article], errors = read_paths([path])
    assert not errors
    return article


def test_a_newsletters_subject_titles_it_over_its_templates_title(tmp_path: Path) -> None:
    path = tmp_path / "weekly.eml"
    path.write_bytes(NEWSLETTER)
    assert _one(path).title == "Brenvik opens its new ferry terminal in December"


def _page(tmp_path: Path, html: str, name: str = "page.html") -> Article:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return _one(path)


LINES = ("The harbour authority of Brenvik opened the new ferry terminal on Tuesday after two years of work.",
         "The terminal can handle four boats at a time and has a waiting hall for 300 passengers.",
         "The first ferry left for the islands at seven in the morning with 140 passengers on board.")


def test_a_published_documents_title_paragraph_over_its_name(tmp_path: Path) -> None:
    html = ('<html><head><title>Press note: Brenvik harbour</title><meta property="og:title" content="Press note: Brenvik harbour">'
            '<style>.c0{line-height:1.15}.c2{font-weight:700;font-size:16pt}.title{font-size:26pt}</style></head><body>'
            '<div id="title-banner"><span id="title">Press note: Brenvik harbour</span></div><div id="contents"><div class="c3">'
            '<p class="c0 title" id="h.x1"><span class="c2">Brenvik opens its new ferry terminal</span></p>'
            '<p class="c0"><span class="c1">Brenvik, 21 April 2026</span></p>'
            + "".join(f'<p class="c0"><span class="c1">{line}</span></p>' for line in LINES) + "</div></div></body></html>")
    article = _page(tmp_path, html)
    assert (article.title, article.published) == ("Brenvik opens its new ferry terminal", "2026-04-21")


def test_a_sites_title_class_is_no_documents_title(tmp_path: Path) -> None:
    html = ('<html><head><title>Brenvik opens its new ferry terminal</title>'
            '<meta property="og:title" content="Brenvik opens its new ferry terminal"></head><body><div class="story">'
            + "".join(f"<p>{line}</p>" for line in LINES)
            + '</div><div class="more"><p class="title">Islands ask for more ferries in summer</p></div></body></html>')
    assert _page(tmp_path, html).title == "Brenvik opens its new ferry terminal"


def test_a_converted_pdfs_largest_line_over_its_file_name(tmp_path: Path) -> None:
    html = ('<html><head><title>brenvik-weekly-2026-02-09.pdf</title><meta name="generator" content="pdftohtml 0.86.1"/>'
            '<style>.ft10{font-size:9px}.ft11{font-size:20px}.ft13{font-size:12px}</style></head><body><div id="page1-div">'
            '<p style="position:absolute;top:96px" class="ft11"><b>Brenvik opens its new ferry terminal</b></p>'
            + "".join(f'<p style="position:absolute;top:{170 + 30 * i}px" class="ft13">{line}</p>' for i, line in enumerate(LINES))
            + '</div></body></html>')
    assert _page(tmp_path, html).title == "Brenvik opens its new ferry terminal"


def test_a_widgets_window_title_is_no_headline(tmp_path: Path) -> None:
    html = ('<html><head><title>Chatter Widget</title></head><body><div class="message">'
            '<div class="message_text"><b>Brenvik opens its new ferry terminal</b><br/><br/>' + "<br/><br/>".join(LINES)
            + '</div></div></body></html>')
    assert _page(tmp_path, html).title == "Brenvik opens its new ferry terminal"
