"""A second event whose reports recall the first, days later, is a story of its own: its headlines
name what the first event's reports never name (a blockade in another town over the pact signed
days before), however many of the pact's names and figures they repeat."""

from __future__ import annotations

from core.stories.cluster import RECALL_DAYS, SAME_EVENT, _recalls, evidence, group, profile
from tests.story_groups import article


# Invented reports of an invented pact, and of a protest against it four days later.
PACT = article(
    "River states agree 22 percent water cut, 310 million euro fund at Ostravel summit",
    "OSTRAVEL, March 2 (Lakeside Wire) - Eleven river states agreed on Tuesday at a summit in Ostravel to cut the water "
    "they draw from the Varna by 22 percent and to set up a 310 million euro fund for farmers.",
    "Commissioner Ilse Marwick, who chaired the Ostravel summit, called the deal a turning point for the Varna basin.",
    "The SeaGuard Trust said engineers had asked for a cut of 35 percent.",
    outlet="Lakeside Wire", published="2027-03-02",
)
PACT_PAPER = article(
    "Varna states sign Ostravel water pact after all-night talks",
    "Eleven states along the Varna signed a pact in Ostravel on Tuesday to cut the water they draw by 22 percent, "
    "with a 310 million euro fund for farmers, Commissioner Ilse Marwick said.",
    "Marwick said the Ostravel summit had nearly failed overnight. The SeaGuard Trust called the cut too small.",
    outlet="Valley Herald", published="2027-03-02",
)
PROTEST = article(
    "Farmers block Dravik bridge over Ostravel water cut",
    "DRAVIK, March 6 (Lakeside Wire) - Several hundred farmers blocked the Dravik bridge with about 80 tractors on "
    "Saturday to protest against the 22 percent water cut agreed at the Ostravel summit on the Varna.",
    "Protest leader Anton Selvik said the 310 million euro fund agreed in Ostravel was too late. Commissioner "
    "Ilse Marwick said the fund's rules would be published soon.",
    outlet="Lakeside Wire", published="2027-03-06",
)
PROTEST_PAPER = article(
    "Tractors block Dravik bridge in protest at Varna water cut",
    "About 80 tractors blocked the bridge at Dravik on Saturday in protest at the 22 percent water cut that the Varna "
    "states agreed in Ostravel on Tuesday.",
    "Protest leader Anton Selvik said the 310 million euro fund was too late. Commissioner Ilse Marwick, who chaired "
    "the Ostravel summit, said its rules would be out soon.",
    outlet="Valley Herald", published="2027-03-06",
)


def test_reports_of_a_later_event_that_recall_the_first_are_a_story_of_their_own() -> None:
    pact, paper, protest, protest_paper = (profile(a) for a in (PACT, PACT_PAPER, PROTEST, PROTEST_PAPER))
    assert evidence(pact, paper).score >= SAME_EVENT
    assert evidence(protest, protest_paper).score >= SAME_EVENT
    for earlier in (pact, paper):
        for later in (protest, protest_paper):
            assert evidence(earlier, later).score == 0.0
    assert group([pact, paper, protest, protest_paper]) == [[0, 1], [2, 3]]


def test_a_report_a_day_later_or_one_whose_headline_names_only_the_events_own_stays() -> None:
    # The same pact reported the next day, or days later under a headline of the pact's own names.
    next_day = article(PACT_PAPER.title, *PACT_PAPER.paragraphs, outlet="Valley Herald", published="2027-03-03")
    assert evidence(profile(PACT), profile(next_day)).score >= SAME_EVENT
    later = article(
        "Ostravel pact: what the Varna water cut means for farmers", *PACT_PAPER.paragraphs,
        outlet="Plains Weekly", published="2027-03-06",
    )
    assert (profile(later).day or 0) - (profile(PACT).day or 0) >= RECALL_DAYS
    assert evidence(profile(PACT), profile(later)).score >= SAME_EVENT


