"""A link's differences: counts of two things that one verb is told of are two quantities (trial 43 F3)."""

from __future__ import annotations

from core.linking.evidence import differences


def test_counts_of_two_things_done_alike_are_not_paired() -> None:
    # "dozens of ships stranded" was paired with "66,000 containers were stranded" by the verb alone
    a = ("Dockworkers and employers at Ostrel reached a provisional deal early on Friday to end an 11-day strike that "
         "left dozens of ships stranded off the country's biggest container port, both sides said.")
    b = ("We are following reports of a breakthrough in the 11-day strike at Ostrel. At last count, 44 ships were "
         "waiting at anchor and 66,000 containers were stranded.")
    assert not [d for d in differences(a, b) if d.what == "figure"]  # dozens of ships allows 44 ships


def test_a_count_of_people_still_pairs_with_a_count_of_a_role_by_what_happened() -> None:
    found = differences("Twelve people were trapped underground after the mine flooded on Monday.",
                        "Fifteen miners were trapped underground after the mine flooded on Monday.")
    assert ("Twelve", "Fifteen") in [(d.a, d.b) for d in found if d.what == "figure"]
