"""Figures across outlets: the same count, duration, age or sum, as each outlet gives it.

A figure is a number (in digits or words: "5.5", "nearly six", "seven-and-a-half")
with the unit after it ("hours", "six-hour meeting", "18-month-old"). Figures with
the same unit are the same figure when their paragraphs are linked or their
sentences share at least two of the rarer content words around them; where the
outlets' values differ, the group is a disagreement.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.groups import Groups
from core.model import Article, Ref, Span
from core.story import Story
from core.text import stem, words

__all__ = ["Figure", "FigureGroup", "extract", "compare", "figures_to_json", "TOLERANCE"]

#: Values further apart than this share of the larger one disagree.
TOLERANCE = 0.1

_UNITS = {
    # duration
    "second": "duration", "minute": "duration", "hour": "duration", "day": "duration", "week": "duration",
    "month": "duration", "year": "duration", "decade": "duration",
    # money and shares
    "dollar": "money", "yuan": "money", "euro": "money", "pound": "money", "rupee": "money", "yen": "money",
    "percent": "share", "per cent": "share", "%": "share",
}
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
     "hundred": 100, "thousand": 1000, "dozen": 12, "a": 1, "an": 1}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORD_NUM = "|".join(sorted((w for w in _NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True))
_NUM = (
    rf"(?P<num>\d+(?:[.,]\d+)*|(?:{_WORD_NUM})(?:[- ]and[- ](?:a[- ])?half)?(?:[- ](?:{_WORD_NUM}))?)"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion))?"
)
_QUALIFIER = r"(?P<qual>nearly|almost|about|around|roughly|some|over|more than|less than|fewer than|at least|up to|under)?\s*"
#: Words that stand between a number and what it counts ("five new embassies").
_BETWEEN = r"(?:(?:new|more|other|main|major|top|key|senior|small|large|big|extra|additional|separate|different|largest|biggest|last|first|full|straight|consecutive)\s+)?"
_FIGURE = re.compile(
    rf"(?<![\w.-]){_QUALIFIER}(?P<cur>[$€£¥])?{_NUM}(?:[- ]{_BETWEEN}(?P<unit>[a-z%]+(?:[- ]old)?)|\s*(?P<pct>%))",
    re.I,
)
#: Words after a number that are not what it counts.
_NOT_UNITS = frozenset("made met said took held went were was are is had have has did do does got shook".split())
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in one paragraph, with its unit and how it is qualified."""

    ref: Ref
    span: Span
    value: float
    unit: str  # singular: "hour", "embassy", "%"
    kind: str  # duration, money, share, age or count
    qualifier: str | None  # "nearly", "more than", ...
    text: str  # as printed: "nearly six hours"
    sentence: str


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """The same figure as several outlets give it."""

    unit: str
    kind: str
    figures: tuple[Figure, ...]
    disagree: bool


def _number(text: str) -> float | None:
    text = text.lower().replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    half = 0.5 if "half" in text else 0.0
    parts = [p for p in re.split(r"[- ]", text) if p not in ("and", "a", "half")]
    total = 0.0
    for part in parts:
        if part not in _NUMBER_WORDS:
            return None
        n = _NUMBER_WORDS[part]
        total = total * n if n == 100 and total else total + n
    return total + half


def _singular(unit: str) -> str:
    unit = unit.lower().replace(" ", "-")
    if unit.endswith("ies") and len(unit) > 4:
        return unit[:-3] + "y"
    if unit.endswith("s") and not unit.endswith("ss") and len(unit) > 3:
        return unit[:-1]
    return unit


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    right = min((i for i in (text.find(". ", end), text.find("? ", end), text.find("! ", end)) if i >= 0), default=len(text))
    return text[left + 2 if left >= 0 else 0 : right + 1].strip()


def extract(articles: Sequence[Article]) -> list[Figure]:
    """Every figure with a unit in the body paragraphs of *articles*."""
    found = []
    for article in articles:
        for index, text in enumerate(article.paragraphs):
            for match in _FIGURE.finditer(text):
                value = _number(match["num"])
                if value is None:
                    continue
                if match["scale"]:
                    value *= _SCALE[match["scale"].lower()]
                raw_unit = "%" if match["pct"] else (match["unit"] or "")
                if _YEAR.match(match["num"]) and not match["pct"]:
                    continue  # "in 2021" is a date, not a quantity
                unit = _singular(raw_unit)
                if unit.endswith("-old") or unit.endswith(" old"):
                    kind, unit = "age", _singular(unit.rsplit("-", 1)[0].rsplit(" ", 1)[0])
                elif match["cur"]:
                    kind = "money"
                else:
                    kind = _UNITS.get(unit, "count")
                if kind == "count" and (
                    not unit.isalpha() or stem(unit) == "" or unit in _NOT_UNITS or unit.endswith("ed")
                ):
                    continue  # "two of", "two made": no unit, no figure
                if kind == "count" and value <= 2:
                    continue  # "two countries", "both sides": a relation, not a figure to compare
                found.append(
                    Figure(
                        ref=Ref(article.id, index),
                        span=match.span(),
                        value=value,
                        unit=unit,
                        kind=kind,
                        qualifier=(match["qual"] or "").lower() or None,
                        text=match.group(0).strip(),
                        sentence=_sentence(text, *match.span()),
                    )
                )
    return found


def compare(story: Story, *, tolerance: float = TOLERANCE) -> list[FigureGroup]:
    """Figures grouped by fact across outlets; groups carried by several outlets, disagreements first."""
    figures = extract(story.articles)
    context = [frozenset(stem(w) for w in words(f.sentence)) - {"", stem(f.unit)} for f in figures]
    df: Counter[str] = Counter()
    for stems in context:
        df.update(stems)
    rare = [frozenset(s for s in stems if df[s] <= max(2, len(figures) // 4)) for stems in context]
    linked = {frozenset((link.a, link.b)) for link in story.links}
    groups = Groups(len(figures))
    for i, a in enumerate(figures):
        for j in range(i + 1, len(figures)):
            b = figures[j]
            if a.unit != b.unit or a.kind != b.kind or a.ref.article == b.ref.article:
                continue
            if frozenset((a.ref, b.ref)) in linked or len(rare[i] & rare[j]) >= 2:
                groups.join(i, j)
    result = []
    for members in groups.members().values():
        group = tuple(figures[n] for n in members)
        outlets = {story.article(f.ref.article).outlet for f in group}
        if len(outlets) < 2:
            continue
        values = [f.value for f in group]
        spread = max(values) - min(values)
        disagree = spread > tolerance * max(values) and not math.isclose(spread, 0.0)
        result.append(FigureGroup(group[0].unit, group[0].kind, group, disagree))
    order = {a.id: n for n, a in enumerate(story.articles)}
    result.sort(key=lambda g: (not g.disagree, order[g.figures[0].ref.article], g.figures[0].ref.paragraph))
    return result


def figures_to_json(story: Story, groups: Sequence[FigureGroup]) -> dict[str, object]:
    """The compared figures as JSON."""
    return {
        "figures": [
            {
                "unit": g.unit,
                "kind": g.kind,
                "disagree": g.disagree,
                "values": sorted({f.value for f in g.figures}),
                "occurrences": [
                    {
                        "article": f.ref.article,
                        "outlet": story.article(f.ref.article).outlet,
                        "paragraph": f.ref.paragraph,
                        "span": list(f.span),
                        "text": f.text,
                        "value": f.value,
                        "qualifier": f.qualifier,
                    }
                    for f in g.figures
                ],
            }
            for g in groups
        ]
    }
