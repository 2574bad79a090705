"""What changed: versions of an article whose page changed, and what is new since a story's last visit.

**Versions.** One source's copy of a report is one article; its address (URL) names it
(:mod:`core.library.identity`). When the same address gives a changed body (a correction, an update, a new paragraph), the article
is revised, not added again: it keeps its id (and so its place in its story, its bookmarks
that still exist), its body becomes the new one, its links are computed again, and every
body it had is kept in ``versions`` (version 1 the first stored, with the time newsprism
stored each, and the time and dateline its page gave). :func:`edits` compares two versions word by word: what was added, removed,
corrected (words removed and others put in their place).

**Visits.** Opening a story records the time for each of its articles (which keeps it when it
moves to another story); a story's news are its articles added, or revised, since they were seen, and the outlets they came from (see :func:`news` for a story never opened).
:func:`marks` says of one article what the reader's story list says of it ("● new", "unread" or
"3/9 read", "changed (v2)"), :func:`story_marks` of each article of a story, and :func:`unread`
counts each story's unread articles: the reader and the command line mark articles through them.

These work on the library's tables (:data:`core.library.store.MIGRATIONS`, versions 7, 18, 33 and 34) through its
connection and transactions.
"""

from __future__ import annotations

import json
import time
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

from core.model import Article

if TYPE_CHECKING:
    from core.library.store import Library

__all__ = [
    "Edit", "Marks", "ParagraphEdit", "Revised", "StoryNews", "Version", "changed", "edits", "marks", "news", "revise",
    "story_marks", "unread", "versions", "visit", "word_edits",
]


@dataclass(frozen=True, slots=True)
class Version:
    """One body an article had: its number (1 = the first stored), title, paragraphs, when
    newsprism stored it (seconds since the epoch), and the time (ISO 8601, as
    :attr:`core.model.Article.published`), dateline and update time (as
    :attr:`core.model.Article.updated`) its page gave; None where the page gave none, or the
    version was stored by a newsprism that did not keep them."""

    number: int
    title: str
    paragraphs: tuple[str, ...]
    at: float
    published: str | None = None
    dateline: str | None = None
    updated: str | None = None


@dataclass(frozen=True, slots=True)
class Revised:
    """What revising an article did: its id, its story, its new version's number, new links."""

    article: str
    story: int
    version: int
    links: int


def revise(library: Library, article_id: str, article: Article, *, source: str, brief: bool = False) -> Revised | None:
    """Make *article* (the same source's copy, fetched again) the body of *article_id*.

    In one transaction: the old body is kept as a version (the first revision keeps the
    original too), the article's text, features (:func:`core.stories.cluster.profile`), evidence and
    search entries are replaced, its read marks cleared (the text changed under them),
    bookmarks past its new end dropped, and it is linked again to its story's articles (it
    stays in its story: the same report, revised).

    The article keeps its identity key (:mod:`core.library.identity`: its address); its body hash follows.

    A headline corrected over the same body is a version too (the text and its read marks
    stay). With *brief* (a feed's summary kept for want of its page) a longer text held stays.

    Returns:
        What changed, or None when nothing did: the headline and body are the same, *brief* and
        the text held is longer, or *article_id* is not in the library.
    """
    return library.revise(article_id, article, source=source, brief=brief)


