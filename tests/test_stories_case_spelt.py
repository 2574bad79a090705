"""Stories: a report in a language that marks case with endings (Polish) reads its names by their
stems ("w porcie Tarvona", "w Tarvonie": "tarvon"); the same names in a report of a language whose
names are whole words (Italian, English) are the same names, so the three reports of one collision,
which give the same ships, port and figures, are one story."""

from __future__ import annotations

from core.stories.cluster import evidence, profile
from tests.story_groups import article, stories

DAY = "2026-06-02T12:00:00+02:00"


POLISH = article(
    "Zderzenie promów w porcie Tarvona: 3 zabitych, 19 rannych",
    "Trzy osoby zginęły, a 19 zostało rannych we wtorek wieczorem, gdy prom „Luna Grande” zderzył się z promem "
    "„Corsara” przy wejściu do portu Tarvona, poinformował kapitanat portu.",
    "Na pokładzie „Luna Grande” było 350 pasażerów. Według kapitanatu przyczyną mogła być awaria steru.",
    "Prokuratura w Tarvonie wszczęła śledztwo, a port był zamknięty przez pięć godzin.",
    outlet="Gazeta Morska", published=DAY,
)
ITALIAN = article(
    "Collisione tra traghetti nel porto di Tarvona: 3 morti e 19 feriti",
    "Tre persone sono morte e 19 sono rimaste ferite martedì sera nella collisione tra il traghetto Luna Grande e il "
    "traghetto Corsara all'ingresso del porto di Tarvona, ha riferito la capitaneria di porto.",
    "A bordo della Luna Grande c'erano 350 passeggeri. Secondo la capitaneria, la causa potrebbe essere un guasto al timone.",
    "La procura di Tarvona ha aperto un'inchiesta e il porto è rimasto chiuso per cinque ore.",
    outlet="Eco del Porto", published=DAY,
)
ENGLISH = article(
    "Three dead, 19 injured as ferries collide off Tarvona",
    "Three people were killed and 19 injured on Tuesday evening when the ferry Luna Grande collided with the ferry "
    "Corsara at the entrance to the port of Tarvona, the coast guard said.",
    "The Luna Grande was carrying 350 passengers. The coast guard said a rudder failure may have been the cause.",
    "Prosecutors in Tarvona opened an investigation, and the port was closed for five hours.",
    outlet="Sea Lanes Review", published=DAY,
)
FESTIVAL = article(
    "Tarvona, al via la sagra del pesce",
    "Si apre oggi a Tarvona la sagra del pesce, con stand lungo il porto e musica fino a tarda sera.",
    "Gli organizzatori attendono migliaia di visitatori nei tre giorni della festa.",
    outlet="Corriere della Costa", published=DAY,
)


def test_a_polish_report_shares_the_names_an_italian_or_english_one_gives_whole() -> None:
    for other in (ITALIAN, ENGLISH):
        found = evidence(profile(POLISH), profile(other))
        assert found.score >= 0.5 and len(found.names) == 3


def test_the_three_reports_of_the_collision_are_one_story_and_the_town_s_festival_another() -> None:
    for seed in range(3):
        assert stories([POLISH, ITALIAN, ENGLISH, FESTIVAL], seed) == [
            ["Corriere della Costa"], ["Eco del Porto", "Gazeta Morska", "Sea Lanes Review"]]
