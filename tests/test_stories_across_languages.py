"""Stories across languages: two reports of one event in two languages share its names, figures and
dates but no topic words, and are weighed on those alone; two events of one city, told in two
languages, that share the city and one official stay apart. Figures written with a decimal comma
and dotted thousands ("1,4 miljoen", "80.000 euro") are the figures of an English report."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, evidence, group, profile
from tests.story_groups import article


_article = partial(article, published="2026-04-14")


# Invented reports of an invented event: a ferry operator's director convicted of fraud in Harlingen.
ENGLISH = _article(
    "Ferry operator's former director convicted of subsidy fraud",
    "HARLINGEN, April 14 - A court in Leeuwarden on Tuesday convicted Joost Terpstra, the former finance "
    "director of ferry operator Waddenlijn, of claiming 1.4 million euros in subsidies for crossings that never sailed.",
    "Judge Marieke Hoekstra sentenced Terpstra to 18 months in prison and fined him 80,000 euros. "
    "The false claims were filed between 2020 and 2024, the court found.",
    "Waddenlijn's chief executive, Sietse Bakker, said the company had repaid the province in full.",
    outlet="Northsea Wire",
)
DUTCH = _article(
    "Oud-directeur Waddenlijn veroordeeld voor subsidiefraude",
    "De rechtbank in Leeuwarden heeft dinsdag Joost Terpstra, voormalig financieel directeur van "
    "veerdienst Waddenlijn, veroordeeld voor het opstrijken van 1,4 miljoen euro aan subsidie voor "
    "overtochten die nooit zijn gevaren.",
    "Rechter Marieke Hoekstra legde hem achttien maanden cel op en een boete van 80.000 euro. "
    "De valse declaraties werden tussen 2020 en 2024 ingediend.",
    "Topman Sietse Bakker zegt dat het bedrijf het geld aan de provincie heeft terugbetaald.",
    outlet="Friesch Nieuwsblad",
)
SPANISH = _article(
    "Condenado por fraude el exdirector de la naviera Waddenlijn",
    "Un tribunal de Leeuwarden condenó el martes a Joost Terpstra, exdirector financiero de la naviera "
    "Waddenlijn, por cobrar 1,4 millones de euros en subvenciones por travesías que nunca se hicieron.",
    "La jueza Marieke Hoekstra le impuso 18 meses de prisión y una multa de 80.000 euros por las "
    "solicitudes presentadas entre 2020 y 2024.",
    outlet="Diario del Norte",
)
# Two other events of one city, one English and one Dutch: both name the city and its mayor.
MARKET = _article(
    "Harlingen opens covered fish market on the quay",
    "HARLINGEN, April 14 - Harlingen on Tuesday opened a covered fish market on the old quay, with "
    "stalls for twenty local fishing families.",
    "Mayor Anouk Visser cut the ribbon and said the market would bring visitors back to the harbour.",
    outlet="Northsea Wire",
)
FIRE = _article(
    "Grote brand in loods in haven van Harlingen",
    "In de haven van Harlingen is dinsdagavond een grote brand uitgebroken in een opslagloods vol "
    "netten en touwwerk. De brandweer was de hele nacht bezig met blussen.",
    "Burgemeester Anouk Visser kwam naar de kade en sprak met de eigenaar van de loods.",
    outlet="Friesch Nieuwsblad",
)


def test_one_event_in_english_and_dutch_is_one_story() -> None:
    english, dutch = profile(ENGLISH), profile(DUTCH)
    assert (english.language, dutch.language) == ("en", "nl")
    found = evidence(english, dutch)
    assert found.score >= SAME_EVENT
    assert {"1.4 million", "80000"} <= set(found.figures)  # the decimal comma and the dotted thousands
    assert group([english, dutch]) == [[0, 1]]


def test_one_event_in_english_and_spanish_is_one_story() -> None:
    assert evidence(profile(ENGLISH), profile(SPANISH)).score >= SAME_EVENT
    assert group([profile(a) for a in (ENGLISH, SPANISH, DUTCH)]) == [[0, 1, 2]]


def test_two_events_of_one_city_in_two_languages_stay_apart() -> None:
    market, fire = profile(MARKET), profile(FIRE)
    assert (market.language, fire.language) == ("en", "nl")
    assert evidence(market, fire).score < SAME_EVENT
    assert group([profile(a) for a in (ENGLISH, DUTCH, MARKET, FIRE)]) == [[0, 1], [2], [3]]


# The English report's event in Finnish and in Czech, whose names take case endings ("Terpstran",
# "Joosta Terpstru", "v Leeuwardenu"): their language is told, and they join the English report.
FINNISH = _article(
    "Lauttayhtiö Waddenlijnin entinen johtaja tuomittiin tukipetoksesta",
    "Leeuwardenin käräjäoikeus tuomitsi tiistaina Joost Terpstran, lauttayhtiö Waddenlijnin entisen talousjohtajan, "
    "koska hän oli hakenut 1,4 miljoonaa euroa tukia ylityksistä, joita ei koskaan tehty.",
    "Tuomari Marieke Hoekstra tuomitsi Terpstran 18 kuukaudeksi vankeuteen ja 80 000 euron sakkoon. "
    "Väärät hakemukset tehtiin vuosina 2020–2024.",
    "Waddenlijnin toimitusjohtaja Sietse Bakker sanoi, että yhtiö on maksanut rahat takaisin maakunnalle.",
    outlet="Pohjolan Sanomat",
)
CZECH = _article(
    "Bývalý ředitel společnosti Waddenlijn odsouzen za dotační podvod",
    "Soud v Leeuwardenu v úterý odsoudil Joosta Terpstru, bývalého finančního ředitele přepravce Waddenlijn, "
    "protože žádal o 1,4 milionu eur dotací na plavby, které se nikdy neuskutečnily.",
    "Soudkyně Marieke Hoekstrová poslala Terpstru na 18 měsíců do vězení a uložila mu pokutu 80 000 eur. "
    "Falešné žádosti byly podány v letech 2020 až 2024.",
    "Generální ředitel společnosti Waddenlijn Sietse Bakker řekl, že firma peníze kraji vrátila.",
    outlet="Pražský deník",
)


def test_one_event_in_english_finnish_and_czech_is_one_story() -> None:
    english, finnish, czech = profile(ENGLISH), profile(FINNISH), profile(CZECH)
    assert (finnish.language, czech.language) == ("fi", "cs")
    assert evidence(english, finnish).score >= SAME_EVENT and evidence(english, czech).score >= SAME_EVENT
    assert group([english, finnish, czech, profile(MARKET), profile(FIRE)]) == [[0, 1, 2], [3], [4]]


# A date two reports in two languages give counts among the details they share (a trial set for
# June 3): with two names, the court's town and the accused, it makes the three of ACROSS_DETAILS.
TRIAL = _article(
    "Trial of harbour pilot set for June",
    "A court in Dunmarsh on Tuesday set the trial of harbour pilot Elske Vormbaum for June 3, after a tanker "
    "ran aground in the channel she was guiding it through.",
    "Prosecutors say she ignored two warnings from the tower. Her lawyer said she would plead not guilty.",
    outlet="Coastline Wire", published="2026-05-12",
)
PROCES = _article(
    "Loodsin moet zich in juni verantwoorden",
    "De rechtbank in Dunmarsh heeft dinsdag bepaald dat loodsin Elske Vormbaum op 3 juni terecht staat, nadat "
    "een tanker onder haar begeleiding aan de grond liep.",
    "Volgens het openbaar ministerie negeerde zij waarschuwingen van de verkeerspost. Haar advocaat zegt dat zij onschuldig is.",
    outlet="Kustkrant", published="2026-05-12",
)
# The news day's date is no such detail: every report of the day gives it (the fire of the day the
# market opened, its date written out, shares the city, its mayor and "14 april" with the market).
FIRE_DATED = _article(
    "Grote brand in loods in haven van Harlingen",
    "In de haven van Harlingen is op dinsdag 14 april een grote brand uitgebroken in een opslagloods vol "
    "netten en touwwerk. De brandweer was de hele nacht bezig met blussen.",
    "Burgemeester Anouk Visser kwam naar de kade en sprak met de eigenaar van de loods.",
    outlet="Friesch Nieuwsblad",
)


def test_a_date_two_languages_share_is_a_detail_in_common() -> None:
    english, dutch = profile(TRIAL), profile(PROCES)
    assert "t:d06-03" in english.weights and "t:d06-03" in dutch.weights
    found = evidence(english, dutch)
    assert found.score >= SAME_EVENT and found.times == ("d06-03",)
    assert group([english, dutch]) == [[0, 1]]


def test_the_news_days_date_is_no_detail_in_common() -> None:
    market, fire = profile(MARKET), profile(FIRE_DATED)
    assert "t:d04-14" in market.weights and "t:d04-14" in fire.weights
    assert evidence(market, fire).score < SAME_EVENT
