"""A rate's move in points says its size, not what moved: two paragraphs that give moves of no
common size give no number for one thing (trial 49 F6: the two-year yield "up 9 basis points" was
linked to the central bank's rise "by 25 basis points" through the unit alone)."""

from __future__ import annotations

from core.linking import align
from core.quantities import rate_moves
from tests.reports import outlet_report


def _sizes(text: str) -> set[float]:
    return {size for size, _ in rate_moves(text)}


def test_the_sizes_of_moves_in_points_whatever_their_unit() -> None:
    assert rate_moves("the two-year yield rose 9 basis points") == {(0.09, "two-year yield")}
    assert _sizes("raised by a quarter point") == _sizes("a 0.25 percentage-point rise") == _sizes("up 25bps") == {0.25}
    assert rate_moves("inflation of 3.1%") == frozenset()


def test_moves_of_other_sizes_are_no_quantity_in_common() -> None:
    markets, research, daily = align.prepare([
        outlet_report("Markets", "Sorland government bonds sold off, with the two-year yield up 9 basis points at 3.41%."),
        outlet_report("Research", "The Bank of Sorland raised its deposit rate by 25 basis points to 3.25% today."),
        outlet_report("Daily", "The Bank of Sorland raised its key deposit rate by 0.25 percentage points on Wednesday."),
    ])
    assert not align._same_quantity(markets, research)
    assert align._same_quantity(research, daily)  # one move, in two units


def test_one_size_of_move_of_another_rate_is_no_quantity_in_common() -> None:
    # a commercial lender following the central bank by the same quarter point moves another rate
    bank, lender = align.prepare([
        outlet_report("Live", "BREAKING: The Bank of Sorland raises its deposit rate by 25 basis points to 3.25%."),
        outlet_report("Review", "Sorland's largest lender, Kronborg Bank, said it would raise its standard variable rate "
                           "by 0.25 percentage points from July 1."),
    ])
    assert not align._same_quantity(bank, lender)
