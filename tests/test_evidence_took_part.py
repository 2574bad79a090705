"""A link's differences read a count of those who took part in an event however it is worded
(core.quantities.took_part; trial 50 F2, F7): the crowd "numbered 6,000" against "9,000 joined",
"about 3,000 people had taken part" against "about 2,000 people took part"; and a count of one
thing pairs with no other thing's count where the other text counts that thing too."""

from __future__ import annotations

from core.linking.evidence import differences


def _figures(a: str, b: str) -> list[tuple[str, str]]:
    return [(d.a, d.b) for d in differences(a, b) if d.what == "figure"]


def test_counts_of_a_crowd_in_other_words_differ() -> None:
    a = "Police put the crowd at 1,500; the union says 9,000 joined the Orlen rally"
    b = "The union said the crowd numbered 6,000, while police estimated 1,500."
    assert _figures(a, b) == [("9,000", "6,000")]


def test_took_part_and_had_taken_part_are_one_count() -> None:
    a = "Chief Inspector Rhea Moll said about 3,000 people had taken part in the rally and that 12 people were detained."
    b = "Chief Inspector Rhea Moll said about 2,000 people took part."
    assert _figures(a, b) == [("3,000", "2,000")]
    c = b + " The union, which organised the rally, said 9,000 people had joined it."
    # (beside another count of the crowd, paired as the wording pairs them)
    assert ("3,000", "2,000") in _figures(a, c)


def test_one_things_count_pairs_with_no_others_by_what_happened() -> None:
    a = "The union said more than 60 teachers were injured."
    b = "Police now say 14 officers were injured. The union says 80 teachers needed treatment."
    assert ("60", "14") not in _figures(a, b)