def test_a_follow_up_whose_headline_names_a_new_person_stays_with_its_event() -> None:
    # A headline naming someone the first reports never named (a victim, an official) is a
    # follow-up of the same event; only a new place or thing in the headline tells another event.
    later = article(
        "Anton Selvik named to run Ostravel water fund",
        "Farmers' leader Anton Selvik will run the 310 million euro fund the Varna states agreed at the Ostravel "
        "summit, Commissioner Ilse Marwick said on Saturday.",
        "Selvik said the 22 percent water cut would hit small farms first.",
        outlet="Valley Herald", published="2027-03-06",
    )
    assert (profile(later).day or 0) - (profile(PACT).day or 0) >= RECALL_DAYS
    assert evidence(profile(PACT), profile(later)).score >= SAME_EVENT


# Trial 46 F6: the attackers named in a later headline are no other event's place.
ATTACK = article(
    "Ransomware attack shuts A&E units at Orlin Valley Care hospitals",
    "A ransomware attack on Orlin Valley Care closed the emergency departments of its three hospitals on Monday, "
    "the hospital group said. Chief executive Tamsin Grell said 41 ambulances had been diverted.",
    "Tamsin Grell said 230 operations had been postponed at Brevik Royal Infirmary and Lowmere General Hospital.",
    outlet="Example Chronicle", published="2027-03-01",
)
CLAIM = article(
    "Pellmark claims 1.2 million patient records from Orlin Valley Care",
    "Late on Tuesday the Pellmark ransomware group added Orlin Valley Care to its leak site, claiming to have stolen "
    "1.2 million patient records after the attack that closed its emergency departments.",
    "Tamsin Grell, chief executive of Orlin Valley Care, said 41 ambulances had been diverted and 230 operations "
    "postponed. Sample files include staff rotas from Lowmere General Hospital.",
    outlet="Example Medium", published="2027-03-03",
)
ARRESTS = article(
    "Two arrested in Tarsova over Orlin hospital ransomware attack",
    "Police arrested two men in Tarsova on Saturday on suspicion of taking part in the Pellmark ransomware attack "
    "on Orlin Valley Care, which closed three emergency departments.",
    "Tamsin Grell said 230 operations had been postponed after the attack.",
    outlet="Example Brief", published="2027-03-06",
)


def test_a_later_headline_naming_who_did_it_is_no_other_events_place() -> None:
    claim, arrests = profile(CLAIM), profile(ARRESTS)
    assert "i:pellmark" not in claim.weights  # the gang: written nowhere as a place
    assert "i:tarsova" in arrests.weights  # "in Tarsova"
    attack = profile(ATTACK)
    assert not _recalls(claim, attack) and evidence(attack, claim).apart != "recalls"
    assert _recalls(arrests, attack) and evidence(attack, arrests).score == 0.0


# Invented reports of an invented ferry sinking: the first, from the country, never names it but by
# its people ("the Serravian coastguard"); the follow-up two days later names it in its headline.
SINKING = article(
    "Ferry sinks off Kastrel coast, 12 missing",
    "The Serravian coastguard said a ferry carrying 40 people sank off the port of Kastrel on Monday. Twelve people are missing.",
    "The Italian navy sent a ship to help the search.",
    outlet="Kastrel Daily", published="2026-05-04T10:00:00Z",
)
SINKING_LATER = article(
    "Serravia mourns as ferry divers find 12 bodies",
    "Divers found the bodies of the 12 people missing since a ferry sank off Kastrel on Monday, the coastguard in Serravia said on Wednesday.",
    "The ferry carried 40 people.",
    outlet="Harbour Wire", published="2026-05-06T10:00:00Z",
)


def test_a_report_that_names_the_country_by_its_people_names_it() -> None:
    assert not _recalls(profile(SINKING_LATER), profile(SINKING))
    found = evidence(profile(SINKING), profile(SINKING_LATER))
    assert found.apart == "" and found.score >= SAME_EVENT
    assert sorted(map(sorted, group([profile(SINKING), profile(SINKING_LATER)]))) == [[0, 1]]
