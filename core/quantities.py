"""Comparing quantities: whether two outlets' figures of one thing can both be right.

One rule, used by the figures view (core.views.figures: which outlets' values agree) and by a
link's differences (core.linking.evidence: which changed figures a reader must see). A figure
is a value as printed ("287,000", "nearly six"), maybe qualified: a bound ("more than 40", "up
to 120") allows every value on its side, an estimate ("about 1,200", "nearly 300,000") the
values within its slack, a plain figure the values it rounds. Two figures are consistent when
one's value is among those the other allows; two bounds from one side are two outlets' claims,
consistent only when equal.

Which quantity a figure is of is read here too, for the same two callers: a rate's move in
percentage points or basis points (:data:`POINTS`: "0.25 percentage points" is "25 basis
points" and "a quarter-point"), a sum by a currency's code ("EUR 1.2 bln": :data:`CURRENCY_CODES`,
core.numbers.SCALES), and what a share is of (:func:`share_of`, :func:`same_quantity`: "revenue rose
5%" and "fee income climbed 9%" are shares of two things).
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, NamedTuple

from core.numbers import GROUP_SPACES, NUMBER_VALUES, SCALES, number_value
from core.text import COUNTED_AS, OPPOSITE_SIDES, ORDINALS, OUTCOMES, WEEKDAY_NAMES, appositive_age, is_any_function_word, is_stopword, stem

__all__ = [
    "lasted_by", "standing", "event_of", "weekday_of", "day_of_month",
    "BOUNDS", "CURRENCY_CODES", "age_of", "apposed_age", "Claim", "ESTIMATES", "FROM_BELOW", "INCLUSIVE", "JUST_UNDER", "POINTS", "POINT_UNITS",
    "SECONDS", "SPREAD", "TOLERANCE", "allowed", "consistent", "estimate_slack", "point_unit", "rate_moves", "one_move", "precision",
    "move_direction", "names_one_quantity", "rate_move", "rounded", "same_quantity", "share_of", "time_precision",
    "span_of", "spans_apart", "PART_WORDS", "PART_OF_BEFORE", "certainty", "quantity_key", "action_of", "actions_apart", "contrasted_actions", "clause_of", "said_of", "threshold", "one_quantity", "part_of", "part_named", "included", "INCLUDED", "count_part", "same_part", "QUALIFIERS_ABROAD", "When", "when_of", "in_report_year", "names_year", "other_time", "SUM_NAMES", "sum_of",
]

#: Values further apart than this share of the larger one disagree.
TOLERANCE = 0.1
#: Each unit of time in seconds: a month is a twelfth of a year of 365.25 days.
SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
           "month": 2629800.0, "year": 31557600.0, "decade": 315576000.0}
#: Each unit of a rate's move in percentage points: a basis point is a hundredth of one ("0.25
#: percentage points", "25 basis points" and "a quarter-point" are one cut).
POINTS = {"percentage point": 1.0, "basis point": 0.01}
#: The spellings of those units, folded, by the unit they spell ("bps", "ppts", "basis-point").
POINT_UNITS = {
    "percentage point": "percentage point", "percentage points": "percentage point", "percentage-point": "percentage point",
    "pp": "percentage point", "ppt": "percentage point", "ppts": "percentage point", "pps": "percentage point",
    "basis point": "basis point", "basis points": "basis point", "basis-point": "basis point",
    "bp": "basis point", "bps": "basis point",
}
#: Currencies by the code a wire puts before (or after) a sum ("EUR 1.2 bln", "USD 3bn", "GBP
#: 300m"), named as a sign or a currency word names them (core.text.CURRENCY_SIGNS).
CURRENCY_CODES = {
    "eur": "euro", "usd": "dollar", "gbp": "pound", "jpy": "yen", "cny": "yuan", "inr": "rupee", "chf": "franc",
    "rub": "rouble", "sek": "krona", "nok": "krone", "dkk": "krone", "czk": "koruna",
}
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
ESTIMATES = JUST_UNDER | frozenset({"about", "around", "roughly", "some", "approximately", "close to"})

#: The digits a figure prints, and its decimals (its thousands grouped by commas or by spaces,
#: "6,100", "6 100": core.numbers.GROUP_SPACES).
_DIGITS = re.compile(rf"\d(?:[\d,]|[{GROUP_SPACES}](?=\d{{3}}(?!\d)))*(?:\.(\d+))?")
_COMMAS = str.maketrans(dict.fromkeys(GROUP_SPACES, ","))
#: The groups of three zeros a whole number ends in ("287,000", "10,000", "1000000").
_THOUSANDS = re.compile(r"(?:,000)+$|(?<=\d)(?:000)+$")


def precision(text: str, value: float) -> float:
    """Half a unit of the last digit a figure printed as *text* (of *value*) gives, in its
    value's terms: "$4.2 billion" is given to 0.05 billion, "38.50" to 0.005, "212" and
    "Forty-one" to 0.5, whole thousands as their scale ("287,000" to 500, as "287 thousand").
    A figure given to a unit above one (a round number: "1,000", "2 million") may be exact as
    well as rounded, and is given to no more than the :data:`TOLERANCE` of its value: "1,000"
    is 900 to 1,099 (not 500 to 1,499: "around 1,000" is no "about 1,200"), "2,000" no 1,500,
    "2 million" 1.8 to 2.2 million. Values closer than the coarser of two figures' precisions are one
    value rounded ("52 percent" / "52.4 percent"), in the figures view and in a link's differences."""
    digits = _DIGITS.search(text)
    if digits is None:
        return 0.5
    grouped = digits.group().translate(_COMMAS)  # "7 000" as "7,000"
    printed = float(grouped.replace(",", ""))
    scale = value / printed if printed else 1.0
    if digits.group(1) is None and (thousands := _THOUSANDS.search(grouped)):
        # Whole thousands ("287,000", "4,000,000") are a scale as "287 thousand" is: given to 500.
        scale *= 1000.0 ** (len(thousands.group().replace(",", "")) // 3)
    half_unit = 0.5 * 10.0 ** -len(digits.group(1) or "") * abs(scale)
    return min(half_unit, max(0.5, TOLERANCE * abs(value))) if half_unit > 0.5 else half_unit


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
    # a number in words is given to its last figure's place as digits would give it ("nearly a
    # million": to the million, as "nearly 1,000,000"; not as "1e+06")
    printed = digits.group().translate(_COMMAS) if digits else f"{value:.0f}" if value == int(value) else f"{value:g}"
    number = float(printed.replace(",", "")) if digits else value
    scale = value / number if digits and number else 1.0
    whole, _, decimals = printed.replace(",", "").partition(".")
    unit = 10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0)
    return min(tolerance * abs(value), 2 * unit * abs(scale))


def rounded(a: tuple[str, float], b: tuple[str, float]) -> bool:
    """Whether figures *a* and *b* (each as printed, and its value) are one value, one of them
    rounded: the finer one rounds, half up, to the coarser one (within its :func:`precision`
    below it, short of it above: "2,000" is 1,500 to 2,499; "2,500" rounds to 3,000)."""
    (coarse, coarse_precision), (fine, _) = sorted(((a, precision(*a)), (b, precision(*b))), key=lambda x: -x[1])
    return -coarse_precision <= fine[1] - coarse[1] < coarse_precision


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
    first), an estimate within the wider of its slack and its rounding; a range's upper end is
    short of the value half a unit above, which rounds up ("2,000" allows 1,500 to 2,499...)."""
    size = value * scale
    if qualifier in FROM_BELOW:
        return size, math.inf
    if qualifier in BOUNDS:
        return -math.inf, size
    if qualifier in ESTIMATES:
        slack = max(rounding * scale, estimate_slack(text, value, tolerance) * scale)
        return size - slack, size if qualifier in JUST_UNDER else _short_of(size + slack)
    # (a value half a unit above rounds up: "2,000" allows 1,500, not 2,500)
    return size - rounding * scale, _short_of(size + rounding * scale) if rounding else size


def _short_of(high: float) -> float:
    """The greatest value below *high*: the upper end of a range that does not hold it."""
    return math.nextafter(high, -math.inf)


def consistent(a: Claim, b: Claim) -> bool:
    """Whether claims *a* and *b* of one quantity can both be right: one's value is among those
    the other allows ("287,000" and "287,412", "nearly 300,000" and "287,412", "more than 40" and
    "41", "dozens" and "44"; two values neither names overlap); except two bounds, which are two
    outlets' claims: from one side they agree only when equal ("at least seven" / "at least nine"
    differ), from two sides where they meet ("more than 100" / "up to 120"), or at one value both
    hold ("at least 300" / "up to 300"; "fewer than 300" and "more than 300" are two claims).
    "212" and "221" do not agree; nor does a nought with any count but one bounded from above
    ("No one has died" / "one protester died", whatever "one" rounds to; "fewer than five" allows it)."""
    if a.value is not None and b.value is not None and (a.value == 0) != (b.value == 0):
        nought, other = (a, b) if a.value == 0 else (b, a)
        if nought.qualifier is None and other.qualifier not in BOUNDS - FROM_BELOW:
            return False
    if a.qualifier in BOUNDS and b.qualifier in BOUNDS and a.value is not None and b.value is not None:
        if (a.qualifier in FROM_BELOW) == (b.qualifier in FROM_BELOW):
            return a.value == b.value
        low, high = (a.value, b.value) if a.qualifier in FROM_BELOW else (b.value, a.value)
        return low < high or low == high and {a.qualifier, b.qualifier} <= INCLUSIVE
    if a.value is None or b.value is None:
        return max(a.low, b.low) <= min(a.high, b.high)
    return a.low <= b.value <= a.high or b.low <= a.value <= b.high


def point_unit(text: str) -> str | None:
    """The unit of a rate's move *text* spells (:data:`POINT_UNITS`: "basis points" "basis
    point", "pp" "percentage point"), case aside; None for another unit."""
    return POINT_UNITS.get(" ".join(text.lower().split()))


#: Words of a rate's move in words, with its size in percentage points: "a quarter-point", "half
#: a percentage point", "a quarter of a point", "three-quarters of a point".
RATE_MOVE = re.compile(
    r"(?<![\w.-])(?:(?P<lead>an?|one)[ -])?(?P<part>quarter|half|three[ -]quarters?)"
    r"(?:[ -]of)?(?:[ -]an?)?[ -](?:percentage[ -])?points?\b",
    re.I,
)
_PARTS = {"quarter": 0.25, "half": 0.5, "three quarter": 0.75, "three quarters": 0.75}


def rate_move(text: str) -> float | None:
    """The size in percentage points of a rate's move in words (:data:`RATE_MOVE`): "a
    quarter-point" 0.25, "half a percentage point" 0.5; None where *text* is none."""
    found = RATE_MOVE.fullmatch(text.strip())
    return _PARTS[found["part"].lower().replace("-", " ")] if found else None


#: A rate's move in points in digits ("25 basis points", "9bps", "0.25 percentage point", "0.3pp").
_POINTS_MOVE = re.compile(r"(?<![\w.,])(?P<num>\d+(?:\.\d+)?)[ -]?(?P<unit>basis[ -]points?|bps?|percentage[ -]points?|pp|ppts?)\b", re.I)


def rate_moves(text: str) -> frozenset[tuple[float, str]]:
    """The rates' moves in points *text* gives, each as its size in percentage points, rounded to
    a thousandth ("25 basis points" and "a quarter point" 0.25: :data:`POINT_UNITS`,
    :func:`rate_move`), and what moved as its sentence says (:func:`share_of`: "policy rate",
    "two-year yield"; "" where it does not say). Two paragraphs whose moves are of no one size
    and one rate tell of two moves ("the two-year yield up 9 basis points" / "raised its policy
    rate by 25 basis points"; "Kronborg Bank ... its standard variable rate by 0.25 percentage
    points" / "the Bank of Valdoria raises its policy rate by 25 basis points": trial 49 F6)."""
    found = set()
    for match in _POINTS_MOVE.finditer(text):
        unit = point_unit(match["unit"].replace("-", " "))
        if unit is not None:
            found.add((round(float(match["num"]) * POINTS[unit], 3), share_of(text, *match.span())))
    for match in RATE_MOVE.finditer(text):
        if (size := rate_move(match.group())) is not None:
            found.add((round(size, 3), share_of(text, *match.span())))
    return frozenset(found)


