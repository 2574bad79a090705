"""A story's automatic name: the headline of its origin, the report the others took their words from.

One rule for the reader, the library's story list and the command line. The origin is told as
the cross-source panel and the coverage matrix tell it (:func:`core.views.facts.origin_of`): the
report whose outlet the other reports' datelines credit ("LONDON, May 21 (CNS)" in a paper, the
Continental News Service's own report beside it) is the one they copy; else the headline most
outlets carry is the copied one (the wire's); else the headline whose words the others share
most, of those the other reports' texts carry (what the reports share: a roundup's headline names
other events, which a single event's reports do not tell of), the earliest first. The headline is
always one in the language most of the story's reports are written in, and of the day most of
those were published on: a later day's follow-up (a rating's cut after a profit warning) does
not name a story most of whose coverage reports the first day's news.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from core.text import article_language, dateline_credit, dateline_place

if TYPE_CHECKING:
    from core.model import Article

__all__ = ["Report", "credits_outlet", "representative_title", "FIGURE_MAJORITY"]

#: A headline whose figure ("Eight killed") the other reports carry this many times fewer than
#: they carry another candidate headline's figure ("Seven killed", in twice as many) gives a count
#: most reports do not: it names the story only where no other does.
FIGURE_MAJORITY = 2

#: The agency a dateline credits: "VELMORA, Nov 29 (BWS)", "LONDON (Reuters)".


class Report(NamedTuple):
    """What of one report names a story: its title, when it was published (ISO 8601, or None),
    its article id, its outlet and dateline (which tell whose copy it is; "" and None where
    unknown), and its text (standfirst and body paragraphs, which tell what it reports; "" where
    unknown)."""

    title: str
    published: str | None
    id: str
    outlet: str = ""
    dateline: str | None = None
    text: str = ""

    @classmethod
    def of(cls, article: Article) -> Report:
        """The :class:`Report` of *article*."""
        text = "\n".join(t for t in (article.standfirst, *article.paragraphs) if t)
        return cls(article.title, article.published, article.id, article.outlet, article.dateline, text)


def credits_outlet(credit: str, outlet: str) -> bool:
    """Whether a dateline's *credit* names *outlet* as the agency whose copy it is: by its name or
    initials (:func:`core.text.credit_names`), or by a longer name that starts with the credit's
    words (the agency's own page "AFP World" for "(AFP)", its copy saved as "reuters_wire.txt" for
    "(Reuters)")."""
    from core.text import credit_names

    if credit_names(credit, outlet):
        return True
    words, named = ([w for w in re.split(r"[\W_]+", re.sub(r"^the\s+", "", name.strip(), flags=re.I).casefold()) if w]
                    for name in (credit, outlet))
    return bool(words) and named[: len(words)] == words


def _before(own: str | None, carrier: str | None) -> bool:
    """Whether an agency's report published *own* (ISO 8601, or None) may be the copy a carrier
    published *carrier* took: not on a later day (an agency's copy comes before the papers that
    run it; its report of the next day is a follow-up, not what they carry), or either undated."""
    return not own or not carrier or own[:10] <= carrier[:10]


def _same_place(own: str | None, carrier: str | None) -> bool:
    """Whether an agency's report with the dateline *own* may be the copy a carrier whose dateline is
    *carrier* credits: the two give one place, or either gives none."""
    mine, theirs = dateline_place(own).casefold(), dateline_place(carrier).casefold()
    return not mine or not theirs or mine == theirs


def representative_title(reports: Iterable[Report | tuple[str, str | None, str]], reader_language: str | None = None) -> str:
    """The title that names a story, of its *reports* (:class:`Report`, or ``(title, published,
    article id)`` where outlets, datelines and texts are unknown): its origin's headline.
    *reader_language* (an ISO 639-1 code, or None) is the language the reader reads most in (the
    library's most common, or that of the files read together): it breaks a tie of the story's
    languages, so a story of one English and one Turkish report is named in English in a library
    of English coverage.

    The title is one of a report in the language more of them are written in than any other
    (:func:`core.text.article_language`; or one whose language is not told), where any is: a story
    of two English reports, a Spanish and a Dutch one is named in English, whatever headline the
    others' names share most, and whatever day the others were published on. Of those, it is one
    published on the day most of them were (the earliest of such days), or undated: what most of
    the coverage reports, not a later day's follow-up whose headline recalls the first day's words. In order: the title of a report whose outlet the most
    other outlets' datelines credit from its own dateline's place, not published on a later day
    than theirs (they carry that outlet's copy: the agency's own headline, not a reprint's, nor
    that of the agency's report from another place or of the next day, a later event's that
    recalls this one); then the title most
    outlets carry (the same content words, figures aside: a reprint that changed "three" to
    "four" carries the wire's headline); then the one whose content words the others share most
    (each title scores the number of other titles holding each of its content stems, summed and
    divided by the square root of its own count: a cosine with the other titles, so a long title
    does not win by length nor a one-word one by having few), times the share of its content stems
    that another report's title or text carries (where texts are known): an evening roundup's
    "Evening briefing: ferries, a school roof and a lifeboat" names events the ferry report beside
    it never tells of, where the roundup tells every word of "Greenholm ferry to run every hour from
    next week"; then the larger such share; then the earliest published
    (undated last), then the least article id. A headline whose figure the other reports carry
    FIGURE_MAJORITY times fewer than another candidate's figure (a copy that changed the wire's
    count: "Eight killed" where three reports say seven) comes after every other, where the
    other reports' texts are known. The result depends on the story's reports alone, never on the
    order they were given or added in: a library built again from the same files, or two users'
    libraries of them, name a story alike (its name may change as reports come in, to the headline
    that then ranks best; a name kept from before, whichever report came first, made the name hang
    on the order the files were added in). Where reports carry the chosen headline with other figures
    ("Quake kills 12" / "Quake kills 40"), the one that first appeared latest (of the origin's
    outlet, where datelines credit one) gives its figures. "" when there are no titles.
    """
    from core.numbers import is_number
    from core.text import is_stopword, stem, words

    every = [Report(*r) for r in reports]
    given = [r for r in every if r.title and r.title.strip()]
    stems = [{stem(w) for w in words(r.title) if not is_stopword(w)} for r in given]
    shared = Counter(s for found in stems for s in found)
    # what each report tells, its title and text: how much of a headline the other reports carry
    # (all of it, where no text is known: the headlines alone decide)
    told = Counter(s for found, r in zip(stems, given) for s in found | {stem(w) for w in words(r.text) if not is_stopword(w)})
    texts = any(r.text for r in given)

    # the same headline, but for its figures ("three" / "four dock workers injured"), by how many carry it
    headlines = [frozenset(stem(w) for w in words(r.title) if not is_stopword(w) and not is_number(w)) for r in given]
    carried = Counter(headlines)

    # report -> the other outlets whose datelines credit its outlet from its place (its copy is theirs):
    # an agency's report from elsewhere, days later, is not the copy the others carry
    outlets = {r.outlet for r in every if r.outlet}
    credited: dict[str, set[str]] = {}
    for r in every:
        credit = dateline_credit(r.dateline)
        if credit is None:
            continue
        for outlet in outlets:
            if outlet != r.outlet and credits_outlet(credit, outlet):
                for own in every:
                    if own.outlet == outlet and _same_place(own.dateline, r.dateline) and _before(own.published, r.published):
                        credited.setdefault(own.id, set()).add(r.outlet)

    # figure -> how many reports carry it (title or text), where texts are known: what a headline's
    # count is set against (the figures of each headline, by the other reports carrying them)
    def numbers(r: Report) -> set[str]:
        return {w.casefold() for w in words(f"{r.title}\n{r.text}") if is_number(w.casefold())}

    counts = Counter(n for r in given for n in numbers(r)) if texts else Counter()
    title_figures = [{w.casefold() for w in words(r.title) if is_number(w.casefold())} for r in given]

    def support(k: int) -> int | None:
        """How many other reports carry the least carried figure of headline *k* (None: it gives none)."""
        return min(counts[n] - (n in numbers(given[k])) for n in title_figures[k]) if title_figures[k] and texts else None

    def score(k: int) -> float:
        found = stems[k]
        points = sum(shared[s] - 1 for s in found) / math.sqrt(len(found)) if found else 0.0  # itself aside
        return points * carries(k)

    def carries(k: int) -> float:
        found = stems[k]
        return sum(told[s] > 1 for s in found) / len(found) if texts and found else 1.0

    if not given:
        return ""
    # Of the language most of the story's reports are written in (where one language has more of them than
    # any other, else the reader's where it is one of those most written in; reports whose language is
    # not told stay): two English reports, a Spanish and a Dutch one
    # are named by an English headline, not by the Dutch one whose names the others share most. The
    # language is chosen before the day: where no report of the busiest day is in that language (a Tagalog
    # and an Arabic report on the 22nd, two English ones on each of two later days), the story is still
    # named in the language most of its coverage is read in, from that language's busiest day.
    spoken = [article_language(r.title, r.text.split("\n")) for r in given]
    tally = Counter(code for code in spoken if code)
    most = max(tally.values(), default=0)
    top = sorted(code for code, n in tally.items() if n == most)
    kept = top[0] if len(top) == 1 else reader_language if reader_language in top else None
    candidates = list(range(len(given)))
    if kept:
        candidates = [k for k in candidates if spoken[k] in (None, kept)]
    # Of the day most of those reports were published (the earliest of such days; undated reports too):
    # what most of the coverage reports, not a later day's follow-up that recalls it in its headline.
    day = [(r.published or "")[:10] for r in given]  # "" where undated
    days = Counter(day[k] for k in candidates if day[k])
    main = min(days, key=lambda d: (-days[d], d)) if days else None
    candidates = [k for k in candidates if not day[k] or day[k] == main]

    def outvoted_by(k: int) -> bool:
        """Whether another candidate headline gives a figure report *k* does not carry (another
        count, not the train's number every report gives), carried by at least two reports and
        FIGURE_MAJORITY times as many as carry headline *k*'s own least carried figure."""
        n = support(k)
        if n is None:
            return False
        mine = numbers(given[k])
        return any(counts[g] >= 2 and counts[g] > n and counts[g] >= FIGURE_MAJORITY * n
                   for j in candidates if j != k for g in title_figures[j] - mine)

    outvoted = {k for k in range(len(given)) if outvoted_by(k)}

    def rank(k: int) -> tuple[int, int, bool, float, float, bool, str, str]:
        report = given[k]
        return (-len(credited.get(report.id, ())), -carried[headlines[k]] if headlines[k] else 0, k in outvoted,
                -round(score(k), 9), -round(carries(k), 9), report.published is None, report.published or "", report.id)

    best = min(candidates, key=rank)
    # The figures as last reported: of the headlines carried as the chosen one is but for their
    # figures ("Quake kills 12" / "Quake kills 40"), the figures that first appeared latest (a toll
    # that rose names the story as it stands; a paper reprinting the first copy later changes
    # nothing), by the origin's outlet where datelines credit one, in the first headline that gave
    # them; the chosen headline where its figures are as new.
    origin = given[best].outlet if credited.get(given[best].id) else None

    def figures(k: int) -> tuple[str, ...]:
        return tuple(w.casefold() for w in words(given[k].title) if is_number(w))

    first: dict[tuple[str, ...], tuple[str, str, int]] = {}  # figures -> (first published, id, report)
    for k, report in enumerate(given):
        if (headlines[k] and headlines[k] == headlines[best] and report.published and origin in (None, report.outlet)
                and k not in outvoted):  # a copy that changed the count most reports give gives no newer figures
            seen = (report.published, report.id, k)
            first[figures(k)] = min(first.get(figures(k), seen), seen)
    newest = max(first.values(), default=None)
    chosen = first.get(figures(best))
    if newest is None or chosen is not None and chosen[0] == newest[0]:
        return given[best].title
    return given[newest[2]].title
