"""Reading numbers in text: which words are numbers, and what value a number as printed has.

One reader for every stage that reads figures: the linker (core.linking.align: which words of a
paragraph are numbers; core.linking.evidence: the figures a link's two sides give and how they
differ) and the figures view (core.views.figures: the same quantity as each outlet gives it).
A number is printed in digits ("1,200", "4.5"), in words ("Fourteen", "six-and-a-half", "two
dozen"), with a scale written out or cut short ("4.5 million", "EUR 1.2 bln", "3bn"), or in
words that name no one value ("dozens", "hundreds": :data:`VAGUE`). Whether a number is a
name's, counting nothing ("AK-47", "MH17"), is :func:`core.text.designation`; how two values of
one quantity compare is core.quantities, which builds on this module.
"""

from __future__ import annotations

import re

__all__ = ["MULTIPLIERS", "NUMBER_VALUES", "NUMBER_WORDS", "SCALES", "VAGUE", "is_number", "number_value", "phrase_value"]

#: Numbers written as words, and the words that stand for a number ("dozens", "no one").
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion dozen dozens several no".split()
)

#: The value of each number word a figure may be written in ("Fourteen", "forty", "a dozen"); "a"
#: and "an" are one ("a year and a half", "a hundred").
NUMBER_VALUES = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
     "hundred": 100, "thousand": 1000, "dozen": 12, "a": 1, "an": 1}
#: The scale words of a sum or a count, written out or cut short ("billion", "bln", "bn"; "m" and
#: "k" only glued to a number or after a currency, where they cannot be metres or a 5k run).
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "mn": 1e6,
          "mln": 1e6, "mio": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "trln": 1e12}

#: Number words that multiply the number before them ("two dozen" 24, "three hundred" 300).
MULTIPLIERS = frozenset({"dozen", "hundred", "thousand"})
#: Numbers in words that name no one value: the least and the greatest value each allows
#: ("dozens" 24 to 99, "hundreds" 200 to 999).
VAGUE = {
    "several": (3.0, 9.0), "dozens": (24.0, 99.0), "scores": (40.0, 199.0), "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0), "millions": (2e6, 9.99e8),
}

_HAS_DIGIT = re.compile(r"\d").search  # in C: this runs once per word of every paragraph
#: A sum's number with its scale cut short, glued or not ("4.2m", "4.2 bn", "1.2bln", "30k").
_CUT_SHORT = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>[a-z]{1,4})", re.I)


def is_number(word: str) -> bool:
    """Whether *word* (folded) is a number, in digits or words (:data:`NUMBER_WORDS`)."""
    return word in NUMBER_WORDS or _HAS_DIGIT(word) is not None


def number_value(text: str) -> float | None:
    """The value of a number as printed: "1,200" 1200.0, "Fourteen" 14.0, "six-and-a-half" 6.5,
    "a dozen" 12.0, "two dozen" 24.0; None if none."""
    text = text.lower().replace(",", "")
    if text in ("a", "an"):
        return 1.0  # "a year and a half"
    try:
        return float(text)
    except ValueError:
        pass
    half = 0.5 if "half" in text else 0.0
    parts = [p for p in re.split(r"[- ]", text) if p not in ("and", "a", "half")]
    total = 0.0
    for part in parts:
        if part not in NUMBER_VALUES:
            return None
        n = NUMBER_VALUES[part]
        total = total * n if part in MULTIPLIERS and total else total + n  # "two dozen": 24
    return total + half


def phrase_value(text: str, *, cut_short: bool = False) -> float | None:
    """The value of a number phrase as printed, its scale word too: "4.5 million" 4500000.0,
    "two billion" 2e9, "1,200" 1200.0 (:func:`number_value` for the number); None if none.
    With *cut_short* (a sum of money, where "m" cannot be metres) a scale cut short counts too:
    "4.2m" 4200000.0, "3bn" 3e9."""
    # the scale after a space or a hyphen ("3.5 billion", "a 3.5-billion-crown plan")
    head, scale = (re.split(r"[ -](?=[^ -]*$)", text.strip(), maxsplit=1) + [""])[:2]
    if head and scale.lower() in SCALES and len(scale) > 2:  # the words, not "m" or "bn" glued on
        value = number_value(head)
        return None if value is None else value * SCALES[scale.lower()]
    short = _CUT_SHORT.fullmatch(text.strip()) if cut_short else None
    if short and short["scale"].lower() in SCALES:
        return float(short["num"].replace(",", "")) * SCALES[short["scale"].lower()]
    return number_value(text)
