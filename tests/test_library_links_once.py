"""One row for each pair of linked paragraphs (trial 53: a library migrated to schema 47 kept three
pairs both ways round, and the cross-source panel, listing each match once by its id, failed)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.library.store import MIGRATIONS, Library
from core.model import Link
from core.reading import SEEDS_DIR
from tests.test_library import _add, _old_library

_BOTH_WAYS = """SELECT COUNT(*) FROM links l WHERE EXISTS (
    SELECT 1 FROM links m WHERE m.a = l.b AND m.ap = l.bp AND m.b = l.a AND m.bp = l.ap)"""


def _one_link(library: Library) -> tuple[int, Link]:
    story = max(library.stories(), key=lambda s: s.articles).id
    return story, library._links(story)[0]  # (as kept: a Story turns each link to run from the earlier article)


def test_a_link_found_again_the_other_way_round_replaces_the_pairs_row(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        _add(library, str(SEEDS_DIR))
        story, link = _one_link(library)
        before = len(library.story(story).links)
        flipped = link._replace(a=link.b, b=link.a, spans_a=link.spans_b, spans_b=link.spans_a)
        with library._write():
            library._store_links([flipped])
        assert library._db.execute(_BOTH_WAYS).fetchone()[0] == 0
        assert len(library.story(story).links) == before


def test_a_library_holding_a_pair_both_ways_round_keeps_it_once_when_migrated(tmp_path: Path) -> None:
    path = _old_library(tmp_path / "lib.sqlite", 46)  # (as migration 45 or 46 may have left it: written below)
    db = sqlite3.connect(path)
    a, ap, b, bp, score, kind, spans = db.execute("SELECT a, ap, b, bp, score, kind, spans FROM links LIMIT 1").fetchone()
    db.execute("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?)", (b, bp, a, ap, score, kind, spans))
    db.execute("PRAGMA user_version = 46")
    db.commit()
    assert db.execute(_BOTH_WAYS).fetchone()[0] == 2
    db.close()
    with Library(path) as library:
        assert library.version == len(MIGRATIONS)
        assert library._db.execute(_BOTH_WAYS).fetchone()[0] == 0
        assert library._db.execute("SELECT COUNT(*) FROM links WHERE a = ? AND ap = ? AND b = ? AND bp = ?"
                                   " OR a = ? AND ap = ? AND b = ? AND bp = ?", (a, ap, b, bp, b, bp, a, ap)).fetchone()[0] == 1
