"""A library file damaged inside, or another program's SQLite file: one line, exit 2, the file as it was.

A fresh user wrote 64 random bytes every 7 pages of a library: its header still read, so the
library opened, and the first statement that reached a bad page raised DatabaseError out of every
command ("internal error", exit 1) and out of the reader's worker (a traceback with locals). The
same user pointed `--library` at another program's SQLite file, and newsprism wrote its tables
into it. The files here are small libraries of the project's own test articles, damaged by hand.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from core.errors import LibraryError, LibraryFailure
from core.library.store import Library
from core.model import Ref
from core.reading import SEEDS_DIR
from tests.pilot import ready
from tests.test_app_library import make_library
from tests.two_articles import write_jsonl
from tui.app import make_app
from tui.cli import main

#: What every command and the reader say of a library with a malformed page.
MALFORMED = "not a newsprism library (database disk image is malformed)"
_MALFORMED_PATTERN = MALFORMED.replace("(", "[(]").replace(")", "[)]")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path: Path, table: str, *, last: bool = False, every: bool = False) -> None:
    """Write 64 bytes of 0xFF over the start of one leaf page of *table* (its first, with *last*
    its last, with *every* each one) in the closed library at *path*: no page starts so, and SQLite
    reads the page as malformed. The file's header and its schema (page 1) stay sound, so it opens."""
    with closing(sqlite3.connect(path)) as db:
        pages = [n for (n,) in db.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
        )]
        size = int(db.execute("PRAGMA page_size").fetchone()[0])
    assert pages and 1 not in pages
    with path.open("r+b") as file:
        for page in pages if every else [pages[-1] if last else pages[0]]:
            file.seek((page - 1) * size)
            file.write(b"\xff" * 64)


def _damaged_copy(sound: Path, path: Path, table: str, **where: bool) -> Path:
    """A copy of the library *sound* at *path*, with a page of *table* malformed (:func:`_damage`)."""
    path.write_bytes(sound.read_bytes())
    _damage(path, table, **where)
    return path


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of two stories (the ferry reports and the seeds), closed."""
    folder = tmp_path_factory.mktemp("sound")
    return make_library(folder / "lib.sqlite", write_jsonl(folder), SEEDS_DIR)


@pytest.fixture
def damaged(sound: Path, tmp_path: Path) -> Path:
    """A copy of :func:`sound` with its articles' first page malformed."""
    return _damaged_copy(sound, tmp_path / "damaged.sqlite", "articles")


# --- the store ------------------------------------------------------------------------------


def test_a_library_malformed_inside_opens_and_each_read_or_change_is_one_library_error(damaged: Path) -> None:
    before = _digest(damaged)
    with Library(damaged) as library:  # the header and the schema are sound
        calls = {
            "stories": library.stories,
            "signature": library.signature,
            "story": lambda: library.story(1),
            "search": lambda: library.search("ferry"),
            "rename": lambda: library.rename(1, "Renamed"),
            "remove": lambda: library.remove(1),
        }
        for name, call in calls.items():
            with pytest.raises(LibraryError) as raised:
                call()
            assert str(raised.value).startswith(f"{damaged}: {MALFORMED}"), name
            assert "\n" not in str(raised.value)
        assert not library._db.in_transaction  # each change was rolled back
    assert _digest(damaged) == before  # nothing deleted, nothing "repaired"


def test_an_undo_that_meets_a_malformed_page_keeps_its_change_on_record(sound: Path, tmp_path: Path) -> None:
    path = tmp_path / "undo.sqlite"
    path.write_bytes(sound.read_bytes())
    with Library(path) as library:
        library.remove(1)
        change = library.last_change()
    _damage(path, "articles", every=True)
    with Library(path) as library:
        with pytest.raises(LibraryError, match=_MALFORMED_PATTERN):
            library.undo()
        assert library.last_change() == change  # still there to undo once the file is mended


