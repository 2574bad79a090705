"""Counts said with no noun (trial 51): a pronoun of one standing for one of what the count before
it counts ("zwei Bergleute ..., einer wird noch vermisst"; "Deux mineurs sont morts et un troisième
est toujours porté disparu"), and the collective numerals of Russian, Ukrainian and Polish ("Двое
погибли", "двоє загинули", "troje zostało rannych"), each a count of what its clause says
happened; none where nothing happened ("einer der Retter sagte")."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import extract
from tests.figure_rows import article as _article, rows as _rows

_ENGLISH = "Two miners have died and one is still missing after the collapse at the coal mine, the company said on Wednesday."


def test_one_by_a_pronoun_is_one_missing() -> None:
    de = _article("Kurier", "Beim Grubenunglück in der Kohlegrube sind zwei Bergleute ums Leben gekommen, einer wird noch vermisst. "
                            "Das teilte der Betreiber am Mittwoch mit.")
    fr = _article("Courrier", "Deux mineurs sont morts et un troisième est toujours porté disparu après l'effondrement survenu lundi "
                              "dans la mine de charbon, a annoncé mercredi la société.")
    rows = _rows(Story.build([de, fr, _article("Wire", _ENGLISH)]))
    assert ("count (missing)", [1, 1, 1], False) in rows, rows


def test_collective_numerals_count_people() -> None:
    ru = _article("Vesti", "Двое горняков погибли, один пропал без вести после обрушения на шахте, сообщила компания в среду. "
                           "Двое спасённых находятся в тяжёлом состоянии.")
    uk = _article("Visti", "Двоє гірників загинули після обвалу на шахті, повідомила компанія в середу.")
    rows = _rows(Story.build([ru, uk, _article("Wire", _ENGLISH)]))
    assert ("count (dead)", [2, 2, 2], False) in rows, rows
    pl = _article("Gazeta", "Podczas katastrofy w kopalni węgla zginęło dwóch górników, a troje dzieci zostało rannych, poinformowała w środę spółka, która jest właścicielem kopalni.")
    told = [(f.value, f.outcome) for f in extract([pl])]
    assert (2.0, "dead") in told and (3.0, "injured") in told, told


def test_no_outcome_no_count() -> None:
    de = _article("Kurier", "Nach Angaben der Polizei sagte einer der Retter, die Lage sei schwierig. "
                            "Zwei Bergleute wurden am Morgen verletzt, einer schwer.")
    ru = _article("Vesti", "Двое спасённых находятся в тяжёлом состоянии, сообщили в больнице.")
    fr = _article("Courrier", "Douze mineurs blessés ont été transportés dans un hôpital de la région, a annoncé mercredi la société.")
    assert [f.text for f in extract([de, ru, fr]) if f.value == 1 or f.text == "Двое"] == [], extract([de, ru, fr])
