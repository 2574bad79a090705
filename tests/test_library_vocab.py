"""The library's vocabulary (the words search takes a typed word for) follows what it holds:
the words of a removed story, or of an article's text before its revision, that no other
paragraph holds go; undoing the removal brings them back; compacting builds it again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.library.store import Library
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
        library._db.execute("INSERT INTO vocab (word) VALUES ('lingering')")  # left by an older newsprism's removal
        library.compact()
        assert _words(library) == held
