"""A box that asks the reader for money (a support, donation or membership box, by its class or
component name) and a paywall's notice box inside text a page marks for subscribers are furniture,
whatever their language (invented inputs)."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

_BODY = ("<p>The harbour board opened the new ferry terminal on Tuesday after two years of building work on the quay.</p>"
         "<p>The terminal cost 34 million euros and will handle two million passengers a year, the board said.</p>")


def _page(after: str, *, article: str = "<article>") -> str:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry terminal opens | Isle Daily</title>'
            '<meta property="og:site_name" content="Isle Daily"></head><body><header><a href="/">Isle Daily</a>'
            f'<nav><a href="/news">News</a></nav></header><main>{article}<h1>Ferry terminal opens</h1>'
            f'<div class="article-body">{_BODY}{after}</div></article></main><footer>Isle Daily</footer></body></html>')


def test_a_support_box_is_furniture(tmp_path: Path) -> None:
    path = tmp_path / "support.html"
    path.write_text(_page('<div class="donation-banner"><p>Vi er uavhengige. Gi oss 50 kroner i måneden via Vipps.</p>'
                          '<a href="/gi">Gi nå</a></div>'), encoding="utf-8")
    (article,) = read_file(path)
    assert not any("Vipps" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 2


def test_an_epic_component_is_furniture(tmp_path: Path) -> None:
    path = tmp_path / "epic.html"
    path.write_text(_page('<div data-component="epic"><h2>Før du går</h2><p>Journalistikken vår er gratis for alle.'
                          ' Hvis du kan, støtt oss med 20 kroner.</p><a>Støtt oss</a></div>'), encoding="utf-8")
    (article,) = read_file(path)
    assert not any("kroner" in p for p in article.paragraphs)


def test_a_paywall_box_inside_marked_subscriber_text_is_furniture(tmp_path: Path) -> None:
    path = tmp_path / "wall.html"
    path.write_text(_page('<div class="paywall-box"><h3>Les videre</h3><p>Abonner for 1 krone den første måneden og les alt.</p>'
                          '<a class="btn">Abonner nå</a></div>', article='<article class="premium">'), encoding="utf-8")
    (article,) = read_file(path)
    assert len(article.paragraphs) == 2, article.paragraphs


def test_a_labelled_link_to_another_report_inside_the_body_is_furniture(tmp_path: Path) -> None:
    path = tmp_path / "teaser.html"
    path.write_text(_page('<div class="inline-link"><span>LUE:</span> <a href="/uutiset/2026/06/vanha-silta">Vanha silta'
                          ' suljetaan kesäkuussa</a></div><p>Matka on ilmainen, satamahallitus sanoi tiistaina.</p>'), encoding="utf-8")
    (article,) = read_file(path)
    assert not any("silta" in p for p in article.paragraphs), article.paragraphs
    assert len(article.paragraphs) == 3


def test_a_labelled_link_to_another_site_stays(tmp_path: Path) -> None:
    path = tmp_path / "source.html"
    path.write_text(_page('<p>Lähde: <a href="https://ministry.example/reports/ferries">Ferry traffic report for 2026</a></p>'),
                    encoding="utf-8")
    (article,) = read_file(path)
    assert any("Ferry traffic report" in p for p in article.paragraphs), article.paragraphs
