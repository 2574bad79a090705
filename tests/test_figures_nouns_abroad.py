"""A count's noun is read in the language its report is written in (trial 46 F4): "41
ambulancias", "212 operaties", "1,2 millones de historiales", "1,2 miljoen patiëntendossiers"
and "1,2 mln rekordów" count the ambulances, operations and records an English report counts,
and "records of 1.2 million patients" are 1.2 million records."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract
from tests.figure_rows import article

EN = ("The cyberattack on Ostmere Health forced hospitals to divert 41 ambulances and postpone 230 operations, "
      "and the gang claims to hold 1.2 million records.")
ES = ("El ciberataque contra Ostmere Health obligó a los hospitales a desviar 41 ambulancias y a aplazar 230 operaciones programadas. "
      "La banda asegura tener 1,2 millones de historiales, pero según la policía no está claro si es "
      "verdad y el grupo no ha dicho nada más sobre el ataque.")
NL = ("Door de cyberaanval op Ostmere Health moesten de ziekenhuizen 38 ambulances omleiden en werden 212 operaties uitgesteld. "
      "De bende beweert 1,2 miljoen patiëntendossiers te hebben, maar volgens de politie is het niet "
      "duidelijk of dat waar is en het ziekenhuis wil er nog niets over zeggen.")
PL = ("Grupa twierdzi, że ma 1,2 mln rekordów pacjentów, a szpitale przekierowały 41 karetek. "
      "Nie wiadomo, czy to jest prawda, ale według policji atak był bardzo poważny i nadal trwa.")


def _units(text: str) -> dict[float, str]:
    return {f.value: f.unit for f in extract([article("Gazette", text)]) if f.kind == "count"}


def test_counts_abroad_count_what_the_english_counts_count() -> None:
    assert _units(EN) == {41: "ambulance", 230: "operation", 1_200_000: "record"}
    assert _units(ES) == {41: "ambulance", 230: "operation", 1_200_000: "record"}
    assert _units(NL) == {38: "ambulance", 212: "operation", 1_200_000: "record"}
    assert _units(PL)[1_200_000] == "record"


def test_records_of_a_number_of_people_count_records() -> None:
    assert _units("The gang says it stole the records of 1.2 million patients.") == {1_200_000: "record"}
    # people counted as themselves stay people
    assert _units("The outage hit 1.2 million patients across the region.") == {1_200_000: "patient"}


def test_one_row_per_quantity_across_languages() -> None:
    story = Story.build([article("Daily Post", EN), article("El Diario", ES), article("De Krant", NL),
                         article("Tech Wire", "Hackers say they hold records of 1.2 million patients of Ostmere Health.")])
    rows = {(g.quantity, g.figures[0].unit): sorted(f.value for f in g.figures) for g in compare(story)}
    assert rows["count", "ambulance"] == [38, 41, 41]
    assert rows["count", "operation"] == [212, 230, 230]
    assert rows["count", "record"] == [1_200_000] * 4
