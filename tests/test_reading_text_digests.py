"""A plain-text digest with no masthead over its items: its first line is its first item's
headline, the items set apart by headings in capitals or by rule lines ("-----", "* * *").
Each item is an article of its own, as under a masthead; an article with a headline and subheads
(in capitals, or after a section break) stays one."""

from __future__ import annotations

import pytest

from core.reading.text import parse_text

FIRE = ("Firefighters put out a fire at a grain warehouse on the Holm quay overnight, the harbour authority said. "
        "Nobody was hurt.")
FIRE_QUOTE = '"The roof has gone, but the silos held," fire officer Mira Lunde said.'
TRAM = "The city council will vote on Thursday on a second tram line to the university. Half of the seats are needed."
LIBRARY = "The central library will open on Sundays from April, the culture office said on Friday."


def _page(*sections: tuple[str, tuple[str, ...]], rule: str | None = None) -> str:
    parts = []
    for n, (head, paragraphs) in enumerate(sections):
        if n and rule:
            parts.append(rule)
        parts += [head, *paragraphs]
    return "\n\n".join(parts) + "\n"


def _read(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(a.title, a.paragraphs) for a in parse_text(text, path="notes.txt")]


def test_items_under_headings_in_capitals_with_no_masthead_are_articles_of_their_own() -> None:
    sections = (("QUAY WAREHOUSE FIRE", (FIRE, FIRE_QUOTE)), ("TRAM VOTE", (TRAM,)), ("LIBRARY HOURS", (LIBRARY,)))
    assert _read(_page(*sections)) == list(sections)


@pytest.mark.parametrize("rule", ["-----", "* * *", "==========", "_____"])
def test_items_between_rule_lines_with_no_masthead_are_articles_of_their_own(rule: str) -> None:
    sections = (("Grain warehouse burns on the quay", (FIRE, FIRE_QUOTE)), ("Council to vote on tram line", (TRAM,)))
    assert _read(_page(*sections, rule=rule)) == list(sections)
    sections += (("Library to open on Sundays", (LIBRARY,)),)
    assert _read(_page(*sections, rule=rule)) == list(sections)


def test_items_under_headings_in_capitals_between_rules_are_articles_of_their_own() -> None:
    sections = (("QUAY WAREHOUSE FIRE", (FIRE, FIRE_QUOTE)), ("TRAM VOTE", (TRAM,)))
    assert _read(_page(*sections, rule="-----")) == list(sections)


MILL_LEAD = "The owners of the old flax mill on the river said on Thursday they would rebuild it by next spring."
MILL_MORE = "Rebuilding the flax mill is expected to take about eighteen months, the owners said."
MILL_PAST = "The mill, built in 1874, spun linen for the river valley's weavers until it closed in 1968."
MILL_NEXT = "Work on the mill's new roof starts in May, and the owners will ask the river authority for a new weir."


def test_an_article_with_one_heading_in_capitals_stays_one() -> None:
    [article] = parse_text(_page(("FLAX MILL TO BE REBUILT", (MILL_LEAD, MILL_MORE, MILL_PAST))), path="mill.txt")
    assert article.title == "FLAX MILL TO BE REBUILT" and len(article.paragraphs) == 3


def test_an_article_with_a_headline_and_subheads_in_capitals_stays_one() -> None:
    text = _page(("FLAX MILL TO BE REBUILT", (MILL_LEAD, MILL_MORE)), ("A LONG HISTORY", (MILL_PAST,)),
                 ("WHAT COMES NEXT", (MILL_NEXT,)))
    [article] = parse_text(text, path="mill.txt")
    assert article.title == "FLAX MILL TO BE REBUILT" and len(article.paragraphs) == 4


def test_an_article_whose_section_break_opens_a_subhead_stays_one() -> None:
    text = _page(("Flax mill to be rebuilt", (MILL_LEAD, MILL_MORE)), ("A long history", (MILL_PAST, MILL_NEXT)),
                 rule="* * *")
    [article] = parse_text(text, path="mill.txt")
    assert article.title == "Flax mill to be rebuilt" and len(article.paragraphs) == 4


def test_a_masthead_over_its_greeting_heads_no_item() -> None:
    text = _page(("HARBOUR MORNING NOTES", ("Good morning. Here is what you need to know today.",)),
                 ("QUAY WAREHOUSE FIRE", (FIRE, FIRE_QUOTE)), ("TRAM VOTE", (TRAM,)))
    assert _read(text) == [("QUAY WAREHOUSE FIRE", (FIRE, FIRE_QUOTE)), ("TRAM VOTE", (TRAM,))]
