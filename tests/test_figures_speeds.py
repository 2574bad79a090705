"""Speeds in the figures view (trial 45 F3): a limit of speed and a speed reached are two
quantities, and a speed in miles an hour is one in kilometres an hour, converted."""

from __future__ import annotations

from dataclasses import replace

from core.linking.story import Story
from core.model import Article, article_id
from core.views.figures import compare, extract


def _article(outlet: str, *paragraphs: str) -> Article:
    article = Article(article_id(outlet, outlet, paragraphs), "", outlet, outlet, paragraphs)
    return replace(article, published="2026-03-13T12:00:00+00:00")


def test_a_limit_is_no_value_of_the_speed_reached() -> None:
    board = _article("Rail Board", "The recorder shows the train was travelling at 112 km/h when it entered the bend, "
                                   "where the permitted speed is 70 km/h.")
    paper = _article("Hill Post", "The speed limit on the bend at kilometre 12.4 is 70 km/h.")
    letter = _article("Track Letter", "A former signal engineer believes the train took the 70 km/h bend at over 100.")
    assert [(f.value, f.of) for f in extract([board]) if f.kind == "speed"] == [(112, ""), (70, "limit")]
    groups = compare(Story.build([board, paper, letter]))
    speeds = [g for g in groups if g.kind == "speed"]
    assert [(g.quantity, sorted(f.value for f in g.figures), g.disagree) for g in speeds] == [
        ("speed limit", [70, 70, 70], False)]


def test_miles_an_hour_are_kilometres_an_hour_converted() -> None:
    # the board's 112 km/h is a paper's 70mph; another's "112mph" is the unit slip
    board = _article("Rail Board", "The recorder shows the train was travelling at 112 km/h when it entered the bend, "
                                   "where the permitted speed is 70 km/h.")
    paper = _article("Hill Post", "The train was travelling at 70mph as it entered a bend with a limit of 43mph, the board said.")
    slip = _article("Evening Star", "The train was travelling at 112mph when it derailed, far above the limit on the bend, the board said.")
    speeds = [g for g in compare(Story.build([board, paper, slip])) if g.kind == "speed"]
    [reached] = [g for g in speeds if g.quantity == "speed"]
    verdicts = {f.text: v for f, v in zip(reached.figures, reached.verdicts)}
    assert verdicts == {"112 km/h": "same", "70mph": "same", "112mph": "differ"}
    [limit] = [g for g in speeds if g.quantity == "speed limit"]
    assert sorted(f.text for f in limit.figures) == ["43mph", "70 km/h"] and not limit.disagree
