"""A weekday right after a count is the count's own day, whatever other day its clause names:
"cancelled 62 flights on Monday as the grounding ordered on Saturday entered its third day" is
Monday's count, no value of Friday's "31 flights on Friday" (trial 52 F2e: one row "31 flights ≠
62 flights", the second count read as of no day, since its clause names two)."""

from __future__ import annotations

from core.linking.story import Story
from core.quantities import when_of
from core.views.figures import compare
from tests.figure_rows import article

FRIDAY = ("Ferrow Air cancelled 31 domestic flights on Friday after regulators grounded its Belmar turboprops, "
          "the airline said.")
MONDAY = ("Ferrow Air cancelled 62 domestic flights on Monday as the grounding of its Belmar turboprops ordered "
          "on Saturday entered its third day, the airline said.")


def test_the_weekday_right_after_a_count_is_its_day() -> None:
    at = MONDAY.index("62")
    assert when_of(MONDAY, at, MONDAY.index(" on Monday")).days == frozenset({("weekday", "monday")})
    at = FRIDAY.index("31")
    assert when_of(FRIDAY, at, FRIDAY.index(" on Friday")).days == frozenset({("weekday", "friday")})


def test_counts_of_two_days_are_two_quantities() -> None:
    story = Story((article("Wire", FRIDAY, published="2026-12-04T14:10:00+01:00"),
                   article("Ledger", MONDAY, published="2026-12-07T08:00:00+01:00")), ())
    assert not any({31, 62} <= {f.value for f in g.figures} for g in compare(story))