def one_move(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Whether two rates' moves (:func:`rate_moves`) may be one: of one size, and of one rate
    where both name what moved (:func:`names_one_quantity`, the broader reading: "policy rate" /
    "main interest rate")."""
    return a[0] == b[0] and (not a[1] or not b[1] or names_one_quantity(a[1], b[1], broader=True))


# What a share is of ------------------------------------------------------------------------

#: Verbs that say how a quantity moved, skipped between it and its share ("revenue rose 5%",
#: "its shares closed 3.8% higher"), as printed (lower case).
_MOVES = frozenset(
    """rose rise rises rising fell fall falls falling climbed climb climbs climbing slipped slip slips dropped drop
    drops jumped jump jumps gained gain gains increased increase increases decreased decrease declined decline
    declines grew grow grows growing shrank shrink surged surge soared soar plunged plunge plummeted slumped slump
    edged eased ease slowed slow slowing accelerated cut cuts lowered lower lowers raised raise raises reduced
    reduce trimmed trim hiked hike added lost sank tumbled jumped advanced retreated closed ended finished opened
    traded stood stands stand hit reached touched posted reported recorded won got took saw higher was were is are be been being has have had will would could should may might
    expected seen seeing sees expect expects""".split()
)
#: Nouns of a move after its share ("a 12% rise in net profit"), as printed.
_MOVE_NOUNS = frozenset(
    """rise increase gain jump climb drop fall decline decrease slump cut reduction hike growth surge
    slide dip""".split()
)
#: Words between a share and what it is of that say nothing of it: small words of a figure, its
#: unit and its qualifier ("by about 5 per cent", "up 0.25 percentage points from").
_AROUND = frozenset(
    """by to from at of up down about nearly almost around roughly some just only more than over under less
    a an per cent percent pct percentage point points basis bp bps pp ppt ppts quarter-point half-point
    quarter half another further additional extra close""".split()
)
#: Words of a phrase that do not say which quantity ("total revenue" is revenue, "its key rate"
#: a rate, "third-quarter net profit" net profit), as stems.
_GENERIC = frozenset(stem(w) for w in (
    """total overall main key benchmark headline official central policy underlying adjusted reported core
    quarterly annual annualised annualized yearly monthly full year years quarter month week day days session today
    next last previous final preliminary provisional official
    prev earlier first second third fourth new latest current q1 q2 q3 q4 h1 h2 fy on january february march april
    may june july august september october november december monday tuesday wednesday thursday friday saturday
    sunday""".split()))
#: One quantity by other names, as stems: what a share is of is compared after these.
_NAMES_OF = tuple(sorted((
    (frozenset(stem(w) for w in re.split(r"[ -]", key)), frozenset(stem(w) for w in value.split()))
    for key, value in {
        "net income": "profit", "earnings": "profit", "net profit": "profit", "profits": "profit",
        "income from lending": "interest income", "lending income": "interest income", "net interest income": "interest income",
        "net interest": "interest income", "sales": "revenue", "turnover": "revenue", "revenues": "revenue",
        "stock": "share", "share price": "share", "stock price": "share", "consumer prices": "inflation", "consumer price growth": "inflation", "price growth": "inflation",
        "consumer price": "inflation", "cpi": "inflation", "gdp": "growth", "economy": "growth",
        "estimate": "forecast", "projection": "forecast", "jobless": "unemployment",
        "interest rate": "rate", "policy rate": "rate", "bank rate": "rate", "borrowing costs": "rate", "borrowing cost": "rate",
    }.items()
), key=lambda names: -len(names[0])))  # the longest first: "net interest income" before "net income"
#: A number with words glued to it by hyphens ("15-kilometre", "3.5-billion-crown") is one token, read as a
#: number: its words measure the thing, they are no words of what a share is of.
_TOKEN = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*|\d(?:[\d,.]*\d)?(?:-[^\W\d_][\w'’]*)*|[%€$£¥]|[,;:()\[\]—–!?\"“”]|--+|\.(?=\s|$)")
_CLAUSE = frozenset(",;:()[]—–!?\"“”.")
#: Verbs a phrase a share is of never holds, looking either way ("68 per cent of Greeks believe",
#: "The poll of 1,000 people gave a 3.1 percent margin"): past tenses in "-ed" are told by their ending.
_VERBS = frozenset(
    """gave give gives show shows shown found find finds put puts said say says believe believes think thinks
    thought told tell tells saw see sees want wants took take takes made make makes""".split()
)


def _tokens(text: str) -> list[str]:
    """The words, numbers and punctuation of *text* a share's phrase is read from ("--" a dash)."""
    return ["—" if token.startswith("--") else token for token in _TOKEN.findall(text)]


def _verb(word: str) -> bool:
    """Whether *word* reads as a verb ("posted", "gave"; not a name, not a hyphened word)."""
    low = word.lower()
    return low in _VERBS or low.endswith("ed") and "-" not in low and not word[:1].isupper()
#: Words that end the phrase a share is of, looking back: a clause's conjunction, a determiner.
_BEFORE_PHRASE = frozenset("but while whereas as or after before when with the its their his her our this that these those".split())


def _phrase_words(tokens: list[str], first: int, last: int) -> list[str]:
    """The words of a phrase (tokens *first* to *last*), names (capitalised words but the
    sentence's first) and the small words between its parts left out, in lower case."""
    kept: list[str] = []
    for k in range(first, last + 1):
        word = tokens[k]
        initial = k == 0 or tokens[k - 1] in _CLAUSE
        titled = word[:1].isupper() and not word.isupper()
        if titled and not (initial and (k == last or not (tokens[k + 1][:1].isupper() and not tokens[k + 1].isupper()))):
            continue  # "Net interest income at Ostra Bank", "Ostra Bank revenue": a name, not the line item
        if titled and k < last and _PERIOD_CODE.fullmatch(tokens[k + 1]):
            continue  # "Ostra Q3 profit": whose period, a name
        if word.lower().endswith(("'s", "’s")) or word[:1].isdigit():
            continue  # "Halvard's stock": whose
        if is_stopword(word.lower()) and (word.lower() not in _BETWEEN_WORDS or not kept):
            continue
        kept.append(word.lower())
    while kept and kept[-1] in _BETWEEN_WORDS:
        kept.pop()  # "net interest income at [Ostra Bank]"
    return kept


#: A reporting period's code after a firm's name ("Ostra Q3 profit", "Ostra FY2026 revenue").
_PERIOD_CODE = re.compile(r"(?:Q[1-4]|H[12]|FY(?:\d{2}|\d{4})?|9M)")
#: Small words inside a phrase a share is of ("income from lending", "fee and commission income",
#: "growth forecast for next year").
_BETWEEN_WORDS = frozenset("of from at in for and next last this".split())


#: The signs a figure's unit is written in after or before its number (:data:`_TOKEN`'s).
_UNIT_SIGNS = frozenset("%€$£¥")


def _back(tokens: list[str], end: int) -> list[str]:
    """The phrase that ends at token *end* going back: content words, names and "of", "from",
    "at", "in", "for" between them ("income from lending at Ostra Bank"); [] where it is a verb
    after "to" ("preferring to hold at 3.5%")."""
    k = end
    while k >= 0:
        word = tokens[k]
        low = word.lower()
        after_of = k > 0 and tokens[k - 1].lower() == "of"  # "disapproval of the government"
        if word in _CLAUSE or low in _BEFORE_PHRASE and not after_of or low in _MOVES and k < end or word[:1].isdigit() or word in _UNIT_SIGNS:
            break  # (a sign is an earlier figure's unit: "3.1% in October from 3.3%" is no phrase "%")
        if is_stopword(low) and low not in _BETWEEN_WORDS and not after_of:
            break
        if _verb(word):
            if k == end:
                return []  # "the riots gave 60%": said of no thing
            break  # "posted net profit"
        k -= 1
    first = k + 1
    while first <= end and tokens[first].lower() in _BETWEEN_WORDS:
        first += 1
    if first > end or first > 0 and tokens[first - 1].lower() == "to":
        return []
    return _phrase_words(tokens, first, end)


def _ahead(tokens: list[str], start: int) -> list[str]:
    """The phrase that starts at token *start*, past a determiner ("of the vote", "in third-quarter
    net profit") and a count of the whole ("of the 310,000 people"; past a possessor too: "of the
    three districts' 310,000 residents" residents), to the first small word, verb, number,
    participle after its noun ("people living in") or clause's end."""
    k = start
    while k < len(tokens) and tokens[k].lower() in ("the", "its", "their", "his", "her", "our", "a", "an", "all", "these", "those"):
        k += 1
    opened = k
    # a count of the whole before its noun ("of the 310,000 people", "of its three plants") says
    # how many, not what: the phrase is its noun's
    while k < len(tokens) and (tokens[k][:1].isdigit() or tokens[k].lower() in NUMBER_VALUES):
        k += 1
    last = k - 1
    while last + 1 < len(tokens):
        word = tokens[last + 1]
        low = word.lower()
        participle = last + 1 == k > start  # "of our required capacity": after a determiner, an adjective
        living = low.endswith("ing") and last >= k and (last + 2 >= len(tokens) or is_stopword(tokens[last + 2].lower()))
        if living or word in _CLAUSE or is_stopword(low) and not (last + 1 == opened < k) or low in _MOVES or word[:1].isdigit() or word in "%€$£¥" or _verb(word) and not participle:
            if word[:1].isdigit() and last >= k and tokens[last].endswith(("'", "’", "'s", "’s")):
                return _ahead(tokens, last + 1)  # "of the three districts' 310,000 residents": whose, then what
            break
        last += 1
    return _phrase_words(tokens, k, last) if last >= k else []


#: Determiners that open a share's own noun phrase ("a dismal 20.6 percent", "an all-time low of
#: 38 percent", "its 12% rise"): the words between it and the share describe the share.
_SHARE_DETERMINERS = frozenset("a an the its".split())


#: Nouns that name a figure's value, not what it is of ("an all-time low of 38 percent", "a total
#: of 5%", "a peak of 9%": the subject's).
_VALUE_NOUNS = frozenset("low high record total peak rate average maximum minimum".split())


def _own_phrase(before: list[str]) -> int | None:
    """Where the share's own noun phrase opens in *before* (the tokens before it): the index of
    its determiner, past up to three words that describe the share ("a dismal", "a record", "an
    impressive", "a still-high") or a value's noun and "of" ("an all-time low of", "a total
    of": :data:`_VALUE_NOUNS`); None where the words before it are no such phrase ("fell",
    "revenue rose", "a blood alcohol level of")."""
    k = len(before) - 1
    if k >= 1 and before[k].lower() == "of":
        if before[k - 1].lower() not in _VALUE_NOUNS:
            return None  # "a blood alcohol level of 0.41%": of the phrase before "of"
        k -= 1  # "a low of 38 percent": said of what hit it
    for _ in range(4):
        if k < 0:
            return None
        word = before[k]
        low = word.lower()
        if low in _SHARE_DETERMINERS:
            return k
        if (word in _CLAUSE or not word[:1].isalpha() or is_stopword(low) or low in _MOVES or low in _AROUND
                or _verb(word) or word[:1].isupper()):
            return None
        k -= 1
    return None


#: Who a share of a population's turnout is of ("58 percent of the region's voters", "of the
#: electorate"), as :func:`_phrase_words` gives them, and the words after it that say they took
#: part ("took part", "voted", "cast a ballot", "turned out", "went to the polls").
_ELECTORATE = frozenset({"voters", "electorate", "electors"})
_TOOK_PART = re.compile(r"^\W*(?:had\s+|have\s+|has\s+)?(?:took\s+part|taken\s+part|voted|cast\s+(?:a|their)\s+ballots?|turned\s+out|"
                        r"went\s+to\s+the\s+polls|participated)\b", re.I)


#: The nouns of a gathering that is counted by head, the people who took part in an event
#: ("the crowd numbered 10,000", "put the turnout at 15,000", "an attendance of 20,000").
GATHERINGS = frozenset("crowd crowds turnout attendance".split())
#: A gathering's noun and the words that give its count after it, up to the number
#: (:func:`took_part`): a verb of its size or "of"/"at", maybe an estimate's or a bound's words.
_GATHERED_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(GATHERINGS))})(?:\s+(?:was|were|is|are|had|has|have|been|of|at|numbered|numbering|"
    r"reached|hit|peaked|swelled|grew|rose|estimated|put|totalled|totaled|stood|to|as|high|its|peak|more|than|over|about|"
    r"around|some|nearly|almost|roughly|up|least|close))+\s+$", re.I)
#: What says a count's people took part in an event, right after it or after its noun ("3,000
#: people had taken part", "15,000 joined the march", "More than fifteen thousand people marched").
_TOOK_PART_VERBS = (r"(?:(?:had|have|has)\s+)?(?:took\s+part|taken\s+part|take\s+part|joined|"
                    r"marched|turned\s+out|attended|participated|gathered|rallied|demonstrated)\b")
_TOOK_PART_AFTER = re.compile(rf"\s*(?:[^\W\d_]+\s+)?{_TOOK_PART_VERBS}", re.I)
_TOOK_PART_RIGHT_AFTER = re.compile(rf"\s*{_TOOK_PART_VERBS}", re.I)
#: An event that drew a crowd, and the verb it drew it by ("the march drew some 10,000",
#: "the rally attracted 20,000").
_DREW_BEFORE = re.compile(r"(?<![\w-])(?:march|marches|rally|rallies|protest|protests|demonstration|demonstrations|procession|vigil|"
                          r"strike|concert|festival|parade|event)\s+(?:drew|draws|attracted|attracts|brought\s+out)\s+"
                          r"(?:(?:more|than|over|about|around|some|nearly|almost|roughly|up|to|at|least|an|estimated|close)\s+)*$", re.I)
#: What may follow a gathering's count: no word, a word of its people, or a small word of a
#: clause going on ("the crowd numbered 10,000, while", "at 15,000 and said"); another noun
#: makes it a measure ("the crowd was 200 metres away").
_GATHERED_AFTER = re.compile(r"(?!\s+[a-z])|\s+(?:people|persons|protesters|demonstrators|marchers|participants|supporters|"
                             r"at|on|in|and|or|while|when|after|before|by|from|as|according|during|with|to|but|said|says|"
                             r"organisers|organizers|police)\b")
#: How far before a count its gathering's noun is looked for ("put the turnout at ", "the crowd had swelled to about ").
_GATHERED_CHARS = 48


def took_part(text: str, start: int, end: int, *, noun: bool = True) -> bool:
    """Whether the count at characters *start* to *end* of *text* counts the people who took part
    in an event, as the words around it say: a gathering's count after its noun (:data:`GATHERINGS`:
    "the crowd numbered 10,000", "turnout reached 20,000 at its peak", "put the turnout at
    15,000"; not "the crowd was 200 metres away") or after the event that drew it ("the march
    drew some 10,000"), or a verb of taking part after it or its noun ("about 3,000 people had taken part",
    "15,000 joined the march", "15,000 people marched"). One quantity however it is worded,
    for the figures view and a link's differences alike (trial 50 F2, F7). Without *noun*, no
    word of the count's own may stand before the verb (the figures view reads "3,000 people" at
    its noun: "several hundred people have gathered" holds no bare count of a hundred)."""
    after = _TOOK_PART_AFTER if noun else _TOOK_PART_RIGHT_AFTER
    if after.match(text, end):
        return True
    before = text[max(0, start - _GATHERED_CHARS) : start]
    return bool((_GATHERED_BEFORE.search(before) or _DREW_BEFORE.search(before)) and _GATHERED_AFTER.match(text, end))


def share_of(text: str, start: int, end: int) -> str:
    """What the share at characters *start* to *end* of *text* is of (:func:`_share_of`); a share
    "of the voters" who "took part" (voted, cast a ballot, turned out) is the turnout: "Almost 58
    percent of the region's voters took part" is "turnout", as "final turnout was 58.3%" is."""
    phrase = _share_of(text, start, end)
    if phrase in _ELECTORATE or phrase.endswith((" voters", " electorate", " electors")):
        after = re.match(r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:voters|electorate|electors)\b", text[end:], re.I)
        if after and _TOOK_PART.match(text[end + after.end():]):
            return "turnout"
    return phrase


def _share_of(text: str, start: int, end: int) -> str:
    """What the share (or the move in points) at characters *start* to *end* of *text* is a
    share of, or a change of: the phrase it is said of, in lower case, names left out; "" where
    its words do not say. "Net interest income fell 3%": "net interest income"; "a 12% rise in
    net profit": "net profit"; "48 percent of the vote": "vote"; "Revenue EUR 4.6 bln, up 5%":
    "revenue"; "cut its main rate by 0.25 percentage points": "main rate"."""
    before = _tokens(text[:start])
    sentence = max((k + 1 for k, t in enumerate(before) if t in ".!?"), default=0)
    before = before[sentence:]
    after = _tokens(text[end:])
    k = 0
    while k < len(after) and after[k].lower() in _AROUND | {"%"}:
        k += 1  # its unit ("per cent", "percentage points")
    if k < len(after) and after[k].lower() == "of" and k == 0 or k and after[k - 1].lower() == "of":
        # (k may be past the last word: "Sales were 12% of" ends the paragraph)
        if phrase := _ahead(after, k + (k < len(after) and after[k].lower() == "of")):
            return " ".join(phrase)  # "48 percent of the vote"
    own = _own_phrase(before)
    attributive = own is not None
    if own is not None:
        before = before[: own + 1]  # "fell to a dismal 20.6 percent": said of what fell
    if attributive and k + 1 < len(after) and after[k].lower() in _MOVE_NOUNS and after[k + 1].lower() in ("in", "of"):
        if phrase := _ahead(after, k + 2):
            return " ".join(phrase)  # "a 12% rise in third-quarter net profit"
    if attributive and k == 0 and after and after[0].lower() not in _MOVE_NOUNS:
        if phrase := _ahead(after, 0):
            return " ".join(phrase)  # "a 3.1 percent margin of error", "a 20 percent approval rating"
    m = len(before) - 1
    moved = False  # whether a verb was passed: "lending" before "slipped" is no verb
    while m >= 0 and (before[m].lower() in _AROUND or before[m].lower() in _MOVES or before[m][:1].isdigit()
                      or before[m] in "%€$£¥" or before[m].lower().endswith("ly") or before[m].lower() in CURRENCY_CODES
                      or before[m].lower() in SCALES or point_unit(before[m]) is not None
                      or not moved and before[m].lower().endswith("ing")):  # "inflation averaging 2.1%"
        moved = moved or before[m].lower() in _MOVES or before[m].lower().endswith("ing")
        m -= 1
    if m >= 0 and before[m] == ":" and m + 1 == len(before):
        # "Growth forecast 2027: 0.8%": the share is of what the label before it names
        m -= 1
        while m >= 0 and before[m][:1].isdigit():
            m -= 1
    elif m >= 0 and before[m] == "," and m + 1 < len(before) and all(w.lower() in ("up", "down") for w in before[m + 1 :]):
        # "Revenue EUR 4.6 bln, up 5%": the share is of what the clause before it gives
        m -= 1
        while m >= 0 and (before[m][:1].isdigit() or before[m] in "%€$£¥" or before[m].lower() in CURRENCY_CODES
                          or before[m].lower() in SCALES or before[m].lower() in ("of", "at", "to")):
            m -= 1
    if m < 0 or before[m] in _CLAUSE or is_stopword(before[m].lower()):
        return ""  # "by half a point and by a quarter-point": said of nothing it names
    if (verb := _mover_before_place(before, m)) is not None:
        if phrase := _ahead(before, verb + 1):
            return " ".join(phrase)  # "cut output at the plant by 15 percent": output
    return " ".join(_back(before, m))


#: Prepositions that open a place after a verb's object ("cut output at the plant", "raised
#: prices in Europe by 5%"): the share a move is "by" is of the object, not of the place (a
#: reporting period is kept: "raised profit in the third quarter by 5%").
_PLACE_WORDS = frozenset("at in on across".split())


def _mover_before_place(before: list[str], m: int) -> int | None:
    """Where the verb of a move stands in *before* (the tokens before a share), where the share
    follows "by" and the words from the verb's object to token *m* end in a place or a time
    (:data:`_PLACE_WORDS`: "cut output at the Harwick plant by"); None otherwise."""
    if "by" not in (w.lower() for w in before[m + 1 :]):
        return None
    for k in range(m - 1, max(-1, m - 9), -1):
        word = before[k]
        if word in _CLAUSE:
            return None
        if word.lower() in _PLACE_WORDS:
            said = " ".join(before[k : m + 1]).lower().replace("-", " ")
            if any(pattern.search(said) for pattern, _ in _PERIODS):
                return None  # "in the third quarter": whose period, part of the quantity
            verb = next((v for v in range(k - 1, max(-1, k - 5), -1) if before[v].lower() in _MOVES or _verb(before[v])), None)
            return verb if verb is not None and verb + 1 < k and all(before[v] not in _CLAUSE for v in range(verb, k)) else None
    return None


#: The pairs of core.text.OPPOSITES whose verbs say which way a quantity moved ("rose" / "fell",
#: "won" / "lost"), by their index there: their sides are a move's direction. Other pairs
#: ("opened" / "closed") say nothing of it ("closed 3.8% higher").
_DIRECTED = frozenset(pair for word in ("rise", "win") for pair in OPPOSITE_SIDES[stem(word)])


def _side(word: str) -> int:
    """The direction a move *word* says (:data:`_DIRECTED`): 1 up, -1 down, 0 neither."""
    sides = OPPOSITE_SIDES.get(stem(word.lower()), {})
    return next((side for pair, side in sides.items() if pair in _DIRECTED), 0)


def move_direction(text: str, start: int, end: int) -> int:
    """Which way the move at characters *start* to *end* of *text* went, as the verb or the noun
    of core.text.OPPOSITES said of it tells: 1 up ("shares rose 3.1%", "increased by 5%", "a 12%
    rise"), -1 down ("fell 3.1%", "cut output by 15 percent", "lost 2%", "a 12% fall"), 0 where
    no such word says (":" a level, "fell to 3%", whose move is not given; "reduce by 15%": a verb
    the table does not hold). A move up and one down by the same share are two figures."""
    before = _tokens(text[:start])
    k = len(before) - 1
    while k >= 0 and before[k].lower() in _AROUND - {"to"} and before[k].lower() not in ("of", "from", "at"):
        k -= 1  # "fell by about 3.1%"
    if k >= 0 and (side := _side(before[k])):
        return side
    if "by" in (w.lower() for w in before[k + 1 :]):
        # "cut output by 15 percent", "raised its main rate by 0.25%", "cut output at the plant by
        # 15 percent": the verb before its object (and a place after it)
        for word in reversed(before[max(0, k - 8) : k + 1]):
            if word in _CLAUSE or _side(word) or _verb(word) or word.lower() in _MOVES:
                return _side(word)
    after = _tokens(text[end:])
    m = 0
    while m < len(after) and after[m].lower() in _AROUND | {"%"} and after[m].lower() not in ("to", "from", "of", "by"):
        m += 1  # its unit ("per cent")
    if m < len(after) and after[m].lower() in _MOVE_NOUNS | {"lower"}:
        return _side(after[m])  # "a 12% rise in profit", "closed 3.8% lower"
    return 0


#: The reporting periods a share's phrase may name, each as one mark the comparison keeps
#: (:func:`_quantity`): "third-quarter", "Q3" and "third quarter" are one period, "full-year" and
#: "annual" another, so "Q3 profit" and "full-year profit" are two quantities.
_PERIODS = tuple((re.compile(pattern), mark) for pattern, mark in (
    (r"\b(?:q1|first quarter)\b", "@q1"), (r"\b(?:q2|second quarter)\b", "@q2"),
    (r"\b(?:q3|third quarter)\b", "@q3"), (r"\b(?:q4|fourth quarter)\b", "@q4"),
    (r"\b(?:h1|first half|half year)\b", "@h1"), (r"\b(?:h2|second half)\b", "@h2"),
    (r"\b(?:nine months?|9m)\b", "@9m"), (r"\b(?:full year|annual|yearly|fy|fiscal year)\b", "@fy"),
))


#: A person's name: capitalised words ("LuAnn Marie Johnson", "O'Neill", "Jean-Paul"), maybe with
#: an initial ("Anthony P. LaSalle").
_NAME = r"[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]*[a-z][\w'’-]*)*"
#: The name after an age ("66-year-old LuAnn Marie Johnson", "the 36-year-old LaSalle"), and the
#: word after it.
_NAME_AFTER = re.compile(rf"\s+(?P<name>{_NAME})(?P<next>\s+[a-z]+\b)?")
#: A name an age is put beside ("Raj Chohan, a 59-year-old grandmother"), ending before it.
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+$")
#: A name an age is set after between commas ("Maarten Veldkamp, 58, took"), ending before it.
_NAME_ABUTTED = re.compile(rf"(?P<name>{_NAME}),\s$")
#: A name put after an age and its noun, between commas ("an 11-year-old girl, Cheanne McKnight,").
_NAME_APPOSED = re.compile(rf"\s+[a-z]+,\s+(?P<name>{_NAME}),")
#: Words after a name that make it the subject of a clause, not a modifier of a noun ("LaSalle
#: had", "Raj Chohan was walking"; against "a 66-year-old Burnsville woman").
_AFTER_SUBJECT = frozenset("is was are were has had have will would could can may might who whose said says".split())


def apposed_age(text: str, start: int, end: int) -> str | None:
    """Whose age the bare number at characters *start* to *end* of *text* is, where it stands
    between commas right after a name ("Maarten Veldkamp, 58, took the payments": "maarten
    veldkamp"), in lower case; None where it is no such age (core.text.appositive_age)."""
    before = _NAME_ABUTTED.search(text, max(0, start - 80), start)
    if before is None or not appositive_age(text, before.start("name"), start, end):
        return None
    return " ".join(before["name"].lower().split())


def age_of(text: str, start: int, end: int) -> str:
    """Whose the age at characters *start* to *end* of *text* is, where its phrase names the
    person: the name after it ("66-year-old LuAnn Marie Johnson", "the 36-year-old LaSalle") or
    the name it is put beside ("Raj Chohan, a 59-year-old grandmother", "an 11-year-old girl,
    Cheanne McKnight,"), in lower case; "" where
    it names no one ("a 66-year-old woman", "a 66-year-old Burnsville woman": one capitalised
    word before a noun is a place's or a people's, no name). Ages of people named differently are two quantities
    (:func:`same_quantity`)."""
    after = _NAME_AFTER.match(text, end)
    following = (after["next"] or "").strip() if after else ""
    if after and (not following or is_stopword(following) or following in _AFTER_SUBJECT or following.endswith("ed")
                  or len(after["name"].split()) > 1):
        return " ".join(after["name"].lower().split())
    apposed = _NAME_APPOSED.match(text, end)
    if apposed and len(apposed["name"].split()) > 1:
        return " ".join(apposed["name"].lower().split())
    before = _NAME_BEFORE.search(text, max(0, start - 80), start)
    if before and (len(before["name"].split()) > 1 or before.start() > 0 and text[: before.start()].strip()[-1:] not in ".!?\"“"):
        return " ".join(before["name"].lower().split())
    return ""


@lru_cache(maxsize=4096)
def _quantity(phrase: str) -> frozenset[str]:
    """The stems a share's *phrase* (:func:`share_of`) is compared by: its words' (a hyphened
    word's parts), other names of one quantity folded (:data:`_NAMES_OF`), words that say no
    quantity left out (:data:`_GENERIC`), and the reporting period it names as a mark
    (:data:`_PERIODS`: "@q3")."""
    spaced = " ".join(re.split(r"[ -]", phrase.lower()))
    periods = frozenset(mark for pattern, mark in _PERIODS if pattern.search(spaced))
    # (people by no role of theirs, core.text.COUNTED_AS: "85% of residents" and "85% of the people")
    stems = frozenset(COUNTED_AS.get(s, s) for w in spaced.split() if (s := stem(w)))
    headline = bool(stems & _HEADLINE)
    for names, name in _NAMES_OF:
        if names <= stems:
            stems = (stems - names) | name
    if headline and _RATE in stems:
        # "the main policy rate", "its key rate": the bank's headline rate, which a "deposit rate"
        # is not; "rates" alone may be either
        stems |= {_HEADLINE_RATE}
    return (stems - _GENERIC) | (periods if len(periods) == 1 else frozenset())


#: Words that name a central bank's headline rate ("main", "key", "policy", "benchmark" rate),
#: as stems, and the mark :func:`_quantity` gives a rate so named.
_HEADLINE = frozenset(stem(w) for w in "main key benchmark headline policy official base".split())
_RATE = stem("rate")
_HEADLINE_RATE = "@headline"


def same_quantity(a: str, b: str) -> bool:
    """Whether shares said of phrases *a* and *b* (:func:`share_of`) can be shares of one
    quantity: either phrase is unknown (""), or one's words are among the other's once other
    names are folded ("net profit" / "third-quarter net profit" / "earnings"; "income from
    lending" / "net interest income"); "revenue" and "fee and commission income" are two."""
    x, y = _quantity(a), _quantity(b)
    return not x or not y or x <= y or y <= x


def quantity_key(phrase: str) -> str:
    """One key for what a share said of *phrase* (:func:`share_of`) is of, other names of one
    quantity folded (:func:`same_quantity`'s stems, sorted): "residents" and "the people" one key,
    "net income" and "net profit" one; "" where the phrase names nothing."""
    return " ".join(sorted(_quantity(phrase)))


def names_one_quantity(a: str, b: str, *, broader: bool = False) -> bool:
    """Whether phrases *a* and *b* (:func:`share_of`) both name what a share is of, and name the
    same quantity in the same words but for a reporting period one of them adds: "Halvard Q3
    profit" and "third-quarter profit" do, as "profit" and "Q3 profit" do; "" and "revenue" do not
    (the first names nothing), nor "supplier traffic" and "traffic" (one says more), nor "Q3
    profit" and "full-year profit". With *broader*, one may name it in fewer words than the
    other (:func:`same_quantity`: "rates" and "main refinancing rate", where both are rates)."""
    x, y = _quantity(a), _quantity(b)
    same = x - _PERIOD_MARKS == y - _PERIOD_MARKS or broader
    return bool(x - _PERIOD_MARKS) and bool(y - _PERIOD_MARKS) and same and (x <= y or y <= x)


_PERIOD_MARKS = frozenset(mark for _, mark in _PERIODS)


def said_of_rate(phrase: str) -> bool:
    """Whether a share said of *phrase* (:func:`share_of`) is said of a rate ("main refinancing
    rate", "interest rates"): a share a rate moves by ("cut rates by 0.25%") is its move in
    percentage points."""
    return "rate" in _quantity(phrase)


# A part of a whole ---------------------------------------------------------------------------

#: What stands between a count and the whole it is a part of: "two of them", "six of whom", "one
#: of those", "Two of the injured workers", "One of the two seriously injured workers".
_PART_OF = re.compile(r"\s+of\s+(?:them|whom|those|these|the|its|their)\b", re.I)
#: The whole said before a part, by a pronoun: "31 patients are hospitalised, of whom 8 are in
#: intensive care", "of them, two seriously".
PART_OF_BEFORE = re.compile(r"\bof\s+(?:them|whom|those|these)\s*,?\s*$", re.I)
#: How many words after a part's whole are read for what sets the part apart ("seriously", "in a
#: serious condition", "with serious burns"), within its clause.
PART_WORDS = 8
#: Words after a part that say nothing of what sets it apart: who said it, and verbs of being.
_PART_SAYS_NOTHING = frozenset(stem(w) for w in """said say says told according reported added confirmed
    spokesman spokeswoman spokesperson official officials police service""".split())


#: Words of :data:`_PART_SAYS_NOTHING` that set a part apart where they come first after its whole
#: ("496 suspected cases, 61 of them confirmed": the confirmed cases; "of whom 12 were reported
#: dead"), not after who told it ("two of them, police confirmed").
_PART_STATES = frozenset(stem(w) for w in "confirmed reported".split())


def part_of(text: str, start: int, end: int) -> frozenset[str] | None:
    """What sets a count apart as a part of a whole, where the number at characters *start* to
    *end* of *text* is one ("N of them", "N of whom", "N of the ..."): the stems of the words of
    its clause after the whole (:data:`PART_WORDS` at most; who said it left out): "twelve were
    injured, two of them seriously" {serious}; "Two of the injured workers were in a serious
    condition" {serious, condit}; "one of them with serious burns" {serious, burn}; "One of the
    two seriously injured workers remains in intensive care" {remain, intens, care}. None where
    the number is no part. The whole may be said before the part, by a pronoun
    (:data:`PART_OF_BEFORE`: "of whom 8 are in intensive care" {intens, care}). A part is a quantity of its own, never the whole's ("Twelve workers
    were injured" is no "Two of the injured workers"); two parts are one quantity where what
    sets them apart shares a stem (:func:`same_part`)."""
    gap = _PART_OF.match(text, end)
    if gap is None and not PART_OF_BEFORE.search(text, max(0, start - 40), start):
        return None
    after = _tokens(text[gap.end() if gap else end :])
    if gap is not None and gap.group().split()[-1].lower() in ("the", "its", "their"):
        # past the whole: its words up to the noun it names and the verb after it ("the injured
        # workers were", "the two seriously injured workers remains")
        k = 0
        while k < len(after) and after[k] not in _CLAUSE and not (_verb(after[k]) and k and after[k - 1].lower().endswith("s")
                                                                   or after[k].lower() in _BE_WORDS):
            k += 1
        after = after[k:]
    found: set[str] = set()
    subject = False  # whether a noun or a name came first: "police confirmed" says who told it
    for token in after[: PART_WORDS + 1]:
        if token in _CLAUSE:
            break
        if token[:1].isupper() or is_stopword(token.lower()):
            subject = subject or token[:1].isupper() and not is_stopword(token.lower())
            continue  # a name ("Ghent University Hospital") says where, not which part
        s = stem(token.lower())
        if s and s in _PART_STATES and not found and not subject:
            found.add(s)  # "61 of them confirmed", "of whom 12 were confirmed": which cases, no one who told it
            continue
        if s and s not in _PART_SAYS_NOTHING and s not in _BE_STEMS:
            # (a hyphened word by its parts: "81 of them laboratory-confirmed" is set apart as confirmed)
            found.update(p for part in token.lower().split("-") if (p := stem(part)) and p not in _BE_STEMS) if "-" in token else found.add(s)
        subject = True
    return frozenset(found)


#: A part of the whole named by its place among its kind ("the third carriage", "its rear
#: car", "the last coach"): of a train, a building, a district; not of time ("the third day",
#: "the second half", "the first round" are when, not which part).
_NTH = r"(?P<nth>%s|front|rear|last|leading)" % "|".join(sorted(ORDINALS, key=len, reverse=True))
_NTH_NOT_PARTS = frozenset("""day days week weeks month months year years time times hour hours minute minutes
    round rounds quarter quarters half halves period periods term season seasons night nights morning
    evening attempt attempts place""".split())
#: The part's name before its count: "the third carriage, where five people died", "In the third
#: carriage, five people died" (a qualifier between: "where at least five").
_NAMED_PART_BEFORE = re.compile(
    rf"(?:\b(?:the|its|their)\s+{_NTH}\s+(?P<noun>[a-z]+)\s*,?\s+(?:where|in\s+which)|\bin\s+(?:the|its|their)\s+{_NTH.replace('nth', 'nth2')}"
    rf"\s+(?P<noun2>[a-z]+)\s*,?)\s+(?:(?:at\s+least|about|some|nearly|almost|more\s+than)\s+)?$", re.I)
#: ... and after it, in its clause: "five people died in the third carriage".
_NAMED_PART_AFTER = re.compile(rf"[^.;,:!?()]{{0,40}}?\bin\s+(?:the|its|their)\s+{_NTH}\s+(?P<noun>[a-z]+)\b", re.I)


def part_named(text: str, start: int, end: int) -> frozenset[str] | None:
    """What sets a count apart as a count of one part of what was hit, where the words around the
    number at characters *start* to *end* of *text* name that part by its place ("The worst-hit was
    the third carriage, where five people died"; "five people died in the third carriage"): the
    stems of the place and the part's noun ({third, carriag}), as :func:`part_of` gives them, so
    the count is compared only with counts of that part (:func:`one_quantity`), never with the
    whole toll ("Nine people died"). None where no such part is named, and where the words name a
    time ("on the third day, five more died")."""
    first = max(0, start - 80)
    found = _NAMED_PART_BEFORE.search(text, first, start)
    nth, noun = (found["nth"] or found["nth2"], found["noun"] or found["noun2"]) if found else ("", "")
    if not found and (after := _NAMED_PART_AFTER.match(text, end)):
        nth, noun = after["nth"], after["noun"]
    if not nth or noun.lower() in _NTH_NOT_PARTS or is_stopword(noun.lower()):
        return None
    return frozenset({stem(nth.lower()), stem(noun.lower())})


#: The words that put a count as a part of a whole said before it in its sentence, right before
#: the count's number, by language ("15 men were trapped, including three contractors"; "w tym
#: trzech pracowników"; "dont trois"; "darunter drei"; "entre ellos tres"; "tra cui tre"; "waaronder
#: drie"; "в том числе трое"): the part is no second count of what the whole counts.
_INCLUDED = (r"including|among\s+(?:them|whom)|w\s+tym|w[śs]r[óo]d\s+nich|dont|parmi\s+(?:eux|elles|lesquel(?:le)?s)|y\s+compris|"
             r"darunter|unter\s+ihnen|entre\s+(?:ellos|ellas|los\s+cuales|las\s+cuales|eles|elas)|incluid[oa]s|incluyendo|"
             r"incluindo|inclu[ií]d[oa]s|tra\s+cui|tra\s+(?:loro|questi)|compres[ie]|waaronder|onder\s+wie|"
             r"в\s+том\s+числе|среди\s+них|(?:у|в)\s+тому\s+числі|серед\s+них|其中|包括|うち")
#: ... a determiner or a qualifier of the count between ("including the three", "including at least
#: three", "darunter mindestens drei", "dont au moins trois": :data:`QUALIFIERS_ABROAD`, read once).
@lru_cache(maxsize=1)
def _included_before() -> re.Pattern[str]:
    gap = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in (
        *BOUNDS, *ESTIMATES, *QUALIFIERS_ABROAD, "the", "les", "los", "las", "die")), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{_INCLUDED})\s*[,:]?\s*(?:(?:{gap})\s+)?$", re.I)


