"""The library: every article the user has added, kept in one SQLite file.

Articles are keyed by a hash of their body, so adding the same report twice (under
two names, or from a feed and from a file) is a no-op. Each article is added in one
transaction with its paragraphs, its terms, its story and its links, so a library
killed in the middle of an import holds whole articles only, and a second run adds
the rest. The links of a story are computed when an article joins it, against that
story's articles only, and kept; opening a story reads them back.

The schema is versioned with ``PRAGMA user_version`` and grown by :data:`MIGRATIONS`,
one list of statements per version, applied in order inside a transaction.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from core.clustering import Candidate, choose_story, day_number, idf, same_event, terms
from core.errors import LibraryError
from core.gcpause import paused_gc
from core.model import Article, Link, LinkKind, Ref
from core.story import Story

__all__ = [
    "Added",
    "Bookmark",
    "Library",
    "LibraryError",
    "LibraryLock",
    "SearchHit",
    "StoryInfo",
    "content_hash",
]

#: How long a writer waits for another one (another `newsprism add`) to finish.
BUSY_TIMEOUT = 30.0
#: How many of a new article's rarest terms look up the articles it may share a story with.
PROBE_TERMS = 32
#: How many of those articles are compared in full.
PROBE_ARTICLES = 24
#: A term in more articles than this (and more than 1 in 50 of them) says nothing about which
#: event an article reports: it is not used to look candidates up (it still counts in the
#: similarity), which keeps the lookup from reading most of the library.
PROBE_MAX_DF = 100
PROBE_MAX_SHARE = 50

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: the first schema
        """CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT,                        -- set by the user; else the first article's
            created REAL NOT NULL
        )""",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,         -- of the body: the same report is added once
            story INTEGER NOT NULL REFERENCES stories(id),
            outlet TEXT NOT NULL,
            title TEXT NOT NULL,
            byline TEXT,
            published TEXT,
            day INTEGER,                       -- published, as a day number, for the time window
            url TEXT,
            source TEXT NOT NULL,              -- the file or address it was added from
            standfirst TEXT,
            captions TEXT NOT NULL DEFAULT '[]',
            paragraphs INTEGER NOT NULL,
            added REAL NOT NULL
        )""",
        "CREATE INDEX articles_story ON articles(story)",
        """CREATE TABLE paragraphs (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE terms (
            term TEXT NOT NULL,
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (term, article)
        ) WITHOUT ROWID""",
        "CREATE INDEX terms_article ON terms(article)",
        "CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
        """CREATE TABLE links (
            a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ap INTEGER NOT NULL,
            b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            bp INTEGER NOT NULL,
            score REAL NOT NULL,
            kind TEXT NOT NULL,
            spans TEXT NOT NULL,
            PRIMARY KEY (a, ap, b, bp)
        ) WITHOUT ROWID""",
        "CREATE INDEX links_b ON links(b)",
        """CREATE TABLE read (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE bookmarks (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID""",
    ),
    (  # 2: full-text search; trigrams, so Chinese and Japanese (no spaces) are searchable too
        "CREATE VIRTUAL TABLE search USING fts5(text, article UNINDEXED, idx UNINDEXED, tokenize = 'trigram')",
        "INSERT INTO search (text, article, idx) SELECT text, article, idx FROM paragraphs",
    ),
    (  # 3: a wire dateline ("AMSTERDAM, July 15 (Reuters)") is metadata, not the first paragraph's text
        "ALTER TABLE articles ADD COLUMN dateline TEXT",
    ),
    (  # 4: subscriptions and their refresh state (core/subscriptions.py), article versions, story visits
        """CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,                        -- the user's, else the feed's own
            site TEXT,                         -- the outlet's home page (OPML htmlUrl)
            tags TEXT NOT NULL DEFAULT '[]',   -- JSON list; OPML categories
            added REAL NOT NULL,
            etag TEXT,                         -- validators for the next conditional request
            last_modified TEXT,
            checked REAL,                      -- the last refresh that reached an answer or failed
            refreshed REAL,                    -- the last refresh that succeeded
            error TEXT                         -- why the last refresh failed; NULL when it did not
        )""",
        """CREATE TABLE feed_entries (
            feed INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry TEXT NOT NULL,               -- the entry's id, else its link
            digest TEXT NOT NULL,              -- of what the feed said of it: unchanged entries are skipped
            article TEXT,                      -- the article it gave, if any
            seen REAL NOT NULL,
            PRIMARY KEY (feed, entry)
        ) WITHOUT ROWID""",
        """CREATE TABLE versions (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,           -- 1 = the first body stored; the article holds the latest
            title TEXT NOT NULL,
            paragraphs TEXT NOT NULL,          -- JSON list of the body paragraphs of that version
            at REAL NOT NULL,                  -- when newsprism stored that version
            PRIMARY KEY (article, number)
        ) WITHOUT ROWID""",
        "CREATE TABLE visits (story INTEGER PRIMARY KEY, at REAL NOT NULL)",
    ),
)


