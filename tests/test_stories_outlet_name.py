"""Stories: an outlet named after its city ("the Marrowby Gazette") reports on the city. The outlet's
own name is no participant of the event where the report writes it ("the Marrowby Gazette
reported"), but its city, written on its own ("typhoid in Marrowby"), is the event's place, as it is
in another outlet's follow-up: the two are one story."""

from __future__ import annotations

from core.stories.cluster import SAME_EVENT, evidence, group, profile
from tests.story_groups import article


#: The city's own paper on an outbreak there, and another outlet's follow-up two days later.
FIRST = article(
    "Typhoid outbreak in Marrowby harbour kills two",
    "Two people have died and 19 have fallen ill with typhoid in the harbour town of Marrowby, health "
    "officials said on Monday.",
    "Most of the cases are among families living near the old tannery, where a sewer pipe burst last week, "
    "town medical officer Dr. Ines Talbot said.",
    "The Marrowby Gazette has learned that water tankers were sent to the district on Sunday.",
    outlet="Marrowby Gazette", published="2026-09-14T10:00:00Z",
)
FOLLOW_UP = article(
    "Marrowby typhoid cases climb to 35",
    "Typhoid cases in the harbour town of Marrowby have risen to 35, with three deaths, town medical officer "
    "Dr. Ines Talbot said on Wednesday.",
    "The outbreak has been traced to a burst sewer pipe near the old tannery.",
    outlet="Fenwick Herald", published="2026-09-16T09:00:00Z",
)


def test_the_outlets_name_is_no_name_where_the_report_writes_it_and_its_city_still_is() -> None:
    found = set(profile(FIRST).weights)
    assert {"n:marrowby", "l:n:marrowby", "n:talbot"} <= found  # the city, written on its own
    assert not {"n:gazette", "m:gazette", "r:marrowby gazette"} & found  # "The Marrowby Gazette has learned"


def test_an_outlet_named_after_its_city_and_another_outlets_follow_up_are_one_story() -> None:
    first, later = profile(FIRST), profile(FOLLOW_UP)
    shared = evidence(first, later)
    assert shared.score >= SAME_EVENT and "marrowby" in shared.names
    assert len(group([first, later], keys=[FIRST.id, FOLLOW_UP.id])) == 1

