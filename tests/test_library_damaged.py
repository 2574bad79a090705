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
from contextlib import closing
from pathlib import Path

import pytest

from core.errors import LibraryError
from core.library.store import Library
from tui.cli import main


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the store ------------------------------------------------------------------------------


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


def test_add_into_another_programs_sqlite_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _foreign(tmp_path / "other.sqlite")
    before = _digest(path)
    report = tmp_path / "report.txt"
    report.write_text("Harbour reopens\n\nThe harbour reopened on Monday after two weeks of repairs to its quay.\n")
    assert main(["add", str(report), "--library", str(path)]) == 2
    out, err = capsys.readouterr()
    assert err == f"newsprism: {path}: not a newsprism library (it holds other tables: notes, t)\n" and not out
    assert _digest(path) == before
