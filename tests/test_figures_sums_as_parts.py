"""A count that is the first of two parts its sentence sums to a whole it gives too ("nine hurt
workers and one hurt guard, ten in all") is a part of that whole, no value of it: trial 52 F2d
showed "10 people ≠ 11 people" where both reports said 10 passengers and 1 flight attendant, 11
in all."""

from __future__ import annotations

from core.linking.story import Story
from core.quantities import summed_part
from core.views.figures import compare
from tests.figure_rows import article


def _part(text: str, number: str, language: str | None = None) -> frozenset[str] | None:
    at = text.index(number)
    return summed_part(text, at, at + len(number), language=language)


def test_the_first_of_two_parts_summed_to_a_whole_is_a_part() -> None:
    assert _part("The audit counts 9 hurt workers and one hurt guard, 10 in all.", "9")
    assert _part("Officials counted 10 people hurt, nine workers and a guard.", "nine")
    assert _part("I feriti sono stati 10, nove operai e una guardia.", "nove", "it")
    # parts that come to no number their sentence gives, or a whole: no part
    assert _part("The audit counts 9 hurt workers and one hurt guard, officials said.", "9") is None
    assert _part("Officials counted 10 people hurt, nine workers and a guard.", "10") is None
    assert _part("Police arrested 12 men and 3 women on Sunday, 40 in all over the weekend.", "12") is None


def test_a_part_of_a_sum_is_no_value_of_the_whole() -> None:
    story = Story((
        article("Ledger", "A fire broke out at the Tolm depot on Monday. The audit counts 9 hurt workers and one hurt "
                          "guard, 10 in all, the inspectors said."),
        article("Wire", "A fire broke out at the Tolm depot on Monday, and 10 people were hurt, the inspectors said."),
        article("Post", "Ten people were hurt in the fire at the Tolm depot on Monday, the inspectors said."),
    ), ())
    hurt = [g for g in compare(story) if g.fate == "injured"]
    assert not any(g.disagree for g in hurt)
    assert all(9 not in {f.value for f in g.figures} or {f.value for f in g.figures} == {9} for g in hurt)
