"""Undoing merges, splits and removals; noticing other processes' changes; read-only libraries."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.library.store import UNDO_DEPTH, Library, LibraryError
from core.model import Ref
from tests.test_library import WEB, _add


def _snapshot(library: Library) -> dict[str, object]:
    """Everything a user can see of the library, to compare before and after."""
    stories = {}
    for info in library.stories():
        story = library.story(info.id)
        stories[info.id] = (
            info.title,
            sorted(a.id for a in story.articles),
            sorted((l.a, l.b, l.kind) for l in story.links),
        )
    tables = {
        t: library._db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
        for t in ("paragraphs", "terms", "term_df", "read", "bookmarks", "seen")
    }
    # a story the library holds is never on record as gone (a story brought back is not; one an undo
    # makes go, a split's, is)
    tables["gone"] = library._db.execute("SELECT * FROM gone WHERE story IN (SELECT id FROM stories)").fetchall()
    search = library._db.execute("SELECT article, idx, text FROM search ORDER BY 1, 2").fetchall()
    return {"stories": stories, "tables": tables, "search": search}


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "lib.sqlite") as opened:
        _add(opened, str(WEB))
        yield opened


def _story(library: Library, word: str) -> int:
    return next(s.id for s in library.stories() if word in s.title.lower())


def test_a_merge_is_undone_back_to_the_two_stories(library: Library) -> None:
    cod, mackerel = _story(library, "cod"), _story(library, "mackerel")
    library.rename(mackerel, "Mackerel, my title")
    before = _snapshot(library)
    library.merge(cod, [mackerel])
    # a trial's renamed story merged into one it had no name for lost its name: the merge keeps it
    assert next(s.title for s in library.stories() if s.id == cod) == "Mackerel, my title"
    change = library.last_change()
    assert change is not None and change.kind == "merge" and change.story == cod
    assert change.summary == f"merged story {mackerel} into story {cod}"
    undone = library.undo()
    assert undone.change == change and set(undone.stories) == {cod, mackerel}
    after = _snapshot(library)
    # The links the merge made across stay stored but belong to no story: what shows is as before.
    assert after == before
    assert library.last_change() is None
    assert library.integrity() == "ok"


def test_a_side_story_s_name_does_not_name_the_larger_story_it_is_merged_into(library: Library) -> None:
    # trial 43 F12: a one-article side story named in passing, merged into the story it belongs to
    # (more articles, no name given), named the whole strike after it
    cod, mackerel = _story(library, "cod"), _story(library, "mackerel")
    library.merge(cod, [mackerel])
    moved = library.story(cod).articles[-1].id
    side = library.split(cod, [moved])
    assert len(library.story(cod).articles) > len(library.story(side).articles)
    automatic = next(s.title for s in library.stories() if s.id == cod)
    library.rename(side, "A side note, my title")
    library.merge(cod, [side])
    assert next(s.title for s in library.stories() if s.id == cod) == automatic
    # the other way round, the named story no smaller, its name is kept (as in the merge above)
    side = library.split(cod, [moved])
    library.rename(side, "A side note, my title")
    library.merge(side, [cod])
    assert next(s.title for s in library.stories() if s.id == side) == "A side note, my title"


def test_a_split_is_undone(library: Library) -> None:
    cod, mackerel = _story(library, "cod"), _story(library, "mackerel")
    library.merge(cod, [mackerel])
    before = _snapshot(library)
    moved = [a.id for a in library.story(cod).articles if "ackerel" in a.title]
    new = library.split(cod, moved)
    assert library.last_change().kind == "split"  # type: ignore[union-attr]
    assert library.undo().stories == (cod,)
    assert _snapshot(library) == before
    with pytest.raises(LibraryError, match=f"story {new} went back into story {cod}, its split undone"):
        library.find_story(new)
    assert library.undo().change.kind == "merge"  # and the merge before it


def test_an_article_moves_into_another_story_in_one_change_that_undo_reverts(library: Library) -> None:
    # A fact-checker's report landed in the wrong story; putting it right took a split and a merge.
    cod, mackerel = _story(library, "cod"), _story(library, "mackerel")
    before = _snapshot(library)
    [first, *rest] = [a.id for a in library.story(mackerel).articles]
    links = library.move([first], cod)
    assert links >= 0 and first in {a.id for a in library.story(cod).articles}
    assert first not in {a.id for a in library.story(mackerel).articles} and rest
    change = library.last_change()
    assert change is not None and change.kind == "move" and change.story == cod
    assert change.summary == f"moved 1 article from story {mackerel} into story {cod}"
    # the move is the user's: an article added later regroups nothing back
    assert library._db.execute("SELECT pinned FROM articles WHERE id = ?", (first,)).fetchone()[0] == 1
    assert library.undo().change == change
    assert _snapshot(library) == before
    # the last articles of a story: the story goes, and comes back with its title on undo
    library.rename(mackerel, "Mackerel, my title")
    before = _snapshot(library)
    library.move([first, *rest], cod)
    with pytest.raises(LibraryError, match=f"story {mackerel} had its articles moved into story {cod} "):
        library.find_story(mackerel)
    library.undo()
    assert _snapshot(library) == before and library.integrity() == "ok"
    with pytest.raises(LibraryError, match="no article nonesuch"):
        library.move(["nonesuch"], cod)
    with pytest.raises(LibraryError, match=f"in story {mackerel} already"):
        library.move([first], mackerel)


def test_a_removal_is_undone_with_reading_state_bookmarks_and_search(library: Library) -> None:
    bridge = _story(library, "harbour")
    first = library.story(bridge).articles[0]
    library.mark_read(Ref(first.id, 0))
    library.toggle_bookmark(Ref(first.id, 1))
    library.rename(bridge, "Our bridge")
    library.record_visit(bridge, 1000.0)  # when its articles were seen comes back too (what is new)
    before = _snapshot(library)
    assert before["tables"]["seen"]  # type: ignore[index]
    assert library.remove(bridge) == 2
    assert not library.search("harbour bridge", story=bridge)
    undone = library.undo()
    assert undone.change.kind == "remove" and undone.stories == (bridge,)
    assert _snapshot(library) == before
    assert library.search("harbour bridge")[0].story == bridge
    assert library.read_paragraphs(first.id) == {0} and library.bookmarked(first.id) == {1}
    assert library.integrity() == "ok"


def test_an_undo_the_library_has_moved_past_says_so_and_steps_back(library: Library) -> None:
    cod, mackerel, rail = _story(library, "cod"), _story(library, "mackerel"), _story(library, "rail")
    library.merge(cod, [mackerel])
    moved = [a.id for a in library.story(cod).articles if "ackerel" in a.title]
    library.split(cod, moved)
    library.merge(rail, [cod])  # the split's story is merged away: the split cannot be undone
    library._db.execute("DELETE FROM undo WHERE kind = 'merge' AND story = ?", (rail,))
    with pytest.raises(LibraryError, match=r"cannot undo 'split 2 articles off story .*': story .* has gone since"):
        library.undo()
    assert library.last_change().kind == "merge"  # type: ignore[union-attr]


def test_nothing_to_undo_is_one_clear_error(library: Library) -> None:
    with pytest.raises(LibraryError, match="nothing to undo"):
        library.undo()


def test_only_the_last_few_changes_are_kept(library: Library) -> None:
    cod = _story(library, "cod")
    for n in range(UNDO_DEPTH + 3):
        library.rename(cod, f"title {n}")  # renames are not journalled
        new = library.split(cod, [library.story(cod).articles[0].id])
        library.merge(cod, [new])
    assert library._db.execute("SELECT COUNT(*) FROM undo").fetchone()[0] == UNDO_DEPTH


def test_a_story_cannot_be_merged_into_itself(library: Library) -> None:
    cod = _story(library, "cod")
    with pytest.raises(LibraryError, match=f"story {cod} cannot be merged into itself"):
        library.merge(cod, [cod])
    with pytest.raises(LibraryError, match="into itself"):
        library.merge(cod, [_story(library, "mackerel"), cod])


def test_data_version_moves_when_another_process_writes(library: Library) -> None:
    seen = library.data_version
    library.mark_read(Ref(library.story(_story(library, "cod")).articles[0].id, 0))
    assert library.data_version == seen  # its own changes do not count
    with Library(library.path) as other:
        other.rename(_story(other, "cod"), "Changed elsewhere")
    assert library.data_version != seen


def test_the_signature_moves_with_what_stories_hold_not_with_reading(library: Library) -> None:
    seen = library.signature()
    cod = _story(library, "cod")
    library.mark_read(Ref(library.story(cod).articles[0].id, 0))
    library.record_visit(cod, 1.0)
    assert library.signature() == seen  # reading state is no change of the stories
    library.merge(cod, [_story(library, "mackerel")])
    merged = library.signature()
    assert merged != seen
    library.split(cod, [library.story(cod).articles[0].id])  # an article moves: counts may stay
    assert library.signature() != merged


def test_a_directory_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match=f"{tmp_path}: is a directory, not a library file"):
        Library(tmp_path)


def test_a_fifo_is_not_a_library_and_nothing_is_made_beside_it(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(LibraryError, match=f"^{fifo}: not a regular file, not a library$"):
        Library(fifo)
    assert [p.name for p in tmp_path.iterdir()] == ["fifo"]


# --- read-only ------------------------------------------------------------------


def _check_read_only(path: Path) -> None:
    with Library(path) as library:
        assert library.read_only
        stories = library.stories()
        assert len(stories) == 5
        assert library.search("mackerel")
        story = library.story(stories[0].id)
        assert story.articles and story.links is not None
        library.mark_read(Ref(story.articles[0].id, 0))  # kept nothing, and no error
        assert library.read_paragraphs(story.articles[0].id) == set()
        with pytest.raises(LibraryError, match="read-only"):
            library.rename(stories[0].id, "No")
        with pytest.raises(LibraryError, match="read-only"):
            library.toggle_bookmark(Ref(story.articles[0].id, 0))


@pytest.fixture
def closed_library(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    with Library(folder / "lib.sqlite") as library:
        _add(library, str(WEB))
    return folder / "lib.sqlite"


def test_a_library_that_cannot_be_written_opens_read_only(closed_library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.geteuid() == 0:  # root writes through permissions: make the check see what a user would
        monkeypatch.setattr("core.library.store._writable", lambda path: False)
    os.chmod(closed_library, 0o444)
    os.chmod(closed_library.parent, 0o555)
    try:
        before = sorted(p.name for p in closed_library.parent.iterdir())
        _check_read_only(closed_library)
        if os.geteuid() != 0:  # (root's SQLite may still make the WAL index: the folder lets root write)
            assert sorted(p.name for p in closed_library.parent.iterdir()) == before  # no WAL, no lock
    finally:
        os.chmod(closed_library.parent, 0o755)


@pytest.fixture
def read_only_mount(closed_library: Path, tmp_path: Path) -> Iterator[Path]:
    """The library's folder mounted read-only (needs root and mount; skipped elsewhere)."""
    target = tmp_path / "ro"
    target.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a read-only folder needs root")
    ok = subprocess.run(["mount", "--bind", str(closed_library.parent), str(target)], capture_output=True).returncode == 0
    if ok and subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], capture_output=True).returncode != 0:
        subprocess.run(["umount", str(target)], check=False)
        ok = False
    if not ok:
        pytest.skip("cannot mount here")
    try:
        yield target / closed_library.name
    finally:
        unmounted = subprocess.run(["umount", str(target)], capture_output=True, text=True)
    # The library closed every handle on the file: nothing keeps the mount busy.
    assert unmounted.returncode == 0, unmounted.stderr


def test_a_library_on_read_only_media_is_listed_searched_and_read(read_only_mount: Path) -> None:
    _check_read_only(read_only_mount)


def test_a_library_from_an_older_newsprism_on_read_only_media_says_what_to_do(
    closed_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite3.connect(closed_library) as db:
        db.execute("PRAGMA user_version = 1")
    monkeypatch.setattr("core.library.store._writable", lambda path: False)
    with pytest.raises(LibraryError, match="read-only, and made by an older newsprism"):
        Library(closed_library)
