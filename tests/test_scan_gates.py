"""Gates that skip a scan where it can find nothing give what the scan gives: core.numbers.clock_times
reads a text with neither a digit nor a named time ("noon", "midday", "midnight") as giving no clock
time, and core.numbers.is_number a word of letters alone as no number, without their regex scans."""

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


def test_is_number_is_the_digit_scan_for_every_character() -> None:
    """is_number reads a word of letters alone as no number without its digit scan: no letter is a
    decimal digit (Unicode's Nd), so the answer is the scan's for every character."""
    import re
    import sys

    from core.numbers import NUMBER_WORDS, is_number

    scan = re.compile(r"\d").search
    # (a word is of letters alone where each character is, so each character alone tells)
    for word in map(chr, range(sys.maxunicode + 1)):
        assert is_number(word) == (word in NUMBER_WORDS or scan(word) is not None), repr(word)
    for word in ("", "twelve", "a1", "x\u0663y", "\uff11\uff12", "don't", "u.s.", "ab\u00b2", "\u2167"):
        assert is_number(word) == (word in NUMBER_WORDS or scan(word) is not None), repr(word)
