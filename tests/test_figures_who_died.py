"""A count whose noun names who died or was hurt counts that outcome (trial 41 F1): "Six
patients have died" is a count of the dead beside "six people have died", not a count of
patients; "Twelve patients are in hospital" stays a count of patients, and a role counted beside
another of the same toll ("four patients and two nurses") or within it ("including six
patients") stays a part."""

from __future__ import annotations

from core.linking.story import Story
from tests.figure_rows import article as _article, rows as _rows


def test_patients_who_died_are_the_dead() -> None:
    a = _article("Fjord Wire", "Six patients have died of the fever in Brenfield, officials said. Twelve patients are in hospital.")
    b = _article("Harbour Blog", "Six people have died of the fever in Brenfield, the ministry said.")
    c = _article("Coast Daily", "Seven people have died of the fever in Brenfield, and 12 patients remain in hospital.")
    rows = _rows(Story.build([a, b, c]))
    assert ("count (dead)", [6, 6, 7], True) in rows, rows
    assert not [row for row in rows if row[0] == "count (dead)" and 12 in row[1]], rows


def test_workers_and_pilgrims_hurt_are_the_injured() -> None:
    a = _article("Dale Post", "Fourteen pilgrims were injured when the stand collapsed at Orrin.")
    b = _article("Vale Radio", "Fourteen people were hurt when a stand collapsed at Orrin on Sunday.")
    rows = _rows(Story.build([a, b]))
    assert ("count (injured)", [14, 14], False) in rows, rows


def test_a_role_beside_another_or_within_the_toll_stays_a_part() -> None:
    a = _article("Fjord Wire", "Four patients and two nurses died in the fire at Brenfield hospital.")
    b = _article("Harbour Blog", "Nine people died in the fire, including six patients, the ministry said.")
    c = _article("Coast Daily", "Nine people died in the fire at Brenfield hospital, officials said.")
    rows = _rows(Story.build([a, b, c]))
    dead = [row for row in rows if row[0] == "count (dead)"]
    assert dead == [("count (dead)", [9, 9], False)], rows
