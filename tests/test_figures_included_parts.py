"""A count said as a part of a whole said before it ("15 men were trapped, including three
contractors"; "w tym trzech", "dont trois", "darunter drei", "entre ellos tres") is no count of its
own: it is compared with parts so said, or with a count whose clause names what sets it apart,
never with another day's plain count of its noun ("the remaining three workers"; trial 51)."""

from __future__ import annotations

from core.linking.story import Story
from core.quantities import INCLUDED, included
from tests.figure_rows import article as _article, rows as _rows

#: The report of the day after: three workers still to reach.
_REMAINING = ("Rescue work continued on Tuesday without interruption to reach the remaining three workers, "
              "the company said in a statement.")


def _three_rows(*reports: str) -> list[tuple[str, list[float], bool]]:
    """The rows of *reports* (published on Monday) and :data:`_REMAINING` (on Tuesday) holding a three."""
    monday = [_article(f"Outlet {n}", text, published="2026-11-23T18:00:00+00:00") for n, text in enumerate(reports)]
    tuesday = _article("Company", _REMAINING, published="2026-11-24T20:00:00+00:00")
    return [row for row in _rows(Story.build([*monday, tuesday])) if 3 in row[1]]


def test_an_included_part_is_no_count_of_those_still_underground() -> None:
    monday = _article("Wire", "The union said 15 miners were in the gallery when the roof fell on Monday, including three workers hired through an agency.",
                      published="2026-11-23T18:00:00+00:00")
    tuesday = _article("Diario", "Según la empresa, tres trabajadores siguen bajo tierra y los equipos de rescate continúan las labores sin interrupción.",
                       published="2026-11-24T20:00:00+00:00")
    rows = _rows(Story.build([monday, tuesday]))
    assert not [row for row in rows if 3 in row[1]], rows


def test_included_parts_in_other_languages() -> None:
    for told in ("Związek twierdzi, że w rejonie pracowało 15 robotników, w tym trzech pracowników firmy zewnętrznej.",
                 "Según el sindicato, en la galería trabajaban 15 mineros, entre ellos tres trabajadores de una contrata externa.",
                 "Selon le syndicat, quinze mineurs travaillaient dans la galerie, dont trois ouvriers d'une entreprise sous-traitante."):
        rows = _three_rows(told)
        assert rows == [], (told, rows)


def test_parts_so_said_meet() -> None:
    a = _article("Wire", "The union said 15 men were in the section when the roof fell, including three agency contractors missing from the shift list.")
    b = _article("Copy", "The union said 15 men had been working in the section, including three agency contractors not on the shift list.")
    rows = _rows(Story.build([a, b]))
    assert ("count (contractors, agency, shift list)", [3, 3], False) in rows, rows


def test_what_sets_an_included_part_apart() -> None:
    text = "Fifteen men were trapped, including three agency contractors missing from the list."
    start = text.index("three")
    assert included(text, start, start + 5, counted="contractors") == {INCLUDED, "agenc", "miss", "list"}
    text = "Nach Angaben der Gewerkschaft waren 15 Bergleute unter Tage, darunter mindestens drei Leiharbeiter."
    start = text.index("drei")
    assert included(text, start, start + 4) is not None
    text = "Fifteen men were trapped and three contractors were hurt."
    start = text.index("three")
    assert included(text, start, start + 5) is None
