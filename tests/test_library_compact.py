"""`newsprism compact`: the space of removed stories goes back to the disk (trial 36 F17: a library
of ten short articles kept 67 MB after its two big stories were removed, most of it the search
index's marks of the removed paragraphs, which no VACUUM alone gives back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import LibraryError
from core.library.store import Library
from core.model import Article
from tui.cli import main


def _article(key: str, topic: str, paragraphs: int) -> Article:
    body = tuple(f"Paragraph {n}: the {topic} inquiry heard witness {n} describe the night of the {topic} fire." for n in range(paragraphs))
    return Article(key, f"{key}.txt", "Nordwire", f"{topic.title()} fire inquiry", body)


def _library(path: Path) -> Library:
    library = Library(path)
    library.add(_article("small", "Halden", 5), source="small.txt")
    library.add(_article("big", "Brackwater", 3000), source="big.txt")
    return library


def test_compact_gives_back_a_removed_story_and_keeps_undo_unless_told(tmp_path: Path) -> None:
    with _library(tmp_path / "lib.sqlite") as library:
        big = next(s.id for s in library.stories() if "Brackwater" in s.title)
        full = library.file_bytes()
        library.remove(big)
        kept = library.compact()
        assert kept.held == 1 and kept.forgotten == 0
        library.undo()  # the journal was kept: the story comes back whole
        assert any("Brackwater" in s.title for s in library.stories())
        assert library.search("witness 2999")
        library.remove(big)
        done = library.compact(forget_undo=True)
        assert (done.forgotten, done.held) == (1, 0)
        assert done.after < full / 4, (full, done)
        with pytest.raises(LibraryError, match="nothing to undo"):
            library.undo()
        assert [h.text for h in library.search("witness 4")] == [_article("small", "Halden", 5).paragraphs[4]]
        assert not library.search("Brackwater")


def test_the_compact_command_says_the_sizes_and_what_undo_still_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib.sqlite"
    with _library(path) as library:
        library.remove(next(s.id for s in library.stories() if "Brackwater" in s.title))
    assert main(["compact", "--library", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"compacted {path}: ") and " MB -> " in out[0]
    assert out[1] == "(the undo journal still holds 1 change and what it took; `newsprism compact --forget-undo` gives that space back too)"
    assert main(["compact", "--forget-undo", "--library", str(path)]) == 0
    assert capsys.readouterr().out.strip().endswith("; forgot 1 change the undo journal held")
    assert main(["compact", "--library", str(tmp_path / "none.sqlite")]) == 2
    assert "no library at" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite").exists()


def test_compact_refuses_a_library_a_reader_has_open_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A reader open on the library holds its one-reader lock: `compact`, which rewrites the file
    under it, says so in one line and changes nothing (trial 40 F21: it compacted with no word,
    though the README says to close the reader first); once the reader has gone it compacts."""
    import subprocess
    import sys

    from core.library.store import LibraryLock

    path = tmp_path / "lib.sqlite"
    with _library(path) as library:
        library.remove(next(s.id for s in library.stories() if "Brackwater" in s.title))
    before = path.stat().st_size
    reader = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        LibraryLock(path).path.write_text(f"{reader.pid}\n", encoding="ascii")
        assert main(["compact", "--library", str(path)]) == 2
        err = capsys.readouterr().err.strip()
        assert err == f"newsprism: {path}: open in another newsprism (pid {reader.pid}); close that one first"
        assert path.stat().st_size == before
    finally:
        reader.kill()
        reader.wait()
    assert main(["compact", "--library", str(path)]) == 0  # the reader gone, its lock is stale
    assert path.stat().st_size < before and not LibraryLock(path).path.exists()
