"""A count of one part of what was hit, named by its place ("the third carriage, where five
people died"), is a quantity of its own, no value of the whole toll (trial 45 F6)."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import extract
from tests.figure_rows import article as _article, rows as _rows


def test_a_count_of_one_part_of_what_was_hit_is_its_own_quantity() -> None:
    # trial 45 F6: "the third carriage, where five people died" was the outlier of the toll
    a = _article("North Ledger", "Nine people died in the derailment. The worst-hit was the third carriage, where five people died.")
    b = _article("Bay Gazette", "Nine people were killed when the train derailed near Ostrava Halt.")
    c = _article("Rail Radio", "In the third carriage, five people died, the investigators said. Nine people died in all.")
    rows = _rows(Story.build([a, b, c]))
    assert ("count (dead)", [9, 9, 9], False) in rows
    parts = [row for row in rows if 5 in row[1]]
    assert parts == [(parts[0][0], [5, 5], False)] and "third" in parts[0][0]
    # a time named by its place is no part: "on the third day" is when
    d = _article("Hill Post", "On the third day, five people died in the hospital.")
    assert [f.apart for f in extract([d]) if f.value == 5] == [None]
