"""Comparing quantities: whether two outlets' figures of one thing can both be right.

One rule, used by the figures view (core.views.figures: which outlets' values agree) and by a
link's differences (core.linking.evidence: which changed figures a reader must see). A figure
is a value as printed ("287,000", "nearly six"), maybe qualified: a bound ("more than 40", "up
to 120") allows every value on its side, an estimate ("about 1,200", "nearly 300,000") the
values within its slack, a plain figure the values it rounds. Two figures are consistent when
one's value is among those the other allows; two bounds from one side are two outlets' claims,
consistent only when equal.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

__all__ = [
    "BOUNDS", "Claim", "ESTIMATES", "FROM_BELOW", "INCLUSIVE", "JUST_UNDER", "SECONDS", "SPREAD", "TOLERANCE",
    "allowed", "consistent", "estimate_slack", "precision", "rounded", "time_precision",
]

#: Values further apart than this share of the larger one disagree.
TOLERANCE = 0.1
#: Each unit of time in seconds: a month is a twelfth of a year of 365.25 days.
SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
           "month": 2629800.0, "year": 31557600.0, "decade": 315576000.0}
#: The most one outlet's value of a figure is times another's: beyond it two numbers are two
#: figures ("$38.50 a share" and "$4.2 billion"; "2.1%" and "27%"), however alike their paragraphs.
SPREAD = 2.0

#: Bounds from below: the values they allow are above theirs ("more than 40": 41 agrees).
FROM_BELOW = frozenset({"over", "more than", "at least", "upwards of"})
#: Every bound, from below and from above ("less than 300", "up to 120").
BOUNDS = FROM_BELOW | frozenset({"less than", "fewer than", "under", "up to", "at most"})
#: Bounds that hold their own value: "at least 300" and "up to 300" both allow 300.
INCLUSIVE = frozenset({"at least", "up to", "at most"})
#: Estimates from below: "nearly 300,000" is a little under 300,000, never over it.
JUST_UNDER = frozenset({"nearly", "almost"})
#: Every estimate: within its slack of its value (:func:`estimate_slack`), on both sides but
#: for those of :data:`JUST_UNDER`.
ESTIMATES = JUST_UNDER | frozenset({"about", "around", "roughly", "some", "approximately"})

#: The digits a figure prints, and its decimals.
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
#: The groups of three zeros a whole number ends in ("287,000", "10,000", "1000000").
_THOUSANDS = re.compile(r"(?:,000)+$|(?<=\d)(?:000)+$")


def precision(text: str, value: float) -> float:
    """Half a unit of the last digit a figure printed as *text* (of *value*) gives, in its
    value's terms: "$4.2 billion" is given to 0.05 billion, "38.50" to 0.005, "212" and
    "Forty-one" to 0.5, whole thousands as their scale ("287,000" to 500, as "287 thousand").
    Values closer than the coarser of two figures' precisions are one value rounded ("52
    percent" / "52.4 percent"), in the figures view and in a link's differences."""
    digits = _DIGITS.search(text)
    if digits is None:
        return 0.5
    printed = float(digits.group().replace(",", ""))
    scale = value / printed if printed else 1.0
    if digits.group(1) is None and (thousands := _THOUSANDS.search(digits.group())):
        # Whole thousands ("287,000", "4,000,000") are a scale as "287 thousand" is: given to 500.
        scale *= 1000.0 ** (len(thousands.group().replace(",", "")) // 3)
    return 0.5 * 10.0 ** -len(digits.group(1) or "") * abs(scale)


def time_precision(text: str, value: float) -> float:
    """:func:`precision` of a time printed as *text* (of *value*, in its unit), but no more than
    the :data:`TOLERANCE` of its length: "one year" is given to the year, yet is no 7 months, and
    "two years" no 20 months (a time in a coarser unit than another's is rounded, not another length)."""
    return min(precision(text, value), TOLERANCE * value)


def estimate_slack(text: str, value: float, tolerance: float = TOLERANCE) -> float:
    """How far from *value* an estimate printed as *text* ("about 1,200", "nearly six") may be:
    two units of its last significant digit, but no more than the *tolerance* of the value.
    "around 287,000" 2,000 (285,000 to 289,000: 278,412 is another figure), "about 58 km" 2 km
    (60 km agrees), "about 1,200" 120 (the tolerance), "nearly 300,000" 30,000, "nearly six
    hours" 0.6 hours, "some 2.44 million" 20,000 (2.5 million is another figure)."""
    digits = _DIGITS.search(text)
    printed = digits.group() if digits else f"{value:g}"
    number = float(printed.replace(",", "")) if digits else value
    scale = value / number if digits and number else 1.0
    whole, _, decimals = printed.replace(",", "").partition(".")
    unit = 10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0)
    return min(tolerance * abs(value), 2 * unit * abs(scale))


