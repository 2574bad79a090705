"""Figures: counts of what happens over a story (ships waiting, containers stranded) as days give
them, whose figure a term is (an offer, a demand), one thing under two names, and small tolls of
people named by their role (trial 43 F1, F2, F6, F11)."""

from __future__ import annotations

from dataclasses import replace

from core.linking.story import Story
from core.model import Article, article_id
from core.views.figures import compare, extract


def _article(outlet: str, *paragraphs: str, published: str | None = None, title: str = "") -> Article:
    article = Article(article_id(outlet, outlet + title, paragraphs), "", outlet, title or outlet, paragraphs)
    return replace(article, published=published) if published else article


def _rows(story: Story) -> list[tuple[str, list[tuple[str, float]], tuple[str, ...]]]:
    return [(g.quantity, sorted((story.article(f.ref.article).outlet, f.value) for f in g.figures), g.verdicts)
            for g in compare(story)]


def test_a_toll_of_two_named_by_their_role_is_compared() -> None:
    # trial 43 F6: "injuring two workers" was no figure (a count of one or two is a relation but
    # for people), so "injuring three workers" in the other report had nothing to disagree with
    story = Story.build([
        _article("Alpha", "A dock crane collapsed onto a quay at the port of Ostrel on Wednesday, injuring two workers "
                          "and halting work at the North Basin terminal, the harbour master said.",
                 published="2031-03-05T10:00:00+00:00"),
        _article("Beta", "A dock crane collapsed at the port of Ostrel on Wednesday afternoon, injuring three workers, "
                         "the harbour master said.", published="2031-03-05T15:00:00+00:00"),
    ])
    [(quantity, values, verdicts)] = _rows(story)
    assert quantity == "count (injured)" and values == [("Alpha", 2), ("Beta", 3)] and "differ" in verdicts


def test_two_of_a_thing_with_no_toll_stay_a_relation() -> None:
    for sentence in ("The striker will miss two games after the injury.", "The lab tested two samples on Monday.",
                     "The port has two terminals."):
        assert not extract([_article("Alpha", sentence)]), sentence