def test_a_malformed_page_met_while_rows_are_read_is_the_same_library_error(sound: Path, tmp_path: Path) -> None:
    path = _damaged_copy(sound, tmp_path / "late.sqlite", "paragraphs", last=True)
    with Library(path) as library:
        rows = library._db.execute("SELECT text FROM paragraphs")
        assert rows.fetchone()  # the first pages read: the statement itself succeeds
        with pytest.raises(LibraryError, match=_MALFORMED_PATTERN):
            for _ in rows:
                pass


def _undecodable(sound: Path, path: Path, story: int) -> Path:
    """A copy of *sound* at *path* where a paragraph of *story* holds bytes that are no UTF-8 (an
    escape among them), as random bytes over a page that still parses leave it (a fresh user's
    `para_page.sqlite`): SQLite reads the page, and Python's sqlite3 cannot decode the text."""
    path.write_bytes(sound.read_bytes())
    with closing(sqlite3.connect(path)) as db:
        db.execute(
            "UPDATE paragraphs SET text = CAST(x'ff1b5b33316dfe41' AS TEXT) WHERE (article, idx) = "
            "(SELECT p.article, p.idx FROM paragraphs p JOIN articles a ON a.id = p.article WHERE a.story = ? LIMIT 1)",
            (story,),
        )
        db.commit()
    return path


