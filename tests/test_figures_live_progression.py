"""A live page's counts over the day (trial 46 F14): its updates headed "21:30 GMT — Night update:
..." are updates, and the counts of its earlier updates (17 ambulances at 09:30, 29 at 12:45)
sit in the row of its latest count (41 at 21:30), labelled with their times, against no one."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, values_text
from tests.figure_rows import article

LIVE = ("Three hospitals of Ostmere Health have shut their emergency units after a ransomware attack.",
        "21:30 GMT — Night update: operations postponed",
        "The group now says 41 ambulances have been diverted to other hospitals since the morning.",
        "12:45 GMT — Diversions rise",
        "Ostmere Health says 29 ambulances have been sent elsewhere so far, and staff are writing notes by hand.",
        "09:30 GMT",
        "The regional ambulance service says 17 ambulances have so far been diverted from Ostmere Health.")
SUBHEADS = ((1, LIVE[1]), (3, LIVE[3]), (5, LIVE[5]))
WIRE = "A ransomware attack on Ostmere Health forced 41 ambulances to be diverted on Monday, the group said."


def test_a_live_pages_earlier_counts_sit_in_its_latest_counts_row_with_their_times() -> None:
    live = article("City Radio", *LIVE, subheads=SUBHEADS)
    story = Story.build([live, article("Daily Post", WIRE)])
    [row] = [g for g in compare(story) if g.unit == "ambulance"]
    assert sorted(f.value for f in row.figures) == [17, 29, 41, 41]
    labels = {f.value: row.stage_label(f) for f in row.figures if f.ref.article == live.id}
    assert labels == {17: "earlier update 09:30", 29: "earlier update 12:45", 41: ""}
    assert all(row.verdict_of(f) != "differ" for f in row.figures) and not row.disagree
    assert "17 ambulances (earlier update 09:30)" in values_text(row)
