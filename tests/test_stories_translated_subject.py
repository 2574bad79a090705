"""Stories across languages: a headline that opens with a body's name ("La Alianza Ciudadana gana…")
is about that body; a report in another language translates the name ("Citizens' Alliance edges
ahead…") and so never writes it. Such a name says nothing of another subject: the two reports,
which share the people, the place and the figures, are one event. Two firms' news in two languages,
where each report writes the other's firm but not in its lead, stay apart."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, evidence, profile
from tests.story_groups import article


_article = partial(article, published="2026-10-12T10:00:00Z")


# Invented reports of an invented regional election in Varnholm.
ENGLISH = _article(
    "Citizens' Alliance edges ahead as Varnholm count nears its end",
    "The Citizens' Alliance of Lina Berget led the regional election in Varnholm with 33.4 percent of the vote "
    "against 31.2 percent for the Farmers' League of Per Ostvik, with 95 percent of ballots counted.",
    "Turnout reached 61.7 percent. The Alliance is set to take 23 of the 65 seats in the assembly.",
    outlet="Northern Ledger",
)
SPANISH = _article(
    "La Alianza Ciudadana gana por poco las elecciones de Varnholm",
    "La Alianza Ciudadana de Lina Berget ganó las elecciones regionales de Varnholm con el 33,4 % de los votos, "
    "frente al 31,2 % de la Liga Agraria de Per Ostvik, con el 95 % escrutado.",
    "La participación fue del 61,7 %. La Alianza obtendría 23 de los 65 escaños de la asamblea.",
    outlet="Diario Boreal",
)
# Two firms' news of one day in two languages: each report names the other's firm, not in its lead.
FIRM_ENGLISH = _article(
    "Tarnwell Mining raises output at Koskivaara pit",
    "Tarnwell Mining said on Monday it would raise copper output at its Koskivaara pit by 12 percent, "
    "hiring 140 workers in Varnholm.",
    "The company expects the pit to produce 48,000 tonnes this year.",
    "Rival Ostberg Metals announced job cuts at its smelter on the same morning.",
    outlet="Northern Ledger",
)
FIRM_SPANISH = _article(
    "Ostberg Metals recorta 300 empleos en su fundición de Varnholm",
    "Ostberg Metals anunció el lunes que recortará 300 empleos en su fundición de Varnholm por la caída de la demanda.",
    "La empresa cerrará dos hornos antes de marzo.",
    "El mismo día, Tarnwell Mining anunció que aumentará la producción en Koskivaara con 140 nuevos empleados, "
    "el 12 % más.",
    outlet="Diario Boreal",
)


def test_a_translated_name_in_a_headline_is_no_other_subject() -> None:
    found = evidence(profile(ENGLISH), profile(SPANISH))
    assert found.score >= SAME_EVENT
    assert {"33.4 percent", "31.2 percent"} <= set(found.figures)


def test_two_firms_news_in_two_languages_stay_apart() -> None:
    assert evidence(profile(FIRM_ENGLISH), profile(FIRM_SPANISH)).score == 0.0