def test_text_that_is_no_utf8_is_read_as_the_damage_it_is(sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It came out of `story show` as "internal error: OperationalError", with a crash log quoting the bytes."""
    path = _undecodable(sound, tmp_path / "text.sqlite", 1)
    with Library(path) as library:
        with pytest.raises(LibraryFailure) as raised:
            library.story(1)
        assert str(raised.value) == f"{path}: {MALFORMED}"
        assert library.story(4).articles  # the other story is sound
    assert main(["story", "show", "1", "--library", str(path)]) == 2
    assert capsys.readouterr().err == f"newsprism: {path}: {MALFORMED}\n"


def test_a_batch_stops_at_a_damaged_library_rather_than_skipping_each_article(damaged: Path) -> None:
    from tests.two_articles import articles

    _damage(damaged, "articles", every=True)  # where new rows go too
    with Library(damaged) as library, pytest.raises(LibraryFailure, match=_MALFORMED_PATTERN):
        library.add_batch(articles())


def test_a_busy_library_is_still_said_as_busy_not_as_damaged(sound: Path, tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite"
    path.write_bytes(sound.read_bytes())
    with Library(path) as writer, Library(path, timeout=0.05) as other:
        writer._db.execute("BEGIN IMMEDIATE")
        with pytest.raises(LibraryError, match="another newsprism is writing"):
            other.rename(1, "Renamed")
        writer._db.execute("ROLLBACK")


def _foreign(path: Path, *, version: int = 0) -> Path:
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("CREATE TABLE notes (body TEXT)")
        db.execute("INSERT INTO t VALUES (1)")
        db.execute(f"PRAGMA user_version = {version}")
        db.commit()
    return path


@pytest.mark.parametrize("version", [0, 4, 20])
def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path: Path, version: int) -> None:
    path = _foreign(tmp_path / "other.sqlite", version=version)
    before = _digest(path)
    with pytest.raises(LibraryError) as raised:
        Library(path)
    assert str(raised.value) == f"{path}: not a newsprism library (it holds other tables: notes, t)"
    assert _digest(path) == before
    with closing(sqlite3.connect(path)) as db:
        assert [n for (n,) in db.execute("SELECT name FROM sqlite_master ORDER BY name")] == ["notes", "t"]
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL


def test_another_programs_read_only_sqlite_file_is_refused_as_not_a_library(tmp_path: Path) -> None:
    path = _foreign(tmp_path / "other.sqlite")
    path.chmod(0o444)
    try:
        with pytest.raises(LibraryError, match=r"not a newsprism library \(it holds other tables: notes, t\)"):
            Library(path)
    finally:
        path.chmod(0o644)


def test_an_empty_file_or_an_empty_sqlite_file_becomes_a_library(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    blank = tmp_path / "blank.sqlite"
    with closing(sqlite3.connect(blank)) as db:
        db.execute("VACUUM")  # a SQLite file with a header and no tables
    assert blank.stat().st_size > 0
    for path in (empty, blank):
        with Library(path) as library:
            assert library.counts() == (0, 0)


def test_a_file_marked_with_a_schema_version_but_holding_no_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "marked.sqlite"
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA user_version = 7")
    with pytest.raises(LibraryError, match=r"not a newsprism library \(it holds none of newsprism's tables\)"):
        Library(path)


# --- the command line -----------------------------------------------------------------------


@pytest.mark.parametrize("command", [
    ["stories"], ["search", "ferry"], ["story", "show", "1"], ["links", "--story", "1"],
    ["story", "remove", "1", "--yes"], ["story", "rename", "1", "New"], ["quotes", "--story", "1"],
])
def test_every_command_on_a_damaged_library_says_one_line_and_exits_2(
    damaged: Path, command: list[str], capsys: pytest.CaptureFixture[str],
) -> None:
    before = _digest(damaged)
    assert main([*command, "--library", str(damaged)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsprism: {damaged}: {MALFORMED}") and err.count("\n") == 1, err
    assert _digest(damaged) == before


def test_add_into_another_programs_sqlite_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _foreign(tmp_path / "other.sqlite")
    before = _digest(path)
    report = tmp_path / "report.txt"
    report.write_text("Harbour reopens\n\nThe harbour reopened on Monday after two weeks of repairs to its quay.\n")
    assert main(["add", str(report), "--library", str(path)]) == 2
    out, err = capsys.readouterr()
    assert err == f"newsprism: {path}: not a newsprism library (it holds other tables: notes, t)\n" and not out
    assert _digest(path) == before


# --- the reader -----------------------------------------------------------------------------


async def _quit_by_itself(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app exits by itself (its worker's error), not for the worker."""
    for _ in range(500):
        if pilot.app.return_code is not None:
            return
        await pilot.pause(0.01)


async def test_the_reader_on_a_damaged_library_quits_with_the_one_line_and_status_2(
    damaged: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # the width of the terminal the line is printed on
    app = make_app(library=damaged)
    async with app.run_test(size=(80, 24)) as pilot:  # a worker's traceback would be raised here
        await _quit_by_itself(pilot)
    assert app.return_code == 2
    # printed once the terminal is given back
    assert capsys.readouterr().err == f"newsprism: {damaged}: {MALFORMED}\n"


async def test_a_library_whose_every_story_is_unreadable_quits_the_reader_at_start(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The stories list, but none can be read: the library cannot be opened, as before."""
    path = _damaged_copy(sound, tmp_path / "links.sqlite", "links", every=True)
    monkeypatch.setenv("COLUMNS", "400")
    app = make_app(library=path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _quit_by_itself(pilot)
    assert app.return_code == 2
    assert capsys.readouterr().err == f"newsprism: {path}: {MALFORMED}\n"


# --- the reader, once open, stays open ----------------------------------------------------------
# A fresh user's library had random bytes over one page of its links: the story list opened, and
# Enter on the story whose links were there closed the whole reader (one line, exit 2), so its
# other stories could no longer be read in it. Once the library has opened, what meets a damaged
# page is said in one notice, and the reader stays on what it shows.

#: The story of :func:`sound` whose links lie on the first page of the links table (the seeds);
#: the ferry story (1), the latest, opens first and is sound.
DAMAGED_STORY, SOUND_STORY = 4, 1


@pytest.fixture
def links_damaged(sound: Path, tmp_path: Path) -> Path:
    """A copy of :func:`sound` with the first page of its links malformed: story 4 cannot be read."""
    return _damaged_copy(sound, tmp_path / "links.sqlite", "links")


def _told(app, title: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Assert the app is running and its notices hold one titled *title* saying the CLI's line for *path*."""
    assert app.return_code is None and app.is_running
    notices = [(n.title, n.message) for n in app._notifications]
    assert any(
        t == title and m.startswith(f"{path}: {MALFORMED}") and "\n" not in m for t, m in notices
    ), notices


def _stories(path: Path) -> list[tuple[int, str, int]]:
    with Library(path) as library:
        return [(s.id, s.title, s.articles) for s in library.stories()]


async def test_enter_on_a_story_that_cannot_be_read_says_so_and_the_reader_stays_on_its_story(
    links_damaged: Path,
) -> None:
    from tui.screens.coverage import CoverageScreen
    from tui.screens.figures import FiguresScreen
    from tui.screens.quotes import QuotesScreen
    from tui.widgets.story_list import STORY_PREFIX, StoryList

    stories = _stories(links_damaged)
    app = make_app(library=links_damaged)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        assert main.story_id == SOUND_STORY
        opened = main.reader.current
        await pilot.press("s")  # the story list (folded away at 80 columns)
        await pilot.pause()
        story_list = main.query_one(StoryList)
        story_list.highlighted = story_list.get_option_index(f"{STORY_PREFIX}{DAMAGED_STORY}")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        _told(app, f"Story {DAMAGED_STORY} cannot be read", links_damaged)
        message = next(n.message for n in app._notifications)
        assert "leaves the file as it is" in message
        assert main.story_id == SOUND_STORY and main.reader.current == opened  # the open story stays
        assert not main.history  # no jump was made: Back has nothing to return to
        # The story list still opens the sound story's articles, and the views still open on it.
        story_list.focus()
        second = main.story.articles[1].id  # type: ignore[union-attr]
        story_list.highlighted = story_list.get_option_index(second)
        await pilot.press("enter")
        await pilot.pause()
        assert main.reader.article is not None and main.reader.article.id == second
        for key, view in (("m", CoverageScreen), ("f", FiguresScreen), ("quotation_mark", QuotesScreen)):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, view), key
            await pilot.press("escape")
            await pilot.pause()
        assert app.return_code is None
    assert _stories(links_damaged) == stories


async def test_a_reader_resuming_at_a_story_that_cannot_be_read_opens_the_next_and_says_why(
    links_damaged: Path,
) -> None:
    app = make_app(library=links_damaged, story=DAMAGED_STORY)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        assert main.story_id == SOUND_STORY
        _told(app, f"Story {DAMAGED_STORY} cannot be read", links_damaged)


async def test_a_story_whose_text_is_no_utf8_is_said_as_damaged_in_the_reader_too(sound: Path, tmp_path: Path) -> None:
    """It was Textual's traceback: Python's sqlite3 raises its own error for such text."""
    path = _undecodable(sound, tmp_path / "text.sqlite", DAMAGED_STORY)
    app = make_app(library=path, story=DAMAGED_STORY)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        assert main.story_id == SOUND_STORY
        _told(app, f"Story {DAMAGED_STORY} cannot be read", path)
        assert not any("\x1b" in str(n.message) or "\ufffd" in str(n.message) for n in app._notifications)


async def test_a_merge_that_meets_a_damaged_page_is_said_and_changes_nothing(links_damaged: Path) -> None:
    from tui.screens.dialogs import ChooseScreen, ConfirmScreen

    stories = _stories(links_damaged)
    app = make_app(library=links_damaged)
    async with app.run_test(size=(120, 40)) as pilot:
        main = await ready(pilot)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, ChooseScreen)
        await pilot.press("enter")  # the other story: the damaged one
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        _told(app, "Stories not changed", links_damaged)
        assert main.story_id == SOUND_STORY
        assert app.library is not None and not app.library._db.in_transaction
        assert app.library.last_change() is None  # no merge on record to undo
    assert _stories(links_damaged) == stories  # rolled back: both stories, their articles where they were


@pytest.mark.parametrize(("table", "keys", "title"), [
    ("bookmarks", ["b"], "Bookmark not changed"),
    ("bookmarks", ["B"], "Bookmarks cannot be listed"),
    ("versions", ["v"], "Versions cannot be shown"),
    ("undo", ["U"], "Not undone"),
])
async def test_a_library_action_that_meets_a_damaged_page_is_said_and_the_reader_stays(
    sound: Path, tmp_path: Path, table: str, keys: list[str], title: str,
) -> None:
    path = tmp_path / f"{table}.sqlite"
    path.write_bytes(sound.read_bytes())
    if table == "undo":  # a removal on record to undo
        with Library(path) as library:
            library.remove(DAMAGED_STORY)
    _damage(path, table)
    stories = _stories(path)
    app = make_app(library=path)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        opened = main.reader.current
        await pilot.press(*keys)
        await app.workers.wait_for_complete()
        await pilot.pause()
        _told(app, title, path)
        assert main.story_id == SOUND_STORY and main.reader.current == opened
        assert app.library is not None and not app.library._db.in_transaction
    assert _stories(path) == stories


async def test_a_search_that_meets_a_damaged_index_is_said_and_still_searches_the_open_story(
    sound: Path, tmp_path: Path,
) -> None:
    """The index search used to take any library error for no hits (a damaged index never said),
    then quit the reader on it; the open story is in memory, and is still searched."""
    from tui.screens.search import SearchScreen

    path = _damaged_copy(sound, tmp_path / "index.sqlite", "search_data", every=True)
    app = make_app(library=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)  # the stories and the reader are sound
        await pilot.press("slash", *"ferry")
        await app.workers.wait_for_complete()
        await pilot.pause()
        _told(app, "The library cannot be searched", path)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        status = str(screen.query_one("#search-status").render())
        assert "in this story" in status and "the library file could not be read" in status, status
        assert screen._targets  # the open story's hits


# --- the reading state: read marks, what was seen, the place kept ----------------------------------------
# A library whose reading-state tables were damaged stopped the reader at start though its stories
# were sound: a table dropped was SQLite's "no such table" out of the load worker (Textual's
# traceback), a place of the wrong type a ValueError's, a malformed page of one of them the one line
# and exit 2; the command line said "internal error" for a table dropped. The reader now opens,
# says in one notice what it goes without, and neither shows nor writes that part.

#: How each test damages the reading state: (the reader's name for the part, SQL run on the
#: library or None for a malformed page of *table*, the table, what the library says of it).
READING_DAMAGE = {
    "read dropped": ("read", "DROP TABLE read", "read", "it lacks the table read"),
    "seen dropped": ("news", "DROP TABLE seen", "seen", "it lacks the table seen"),
    "place dropped": ("place", "DROP TABLE place", "place", "it lacks the table place"),
    "read mark of text": ("read", "UPDATE read SET idx = 'one' WHERE idx = 0", "read", "a row of its table read holds a value of the wrong type"),
    "seen of text": ("news", "UPDATE seen SET at = 'yesterday'", "seen", "a row of its table seen holds a value of the wrong type"),
    "place of text": ("place", "UPDATE place SET idx = 'third'", "place", "a row of its table place holds a value of the wrong type"),
    "read page": ("read", None, "read", "database disk image is malformed"),
    "seen page": ("news", None, "seen", "database disk image is malformed"),
    "place page": ("place", None, "place", "database disk image is malformed"),
}


def _reading_damaged(sound: Path, path: Path, damage: str) -> Path:
    """A copy of *sound* at *path* holding reading state (a visit and the place in story 4, the
    first two paragraphs of its first article read), damaged as :data:`READING_DAMAGE` says."""
    path.write_bytes(sound.read_bytes())
    with Library(path) as library:
        first = library.story(DAMAGED_STORY).articles[0].id
        library.record_visit(DAMAGED_STORY, 1.0)
        library.keep_place(DAMAGED_STORY, Ref(first, 1))
        library.mark_read(Ref(first, 0))
        library.mark_read(Ref(first, 1))
    _, sql, table, _ = READING_DAMAGE[damage]
    if sql is None:
        _damage(path, table)
    else:
        with closing(sqlite3.connect(path)) as db:
            db.execute(sql)
            db.commit()
    return path


def _reading_calls(library: Library) -> dict[str, list[Callable[[], object]]]:
    """The library's reads of each part of the reading state."""
    from core.library.changes import news

    first = library.story(DAMAGED_STORY).articles[0].id
    return {
        "read": [library.stories, lambda: library.read_counts(DAMAGED_STORY), lambda: library.read_paragraphs(first)],
        "news": [lambda: news(library)],
        "place": [library.place],
    }


@pytest.mark.parametrize("damage", READING_DAMAGE)
def test_damaged_reading_state_is_one_library_failure_and_the_stories_still_read(sound: Path, tmp_path: Path, damage: str) -> None:
    part, _, _, said = READING_DAMAGE[damage]
    path = _reading_damaged(sound, tmp_path / "state.sqlite", damage)
    with Library(path) as library:
        for call in _reading_calls(library)[part]:
            with pytest.raises(LibraryFailure) as raised:
                call()
            assert str(raised.value) == f"{path}: not a newsprism library ({said})"
        assert [s.id for s in library.stories(read=False)] == [SOUND_STORY, DAMAGED_STORY]
        assert library.story(SOUND_STORY).articles and library.story(DAMAGED_STORY).articles


@pytest.mark.parametrize(("command", "damage"), [
    (["stories"], "read dropped"),
    (["stories"], "read mark of text"),
    (["story", "show", str(DAMAGED_STORY), "--visit"], "seen dropped"),  # a visit, kept as what was seen of its articles
    (["story", "show", str(DAMAGED_STORY), "--visit"], "seen of text"),
])
def test_the_command_line_on_damaged_reading_state_says_one_line_exits_2_and_changes_nothing(
    sound: Path, tmp_path: Path, command: list[str], damage: str, capsys: pytest.CaptureFixture[str],
) -> None:
    path = _reading_damaged(sound, tmp_path / "state.sqlite", damage)
    before = _digest(path)
    assert main([*command, "--library", str(path)]) == 2
    assert capsys.readouterr().err == f"newsprism: {path}: not a newsprism library ({READING_DAMAGE[damage][3]})\n"
    assert _digest(path) == before  # the removal rolled back whole


@pytest.mark.parametrize("damage", READING_DAMAGE)
async def test_the_reader_opens_on_damaged_reading_state_says_so_once_and_keeps_none_of_it(
    sound: Path, tmp_path: Path, damage: str,
) -> None:
    from tui.app import READING_STATE

    part, _, _, said = READING_DAMAGE[damage]
    path = _reading_damaged(sound, tmp_path / "state.sqlite", damage)
    app = make_app(library=path)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        assert app.return_code is None and main.has_class("-loaded") and main.story is not None
        # the place kept (story 4) opens, unless it is what cannot be read: then the latest story
        assert main.story_id == (SOUND_STORY if part == "place" else DAMAGED_STORY)
        assert set(app.unkept) == {part}
        await pilot.press("j", "j", "j")  # paragraphs read, a place to keep
        await pilot.pause()
        await app.workers.wait_for_complete()
        notices = [(n.title, n.message) for n in app._notifications]
        assert len(notices) == 1, notices  # one notice, not one per paragraph
        title, message = notices[0]
        assert title == "Reading state not kept" and "\n" not in message
        assert message.startswith(f"{path}: not a newsprism library ({said}); the reader goes on without {READING_STATE[part]}")
        if part == "read":
            assert main._seen == {}  # nothing marked
    with Library(path) as library:  # the damage as it was: nothing written to that part, nothing "repaired"
        for call in _reading_calls(library)[part]:
            with pytest.raises(LibraryFailure, match="not a newsprism library"):
                call()
