"""Search with typos across the library (trial 44 F15): a word typed wrong finds the paragraphs
that hold a word of the library close to it, after the paragraphs that hold every word as typed,
marked as close; in the library (core), `newsprism search` and the reader's `/`."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from rich.text import Text

from core.library.store import MIGRATIONS, Library, typo_edits
from core.model import Ref
from tests.pilot import ready, until
from tests.test_app_library import make_library, searched
from tui.app import make_app
from tui.cli import main

WARDS = (
    "Doctors question the harbour council's count\n\n"
    "BRENNOCK, March 4 - Doctors at the Brennock infirmary said they were admitting twenty patients a day.\n\n"
    "Whole families were arriving together from the lower town, the ward sister Odile Verhaar said.\n\n"
    "The council had said on Monday that the outbreak was contained; it gave a count of 2026 cases.\n"
)
FERRY = (
    "Ferry timetable changes at Lissow pier\n\n"
    "LISSOW, March 9 - The Lissow ferry will sail twice a day from Thursday, the operator Kestrel Lines said.\n\n"
    "Passengers admitted to the new lounge must show a ticket, the operator said of its famous waiting room.\n\n"
    "The operator told the court its count of passengers had doubled.\n"
)


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    (tmp_path / "wards.txt").write_text(WARDS)
    (tmp_path / "ferry.txt").write_text(FERRY)
    return make_library(tmp_path / "lib.sqlite", tmp_path / "wards.txt", tmp_path / "ferry.txt")


def _story(library: Library, word: str) -> int:
    return next(s.id for s in library.stories() if word in s.title.lower())


def test_how_many_edits_a_typed_word_may_be_from_the_word_taken_for_it() -> None:
    assert [typo_edits(w) for w in ("the", "2025", "famlies", "admiting", "wa'ter")] == [0, 0, 1, 2, 0]


def test_a_typed_word_is_taken_for_the_librarys_words_close_to_it(lib: Path) -> None:
    with Library(lib) as library:
        assert library.close_words("admiting") == ["admitting"]  # not "admitted": three edits
        assert library.close_words("famlies") == ["families"]
        assert library.close_words("lisow") == ["lissow"]
        assert library.close_words("admitting") == []  # itself, and nothing else close
        assert library.close_words("twentyy") == ["twenty"]
        assert library.close_words("dya") == []  # a short word: matched as typed only


def test_search_close_finds_what_a_typo_misses_marked_and_scored(lib: Path) -> None:
    with Library(lib) as library:
        assert library.search("admiting twenty") == []
        [hit] = library.search_close("admiting twenty")
        assert "admitting twenty patients" in hit.text
        assert hit.close and hit.instead == (("admiting", "admitting"),) and 90 < hit.score < 100
        marked = [hit.text[a:b] for a, b in hit.spans]
        assert marked == ["admitting twenty"] or marked == ["admitting", "twenty"]
        assert library.search_close_count("admiting twenty") == 1
        # every word may be typed wrong; the closer match first
        hits = library.search_close("famlies")
        assert [h.instead for h in hits] == [(("famlies", "families"),)] and "Whole families" in hits[0].text


def test_search_close_leaves_out_what_search_finds_as_typed(lib: Path) -> None:
    with Library(lib) as library:
        exact = library.search("admitting")
        assert len(exact) == 1
        close = library.search_close("admitting")  # no word close to it but itself: nothing more
        assert close == [] and library.search_close_count("admitting") == 0
        # "famous" is one edit from "famlies"? no: only paragraphs holding a word close to it come
        assert all("famous" not in h.text for h in library.search_close("famlies"))


def test_a_word_the_library_holds_as_typed_is_taken_as_typed(lib: Path) -> None:
    with Library(lib) as library:
        assert library.close_words("count") == ["court"]  # one edit
        assert library.search_close("count") == [] and library.search_close_count("count") == 0
        # a word it lacks is taken for those close to it, beside one it holds taken as typed
        assert [h.instead for h in library.search_close("teh court")] == []  # "teh": three letters, as typed
        assert [h.instead for h in library.search_close("courrt count")] == [(("courrt", "court"),)]


def test_a_figure_is_matched_as_typed(lib: Path) -> None:
    with Library(lib) as library:
        assert library.search("2025 cases") == [] and library.search_close("2025 cases") == []


def test_search_close_keeps_to_a_story_or_leaves_one_out(lib: Path) -> None:
    with Library(lib) as library:
        wards, ferry = _story(library, "council"), _story(library, "ferry")
        assert library.search_close("lisow", story=wards) == []
        assert {h.story for h in library.search_close("lisow", story=ferry)} == {ferry}
        assert library.search_close("lisow", other_than=ferry) == []
        assert {h.story for h in library.search_close("lisow", other_than=wards)} == {ferry}


def test_a_library_made_before_the_vocabulary_gets_it_from_its_index(lib: Path) -> None:
    with Library(lib) as library:
        library._db.execute("DROP TABLE vocab")
        before = next(n for n, step in enumerate(MIGRATIONS) if any("vocab" in s for s in step))  # the schema before it
        library._db.execute(f"PRAGMA user_version = {before}")
    with Library(lib) as library:
        assert library.version == len(MIGRATIONS)
        assert [h.instead for h in library.search_close("admiting")] == [(("admiting", "admitting"),)]
    with sqlite3.connect(lib) as db:
        assert db.execute("SELECT COUNT(*) FROM vocab WHERE word = 'verhaar'").fetchone() == (1,)


def test_a_new_version_of_an_article_brings_its_words(lib: Path, tmp_path: Path) -> None:
    edited = tmp_path / "ferry.txt"
    edited.write_text(FERRY.replace("twice a day", "three times a day, weather permitting,"))
    assert main(["add", str(edited), "--library", str(lib)]) == 0
    with Library(lib) as library:
        assert [h.instead for h in library.search_close("permiting")] == [(("permiting", "permitting"),)]


def test_the_command_shows_close_matches_after_those_as_typed(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "admiting", "twenty", "--library", str(lib)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("no paragraph holds every word as typed; close matches")
    assert re.search(r"^≈9\d% \(admiting → admitting\) story \d+ · ", out, re.M)
    assert out.rstrip().endswith("1 paragraph found with a word close to one typed")

    assert main(["search", "twenty", "--library", str(lib)]) == 0  # as typed: two; close ("plenty"?) none here
    out = capsys.readouterr().out
    assert "≈" not in out and out.rstrip().endswith("1 paragraph found")

    assert main(["search", "said", "famlies", "--json", "--library", str(lib)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["close"], r["instead"]) for r in rows] == [(True, {"famlies": "families"})]
    assert rows[0]["score"] < 100

    assert main(["search", "qqqzzz", "--library", str(lib)]) == 1


def test_close_matches_count_toward_the_limit(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "said", "--limit", "1", "--library", str(lib)]) == 0
    out = capsys.readouterr().out
    assert "≈" not in out  # the room went to a paragraph as typed


async def test_the_readers_search_lists_close_matches_of_other_stories(lib: Path) -> None:
    from textual.widgets import OptionList

    from tui.screens.search import Elsewhere, SearchScreen

    with Library(lib) as library:
        wards, ferry = _story(library, "council"), _story(library, "ferry")
    app = make_app(library=lib)
    async with app.run_test(size=(100, 30)) as pilot:
        reader = await ready(pilot)
        app.open_story(ferry)
        await until(pilot, lambda: reader.story_id == ferry, "the ferry story open")
        await pilot.press("slash")
        screen = await searched(pilot, "admiting twenty")
        assert isinstance(screen, SearchScreen)
        hits = screen.query_one("#search-hits", OptionList)
        shown = [(str(hits.get_option_at_index(n).prompt), hits.get_option_at_index(n).id) for n in range(hits.option_count)]
        headings = [text for text, key in shown if key is None]
        # the open story's own hits before a guess at a typo in another story (trial 46 F12)
        assert shown[0][1] is not None and isinstance(screen._targets[shown[0][1]], Ref), shown
        assert headings[-1] == "In other stories, with a word close to one typed", headings
        [(prompt, key)] = [(text, key) for text, key in shown if key and isinstance(screen._targets[key], Elsewhere)]
        assert "≈9" in prompt and "admiting → admitting" in prompt and "admitting twenty patients" in prompt
        status = str(screen.query_one("#search-status").render())
        assert status.endswith("0 in other stories (and 1 with a word close to one typed)"), status
        hits.focus()
        hits.highlighted = [k for _, k in shown].index(key)
        await pilot.press("enter")
        await until(pilot, lambda: reader.story_id == wards, "the close hit's story open")
        assert "admitting twenty" in reader.story.text(reader.reader.current)  # type: ignore[union-attr, arg-type]


async def test_hits_arriving_after_the_search_closed_are_dropped(lib: Path) -> None:
    # Trial 46 F10: Escape during a long search, then q: the worker's last hits came while the
    # screen was still attached but its widgets were gone, and the reader died on NoMatches.
    from tui.screens.search import Found, SearchScreen

    app = make_app(library=lib)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search open")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await screen.query("#search-hits, #search-status").remove()
        screen._show(Found([], 0, 0, 0), [], "paragraph 59999", True)  # no NoMatches
        screen._status(Text("Searching…"))
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, SearchScreen), "the search closed")
