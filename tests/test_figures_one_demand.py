"""One ransom demand told by several outlets in several currencies and languages (trial 47 F13):
"demanded $4.5 million in bitcoin", "a ransom of 4.5 million dollars", "exigió un rescate de 4,5
millones de dólares", "eisten 4,2 miljoen euro losgeld" are one row of the demand, its sums in
another currency shown in it unconverted (never against the others), its sums in one currency
compared; the insurer's payout, a sum of no bid, stays out of it; two stories' demands are never
compared."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract, figures_to_json, values_text
from tests.figure_rows import article

EN = ("The criminals behind the attack on the Harlow Vale hospital group demanded $4.5 million in bitcoin, "
      "according to a note seen by reporters.")
EN_PAYOUT = "Harlow Vale said its insurer would pay out $1.2 million towards the cost of restoring its systems."
EN2 = "Harlow Vale has been asked for a ransom of 4.5 million dollars by the gang that encrypted its computers."
ES = "La banda que cifró los sistemas de Harlow Vale exigió un rescate de 4,5 millones de dólares al grupo hospitalario."
NL = "De criminelen achter de aanval op Harlow Vale eisten 4,2 miljoen euro losgeld van de ziekenhuisgroep."
PL = "Przestępcy zażądali od grupy szpitali Harlow Vale okupu w wysokości 6 milionów dolarów."


def _story(*reports: tuple[str, str]) -> Story:
    return Story.build([article(outlet, *texts) for outlet, *texts in reports])


def test_a_ransom_after_its_sum_and_a_plural_past_make_a_demand() -> None:
    assert [(f.value, f.unit, f.bid) for f in extract([article("De Krant", NL)]) if f.kind == "money"] == [
        (4_200_000, "euro", "demand")]
    assert [(f.value, f.unit, f.bid) for f in extract([article("Daily Post", "The gang wants a $4.5 million ransom.")])
            if f.kind == "money"] == [(4_500_000, "dollar", "demand")]


def test_one_demand_in_several_currencies_is_one_row() -> None:
    story = _story(("Daily Post", EN, EN_PAYOUT), ("Evening Star", EN2), ("El Diario", ES), ("De Krant", NL))
    demands = [g for g in compare(story) if g.kind == "money" and "demand" in g.quantity]
    assert len(demands) == 1
    row = demands[0]
    assert row.unit == "dollar" and not row.disagree
    assert sorted((story.article(f.ref.article).outlet, f.value, f.unit) for f in row.figures) == [
        ("Daily Post", 4_500_000, "dollar"), ("De Krant", 4_200_000, "euro"),
        ("El Diario", 4_500_000, "dollar"), ("Evening Star", 4_500_000, "dollar")]
    euro = next(f for f in row.figures if f.unit == "euro")
    assert row.verdict_of(euro) == "apart" and row.stage_label(euro) == "in euros, not converted"
    assert values_text(row) == "$4.5 million · in other currencies, not converted: 4.2 million euros"
    assert all(1_200_000 not in [f.value for f in g.figures] for g in demands)  # the payout is no demand
    shown = figures_to_json(story, [row])["figures"][0]
    assert shown["values"] == [4_500_000] and shown["other_currencies"] == ["4.2 million euros"]
    assert [o["verdict"] for o in shown["occurrences"] if o["unit"] == "euro"] == ["apart"]


def test_outlets_that_differ_in_one_currency_disagree_in_the_row() -> None:
    story = _story(("Daily Post", EN), ("Evening Star", EN2), ("Gazeta", PL), ("De Krant", NL))
    demands = [g for g in compare(story) if g.kind == "money" and "demand" in g.quantity]
    assert len(demands) == 1 and demands[0].disagree
    assert sorted(f.value for f in demands[0].figures) == [4_200_000, 4_500_000, 4_500_000, 6_000_000]
    assert values_text(demands[0]).startswith("$4.5 million ≠ $6 million · in other currencies, not converted")


def test_two_stories_demands_are_never_compared() -> None:
    other = ("Bandits who locked the Merrow council's servers demanded $800,000, the council said.",)
    first = compare(_story(("Daily Post", EN), ("Evening Star", EN2), ("De Krant", NL)))
    second = compare(_story(("Daily Post", *other), ("Evening Star", "The Merrow council was asked for $800,000 by the bandits.")))
    assert {f.value for g in first for f in g.figures if f.kind == "money"} == {4_500_000, 4_200_000}
    assert {f.value for g in second for f in g.figures if f.kind == "money"} == {800_000}


def test_a_ransom_paid_is_no_demand() -> None:
    paid = ("Harlow Vale's insurer paid a ransom of $1.2 million to the gang, the company admitted.",
            "De verzekeraar van Harlow Vale betaalde 1,2 miljoen dollar losgeld aan de bende.")
    assert [f.bid for t in paid for f in extract([article("Daily Post", t)]) if f.kind == "money"] == ["payment", "payment"]
    story = _story(("Daily Post", EN, paid[0]), ("Evening Star", EN2, "The insurer paid a ransom of $1.2 million, it said."),
                   ("De Krant", NL, paid[1]))
    rows = {g.quantity: sorted(f.value for f in g.figures) for g in compare(story) if g.kind == "money"}
    assert rows["money (demand)"] == [4_200_000, 4_500_000, 4_500_000] and set(rows["money (payment)"]) == {1_200_000}