class LibraryLock:
    """Keeps a second reader from fighting over one library: a lock file holding the PID.

    As newsboat does: a lock whose process has gone is stale and taken over. Commands
    that only add (`newsprism add`) need no lock; SQLite orders their writes.
    """

    def __init__(self, library: Path) -> None:
        self.library = Path(library)
        self.path = self.library.with_name(self.library.name + ".lock")
        self._held = False

    def __enter__(self) -> LibraryLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def holder(self) -> int | None:
        """The PID in the lock file, if it names a live process."""
        try:
            pid = int(self.path.read_text(encoding="ascii").strip() or 0)
        except (OSError, ValueError):
            return None
        if pid <= 0:
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            return pid  # alive, another user's
        return pid

    def acquire(self) -> None:
        """Take the lock, or raise :class:`LibraryError` naming the process that holds it."""
        self.library.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                pid = self.holder()
                if pid is not None and pid != os.getpid():
                    raise LibraryError(f"{self.library}: open in another newsprism (pid {pid}); close that one first") from None
                self.path.unlink(missing_ok=True)  # stale: its process has gone
                continue
            except OSError as exc:
                raise LibraryError(f"{self.path}: cannot create the lock file ({exc.strerror or exc})") from None
            with os.fdopen(fd, "w", encoding="ascii") as file:
                file.write(f"{os.getpid()}\n")
            self._held = True
            return
        raise LibraryError(f"{self.path}: cannot take the lock")

    def release(self) -> None:
        """Give the lock back."""
        if self._held:
            self.path.unlink(missing_ok=True)
            self._held = False


