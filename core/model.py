"""The small immutable values the rest of newsprism passes around."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import NamedTuple

from core.text import is_article_note

__all__ = [
    "Article", "Link", "LinkKind", "Ref", "Span", "article_id", "display_time", "display_update", "in_time_order",
    "instant", "iso_stamp", "later_update", "time_order", "timeline_time", "utc_aside",
]

Span = tuple[int, int]


class LinkKind(str, Enum):
    """How two paragraphs of different outlets are related."""

    VERBATIM = "verbatim"
    PARAPHRASE = "paraphrase"
    QUOTE = "quote"

    @property
    def letter(self) -> str:
        """One ASCII letter that stands for the kind where colour is not available."""
        return {"verbatim": "V", "paraphrase": "P", "quote": "Q"}[self.value]


class Ref(NamedTuple):
    """A paragraph of an article: the article's id and the body paragraph's index."""

    article: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Article:
    """One report by one outlet, cleaned: metadata plus body paragraphs."""

    id: str
    path: str
    outlet: str
    title: str
    paragraphs: tuple[str, ...]
    byline: str | None = None
    published: str | None = None
    #: When the page says it was last updated (ISO 8601, as ``published``), only where that is later
    #: than ``published`` (:func:`later_update`); None: no update given.
    updated: str | None = None
    url: str | None = None
    standfirst: str | None = None
    captions: tuple[str, ...] = field(default=())
    dateline: str | None = None  # "AMSTERDAM, July 15 (Reuters)", taken off the first paragraph
    #: The paragraphs that are subheads (and a live page's update times): (index, text).
    subheads: tuple[tuple[int, str], ...] = field(default=())
    teaser: bool = False  # the page shows only the start of the report: a paywall cuts it off
    #: The text is the summary a feed gave of the report, kept for want of its page (not fetched,
    #: or it failed: core.reading.feed.FeedText); a later reading of the page replaces it.
    summary_only: bool = False
    #: The paragraphs the input said verbatim over and over, each kept once (core.reading.judge,
    #: :data:`~core.reading.judge.REPEATS_KEPT_ONCE`): (index of the copy kept, copies the input
    #: held). What reading tells the user; the library does not keep it.
    repeated: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    #: The language the article is known to be written in (a code of :data:`core.text.LANGUAGE_NAMES`)
    #: where something beyond a reading of its text tells it: the library gives each article the
    #: language it stored for it, and a record of a file too short to tell its own the one its file's
    #: other records agree on (core.library.store); None: told from its text where asked
    #: (:meth:`core.linking.story.Story.language`).
    language: str | None = field(default=None, compare=False)

    @property
    def when(self) -> str | None:
        """The publication time as people read it: "2023-06-18", or "2023-06-18 09:15 UTC+02:00".

        ``published`` stays ISO 8601 (the JSON contract and sorting use it); this is for display.
        """
        return display_time(self.published)

    @property
    def times(self) -> str | None:
        """When, as the credit line says it: :attr:`when` alone, or with an update "published
        2026-12-02 09:02 UTC-05:00 · updated 16:35" (:func:`display_update`)."""
        if self.updated is None:
            return self.when
        update = f"updated {display_update(self.updated, self.published)}"
        return f"published {self.when} · {update}" if self.published else update

    @property
    def listed_times(self) -> str | None:
        """:attr:`times` as a list of articles in time order gives them: a publication time in a
        zone other than UTC with the same moment in UTC after it, "2026-11-10 17:48 UTC+01:00
        (16:48 UTC)", so the list's times read in its order (`story show`, the exports' tables)."""
        if self.updated is None:
            return utc_aside(self.published)
        update = f"updated {display_update(self.updated, self.published)}"
        return f"published {utc_aside(self.published)} · {update}" if self.published else update

    def is_subhead(self, index: int) -> bool:
        """Whether paragraph *index* is a subhead: a heading of the article, a live page's update
        time or the outlet's note on the article (:meth:`is_note`), no fact it reports (never
        linked, never "only in" its outlet)."""
        return any(i == index for i, _ in self.subheads)

    def is_note(self, index: int) -> bool:
        """Whether paragraph *index* is the outlet's note on its article, a correction or an
        update (:func:`core.text.is_article_note`): kept among the subheads, shown as a note."""
        return self.is_subhead(index) and is_article_note(self.paragraphs[index])

    @property
    def reported(self) -> int:
        """How many paragraphs report something: all but the subheads."""
        return len(self.paragraphs) - len({i for i, _ in self.subheads})

    @property
    def credit(self) -> str:
        """Who, where and when, as a line under the title: outlet · byline · dateline · date (and
        its update: :attr:`times`); a byline that names the outlet again ("CBN News · CBN News",
        "Athens Chronicle · Staff Reporter, Athens Chronicle") says it once."""
        byline = self.byline
        if byline is not None:
            outlet = self.outlet.casefold().split()
            words = byline.replace(",", " , ").casefold().split()
            if words == outlet:
                byline = None
            elif outlet and words[-len(outlet) - 1 :] == [",", *outlet]:  # "Staff Reporter, Athens Chronicle"
                byline = byline[: byline.rfind(",")].rstrip() or None
        return " · ".join(x for x in (self.outlet, byline, self.dateline, self.times) if x)

    def to_json(self) -> dict[str, object]:
        """The article as the `links` JSON contract spells it."""
        return {
            "id": self.id,
            "path": self.path,
            "outlet": self.outlet,
            "title": self.title,
            "byline": self.byline,
            "published": self.published,
            "updated": self.updated,
            "url": self.url,
            "standfirst": self.standfirst,
            "captions": list(self.captions),
            "dateline": self.dateline,
            "subheads": [{"paragraph": i, "text": t} for i, t in self.subheads],
            "teaser": self.teaser,
            "summary_only": self.summary_only,
            "paragraphs": [{"index": i, "text": t} for i, t in enumerate(self.paragraphs)],
        }


