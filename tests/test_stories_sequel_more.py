"""Stories: a sequel is another event, in the languages the stories stage reads and however its lead
is built. A lead that tells of the grounding's day and the refloating's ("the ship that ran aground on
Tuesday was refloated on Thursday", "le vraquier, échoué mardi, a été renfloué jeudi") is the
refloating's report, with commas or without, in French, German, Spanish, Italian or Portuguese as in
English; one that names the first day as the possessive does ("le séisme de mardi") stays its
follow-up. A report that tells both events belongs with the later one, whichever reports came first."""

from __future__ import annotations

import itertools

from core.stories.cluster import evidence, profile
from core.text import MONTHS_ABROAD, month_after
from tests.story_groups import article, stories
from tests.test_stories_sequel import AGROUND, REFLOATED

TUESDAY, THURSDAY = "2026-03-10", "2026-03-12"


def test_a_lead_naming_both_days_without_commas_is_the_sequel() -> None:
    refloated = article("Orla Brisk refloated off Lannick",
                        "The bulk carrier Orla Brisk that ran aground on a reef off Lannick on Tuesday was refloated on Thursday "
                        "by four tugs, the harbour office said.",
                        "The 140-metre ship carries 8,000 tonnes of grain and will be towed to Port Sella.",
                        outlet="Bay Wire", published=THURSDAY)
    for grounded in AGROUND:
        assert evidence(profile(grounded), profile(refloated)).apart == "sequel"
    assert stories([*AGROUND, refloated]) == [["Bay Wire"], ["Cape Herald", "Shore Post"]]


#: A bulk carrier aground on Tuesday and refloated on Thursday, each told in one language (the
#: refloating's lead naming the grounding's day in passing, as an aside or a relative clause).
ABROAD = {
    "fr": ("Le vraquier Orla Brisk s'est échoué mardi sur un récif au large de Lannick avec 19 marins à bord, a indiqué la "
           "capitainerie du port.",
           "Le vraquier Orla Brisk, échoué mardi sur un récif au large de Lannick, a été renfloué jeudi par quatre remorqueurs, "
           "a indiqué la capitainerie du port.",
           "Le navire de 140 mètres, qui transporte 8 000 tonnes de céréales pour Port Sella, n'a pas perdu de carburant."),
    "de": ("Der Frachter Orla Brisk ist am Dienstag vor Lannick mit 19 Seeleuten an Bord auf ein Riff gelaufen, teilte das "
           "Hafenamt mit.",
           "Der Frachter Orla Brisk, der am Dienstag vor Lannick auf ein Riff gelaufen war, ist am Donnerstag von vier "
           "Schleppern freigeschleppt worden, teilte das Hafenamt mit.",
           "Das 140 Meter lange Schiff hat 8000 Tonnen Getreide für Port Sella an Bord und hat keinen Treibstoff verloren."),
    "es": ("El granelero Orla Brisk encalló el martes en un arrecife frente a Lannick con 19 tripulantes a bordo, informó la "
           "capitanía del puerto.",
           "El granelero Orla Brisk, que encalló el martes en un arrecife frente a Lannick, fue reflotado el jueves por cuatro "
           "remolcadores, informó la capitanía del puerto.",
           "El buque de 140 metros, que transporta 8.000 toneladas de grano para Port Sella, no ha perdido combustible."),
    "it": ("La nave Orla Brisk si è incagliata martedì su una scogliera al largo di Lannick con 19 marinai a bordo, ha "
           "riferito la capitaneria di porto.",
           "La nave Orla Brisk, incagliata martedì su una scogliera al largo di Lannick, è stata disincagliata giovedì da "
           "quattro rimorchiatori, ha riferito la capitaneria di porto.",
           "La nave di 140 metri, che trasporta 8.000 tonnellate di grano per Port Sella, non ha perso carburante."),
    "pt": ("O graneleiro Orla Brisk encalhou na terça-feira num recife ao largo de Lannick com 19 tripulantes a bordo, "
           "informou a capitania do porto.",
           "O graneleiro Orla Brisk, que encalhou na terça-feira num recife ao largo de Lannick, foi desencalhado na "
           "quinta-feira por quatro rebocadores, informou a capitania do porto.",
           "O navio de 140 metros, que transporta 8.000 toneladas de cereais para Port Sella, não perdeu combustível."),
}


