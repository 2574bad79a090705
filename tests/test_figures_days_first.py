"""Counts of one day meet before counts of two (trial 45): wire copy edited from one value to
another on its day stays a disagreement of that day, which a later day's reports of the edited
value do not decide."""

from __future__ import annotations

from dataclasses import replace

from core.linking.story import Story
from core.model import Article, Link, LinkKind, Ref, article_id
from core.views.figures import compare


def _article(outlet: str, text: str, published: str) -> Article:
    article = Article(article_id(outlet, outlet, (text,)), "", outlet, outlet, (text,))
    return replace(article, published=published)


def test_a_days_disagreement_is_not_decided_by_a_later_days_counts() -> None:
    wire = "Eleven of the injured were in a serious condition after the derailment near Ostrava Halt, police said."
    a = _article("Daily Post", wire, "2026-03-09T13:00:00+00:00")
    b = _article("Evening Star", wire.replace("Eleven", "Twelve"), "2026-03-09T17:00:00+00:00")
    c = _article("Rail Board", "Twelve of the injured were in a serious condition, the board's interim report says.", "2026-03-13T10:00:00+00:00")
    d = _article("Hill Post", "Twelve of the injured were in a serious condition, the board said.", "2026-03-13T12:00:00+00:00")
    link = Link(Ref(a.id, 0), Ref(b.id, 0), 0.9, LinkKind.PARAPHRASE, ((0, 10),), ((0, 10),))
    rows = [(sorted((f.value, f.ref.article) for f in g.figures), g.disagree) for g in compare(Story((a, b, c, d), (link,)))]
    assert (sorted([(11, a.id), (12, b.id)]), True) in rows
    assert (sorted([(12, c.id), (12, d.id)]), False) in rows
