"""Numbers whose thousands are grouped by spaces ("6 100", "7 000", with a no-break or a narrow
no-break space as pages print them) are read as one number, and a count of people in Swedish,
Czech, Dutch or Polish is headed by what happened to them, before it or after it, as in the
other languages (trial 53 F2: "6 100 människor har evakuerats", "bylo evakuováno 7 000
obyvatel", "4 800 personnes évacuées" never met the 7,000 or the 6,100 of other outlets; a
Swedish row was headed "evakuerats")."""

from __future__ import annotations

import pytest

from core.linking.story import Story
from core.numbers import number_value, plain_digits
from core.quantities import precision
from core.views.figures import compare
from tests.figure_rows import article

DAY = "2031-04-02T10:00:00+00:00"


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_thousands_grouped_by_a_space_are_one_number(space: str) -> None:
    assert number_value(f"6{space}100") == 6100.0 and plain_digits(f"1{space}250{space}000") == "1250000"
    assert precision(f"7{space}000 people", 7000.0) == precision("7,000 people", 7000.0)
    story = Story.build([article("Alpha", f"After the levee broke, 6{space}100 people have been evacuated from Orlen, officials said.", published=DAY),
                         article("Beta", "After the levee broke, 7,000 people have been evacuated from Orlen, officials said.", published=DAY)])
    rows = [(g.quantity, sorted(f.value for f in g.figures), g.disagree) for g in compare(story)]
    assert rows == [("count (evacuated)", [6100.0, 7000.0], True)]
    # numbers side by side are no grouped number ("in 2019 100 people", "6 1000")
    assert plain_digits("in 2019 100") == "in 2019 100" and number_value("6 1000") is None


LEVEE = {
    "Sydposten": ("Enligt räddningstjänsten har {n} människor evakuerats från Orlen och Brenna. Vattnet har stigit "
                  "under natten och det finns inte längre någon väg in till byarna, som är helt avskurna."),
    "Jizni": ("Z měst Orlen a Brenna bylo evakuováno {n} obyvatel, uvedla civilní ochrana. Voda v noci dále stoupala "
              "a do obcí se podle hasičů už není možné dostat po silnici, která je pod vodou."),
    "Rivierbode": ("In totaal zijn {n} inwoners van Orlen en Brenna geëvacueerd, meldde de civiele bescherming. Het "
                   "water is in de nacht verder gestegen en de dorpen zijn niet meer over de weg te bereiken."),
    "Agencja": ("Z miast Orlen i Brenna ewakuowano dotąd {n} osób, poinformowała obrona cywilna. Woda w nocy nadal "
                "rosła, a do wsi nie można już dojechać drogą, która jest pod wodą."),
    "Courrier": ("La protection civile annonce un nouveau bilan : {n} personnes évacuées à Orlen et Brenna. L'eau a "
                 "encore monté pendant la nuit et les villages ne sont plus accessibles par la route."),
}


def test_counts_of_the_evacuated_are_one_row_in_every_language() -> None:
    given = {"Sydposten": "6\u00a0100", "Jizni": "7 000", "Rivierbode": "6.100", "Agencja": "6100", "Courrier": "6\u202f100"}
    story = Story.build([article(outlet, LEVEE[outlet].format(n=n), published=DAY) for outlet, n in given.items()])
    names = {a.id: a.outlet for a in story.articles}
    rows = {g.quantity: sorted((names[f.ref.article], f.value) for f in g.figures) for g in compare(story)}
    assert rows == {"count (evacuated)": [("Agencja", 6100.0), ("Courrier", 6100.0), ("Jizni", 7000.0),
                                          ("Rivierbode", 6100.0), ("Sydposten", 6100.0)]}
