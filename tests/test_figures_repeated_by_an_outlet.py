"""An outlet that prints a figure in the same words in two of its reports makes one claim twice
(trial 55 F3: "nearly 3 million ≈ about 2.9 million" and "2.87 million ≈ about 2.9 million" were
two rows of one count of customers): the rows each joins are one, whatever time one of them says;
its values stay marked against the value most give."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare
from tests.figure_rows import article


def test_one_outlets_figure_twice_joins_the_rows_of_its_two_reports() -> None:
    wire = article("Nordwire", "Nearly three million customers in Ostmara were left without electricity on Wednesday, "
                               "grid operator OstNet said.", published="2026-12-02T05:10:00+01:00")
    ledger = article("Baltic Ledger", "Nearly three million customers in Ostmara were left without electricity on Wednesday, "
                                      "grid operator OstNet said.", published="2026-12-02T06:02:00+01:00")
    courier = article("Varnhold Courier", "Within minutes, OstNet said, about 2.9 million customers in Ostmara were left "
                                          "without electricity.", published="2026-12-02T09:30:00+01:00")
    operator = article("OstNet", "At the peak of the disturbance 2.87 million customers were without supply.",
                       published="2026-12-02T15:00:00+01:00")
    follow_up = article("Varnhold Courier", "The operator kept its estimate that about 2.9 million customers lost power "
                                            "at the peak of the disturbance.", published="2026-12-03T16:40:00+01:00")
    counts = [g for g in compare(Story.build([wire, ledger, courier, operator, follow_up])) if g.unit == "customer"]
    assert len(counts) == 1 and not counts[0].disagree
    assert sorted(f.text for f in counts[0].figures) == ["2.87 million customers", "Nearly three million customers",
                                                        "Nearly three million customers", "about 2.9 million customers",
                                                        "about 2.9 million customers"]


def test_two_outlets_figures_at_two_times_stay_two_rows() -> None:
    # the same words in two outlets' reports are no claim made twice: the peak and the count now stay apart
    a = article("Nordwire", "At the peak of the storm about 6,000 people were in shelters, officials said.")
    b = article("Baltic Ledger", "About 6,000 people were in shelters on Friday, officials said.")
    c = article("Nordwire Two", "About 4,000 people remain in shelters, officials said.")
    counts = [g for g in compare(Story.build([a, b, c])) if g.unit == "people"]
    assert all(len({f.value for f in g.figures}) == 1 for g in counts)
