"""Stories: a sequel is another event. Reports whose leads tell of happenings days apart (a ship runs
aground on Tuesday, it is refloated on Thursday; a suspect is arrested, then charged) are two stories
however many names, figures and words the sequel repeats (the ship, its size, where it lies), where
its lead names the first day only in passing ("..., which ran aground on Tuesday, was refloated",
"two days after it ran aground"). Reports of one event published on other days stay with it: a lead
that dates its news by the first event's day ("Tuesday's earthquake", "ran aground on Tuesday"), or
by no day of its own, or by the day someone said it ("investigators said on Sunday")."""

from __future__ import annotations

from core.stories.cluster import evidence, profile
from tests.story_groups import article, stories

#: A bulk carrier runs aground off Lannick on Tuesday 10 March 2026 (two reports) ...
AGROUND = [
    article("Bulk carrier runs aground off Lannick",
            "The bulk carrier Orla Brisk ran aground on a reef three miles off Lannick early on Tuesday, with 19 crew on board, "
            "the harbour office said.",
            "No one was hurt and no oil has leaked. Tugs will try to pull the 140-metre ship off the reef at high tide.",
            "The ship was carrying 8,000 tonnes of grain from Port Sella.",
            outlet="Shore Post", published="2026-03-10"),
    article("Orla Brisk stuck on reef off Lannick",
            "The 140-metre bulk carrier Orla Brisk is stuck on a reef off Lannick after running aground early on Tuesday.",
            "The harbour office said the 19 crew were safe and no oil had leaked.",
            "The ship carries 8,000 tonnes of grain.",
            outlet="Cape Herald", published="2026-03-10"),
]
#: ... and is refloated on Thursday 12 March (two reports), each recalling the grounding in passing.
REFLOATED = [
    article("Grounded bulk carrier refloated off Lannick",
            "The bulk carrier Orla Brisk, which ran aground on a reef off Lannick on Tuesday, was refloated on Thursday, "
            "the harbour office said.",
            "Four tugs pulled the 140-metre ship free at high tide after two failed attempts.",
            "The ship will be towed to Port Sella for an inspection of its hull.",
            outlet="Shore Post", published="2026-03-12"),
    article("Orla Brisk pulled off reef",
            "Tugs pulled the Orla Brisk off the reef near Lannick on Thursday morning, two days after it ran aground.",
            "The 140-metre ship had been stuck since Tuesday. Divers will inspect its hull in Port Sella.",
            "The harbour office said no oil had leaked during the operation.",
            outlet="Cape Herald", published="2026-03-12"),
]


def test_a_ship_aground_and_refloated_two_days_later_are_two_stories() -> None:
    for seed in range(3):
        assert stories([*AGROUND, *REFLOATED], seed, by="title") == [
            sorted(a.title for a in AGROUND), sorted(a.title for a in REFLOATED)
        ]
    for grounded in AGROUND:
        for refloated in REFLOATED:
            found = evidence(profile(grounded), profile(refloated))
            assert (found.score, found.apart) == (0.0, "sequel")


def test_a_follow_up_days_later_whose_lead_tells_of_the_first_day_stays() -> None:
    # Published on Thursday, its lead still tells of Tuesday's grounding: one event's follow-up.
    still = article("Orla Brisk still stuck off Lannick",
                    "The bulk carrier Orla Brisk ran aground on a reef off Lannick on Tuesday and two attempts to pull it "
                    "free have failed, the harbour office said.",
                    "The 140-metre ship carries 8,000 tonnes of grain. No oil has leaked.",
                    outlet="Bay Wire", published="2026-03-12")
    assert stories([*AGROUND, still]) == [["Bay Wire", "Cape Herald", "Shore Post"]]