def versions(library: Library, article_id: str) -> list[Version]:
    """Every body *article_id* has had, the oldest first; one (its only body) when it never changed."""
    rows = library._db.execute(
        "SELECT number, title, paragraphs, at, published, dateline, updated FROM versions WHERE article = ? ORDER BY number",
        (article_id,),
    ).fetchall()
    if rows:
        return [Version(int(n), str(t), tuple(json.loads(p)), float(at), pub, line, upd) for n, t, p, at, pub, line, upd in rows]
    row = library._db.execute("SELECT title, added, published, dateline, updated FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return []
    body = tuple(t for (t,) in library._db.execute("SELECT text FROM paragraphs WHERE article = ? ORDER BY idx", (article_id,)))
    return [Version(1, str(row[0]), body, float(row[1]), row[2], row[3], row[4])]


def changed(library: Library, story: int) -> dict[str, tuple[int, float]]:
    """The articles of *story* that changed: article id -> (number of versions, time of the latest)."""
    return {
        str(a): (int(n), float(at))
        for a, n, at in library._db.execute(
            """SELECT v.article, MAX(v.number), MAX(v.at) FROM versions v JOIN articles a ON a.id = v.article
               WHERE a.story = ? GROUP BY v.article""",
            (story,),
        )
    }


# --- visits ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryNews:
    """What a story got since its last visit: new articles, revised ones, from which outlets, and
    the ids of the new articles (which the story's list marks "● new", apart from those merely
    not opened yet)."""

    added: int
    revised: int
    outlets: tuple[str, ...]
    articles: frozenset[str] = frozenset()


def visit(library: Library, story: int, *, at: float | None = None) -> None:
    """Record that the user opened *story* (now, or at *at*); nothing in a read-only library."""
    if library.read_only:
        return
    library.record_visit(story, time.time() if at is None else at)


def news(library: Library) -> dict[int, StoryNews]:
    """For each story with news since its last visit, what they are.

    Articles count as new when added after the user last saw them (the last visit of the story
    each was in then: an article carries that time to whatever story it moves to later, by a
    regroup, merge, move, split or undo), as revised when a new version came after it (and they
    were not new); outlets are listed once, sorted. An article never seen so (in a story never
    opened, or come since its story's last visit) counts from the first time the reader opened
    any story (kept once: opening that story again moves only its own visit): what the library
    held before the reader was ever opened was all listed then, and is not news; in a library
    never opened, nothing is (its articles are all marked unread in the reader anyway).

    Raises :class:`~core.errors.LibraryFailure` when the library fails, a time seen of the wrong
    type included (text where a time belongs: damage, which SQLite's comparisons would read as no
    news at all, silently).
    """
    (wrong,) = library._db.execute("SELECT TOTAL(typeof(at) NOT IN ('integer', 'real')) FROM seen").fetchone()
    if wrong:
        raise library._wrong_type("seen")
    # when the reader first opened a story, kept once: a story opened again moves only its own visit
    first = next(iter(library._db.execute("SELECT at FROM opened WHERE id = 1").fetchone() or ()), None)
    if first is not None and not isinstance(first, (int, float)):
        raise library._wrong_type("opened")
    if first is None:
        return {}  # the reader was never opened: nothing is news yet, all is unread
    rows = library._db.execute(
        """SELECT a.story, a.outlet, a.id, a.added > COALESCE(v.at, ?1),
                  EXISTS (SELECT 1 FROM versions x WHERE x.article = a.id AND x.number > 1 AND x.at > COALESCE(v.at, ?1))
           FROM articles a LEFT JOIN seen v ON v.article = a.id
           WHERE a.added > COALESCE(v.at, ?1)
              OR EXISTS (SELECT 1 FROM versions x WHERE x.article = a.id AND x.number > 1 AND x.at > COALESCE(v.at, ?1))""",
        (first,),
    ).fetchall()
    found: dict[int, tuple[int, int, set[str], set[str]]] = {}
    for story, outlet, article, new, revised in rows:
        added, changed_, outlets, ids = found.get(int(story), (0, 0, set(), set()))
        found[int(story)] = (added + bool(new), changed_ + (bool(revised) and not new), outlets | {str(outlet)},
                             ids | ({str(article)} if new else set()))
    return {s: StoryNews(a, r, tuple(sorted(o)), frozenset(i)) for s, (a, r, o, i) in found.items()}


def unread(library: Library) -> dict[int, int]:
    """For each story, how many of its articles are unread (none of their paragraphs read: the
    articles :attr:`Marks.unread` marks); a story whose articles are all read at least in part is
    left out."""
    return {
        int(story): int(n)
        for story, n in library._db.execute(
            "SELECT a.story, COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM read r WHERE r.article = a.id)"
            " GROUP BY a.story"
        )
    }


# --- marks: what the story list says of an article ---------------------------------------------


@dataclass(frozen=True, slots=True)
class Marks:
    """What the reader's story list says of an article: whether it came since its story was last
    opened (:attr:`new`: one of the story's :attr:`StoryNews.articles`), how many of its
    :attr:`paragraphs` are read (:attr:`read`; None where the read marks are not known), and how
    many versions it has (1: its page never changed)."""

    new: bool
    read: int | None
    paragraphs: int
    versions: int = 1

    @property
    def unread(self) -> bool:
        """Whether none of its paragraphs is read (False where the read marks are not known)."""
        return self.read == 0

    @property
    def labels(self) -> tuple[str, ...]:
        """The marks as the story list prints them, in its order: "● new", then "unread" or
        "3/9 read" (nothing where the read marks are not known), then "changed (v2)"."""
        out = ["● new"] if self.new else []
        if self.read is not None:
            out.append("unread" if not self.read else f"{self.read}/{self.paragraphs} read")
        if self.versions > 1:
            out.append(f"changed (v{self.versions})")
        return tuple(out)

    def to_json(self) -> dict[str, object]:
        """The marks as the command line's JSON gives them: ``new``, ``unread`` (booleans), ``read``
        (paragraphs read; null where not known), ``versions``."""
        return {"new": self.new, "unread": self.unread, "read": self.read, "versions": self.versions}


def marks(
    article: Article, *, new: Collection[str] = frozenset(), read: Mapping[str, int] | None = None,
    changed: Mapping[str, tuple[int, float]] | None = None,
) -> Marks:
    """The :class:`Marks` of *article*: *new* holds the ids of its story's new articles
    (:attr:`StoryNews.articles`), *read* the paragraphs read of each (:meth:`Library.read_counts
    <core.library.store.Library.read_counts>`; None: not known), *changed* its story's changed
    articles (:func:`changed`)."""
    versions = changed[article.id][0] if changed and article.id in changed else 1
    return Marks(article.id in new, None if read is None else read.get(article.id, 0), len(article.paragraphs), versions)


def story_marks(library: Library, story: int, *, articles: Iterable[Article] | None = None) -> dict[str, Marks]:
    """The :class:`Marks` of each article of *story*, by id, in the story's order, as the reader
    would show them were the story opened now (before the opening records its visit); *articles*:
    the story's articles when they are in hand (else they are read from the library).

    Raises :class:`~core.errors.LibraryError` when there is no such story, and
    :class:`~core.errors.LibraryFailure` when the library fails (the times seen or the read marks
    included: :func:`news`, :meth:`~core.library.store.Library.read_counts`).
    """
    found = news(library).get(story)
    new = found.articles if found is not None else frozenset()
    read, versions = library.read_counts(story), changed(library, story)
    if articles is None:
        articles = library.story(story).articles
    return {a.id: marks(a, new=new, read=read, changed=versions) for a in articles}


# --- edits, word by word ---------------------------------------------------------------------


class Edit(NamedTuple):
    """A stretch of a paragraph's new text: ``same``, ``added`` (words the new version put in),
    ``removed`` (words of the old one it took out), ``corrected`` (old words, ``old``, replaced
    by new ones, ``text``), or ``gap`` (spaces and punctuation between)."""

    tag: Literal["same", "added", "removed", "corrected", "gap"]
    text: str
    old: str = ""


class ParagraphEdit(NamedTuple):
    """One paragraph of the comparison: its index in the old and the new version (None where it
    has none: a paragraph added or removed whole) and its edits (empty when unchanged)."""

    old: int | None
    new: int | None
    edits: tuple[Edit, ...]

    @property
    def changed(self) -> bool:
        """Whether the paragraph differs between the versions."""
        return self.old is None or self.new is None or any(e.tag not in ("same", "gap") for e in self.edits)


def word_edits(old: str, new: str) -> tuple[Edit, ...]:
    """*new* collated word by word against *old* (core.views.collate); a removal right before an
    addition is one correction. For a paragraph, a title, a dateline."""
    from core.views.collate import collate

    out: list[Edit] = []
    for piece in collate(old, new):
        tag = {"same": "same", "differs": "added", "missing": "removed", "gap": "gap"}[piece.tag]
        if tag in ("added", "removed"):
            back = len(out) - 1
            while back >= 0 and out[back].tag == "gap" and not out[back].text.strip():
                back -= 1
            partner = "removed" if tag == "added" else "added"
            if back >= 0 and out[back].tag == partner:  # the diff gives either order
                before = out.pop(back)
                new_text, old_text = (piece.text, before.text) if tag == "added" else (before.text, piece.text)
                out.insert(back, Edit("corrected", new_text, old_text))
                continue
        out.append(Edit(tag, piece.text))  # type: ignore[arg-type]
    return tuple(out)


def edits(old: Sequence[str], new: Sequence[str], *, cutoff: float = 0.5) -> list[ParagraphEdit]:
    """The paragraphs of two versions, matched, each with its word-level edits.

    Unchanged paragraphs are matched exactly (difflib's longest matching blocks); in each
    changed stretch a paragraph is matched to the next one whose words are at least *cutoff*
    similar (rapidfuzz's normalised Indel similarity on words), the rest are added or removed
    whole. Returned in the new version's order, removed paragraphs where they stood.
    """
    from difflib import SequenceMatcher

    from rapidfuzz.distance import Indel

    from core.text import words

    out: list[ParagraphEdit] = []
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(ParagraphEdit(i, j, ()) for i, j in zip(range(i1, i2), range(j1, j2), strict=True))
            continue
        i = i1
        for j in range(j1, j2):
            match = next(
                (k for k in range(i, i2) if Indel.normalized_similarity(words(old[k]), words(new[j])) >= cutoff), None
            )
            if match is None:
                out.append(ParagraphEdit(None, j, (Edit("added", new[j]),)))
                continue
            out.extend(ParagraphEdit(k, None, (Edit("removed", old[k]),)) for k in range(i, match))
            out.append(ParagraphEdit(match, j, word_edits(old[match], new[j])))
            i = match + 1
        out.extend(ParagraphEdit(k, None, (Edit("removed", old[k]),)) for k in range(i, i2))
    return out
