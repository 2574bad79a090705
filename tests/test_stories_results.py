"""Two matches between the same clubs (the legs of a cup tie, a week apart) are two events: their
reports name the same teams, players and ground, but each gives its own match's result."""

from __future__ import annotations

from core.stories.cluster import SAME_EVENT, _results, evidence, profile
from tests.story_groups import article, stories

# Invented reports of an invented tie's two legs, each by two outlets.
FIRST = article(
    "Kestrel Rovers beat Ashby Town 2-0 in first leg",
    "Kestrel Rovers won 2-0 at home against Ashby Town in the first leg of the cup quarter-final on Thursday. "
    "Goals came from Tom Marsh and Ed Dale.",
    "The return leg is played in Ashby next Thursday.",
    outlet="Harbour Post", published="2027-09-09",
)
FIRST_PAPER = article(
    "Marsh and Dale give Kestrel Rovers 2-0 win over Ashby Town",
    "Tom Marsh and Ed Dale scored as Kestrel Rovers beat Ashby Town 2-0 in the first leg of the quarter-final.",
    "It was the Rovers' first cup win over Ashby Town in ten years.",
    outlet="Coast Courier", published="2027-09-09",
)
SECOND = article(
    "Ashby Town turn the tie around and reach the semi-final",
    "Ashby Town beat Kestrel Rovers 3-0 in the return leg on Thursday and go through 3-2 on aggregate.",
    "Tom Marsh of Kestrel Rovers was sent off after 60 minutes.",
    outlet="Harbour Post", published="2027-09-16",
)
SECOND_PAPER = article(
    "Ashby Town into semi-final after 3-0 in the return leg",
    "Ashby Town beat Kestrel Rovers 3-0 at home and are in the semi-final after 3-2 on aggregate.",
    "Kestrel Rovers' Tom Marsh was sent off.",
    outlet="Coast Courier", published="2027-09-16",
)


def test_a_result_is_read_with_the_winners_score_first_and_no_range_is_one() -> None:
    assert _results("won 2–0 at home, 3-2 on aggregate") == ["2-0", "3-2"]
    assert _results("vyhrál 2:0") == ["2-0"]
    assert _results("2-3 days, 10–15 people, on 2026-05-04 at 20:15") == []


def test_the_two_legs_of_a_tie_are_two_stories_each_of_its_two_reports() -> None:
    first, paper = profile(FIRST), profile(FIRST_PAPER)
    assert evidence(first, paper).score >= SAME_EVENT
    assert evidence(first, profile(SECOND_PAPER)).apart == "result"  # "2-0", "3-0" in their headlines
    for seed in range(3):
        assert stories([FIRST, FIRST_PAPER, SECOND, SECOND_PAPER], seed, by="title") == sorted([
            sorted([FIRST.title, FIRST_PAPER.title]), sorted([SECOND.title, SECOND_PAPER.title])])


def test_a_report_of_the_second_leg_that_gives_the_first_legs_result_is_not_kept_apart_by_it() -> None:
    recalling = article(
        "Ashby Town overturn 2-0 deficit against Kestrel Rovers",
        "Ashby Town overturned the 2-0 first-leg deficit and beat Kestrel Rovers 3-0 on Thursday.",
        outlet="Valley Herald", published="2027-09-16",
    )
    assert evidence(profile(FIRST), profile(recalling)).apart != "result"
