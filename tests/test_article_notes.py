"""An outlet's notes on its own article (corrections, clarifications, updates) are kept with the
article and shown as notes, never linked nor read for figures (trial 41 F11, F14: a feed item's
"Correction (25 November): an earlier version gave 31 hospitalised" was the row fact the wire's
copies were collated against, and gave `figures` the stale 31)."""

from __future__ import annotations


import pytest

from core.reading.text import parse_text
from core.text import is_article_note
from core.views.figures import extract


@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this article misspelled the name of the village of Dunmere.",
    "Correction (25 November): an earlier version gave 31 hospitalised and eight in intensive care.",
    "Update, 18:30: This story has been updated to add the closure of schools.",
    "Editor's note: This story has been updated with comment from the ministry.",
    "Clarification: The ministry says the figure includes suspected cases.",
    "An earlier version of this story gave the wrong date for the vote.",
    "This article has been amended to correct the number of cases.",
    "Rectificatif : une version précédente de cet article indiquait 12 morts.",
    "Berichtigung: In einer früheren Version dieses Artikels hieß es, 12 Menschen seien gestorben.",
    "Correção: uma versão anterior deste texto dava 31 internados.",
])
def test_a_correction_or_an_update_of_the_article_is_a_note(text: str) -> None:
    assert is_article_note(text)


@pytest.mark.parametrize("text", [
    "UPDATE: Police say two people were arrested.",  # a live report's news
    "Update: Ministry confirms six dead.",
    "Corrections officers said the prisoners were moved on Tuesday.",
    "The correction of the figures was made by the ministry on Tuesday.",
    "Corrections to the voter roll will be made by Friday, officials said.",
])
def test_news_that_speaks_of_corrections_or_updates_is_no_note(text: str) -> None:
    assert not is_article_note(text)


REPORT = """Fever toll rises to six in Ostrand

By Bo Lind

OSTRAND (Lakewire) - Six people have died of Velrian fever in Ostrand province, the health ministry said on Tuesday.

Thirty-three patients are in hospital, nine of them in intensive care, the ministry said.

Correction (25 November): an earlier version gave 31 hospitalised and eight in intensive care; the ministry revised the figures.
"""


def test_a_note_is_kept_as_no_fact_of_the_report_and_gives_no_figure() -> None:
    [article] = parse_text(REPORT, path="lakewire.txt")
    note = next(i for i, p in enumerate(article.paragraphs) if p.startswith("Correction"))
    assert article.is_note(note) and article.is_subhead(note)  # kept, never linked
    assert not article.is_note(0) and not article.is_subhead(0)
    values = {f.value for f in extract([article]) if f.ref.paragraph == note}
    assert values == set()  # the corrected 31 and eight are the old figures
    assert 33 in {f.value for f in extract([article])}


def test_links_marks_a_note_as_one(tmp_path, capsys) -> None:
    from tui.cli import main

    (tmp_path / "lakewire.txt").write_text(REPORT)
    assert main(["links", str(tmp_path / "lakewire.txt")]) == 0
    out = capsys.readouterr().out
    assert "note (the outlet's correction or update of its article: never linked)" in out


GHOST = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Nurses' union blames underfunded IT for Ostrand hospital hack</title>
<meta name="generator" content="Ghost 5.74">
<meta property="og:site_name" content="The Ward Bulletin">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-24T13:30:00.000Z">
<meta property="article:modified_time" content="2026-11-24T15:02:00.000Z">
<link rel="canonical" href="https://wardbulletin.example/nurses-union-blames-underfunded-it/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Ward Bulletin","url":"https://wardbulletin.example/"},"author":{"@type":"Person","name":"Dan Ruel"},"headline":"Nurses' union blames underfunded IT for Ostrand hospital hack","datePublished":"2026-11-24T13:30:00.000Z","dateModified":"2026-11-24T15:02:00.000Z"}</script>
</head>
<body class="post-template">
<div class="site-wrapper">
<header class="gh-head"><a class="gh-head-logo" href="/">The Ward Bulletin</a><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/tag/nursing/">Nursing</a></li><li><a href="/about/">About</a></li></ul></nav><a class="gh-head-button" href="#/portal/signup">Subscribe</a></header>
<main class="site-main">
<article class="article post">
<header class="article-header gh-canvas">
<section class="article-tag post-card-primary-tag"><a href="/tag/nursing/">Nursing</a></section>
<h1 class="article-title">Nurses' union blames underfunded IT for Ostrand hospital hack</h1>
<p class="article-excerpt">The Nurses Guild says staff warned managers about ageing systems months before the attack.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/sofia/">Dan Ruel</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-24">24 Nov 2026</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div></div></div>
</header>
<section class="gh-content gh-canvas">
<p>The union representing nurses at Ostrand Health Trust has blamed years of underinvestment in computer systems for the ransomware attack that shut three emergency departments on Monday.</p>
<p>"We warned them for years that the IT was held together with tape," said Mira Holt, regional secretary of the Nurses Guild. "Nurses were printing wristbands on a machine from 2009."</p>
<p>Holt said staff had raised concerns about unsupported software at a meeting with managers in June. The group's IT budget fell from £14.2 million in 2023 to £11.8 million this year, according to board papers seen by The Ward Bulletin.</p>
<p>The hospital group said on Tuesday that 38 ambulances had been diverted and 212 operations postponed. The Lind emergency department reopened on Tuesday morning.</p>
<p>An Ostrand Health Trust spokesperson said: "Investment in cyber security has been a board priority. The only people responsible for this attack are the criminals who carried it out."</p>
<div class="kg-card kg-callout-card"><div class="kg-callout-text">Correction (24 November): an earlier version of this article said the IT budget was £8.1 million this year. It was £11.8 million.</div></div>
</section>
<section class="footer-cta"><h2>Sign up for The Ward Bulletin</h2><p>Independent news for nurses. Free, weekly.</p><a href="#/portal/">Subscribe</a></section>
</article>
<aside class="read-more-wrap"><h3>Read more</h3><article class="post-card"><a href="/agency-nurses-pay/">Agency nurse pay capped</a></article></aside>
</main>
<footer class="site-footer"><p>The Ward Bulletin © 2026 — Published with Ghost</p></footer>
</div></body></html>
"""


def test_a_correction_in_a_box_of_the_report_is_kept_where_the_page_prints_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Trial 46 F8: a Ghost page's correction in a callout card was dropped by the extractor, so
    # the reader was never told that the figure had been corrected.
    from core.reading import read_paths

    page = tmp_path / "ward.html"
    page.write_text(GHOST, encoding="utf-8")
    [article], _ = read_paths([page])
    notes = [i for i, p in enumerate(article.paragraphs) if p.startswith("Correction (24 November)")]
    assert len(notes) == 1 and article.is_note(notes[0])
    assert article.paragraphs[notes[0] - 1].startswith("An Ostrand Health Trust spokesperson said")


def test_a_box_s_icon_is_no_paragraph(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the callout's emoji box ("ℹ️" is a letter to Unicode) came out a paragraph of its own
    from core.reading import read_paths

    page = tmp_path / "ward.html"
    page.write_text(GHOST.replace('<div class="kg-callout-text">', '<div class="kg-callout-emoji">ℹ️</div><div class="kg-callout-text">'), encoding="utf-8")
    [article], _ = read_paths([page])
    assert [p for p in article.paragraphs if not any(c.isalnum() and c.isascii() for c in p)] == []
    assert any(p.startswith("Correction (24 November)") for p in article.paragraphs)
