"""Stories: a name a report gives only in a sentence that denies a connection ("not thought to be linked
to the ransomware attack on ...", "unrelated to", "sin relación con") is no subject it shares with the
story it denies (trial 46 F1: a council's DDoS brief sat in a hospital group's ransomware story for a week)."""

from __future__ import annotations

import pytest

from core.stories import cluster
from core.stories.cluster import evidence, profile
from tests.story_groups import article, stories

ATTACK = [
    article(
        "Ransomware attack shuts A&E units at Orlin Valley Care hospitals",
        "A ransomware attack on Orlin Valley Care closed the emergency departments of its three hospitals on Monday, "
        "the hospital group said.",
        "Chief executive Tamsin Grell said 41 ambulances had been diverted to Brevik Royal Infirmary.",
        outlet="Example Chronicle", published="2026-05-11T12:00:00+00:00",
    ),
    article(
        "Cyberattack cripples Orlin Valley Care emergency departments",
        "Orlin Valley Care said a ransomware attack had forced it to close three emergency departments on Monday.",
        "Tamsin Grell, its chief executive, said 41 ambulances were sent to Brevik Royal Infirmary.",
        outlet="Example Ledger", published="2026-05-11T15:00:00+00:00",
    ),
    article(
        "Orlin Valley Care hospitals divert ambulances after hack",
        "Ambulances were diverted from the three hospitals of Orlin Valley Care after a ransomware attack on Monday.",
        "Tamsin Grell said the group was working with the police.",
        outlet="Example Pulse", published="2026-05-11T18:00:00+00:00",
    ),
]


def _council(denial: str) -> object:
    return article(
        "Pellham council website knocked offline by DDoS attack",
        "Pellham City Council's website was knocked offline on Tuesday by a distributed denial-of-service attack, "
        "the council said.",
        "The site was down for about six hours. Council leader Ruth Amble said no data had been accessed.",
        denial,
        outlet="Example Observer", published="2026-05-12T11:00:00+00:00",
    )


@pytest.mark.parametrize("denial", [
    "The attack is not thought to be linked to the ransomware attack on Orlin Valley Care on Monday.",
    "Police said the outage was unrelated to the ransomware attack on Orlin Valley Care.",
    "The council said there was no connection with the attack on Orlin Valley Care.",
    "Unrelated to the attack on Orlin Valley Care, the outage was the second this year.",
])
def test_a_name_given_only_where_a_report_denies_a_connection_is_none_it_shares(denial: str) -> None:
    council = _council(denial)
    assert "r:orlin valley care" not in profile(council).weights
    for report in ATTACK:
        assert evidence(profile(report), profile(council)).score == 0.0
    for seed in range(3):
        assert stories([*ATTACK, council], seed) == [["Example Chronicle", "Example Ledger", "Example Pulse"], ["Example Observer"]]


def test_a_name_the_report_gives_elsewhere_too_stays() -> None:
    council = _council("The attack is not thought to be linked to the ransomware attack on Orlin Valley Care on Monday.")
    council = article(council.title, *council.paragraphs, "Amble said staff of Orlin Valley Care use the same network.",
                      outlet=council.outlet, published=council.published)
    assert "r:orlin valley care" in profile(council).weights


@pytest.mark.parametrize("text, left", [
    ("El apagón no está relacionado con el ataque contra Orlin Valley Care.", "El apagón ."),
    ("Der Ausfall steht in keinem Zusammenhang mit dem Angriff auf Orlin Valley Care. Er dauerte Stunden.",
     "Der Ausfall steht in . Er dauerte Stunden."),
    ("De storing heeft niets te maken met de aanval op Orlin Valley Care.", "De storing heeft ."),
    ("La panne n'a rien à voir avec l'attaque contre Orlin Valley Care.", "La panne n'a ."),
    ("Pellham's outage, police said, has nothing to do with Orlin Valley Care; the council agreed.",
     "Pellham's outage, police said, has ; the council agreed."),
])
def test_what_a_sentence_denies_is_cut_in_the_languages_read(text: str, left: str) -> None:
    assert cluster._undenied(text) == left
