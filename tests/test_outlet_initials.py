"""An outlet a library holds by its initials ("VPA", a wire text's credit) and by the name they spell
out ("Veltrania Press Agency", its site's) is one outlet, named by the name spelled out; two outlets
whose initials collide stay two."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.library.identity import outlet_initials, spelled_out
from core.library.store import _SPELLED_SCHEMA, Library, LibraryError
from core.model import Article, article_id

_BODY = (
    "Twelve dock workers were trapped on Monday after a crane toppled onto a warehouse roof at the Korvel "
    "container terminal, the port authority said.",
    "Rescuers from Korvel and Brastow cut through the steel frame through the night, a spokeswoman for the "
    "terminal operator Sallek Shipping said.",
    "The crane, installed in 2019, had passed an inspection in March, the operator said.",
)


def _report(outlet: str, title: str, body: tuple[str, ...] = _BODY) -> Article:
    return Article(article_id(outlet, title, body), "", outlet, title, body)


def _outlets(library: Library) -> list[str]:
    return sorted(o for (o,) in library._db.execute("SELECT DISTINCT outlet FROM articles"))


def test_an_initialism_is_spelled_out_by_the_one_name_of_its_initials() -> None:
    named = spelled_out(["VPA", "Veltrania Press Agency", "afp", "Agence France-Presse", "dpa", "Deutsche Presse-Agentur",
                         "PTI", "Press Trust of India", "НИА", "Новое информационное агентство", "Korvel Herald"])
    assert named == {"VPA": "Veltrania Press Agency", "afp": "Agence France-Presse", "dpa": "Deutsche Presse-Agentur",
                     "PTI": "Press Trust of India", "НИА": "Новое информационное агентство"}


def test_initials_two_names_spell_out_or_none_does_are_left_as_they_are() -> None:
    assert spelled_out(["VPA", "Veltrania Press Agency", "Valley Post Advertiser"]) == {}
    assert spelled_out(["VPA", "Korvel Herald"]) == {}
    assert spelled_out(["Veltrania Press Agency"]) == {}
    assert spelled_out(["Vpa", "Veltrania Press Agency"]) == {}  # a word, no initialism
    assert outlet_initials("韦尔特拉尼亚通讯社") == frozenset() and outlet_initials("Reuters") == frozenset()


def test_a_report_credited_by_initials_joins_the_outlet_the_library_holds_spelled_out(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        library.add(_report("Veltrania Press Agency", "Crane topples at Korvel terminal"), source="site-1.html")
        wire = _report("VPA", "Twelve trapped at Korvel port", (*_BODY[:2], "The port reopened on Tuesday."))
        added = library.add(wire, source="wire.txt")
        assert added.article.outlet == "Veltrania Press Agency"
        assert _outlets(library) == ["Veltrania Press Agency"]
        assert not library.add(wire, source="wire.txt").new  # read again: held, under the name spelled out


def test_the_name_spelled_out_coming_second_names_the_reports_held_by_initials(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        wire = _report("VPA", "Twelve trapped at Korvel port")
        library.add(wire, source="wire.txt")
        library.add(_report("Veltrania Press Agency", "Crane topples at Korvel terminal",
                            (*_BODY[:2], "The port reopened on Tuesday.")), source="site-1.html")
        assert _outlets(library) == ["Veltrania Press Agency"]
        features = library._db.execute("SELECT features FROM articles WHERE id = ?", (wire.id,)).fetchone()[0]
        assert "d:veltrania press agency" in features.split("\x1f")  # profiled again: its sender's name
        assert not library.add(wire, source="wire.txt").new
        assert len(library.stories()) == 1


def test_two_outlets_whose_initials_collide_stay_two(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        library.add(_report("Veltrania Press Agency", "Crane topples at Korvel terminal"), source="a.html")
        library.add(_report("Valley Post Advertiser", "Korvel crane collapse", (*_BODY[1:], "More to follow.")), source="b.html")
        library.add(_report("VPA", "Twelve trapped at Korvel port", (_BODY[0], "The port reopened on Tuesday.")), source="c.txt")
        assert _outlets(library) == ["VPA", "Valley Post Advertiser", "Veltrania Press Agency"]


def test_a_library_holding_both_names_is_one_outlet_once_opened(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        library.add(_report("Veltrania Press Agency", "Crane topples at Korvel terminal"), source="site-1.html")
        library.add(_report("Korvel Herald", "Korvel crane collapse", (*_BODY[1:], "More to follow.")), source="h.html")
        library._db.execute("UPDATE articles SET outlet = 'VPA' WHERE outlet = 'Veltrania Press Agency'")
        library.add(_report("Veltrania Press Agency", "Port reopens", (_BODY[0], "The port reopened on Tuesday.")),
                    source="site-2.html")
        library._db.execute("UPDATE articles SET outlet = 'VPA' WHERE outlet = 'Veltrania Press Agency' AND source = 'site-1.html'")
        library._db.execute(f"PRAGMA user_version = {_SPELLED_SCHEMA - 1}")  # (from before the migration that spells initials out)
        assert _outlets(library) == ["Korvel Herald", "VPA", "Veltrania Press Agency"]
    with Library(path) as library:
        assert _outlets(library) == ["Korvel Herald", "Veltrania Press Agency"]


def _other(outlet: str, n: int) -> Article:
    body = (f"Report {n} of the crane at the Korvel container terminal, {outlet} says, and {n + 3} workers stayed home.",
            f"The port authority of Korvel counted {n * 7} ships waiting outside the harbour on Monday.")
    return _report(outlet, f"Korvel terminal day {n}", body)


def test_a_run_of_adds_reads_the_outlets_held_once(tmp_path: Path) -> None:
    """Each add asks which outlets the library holds (an initialism to spell out, reports held by one's
    initials): a run of adds reads them once, not once an article (a scan of the whole library each)."""
    with Library(tmp_path / "lib.sqlite") as library:
        scans: list[str] = []
        library._db.set_trace_callback(lambda sql: scans.append(sql) if "DISTINCT outlet" in sql else None)
        for n, outlet in enumerate(["Korvel Herald", "Brastow Gazette", "VPA", "Sallek Shipping News", "Korvel Herald"]):
            library.add(_other(outlet, n), source=f"r{n}.txt")
        library.add_batch([_other("Brastow Evening Post", 9), _other("Veltrania Press Agency", 10)])
        assert len(scans) == 1  # (renaming "VPA" drops them: an add after it would read them again)
        assert _outlets(library) == ["Brastow Evening Post", "Brastow Gazette", "Korvel Herald", "Sallek Shipping News",
                                     "Veltrania Press Agency"]  # "VPA", added in the run, named by the name added after it


def test_outlets_written_between_two_adds_are_read_again(tmp_path: Path) -> None:
    """The outlets kept from one add to the next are read again where the library was written between:
    another process's add, a removal, an add undone by a failure."""
    path = tmp_path / "lib.sqlite"
    with Library(path) as library, Library(path) as other:
        library.add(_other("Korvel Herald", 1), source="h1.txt")
        other.add(_other("Veltrania Press Agency", 2), source="v2.html")
        assert library.add(_other("VPA", 3), source="w3.txt").article.outlet == "Veltrania Press Agency"
    with Library(tmp_path / "removed.sqlite") as library:
        library.add(_other("Korvel Herald", 1), source="h1.txt")
        gone = library.add(_other("Veltrania Press Agency", 2), source="v2.html")
        library.remove(gone.story)
        assert library.add(_other("VPA", 3), source="w3.txt").article.outlet == "VPA"
    with Library(tmp_path / "failed.sqlite") as library:
        library.add(_other("Korvel Herald", 1), source="h1.txt")

        def fail(*args: object, **kwargs: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        weigh, library._weigh = library._weigh, fail  # type: ignore[method-assign]
        with pytest.raises(LibraryError):
            library.add(_other("Veltrania Press Agency", 2), source="v2.html")
        library._weigh = weigh  # type: ignore[method-assign]
        assert library.add(_other("VPA", 3), source="w3.txt").article.outlet == "VPA"
        assert _outlets(library) == ["Korvel Herald", "VPA"]
