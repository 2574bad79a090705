"""A ransom demand told in bitcoin, dollars and euros (trial 46 F13): each sum is read as a
demand, in whatever language asks it ("exige un rescate de", "eist"), bitcoins are a currency,
and the demand's row names its sums in the other currencies, not converted (one row since trial 47 F13)."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract, figures_to_json, values_text
from tests.figure_rows import article

EN = "The gang behind the Ostmere Health attack is demanding a ransom of $5.4 million in bitcoin, its leak site says."
EN2 = "The Ostmere Health gang is demanding a ransom of $5.4 million, police said on Tuesday."
ES = ("El grupo que atacó a Ostmere Health exige un rescate de unos 5 millones de euros en bitcoin, "
      "según ha publicado en su web, pero la policía no ha dicho nada más sobre el caso.")
NL = ("De bende achter de aanval op Ostmere Health eist 85 bitcoin, omgerekend ongeveer 5 miljoen euro. "
      "Dat meldt de groep op haar website, maar de politie wil er nog niets over zeggen.")


def test_a_demand_is_read_as_one_in_any_language_and_bitcoins_are_money() -> None:
    assert [(f.value, f.unit, f.kind, f.bid) for f in extract([article("El Diario", ES)]) if f.kind == "money"] == [
        (5_000_000, "euro", "money", "demand")]
    assert [(f.value, f.unit, f.kind, f.bid) for f in extract([article("De Krant", NL)]) if f.kind == "money"] == [
        (85, "bitcoin", "money", "demand"), (5_000_000, "euro", "money", "")]  # (a conversion, in a clause of its own)


def test_a_demands_row_names_its_sums_in_other_currencies() -> None:
    # one row since trial 47 F13: the demand's sums in euros and bitcoins stand in the dollar row, unconverted
    story = Story.build([article("Daily Post", EN), article("Evening Star", EN2), article("El Diario", ES), article("De Krant", NL)])
    rows = [g for g in compare(story) if g.kind == "money"]
    assert [(g.unit, g.quantity) for g in rows] == [("dollar", "money (demand)")]
    assert values_text(rows[0]).startswith("$5.4 million · in other currencies, not converted: ")
    assert set(rows[0].elsewhere) == {"5 million euros", "85 bitcoins"}
    assert {f.unit for f in rows[0].figures if rows[0].verdict_of(f) == "apart"} == {"euro", "bitcoin"}
    shown = [set(g["other_currencies"]) for g in figures_to_json(story, rows)["figures"]]
    assert shown == [{"5 million euros", "85 bitcoins"}]
