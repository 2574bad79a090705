"""Footnotes' marks in a report's sentences (invented inputs): the linked number comes out of the
sentence, a raised number that links nowhere stays, and the page's list of notes at its end, which
link back to their marks ("↩"), is no paragraph of the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths

LEAD = "The town's bakeries sold 40,000 loaves last month, twice as many as a year ago."
SECOND = "The new market hall covers 900 m<sup>2</sup> and opens on Saturdays, the council said."
THIRD = "Flour prices have fallen by a tenth since the autumn, according to the millers' association."
MORE = "Bakers said they would hire more staff for the summer if the trend held."


@pytest.mark.parametrize("mark", [
    '<a class="footnote-anchor" id="footnote-anchor-{n}" href="#footnote-{n}">{n}</a>',  # a newsletter platform's
    '<sup class="reference"><a href="#cite_note-{n}">[{n}]</a></sup>',  # a wiki's
    '<sup><a role="doc-noteref" href="#fn{n}" id="fnref{n}">{n}</a></sup>',  # a Markdown renderer's
    '<a href="https://notes.example/fn/{n}" class="footnote-ref">*</a>',  # a note elsewhere, marked as one
])
def test_a_footnotes_mark_is_no_part_of_the_sentence(tmp_path: Path, mark: str) -> None:
    notes = "".join(f'<div class="footnote"><a id="footnote-{n}" href="#footnote-anchor-{n}">{n}</a>'
                    f"<p>Note number {n} gives the source of the figure.</p></div>" for n in (1, 2))
    body = (f"<p>{LEAD}{mark.format(n=1)}</p><p>{SECOND}</p><p>{THIRD}{mark.format(n=2)}</p><p>{MORE}</p>{notes}")
    path = tmp_path / "p.html"
    path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bread sales double</title></head>"
                    f"<body><article><h1>Bread sales double</h1>{body}</article></body></html>", encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert list(article.paragraphs[:4]) == [LEAD, SECOND.replace("<sup>2</sup>", "2"), THIRD, MORE]
    assert "1" not in article.paragraphs and "2" not in article.paragraphs


@pytest.mark.parametrize("notes", [
    # kramdown's (Jekyll's)
    '<div class="footnotes" role="doc-endnotes"><ol>{items}</ol></div>',
    # Pandoc's, with its rule
    '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>{items}</ol></section>',
    # markdown-it's, with no role
    '<section class="footnotes"><ol class="footnotes-list">{items}</ol></section>',
])
@pytest.mark.parametrize("back", ["&#8617;", "&#8617;&#xFE0E;", "^"])
def test_a_list_of_endnotes_with_back_links_is_no_paragraph(tmp_path: Path, notes: str, back: str) -> None:
    # the endnotes were the report's last paragraphs, each with its back-link's arrow: "Survey, 2024. ↩"
    mark = '<sup id="fnref:{n}" role="doc-noteref"><a href="#fn:{n}" class="footnote" rel="footnote">{n}</a></sup>'
    items = "".join(f'<li id="fn:{n}" role="doc-endnote"><p>{source} <a href="#fnref:{n}" class="reversefootnote" '
                    f'role="doc-backlink">{back}</a></p></li>'
                    for n, source in ((1, "Bakers' guild accounts, 2020 to 2026."), (2, "Millers' price survey, 2025.")))
    body = f"<p>{LEAD}{mark.format(n=1)}</p><p>{THIRD}{mark.format(n=2)} {MORE}</p>{notes.format(items=items)}"
    path = tmp_path / "p.html"
    path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bread sales double</title></head>"
                    f"<body><main><article><h1>Bread sales double</h1><div class=post-content>{body}</div></article></main>"
                    "</body></html>", encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert list(article.paragraphs) == [LEAD, f"{THIRD} {MORE}"]
    assert not any("↩" in p or "survey" in p for p in article.paragraphs)
