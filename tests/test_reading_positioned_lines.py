"""A PDF converted to HTML (pdftohtml's output, invented inputs): every printed line placed by its
style, a paragraph's lines joined back (a hyphenated wrap too), a paragraph ending at a wider gap
or a page's end where a sentence closes, and the running head and foot of every page dropped."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_paths
from core.reading.layout import positioned_text


def _line(top: int, text: str, *, left: int = 81, size: str = "ft13") -> str:
    return f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{size}">{text}</p>'


def _page(number: int, lines: str) -> str:
    return (f'<div id="page{number}-div" style="position:relative;width:892px;height:1263px;">'
            f'<img width="892" height="1263" src="p{number:03}.png" alt="background image"/>'
            + _line(40, "THE HARBOUR POST&#160;&#160;&#160;Tuesday, 3 March 2026", left=430, size="ft10") + lines
            + _line(1080, f"Page {number} of 2", left=380, size="ft10") + "</div>")


PAGE = ('<!DOCTYPE html><html><head><title>harbour-post-0303.pdf</title><meta name="generator" content="pdftohtml 0.86.1"/>'
        '</head><body>'
        + _page(1, _line(96, "<b>Ostby will build a new ferry quay</b>", size="ft11") + _line(134, "By Mari Holm", size="ft12")
                + _line(170, "The council of Ostby on Monday approved the plan for a new ferry")
                + _line(188, "quay at the north harbour after a long and heated de-")
                + _line(206, "bate in the town hall.")
                + _line(236, "The works will cost 14 million euros, of which the state will pay")
                + _line(254, "forty per cent and the town the rest."))
        + _page(2, _line(96, "Work is to start next spring and to last about")
                + _line(114, "two years, the harbour master said."))
        + "</body></html>")


def test_a_converted_pdf_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "harbour-post-0303.html"
    path.write_text(PAGE, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    article = articles[0]
    assert article.title == "Ostby will build a new ferry quay"
    assert article.byline == "Mari Holm"
    assert article.published is not None and article.published.startswith("2026-03-03")  # the running head's day
    assert article.paragraphs == (
        "The council of Ostby on Monday approved the plan for a new ferry quay at the north harbour after a long "
        "and heated debate in the town hall.",
        "The works will cost 14 million euros, of which the state will pay forty per cent and the town the rest.",
        "Work is to start next spring and to last about two years, the harbour master said.",
    )


def test_a_page_with_a_few_placed_boxes_is_no_converted_pdf() -> None:
    page = ("<html><body><div style='position:absolute;top:0px'>Banner</div><article><p>"
            + "A report's paragraph with enough words in it to be the page's text. " * 5 + "</p></article></body></html>")
    assert positioned_text(page.encode()) is None
