"""Invented reports built from an outlet's name and paragraphs: shared by the tests that build
their articles one by one (the alignment, quotation, evidence, linking and figures tests)."""

from __future__ import annotations

from core.model import Article, article_id


def outlet_report(outlet: str, *paragraphs: str) -> Article:
    """*outlet*'s report of *paragraphs*, titled "<outlet> report", its path "<outlet>.txt"."""
    title = f"{outlet} report"
    return Article(article_id(outlet, title, paragraphs), f"{outlet}.txt", outlet, title, paragraphs)


def outlet_article(outlet: str, *paragraphs: str) -> Article:
    """*outlet*'s article of *paragraphs*, titled by the outlet's name, with no path."""
    return Article(article_id(outlet, outlet, paragraphs), "", outlet, outlet, paragraphs)


def titled_report(outlet: str, title: str, *paragraphs: str, published: str | None = None) -> Article:
    """*outlet*'s report *title* of *paragraphs*, published (an ISO date or time, or None), its path
    "<outlet>.txt"."""
    return Article(id=article_id(outlet, title, paragraphs), path=f"{outlet}.txt", outlet=outlet, title=title,
                   paragraphs=paragraphs, published=published)
