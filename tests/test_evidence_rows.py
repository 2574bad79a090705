"""A statistics table's row ("3 Mar — Trucks at gate: 12; Pallets in yard (est.): 4,800"): each
value counts the label before its colon, never a parenthesised qualifier nor the next row's label
(trial 43 F7)."""

from __future__ import annotations

from core.linking.evidence import Difference, differences

ROW = "3 Mar — Trucks at gate: 12; Pallets in yard (est.): 4,800; Avg. wait (hours): 5"


def test_a_rows_value_counts_its_label() -> None:
    assert differences(ROW, "About 3,900 pallets were stuck in the yard, the operator said.") == [
        Difference("4,800", "3,900", "figure")]


def test_a_parenthesised_qualifier_is_no_counted_thing() -> None:
    provisional = "Week 9 — Pallets in yard (provisional): 4,800; Trucks at gate (approx.): 12"
    # the trucks pair with the trucks, the pallets with the pallets: one value each, the same
    assert differences(provisional, "The yard held 4,800 pallets and 12 trucks waited at the gate.") == []
    assert differences(provisional, "The yard held 4,800 pallets and 15 trucks waited at the gate.") == [
        Difference("12", "15", "figure")]


def test_a_row_of_one_day_is_no_count_of_another_days_report() -> None:
    """A table published on the 6th gives each day's row; a report of the 3rd gives its own day's
    count: the row of the 5th is another day's, the row of the 3rd the same day's."""
    report = "About 3,900 pallets were stuck in the yard, the operator said."
    days = ("2026-03-06T18:00:00+00:00", "2026-03-03")
    assert differences(ROW.replace("3 Mar", "5 Mar"), report, days=days) == []
    assert differences(ROW, report, days=days) == [Difference("4,800", "3,900", "figure")]