#: The mark every part said by :data:`_INCLUDED` is set apart by, so two such parts of one
#: unit are one quantity (:func:`same_part`) and no count that is no part shares its clause's words with it.
INCLUDED = "@included"


def included(text: str, start: int, end: int, *, counted: str = "") -> frozenset[str] | None:
    """What sets the count at characters *start* to *end* of *text* apart where words before it say
    it is a part of a whole said before it (:data:`_INCLUDED`: "15 men were in the
    section, including three agency contractors missing from the company's shift list"): the mark
    :data:`INCLUDED` and the stems of its words after the number in its clause (:data:`PART_WORDS`
    at most; names and small words left out; the stem of *counted*, the noun it counts, too: {@included,
    agenc, miss, compani, shift, list}). A part so said is compared with parts so said and with a
    count whose clause names what sets it apart ("left out three contractors hired through an
    agency"), never with its whole nor with a count of its noun alone ("the remaining three
    employees" is no "w tym trzech pracowników"). None where no such words stand before it."""
    if not _included_before().search(text, max(0, start - 40), start):
        return None
    found = {INCLUDED}
    noun = stem(counted.lower()) if counted else ""
    for token in _tokens(text[end:])[:PART_WORDS]:
        if token in _CLAUSE:
            break
        low = re.split(r"['’]", token.lower())[-1]  # "d'une entreprise": "une"
        if is_any_function_word(low) or token[:1].isdigit():
            continue  # ("firmy zewnętrznej", "einer Fremdfirma": any language's function words aside; its nouns kept)
        s = stem(low)
        if s and s != noun and s not in _PART_SAYS_NOTHING and s not in _BE_STEMS:
            found.add(s)
    return frozenset(found)


