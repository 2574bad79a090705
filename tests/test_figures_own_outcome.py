"""A count whose own words name what happened to those it counts ("the 12 injured were taken to
hospital") is a count of that outcome, in one row with "12 people were injured": trial 52 F2c
showed "count: 12 ≠ 14" (no outcome, since its predicate told another) beside "count (injured)"."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare
from tests.figure_rows import article


def test_a_count_named_by_its_outcome_is_in_that_outcomes_row() -> None:
    reports = [article(outlet, f"A ferry ran aground off Tolm on Thursday, and {n} people were injured, the coastguard said.",
                       f"Coastguard spokesman Aron Vell said the {n} injured were taken to Tolm General Hospital.")
               for outlet, n in (("Harbour Post", 12), ("Coast Wire", 14))]
    rows = [(g.quantity, sorted(f.value for f in g.figures)) for g in compare(Story.build(reports))
            if any(f.value in (12, 14) for f in g.figures)]
    assert rows == [("count (injured)", [12, 12, 14, 14])]
