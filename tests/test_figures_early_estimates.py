"""Early estimates of a measure are what was known that day (trial 48 F5): a live page's earlier
update "about 180 tonnes" and a report's "about 190 tonnes" of the same morning get the same
treatment, neither differing, and the "210 tonnes" of reports days later is a revision, its own
row, no disagreement with them."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare
from tests.figure_rows import article

DAY1, DAY4 = "2026-03-05T12:00:00+00:00", "2026-03-08T12:00:00+00:00"


def _story() -> Story:
    live = article("River Live", "08:20", "The freighter Talmora Bay has grounded off Cape Rensk.", "11:00",
                   "Officials say about 180 tonnes of heavy fuel oil has escaped. Around 300 containers are reported overboard.", "14:10",
                   "Booms are in place around the stern of the Talmora Bay.",
                   published=DAY1, subheads=((0, "08:20"), (2, "11:00"), (4, "14:10")))
    return Story.build([
        live,
        article("Daily Post", "Officials estimated that about 190 tonnes of heavy fuel oil had escaped by midday.",
                published=DAY1),
        article("Coast Weekly", "Environmental groups said the spill, put by the authority at 210 tonnes of heavy fuel oil, "
                "threatened nesting beaches.", published=DAY4),
        article("Club Circular", "Approximately 210 tonnes of heavy fuel oil has been released.",
                published=DAY4),
    ])


def test_early_estimates_of_one_day_get_one_treatment() -> None:
    groups = [g for g in compare(_story()) if g.unit == "tonne"]
    assert not any(g.disagree for g in groups)
    early = [g for g in groups if {f.value for f in g.figures} & {180.0, 190.0}]
    assert len(early) == 1 and 210.0 not in {f.value for f in early[0].figures}


def test_the_row_header_names_each_earlier_value_after_it() -> None:
    from core.views.figures import values_text

    live = article("River Live", "09:30", "Officials say 17 ambulances are at the scene of the Talmora Bay fire.", "21:30",
                   "Officials say 41 ambulances are at the scene of the Talmora Bay fire.",
                   published=DAY1, subheads=((0, "09:30"), (2, "21:30")))
    post = article("Daily Post", "Officials say 41 ambulances are at the scene of the Talmora Bay fire.", published=DAY1)
    [row] = [g for g in compare(Story.build([live, post])) if g.unit == "ambulance"]
    assert values_text(row) == "41 ambulances ≈ 17 ambulances (earlier update 09:30)"
