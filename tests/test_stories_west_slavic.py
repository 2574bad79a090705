"""Stories in Czech and Slovak: a short report in either is told by the letters only its language writes
(core.text._LATIN_OWN_LETTERS: Czech "ř ě ů", Slovak "ľ ĺ ŕ"), where the small words the two share leave
it untold; so its names are read by their stems ("Vrbec", "Vrbce") and its lead's weekday dates its
event. Two meetings of one invented central bank's board are two stories of two reports each, and so
are a town's two Saturday rallies a week apart; a fire's follow-up joins the fire, a new fire in the
town a week later does not."""

from __future__ import annotations

import pytest

from core.stories.cluster import evidence, profile
from core.text import article_language
from tests.story_groups import article, stories

# Invented: the Slezská národní banka, its governor Ota Vrbec; each pair of one day is one meeting.
MEETINGS = [
    article("Bankovní rada snížila sazbu na 4,25 procenta",
            "Bankovní rada Slezské národní banky ve čtvrtek snížila dvoutýdenní repo sazbu na 4,25 procenta.",
            "Guvernér Ota Vrbec řekl, že inflace v dubnu klesla na 2,9 procenta a další krok přijde později.",
            outlet="Hospodářský věstník", published="2027-05-06T13:30:00Z"),
    article("Slezská banka zlevnila úvěry, sazba je 4,25 procenta",
            "Slezská národní banka ve čtvrtek snížila základní sazbu na 4,25 procenta z dosavadních 4,50 procenta.",
            "Podle guvernéra Vrbce je to první krok a další může přijít v létě.",
            outlet="Ostravské zprávy", published="2027-05-06T14:10:00Z"),
]


def test_a_short_czech_or_slovak_report_is_told_by_its_own_letters() -> None:
    assert [article_language(a.title, a.paragraphs) for a in MEETINGS] == ["cs", "cs"]
    slovak = article("V Lúčnom sa zišlo 1 200 ľudí", "Približne 1 200 ľudí sa v sobotu zišlo na námestí v Lúčnom.",
                     outlet="Hlas Ponitria")
    assert article_language(slovak.title, slovak.paragraphs) == "sk"


def test_one_meetings_reports_name_the_governor_in_two_cases_and_are_one_story() -> None:
    found = evidence(profile(MEETINGS[0]), profile(MEETINGS[1]))
    assert found.score >= 0.3 and found.apart == "", found
    for seed in range(3):
        assert stories(MEETINGS, seed) == [["Hospodářský věstník", "Ostravské zprávy"]]


# Invented: a town's rallies for its library, a week apart, each told by two outlets.
RALLIES = [
    article("V Lúčnom protestovalo 1 200 ľudí za knižnicu",
            "Približne 1 200 ľudí sa v sobotu popoludní zhromaždilo na Hlavnom námestí v Lúčnom proti zatvoreniu mestskej knižnice.",
            "Organizátor Peter Hudák vyzval mesto, aby rozhodnutie zmenilo.",
            outlet="Hlas Ponitria", published="2027-09-04T16:00:00Z"),
    article("Lúčne sa postavilo za svoju knižnicu, prišlo 1 200 ľudí",
            "Obyvatelia Lúčneho protestovali v sobotu na Hlavnom námestí proti zrušeniu knižnice. Podľa polície ich bolo 1 200.",
            outlet="Západný denník", published="2027-09-04T18:00:00Z"),
    article("Druhý protest v Lúčnom: za knižnicu prišlo 2 600 ľudí",
            "Už druhú sobotu po sebe sa na Hlavnom námestí v Lúčnom zhromaždili ľudia, tentoraz ich bolo asi 2 600.",
            "Peter Hudák oznámil, že protesty budú pokračovať.",
            outlet="Hlas Ponitria", published="2027-09-11T16:10:00Z"),
    article("Protest za knižnicu v Lúčnom sa rozrástol na 2 600 ľudí",
            "Na druhom proteste za knižnicu v Lúčnom sa zišlo približne 2 600 ľudí, viac ako pred týždňom.",
            outlet="Západný denník", published="2027-09-11T18:30:00Z"),
]


@pytest.mark.parametrize("seed", range(3))
def test_a_towns_rallies_a_week_apart_are_two_stories(seed: int) -> None:
    assert stories(RALLIES, seed, by="title") == sorted(
        [sorted(a.title for a in RALLIES[:2]), sorted(a.title for a in RALLIES[2:])])


# Invented: a depot fire in Dolní Brod, the owner charged two days later, a new fire at a mill there a week on.
FIRES = [
    article("Požár skladu Kovolit v Dolním Brodě způsobil škodu 20 milionů",
            "V noci na úterý vyhořel v Dolním Brodě sklad firmy Kovolit. Škoda je odhadována na 20 milionů korun.",
            "Hasiči s požárem bojovali pět hodin.",
            outlet="Deník Posázaví", published="2027-03-02T07:00:00Z"),
    article("Policie obvinila majitele skladu Kovolit ze žhářství",
            "Policie obvinila majitele firmy Kovolit ze zavinění úterního požáru skladu v Dolním Brodě.",
            "Podle vyšetřovatelů chtěl získat pojistné plnění 20 milionů korun.",
            outlet="Deník Posázaví", published="2027-03-04T12:00:00Z"),
    article("V Dolním Brodě hořel mlýn, druhý požár za týden",
            "V pondělí večer začal hořet mlýn Obilka na okraji Dolního Brodu. Škoda je 3 miliony korun.",
            "Hasiči vyloučili souvislost s požárem skladu Kovolit z minulého týdne.",
            outlet="Deník Posázaví", published="2027-03-09T06:30:00Z"),
]


def test_a_fires_follow_up_is_no_sequel_and_a_new_fire_a_week_later_is() -> None:
    # Told Czech, the leads' weekdays date their events ("V noci na úterý", "V pondělí večer"): the mill's
    # fire six days after the depot's is a sequel (two events); the charge, dated by no weekday, is not.
    fire, charge, mill = (profile(a) for a in FIRES)
    assert evidence(fire, mill).apart == "sequel"
    found = evidence(fire, charge)
    assert found.score >= 0.3 and found.apart == "", found
