"""Stories: the frame of a report (the town it happened in, the official who speaks) is not its event.
Two events of one town, told the same day or a week apart, share the town's name, its mayor or
police chief and the words of any local report; what happened (the words of each report's lead)
tells them apart, and a later report of the same kind of event in the same place is another event
unless it is near in time. Reports of one event in other words (one quoting the mayor, one not; a
follow-up two days later with a new figure) are still one story."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, evidence, profile
from tests.story_groups import article, stories

MONDAY = "2026-03-09"
WEDNESDAY = "2026-03-11"


_article = partial(article, published=MONDAY)
_stories = partial(stories, by="title")


#: A warehouse fire in Marlow Creek on Monday: the agency's report quoting the mayor, a local
#: paper's in its own words that names no official, and a follow-up two days later (the jobs lost,
#: a figure the first reports did not give) quoting the mayor again.
FIRE = [
    _article("Fire destroys timber warehouse in Marlow Creek",
             "A fire destroyed a timber warehouse on the edge of Marlow Creek on Monday, sending thick smoke over the "
             "town for hours.",
             "Firefighters from three stations fought the blaze through the morning. No one was hurt.",
             "Mayor Dana Whitlock said the town would help the warehouse's workers. \"It is a sad day for Marlow "
             "Creek,\" she said.",
             outlet="Valley Wire"),
    _article("Blaze guts timber store on edge of Marlow Creek",
             "Flames tore through a timber warehouse in Marlow Creek on Monday, and smoke hung over the town into the "
             "afternoon.",
             "Crews from three fire stations battled the blaze; nobody was injured.",
             outlet="Riverside Gazette"),
    _article("Warehouse fire leaves Marlow Creek workers in limbo",
             "Two days after fire destroyed the timber warehouse in Marlow Creek, its 46 workers still do not know "
             "whether it will be rebuilt.",
             "Mayor Dana Whitlock said the town would help them find other jobs.",
             outlet="Metro Post", published=WEDNESDAY),
]
#: The same day in the same town: the council's budget vote, quoting the same mayor.
BUDGET = _article(
    "Marlow Creek council approves budget",
    "The council of Marlow Creek on Monday voted to approve next year's budget, raising spending on roads and parks.",
    "Councillors voted seven to two in favour after a long debate about property taxes.",
    "Mayor Dana Whitlock said the town could now repair its roads. \"It is a good day for Marlow Creek,\" she said.",
    outlet="Valley Wire",
)
#: A bridge closed in Halbrook, and a week later a school shooting in Halbrook: both quote the
#: police chief, in their leads.
BRIDGE = _article(
    "Halbrook closes river bridge after cracks found",
    "Halbrook police chief Raymond Osei said on Tuesday that the old river bridge in Halbrook was closed to all "
    "traffic after engineers found cracks in its supports.",
    "Drivers face long detours while repairs go on, and officers will direct traffic at the busiest crossings.",
    "\"We ask everyone in Halbrook to be patient with us,\" Osei said.",
    outlet="Lakeside Herald", published="2026-03-03",
)
SHOOTING = _article(
    "Two students hurt in Halbrook school shooting",
    "Halbrook police chief Raymond Osei said on Tuesday that two students were hurt when a teenager opened fire at "
    "a high school in Halbrook.",
    "The suspect, a 16-year-old pupil, was arrested at the scene, and both students were taken to hospital.",
    "\"We ask everyone in Halbrook to give the families time,\" Osei said.",
    outlet="Metro Post", published="2026-03-10",
)
#: Floods in the Esterdal region, and a week later new floods there: the same governor speaks in both.
FLOODS = [
    _article("Floods cut off villages in Esterdal",
             "Heavy rain flooded villages across the Esterdal region on Sunday, forcing 1,200 people from their homes "
             "as the Vell river burst its banks.",
             "Governor Ingrid Sollie said the army had been called in to help with the evacuations.",
             outlet="Northern Wire", published="2026-03-01"),
    _article("New floods hit Esterdal",
             "Floods struck the Esterdal region again on Sunday after a storm dropped a month's rain in a day, and 300 "
             "people left their homes near Lake Orm.",
             "Governor Ingrid Sollie said the region had not recovered from last week's floods.",
             outlet="Fjord Times", published="2026-03-08"),
]


def test_a_towns_fire_and_its_council_vote_of_one_day_are_two_stories() -> None:
    truth = [sorted(a.title for a in FIRE), [BUDGET.title]]
    for seed in range(4):
        assert _stories([*FIRE, BUDGET], seed) == sorted(truth)
    # The two that quote the mayor share with the budget's report only the town and the mayor: no
    # evidence. (The local paper's, which names no official, shares the town alone: one name in
    # common, which the lead does not count again; the average over the fire's reports keeps it
    # apart.)
    for report in (FIRE[0], FIRE[2]):
        assert evidence(profile(report), profile(BUDGET)).score < SAME_EVENT


def test_a_citys_bridge_closure_and_a_school_shooting_a_week_later_are_two_stories() -> None:
    assert evidence(profile(BRIDGE), profile(SHOOTING)).score < SAME_EVENT
    assert len(_stories([BRIDGE, SHOOTING])) == 2


def test_a_second_flood_in_one_region_a_week_later_is_another_story() -> None:
    assert evidence(profile(FLOODS[0]), profile(FLOODS[1])).score < SAME_EVENT
    assert len(_stories(FLOODS)) == 2
    # The same two reports on one day: then the region, its governor and the flood's words are one event's.
    same_day = _article(FLOODS[1].title, *FLOODS[1].paragraphs, outlet=FLOODS[1].outlet, published=FLOODS[0].published)
    assert evidence(profile(FLOODS[0]), profile(same_day)).score >= SAME_EVENT


def test_one_fire_told_in_other_words_and_followed_up_is_one_story() -> None:
    # The mayor's name is in two of the three, the town in all: what happened (a timber warehouse
    # burned) is in every lead.
    assert _stories(FIRE) == [sorted(a.title for a in FIRE)]
    quoting, plain, later = (profile(a) for a in FIRE)
    assert evidence(quoting, plain).score >= SAME_EVENT
    assert evidence(quoting, later).score >= SAME_EVENT


#: A landslide cuts off Tessby on Monday; on Thursday a fire destroys its primary school. Neither
#: names an official ("the mayor said"): the town is all the two share, with a local report's words
#: ("town", "residents", "No one was hurt").
LANDSLIDE = _article(
    "Landslide blocks road into Tessby",
    "A landslide blocked the only road into the hill town of Tessby on Monday, cutting off about 1,400 residents, "
    "the mayor said.",
    "No one was hurt. Engineers said it could take a week to clear the mud and rocks from the road.",
    outlet="Upland Wire", published="2026-03-02",
)
SCHOOL_FIRE = _article(
    "Fire destroys Tessby primary school",
    "A fire destroyed the primary school of Tessby on Thursday evening, hours after the last pupils had gone home, "
    "the mayor said.",
    "Firefighters from the town fought the flames for three hours. No one was hurt.",
    "The school's 62 pupils will be taught in the town hall until a new building is found.",
    outlet="Hill Courier", published="2026-03-05",
)
#: Three days after the school fire, a follow-up in other words ("blaze"): again the town is the only
#: name it shares with the first report, but what happened (the school, the fire) agrees.
SCHOOL_FOLLOW_UP = _article(
    "Faulty wiring blamed for Tessby school blaze",
    "Investigators said on Sunday that faulty wiring in the kitchen started the fire that destroyed the primary "
    "school of Tessby last week.",
    "Parents have asked for the school to be rebuilt on the same site before the autumn.",
    outlet="Valley Wire", published="2026-03-08",
)


def test_a_towns_landslide_and_a_school_fire_there_three_days_later_are_two_stories() -> None:
    # They share only the town: what their leads say happened differs, so it weighs nothing.
    assert evidence(profile(LANDSLIDE), profile(SCHOOL_FIRE)).score < SAME_EVENT
    assert len(_stories([LANDSLIDE, SCHOOL_FIRE])) == 2
    # The same two reports on one day: the town, one name in common, still says something.
    same_day = _article(SCHOOL_FIRE.title, *SCHOOL_FIRE.paragraphs, outlet=SCHOOL_FIRE.outlet, published=LANDSLIDE.published)
    assert evidence(profile(LANDSLIDE), profile(same_day)).score > evidence(profile(LANDSLIDE), profile(SCHOOL_FIRE)).score


def test_a_follow_up_of_one_fire_days_later_sharing_only_the_town_is_one_story() -> None:
    assert evidence(profile(SCHOOL_FIRE), profile(SCHOOL_FOLLOW_UP)).score >= SAME_EVENT
    assert _stories([LANDSLIDE, SCHOOL_FIRE, SCHOOL_FOLLOW_UP]) == sorted(
        [[LANDSLIDE.title], sorted([SCHOOL_FIRE.title, SCHOOL_FOLLOW_UP.title])]
    )
