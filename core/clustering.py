"""Decide which story (event) an article belongs to.

An article is described by its *terms*: the distinct content stems of its title and
body. Two articles report the same event when they share enough of their rare terms
(names, places, figures) — a cosine over idf-weighted terms — and were published
close together in time. Words every news article uses carry almost no weight, so
two different summits, which share "summit", "talks" and "leaders", stay apart on
their names and dates; a time window keeps apart even the same people meeting again
a month later.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from core.model import Article
from core.text import UNSPACED, stem, words

__all__ = ["terms", "idf", "same_event", "similarity", "Candidate", "choose_story", "SAME_EVENT", "WINDOW_DAYS", "day_number"]

#: The least idf-weighted cosine at which two articles report the same event.
SAME_EVENT = 0.1
#: Articles published further apart than this never share a story (undated ones may).
WINDOW_DAYS = 4
#: Pseudo-articles in which no term occurs: a small library still weighs terms sensibly.
PRIOR = 20


#: A capitalised word inside a sentence: a name (person, place, organisation).
_NAME = re.compile(r"(?<=[\w,;:’'\"”)] )[A-Z][\w’'-]+")
#: Capitalised inside sentences, but not names: every report has a weekday or a month.
_NOT_NAMES = frozenset(
    stem(w) for w in (
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
        "july august september october november december"
    ).split()
)
#: A run of a script written without spaces: its words are taken as character pairs.
_UNSPACED_RUN = re.compile(f"[{UNSPACED}]{{2,}}")


def terms(article: Article) -> frozenset[str]:
    """The distinct content stems of the article's title and body, plus each name again as
    ``@stem``: names say which event an article reports more than any other word does."""
    found: set[str] = set()
    pairs: set[str] = set()  # Chinese and Japanese: most words are two characters
    for text in (article.title, *article.paragraphs):
        found.update(stem(w) for w in words(text))
        found.update("@" + stem(w) for m in _NAME.finditer(text) for w in words(m.group()))
        pairs.update(run[i : i + 2] for run in _UNSPACED_RUN.findall(text) for i in range(len(run) - 1))
    kept = (t for t in found if len(t.lstrip("@")) >= 3 and not (t.startswith("@") and t[1:] in _NOT_NAMES))
    return frozenset(kept) | pairs


def idf(df: int, total: int) -> float:
    """The weight of a term found in *df* of *total* articles (smoothed, never negative)."""
    return math.log((total + PRIOR) / (df + 1))


def same_event(a: frozenset[str], b: frozenset[str], weight: Mapping[str, float]) -> float:
    """How likely two articles report one event: their :func:`similarity`, but 0 when both
    name people or places and none of them in common (two reports of one event share a
    name; a council budget and a bridge repair in one city share only city words)."""
    names_a = {t for t in a if t.startswith("@")}
    names_b = {t for t in b if t.startswith("@")}
    if names_a and names_b and not names_a & names_b:
        return 0.0
    return similarity(a, b, weight)


def similarity(a: Iterable[str], b: Iterable[str], weight: Mapping[str, float]) -> float:
    """The idf-weighted cosine of two term sets, in [0, 1]."""
    sa, sb = set(a), set(b)
    wa = sum(weight.get(t, 0.0) ** 2 for t in sa)
    wb = sum(weight.get(t, 0.0) ** 2 for t in sb)
    if not wa or not wb:
        return 0.0
    shared = sum(weight.get(t, 0.0) ** 2 for t in sa & sb)
    return shared / math.sqrt(wa * wb)


def day_number(published: str | None) -> int | None:
    """An ISO date as a day count, or None when there is no usable date."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Candidate:
    """An article already in the library, seen from a new one."""

    story: int
    similarity: float
    day: int | None


def choose_story(candidates: Iterable[Candidate], day: int | None) -> int | None:
    """The story of the most similar article in the time window, or None for a new story."""
    best: Candidate | None = None
    for c in candidates:
        if c.similarity < SAME_EVENT:
            continue
        if day is not None and c.day is not None and abs(day - c.day) > WINDOW_DAYS:
            continue
        if best is None or (c.similarity, -c.story) > (best.similarity, -best.story):
            best = c
    return best.story if best else None
