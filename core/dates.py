"""Find calendar dates in the short date lines news pages print."""

from __future__ import annotations

import re
from datetime import date

__all__ = ["find_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# A scrape may glue the time to the year: "July 15, 20214:37 PM".
_YEAR = r"(?P<year>(?:19|20)\d\d)(?=\b|\d{1,2}:\d\d)"

_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I),  # June 18, 2023
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}", re.I),  # 18 June 2023
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),  # 2023-06-18
    # 18.06.2023, 18/06/2023, and 06/18/2023 where the day cannot be the month
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<month>\d{1,2})/(?P<day>1[3-9]|2\d|3[01])/(?P<year>(?:19|20)\d\d)\b"),
)



def find_date(text: str) -> tuple[date, tuple[int, int]] | None:
    """The first calendar date in *text* and where it stands, or None."""
    best: tuple[date, tuple[int, int]] | None = None
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        month_text = match["month"].lower().rstrip(".")
        month = int(month_text) if month_text.isdigit() else _MONTHS[month_text]
        try:
            found = date(int(match["year"]), month, int(match["day"]))
        except ValueError:
            continue
        if best is None or match.start() < best[1][0]:
            best = (found, match.span())
    return best
