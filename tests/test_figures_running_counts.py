"""A running count whose noun stands before its number (trial 47 F14): "the number of affected
hospitals has risen to 29", "El número de hospitales afectados ha aumentado a 29", "Het aantal
getroffen ziekenhuizen is gestegen tot 29", "Liczba zaatakowanych szpitali wzrosła do 31", "Die
Zahl der betroffenen Krankenhäuser ist auf 29 gestiegen", "Le nombre d'hôpitaux touchés est passé
à 29" count hospitals, as "Affected hospitals rose to 29" and its equivalents do; a bare "toll" in a
story that counts no dead is the story's running count ("the toll rose to 31": hospitals). The
killed, the injured and the missing stay three quantities."""

from __future__ import annotations

import pytest

from core.linking.story import Story
from core.views.figures import compare, extract
from tests.figure_rows import article, rows

EN = "The number of affected hospitals has risen to 29, Harlow Vale said on Tuesday."
ES = "El número de hospitales afectados ha aumentado a 29, según informó Harlow Vale el martes."
NL = "Het aantal getroffen ziekenhuizen is gestegen tot 29, meldde Harlow Vale dinsdag."
PL = "Liczba zaatakowanych szpitali wzrosła do 31, poinformowała we wtorek firma Harlow Vale."
DE = "Die Zahl der betroffenen Krankenhäuser ist auf 29 gestiegen, teilte Harlow Vale am Dienstag mit."
FR = "Le nombre d'hôpitaux touchés est passé à 29, a indiqué Harlow Vale mardi."


@pytest.mark.parametrize("text, value", [
    (EN, 29), (ES, 29), (NL, 29), (PL, 31), (DE, 29), (FR, 29),
    ("Los hospitales afectados ascienden ya a 29, según Harlow Vale.", 29),
    ("De getroffen ziekenhuizen zijn opgelopen tot 29, meldt Harlow Vale.", 29),
    ("Zaatakowane szpitale wzrosły do 29, podała firma Harlow Vale.", 29),
    ("Die betroffenen Krankenhäuser stiegen auf 29, teilte Harlow Vale mit.", 29),
])
def test_a_running_counts_noun_before_its_number_is_read_in_each_language(text: str, value: int) -> None:
    assert [(f.value, f.unit) for f in extract([article("Outlet", text)]) if f.kind == "count"] == [(value, "hospital")]


def test_the_outlets_running_counts_are_one_row() -> None:
    story = Story.build([article(outlet, text) for outlet, text in
                         (("Daily Post", EN), ("El Diario", ES), ("De Krant", NL), ("Gazeta", PL), ("Die Zeitung", DE))])
    assert rows(story) == [("count", [29, 29, 29, 29, 31], True)]
    assert [g.unit for g in compare(story)] == ["hospital"]


def test_a_bare_toll_is_the_storys_running_count_where_no_one_died() -> None:
    story = Story.build([
        article("Daily Post", EN, "Harlow Vale said no patient had been harmed."),
        article("Evening Star", "The toll rose to 31 as two more clinics reported outages, Harlow Vale said."),
        article("De Krant", NL),
    ])
    found = {g.unit: sorted(f.value for f in g.figures) for g in compare(story)}
    assert found == {"hospital": [29, 29, 31]}


def test_a_toll_where_people_died_is_the_dead_and_the_killed_injured_and_missing_stay_apart() -> None:
    story = Story.build([
        article("Daily Post", "The toll rose to 12 on Wednesday. Another 40 people were injured and 5 are missing."),
        article("Evening Star", "Twelve people were killed, 40 were injured and five people are still missing."),
        article("De Krant", "Het dodental is gestegen tot 12, meldt de politie."),
    ])
    found = sorted((g.quantity, sorted(f.value for f in g.figures)) for g in compare(story))
    assert found == [("count (dead)", [12, 12, 12]), ("count (injured)", [40, 40]), ("count (missing)", [5, 5])]
