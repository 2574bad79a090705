"""Figures: numbers with units, compared across outlets, disagreements flagged."""

from __future__ import annotations

import json

import pytest

from core.figures import compare, extract
from core.model import Article, article_id
from core.story import Story
from tui.cli import main


def _article(outlet: str, *paragraphs: str) -> Article:
    return Article(article_id(outlet, outlet, paragraphs), "", outlet, outlet, paragraphs)


def test_numbers_in_digits_and_words_with_units() -> None:
    found = extract([_article("A",
        "The meeting lasted nearly six hours and ended with a seven-and-a-half-hour dinner.",
        "Officials said 5.5 hours had passed; the 18-month-old pact covers $2.5 billion and 40% of trade.",
        "In 2021 two sides met.")])
    got = {(f.text, f.value, f.unit, f.kind) for f in found}
    assert ("nearly six hours", 6.0, "hour", "duration") in got
    assert ("seven-and-a-half-hour", 7.5, "hour", "duration") in got
    assert ("5.5 hours", 5.5, "hour", "duration") in got
    assert any(f.kind == "age" and f.value == 18 for f in found)
    assert any(f.kind == "money" and f.value == 2.5e9 for f in found)
    assert any(f.unit == "%" and f.value == 40 for f in found)
    assert not any(f.value == 2021 for f in found)  # a year is a date
    assert not any(f.unit == "side" for f in found)  # "two sides" is a relation


def test_the_same_figure_across_outlets_disagrees_when_values_differ() -> None:
    story = Story.build([
        _article("A", "Flood waters forced 3,000 residents from the riverside district of Kelso on Monday."),
        _article("B", "Some 4,500 residents of the Kelso riverside district fled the flood waters, police said."),
        _article("C", "The flood closed 12 schools in the county."),
    ])
    [group] = [g for g in compare(story) if g.unit == "resident"]
    assert group.disagree and {f.value for f in group.figures} == {3000, 4500}


def test_close_values_agree() -> None:
    story = Story.build([
        _article("A", "The summit in Lisbon drew 100 delegations from across the Atlantic region."),
        _article("B", "Some 104 delegations attended the Lisbon summit of the Atlantic region."),
    ])
    [group] = compare(story)
    assert not group.disagree


def test_figures_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("DISAGREE: hour") and "seven-and-a-half-hour" in out
    assert main(["figures", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["figures"][0]["disagree"] and data["figures"][0]["values"] == [5.5, 6.0, 7.5]