#: A quake strikes Dorran on Tuesday 10 March 2026 (two reports); on Thursday its toll rises.
QUAKE = [
    article("Earthquake kills 12 in Dorran",
            "A magnitude 6.1 earthquake struck Dorran on Tuesday, killing 12 people and damaging 300 homes, officials said.",
            "Rescuers searched the rubble of the old town through the night.",
            outlet="Shore Post", published="2026-03-10"),
    article("Dorran quake: 12 dead, 300 homes damaged",
            "At least 12 people died when a 6.1 magnitude earthquake hit Dorran on Tuesday.",
            "About 300 homes were damaged, the regional governor said.",
            outlet="Cape Herald", published="2026-03-10"),
]
TOLL = article("Dorran earthquake toll rises to 19",
               "The death toll from Tuesday's earthquake in Dorran rose to 19 on Thursday as rescuers found more bodies in the "
               "old town.",
               "The magnitude 6.1 quake damaged 300 homes.",
               outlet="Bay Wire", published="2026-03-12")


def test_a_toll_update_that_dates_the_quake_by_its_day_stays_with_it() -> None:
    assert stories([*QUAKE, TOLL]) == [["Bay Wire", "Cape Herald", "Shore Post"]]


def test_a_follow_up_dated_by_when_it_was_said_stays_with_its_event() -> None:
    # "Investigators said on Saturday" is when the news was told, not what happened: the quake's follow-up.
    cause = article("Old walls blamed for Dorran quake deaths",
                    "Investigators said on Saturday that unreinforced walls in the old town caused most of the deaths in the "
                    "earthquake that struck Dorran last week.",
                    "The magnitude 6.1 quake killed 12 people and damaged 300 homes.",
                    outlet="Bay Wire", published="2026-03-14")
    assert stories([*QUAKE, cause]) == [["Bay Wire", "Cape Herald", "Shore Post"]]


def test_a_suspect_charged_days_after_his_arrest_is_another_story() -> None:
    arrest = [
        article("Man arrested over Fenwick jewellery raid",
                "Police arrested a 34-year-old man in Fenwick on Monday over the raid on the Halloran jewellery shop in which "
                "gems worth 400,000 euros were stolen.",
                "Officers searched two flats in the town.",
                outlet="Shore Post", published="2026-03-09"),
        article("Arrest after Halloran jewellery shop raid in Fenwick",
                "A man of 34 was arrested on Monday in Fenwick over the Halloran jewellery shop raid, police said.",
                "Gems worth 400,000 euros were taken in the raid.",
                outlet="Cape Herald", published="2026-03-09"),
    ]
    charged = [
        article("Man charged over Fenwick jewellery raid",
                "A 34-year-old man was charged on Thursday with the raid on the Halloran jewellery shop in Fenwick, three days "
                "after his arrest.",
                "He will appear in court in Fenwick next week. Gems worth 400,000 euros were stolen.",
                outlet="Shore Post", published="2026-03-12"),
        article("Halloran raid suspect charged",
                "Prosecutors in Fenwick charged the man arrested over the Halloran jewellery shop raid on Thursday.",
                "The 34-year-old denies taking the gems, worth 400,000 euros.",
                outlet="Cape Herald", published="2026-03-12"),
    ]
    assert stories([*arrest, *charged], by="title") == sorted(
        [sorted(a.title for a in arrest), sorted(a.title for a in charged)]
    )


def test_an_aftershock_days_after_the_quake_is_another_story() -> None:
    aftershock = [
        article("Strong aftershock rattles Dorran",
                "A magnitude 5.2 aftershock shook Dorran on Thursday, two days after the earthquake that killed 12 people "
                "there, sending residents into the streets.",
                "No new deaths were reported. Some of the 300 homes damaged by the 6.1 quake were evacuated.",
                outlet="Shore Post", published="2026-03-12"),
        article("Aftershock hits quake-struck Dorran",
                "Residents of Dorran fled their homes on Thursday when a 5.2 aftershock hit the town.",
                "The 6.1 earthquake killed 12 people in Dorran on Tuesday.",
                outlet="Cape Herald", published="2026-03-12"),
    ]
    assert stories([*QUAKE, *aftershock], by="title") == sorted(
        [sorted(a.title for a in QUAKE), sorted(a.title for a in aftershock)]
    )
    for quake in QUAKE:
        for later in aftershock:
            assert evidence(profile(quake), profile(later)).apart == "sequel"
    # (Not a veto, core.stories.cluster.TWO_EVENTS: a toll update of the aftershock's day, which is the
    # quake's own follow-up and shares much with the aftershock's reports, may still join all five.)