#: A second part after a count, joined to it ("10 injured passengers and one injured flight
#: attendant", "dieci passeggeri e un'assistente", "ten passengers and a flight attendant"): its
#: number, past the count's own words (no number, no clause's end between).
_NEXT_PART = re.compile(r"[^\d.;:!?,()—–]{0,40}?(?<!\w)(?:and|plus|e|ed|et|y|und|en|ve|i|и)\s+(?P<num>\d[\d,]*|[^\W\d_]+)(?=[\s'’])", re.I)
#: Words of one before a noun, in the languages read: a part of one ("and a flight attendant").
_ONE_BEFORE = frozenset("a an one un una une uno ein eine einen um uma bir een".split())
#: A number in a sentence, as printed: a total its parts may come to.
_NUMBER_WORD = re.compile(r"(?<![\w.,])\d[\d,]*(?![\w.,]\d)|(?<!\w)[^\W\d_]+(?!\w)")


def summed_part(text: str, start: int, end: int, *, language: str | None = None) -> frozenset[str] | None:
    """What sets the count at characters *start* to *end* of *text* apart where it is the first of
    two parts its sentence sums to a whole it gives too ("The report counts 10 injured passengers and
    one injured flight attendant, 11 in all", "counted 11 injured, ten passengers and a flight
    attendant", "I feriti sono stati 11, dieci passeggeri e un'assistente"): the mark
    :data:`INCLUDED`, as a part said by "including" is, and the stems of its words to the next
    part, so it meets such parts, never the whole (10 passengers of 11 injured is no "10 ≠ 11").
    None where it is no such part. Numbers in words are read in *language* (English where None)."""
    first = (text[start:end].split() or [""])[0]
    value = number_value(first, language=language) if first.lower() not in ("a", "an") else None
    following = _NEXT_PART.match(text, end)
    if value is None or following is None:
        return None
    word = following["num"]
    other = 1.0 if word.lower() in _ONE_BEFORE else number_value(word, language=language)
    if other is None:
        return None
    stop = _SENTENCE_END.search(text, end)
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    sentence_end = stop.start() if stop else len(text)
    total = value + other
    for found in _NUMBER_WORD.finditer(text, begin, sentence_end):
        if start <= found.start() < following.end() or found[0].lower() in _ONE_BEFORE:
            continue
        if number_value(found[0], language=language) == total:
            part = {INCLUDED}
            part.update(s for token in _tokens(text[end : following.start("num")])
                        if not is_any_function_word(low := token.lower()) and (s := stem(low)) and token not in _CLAUSE)
            return frozenset(part)
    return None


