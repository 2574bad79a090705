"""A story's automatic name is its reports', whatever order they came in, and is not a copy's changed count (trial 45 F13)."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

from core.stories.naming import Report, representative_title

TEXT = "A storm hit Brenvik overnight: floods breached the harbour wall and the quay."
FIRST = Report("Storm floods Brenvik harbour", "2026-03-02T08:00:00+00:00", "r1", "Brenvik Gazette", None, TEXT)
SECOND = Report("Harbour wall breached as storm hits Brenvik", "2026-03-02T09:00:00+00:00", "r2", "Coast Post", None, TEXT)
THIRD = Report("Brenvik harbour wall breached", "2026-03-02T10:00:00+00:00", "r3", "Isle Star", None, TEXT)


def test_a_name_is_its_reports_best_ranked_headline_whatever_their_order() -> None:
    assert representative_title([FIRST, SECOND]) == FIRST.title
    # the third report's headline scores a little better: it names the story, however the reports came in
    for order in permutations([FIRST, SECOND, THIRD]):
        assert representative_title(order) == THIRD.title
    more = [THIRD._replace(id=f"r{n}", outlet=f"Outlet {n}", published=f"2026-03-02T1{n}:00:00+00:00") for n in (4, 5)]
    for order in permutations([FIRST, SECOND, THIRD, *more]):
        assert representative_title(order) == THIRD.title


def test_a_headline_whose_count_most_reports_do_not_give_is_not_preferred() -> None:
    wire = "Seven people were killed when a ferry capsized off Tolvik on Sunday, the coastguard said."
    reports = [
        Report("Seven killed as ferry capsizes off Tolvik", "2026-04-05T10:00:00+00:00", "w1", "Sessby Star", None, wire),
        Report("Eight killed in Tolvik ferry capsizing", "2026-04-05T12:00:00+00:00", "w2", "Ardholm Post", None,
               wire.replace("Seven", "Eight")),
        Report("Ferry capsizes off Tolvik", "2026-04-05T13:00:00+00:00", "w3", "Isle Gazette", None,
               "The coastguard said seven people died when the ferry capsized off Tolvik."),
        Report("Tolvik ferry capsizing: coastguard names the dead", "2026-04-05T15:00:00+00:00", "w4", "Coast Post", None,
               "The seven killed in the Tolvik ferry capsizing were named by the coastguard."),
        Report("Tolvik ferry killed eight, says port", "2026-04-05T16:00:00+00:00", "w5", "Port Radio", None,
               "Port officials said the ferry capsizing off Tolvik killed seven, not eight as first said."),
    ]
    assert representative_title(reports) != "Eight killed in Tolvik ferry capsizing"


def test_the_library_names_a_story_as_its_reports_added_in_runs_do(tmp_path: Path) -> None:
    from core.library.store import Library
    from core.model import Article

    library = tmp_path / "lib.sqlite"
    names = []
    for run in ((FIRST, SECOND), (THIRD,)):
        with Library(library) as lib:
            for r in run:
                path = str(tmp_path / f"{r.id}.txt")
                lib.add(Article(id=r.id, path=path, outlet=r.outlet, title=r.title, paragraphs=(r.text,),
                                published=r.published), source=path)
            [story] = {lib.story_of(r.id) for r in (FIRST, SECOND, *run)}
            names.append(lib._db.execute("SELECT headline FROM stories WHERE id = ?", (story,)).fetchone()[0])
    assert names == [FIRST.title, THIRD.title]  # as a library of the three added at once names it


def test_one_set_of_files_added_in_any_order_gives_the_same_stories_and_names(tmp_path: Path) -> None:
    """A library built again from the same files, or two users' libraries of them, show the same
    stories under the same names: the stories' names do not hang on the order the files came in
    (the third report's headline, added first, used to stay the name)."""
    from core.library.store import Library
    from core.model import Article

    other = [Report("Bakers strike over night shifts in Corvale", "2026-03-02T07:00:00+00:00", "b1", "Corvale Times", None,
                    "Bakers in Corvale walked out on Monday over night shifts, their union said."),
             Report("Corvale bakers walk out", "2026-03-02T11:00:00+00:00", "b2", "Coast Post", None,
                    "Corvale's bakers walked out over night shifts, the union said on Monday.")]
    seen = set()
    for n, (a, b, c) in enumerate(permutations([FIRST, SECOND, THIRD])):
        order = (a, other[n % 2], b, other[1 - n % 2], c)
        with Library(tmp_path / f"lib{n}.sqlite") as lib:
            for r in order:
                path = str(tmp_path / f"{r.id}.txt")
                lib.add(Article(id=r.id, path=path, outlet=r.outlet, title=r.title, paragraphs=(r.text,),
                                published=r.published), source=path)
            seen.add(frozenset((frozenset(a.id for a in lib.story(s.id).articles), s.title) for s in lib.stories()))
    assert len(seen) == 1
