"""Subscriptions: the feeds the user follows, kept in the library with their refresh state.

A subscription is a feed address with a title, the outlet's home page, tags, and what the
last refresh learned: the validators for the next conditional request (ETag,
Last-Modified), when it last succeeded, why it last failed and how many times in a row,
how many articles it gave. Each
entry the feed listed is remembered with a digest of what the feed said of it, so an entry
that has not changed is not read (nor its page fetched) again.

The tables are the library's (:data:`core.library.store.MIGRATIONS`, versions 7 and 16); this module owns
the statements on them and writes through the library's transactions.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from core.errors import LibraryError

if TYPE_CHECKING:
    from core.library.store import Library

__all__ = ["Seen", "Subscription", "Subscriptions", "check_url", "iso_time"]

_COLUMNS = (
    "id, url, title, site, tags, added, etag, last_modified, checked, refreshed, error, "
    "(SELECT COUNT(DISTINCT article) FROM feed_entries e WHERE e.feed = feeds.id AND e.article IS NOT NULL), failures"
)


@dataclass(frozen=True, slots=True)
class Subscription:
    """One feed the user follows. Times are seconds since the epoch (None: never)."""

    id: int
    url: str
    title: str | None
    site: str | None
    tags: tuple[str, ...]
    added: float
    etag: str | None = None
    last_modified: str | None = None
    checked: float | None = None  # the last refresh, whatever its outcome
    refreshed: float | None = None  # the last refresh that succeeded
    error: str | None = None  # why the last refresh failed; None when it did not
    articles: int = 0  # articles this feed's entries gave the library
    failures: int = 0  # refreshes that failed in a row, the last one included; 0 when it did not fail

    @property
    def name(self) -> str:
        """The title to show: the subscription's, else its address."""
        return self.title or self.url

    def to_json(self) -> dict[str, object]:
        """The subscription as `feeds list --json` prints it, its times in ISO 8601 (:func:`iso_time`)."""
        return {
            "id": self.id, "url": self.url, "title": self.title, "site": self.site, "tags": list(self.tags),
            "added": iso_time(self.added), "checked": iso_time(self.checked), "refreshed": iso_time(self.refreshed),
            "error": self.error, "articles": self.articles, "failures": self.failures,
        }


def iso_time(seconds: float | None) -> str | None:
    """*seconds* since the epoch as ISO 8601 in UTC, to the second ("2026-12-02T16:26:48+00:00"),
    as the JSON of every command gives a time; None (never) stays None."""
    if seconds is None:
        return None
    from datetime import datetime, timezone

    return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat(timespec="seconds")


class Seen(NamedTuple):
    """An entry of a feed as the library remembers it (:meth:`Subscriptions.seen`)."""

    digest: str  # of what the feed said of it (unchanged entries are skipped), or a refresh's mark
    at: float  # when it was last stored, in seconds since the epoch
    article: str | None  # the article it gave, if any


def _row(r: Sequence[object]) -> Subscription:
    return Subscription(
        id=int(r[0]),  # type: ignore[call-overload]
        url=str(r[1]), title=r[2], site=r[3], tags=tuple(json.loads(str(r[4]))),  # type: ignore[arg-type]
        added=float(r[5]), etag=r[6], last_modified=r[7], checked=r[8], refreshed=r[9],  # type: ignore[arg-type]
        error=r[10], articles=int(r[11]), failures=int(r[12]),  # type: ignore[arg-type,call-overload]
    )


def check_url(url: str) -> str:
    """*url* as a feed address (http or https, with a host), else :class:`LibraryError`."""
    import httpx

    text = url.strip()
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, TypeError):
        raise LibraryError(f"{url}: not a valid address") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise LibraryError(f"{url}: a feed address starts with http:// or https:// and names a host")
    return str(parsed)


