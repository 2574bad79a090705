"""An estimate on one day and the exact count days later (trial 48 F4): "About 300 containers"
on the day of the grounding and "312 containers" in a later circular are one count, the
estimate close to it (≈), not two days' counts with 312 left out; two days' exact counts that
differ ("nine dead" / "eleven dead") stay two days' counts."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare
from tests.figure_rows import article

DAY1, DAY4 = "2026-03-05T12:00:00+00:00", "2026-03-08T12:00:00+00:00"


def test_an_estimate_and_a_later_exact_count_are_one_row() -> None:
    story = Story.build([
        article("Daily Post", "About 300 containers went overboard when the freighter Talmora Bay listed off Cape Rensk, "
                "and a further 48 containers on deck were damaged, the coastguard said.", published=DAY1),
        article("River News", "Some 300 containers went into the sea off Cape Rensk after the Talmora Bay listed. "
                "Forty-eight containers were damaged but remain on board.", published=DAY1),
        article("Club Circular", "According to the coastguard, 312 containers were lost overboard from the Talmora Bay "
                "and 48 containers were damaged on deck.", published=DAY4),
    ])
    rows = {g.figures[0].unit: g for g in compare(story) if g.unit == "container" and 48.0 not in {f.value for f in g.figures}}
    row = rows["container"]
    assert sorted(f.value for f in row.figures) == [300.0, 300.0, 312.0]
    assert not row.disagree and not row.exact  # close, not equal
    assert [row.verdict_of(f) for f in row.figures if f.value == 300.0] == ["close", "close"]


def test_two_days_exact_counts_that_differ_stay_apart() -> None:
    story = Story.build([
        article("Daily Post", "Nine people were killed when the freighter Talmora Bay listed off Cape Rensk, the coastguard said.",
                published=DAY1),
        article("Club Circular", "Eleven people were killed when the freighter Talmora Bay listed off Cape Rensk, the coastguard said.",
                published=DAY4),
    ])
    assert not any(g.disagree for g in compare(story))