def count_part(text: str, start: int, end: int, *, counted: str = "", language: str | None = None) -> frozenset[str] | None:
    """What sets the count at characters *start* to *end* of *text* apart from the whole it is
    part of, as the figures view and a link's differences both read it: :func:`part_of`, else
    :func:`part_named`, else :func:`included` (the noun it counts, *counted*, set aside), else
    :func:`summed_part` (numbers in words read in *language*); None where
    none says anything ("Five of the seven members of the
    committee backed the hike": nothing sets the five apart from other fives of the members, so
    they are compared as any count is, "Six of the seven" differing)."""
    return (part_of(text, start, end) or part_named(text, start, end) or included(text, start, end, counted=counted)
            or summed_part(text, start, end, language=language) or None)


#: Verbs of being and staying after a part's whole: where what sets the part apart starts.
_BE_WORDS = frozenset("is are was were remain remains remained has have had".split())
_BE_STEMS = frozenset(stem(w) for w in _BE_WORDS) - {""}


def same_part(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two parts (:func:`part_of`) are one quantity: what sets them apart shares a stem
    ("seriously" / "in a serious condition"); "in a serious condition" / "remains in intensive
    care" are two."""
    return not a.isdisjoint(b)


def clause_of(text: str, start: int, end: int) -> frozenset[str]:
    """The stems of the clause of *text* around the number at characters *start* to *end*, the
    number left out ("Twelve workers were injured in the fire, two of them seriously": {worker,
    injur, fire} for "Twelve"): what a count that is no part says of what it counts, to tell
    whether a part (:func:`part_of`) is said of it."""
    # (a hyphened word by its parts too: "laboratory-confirmed" says confirmed)
    return frozenset(s for token in _clause_tokens(text, start, end) if not token[:1].isdigit()
                     for part in {token, *token.split("-")} if (s := stem(part.lower())))


def _clause_tokens(text: str, start: int, end: int) -> tuple[str, ...]:
    """The tokens of the clause of *text* around characters *start* to *end* (:data:`_CLAUSE` ends
    it on either side), those of *start* to *end* left out."""
    before, after = _tokens(text[:start]), _tokens(text[end:])
    k = len(before)
    while k and before[k - 1] not in _CLAUSE:
        k -= 1
    m = 0
    while m < len(after) and after[m] not in _CLAUSE:
        m += 1
    return (*before[k:], *after[:m])


#: Words of a quantity's clause that say where it stands in a job being done, by the English
#: word: what is "left" to do ("900 tonnes of remaining fuel", "the 300 containers still aboard",
#: "los 900 toneladas restantes") and what is "done" so far ("has so far pumped 640 tonnes",
#: "already recovered 95 containers", "hasta ahora"). What was done and what remains are two
#: quantities, whatever their verbs (trial 48 F2), as the dead and the injured are.
_STANDING_WORDS = {
    "left": frozenset(stem(w) for w in """remaining remain remains outstanding rest leftover restantes restante
                      restants restant rimanenti rimanente verbleibenden verbleibende resterende pozostałe""".split()),
    "done": frozenset(stem(w) for w in "already hitherto".split()),
}
_STANDING_PHRASES = {
    "left": re.compile(r"\b(?:still\s+(?:aboard|on\s+board|in\s+the\s+\w+)|left\s+(?:aboard|on\s+board|to\s+(?:be\s+)?\w+)|yet\s+to\s+be)\b", re.I),
    "done": re.compile(r"\b(?:so\s+far|thus\s+far|to\s+date|until\s+now|up\s+to\s+now|hasta\s+ahora|até\s+agora|"
                       r"jusqu['’]à\s+présent|finora|bisher|tot\s+nu\s+toe|do\s+tej\s+pory)\b", re.I),
}


def standing(text: str, start: int, end: int) -> str:
    """Where the quantity at characters *start* to *end* of *text* stands in a job being done, as
    the words of its clause say (:data:`_STANDING_WORDS`, :data:`_STANDING_PHRASES`): "left" ("remove
    900 tonnes of remaining fuel"), "done" ("has so far pumped 640 tonnes"), or "" where they say
    neither or both. Quantities that stand otherwise are two, in the figures view."""
    tokens = _clause_tokens(text, start, end)
    clause = " ".join(tokens)
    stems = {stem(token.lower()) for token in tokens}
    found = {name for name, said in _STANDING_WORDS.items() if stems & said}
    found |= {name for name, phrase in _STANDING_PHRASES.items() if phrase.search(clause)}
    return found.pop() if len(found) == 1 else ""


#: Words that say a count is of cases only suspected, and of cases confirmed: "496 suspected
#: cholera cases" and "61 laboratory-confirmed cases" (or "61 of them confirmed", "Confirmed
#: cases: 61") are two quantities, however close their values.
_SUSPECTED = frozenset(stem(w) for w in "suspected suspect probable presumed presumptive".split())
_CONFIRMED = frozenset(stem(w) for w in "confirmed verified".split())


def certainty(words: Iterable[str]) -> str:
    """How sure the count said in *words* (its own words, what sets it apart, the words around it)
    is: "suspected" where they say so (:data:`_SUSPECTED`), "confirmed" where they say that
    (:data:`_CONFIRMED`: "laboratory-confirmed" too), "" where they say neither or both. Counts
    of two certainties are two quantities, in the figures view and in a link's differences."""
    stems = {stem(part.lower()) for word in words for part in (word, *word.split("-"))}
    suspected, confirmed = bool(stems & _SUSPECTED), bool(stems & _CONFIRMED)
    return "suspected" if suspected and not confirmed else "confirmed" if confirmed and not suspected else ""


def one_quantity(part_a: frozenset[str] | None, clause_a: frozenset[str], part_b: frozenset[str] | None,
                 clause_b: frozenset[str]) -> bool:
    """Whether two counts can be of one quantity as parts go (each's :func:`part_of` and
    :func:`clause_of`): two parts where what sets them apart shares a stem (:func:`same_part`);
    a part and a count that is none where what sets the part apart is said in the other's clause
    ("Two of its four crude units were shut" / "three crude units were shut"; not "Two of the
    injured workers were in a serious condition" / "Twelve workers were injured"); two counts
    that are no parts, always."""
    if part_a is None and part_b is None:
        return True
    if part_a is not None and part_b is not None:
        return same_part(part_a, part_b)
    part, clause = (part_a, clause_b) if part_a is not None else (part_b, clause_a)
    return part is not None and same_part(part, clause)


#: The words other languages news is read in put before a number to bound or estimate it, by the
#: English qualifier they say ("rund 25 Millionen": about 25 million; "knapp 40 Prozent": nearly
#: 40%; "près de 300": nearly 300; "más de 12": more than 12), as :data:`BOUNDS` and
#: :data:`ESTIMATES` read them. Only words no English sentence puts before a number ("fast", "gut",
#: "unos" of German and Spanish are left out: "fast 40 km/h", "a gut 40 ...").
QUALIFIERS_ABROAD = {
    # de
    "rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about", "knapp": "nearly",
    "beinahe": "nearly", "nahezu": "nearly", "mehr als": "more than", "über": "over", "mindestens": "at least",
    "weniger als": "less than", "bis zu": "up to", "höchstens": "at most",
    # fr
    "environ": "about", "près de": "nearly", "presque": "nearly", "quelque": "some", "plus de": "more than",
    "au moins": "at least", "moins de": "less than", "jusqu'à": "up to", "jusqu’à": "up to",
    # es
    "alrededor de": "about", "aproximadamente": "about", "cerca de": "about", "casi": "almost", "más de": "more than",
    "al menos": "at least", "menos de": "less than", "hasta": "up to",
    # pt
    "por volta de": "about", "quase": "almost", "mais de": "more than", "pelo menos": "at least", "até": "up to",
    # it
    "intorno a": "about", "quasi": "almost", "oltre": "over", "più di": "more than", "almeno": "at least",
    "meno di": "less than", "fino a": "up to",
    # nl
    "ongeveer": "about", "zo'n": "about", "bijna": "nearly", "ruim": "over", "meer dan": "more than",
    "minstens": "at least", "minder dan": "less than",
    # tr
    "yaklaşık": "about", "tahminen": "about", "neredeyse": "nearly", "en az": "at least",
    # id, ms
    "sekitar": "about", "kira-kira": "about", "hampir": "nearly", "lebih dari": "more than", "sedikitnya": "at least",
    "setidaknya": "at least", "kurang dari": "less than",
    # pl
    "ponad": "more than", "przeszło": "more than", "prawie": "nearly", "niemal": "nearly", "blisko": "nearly", "około": "about",
    "co najmniej": "at least",
    # sv
    "nästan": "nearly", "närmare": "nearly", "omkring": "about", "runt": "about", "drygt": "over", "över": "over",
    "mer än": "more than", "minst": "at least", "upp till": "up to",
    # cs
    "téměř": "nearly", "skoro": "nearly", "přibližně": "about", "zhruba": "about", "kolem": "about", "více než": "more than",
    "přes": "over", "nejméně": "at least", "alespoň": "at least",
    # el
    "σχεδόν": "nearly", "περίπου": "about", "πάνω από": "more than", "περισσότερα από": "more than",
    "περισσότεροι από": "more than", "τουλάχιστον": "at least", "έως": "up to",
    # uk, ru
    "майже": "nearly", "близько": "about", "приблизно": "about", "понад": "more than", "щонайменше": "at least",
    "почти": "nearly", "около": "about", "примерно": "about", "более": "more than", "свыше": "more than", "не менее": "at least",
    # ar
    "نحو": "about", "حوالي": "about", "حوالى": "about", "قرابة": "nearly", "أكثر من": "more than", "أقل من": "less than",
}
#: The words for people a count counts, as printed after its number, in the languages news is read
#: in ("about 2000 people", "cerca de 2000 pessoas", "yaklaşık 2000 kişi", "نحو 2000 شخص").
PEOPLE_WORDS = frozenset(
    "people persons person personas persona personnes personne pessoas pessoa persone menschen mensch personen mensen "
    "kişi kisi orang jiwa شخص شخصا شخصاً أشخاص متظاهر".split())


def year_counted(qualifier: str | None, noun: str) -> bool:
    """Whether a number a year may be ("2000", "1998": core.text.is_year) is a count of people,
    not a year: where *qualifier*, the words before it, estimate or bound it (:data:`ESTIMATES`,
    :data:`BOUNDS`, :data:`QUALIFIERS_ABROAD`: "about", "nearly", "cerca de", "نحو") and *noun*, the word
    after it, counts people (:data:`PEOPLE_WORDS`: "about 2000 people", "نحو 2000 شخص"); "in 2019
    people" stays a year. The figures view and the story grounds read a number so alike."""
    said = " ".join((qualifier or "").lower().split())
    return bool(said) and (said in ESTIMATES or said in BOUNDS or said in QUALIFIERS_ABROAD) and noun.lower().strip(".,;:") in PEOPLE_WORDS


#: The words Korean, Chinese and Japanese put before a count to bound or estimate it ("약 2천명",
#: "约1800人", "約1800人": about), by the English qualifier they say, as :data:`QUALIFIERS_ABROAD`.
QUALIFIERS_CJK_BEFORE = {
    # ko
    "약": "about", "대략": "about", "거의": "nearly", "최소": "at least", "적어도": "at least", "최대": "up to",
    # zh
    "约": "about", "大约": "about", "近": "nearly", "将近": "nearly", "接近": "nearly", "超过": "more than", "逾": "more than",
    "至少": "at least", "最多": "up to",
    # ja (and traditional Chinese)
    "約": "about", "大約": "about", "およそ": "about", "超過": "more than", "少なくとも": "at least", "最大": "up to",
}
#: The words they put after a count's number or its counter to bound it ("2천여 명", "2000多人",
#: "1800人余り": more than; "2000人以上", "2천명 이상": at least; "1만5천명이 넘는": more than).
QUALIFIERS_CJK_AFTER = {
    "여": "more than", "余": "more than", "餘": "more than", "多": "more than", "あまり": "more than", "余り": "more than",
    "以上": "at least", "이상": "at least", "넘는": "more than", "넘게": "more than", "이 넘는": "more than",
    "이 넘게": "more than", "超": "more than", "未満": "less than", "미만": "less than", "不到": "less than",
}


#: Words that give a figure as the day's extreme, not its level at one time ("down as much as
#: 34 percent", "at one point", "at its lowest", "peaked at", "at the height of"): after a move's
#: word ("down", "fell", "rose") for "as much as" and "at one point", anywhere in its clause for
#: the others.
_EXTREME = re.compile(r"\b(?:at\s+(?:its|their|the)\s+(?:low|lows|lowest|high|highs|highest|peak|height|worst|best)|peak(?:ed|s)?\s+at|"
                      r"intraday|(?:session|intraday|record|all-time)\s+(?:low|high)|hit\s+an?\s+(?:\w+\s+)?(?:low|high))\b", re.I)
_EXTREME_MOVE = re.compile(r"\b(?:down|up|fell|fall|falling|rose|rise|rising|dropped|drop|lost|gained|slid|sank|plunged|plunging|"
                           r"slumped|tumbled|jumped|surged|soared|climbed)\s+(?:by\s+)?(?:as\s+much\s+as|at\s+one\s+point)\b"
                           r"|\bat\s+one\s+point\b", re.I)
#: Words that give a price or a move at the market's close or its opening ("closed at 412p", "by
#: the close", "ended the day down 32.6 percent"; "opened down 27%").
_CLOSE = re.compile(r"\b(?:closed|closing|close|ended\s+the\s+(?:day|session)|finished\s+the\s+(?:day|session)|settled\s+at)\b", re.I)
_OPEN = re.compile(r"\b(?:opened|opening|at\s+the\s+open|in\s+early\s+(?:trade|trading|deals))\b", re.I)
#: Words that give it at a time of the trading day ("by midday", "on Wednesday morning", "by
#: 1200 GMT"; a clock time is read by core.numbers.CLOCK_TIME).
_DURING = re.compile(r"\b(?:midday|noon|morning|afternoon|mid-morning|lunchtime|in\s+(?:late\s+)?(?:trade|trading|deals))\b", re.I)
#: A year a figure is said of ("in 2022", "in the 2022 election", "of 2022", "2022's", "en 2022", "im
#: Jahr 2022"): not one it is weighed against or counted from ("since 2010", "than in 2022", "que en
#: 2022", "from 2019 to 2022").
_YEAR_SAID = re.compile(r"(?<!\bthan\s)(?<!\bque\s)(?<!\bals\s)"
                        r"\b(?:in|of|for|during|en|im|em|nel|del|de|au|à)\s+(?:the\s+|el\s+|la\s+|le\s+|Jahr\s+|año\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*(?:%|[-–]|to\b))"
                        r"|\bthe\s+(?P<year2>(?:19|20)\d\d)\s+(?:[a-z]+\s+)?(?:election|vote|poll|ballot|race|season|census|count|budget|results?)\b"
                        r"|\b(?P<year3>(?:19|20)\d\d)['’]s\b", re.I)
_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)")
#: A month a figure is said of, maybe with its year ("in September", "in October 2025", "for
#: March"): ``("month", "sep")`` and the year; not a day of it ("in November 10": a date).
_MONTH_SAID = re.compile(rf"\b(?i:in|for|of|during)\s+(?i:early\s+|late\s+|mid-)?(?P<month>{_MONTH_NAMES})"
                         r"(?:\s+(?P<year>(?:19|20)\d\d)\b|(?!\s*\d))")
