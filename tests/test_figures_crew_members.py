"""A body's members counted by head are counted as the body (trial 48 F4): "All 22 crew members"
and "all 23 crew" are one quantity on which two outlets disagree, where "crew members" was a
count of members of its own, and the disagreement was never shown."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract
from tests.figure_rows import article


def test_crew_members_count_the_crew() -> None:
    [figure] = extract([article("Daily Post", "All 22 crew members were accounted for, the company said.")])
    assert (figure.value, figure.unit, figure.text) == (22.0, "crew", "22 crew members")


def test_twenty_two_crew_members_and_twenty_three_crew_disagree() -> None:
    story = Story.build([
        article("Daily Post", "All 22 crew members of the freighter Talmora Bay were accounted for after it grounded off "
                "Cape Rensk, the company said."),
        article("River News", "Talmora Lines confirms all 23 crew of the freighter Talmora Bay are safe after it grounded "
                "off Cape Rensk."),
    ])
    rows = [(g.unit, sorted(f.value for f in g.figures), g.disagree) for g in compare(story)]
    assert ("crew", [22.0, 23.0], True) in rows
