"""A story's automatic name stays as reports come in, and is not a copy's changed count (trial 45 F13)."""

from __future__ import annotations

from pathlib import Path

from core.stories.naming import Report, representative_title

TEXT = "A storm hit Brenvik overnight: floods breached the harbour wall and the quay."
FIRST = Report("Storm floods Brenvik harbour", "2026-03-02T08:00:00+00:00", "r1", "Brenvik Gazette", None, TEXT)
SECOND = Report("Harbour wall breached as storm hits Brenvik", "2026-03-02T09:00:00+00:00", "r2", "Coast Post", None, TEXT)
THIRD = Report("Brenvik harbour wall breached", "2026-03-02T10:00:00+00:00", "r3", "Isle Star", None, TEXT)


def test_a_name_stays_unless_another_is_clearly_better_supported() -> None:
    assert representative_title([FIRST, SECOND]) == FIRST.title
    # the third report's headline scores a little better than the present name: no rename
    assert representative_title([FIRST, SECOND, THIRD]) == THIRD.title
    assert representative_title([FIRST, SECOND, THIRD], current=FIRST.title) == FIRST.title
    # two more outlets carry the third's headline: clearly better supported, the story is renamed
    more = [THIRD._replace(id=f"r{n}", outlet=f"Outlet {n}", published=f"2026-03-02T1{n}:00:00+00:00") for n in (4, 5)]
    assert representative_title([FIRST, SECOND, THIRD, *more], current=FIRST.title) == THIRD.title
    # a name no report carries any more is no name to keep
    assert representative_title([SECOND, THIRD], current=FIRST.title) == THIRD.title


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


def test_the_library_keeps_a_storys_name_as_reports_are_added_in_runs(tmp_path: Path) -> None:
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
    assert names == [FIRST.title, FIRST.title]