#: A year said by its distance from the report's ("this year", "last year", "a year ago", "a year
#: earlier", "next year"): ``("years from report", "-1")``, a year once the report's is known
#: (:func:`in_report_year`).
_YEAR_RELATIVE = re.compile(r"\b(?:(?P<this>this|the\s+current)\s+year|(?P<last>last|the\s+previous|the\s+past)\s+year"
                            r"|a\s+year\s+(?P<ago>ago|earlier|before)|(?P<next>next|the\s+coming)\s+year)\b", re.I)
#: The time said right after a figure ("3.3% in September", "1.4 per cent in 2027", "5.8% in
#: October 2025", "3.75% a year ago"): the figure's own, before any other its clause names
#: ("slowed to 3.1% in October from 3.3% in September": October's 3.1, September's 3.3).
_TIME_AFTER = re.compile(
    r"(?:\s*(?:%|per\s*cent\b|percent\b|(?:percentage\s+|basis\s+)?points?\b))?"
    rf"(?P<time>\s+(?:(?:in|for|of|during)\s+(?:(?:early|late)\s+|mid-)?(?:{_MONTH_NAMES}(?:\s+(?:19|20)\d\d\b)?|(?:19|20)\d\d\b)"
    r"|(?:this|last|next)\s+year\b|a\s+year\s+(?:ago|earlier|before)\b"
    # a weekday right after a count ("cancelled 62 flights on Monday as the grounding ordered on
    # Saturday entered its third day"): the count's own day, whatever other day its clause names
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])))", re.I)


