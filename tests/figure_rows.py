"""Invented reports and the rows :func:`core.views.figures.compare` makes of them: shared by the
figures tests that build their reports one by one."""

from __future__ import annotations

from dataclasses import replace

from core.linking.story import Story
from core.model import Article, article_id
from core.views.figures import compare


def article(outlet: str, *paragraphs: str, published: str = "2026-03-09T12:00:00+00:00",
            subheads: tuple[tuple[int, str], ...] = ()) -> Article:
    """A report *outlet* published (an ISO date or time), titled by the outlet, with *subheads*
    (paragraph index, text) where a live page's updates are headed."""
    report = Article(article_id(outlet, outlet, paragraphs), "", outlet, outlet, paragraphs)
    return replace(report, published=published, subheads=subheads)


def rows(story: Story) -> list[tuple[str, list[float], bool]]:
    """Each row of the figures view of *story*: its quantity, its values sorted, whether they disagree."""
    return [(g.quantity, sorted(f.value for f in g.figures), g.disagree) for g in compare(story)]
