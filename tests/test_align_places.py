"""Two places' counts of one thing are no one quantity, no reason to link (trial 55 F8).

A wire paragraph of the neighbouring countries' counts ("In Denbury, about 220,000 customers lost
power, while in Harlow some 90,000 ...") was linked to a lead of the home country's count
("Nearly two million customers in Brenmark ...") by the figure rule alone: both "count customers".
"""

from __future__ import annotations

from core.linking.align import _same_quantity, prepare
from tests.reports import outlet_report


def _prepared(*texts: str) -> list:
    return prepare([outlet_report(f"Outlet {k}", text) for k, text in enumerate(texts)])


def test_two_places_counts_are_no_one_quantity() -> None:
    home, neighbours = _prepared(
        "Nearly two million customers in Brenmark were left without electricity on Wednesday, grid operator Brennet said.",
        "In Denbury, about 220,000 customers lost power, while in Harlow some 90,000 were affected, their operators said.",
    )
    assert not _same_quantity(home, neighbours)


def test_one_places_counts_are_one_quantity() -> None:
    one, other = _prepared(
        "Nearly two million customers in Brenmark were left without electricity on Wednesday, grid operator Brennet said.",
        "In Brenmark, about 1.8 million customers lost power, the operator said.",
    )
    assert _same_quantity(one, other)
    # a count of no place said is no other place's
    one, other = _prepared("Nearly two million customers in Brenmark were left without electricity.",
                           "About 1.8 million customers lost power on Wednesday.")
    assert _same_quantity(one, other)
