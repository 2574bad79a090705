"""Furniture that a plugin, a CMS or a platform marks by a class or id word whatever the page's
language (a table of contents, a disclaimer, readers' talkbacks, a wiki's site notice and cited
sources, a profile card's subtitle), and an advert's label alone in more languages, is no paragraph
(invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file

_BODY = ("<p>The harbour board opened the new ferry terminal on Tuesday after two years of building work on the quay.</p>"
         "<p>The terminal cost 34 million euros and will handle two million passengers a year, the board said.</p>")


def _page(before: str, after: str = "") -> str:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry terminal opens | Isle Daily</title>'
            '<meta property="og:site_name" content="Isle Daily"></head><body><header><a href="/">Isle Daily</a></header>'
            f'<main><article><h1>Ferry terminal opens</h1><div class="article-body">{before}{_BODY}{after}</div>'
            '</article></main><footer>Isle Daily</footer></body></html>')


@pytest.mark.parametrize(("before", "after", "word"), [
    ('<div id="ez-toc-container"><div class="ez-toc-title-container"><p class="ez-toc-title">Inhoud</p></div>'
     '<nav><ul><li><a href="#a">Kosten</a></li></ul></nav></div>', "", "Inhoud"),
    ('<p class="disclaimer">Deze transcriptie is gemaakt door een externe leverancier en kan worden herzien.</p>', "",
     "leverancier"),
    ("", '<div class="talkbacks"><h3>Reacties (2)</h3><p>Eindelijk een goede veerboot voor ons eiland.</p></div>', "Eindelijk"),
    ('<div id="siteNotice"><div>Schrijf mee aan de wiki — meld je vandaag nog aan!</div></div>', "", "Schrijf mee"),
    ("", '<h2>Bronnen</h2><ul><li><span class="sourceTemplate"><a>"Veerboot vaart weer"</a> — Eilandkrant, 3 maart</span></li></ul>',
     "Eilandkrant"),
    ('<div class="base-main-card"><a class="base-main-card__title">Ana Voorbeeld</a>'
     '<p class="base-main-card__subtitle">Projectleider havenzaken bij Gemeente Eiland</p></div>', "", "Projectleider"),
])
def test_furniture_marked_by_a_class_word_is_no_paragraph(tmp_path: Path, before: str, after: str, word: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(before, after), encoding="utf-8")
    (article,) = read_file(path)
    assert not any(word in p for p in article.paragraphs)
    assert any(p.startswith("The harbour board") for p in article.paragraphs)


def test_a_table_of_contents_section_mark_in_a_heading_keeps_the_heading(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("", '<h2><span class="ez-toc-section" id="Kosten"></span>Kosten<span class="ez-toc-section-end"></span></h2>'
                              "<p>The board will pay for the terminal out of its own reserves over ten years.</p>"), encoding="utf-8")
    (article,) = read_file(path)
    assert any("own reserves" in p for p in article.paragraphs)


@pytest.mark.parametrize("label", ["ప్రకటన", "விளம்பரம்", "ಜಾಹೀರಾತು", "പരസ്യം", "اشتہار", "ማስታወቂያ", "— Publicitate —", "Tangazo"])
def test_an_advert_label_alone_is_furniture_in_more_languages(label: str) -> None:
    from core.reading.judge import is_furniture_block

    assert is_furniture_block(label)
