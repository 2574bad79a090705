"""Stories and roundups: a daily briefing whose items, each under a label of its own ("Ferries:",
"Rescue:"), tell of several events joins the story of one of them at most, never the reports of
two items into one story."""

from __future__ import annotations

from core.stories.cluster import _roundup
from tests.story_groups import article, stories

DAY = "2026-03-03"

BRIEFING = article(
    "MORNING BRIEFING",
    "Good morning. Here is what is happening on the coast today.",
    "Ferries: The Marrowby ferry is cancelled until noon because of gales; the operator will review the forecast at 11.",
    "Schools: Quillan primary school stays closed for a second day while roof repairs go on.",
    "Rescue: The Eskerholt lifeboat brought three walkers off the north sandbank last night after they were cut off by the tide.",
    outlet="Coast Example Briefing", published=DAY,
)
FERRY = article(
    "Gales cancel Marrowby ferry until noon",
    "The Marrowby ferry will not sail before noon as gales of up to 70 km/h sweep the strait, the operator said.",
    "Passengers booked on the morning crossings can travel later in the day without charge.",
    outlet="Marrowby Example Gazette", published=DAY,
)
LIFEBOAT = article(
    "Lifeboat rescues three walkers cut off by tide",
    "The Eskerholt lifeboat rescued three walkers who had been cut off by the rising tide on the north sandbank late on Monday.",
    "The crew found them on a shrinking strip of sand and brought them ashore unhurt.",
    outlet="Eskerholt Example Echo", published=DAY,
)


def test_a_roundup_is_told_by_its_labelled_items() -> None:
    assert _roundup(BRIEFING.paragraphs)
    assert not _roundup(["SMITH: We are ready.", "JONES: Are you?", "SMITH: We are."])  # a transcript's speakers come again
    assert not _roundup(LIFEBOAT.paragraphs)


def test_a_roundup_does_not_join_the_events_of_two_of_its_items() -> None:
    for seed in range(3):
        found = stories([BRIEFING, FERRY, LIFEBOAT], seed)
        assert not any("Marrowby Example Gazette" in s and "Eskerholt Example Echo" in s for s in found), found
