"""A link's differences: a part of a whole in words ("Five of the seven members") is a figure as
the figures view reads it, so copy that changes it says so (trial 49 F5: "Five" / "Six" of the
seven members had no difference, though the side-by-side view struck "Five")."""

from __future__ import annotations

import pytest

from core.linking.evidence import differences


@pytest.mark.parametrize(("a", "b", "told"), [
    ("Five of the nine judges of the constitutional court upheld the ruling.",
     "Six of the nine judges of the constitutional court upheld the ruling.", ("Five", "Six")),
    ("Five of the nine judges of the constitutional court upheld the ruling.",
     "6 of the nine judges of the constitutional court upheld the ruling.", ("Five", "6")),
    ("The court said five of the nine judges of the panel upheld the ruling.",
     "The court said 6 of the nine judges of the panel upheld the ruling.", ("five", "6")),
])
def test_a_part_in_number_words_changed_in_copy_is_a_figure(a: str, b: str, told: tuple[str, str]) -> None:
    assert told in [(d.a, d.b) for d in differences(a, b) if d.what == "figure"]


def test_one_part_written_two_ways_is_no_difference() -> None:
    assert not [d for d in differences("Five of the nine judges of the constitutional court upheld the ruling.",
                                       "5 of the nine judges of the constitutional court upheld the ruling.")
                if d.what == "figure"]


def test_parts_set_apart_by_other_words_are_still_two_quantities() -> None:
    # what sets each part apart differs: no pair (as before)
    found = differences("Twelve workers were injured in the blast, two of them seriously, the plant said.",
                        "Twelve workers were injured in the blast, three of them slightly, the plant said.")
    assert ("two", "three") not in [(d.a, d.b) for d in found]


@pytest.mark.parametrize(("a", "b", "told"), [
    # Trial 54 F11: a number of two words joined by a hyphen, changed in copy: the word alignment kept
    # "two" equal to "Two" and left "Twenty" out (no difference at all), or changed "two" to "four"
    ("Twenty-two wagons of the freight train left the track at Velmar junction on Monday night.",
     "Two wagons of the freight train left the track at Velmar junction on Monday night.", ("Twenty-two", "Two")),
    ("Two wagons of the freight train left the track at Velmar junction on Monday night.",
     "Twenty-two wagons of the freight train left the track at Velmar junction on Monday night.", ("Two", "Twenty-two")),
    ("Twenty-two wagons of the freight train left the track at Velmar junction on Monday night.",
     "Twenty-four wagons of the freight train left the track at Velmar junction on Monday night.",
     ("Twenty-two", "Twenty-four")),
    ("The operator said twenty-two wagons left the track at Velmar junction on Monday night.",
     "The operator said twenty wagons left the track at Velmar junction on Monday night.", ("twenty-two", "twenty")),
])
def test_a_number_of_several_words_changed_in_copy_is_one_figure(a: str, b: str, told: tuple[str, str]) -> None:
    assert told in [(d.a, d.b) for d in differences(a, b) if d.what == "figure"]


def test_a_number_of_several_words_written_in_digits_is_no_difference() -> None:
    assert not [d for d in differences("Twenty-two wagons left the track at Velmar junction on Monday night.",
                                       "22 wagons left the track at Velmar junction on Monday night.")
                if d.what == "figure"]