def test_a_sequel_is_told_apart_in_the_languages_the_stories_stage_reads() -> None:
    for language, (grounded, refloated, body) in ABROAD.items():
        first = profile(article("Orla Brisk", grounded, body, outlet="Shore Post", published=TUESDAY))
        later = profile(article("Orla Brisk", refloated, body, outlet="Cape Herald", published=THURSDAY))
        assert first.language == later.language == language
        assert evidence(first, later).apart == "sequel", language
        assert evidence(later, first).apart == "sequel", language


def test_a_french_story_and_its_sequel_are_two_stories() -> None:
    grounded, refloated, body = ABROAD["fr"]
    reports = [
        article("Un vraquier échoué au large de Lannick", grounded, body, outlet="Shore Post", published=TUESDAY),
        article("L'Orla Brisk sur un récif", grounded.replace("a indiqué", "selon"), body, outlet="Cape Herald", published=TUESDAY),
        article("L'Orla Brisk renfloué", refloated, body, outlet="Bay Wire", published=THURSDAY),
        article("Le vraquier Orla Brisk dégagé du récif", refloated.replace("a indiqué", "selon"), body, outlet="Port Daily",
                published=THURSDAY),
    ]
    for seed in range(3):
        assert stories(reports, seed) == [["Bay Wire", "Port Daily"], ["Cape Herald", "Shore Post"]]


def test_a_follow_up_naming_the_first_day_as_its_own_stays_in_other_languages() -> None:
    quake = profile(article("Séisme à Dorran",
                            "Un séisme de magnitude 6,1 a frappé Dorran mardi, faisant 12 morts et endommageant 300 maisons, "
                            "selon les autorités de la région.",
                            "Les secouristes ont fouillé les décombres de la vieille ville pendant toute la nuit.",
                            outlet="Shore Post", published=TUESDAY))
    toll = profile(article("Le bilan du séisme de Dorran s'alourdit",
                           "Le bilan du séisme de mardi à Dorran est passé à 19 morts jeudi, les secouristes ayant retrouvé "
                           "d'autres corps dans la vieille ville.",
                           "Le séisme de magnitude 6,1 a endommagé 300 maisons de la ville.",
                           outlet="Bay Wire", published=THURSDAY))
    assert toll.language == "fr"
    assert any(f.startswith("j:") for f in toll.weights)
    assert evidence(quake, toll).apart != "sequel"


def test_a_report_telling_both_events_goes_with_the_later_whatever_came_first() -> None:
    # Its lead tells the grounding and the refloating: the refloating is its news.
    both = article("Orla Brisk free after two days on Lannick reef",
                   "The bulk carrier Orla Brisk ran aground on a reef off Lannick on Tuesday and was refloated on Thursday after "
                   "two failed attempts, the harbour office said.",
                   "Four tugs pulled the 140-metre ship, carrying 8,000 tonnes of grain from Port Sella, free at high tide. "
                   "Its 19 crew were safe and no oil leaked.",
                   outlet="Bay Wire", published=THURSDAY)
    reports = [*AGROUND, *REFLOATED]
    # As the reports come in, in any order: each set of them that holds it keeps it from the grounding's.
    for n in range(len(reports) + 1):
        for came in itertools.combinations(reports, n):
            for story in stories([*came, both], by="title"):
                if both.title in story:
                    assert not set(story) & {a.title for a in AGROUND}, story
    for seed in range(3):
        assert stories([*reports, both], seed, by="title") == sorted(
            [sorted(a.title for a in AGROUND), sorted([*(a.title for a in REFLOATED), both.title])]
        )


def test_the_months_of_a_language_with_two_spellings_of_one_keep_their_numbers() -> None:
    # Austrian "Jänner" is January's other name, not February: "10. März" is March.
    assert MONTHS_ABROAD["jänner"] == MONTHS_ABROAD["januar"] == 1
    assert MONTHS_ABROAD["märz"] == 3 and MONTHS_ABROAD["dezember"] == 12
    assert month_after(["10.", "März"], 0) == 3
