"""A link's differences pair shares by what they are shares of, whatever verb stands by them (trial 44 F2)."""

from __future__ import annotations

from core.linking.evidence import Difference, differences


def test_shares_of_one_whole_differ_whatever_their_verbs() -> None:
    a = "The drive aims to reach 85% of the 52,000 people living in the four wards, the board said."
    assert differences(a, "The board wants to cover 80 percent of the four wards' 52,000 residents.") == [
        Difference("85", "80", "figure")]
    # "percent", "per cent" and "%" are one unit: the same share is no difference
    assert differences(a, "The board wants to cover 85 per cent of the four wards' 52,000 residents.") == []
    assert differences("Revenue rose 5% in the quarter, the bank said.", "The bank said revenue climbed 7% in the quarter.") == [
        Difference("5", "7", "figure")]


def test_shares_of_two_things_are_no_difference() -> None:
    assert differences("Revenue rose 5% in the quarter, the bank said.", "The bank said fee income climbed 7% in the quarter.") == []
    assert differences("Officials aim to vaccinate 85% of the residents, the board said.",
                       "The board said 40% of the clinics had opened.") == []
