"""Counts of what happened to people that reports of two days give are a timeline, no
disagreement (trial 53 F4: `DISAGREE: count (evacuated): 3,200 people, 6,100 people` set a
count of the first day, in a report whose clause named Monday, against one of the third, which
named no day). A day the words name and the day a report was published are weighed as days; the
earlier days' counts stand in the row of the latest, labelled with their day, never against it;
two outlets' values of one day that differ still do."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, values_text
from tests.figure_rows import article

MONDAY = ("A breach opened in the Orlen levee on Monday evening after three days of rain, and authorities "
          "evacuated 3,200 people from the towns of Orlen and Brenna, the agency said.")
WEDNESDAY = "A total of 6,100 people have been evacuated from Orlen and Brenna since the levee broke, the agency said."
WEDNESDAY_PAPER = "Some 7,000 people have been evacuated from Orlen and Brenna since the levee broke, the regional paper reported."


def test_a_count_of_an_earlier_day_is_the_rows_earlier_day() -> None:
    story = Story.build([article("Wire", MONDAY, published="2031-03-03T18:00:00+00:00"),
                         article("Post", WEDNESDAY, published="2031-03-05T09:00:00+00:00"),
                         article("Gazette", WEDNESDAY_PAPER, published="2031-03-05T11:00:00+00:00")])
    [row] = [g for g in compare(story) if g.kind == "count"]
    labels = {f.value: (row.verdict_of(f), row.stage_label(f)) for f in row.figures}
    assert labels == {3200.0: ("close", "earlier day 2031-03-03"), 6100.0: ("same", ""), 7000.0: ("differ", "")}
    assert row.quantity == "count (evacuated)" and "3,200 people (earlier day 2031-03-03)" in values_text(row)


def test_two_outlets_of_one_earlier_day_that_differ_stay_flagged() -> None:
    story = Story.build([article("Wire", MONDAY, published="2031-03-03T18:00:00+00:00"),
                         article("Ledger", MONDAY.replace("3,200", "4,100"), published="2031-03-03T19:00:00+00:00"),
                         article("Post", WEDNESDAY, published="2031-03-05T09:00:00+00:00"),
                         article("Gazette", WEDNESDAY.replace("the agency", "the mayor"), published="2031-03-05T11:00:00+00:00")])
    rows = {tuple(sorted(f.value for f in g.figures)): g.disagree for g in compare(story) if g.kind == "count"}
    assert rows == {(3200.0, 4100.0): True, (6100.0, 6100.0): False}, rows
