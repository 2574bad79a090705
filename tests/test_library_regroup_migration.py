"""A migration that profiles and weighs every article again groups them again: the stories are
those adding the same articles afresh gives, the user's placements and reading state kept."""

from __future__ import annotations

from pathlib import Path

from core.library.store import _REWEIGHED_SCHEMAS, MIGRATIONS, Library
from core.model import Ref
from tests.test_library import _old_library


def _stories(library: Library) -> list[list[str]]:
    held: dict[int, list[str]] = {}
    for article_id, story in library._db.execute("SELECT id, story FROM articles ORDER BY id"):
        held.setdefault(int(story), []).append(article_id)
    return sorted(held.values())


def _left_apart(library: Library, article_id: str) -> None:
    """Put *article_id* in a story of its own, unplaced by the user, without its links to its old
    story's articles: where an older newsprism's weighing had left it."""
    db = library._db
    story = int(db.execute("INSERT INTO stories (created) VALUES (0)").lastrowid or 0)
    db.execute("UPDATE articles SET story = ?, pinned = 0 WHERE id = ?", (story, article_id))
    db.execute("DELETE FROM links WHERE a = ? OR b = ?", (article_id, article_id))


def test_a_reweighing_migration_groups_the_articles_again_as_a_fresh_add_would(tmp_path: Path) -> None:
    path = _old_library(tmp_path / "lib.sqlite", _REWEIGHED_SCHEMAS[-1])
    with Library(path) as library:
        fresh = _stories(library)
        assert len(fresh) == 1 and len(fresh[0]) >= 3
        first, second, *_ = fresh[0]
        _left_apart(library, first)
        library.mark_read(Ref(second, 0))
        library.toggle_bookmark(Ref(second, 1))
        library._db.execute(f"PRAGMA user_version = {_REWEIGHED_SCHEMAS[-1] - 1}")  # the last migration re-weighs
        assert len(_stories(library)) == 2
        apart = library.story_of(first)
    with Library(path) as library:
        assert library.version == len(MIGRATIONS)
        assert _stories(library) == fresh
        linked = library._db.execute("SELECT COUNT(*) FROM links WHERE a = ? OR b = ?", (first, first)).fetchone()[0]
        assert linked > 0  # linked into the story it joined, before the migration was kept
        assert library.read_paragraphs(second) == {0} and library.bookmarked(second) == {1}
        assert "weighed the library's articles again" in library._no_story(apart or 0)


def test_an_article_the_user_placed_stays_where_the_user_put_it(tmp_path: Path) -> None:
    path = _old_library(tmp_path / "lib.sqlite", _REWEIGHED_SCHEMAS[-1])
    with Library(path) as library:
        first = _stories(library)[0][0]
        library.split(library.story_of(first) or 0, [first])  # the user's own placement (pinned)
        placed = _stories(library)
        library._db.execute(f"PRAGMA user_version = {_REWEIGHED_SCHEMAS[-1] - 1}")
    with Library(path) as library:
        assert _stories(library) == placed