#: The record number a file of several articles (a channel's export, a feed, a JSON Lines file)
#: gives each of them after its path: "export.json:4".
_RECORD = re.compile(r":\d+$")


def record_file(path: str) -> str | None:
    """The file an article is one record of ("export.json" of "export.json:4"), None for an
    article that is a file of its own."""
    return path[: found.start()] if (found := _RECORD.search(path)) else None


def display_time(published: str | None) -> str | None:
    """An ISO 8601 date or time ("2023-06-18", "2023-06-18T09:15:00+02:00") as people read it.

    A date stays as it is; a time loses its seconds and shows its zone ("2023-06-18 09:15 UTC",
    "2023-06-18 09:15 UTC+02:00"); a time without a zone shows none. Anything else is returned
    unchanged, so nothing the page said is hidden.
    """
    if not published or len(published) <= 10 or published[10] not in "T ":
        return published
    day, _, rest = published[:10], published[10], published[11:]
    clock, zone = rest[:5], ""
    for mark in ("Z", "+", "-"):
        at = rest.find(mark, 5)
        if at >= 0:
            offset = rest[at:]
            zone = " UTC" if offset in ("Z", "+00:00", "-00:00") else f" UTC{offset}"
            break
    if len(clock) != 5 or clock[2] != ":":
        return published
    return f"{day} {clock}{zone}"


def display_update(updated: str | None, published: str | None) -> str | None:
    """An update time as people read it beside its publication time: the clock alone ("16:35")
    where it falls on the publication's day in the publication's zone, else whole, as
    :func:`display_time` gives it ("2026-12-03 08:10 UTC-05:00")."""
    shown = display_time(updated)
    first = display_time(published)
    if not shown or not first or len(shown) <= 10 or len(first) <= 10:
        return shown
    if shown[:10] == first[:10] and shown[16:] == first[16:]:  # the same day, the same zone (or none)
        return shown[11:16]
    return shown


def iso_stamp(text: str | None) -> datetime | None:
    """An ISO 8601 date or time as a datetime (a date at midnight); None for anything else."""
    try:
        return datetime.fromisoformat(text or "")
    except ValueError:
        return None


def instant(published: str | None) -> datetime | None:
    """The moment an ISO 8601 date or time stands for, in UTC, to put reports in time order: a
    time with a zone at that moment, a time without one read as UTC, a date alone at the start of
    its day (so it goes before the times of that day: the day is all it says); None for anything
    else (no date, or one that is no ISO 8601)."""
    stamp = iso_stamp(published)
    if stamp is None:
        return None
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=timezone.utc)
    return stamp.astimezone(timezone.utc)


#: The key undated reports get in :func:`time_order`: after every dated one.
_NO_TIME = datetime.max.replace(tzinfo=timezone.utc)


def time_order(article: Article) -> tuple[datetime, str, str, str, str, str]:
    """The key of a story's one order of its articles, the order they were published in
    (:func:`in_time_order`): by :func:`instant`, earliest first, the undated last; of the same
    moment (or both undated), by outlet, then by title (ignoring case), then by id, so the order
    never hangs on the order the articles were read or added in."""
    when = instant(article.published)
    return (
        _NO_TIME if when is None else when,
        article.outlet.casefold(), article.outlet, article.title.casefold(), article.title, article.id,
    )


