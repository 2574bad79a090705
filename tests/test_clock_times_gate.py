"""core.numbers.clock_times reads a text with neither a digit nor a named time ("noon", "midday",
"midnight") as giving no clock time, without the full scan: the same times as the scan gives."""

from __future__ import annotations

import pytest

from core.numbers import CLOCK_TIME, clock_times, clock_value


def _scanned(text: str) -> list[tuple[int, int, float, str]]:
    """What the full scan of CLOCK_TIME gives, as clock_times gave it before its gate."""
    found = []
    for match in CLOCK_TIME.finditer(text):
        if (clock := clock_value(match)) is not None:
            start = next(match.start(g) for g in ("hour", "hhmm", "named") if match[g])
            found.append((start, match.end(), *clock))
    return found


@pytest.mark.parametrize("text", [
    "The fire broke out at about 8.40pm on Tuesday.",
    "Crews arrived shortly after midnight and left at noon.",
    "Talks ran until MIDDAY, officials said.",
    "The vote is due by 1700 GMT (12:00 local time).",
    "Two people were hurt; nobody was killed.",
    "A Ministry statement gave no time for the meeting.",
    "The meeting was at mıdnight local time.",  # a dotless i, which re.IGNORECASE folds to i
    "Les secours sont arrivés vers 3h40, à l'aube.",
    "",
])
def test_clock_times_are_those_the_full_scan_gives(text: str) -> None:
    assert clock_times(text) == _scanned(text)


def test_a_text_without_digits_or_named_times_gives_none() -> None:
    assert clock_times("Nobody was hurt, the fire service said on Tuesday evening.") == []
    assert [t[2] for t in clock_times("The talks ended at noon.")] == [720.0]
