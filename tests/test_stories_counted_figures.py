"""Stories of one town's two events of a day that share their numbers by chance: a figure counts as one
event's only with what it counts ("72 hours" of a strike is not "72 days" of a festival), the words of
the town's name are its frame as the name is, not what happened, and a weekday in the plural ("on
Saturdays") is no name."""

from __future__ import annotations

from functools import partial

import pytest

from core.stories.cluster import SAME_EVENT, _name_word, evidence, profile
from tests.story_groups import article, stories


_article = partial(article, published="2026-08-04T08:00:00Z")

# Invented reports of two invented events of one invented town, Brackmoor Quay, on one Tuesday.
STRIKE = _article(
    "2,400 bus drivers walk out in Brackmoor Quay",
    "About 2,400 bus drivers in Brackmoor Quay stopped work on Tuesday in a dispute over rest breaks, leaving all "
    "six depots closed.",
    "The union said the stoppage would last 72 hours.",
    outlet="Brackmoor Courier",
)
STRIKE_TOO = _article(
    "Brackmoor Quay depots shut as drivers strike",
    "Bus depots in Brackmoor Quay were shut on Tuesday as 2,400 drivers began a 72-hour strike over rest breaks.",
    "Commuters queued for taxis at the station.",
    outlet="Quayside Daily",
)
FESTIVAL = _article(
    "2,400 visitors fill Brackmoor Quay food festival",
    "A crowd of 2,400 filled the waterfront at Brackmoor Quay on Tuesday for the opening of the food festival.",
    "The festival runs for 72 days, with free tastings on Saturdays.",
    outlet="Brackmoor Courier",
)
FESTIVAL_TOO = _article(
    "Food festival opens on Brackmoor Quay waterfront",
    "Brackmoor Quay's food festival opened on Tuesday with 2,400 people on the waterfront.",
    "Organisers said stallholders had come from across the county.",
    outlet="Quayside Daily",
)


def test_a_weekday_in_the_plural_is_no_name() -> None:
    assert _name_word("Saturdays") is None and _name_word("Sundays") is None


def test_one_value_counted_in_two_units_of_time_is_two_figures() -> None:
    found = evidence(profile(STRIKE), profile(FESTIVAL))
    assert "72" not in found.figures
    assert found.score < SAME_EVENT
    assert "72" in evidence(profile(STRIKE), profile(STRIKE_TOO)).figures  # "72 hours", "a 72-hour strike"


def test_the_words_of_the_towns_name_are_its_frame() -> None:
    assert evidence(profile(STRIKE_TOO), profile(FESTIVAL)).score < SAME_EVENT


@pytest.mark.parametrize("seed", range(3))
def test_two_events_of_one_town_sharing_numbers_are_two_stories(seed: int) -> None:
    by_title = stories([STRIKE, STRIKE_TOO, FESTIVAL, FESTIVAL_TOO], seed, by="title")
    assert sorted(map(len, by_title)) == [2, 2]
    assert any(STRIKE.title in s and STRIKE_TOO.title in s for s in by_title)