def in_time_order(articles: Iterable[Article]) -> tuple[Article, ...]:
    """*articles* in the order they were published (:func:`time_order`): how a story lists its
    articles everywhere (:class:`core.linking.story.Story`: the reader's story list and the
    article it opens first, `story show`, `links`, the exports' article tables)."""
    return tuple(sorted(articles, key=time_order))


def timeline_time(published: str | None) -> str | None:
    """A publication time as a list of reports in time order gives it, short and in one clock:
    "2026-11-10 16:48 UTC" for "2026-11-10T17:48:00+01:00", so the times read in the list's
    order; a time without a zone as it is ("2026-11-10 16:48"), a date alone as it is
    ("2026-11-10"); anything else as :func:`display_time` gives it (None: undated)."""
    stamp = iso_stamp(published)
    if stamp is None or not published or len(published) <= 10:
        return display_time(published)
    if stamp.tzinfo is None:
        return stamp.strftime("%Y-%m-%d %H:%M")
    return stamp.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def utc_aside(published: str | None) -> str | None:
    """:func:`display_time` of *published*, with the same moment in UTC after it where it is a
    time in another zone: "2026-11-10 17:48 UTC+01:00 (16:48 UTC)", "2026-11-10 23:30 UTC-05:00
    (2026-11-11 04:30 UTC)"; as :func:`display_time` gives it otherwise."""
    shown, utc = display_time(published), timeline_time(published)
    if not shown or not utc or shown == utc or not utc.endswith(" UTC"):
        return shown
    return f"{shown} ({utc[11:] if utc[:10] == shown[:10] else utc})"


def later_update(published: str | None, updated: str | None) -> str | None:
    """*updated* (ISO 8601) where it is an update of a report *published* then: later by a minute
    or more (a content system stamps its "modified" seconds after "published" on first save),
    or on a later day where either gives its day alone; None where it is the same time, earlier,
    the same day as a day alone, or unreadable. Without a publication time, any readable update."""
    new = iso_stamp(updated)
    if new is None:
        return None
    old = iso_stamp(published)
    if old is None:
        return updated
    if len(updated or "") <= 10 or len(published or "") <= 10:
        return updated if new.date() > old.date() else None
    if (new.tzinfo is None) != (old.tzinfo is None):  # one gives no zone: read both as wall clocks
        new, old = new.replace(tzinfo=None), old.replace(tzinfo=None)
    return updated if new - old >= timedelta(minutes=1) else None


class Link(NamedTuple):
    """A match between paragraph ``a`` and paragraph ``b`` of two different articles.

    A tuple rather than a dataclass: a big story reads tens of thousands of them back,
    and a frozen dataclass pays a setattr call per field for each.
    """

    a: Ref
    b: Ref
    score: float
    kind: LinkKind
    spans_a: tuple[Span, ...]
    spans_b: tuple[Span, ...]
    #: The cosine of the two paragraphs' sentence embeddings for a link made by meaning
    #: (core.linking.semantic, optional), else None.
    similarity: float | None = None
    #: Whether third outlets' paragraphs linking to both made the link, no rule of its own
    #: (core.linking.align): such a link vouches for no other pair, in a library as in a full run.
    vouched: bool = False

    def other(self, ref: Ref) -> tuple[Ref, tuple[Span, ...], tuple[Span, ...]]:
        """Seen from *ref*: the other paragraph, *ref*'s spans and the other's spans."""
        if ref == self.a:
            return self.b, self.spans_a, self.spans_b
        return self.a, self.spans_b, self.spans_a

    def to_json(self) -> dict[str, object]:
        """The link as the `links` JSON contract spells it (``similarity`` only for a link by meaning)."""
        data: dict[str, object] = {
            "a": {"article": self.a.article, "paragraph": self.a.paragraph},
            "b": {"article": self.b.article, "paragraph": self.b.paragraph},
            "score": round(self.score, 4),
            "kind": self.kind.value,
            "spans": {
                "a": [list(s) for s in self.spans_a],
                "b": [list(s) for s in self.spans_b],
            },
        }
        if self.similarity is not None:
            data["similarity"] = round(self.similarity, 4)
        return data


def article_id(outlet: str, title: str, paragraphs: tuple[str, ...]) -> str:
    """A short, stable content hash: the same report always gets the same id."""
    digest = hashlib.sha256()
    for part in (outlet, title, *paragraphs):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:12]