def rounded(a: tuple[str, float], b: tuple[str, float]) -> bool:
    """Whether figures *a* and *b* (each as printed, and its value) are one value, one of them
    rounded: no further apart than the coarser one's :func:`precision`."""
    return abs(a[1] - b[1]) <= max(precision(*a), precision(*b))


class Claim(NamedTuple):
    """What one outlet's figure says of a quantity: its ``value`` (None for a number in words
    that names no one value, "dozens"), the least and the greatest value it allows (``low``,
    ``high``: :func:`allowed`), and its ``qualifier`` ("more than", "nearly"; None)."""

    value: float | None
    low: float
    high: float
    qualifier: str | None = None


def allowed(value: float, text: str, qualifier: str | None, *, rounding: float = 0.0, scale: float = 1.0,
            tolerance: float = TOLERANCE) -> tuple[float, float]:
    """The least and the greatest value a figure printed as *text* (of *value*) allows, as
    *qualifier* reads it, times *scale* (seconds per unit of a time: "two years" and "24 months"
    are compared in seconds): a bound all values on its side, its own too ("at least 30": 30
    and more; "up to 20": 20 and less; outlets round "over 2.5 million" to "2.5 million"); an
    estimate within its :func:`estimate_slack` ("around 287,000": 285,000 to 289,000), "nearly"
    and "almost" only below it ("nearly 300,000": 270,000 to 300,000); a plain figure within
    *rounding* (in *value*'s terms: its :func:`precision` where the caller counts a rounded
    value as the same, as the figures view does; a link's differences tell rounding apart
    first), an estimate within the wider of its slack and its rounding."""
    size = value * scale
    if qualifier in FROM_BELOW:
        return size, math.inf
    if qualifier in BOUNDS:
        return -math.inf, size
    if qualifier in ESTIMATES:
        slack = max(rounding * scale, estimate_slack(text, value, tolerance) * scale)
        return size - slack, size if qualifier in JUST_UNDER else size + slack
    return size - rounding * scale, size + rounding * scale


def consistent(a: Claim, b: Claim) -> bool:
    """Whether claims *a* and *b* of one quantity can both be right: one's value is among those
    the other allows ("287,000" and "287,412", "nearly 300,000" and "287,412", "more than 40" and
    "41", "dozens" and "44"; two values neither names overlap); except two bounds, which are two
    outlets' claims: from one side they agree only when equal ("at least seven" / "at least nine"
    differ), from two sides where they meet ("more than 100" / "up to 120"), or at one value both
    hold ("at least 300" / "up to 300"; "fewer than 300" and "more than 300" are two claims).
    "212" and "221" do not agree."""
    if a.qualifier in BOUNDS and b.qualifier in BOUNDS and a.value is not None and b.value is not None:
        if (a.qualifier in FROM_BELOW) == (b.qualifier in FROM_BELOW):
            return a.value == b.value
        low, high = (a.value, b.value) if a.qualifier in FROM_BELOW else (b.value, a.value)
        return low < high or low == high and {a.qualifier, b.qualifier} <= INCLUSIVE
    if a.value is None or b.value is None:
        return max(a.low, b.low) <= min(a.high, b.high)
    return a.low <= b.value <= a.high or b.low <= a.value <= b.high
