"""Ages given after "aged" are figures (trial 46 F5): "The suspects, aged 27 and 31" and "the
men, aged 27 and 32" give each man's age by his place in the list, and the second man's age
differs, as a link's differences say; ages of two lists' other places are never compared."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import extract
from tests.figure_rows import article, rows

A = ("Police in Varna arrested two men over the Ostmere Health attack. The suspects, aged 27 and 31, "
     "were detained in raids on Tuesday.")
B = ("Two men were arrested over the Ostmere Health attack. Police in Varna said the men, aged 27 and 32, "
     "were held at dawn on Tuesday with help from Europol.")


def test_ages_after_aged_are_figures_by_their_place_in_the_list() -> None:
    ages = [(f.value, f.of) for f in extract([article("Gazette", A)]) if f.kind == "age"]
    assert ages == [(27, "first of two aged"), (31, "second of two aged")]
    # "aged 30 years" is an age, no span of time; "aged between 18 and 30" is no one's age
    assert [(f.kind, f.value) for f in extract([article("Gazette", "The victim, aged 30 years, was named.")])] == [("age", 30)]
    assert not [f for f in extract([article("Gazette", "Volunteers aged between 18 and 30 took part.")]) if f.kind == "age"]


def test_two_outlets_lists_of_ages_differ_where_one_place_differs() -> None:
    ages = [r for r in rows(Story.build([article("Daily Post", A), article("Evening Star", B)])) if r[0] == "age"]
    assert sorted(ages) == [("age", [27, 27], False), ("age", [31, 32], True)]
