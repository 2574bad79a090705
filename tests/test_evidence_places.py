"""A figure of one place is no value of another place's figure (trial 55 F2).

Neighbouring countries' counts of one blackout ("customers in Harlow", "In Denbury, ...") are
counts of two places: a link between two such paragraphs tells no figure difference between
them, and a paragraph that gives several places' counts pairs each with no other place's.
"""

from core.linking.evidence import differences

HARLOW = ("Some 120,000 households in Harlow lost power on Friday night as the storm that began over "
          "the Brent estuary moved north, Harlow's network company said.")
DENBURY = ("About 480,000 households in Denbury lost power on Friday night when the storm reached the "
           "Brent estuary, Denbury's network company Denlink said.")
CUSTOMERS = "Some 120,000 customers in Harlow lost power on Friday night as the storm moved north, Harlow's network company said."
BOTH = "In Denbury, about 220,000 customers lost power, while in Harlow some 90,000 were affected, their network companies said."


def _figures(a: str, b: str) -> list[tuple[str, str]]:
    return [(d.a, d.b) for d in differences(a, b) if d.what == "figure"]


def test_two_places_counts_are_no_difference() -> None:
    assert _figures(HARLOW, DENBURY) == []
    assert _figures(DENBURY, HARLOW) == []


def test_a_place_count_pairs_with_no_other_places() -> None:
    assert ("120,000", "220,000") not in _figures(CUSTOMERS, BOTH)  # (Harlow's with Denbury's)
    assert ("220,000", "120,000") not in _figures(BOTH, CUSTOMERS)


def test_one_place_counts_still_differ() -> None:
    other = HARLOW.replace("Some 120,000", "Some 200,000").replace("Friday night as", "Friday night after")
    assert _figures(HARLOW, other) == [("120,000", "200,000")]
    assert _figures(HARLOW, DENBURY.replace("Denbury", "Harlow")) == [("Some 120,000", "About 480,000")]


def test_a_month_is_no_place() -> None:
    a = "A magnitude 6.1 quake struck the coast in September, killing at least seven people."
    b = "A magnitude 5.6 quake struck the coast in the Gulf, killing at least seven people."
    assert _figures(a, b) == [("6.1", "5.6")]


def test_a_rewording_that_gives_the_figure_too_is_no_difference() -> None:
    a = ("Denlink chief executive Ola Brandt said crews expected to restore supply to most customers within 14 hours. "
         "\u201cThe network is stable again, and we are reconnecting customers town by town,\u201d she said.")
    b = ("Harlink said supply was restored to all Harlow customers within six hours, much faster than in Denbury, "
         "where Denlink needed 14 hours for most customers.")
    assert _figures(a, b) == []
    assert _figures(b, a) == []


def test_a_places_count_of_no_noun_of_its_own_counts_what_the_count_before_it_counts() -> None:
    # "..., while in Harlow some 90,000 were affected": Harlow's customers, Harlow's count to pair
    assert _figures(CUSTOMERS, BOTH) == [("120,000", "90,000")] or _figures(CUSTOMERS, BOTH) == [("Some 120,000", "some 90,000")]
    assert _figures(BOTH, CUSTOMERS) in ([("90,000", "120,000")], [("some 90,000", "Some 120,000")])
