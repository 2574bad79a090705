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



#: A paper whose name is its town's and a newsroom word ("News"): its name words alone are the town.
ELECTION = article(
    "Polls close in Corran Bay council by-election",
    "Polls have closed in the Corran Bay council by-election, with turnout at 38 per cent at 6pm.",
    "The count begins at the town hall after 9pm, the returning officer said.",
    outlet="Corran Bay News", published="2026-10-06T20:00:00Z",
)


def test_an_outlet_named_after_its_town_and_a_newsroom_word_keeps_the_town() -> None:
    features = profile(ELECTION).features()
    assert "r:corran bay" in features and "n:corran" in features
    unnamed = article(
        "Corran Bay News wins press award", "The Corran Bay News reported the award on Friday.",
        outlet="Corran Bay News", published="2026-10-06T20:00:00Z",
    )
    assert "r:corran bay" not in profile(unnamed).features()  # the outlet's whole name is no name of the event


# Invented: a water company's press release and the town paper's report built on it. The paper's town
# ("Dunmere", of the Dunmere Courier) is no name of its own reports, yet its headline's "Dunmere Reservoir" and
# the release's name one thing: neither headline names what the other's lead does not.
LOCK_RELEASE = article(
    "Wendle Waterways announces £12m rebuild of Dunmere Reservoir",
    "Wendle Waterways today announced a £12 million programme to rebuild the dam and spillway of Dunmere Reservoir.",
    "Work will begin in October and take two years. \"The reservoir has not had such care in fifty years,\" said chief engineer Rosa Penn.",
    outlet="Wendle Waterways (press office)", published="2026-06-10T08:00:00Z",
)
LOCK_REPORT = article(
    "Dunmere Reservoir to get £12m rebuild",
    "Dunmere Reservoir's dam and spillway are to be rebuilt in a £12 million project, Wendle Waterways said on Wednesday.",
    "The two-year project starts in October. Walkers will lose the shore path while it runs.",
    outlet="Dunmere Courier", published="2026-06-10T11:00:00Z",
)


def test_a_release_and_the_town_papers_report_of_it_are_one_event() -> None:
    found = evidence(profile(LOCK_RELEASE), profile(LOCK_REPORT))
    assert found.apart != "subject" and found.score >= SAME_EVENT