#: The words that open a relative clause: the time it gives is its own ("..., which lost the district
#: by 221 votes" takes no day from the main clause's "ordered a recount on Tuesday"); "when" after a
#: time ("in the 2022 election, when final turnout was 54.6 percent") takes that clause's time.
_RELATIVE = re.compile(r"\s*(?:which|who|whose|whom)\b", re.I)
_WHEN_CLAUSE = re.compile(r"\s*when\b", re.I)
_WEEKDAY_SAID = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<own>['’]s\b)?")
_MONTH_DAY_SAID = re.compile(r"\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>[0-3]?\d)\b(?!\s*(?:%|,\d))"
                             r"|\b(?P<day2>[0-3]?\d)\s+(?P<month2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
#: What ends a clause where a figure's time is looked for.
#: A share given between a figure and a year its clause names: the year is said of that share, the
#: nearer one, not of the figure.
_SHARE_SAID = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:%|per\s?cent\b|percent\b)", re.I)
_CLAUSE_END = re.compile(r",\s|;|:\s|\s[—–]\s|\(|\)")
#: The words that begin another part of a clause with a verb or a complement of its own, in
#: which a time said is that part's: a subordinate's before the figure ("traded as high as 1,150
#: euros before falling back once OstNet said 92% of customers were reconnected": the day's high
#: is the price's, not the 92%'s) and a coordinate's after it ("restored to 92% of customers
#: within 14 hours and to all customers by 21:00": 21:00 is when all were).
_PART_BEFORE = re.compile(r"\b(?:before|once|while|whereas|although|though)\b", re.I)
_PART_AFTER = re.compile(r"\s(?:and|but|before|once|while|whereas|although|though)\s", re.I)


def _own_part(text: str, clause: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of *clause* (its characters in *text*) that holds the figure at *start* to *end*:
    from the last subordinating word before it, to the first coordinating or subordinating word
    after it (:data:`_PART_BEFORE`, :data:`_PART_AFTER`); the clause where it has none."""
    left, right = clause
    before = [m.end() for m in _PART_BEFORE.finditer(text, left, start)]
    after = _PART_AFTER.search(text, end, right)
    return (before[-1] if before else left), (after.start() if after else right)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“]|\s*$)")


class When(NamedTuple):
    """When a figure is given for, as its words say (:func:`when_of`): the days they name (kind and
    value: ``("weekday", "tuesday")``, ``("date", "nov 6")``, ``("year", "2022")``) and the point of
    the day ("close", "open", "during" a trading day, a time of the day as "12:00" or "19:00 GMT",
    "extreme": the day's low or high, "as much as"), "" where they name none."""

    days: frozenset[tuple[str, str]] = frozenset()
    point: str = ""


def _said_when(text: str, start: int, end: int, figure: tuple[int, int], *, moves: bool, language: str | None = None) -> When:
    """The days and the point of the day *text*[start:end] names for the figure at *figure*; a
    day in the possessive ("Tuesday's 31% slump") is said only of the figure right after it; a
    weekday of another *language* as its English one (core.calendar_words.weekday_pattern)."""
    part = text[start:end]
    days: set[tuple[str, str]] = set()
    for found in _WEEKDAY_SAID.finditer(part):
        if found["own"] and not 0 <= figure[0] - (start + found.end()) <= 12:
            continue  # "Tuesday's 31% slump": said of that slump only
        days.add(("weekday", found["day"].lower()))
    if language not in (None, "en"):
        from core.calendar_words import weekday_number, weekday_pattern

        for found in (pattern.finditer(part) if (pattern := weekday_pattern(language)) else ()):
            if (day := weekday_number(found["weekday"], language)) is not None:
                days.add(("weekday", WEEKDAY_NAMES[day].lower()))
    for found in _MONTH_DAY_SAID.finditer(part):
        month = (found["month"] or found["month2"]).lower()[:3]
        days.add(("date", f"{month} {int(found['day'] or found['day2'])}"))
    for found in _YEAR_SAID.finditer(part):
        at = start + found.start()
        between = text[figure[1] : at] if at >= figure[1] else text[start + found.end() : figure[0]]
        if _SHARE_SAID.search(between) or at < figure[0] and _SHARE_SAID.search(text[max(start, at - 12) : at]):
            # "cut it to 1.2% from 1.5% and said inflation would return to its 2% target in 2027":
            # 2027 is the 2%'s; "2% in 2025 and 3% in 2026": 2025 is the 2%'s, right after it
            continue
        days.add(("year", found["year"] or found["year2"] or found["year3"]))
    for found in _MONTH_SAID.finditer(part):
        days.add(("month", found["month"].lower()[:3]))
        if found["year"]:
            days.add(("year", found["year"]))
    for found in _YEAR_RELATIVE.finditer(part):
        days.add(("years from report", "0" if found["this"] else "1" if found["next"] else "-1"))
    points = []
    if _EXTREME.search(part) or _EXTREME_MOVE.search(part):
        points.append("extreme")
    elif moves:
        from core.numbers import CLOCK_TIME, clock_value

        if _CLOSE.search(part):
            points.append("close")
        if _OPEN.search(part):
            points.append("open")
        clocks = {clock for m in CLOCK_TIME.finditer(part) if (clock := clock_value(m))}
        if len(clocks) == 1:
            # one time of the day ("by noon", "at midday", "by 2pm", "at 18:00", "by 1200 GMT"): a
            # figure measured then, as its point ("12:00"); two such times are two points
            [(minutes, zone)] = clocks
            points.append(f"{int(minutes) // 60:02d}:{int(minutes) % 60:02d}{f' {zone}' if zone else ''}")
        elif _DURING.search(part) or clocks:
            points.append("during")
    return When(frozenset(days), points[0] if len(points) == 1 else "")


def when_of(text: str, start: int, end: int, *, moves: bool = True, language: str | None = None) -> When:
    """When the figure at characters *start* to *end* of *text* is given for: the days and the
    point of the day its clause names, else those its sentence names where it names one day and
    one point ("By the close, the shares were down 31% at 412p": at the close); *moves*: whether
    it is a price, a sum or a share that a market's close, opening or hours may time (a count is
    timed by its days and its extremes alone: "at its height, 6,000 people"). "Marwick shares were
    down 6.1% at 387 pence by 1200 GMT, adding to Tuesday's 31% slump": the 387 pence during the
    day, the 31% Tuesday's. Two figures of one thing given for two days or two points of a day
    are two quantities (:func:`other_time`). A relative clause ("..., which lost the district by 221
    votes") gives only its own time; a clause of "when" after a year ("in the 2022 election, when
    final turnout was 54.6 percent") that year. A weekday of another *language* (a code:
    core.calendar_words.weekday_names, "perşembe günü" in Turkish) is its English one ("thursday")."""
    stop = _SENTENCE_END.search(text, end)
    first = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    last = stop.start() if stop else len(text)
    bounds = [first, *(m for found in _CLAUSE_END.finditer(text, first, last) for m in found.span()), last]
    clauses = list(zip(bounds[::2], bounds[1::2]))
    own = next(((left, right) for left, right in clauses if left <= start < max(right, left + 1)), (first, last))
    said = _said_when(text, *_own_part(text, own, start, end), (start, end), moves=moves, language=language)
    after = _TIME_AFTER.match(text, end)
    if after is not None and (named := _said_when(text, *after.span("time"), (start, end), moves=False, language=language).days):
        # the time right after the figure is its own, whatever else its clause names
        return When(named, said.point)
    days, point = set(said.days), said.point
    if _RELATIVE.match(text, own[0]):
        # a relative clause gives its own time, not the main clause's ("ordered a recount on Tuesday
        # after a complaint from the party, which lost the district by 221 votes")
        return When(frozenset(days) if len({kind for kind, _ in days}) == len(days) else frozenset(), point)
    at = clauses.index(own) if own in clauses else -1
    if _WHEN_CLAUSE.match(text, own[0]) and at > 0 and not days:
        # "in the 2022 election, when final turnout was 54.6 percent": the time of the clause before
        days |= {day for day in _said_when(text, *clauses[at - 1], (start, end), moves=moves, language=language).days if day[0] == "year"}
    for left, right in clauses:
        # a clause with no figure of its own times the sentence's ("By the close, ..."; "..., Nov. 6, ...")
        if (left, right) != own and not any(c.isdigit() for c in _MONTH_DAY_SAID.sub("", text[left:right])):
            other = _said_when(text, left, right, (start, end), moves=moves, language=language)
            days |= other.days if not said.days else set()
            point = point or other.point
    if len({kind for kind, _ in days}) != len(days):
        days = set()  # "on Tuesday and Wednesday": no one day
    return When(frozenset(days), point)


def in_report_year(when: When, published: str | None, *, unnamed: bool = False) -> When:
    """*when* (:func:`when_of`) with the years its words give by their distance from the report's
    ("last year", "a year ago") as years, for a report *published* then (ISO 8601; left as they
    are where it is not known); and, where *unnamed*, the report's year for a figure whose words
    name none: where another figure compared with it names its year, one that names none is of
    the year its report was published ("3.75% in November 2025" is no value of "4.50% on
    Tuesday" in a report of 2026), in the figures view and in a link's differences alike."""
    year = published[:4] if published and published[:4].isdigit() else ""
    if not year:
        return when
    days = {(("year", str(int(year) + int(value))) if kind == "years from report" else (kind, value)) for kind, value in when.days}
    if unnamed and not any(kind == "year" for kind, _ in days):
        days.add(("year", year))
    return When(frozenset(days), when.point)


def names_year(when: When) -> bool:
    """Whether *when* (:func:`when_of`) names a year, as a number or by its distance from the report's."""
    return any(kind in ("year", "years from report") for kind, _ in when.days)


def said_of(text: str, start: int, end: int) -> str:
    """The words of *text* said of the figure at characters *start* to *end*: its clause, and the
    clauses of its sentence that give no figure of their own after it and before the next clause
    that does (those before the sentence's first figure too): "Turnout was 57.9 percent, according
    to preliminary figures, well above the 54.6 percent of 2022": of 57.9 the first two clauses, of
    54.6 the last."""
    stop = _SENTENCE_END.search(text, end)
    first = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    last = stop.start() if stop else len(text)
    bounds = [first, *(m for found in _CLAUSE_END.finditer(text, first, last) for m in found.span()), last]
    clauses = list(zip(bounds[::2], bounds[1::2]))
    figured = [any(c.isdigit() for c in _MONTH_DAY_SAID.sub("", text[left:right])) for left, right in clauses]
    own = next((k for k, (left, right) in enumerate(clauses) if left <= start < max(right, left + 1)), None)
    if own is None:
        return text[first:last]
    kept = [own]
    k = own + 1
    while k < len(clauses) and not figured[k]:
        kept.append(k)
        k += 1
    if not any(figured[:own]):
        kept += range(own)
    return " ".join(text[slice(*clauses[k])] for k in sorted(kept))


# What was done to what a count counts ---------------------------------------------------

#: The verb before a count that says what was done to what it counts ("received four complaints",
#: "rejected the other two complaints", "upholding one of three", "rejected three of them"), past
#: the small words of its noun phrase.
_ACTION_BEFORE = re.compile(r"(?<![\w'’-])(?P<verb>[a-z]{3,}(?:ed|ing)|upheld|withdrew|withdrawn|won|lost|threw|thrown|sold|bought|built|"
                            r"caught|found|held|kept|sent|took|taken|gave|given|made)\s+"
                            r"(?:(?:the|a|an|its|their|his|her|all|another|other|further|more|some|only|just|a\s+further)\s+){0,3}$")
#: Verbs before a count that say who told it or what it comes to, not what was done to it ("the
#: ministry reported 112 cases", "confirmed six deaths", "bringing the total to", "including"),
#: and prepositions and bounds written like verbs ("during three days", "exceeding 300").
_NO_ACTION = frozenset(stem(w) for w in """reported reporting confirmed confirming recorded recording registered counted
    announced announcing listed logged estimated estimating said saying put putting totalled totaling totalling
    including included bringing brought leaving left reaching reached numbered numbering involving involved
    affecting affected expected expecting projected forecast seen showed showing gave given
    during following excluding regarding concerning according pending considering barring exceeding surpassing
    topping nearing approaching averaging""".split())


#: A share or a move after a number ("4%", "12 percent", "3 points"): no count of things.
_SHARE_AFTER = re.compile(r"[\w.,]*\s*(?:%|percent\b|per\s*cent\b|(?:percentage\s+)?points?\b)", re.I)


def action_of(text: str, start: int) -> str:
    """What was done to what the count at *start* of *text* counts, as the verb right before it
    says (:data:`_ACTION_BEFORE`), in lower case: "received four complaints" "received"; "" where no
    such verb stands there, it only tells the count (:data:`_NO_ACTION`), it tells what
    happened to people (core.text.OUTCOMES: "killed", "injured", compared as outcomes), or the
    figure is a share or a move ("climbed 4%": no count of things done to). Counts of one thing
    that two such verbs tell apart, where a report contrasts them (:func:`contrasted_actions`:
    received, rejected, upheld), are two quantities, in the figures view and in a link's
    differences."""
    if _SHARE_AFTER.match(text, start):
        return ""
    found = _ACTION_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return ""
    verb = stem(found["verb"].lower())
    return "" if not verb or verb in _NO_ACTION or verb in OUTCOMES else found["verb"].lower()


def contrasted_actions(text: str, starts: Iterable[int]) -> frozenset[str]:
    """The stems of the verbs that *text* (one paragraph; *starts*: the characters where its
    counts start) contrasts as things done to what its counts count: those of :func:`action_of`
    where two or more differ ("received four complaints and rejected three of them": {receiv,
    reject}), else none. Only such verbs set counts apart: two outlets' "climbed 4" and "jumped
    3" or "cut 300 jobs" and "shed 250 jobs" are one quantity told in other words."""
    found = frozenset(filter(None, (stem(action) for start in starts if (action := action_of(text, start)))))
    return found if len(found) > 1 else frozenset()


def actions_apart(done_a: str, done_b: str, contrasted: frozenset[str]) -> bool:
    """Whether counts done to as *done_a* and *done_b* say (:func:`action_of`) are two quantities:
    both name a verb, the verbs differ, and a report contrasts both (*contrasted*: the union of
    :func:`contrasted_actions` over the paragraphs at hand)."""
    if not (done_a and done_b):
        return False
    a, b = stem(done_a), stem(done_b)
    return a != b and a in contrasted and b in contrasted


#: Words after a count that make it a threshold ("31 seats needed for a majority", "the 31 required
#: to govern", "41 votes to pass"), and before it ("a majority of 31 seats", "a majority needs 31").
_THRESHOLD_AFTER = re.compile(r"\s*(?:are\s+|is\s+)?(?:needed|required|necessary)\s+(?:for|to)\b"
                              r"|\s*(?:for|to\s+(?:form|win|secure|command|have))\s+an?\s+(?:\w+\s+)?majority\b", re.I)
_THRESHOLD_BEFORE = re.compile(r"\bmajority\s+(?:of|needs|requires|takes|is|at)\s+(?:at\s+least\s+)?(?:the\s+)?$", re.I)


def threshold(text: str, start: int, end: int) -> bool:
    """Whether the count at characters *start* to *end* of *text* is a threshold, what a majority
    needs (:data:`_THRESHOLD_AFTER`, :data:`_THRESHOLD_BEFORE`: "the 31 seats needed for a majority",
    "a majority of 31 seats"), no count of what anyone holds: the figures view and a link's
    differences compare it with thresholds alone."""
    return bool(_THRESHOLD_AFTER.match(text, end) or _THRESHOLD_BEFORE.search(text, max(0, start - 40), start))


def other_time(a: When, b: When) -> bool:
    """Whether figures given for *a* and *b* (:func:`when_of`) are of two times: they name two
    days of one kind ("Tuesday" / "Wednesday"; "in 2022" / "in 2026"; a weekday is never weighed
    against a date), or two points of a day ("closed at 412p" / "387p by midday"; "by noon" / "by
    2pm"), or one is measured at a time of the day and the other not ("31.2% by noon" / "final
    turnout 58.3%"), or one is the day's extreme and the other not ("down as much as 34%" / "fell 31%")."""
    kinds = {kind for kind, _ in a.days} & {kind for kind, _ in b.days}
    if any({v for k, v in a.days if k == kind} != {v for k, v in b.days if k == kind} for kind in kinds):
        return True
    if "extreme" in (a.point, b.point):
        return a.point != b.point
    if a.point[:1].isdigit() != b.point[:1].isdigit():
        # a figure measured at a time of the day ("turnout was 31.2% by noon") is a count so far, no
        # value of the figure given for no time ("final turnout was 58.3%") nor at another point
        return True
    return bool(a.point and b.point and a.point != b.point)


#: What a sum is of, in the words of each language news is read in, by one English name: a report
#: in another language shares no words with the English ones to say which of its sums is which, but
#: names what each is of ("eine einmalige Belastung von rund 25 Millionen Pfund": a charge, as "a
#: one-off charge of about 22 million pounds"). German and Dutch words are read inside compounds
#: too ("Sonderbelastung", "Nettofinanzverschuldung"). Only the sums a business report gives once.
SUM_NAMES = {name: tuple(w.strip() for w in phrases.split(",")) for name, phrases in {
    "charge": """charge, charges, write-down, write-downs, writedown, writedowns, impairment, impairments, belastung,
        abschreibung, abschreibungen, wertberichtigung, dépréciation, cargo, deterioro, onere, svalutazione, encargo,
        imparidade, afschrijving""",
    "net debt": """net debt, nettoverschuldung, nettofinanzverschuldung, nettoschulden, dette nette, endettement net,
        deuda neta, debito netto, indebitamento netto, dívida líquida, nettoschuld""",
    "revenue": """revenue, revenues, turnover, umsatz, umsätze, umsatzerlöse, chiffre d'affaires, chiffre d’affaires,
        ingresos, facturación, ricavi, fatturato, receita, receitas, faturamento, omzet""",
    "operating profit": """operating profit, operating income, operativer gewinn, operativen gewinn, operativen gewinns,
        betriebsgewinn, betriebsergebnis, résultat opérationnel, résultat d'exploitation, bénéfice d'exploitation,
        beneficio operativo, resultado operativo, utile operativo, risultato operativo, lucro operacional,
        resultado operacional, bedrijfsresultaat, operationele winst""",
    "net profit": """net profit, net income, nettogewinn, reingewinn, konzerngewinn, nettoergebnis, bénéfice net,
        résultat net, beneficio neto, utile netto, lucro líquido, nettowinst""",
    "market value": """market value, market capitalisation, market capitalization, börsenwert, marktwert,
        marktkapitalisierung, capitalisation boursière, valeur boursière, capitalización bursátil, valor bursátil,
        capitalizzazione, valor de mercado, beurswaarde, marktwaarde""",
    "fine": "fine, fines, penalty, geldstrafe, bußgeld, strafzahlung, amende, multa, sanzione, boete",
    "dividend": "dividend, dividends, dividende, dividendo, dividendos",
}.items()}
#: The ends of German and Dutch compounds a word of :data:`SUM_NAMES` may be ("Sonderbelastung").
_COMPOUND_ENDS = ("belastung", "verschuldung", "abschreibung", "umsatz", "gewinn", "afschrijving", "omzet", "boete")
#: Each name's words as one pattern.
_SUM_NAMES = tuple((name, re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join([
    *(rf"\w+{end}" for end in _COMPOUND_ENDS if end in phrases),
    *(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in sorted(phrases, key=len, reverse=True))]), re.I))
    for name, phrases in SUM_NAMES.items())


def sum_of(text: str, start: int, end: int) -> str:
    """What the sum at characters *start* to *end* of *text* is of, by its English name in
    :data:`SUM_NAMES`: the name of its clause's words after "of" right after it ("£385m of net
    debt"), else the last before it in its clause ("a one-off charge of about 22 million pounds",
    "eine einmalige Belastung von rund 25 Millionen Pfund"); "" where its clause names none."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    left = max(left, max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0))
    after = re.compile(r"\s+(?:of|de|di|von|van)\s+(?:the\s+|its\s+)?").match(text, end)
    if after:
        for name, pattern in _SUM_NAMES:
            if pattern.match(text, after.end()):
                return name
    found = [(m.end(), name) for name, pattern in _SUM_NAMES for m in pattern.finditer(text, left, start)]
    return max(found)[1] if found else ""


def published_day(when: When, published: str | None) -> When:
    """*when* (:func:`when_of`), or, where its words name no day, the day a report was
    *published* (ISO 8601, as its page gives it) ("published", "2026-11-27"), and the day the figure is of
    ("on", "2026-11-24": that day, the weekday its words name in the week up to the day after it, "on Tuesday"
    in a report of 25 November, or the day of the month they name): figures of reports published
    on two days are of two days, compared only where their values are equal (core.views.figures)
    or one report is the other's copy, edited (the day its copy changed is the dates' row's)."""
    if not published or not re.fullmatch(r"\d{4}-\d\d-\d\d", published[:10]):
        return when
    day = date.fromisoformat(published[:10])
    if not when.days:
        return When(frozenset({("published", published[:10])}), when.point)
    # "on Tuesday" in a report is the Tuesday of the week up to the day after it was published (a
    # strike "due to begin on Tuesday" in a report of Monday): 17 November in a report of the
    # 16th, the 17th or the 18th, the 24th in one of the 24th; "on 22 November" that day of
    # its year (kept beside the words' day, a day of its own kind: a copy edited to another
    # weekday the same day is still an edit; never weighed against the day a report was published,
    # which a count of no day's words is of: "due to begin on Tuesday and involves about 3,000
    # workers" in Monday's report is no other day's count than Monday's "about 3,200 dockworkers")
    days = set()
    for kind, value in when.days:
        if kind == "weekday":
            days.add(weekday_of(WEEKDAY_NAMES.index(value.capitalize()), day))
        elif kind == "date" and (on := _day_of(value, day)) is not None:
            days.add(on)
    return When(when.days | {("on", days.pop().isoformat())}, when.point) if len(days) == 1 else when


def weekday_of(weekday: int, published: date) -> date:
    """The day a *weekday* (Monday 0 to Sunday 6) names in a report *published* that day: the one
    of the week up to the day after it ("on Monday" in a report of Tuesday 24 November is the 23rd,
    "on Wednesday" the 25th, a strike "due to begin on Wednesday")."""
    return published + timedelta(days=1 - (published.weekday() + 1 - weekday) % 7)


def day_of_month(month: int, day: int, published: date) -> date | None:
    """The day a *month*'s *day* ("22 November") names in a report *published* that day: of its
    year, or of the year before where that would be more than a week later; None for no day ("Feb 30")."""
    try:
        on = date(published.year, month, day)
        return on if on <= published + timedelta(days=7) else date(published.year - 1, on.month, on.day)
    except ValueError:
        return None  # "Feb 30"


def _day_of(said: str, published: date) -> date | None:
    """The day a month's day *said* ("nov 22", core.quantities.When) is in a report *published*
    that day (:func:`day_of_month`)."""
    month, _, day = said.partition(" ")
    if month not in _MONTH_NUMBERS or not day.isdigit():
        return None
    return day_of_month(_MONTH_NUMBERS[month], int(day), published)


_MONTH_NUMBERS = {name: n for n, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def published_apart(a: When, b: When) -> bool:
    """Whether two figures' times (:func:`published_day`) are the days two reports were published,
    two days, or one weekday of two weeks: an agency's update of its copy ("has killed nine" /
    "has killed 11" the day after; "23 ships on Tuesday" / "42 ships on Tuesday" a week later) is
    a new count, no edit of the first."""
    days_a, days_b = ({v for k, v in w.days if k == "published"} for w in (a, b))
    if days_a and days_b and days_a != days_b:
        return True
    # one weekday in reports of two weeks ("on Tuesday", the 4th and the 11th): a week's new count,
    # where two weekdays of one week are a copy edited to another day
    weekdays_a, weekdays_b = ({v for k, v in w.days if k == "weekday"} for w in (a, b))
    weeks_a, weeks_b = ({v for k, v in w.days if k == "on"} for w in (a, b))
    return bool(weekdays_a and weekdays_a == weekdays_b and weeks_a and weeks_b and weeks_a != weeks_b)


def days_apart(a: When, b: When) -> bool:
    """Whether two figures' times (:func:`published_day`) are two days, as the figures view weighs
    two rows of one figure each: never where they share a day (reports published that day, or
    words naming it: two outlets' values of that day's count), else where they name two days of
    one kind (:func:`other_time`). A count of 17 November and one of the 27th are two days'
    counts, no two outlets' values of one."""
    shared = {(k, v) for k, v in a.days if k in ("published", "on")} & set(b.days)
    return not shared and other_time(When(a.days), When(b.days))


#: Words that make a figure an average: a statistic of the day it is given for, as a count is
#: ("the average waiting time for a berth was 96 hours", "median delays of 36 hours").
AVERAGES = frozenset("average averaged averages mean median typical".split())


def averaged(text: str, start: int, end: int) -> bool:
    """Whether the clause of *text* around the figure at characters *start* to *end* calls it an
    average (:data:`AVERAGES`): the average wait of 96 hours one day and of 110 hours days later
    are two days' values, where what an event lasted ("the talks lasted nearly six hours") is
    the same whenever it is told."""
    return not clause_of(text, start, end).isdisjoint(stem(w) for w in AVERAGES)


#: Words after a span of time that say what it is measured from or to ("ten days after the
#: attack", "nine days before deploying ransomware", "three weeks ago"), in English and the other
#: languages news is read in, by the English one.
_SPAN_AFTER = {
    "before": "before", "earlier": "before", "prior": "before", "antes": "before", "avant": "before", "prima": "before",
    "voor": "before", "voordat": "before", "bevor": "before", "vorher": "before", "przed": "before",
    "after": "after", "later": "after", "since": "after", "después": "after", "despues": "after", "tras": "after",
    "après": "after", "apres": "after", "dopo": "after", "depois": "after", "nachdem": "after", "danach": "after",
    "später": "after", "nadat": "after", "ago": "ago", "geleden": "ago", "into": "into",
}
#: Words before a span of time that say the same ("after ten days", "nach zehn Tagen", "vor zehn
#: Tagen": ten days ago, "hace diez días", "il y a dix jours").
_SPAN_BEFORE = re.compile(r"(?<![\w-])(?P<word>after|within|tras|nach|na|après|dopo|após|po|hace|il\s+y\s+a|vor)\s+$", re.I)
_SPAN_BEFORE_WORDS = {"after": "after", "tras": "after", "nach": "after", "na": "after", "après": "after", "dopo": "after",
                      "após": "after", "po": "after", "hace": "ago", "vor": "ago", "within": "within"}
#: A span of time given to do a thing by, which is the time it must be done within ("has 60 days
#: to report", "were given two weeks to leave", "gets 30 days to appeal"): a verb of having or
#: giving before the span and "to" and a verb after it; "report within 60 days" says the same.
_ALLOWED_BEFORE = re.compile(r"(?<![\w-])(?:has|have|had|having|given|gave|gives|give|get|gets|got|granted|allowed)\s+"
                             r"(?:(?:only|just|another|a\s+further|up\s+to)\s+)?$", re.I)
_ALLOWED_AFTER = re.compile(r"\s+to\s+[^\W\d_]")
#: Words before a span of time that make it what lasted, whatever follows it ("for at least nine
#: days before deploying ransomware", "lasted 5.5 hours before a working dinner").
_LASTED_BEFORE = re.compile(r"(?<![\w-])(?:for|lasting|lasted|lasts|last|during|spent|durante|pendant|während|gedurende|przez)\s+$", re.I)
#: The words a span's anchor is read in after its relation word ("after a ransomware attack").
_ANCHOR_WORDS = 4


def span_of(text: str, start: int, end: int) -> tuple[str, frozenset[str]]:
    """What the span of time at characters *start* to *end* of *text* is of, as the words around
    it say: how it stands to an event ("before", "after", "ago", "into", "within": "within 60 days",
    "has 60 days to report"; "" for a span
    told as what lasted: "for at least nine days" (before whatever came next), "a ten-day outage") and the stems of the
    event's words, up to four after the relation word in its clause ("ten days after a
    ransomware attack": ("after", {ransomwar, attack})). Two spans are one quantity only where
    they stand alike to events that share a word or are not named: the attackers' nine days
    "before deploying ransomware" are no value of the outage's "ten days after" the attack
    (core.views.figures; trial 46 F2)."""
    if _LASTED_BEFORE.search(text, max(0, start - 24), start):
        return "", frozenset()  # "lasted for 5.5 hours before ...", "moved through it for nine days before ...": what lasted
    said = re.findall(r"[^\W_]+", text[start:end].lower())
    if said and said[-1] in SECONDS and said[0] not in ("a", "an", "one", "1") and said[-2:-1] != ["a"]:
        return "", frozenset()  # "a nearly six-hour talk", "after about five and half hour talk": what the talk lasted
    after = re.match(r"\s+(?P<word>[^\W\d_]+)", text[end:])
    relation, anchor_at = "", None
    if after and (word := after["word"].lower()) in _SPAN_AFTER:
        relation, anchor_at = _SPAN_AFTER[word], end + after.end()
    elif _ALLOWED_AFTER.match(text, end) and _ALLOWED_BEFORE.search(text, max(0, start - 32), start):
        relation = "within"  # "has 60 days to report": the time it must be done within
    elif (before := _SPAN_BEFORE.search(text, max(0, start - 12), start)) is not None:
        word = " ".join(before["word"].lower().split())
        relation = "ago" if word == "il y a" else _SPAN_BEFORE_WORDS.get(word, "")
    if anchor_at is None:
        return relation, frozenset()
    clause = re.split(r"[,;:.!?()]", text[anchor_at:anchor_at + 120], maxsplit=1)[0]
    return relation, frozenset(s for w in re.findall(r"[^\W\d_][\w'-]*", clause)[:_ANCHOR_WORDS] if (s := stem(w.lower())))


#: Participles that end in no "-ed" and say what a thing was or did for a while ("stuck on a
#: shoal for six days", "shut for a week", "held for two days").
_LASTED_PARTICIPLES = frozenset("stuck shut held kept sat stood lain laid hidden frozen stranded aground".split())
#: Verbs that say only that something lasted or went on, of no one subject: "the talks lasted
#: nearly six hours" and "a meeting that went on for 5.5 hours" are one quantity.
_LASTING_VERBS = frozenset(stem(w) for w in "lasted lasting last lasts went gone ran run continued took taken spent "
                           "used needed required waited".split())
#: How many words before a span of time the verb of what lasted is looked for in.
_LASTED_WORDS = 12


def lasted_by(text: str, start: int) -> str:
    """The stem of the verb a span of time told as what lasted, starting at character *start* of
    *text*, is said of: the nearest participle or past tense before it in its clause ("has been
    stuck on a shoal in the strait for six days": stuck; "after being closed for five days":
    closed), or "" where none stands there or it says only that something lasted
    (:data:`_LASTING_VERBS`: "lasted", "went on"). Spans of two such verbs measure two subjects,
    the ship aground and the port closed (trial 48 F2)."""
    return _verb_before(text, start, _LASTING_VERBS)


def _verb_before(text: str, start: int, unsaid: frozenset[str]) -> str:
    """The stem of the nearest participle or past tense before character *start* of *text* in its
    clause, within :data:`_LASTED_WORDS` words, past the forms of "be" and "have"; "" where none
    stands there or its stem is one of *unsaid* (:func:`lasted_by`, :func:`event_of`)."""
    for token in reversed(_tokens(text[:start])[-_LASTED_WORDS:]):
        if token in _CLAUSE:
            return ""
        low = token.lower()
        if low in ("is", "are", "was", "were", "be", "been", "being", "has", "have", "had"):
            continue
        if low in _LASTED_PARTICIPLES or _verb(token):
            said = stem(low)
            return "" if said in unsaid else said
    return ""


#: Verbs that say who told of an event, not what happened: a day after them is the day it was
#: told ("the company said on Monday").
_TELLING = frozenset(stem(w) for w in "said say says told tells reported announced confirmed stated added "
                     "warned noted explained wrote quoted cited".split())


def event_of(text: str, start: int) -> str:
    """The stem of the verb that says what happened on the day whose words start at character
    *start* of *text*: the nearest past tense or participle before it in its clause ("The port
    closed on 22 November": close; "has been shut since Monday": shut), or "" where none stands
    there, or it only says who told of it ("the company said on Monday"). Two outlets' days of
    one such verb are their days of one event ("closed on 22 November" / "closed on Monday" in a
    report of Tuesday 24 November: 22 and 23 November; core.views.figures)."""
    return _verb_before(text, start, _TELLING)


def spans_apart(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    """Whether two spans of time, as :func:`span_of` reads them, measure two things: they stand
    to their events otherwise ("before" / "after"; "after" / lasting), or both name the event they
    are measured from and share none of its words ("ten days after the attack" / "ten days after
    the arrests")."""
    return a[0] != b[0] or bool(a[1] and b[1] and not a[1] & b[1])
