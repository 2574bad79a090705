"""Invented reports and the stories :func:`core.stories.cluster.group` makes of them: shared by the
stories tests that build their reports one by one."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Literal

from core.model import Article
from core.stories.cluster import group, profile
from tests.reports import titled_report


def article(title: str, *paragraphs: str, outlet: str, published: str | None = None) -> Article:
    """A report *outlet* published (an ISO date or time, or None), its path named after the outlet
    (:func:`tests.reports.titled_report`, the title first)."""
    return titled_report(outlet, title, *paragraphs, published=published)


def stories(articles: Sequence[Article], seed: int = 0, *, by: Literal["outlet", "title"] = "outlet") -> list[list[str]]:
    """The stories :func:`group` makes of *articles* given in an order shuffled by *seed*: each the
    sorted outlets (or titles, *by*) of its reports, the stories sorted."""
    shuffled = list(articles)
    random.Random(seed).shuffle(shuffled)
    groups = group([profile(a) for a in shuffled], keys=[a.id for a in shuffled])
    return sorted(sorted(getattr(shuffled[i], by) for i in members) for members in groups)
