"""A press release pasted into a page as preformatted text (<pre>), hard-wrapped, its paragraphs
apart by blank lines, reads as a text file does: the wrapped lines joined into paragraphs, its
release formula, press contact and end mark left out. A <pre> of code stays as it was."""

from __future__ import annotations

from core.reading.html import parse_html

_RELEASE = """
FOR IMMEDIATE RELEASE

The Wrenfield water board will replace 14 kilometres of lead
pipes under the old town this summer, at a cost of
3.2 million, the board announced on Thursday.

Households on the affected streets will get bottled water on
the days their supply is cut, and the work will stop during
the harvest festival in September.

Media contact: Petra Ambler, press officer, 0161 555 0199

                              ###
"""


def _page(pre: str, pre_attrs: str = "") -> bytes:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Water board to replace lead pipes | Wrenfield Council</title></head><body>'
            '<div id="nav"><a href="/">Wrenfield Council</a> · <a href="/news">News</a></div>'
            '<div id="main"><h1>Water board to replace lead pipes</h1><p class="date">9 April 2026</p>'
            f'<pre{pre_attrs}>{pre}</pre></div><div id="foot">© Wrenfield Council</div></body></html>').encode()


def test_a_hard_wrapped_release_in_pre_reads_as_its_paragraphs() -> None:
    article = parse_html(_page(_RELEASE), source="release.html")
    assert list(article.paragraphs) == [
        "The Wrenfield water board will replace 14 kilometres of lead pipes under the old town this summer, "
        "at a cost of 3.2 million, the board announced on Thursday.",
        "Households on the affected streets will get bottled water on the days their supply is cut, and the "
        "work will stop during the harvest festival in September.",
    ]


def test_a_pre_of_code_is_not_reflowed() -> None:
    code = ("\nThe board publishes its outage data. To read it:\n\nimport json\n\n"
            "with open(\"outages.json\") as f:\n    outages = json.load(f)\n\n"
            "for street in outages:\n    print(street[\"name\"], street[\"days\"])\n")
    article = parse_html(_page(code, ' class="language-python"'), source="code.html")
    assert not any(p.startswith("The board publishes its outage data") and p.endswith("To read it:") for p in article.paragraphs)
