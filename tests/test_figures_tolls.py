"""A disaster's toll in the figures view (trial 45): people by their role ("nine passengers
died") are the people of the toll, "lost their lives" is dying, and the words around a count
name no outcome or unit that is not its own. Killed, injured and missing stay apart."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract
from tests.figure_rows import article as _article, rows as _rows


def test_passengers_and_people_of_one_toll_are_one_quantity() -> None:
    # trial 45 F2: "9 passengers" and "9 people" dead were two rows, and "7 passengers ≠ 9
    # passengers" stood beside a lone "7 people"
    a = _article("North Ledger", "Nine passengers died and 40 were injured when the ferry capsized off Brennick.")
    b = _article("Bay Gazette", "Nine people were killed and 40 people injured in the capsizing off Brennick.")
    c = _article("Harbour Radio", "Seven people died when the ferry went down off Brennick, the coastguard said.")
    rows = _rows(Story.build([a, b, c]))
    dead = [row for row in rows if row[0] == "count (dead)"]
    assert dead == [("count (dead)", [7, 9, 9], True)]
    # the injured stay a row of their own
    assert ("count (injured)", [40, 40], False) in rows


def test_a_role_counted_beside_another_role_of_the_same_toll_stays_apart() -> None:
    # "seven passengers and two crew were killed": the passengers are a part of the toll, no
    # second value of "nine people were killed"
    a = _article("North Ledger", "Seven passengers and two crew members were killed when the ferry capsized off Brennick.")
    b = _article("Bay Gazette", "Nine people were killed in the capsizing off Brennick, the coastguard said.")
    assert not [row for row in _rows(Story.build([a, b])) if row[0] == "count (dead)" and 7 in row[1]]
    # passengers on board are no toll
    c = _article("Harbour Radio", "The ferry carried about 240 passengers; nine people died.")
    assert [(f.unit, f.value) for f in extract([c]) if f.value == 240] == [("passenger", 240)]


def test_lost_their_lives_is_dying() -> None:
    # trial 45 F7: the operator's "nine passengers lost their lives" was in no row
    a = _article("Ferry Operator", "The operator confirms with deep sorrow that nine passengers lost their lives in the capsizing.")
    b = _article("Bay Gazette", "Nine people were killed in the capsizing off Brennick.")
    assert ("count (dead)", [9, 9], False) in _rows(Story.build([a, b]))


def test_no_outcome_or_unit_from_the_words_around_a_count_that_are_not_its_own() -> None:
    # trial 45 F8: "Rescue teams from three valleys" was "count (rescued): 3 valleys", and "Eleven
    # of the injured were in a serious condition" had the unit "seriou"
    a = _article("Daily Post", "Rescue teams from three valleys worked in heavy rain. Eleven of the injured were in a serious condition.")
    b = _article("Evening Star", "Rescue teams from three valleys worked in heavy rain. Twelve of the injured were in a serious condition.")
    rows = compare(Story.build([a, b]))
    [valleys] = [g for g in rows if g.unit == "valley"]
    assert not valleys.fate and valleys.quantity == "count"
    [serious] = [g for g in rows if 11 in {f.value for f in g.figures}]
    assert serious.unit == "people" and serious.fate == "injured" and serious.disagree
    # a verb of rescuing still says what happened ("rescued 30 people")
    c = _article("Hill Post", "Firefighters rescued 30 people from the flooded houses.")
    d = _article("Valley FM", "Firefighters rescued 30 people from the flooded houses on Monday.")
    assert [g.fate for g in compare(Story.build([c, d])) if g.unit == "people"] == ["rescued"]