def content_hash(article: Article) -> str:
    """A hash of the article's body paragraphs: the key that makes adding twice a no-op."""
    digest = hashlib.sha256()
    for paragraph in article.paragraphs:
        digest.update(" ".join(paragraph.split()).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Added:
    """What adding one article did."""

    article: Article
    story: int
    new: bool  # False: the library already held it (under ``existing``)
    existing: str | None = None
    links: int = 0


@dataclass(frozen=True, slots=True)
class StoryInfo:
    """One story as the story list shows it."""

    id: int
    title: str
    outlets: tuple[str, ...]
    first: str | None
    last: str | None
    articles: int
    paragraphs: int
    read: int


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A bookmarked paragraph with enough to show it in a list."""

    ref: Ref
    story: int
    outlet: str
    title: str
    text: str
    at: float


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A paragraph that holds every word of a search, with where they stand in it."""

    ref: Ref
    story: int
    outlet: str
    title: str
    published: str | None
    text: str
    spans: tuple[tuple[int, int], ...]


#: The trigram index finds words of three characters or more; shorter ones are matched by scanning.
TRIGRAM = 3


def _search_words(query: str) -> list[str]:
    """The words of a search, sanitised and without duplicates, longest first."""
    from core.sanitize import sanitize

    found = dict.fromkeys(w for w in sanitize(query).split() if w)
    return sorted(found, key=len, reverse=True)


def find_spans(text: str, words: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Where each of *words* stands in *text*, ignoring case; overlapping spans merged."""
    spans = sorted(
        m.span() for word in words for m in re.finditer(re.escape(word), text, re.IGNORECASE)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _busy(exc: sqlite3.Error) -> bool:
    """Whether another connection holding a lock caused *exc*."""
    return getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _reason(exc: sqlite3.Error) -> str:
    """What went wrong, in the user's words where SQLite's are obscure."""
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR"):
        return f"cannot write to the disk: is it full? ({exc})"
    return str(exc)


class Library:
    """One library file, open for reading and writing.

    Use as a context manager, or call :meth:`close`. Writers wait up to
    :data:`BUSY_TIMEOUT` seconds for each other; readers never wait (WAL).
    """

    def __init__(self, path: Path, *, timeout: float = BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise LibraryError(f"{self.path}: cannot open the library ({exc})") from None
        # Switching a new file to WAL takes a lock SQLite's busy handler does not wait for:
        # when two processes create one library at once, the second tries again.
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._db.execute("PRAGMA foreign_keys = ON")
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
                return
            except sqlite3.OperationalError as exc:
                if _busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                self._db.close()
                raise LibraryError(f"{self.path}: cannot open the library ({_reason(exc)})") from None
            except sqlite3.DatabaseError as exc:
                self._db.close()
                raise LibraryError(f"{self.path}: not a newsprism library ({exc})") from None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    # --- schema ---------------------------------------------------------------

    @property
    def version(self) -> int:
        """The schema version of the file."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        if self.version > len(MIGRATIONS):
            raise LibraryError(
                f"{self.path}: made by a newer newsprism (schema {self.version}; this one knows {len(MIGRATIONS)})"
            )
        while self.version < len(MIGRATIONS):
            with self._write():
                current = self.version  # another process may have migrated meanwhile
                if current >= len(MIGRATIONS):
                    break
                for statement in MIGRATIONS[current]:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {current + 1}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once so concurrent writers queue rather than fail."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise LibraryError(f"{self.path}: {exc} (another newsprism is writing)") from None
        try:
            yield self._db
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise LibraryError(f"{self.path}: cannot save ({_reason(exc)})") from None

    def _rollback(self) -> None:
        # SQLite rolls back by itself on some errors (a full disk among them): then there is
        # nothing left to roll back, and the error that did it is the one to report.
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def integrity(self) -> str:
        """SQLite's integrity check: "ok" when the file is sound."""
        rows = self._db.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)

    # --- adding ---------------------------------------------------------------

    def add(self, article: Article, *, source: str) -> Added:
        """Add one article: store it, give it a story and link it to that story's articles."""
        key = content_hash(article)
        try:
            with self._write() as db:
                row = db.execute("SELECT id, story FROM articles WHERE hash = ?", (key,)).fetchone()
                if row:
                    return Added(article, int(row[1]), new=False, existing=str(row[0]))
                found = terms(article)
                day = day_number(article.published)
                story = self._story_for(found, day)
                if story is None:
                    story = int(db.execute("INSERT INTO stories (created) VALUES (?)", (time.time(),)).lastrowid or 0)
                self._insert(article, key=key, story=story, source=source, found=found, day=day)
                links = self._link_into(story, article.id)
                return Added(article, story, new=True, links=links)
        except sqlite3.Error as exc:
            raise LibraryError(f"{self.path}: cannot add {article.title[:60]!r} ({_reason(exc)})") from None

    def _weights(self, wanted: Iterable[str]) -> dict[str, int]:
        """The document frequency of each term in *wanted* (absent terms left out)."""
        result: dict[str, int] = {}
        wanted = list(wanted)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            result.update(self._db.execute(f"SELECT term, df FROM term_df WHERE term IN ({marks})", chunk).fetchall())
        return result

    def _story_for(self, found: frozenset[str], day: int | None) -> int | None:
        """The story an article with these terms and this day joins, or None for a new one."""
        total = int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        if not total or not found:
            return None
        df = self._weights(found)
        common = max(PROBE_MAX_DF, total // PROBE_MAX_SHARE)
        probe = sorted((t for t in df if 0 < df[t] <= common), key=lambda t: (df[t], t))[:PROBE_TERMS]
        if not probe:
            return None
        marks = ",".join("?" * len(probe))
        rows = self._db.execute(
            f"""SELECT t.article, a.story, a.day, COUNT(*) AS n FROM terms t JOIN articles a ON a.id = t.article
                WHERE t.term IN ({marks}) GROUP BY t.article ORDER BY n DESC, t.article LIMIT ?""",
            (*probe, PROBE_ARTICLES),
        ).fetchall()
        candidates = []
        for other, story, other_day, _ in rows:
            theirs = [
                (t, n) for t, n in self._db.execute(
                    "SELECT t.term, d.df FROM terms t JOIN term_df d USING (term) WHERE t.article = ?", (other,)
                )
            ]
            weight = {t: idf(n, total) for t, n in theirs}
            weight.update({t: idf(df.get(t, 0), total) for t in found})
            candidates.append(Candidate(int(story), same_event(found, frozenset(t for t, _ in theirs), weight), other_day))
        return choose_story(candidates, day)

    def _insert(self, article: Article, *, key: str, story: int, source: str, found: frozenset[str], day: int | None) -> None:
        db = self._db
        db.execute(
            """INSERT INTO articles (id, hash, story, outlet, title, byline, published, day, url, source,
                                     standfirst, captions, paragraphs, added, dateline)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.id, key, story, article.outlet, article.title, article.byline, article.published, day,
                article.url, source, article.standfirst, json.dumps(list(article.captions)),
                len(article.paragraphs), time.time(), article.dateline,
            ),
        )
        db.executemany(
            "INSERT INTO paragraphs (article, idx, text) VALUES (?, ?, ?)",
            ((article.id, i, text) for i, text in enumerate(article.paragraphs)),
        )
        db.executemany(
            "INSERT INTO search (text, article, idx) VALUES (?, ?, ?)",
            ((text, article.id, i) for i, text in enumerate(article.paragraphs)),
        )
        db.executemany("INSERT INTO terms (term, article) VALUES (?, ?)", ((t, article.id) for t in sorted(found)))
        db.executemany(
            "INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1",
            ((t,) for t in sorted(found)),
        )

    def _link_into(self, story: int, article_id: str) -> int:
        """Link *article_id* to the other articles of *story*; the number of new links."""
        from core.align import Known, link

        articles = self._articles(story)
        old = [a for a in articles if a.id != article_id]
        new = [a for a in articles if a.id == article_id]
        if not old:
            return 0
        # Only the pairs and scores: the spans of thousands of old links are not needed.
        known = [
            Known(Ref(a, ap), Ref(b, bp), score)
            for a, ap, b, bp, score in self._db.execute(
                """SELECT l.a, l.ap, l.b, l.bp, l.score FROM links l
                   JOIN articles x ON x.id = l.a JOIN articles y ON y.id = l.b
                   WHERE x.story = ? AND y.story = ?""",
                (story, story),
            )
        ]
        found = link([*old, *new], new_from=len(old), known=known)
        self._store_links(found)
        return len(found)

    def _store_links(self, links: Sequence[Link]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO links (a, ap, b, bp, score, kind, spans) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (l.a.article, l.a.paragraph, l.b.article, l.b.paragraph, l.score, l.kind.value,
                 json.dumps([l.spans_a, l.spans_b]))
                for l in links
            ),
        )

    # --- reading --------------------------------------------------------------

    def _articles(self, story: int) -> list[Article]:
        rows = self._db.execute(
            """SELECT id, outlet, title, byline, published, url, source, standfirst, captions, dateline
               FROM articles WHERE story = ? ORDER BY rowid""",
            (story,),
        ).fetchall()
        paragraphs: dict[str, list[str]] = {r[0]: [] for r in rows}
        for article, text in self._db.execute(
            "SELECT p.article, p.text FROM paragraphs p JOIN articles a ON a.id = p.article WHERE a.story = ? ORDER BY p.article, p.idx",
            (story,),
        ):
            paragraphs[article].append(text)
        return [
            Article(
                id=r[0], path=r[6], outlet=r[1], title=r[2], paragraphs=tuple(paragraphs[r[0]]), byline=r[3],
                published=r[4], url=r[5], standfirst=r[7], captions=tuple(json.loads(r[8])), dateline=r[9],
            )
            for r in rows
        ]

    def _links(self, story: int) -> list[Link]:
        rows = self._db.execute(
            """SELECT l.a, l.ap, l.b, l.bp, l.score, l.kind, l.spans FROM links l
               JOIN articles x ON x.id = l.a JOIN articles y ON y.id = l.b
               WHERE x.story = ? AND y.story = ?""",
            (story, story),
        ).fetchall()
        # One JSON document for all the spans and a table for the kinds: a big story has tens of
        # thousands of links, and a json.loads and an Enum lookup per link cost a second there.
        spans = json.loads("[" + ",".join(r[6] for r in rows) + "]")
        kinds = {kind.value: kind for kind in LinkKind}
        return [
            Link(Ref(a, ap), Ref(b, bp), score, kinds[kind], tuple(map(tuple, sa)), tuple(map(tuple, sb)))
            for (a, ap, b, bp, score, kind, _), (sa, sb) in zip(rows, spans, strict=True)
        ]

    def story(self, story: int) -> Story:
        """The story *story* with its cached links, ready for the reader."""
        with paused_gc():
            articles = self._articles(story)
            if not articles:
                raise LibraryError(f"no story {story} in {self.path}")
            order = {a.id: n for n, a in enumerate(articles)}
            links = []
            for l in self._links(story):  # each pair with ``a`` first in story order, as the linker gives them
                if order[l.a.article] > order[l.b.article]:
                    l = Link(l.b, l.a, l.score, l.kind, l.spans_b, l.spans_a)
                links.append(l)
            links.sort(key=lambda l: (order[l.a.article], l.a.paragraph, order[l.b.article], l.b.paragraph))
            return Story(tuple(articles), tuple(links))

    def stories(self) -> list[StoryInfo]:
        """Every story, the latest news first."""
        read = dict(
            self._db.execute(
                "SELECT a.story, COUNT(*) FROM read r JOIN articles a ON a.id = r.article GROUP BY a.story"
            ).fetchall()
        )
        rows = self._db.execute(
            """SELECT s.id, s.title,
                      (SELECT title FROM articles WHERE story = s.id ORDER BY rowid LIMIT 1),
                      (SELECT group_concat(outlet, char(31)) FROM (SELECT DISTINCT outlet FROM articles WHERE story = s.id ORDER BY outlet)),
                      MIN(a.published), MAX(a.published), COUNT(*), SUM(a.paragraphs), MAX(a.added)
               FROM stories s JOIN articles a ON a.story = s.id
               GROUP BY s.id
               ORDER BY COALESCE(MAX(a.published), '') DESC, MAX(a.added) DESC, s.id DESC"""
        ).fetchall()
        return [
            StoryInfo(
                id=r[0], title=r[1] or r[2], outlets=tuple((r[3] or "").split("\x1f")), first=r[4], last=r[5],
                articles=r[6], paragraphs=r[7], read=read.get(r[0], 0),
            )
            for r in rows
        ]

    def story_of(self, article_id: str) -> int | None:
        """The story an article belongs to, or None if the library does not hold it."""
        row = self._db.execute("SELECT story FROM articles WHERE id = ?", (article_id,)).fetchone()
        return int(row[0]) if row else None

    def counts(self) -> tuple[int, int]:
        """How many stories and articles the library holds."""
        stories, articles = self._db.execute("SELECT COUNT(DISTINCT story), COUNT(*) FROM articles").fetchone()
        return int(stories), int(articles)

    def find_story(self, story: int) -> StoryInfo:
        """The story *story*, or :class:`LibraryError` naming what exists."""
        for info in self.stories():
            if info.id == story:
                return info
        raise LibraryError(f"no story {story} in the library (`newsprism stories` lists them)")

    def search(
        self, query: str, *, limit: int = 50, story: int | None = None, other_than: int | None = None
    ) -> list[SearchHit]:
        """The paragraphs holding every word of *query* (ignoring case), the best matches first;
        only in *story*, or only outside story *other_than*, when given.

        Words of three characters or more go through the trigram index, so any part of a word
        matches and unspaced scripts work; shorter words filter those hits (or, alone, scan).
        """
        words = _search_words(query)
        if not words:
            return []
        indexed = [w for w in words if len(w) >= TRIGRAM]
        scanned = [w for w in words if len(w) < TRIGRAM]
        where = ["search.text LIKE ? ESCAPE '\\'" for _ in scanned]
        values: list[object] = [
            "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in scanned
        ]
        for column, value, test in (("a.story", story, "="), ("a.story", other_than, "!=")):
            if value is not None:
                where.append(f"{column} {test} ?")
                values.append(value)
        if indexed:
            where.insert(0, "search MATCH ?")
            values.insert(0, " ".join('"' + w.replace('"', '""') + '"' for w in indexed))
            order = "bm25(search), a.published DESC"
        else:
            order = "a.published DESC, search.rowid"
        rows = self._db.execute(
            f"""SELECT search.article, search.idx, a.story, a.outlet, a.title, a.published, search.text
                FROM search JOIN articles a ON a.id = search.article
                WHERE {" AND ".join(where)} ORDER BY {order} LIMIT ?""",
            (*values, limit),
        ).fetchall()
        return [
            SearchHit(Ref(r[0], int(r[1])), int(r[2]), r[3], r[4], r[5], r[6], find_spans(r[6], words))
            for r in rows
        ]

    # --- changing stories -----------------------------------------------------

    def _require(self, story: int) -> None:
        if not self._db.execute("SELECT 1 FROM articles WHERE story = ? LIMIT 1", (story,)).fetchone():
            raise LibraryError(f"no story {story} in the library (`newsprism stories` lists them)")

    def rename(self, story: int, title: str) -> None:
        """Give *story* a title of the user's own (an empty one restores the automatic title)."""
        self._require(story)
        with self._write() as db:
            db.execute("UPDATE stories SET title = ? WHERE id = ?", (" ".join(title.split()) or None, story))

    def merge(self, into: int, others: Sequence[int]) -> int:
        """Move the articles of *others* into *into* and link them across; the number of new links."""
        for story in (into, *others):
            self._require(story)
        others = [s for s in dict.fromkeys(others) if s != into]
        if not others:
            return 0
        from core.align import link

        with self._write() as db:
            before = {a.id for a in self._articles(into)}
            for story in others:
                db.execute("UPDATE articles SET story = ? WHERE story = ?", (into, story))
                db.execute("DELETE FROM stories WHERE id = ?", (story,))
            articles = self._articles(into)
            # The pairs within each old story are linked; only the pairs across need the linker.
            old = [a for a in articles if a.id in before]
            moved = [a for a in articles if a.id not in before]
            found = [
                l for l in link([*old, *moved], new_from=len(old), known=self._links(into))
                if (l.a.article in before) != (l.b.article in before)
            ]
            self._store_links(found)
        return len(found)

    def split(self, story: int, article_ids: Sequence[str]) -> int:
        """Move *article_ids* out of *story* into a new story; its id."""
        self._require(story)
        members = {a for (a,) in self._db.execute("SELECT id FROM articles WHERE story = ?", (story,))}
        chosen = list(dict.fromkeys(article_ids))
        strangers = [a for a in chosen if a not in members]
        if strangers:
            raise LibraryError(f"story {story} has no article {strangers[0]}")
        if not chosen or len(chosen) == len(members):
            raise LibraryError(f"a split must leave at least one article in story {story} and move at least one")
        with self._write() as db:
            new = int(db.execute("INSERT INTO stories (created) VALUES (?)", (time.time(),)).lastrowid or 0)
            db.executemany("UPDATE articles SET story = ? WHERE id = ?", ((new, a) for a in chosen))
        return new

    def remove(self, story: int) -> int:
        """Remove *story* and its articles from the library; how many articles went."""
        self._require(story)
        with self._write() as db:
            db.execute(
                """UPDATE term_df SET df = df - (SELECT COUNT(*) FROM terms t JOIN articles a ON a.id = t.article
                                                 WHERE a.story = ? AND t.term = term_df.term)
                   WHERE term IN (SELECT t.term FROM terms t JOIN articles a ON a.id = t.article WHERE a.story = ?)""",
                (story, story),
            )
            db.execute("DELETE FROM term_df WHERE df <= 0")
            db.execute("DELETE FROM search WHERE article IN (SELECT id FROM articles WHERE story = ?)", (story,))
            gone = db.execute("DELETE FROM articles WHERE story = ?", (story,)).rowcount
            db.execute("DELETE FROM stories WHERE id = ?", (story,))
        return int(gone)

    # --- reading state --------------------------------------------------------

    def mark_read(self, ref: Ref) -> None:
        """Remember that the user has read paragraph *ref*."""
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO read (article, idx, at) VALUES (?, ?, ?)", (ref.article, ref.paragraph, time.time()))

    def read_paragraphs(self, article_id: str) -> set[int]:
        """The paragraphs of *article_id* the user has read."""
        return {i for (i,) in self._db.execute("SELECT idx FROM read WHERE article = ?", (article_id,))}

    def read_counts(self, story: int) -> dict[str, int]:
        """For each article of *story*, how many of its paragraphs the user has read."""
        return dict(
            self._db.execute(
                "SELECT r.article, COUNT(*) FROM read r JOIN articles a ON a.id = r.article WHERE a.story = ? GROUP BY r.article",
                (story,),
            ).fetchall()
        )

    def toggle_bookmark(self, ref: Ref) -> bool:
        """Bookmark paragraph *ref*, or remove its bookmark; whether it is bookmarked now."""
        with self._write() as db:
            gone = db.execute("DELETE FROM bookmarks WHERE article = ? AND idx = ?", ref).rowcount
            if not gone:
                db.execute("INSERT INTO bookmarks (article, idx, at) VALUES (?, ?, ?)", (*ref, time.time()))
        return not gone

    def bookmarked(self, article_id: str) -> set[int]:
        """The bookmarked paragraphs of *article_id*."""
        return {i for (i,) in self._db.execute("SELECT idx FROM bookmarks WHERE article = ?", (article_id,))}

    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark, the newest first."""
        rows = self._db.execute(
            """SELECT b.article, b.idx, a.story, a.outlet, a.title, p.text, b.at FROM bookmarks b
               JOIN articles a ON a.id = b.article JOIN paragraphs p ON p.article = b.article AND p.idx = b.idx
               ORDER BY b.at DESC, b.article, b.idx"""
        ).fetchall()
        return [Bookmark(Ref(r[0], r[1]), r[2], r[3], r[4], r[5], r[6]) for r in rows]
