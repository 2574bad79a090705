"""The library's vocabulary (the words search takes a typed word for) follows what it holds:
the words of a removed story, or of an article's text before its revision, that no other
paragraph holds go; undoing the removal brings them back; compacting builds it again. Each word
keeps how many paragraphs hold it (vocab.n), counted in and out, always what a rebuild counts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import random
import sqlite3

from core.library.store import MIGRATIONS, Library, _paragraph_words
from core.model import Article


def _article(n: int, title: str, *paragraphs: str) -> Article:
    return Article(id=f"a{n}", path=f"/tmp/vocab{n}.txt", outlet=f"Outlet {n}", title=title, paragraphs=paragraphs,
                   published=f"2026-0{n}-02T08:00:00+00:00")


FERRY = _article(1, "Ferry strike ends in Brenvik", "The Brenvik ferry strike ended on Monday after zephyrine talks.",
                 "Crews returned to the harbour quay.")
BAKERS = _article(2, "Bakers walk out in Corvale", "Bakers in Corvale walked out over night shifts at the harbour.",
                  "The union said the quillatrope ovens stay cold.")


def _words(library: Library) -> set[str]:
    return {w for (w,) in library._db.execute("SELECT word FROM vocab")}


def test_removing_a_story_drops_the_words_no_other_article_holds_and_undo_brings_them_back(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for a in (FERRY, BAKERS):
            library.add(a, source=a.path)
        before = _words(library)
        assert {"zephyrine", "quillatrope", "harbour"} <= before
        assert library.close_words("quillatrofe") == ["quillatrope"]
        library.remove(library.story_of(BAKERS.id))
        after = _words(library)
        assert "quillatrope" not in after and "corvale" not in after and "ovens" not in after
        assert {"zephyrine", "harbour", "brenvik"} <= after  # still held by the ferry report
        assert library.close_words("quillatrofe") == []  # no longer taken for a word no paragraph holds
        library.undo()
        assert _words(library) == before
        assert library.close_words("quillatrofe") == ["quillatrope"]


def test_a_revised_text_drops_the_words_only_its_old_text_held(tmp_path: Path) -> None:
    from core.library.changes import revise

    with Library(tmp_path / "lib.sqlite") as library:
        for a in (FERRY, BAKERS):
            library.add(a, source=a.path)
        fixed = replace(BAKERS, paragraphs=(BAKERS.paragraphs[0], "The union said the ovens stay cold."))
        revise(library, BAKERS.id, fixed, source=BAKERS.path)
        assert "quillatrope" not in _words(library) and "ovens" in _words(library)


def test_compacting_builds_the_vocabulary_again_from_the_paragraphs_held(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for a in (FERRY, BAKERS):
            library.add(a, source=a.path)
        held = _words(library)
        library._db.execute("INSERT INTO vocab (word, n) VALUES ('lingering', 1)")  # left by an older newsprism's removal
        library.compact()
        assert _words(library) == held


def _counts(library: Library) -> dict[str, int]:
    return dict(library._db.execute("SELECT word, n FROM vocab"))


def _rebuilt(library: Library) -> dict[str, int]:
    """The vocabulary as built from the paragraphs the search index holds now."""
    return dict(_paragraph_words(t for (t,) in library._db.execute("SELECT text FROM search")))


_SHARED = "harbour ferry strike union council bridge quay ovens talks minister crew storm".split()


def _invented(rng: random.Random, n: int) -> Article:
    """A small report of shared words and a few of its own (each word 3+ letters)."""
    own = ["vor" + "".join(rng.choice("abcdefgh") for _ in range(3)) for _ in range(3)]
    paragraphs = tuple(
        " ".join(rng.choice(_SHARED + own) for _ in range(rng.randint(4, 9))).capitalize() + "." for _ in range(rng.randint(1, 4))
    )
    return Article(id=f"r{n}", path=f"/tmp/vocabr{n}.txt", outlet=f"Outlet {n}", title=f"Report {n} {own[0]}",
                   paragraphs=paragraphs, published=f"2026-03-{1 + n % 27:02d}T08:00:00+00:00")


def test_the_counted_vocabulary_is_what_a_rebuild_counts_after_adds_removals_revisions_and_undos(tmp_path: Path) -> None:
    from core.library.changes import revise

    rng = random.Random(7)
    with Library(tmp_path / "lib.sqlite") as library:
        held: dict[str, Article] = {}
        removed = 0  # removals on record to undo
        for step in range(40):
            kind = rng.choice(["add", "add", "add", "remove", "revise", "undo"])
            if kind == "add" or not held:
                a = _invented(rng, step)
                library.add(a, source=a.path)
                held[a.id] = a
            elif kind == "remove":
                gone = rng.choice(sorted(held))
                story = library.story_of(gone)
                library.remove(story)
                removed += 1
                held = {i: a for i, a in held.items() if library._db.execute("SELECT 1 FROM articles WHERE id = ?", (i,)).fetchone()}
            elif kind == "revise":
                old = held[rng.choice(sorted(held))]
                fresh = _invented(rng, 1000 + step)
                revise(library, old.id, replace(old, paragraphs=fresh.paragraphs + old.paragraphs[:1]), source=old.path)
            elif removed:
                library.undo()
                removed -= 1
                held = {i: a for i, a in held.items() if library._db.execute("SELECT 1 FROM articles WHERE id = ?", (i,)).fetchone()}
            assert _counts(library) == _rebuilt(library), (step, kind)
        assert all(n > 0 for n in _counts(library).values())


def test_a_library_of_uncounted_words_counts_them_once_opened(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for a in (FERRY, BAKERS):
            library.add(a, source=a.path)
        library.remove(library.story_of(BAKERS.id))
        counted = _counts(library)
    before = max(n for n, step in enumerate(MIGRATIONS) if any("vocab" in s for s in step))  # the schema before the counts
    with sqlite3.connect(path) as db:  # as that schema left it: its words alone, one of a removed story's among them
        db.execute("DROP TABLE vocab")
        db.execute("CREATE TABLE vocab (word TEXT PRIMARY KEY) WITHOUT ROWID")
        db.executemany("INSERT INTO vocab (word) VALUES (?)", ((w,) for w in [*counted, "quillatrope"]))
        db.execute(f"PRAGMA user_version = {before}")
    with Library(path) as library:
        assert library.version == len(MIGRATIONS)
        assert _counts(library) == counted == _rebuilt(library)
        assert counted["harbour"] == 1 and "quillatrope" not in counted