class Subscriptions:
    """The subscriptions of one open :class:`~core.library.store.Library`."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._db = library._db  # one connection: the library's (same transactions, same lock)

    # --- the list --------------------------------------------------------------

    def add(self, url: str, *, title: str | None = None, site: str | None = None, tags: Iterable[str] = ()) -> tuple[Subscription, bool]:
        """Subscribe to *url*; the subscription and whether it is new. Subscribing again to a
        known address adds the tags given (and a title or home page it lacked), nothing else.

        Raises :class:`LibraryError` when *url* is not an http(s) address."""
        url = check_url(url)
        tags = tuple(dict.fromkeys(tags))
        with self.library._write() as db:
            row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO feeds (url, title, site, tags, added) VALUES (?, ?, ?, ?, ?)",
                    (url, title, site, json.dumps(list(tags)), time.time()),
                )
                new = True
            else:
                old = _row(row)
                db.execute(
                    "UPDATE feeds SET title = COALESCE(title, ?), site = COALESCE(site, ?), tags = ? WHERE id = ?",
                    (title, site, json.dumps(list(dict.fromkeys((*old.tags, *tags)))), old.id),
                )
                new = False
        return self.get(url), new

    def all(self) -> list[Subscription]:
        """Every subscription, in the order they were added."""
        return [_row(r) for r in self._db.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY id")]

    def get(self, which: str | int) -> Subscription:
        """The subscription with this id or address (as given, or as :func:`check_url` spells
        it); :class:`LibraryError` naming the way to list them when there is none."""
        text = str(which).strip()
        if text.isdigit():
            row = self._db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE id = ?", (int(text),)).fetchone()
        else:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", (text,)).fetchone()
            if row is None:
                try:
                    row = self._db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", (check_url(text),)).fetchone()
                except LibraryError:
                    row = None
        if row is None:
            raise LibraryError(f"no subscription {text} (`newsprism feeds list` lists them)")
        return _row(row)

    def remove(self, which: str | int) -> Subscription:
        """Unsubscribe; the articles the feed gave stay in the library. The subscription removed."""
        found = self.get(which)
        with self.library._write() as db:
            db.execute("DELETE FROM feeds WHERE id = ?", (found.id,))
        return found

    # --- refresh state -----------------------------------------------------------

    def seen(self, feed: int) -> dict[str, Seen]:
        """The entries of *feed* already stored, by their keys."""
        rows = self._db.execute("SELECT entry, digest, seen, article FROM feed_entries WHERE feed = ?", (feed,))
        return {str(entry): Seen(str(digest), float(at), article) for entry, digest, at, article in rows}

    def addresses(self, articles: Iterable[str]) -> dict[str, str]:
        """The web address of each of *articles* (its page, as the article names it), by id; those
        the library does not hold, or without an address, left out."""
        chosen = list(dict.fromkeys(articles))
        marks = ", ".join("?" * len(chosen))
        rows = self._db.execute(f"SELECT id, url FROM articles WHERE id IN ({marks}) AND url IS NOT NULL", chosen) if chosen else []
        return {str(a): str(url) for a, url in rows}

    def mark_entry(self, feed: int, entry: str, digest: str, article: str | None) -> None:
        """Remember that *entry* of *feed* (as *digest*) is stored, as *article* (None: it gave none)."""
        with self.library._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO feed_entries (feed, entry, digest, article, seen) VALUES (?, ?, ?, ?, ?)",
                (feed, entry, digest, article, time.time()),
            )

    #: What `feeds list` says of a feed whose refresh was stopped (killed, interrupted) while its
    #: entries were stored: :meth:`storing` writes it first, :meth:`succeeded` or :meth:`failed` replace it.
    STOPPED = "its last refresh stopped before all its entries were stored"

    def storing(self, feed: int) -> None:
        """Record that the entries of *feed* are being stored, before the first is: a refresh
        stopped before it ends (a kill, Ctrl-C) leaves the feed failed (:data:`STOPPED`), so the
        next scheduled refresh polls it at once (:func:`core.library.refresh.due`) rather than
        leaving it alone for the interval with entries missing. It counts no failure in a row."""
        with self.library._write() as db:
            db.execute("UPDATE feeds SET error = ? WHERE id = ?", (self.STOPPED, feed))

    def succeeded(
        self, feed: int, *, etag: str | None, last_modified: str | None, title: str | None = None,
        url: str | None = None, at: float | None = None, site: str | None = None,
    ) -> int:
        """Record a refresh of *feed* that succeeded, after its entries are stored: the
        validators for the next request, the feed's own title (when the user gave none), the site
        it is the feed of (when none is known) and a permanent redirect's new address. Where
        another subscription has that address already, the two are one feed: *feed* is folded
        into it (its tags and the entries it has seen join the other's, and it is removed; the
        articles stay in the library). Returns the id of the subscription the feed is now."""
        at = time.time() if at is None else at
        with self.library._write() as db:
            db.execute(
                """UPDATE feeds SET etag = ?, last_modified = ?, title = COALESCE(title, ?), site = COALESCE(site, ?),
                   checked = ?, refreshed = ?, error = NULL, failures = 0 WHERE id = ?""",
                (etag, last_modified, title, site, at, at, feed),
            )
            if url is None:
                return feed
            taken = db.execute("SELECT id, tags FROM feeds WHERE url = ? AND id != ?", (url, feed)).fetchone()
            if taken is None:
                db.execute("UPDATE feeds SET url = ? WHERE id = ?", (url, feed))
                return feed
            (tags,) = db.execute("SELECT tags FROM feeds WHERE id = ?", (feed,)).fetchone()
            joined = list(dict.fromkeys([*json.loads(taken[1] or "[]"), *json.loads(tags or "[]")]))
            db.execute("UPDATE feeds SET tags = ? WHERE id = ?", (json.dumps(joined), taken[0]))
            db.execute(
                """INSERT OR IGNORE INTO feed_entries (feed, entry, digest, article, seen)
                   SELECT ?, entry, digest, article, seen FROM feed_entries WHERE feed = ?""",
                (taken[0], feed),
            )
            db.execute("DELETE FROM feed_entries WHERE feed = ?", (feed,))
            db.execute("DELETE FROM feeds WHERE id = ?", (feed,))
            return int(taken[0])

    def failed(self, feed: int, error: str, *, at: float | None = None, stored: bool = False) -> None:
        """Record a refresh of *feed* that failed, and why (one line); its validators stay, and it
        counts one more failure in a row (:func:`core.library.refresh.due` waits longer after each).
        With *stored*, the refresh stored some of its entries before the rest failed: the feed was
        refreshed then, in part (and that still counts as a failure: the rest is tried again)."""
        at = time.time() if at is None else at
        with self.library._write() as db:
            db.execute("UPDATE feeds SET checked = ?, error = ?, failures = failures + 1 WHERE id = ?", (at, error, feed))
            if stored:
                db.execute("UPDATE feeds SET refreshed = ? WHERE id = ?", (at, feed))
