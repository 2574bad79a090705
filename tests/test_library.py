"""The library: SQLite files in temp dirs, stories by event, incremental links, reading state."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.align import link
from core.ingest import Item, gather
from core.library import MIGRATIONS, Library, LibraryError, LibraryLock
from core.model import Ref
from core.read import SEEDS_DIR

WEB = Path(__file__).parent / "data" / "web"


def _add(library: Library, *inputs: str) -> list[Item]:
    items = [r for r in gather(inputs, fetch=None) if isinstance(r, Item)]
    for item in items:
        library.add(item.article, source=item.source)
    return items


def _groups(library: Library) -> set[frozenset[str]]:
    return {frozenset(a.title for a in library.story(s.id).articles) for s in library.stories()}


def test_a_new_library_is_wal_and_at_the_latest_schema(tmp_path: Path) -> None:
    with Library(tmp_path / "deep" / "lib.sqlite") as library:
        assert library.version == len(MIGRATIONS)
        assert library._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert library.integrity() == "ok"


def test_a_library_from_a_newer_newsprism_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(LibraryError, match="newer newsprism"):
        Library(path)


def test_a_file_that_is_not_a_library_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(LibraryError, match="not a newsprism library"):
        Library(path)
    assert path.read_bytes().startswith(b"these are my notes")  # untouched


def test_adding_twice_is_a_no_op_even_under_another_name(tmp_path: Path) -> None:
    copy = tmp_path / "copies"
    copy.mkdir()
    shutil.copy(sorted(SEEDS_DIR.glob("*.txt"))[1], copy / "renamed.txt")
    with Library(tmp_path / "lib.sqlite") as library:
        first = _add(library, str(SEEDS_DIR))
        assert library.counts() == (1, len(first))  # the seeds report one event
        again = [library.add(i.article, source=i.source) for i in gather([str(SEEDS_DIR), str(copy)], fetch=None) if isinstance(i, Item)]
        assert again and not any(a.new for a in again)
        assert library.counts() == (1, len(first))


def test_events_that_share_vocabulary_stay_apart(tmp_path: Path) -> None:
    """Two bridges, two summits, and the same two countries meeting again months later."""
    with Library(tmp_path / "lib.sqlite") as library:
        _add(library, str(WEB))
        groups = _groups(library)
    def group_of(word: str) -> frozenset[str]:
        return next(g for g in groups if any(word in t for t in g))
    assert len(groups) == 5
    assert group_of("Harbour") == {"Harbour bridge reopens after repairs", "Harbour Bridge open again after eight-month repair"}
    assert len(group_of("Kessler")) == 2 and group_of("Kessler") != group_of("Harbour")
    assert len(group_of("Cod")) == 2 and len(group_of("ackerel")) == 2 and group_of("Cod") != group_of("ackerel")
    assert len(group_of("Vienna")) == 2


def test_links_are_computed_incrementally_and_match_a_full_run(tmp_path: Path, seed_articles) -> None:  # type: ignore[no-untyped-def]
    with Library(tmp_path / "lib.sqlite") as library:
        _add(library, str(SEEDS_DIR))
        story = library.story(library.stories()[0].id)
        full = {(l.a, l.b) for l in link(list(story.articles))}
        cached = {(l.a, l.b) for l in story.links}
        # Word weights (idf) change as a story grows, so a pair scored when it had fewer
        # articles can sit on the other side of a threshold than in a full run: a few.
        assert len(full - cached) <= 0.05 * len(full)
        assert len(cached - full) <= 0.1 * len(full)
        before = {(l.a, l.b) for l in story.links}
        # One more article links only itself: the old links stay as they were.
        extra = tmp_path / "extra.txt"
        extra.write_text(
            "US and China agree to keep talking after Blinken visit\n\n"
            "Secretary of State Antony Blinken and Foreign Minister Qin Gang held candid, substantive and "
            "constructive talks in Beijing on Sunday, the State Department said.\n\n"
            "Qin accepted an invitation to visit Washington at a mutually convenient time.\n",
            encoding="utf-8",
        )
        started = time.perf_counter()
        added = _add(library, str(extra))[0]
        took = time.perf_counter() - started
        after = library.story(library.story_of(added.article.id) or 0)
        old_pairs = {(l.a, l.b) for l in after.links if added.article.id not in (l.a.article, l.b.article)}
        assert old_pairs == before
        assert any(added.article.id in (l.a.article, l.b.article) for l in after.links)
        assert took < 5  # generous: the figure that matters is in bench/library.py


def test_merge_split_rename_remove(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        _add(library, str(WEB))
        by_title = {s.title: s.id for s in library.stories()}
        cod = next(i for t, i in by_title.items() if "cod" in t.lower())
        mackerel = next(i for t, i in by_title.items() if "mackerel" in t.lower())
        assert library.merge(cod, [mackerel]) > 0  # the two rounds share facts: links across
        merged = library.story(cod)
        assert len(merged.articles) == 4 and library.find_story(cod).articles == 4
        with pytest.raises(LibraryError, match="no story"):
            library.find_story(mackerel)
        moved = [a.id for a in merged.articles if "ackerel" in a.title]
        new = library.split(cod, moved)
        assert {a.id for a in library.story(new).articles} == set(moved)
        assert all(l.a.article not in moved and l.b.article not in moved for l in library.story(cod).links)
        with pytest.raises(LibraryError, match="at least one"):
            library.split(new, moved)
        with pytest.raises(LibraryError, match="has no article"):
            library.split(new, ["nope"])
        library.rename(new, "  Mackerel   talks ")
        assert library.find_story(new).title == "Mackerel talks"
        library.rename(new, "")
        assert library.find_story(new).title != "Mackerel talks"
        stories, articles = library.counts()
        assert library.remove(new) == 2
        assert library.counts() == (stories - 1, articles - 2)
        # Term counts stay true to what is left, so later clustering weighs terms right.
        wrong = library._db.execute(
            "SELECT COUNT(*) FROM term_df d WHERE df != (SELECT COUNT(*) FROM terms t WHERE t.term = d.term)"
        ).fetchone()[0]
        assert wrong == 0
        assert library.integrity() == "ok"


def test_reading_state_and_bookmarks_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        _add(library, str(WEB))
        story = library.stories()[0]
        article = library.story(story.id).articles[0]
        library.mark_read(Ref(article.id, 0))
        library.mark_read(Ref(article.id, 0))
        library.mark_read(Ref(article.id, 2))
        assert library.toggle_bookmark(Ref(article.id, 1)) is True
    with Library(path) as library:  # kept in the file
        assert library.read_paragraphs(article.id) == {0, 2}
        assert library.read_counts(story.id) == {article.id: 2}
        assert next(s for s in library.stories() if s.id == story.id).read == 2
        [mark] = library.bookmarks()
        assert mark.ref == Ref(article.id, 1) and mark.text == article.paragraphs[1] and mark.story == story.id
        assert library.toggle_bookmark(Ref(article.id, 1)) is False
        assert library.bookmarks() == []


def test_a_second_reader_is_kept_out_and_a_stale_lock_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with LibraryLock(path):
        other = subprocess.run(
            [sys.executable, "-c", "import sys; from core.library import LibraryLock; LibraryLock(__import__('pathlib').Path(sys.argv[1])).acquire()", str(path)],
            capture_output=True, text=True,
        )
        assert other.returncode != 0 and f"pid {os.getpid()}" in other.stderr
    assert not LibraryLock(path).path.exists()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    LibraryLock(path).path.write_text(f"{dead.pid}\n")
    with LibraryLock(path) as lock:  # its process is gone: stale
        assert lock.path.read_text().strip() == str(os.getpid())


def _cli(*args: str, **kwargs) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    return subprocess.Popen(
        [sys.executable, "-m", "tui.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs
    )


def _many_files(folder: Path, n: int) -> Path:
    """*n* small distinct reports, in folder."""
    folder.mkdir()
    for i in range(n):
        (folder / f"report-{i:03}.txt").write_text(
            f"Town {i} opens library number {i}\n\n"
            f"The town of Alder{i} opened its new public library on Tuesday, mayor Quinn{i} said.\n\n"
            f"The building cost {i + 3} million and holds {i * 1000 + 500} books, officials said.\n",
            encoding="utf-8",
        )
    return folder


def test_an_import_killed_half_way_leaves_a_consistent_library_and_a_rerun_completes_it(tmp_path: Path) -> None:
    files = _many_files(tmp_path / "in", 150)
    path = tmp_path / "lib.sqlite"
    process = _cli("add", "--library", str(path), str(files))
    deadline = time.monotonic() + 60
    added = 0
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
                added = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            added = 0
        if added >= 10:
            break
        time.sleep(0.02)
    process.kill()
    process.communicate()
    with Library(path) as library:
        assert library.integrity() == "ok"
        _, partial = library.counts()
        orphans = library._db.execute(
            "SELECT COUNT(*) FROM paragraphs p WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = p.article)"
        ).fetchone()[0]
        assert orphans == 0
        short = library._db.execute(
            "SELECT COUNT(*) FROM articles a WHERE paragraphs != (SELECT COUNT(*) FROM paragraphs p WHERE p.article = a.id)"
        ).fetchone()[0]
        assert short == 0  # whole articles only
    assert 10 <= partial < 150, partial  # killed in the middle
    rerun = _cli("add", "--library", str(path), str(files))
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{150 - partial} added, {partial} already there, 0 skipped" in out
    with Library(path) as library:
        assert library.counts()[1] == 150 and library.integrity() == "ok"


def test_two_imports_at_once_both_complete(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    a = _cli("add", "--library", str(path), str(_many_files(tmp_path / "a", 40)))
    b = _cli("add", "--library", str(path), str(WEB), "--no-fetch")
    out_a, err_a = a.communicate(timeout=300)
    out_b, err_b = b.communicate(timeout=300)
    assert a.returncode == 0, err_a
    assert b.returncode == 2 and "Short note" in err_b  # the summary-only entry, skipped by --no-fetch
    with Library(path) as library:
        assert library.counts()[1] == 40 + 10 and library.integrity() == "ok"


def test_search_finds_every_word_and_follows_removals(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        _add(library, str(SEEDS_DIR), str(WEB))
        hits = library.search("blinken XI")
        assert len(hits) >= 5
        for hit in hits:
            assert "blinken" in hit.text.lower() and "xi" in hit.text.lower()
            assert {hit.text[a:b].lower() for a, b in hit.spans} >= {"blinken", "xi"}
        assert library.search('" OR * NEAR(') == [] and library.search("%_\\") == []  # query syntax is text
        assert library.search("   ") == []
        bridge = library.search("harbour bridge")[0].story
        library.remove(bridge)
        assert all(h.story != bridge for h in library.search("bridge"))
        assert library._db.execute("SELECT COUNT(*) FROM search").fetchone()[0] == library._db.execute(
            "SELECT COUNT(*) FROM paragraphs"
        ).fetchone()[0]


#: What each migration added, undone: a library of the seeds as an older newsprism left it.
_UNDO = {
    4: "DROP TABLE feed_entries; DROP TABLE feeds; DROP TABLE versions; DROP TABLE visits",
    3: "ALTER TABLE articles DROP COLUMN dateline",
    2: "DROP TABLE search",
}


def _old_library(path: Path, version: int) -> Path:
    with Library(path) as library:
        _add(library, str(SEEDS_DIR))
        for step in range(len(MIGRATIONS), version, -1):
            library._db.executescript(_UNDO[step])
        library._db.execute(f"PRAGMA user_version = {version}")
    return path


def test_a_library_from_before_search_is_indexed_when_opened(tmp_path: Path) -> None:
    path = _old_library(tmp_path / "lib.sqlite", 1)
    with Library(path) as library:
        assert library.version == len(MIGRATIONS) and library.integrity() == "ok"
        assert library.search("fentanyl")


def test_a_library_from_before_datelines_keeps_them_once_opened(tmp_path: Path) -> None:
    path = _old_library(tmp_path / "lib.sqlite", 2)
    page = tmp_path / "wire.txt"
    page.write_text(
        "Court orders release of detained reporters\n\nJune 19, 2023\n\n"
        "BEIJING, June 19 (Reuters) - A court ordered the release of two detained reporters on Monday, their lawyers said.\n\n"
        "The reporters had been held for three weeks without charge.\n"
    )
    with Library(path) as library:
        assert library.version == len(MIGRATIONS) and library.integrity() == "ok"
        old = library.story(library.stories()[0].id).articles
        assert old and all(a.dateline is None for a in old)
        _add(library, str(page))
        [article] = [a for s in library.stories() for a in library.story(s.id).articles if a.path.endswith("wire.txt")]
        assert article.dateline == "BEIJING, June 19 (Reuters)"
        assert article.paragraphs[0].startswith("A court ordered")


def test_search_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from tui.cli import main

    path = tmp_path / "lib.sqlite"
    assert main(["search", "--library", str(path), "talks"]) == 2  # no library yet
    with Library(path) as library:
        _add(library, str(SEEDS_DIR))
    capsys.readouterr()
    assert main(["search", "--library", str(path), "fentanyl", "--limit", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "2 paragraphs found (the first 2)" and "fentanyl" in out[1]
    assert main(["search", "--library", str(path), "fentanyl", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["outlet"] for r in rows} >= {"Euronews", "The Hindu"}
    assert all(r["text"][a:b].lower() == "fentanyl" for r in rows for a, b in r["spans"])
    assert main(["search", "--library", str(path), "zzqxv"]) == 1
    assert capsys.readouterr().out.strip() == "0 paragraphs found"


def test_reports_sharing_only_city_words_and_a_weekday_stay_apart(tmp_path: Path) -> None:
    """An undated council-budget report shares "city", "mayor", "roads" and "Tuesday" with a
    bridge reopening, and no name: it is another event."""
    budget = tmp_path / "budget.txt"
    budget.write_text(
        "Council budget approved\n\nThe council approved the new budget on Tuesday after a long debate about "
        "schools and roads.\n\nMayor Jane Doe said the plan would protect every library in the city and cut "
        "waiting times.\n",
        encoding="utf-8",
    )
    with Library(tmp_path / "lib.sqlite") as library:
        _add(library, str(WEB), str(budget))
        assert {"Council budget approved"} in _groups(library)


def test_chinese_and_japanese_reports_of_one_event_share_a_story(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "東京都が新しい予算案を発表\n\n東京都は月曜日、学校と道路の整備を中心とする新しい予算案を発表した。知事は計画が市民の生活を守ると述べた。\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "都知事、新予算案を公表\n\n東京都は月曜日に、学校と道路の整備を柱とする新たな予算案を公表した。知事は計画が都民の暮らしを守ると語った。\n",
        encoding="utf-8",
    )
    with Library(tmp_path / "lib.sqlite") as library:
        _add(library, str(SEEDS_DIR), str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
        assert {"東京都が新しい予算案を発表", "都知事、新予算案を公表"} in _groups(library)
        assert len(library.stories()) == 2


def test_four_imports_creating_one_library_at_once_all_complete(tmp_path: Path) -> None:
    """Creating the file races on the switch to WAL, which SQLite's busy timeout does not cover."""
    path = tmp_path / "new" / "lib.sqlite"
    runs = [_cli("add", "--library", str(path), str(_many_files(tmp_path / f"in{n}", 3 + n))) for n in range(4)]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    with Library(path) as library:
        # Each run writes reports 0..k of the same towns, so the later runs find most already there.
        assert library.counts()[1] == 6 and library.integrity() == "ok"
