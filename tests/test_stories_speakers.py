"""Stories: who tells the news is not what happened. One official's announcements of a day (a
police spokesman's briefing, a governor's round of a province) are as many stories as events,
though every report names the official; reports of one event that name the same official are
still one story by what they tell."""

from __future__ import annotations

from functools import partial

from core.model import Article
from core.stories.cluster import group, profile
from tests.story_groups import article

DAY = "2026-05-12T09:00:00+02:00"


_article = partial(article, outlet="Nordhaven Wire", published=DAY)


def _stories(articles: list[Article]) -> list[list[str]]:
    groups = group([profile(a) for a in articles], keys=[a.id for a in articles])
    return sorted(sorted(articles[i].title for i in members) for members in groups)


#: Three briefs from one police briefing: each names the spokesman and the briefing, and nothing else.
BRIEFING = [
    _article(
        "Police appeal for witnesses after jewellery shop raid",
        "Police are looking for three men who smashed the window of a jewellery shop and took watches and rings "
        "early on Tuesday, police spokesman Oskar Lindqvist said.",
        "Lindqvist told a news conference that the men escaped on motorbikes.",
    ),
    _article(
        "Lorry sheds load of timber on ring road",
        "A lorry lost its load of timber on the ring road on Tuesday, closing two lanes for most of the morning, "
        "police spokesman Oskar Lindqvist said.",
        "No one was hurt, Lindqvist told a news conference, but drivers faced long queues.",
    ),
    _article(
        "Missing hiker found safe",
        "A hiker reported missing on Monday evening was found safe in a forest hut on Tuesday, police spokesman "
        "Oskar Lindqvist said.",
        "Lindqvist told a news conference that the walker, 71, had lost his way in fog.",
    ),
]

#: A governor's day: a landslide in one town (two outlets) and a school opening in another, each
#: report quoting her.
GOVERNOR = [
    _article(
        "Landslide buries mountain road",
        "A landslide buried a mountain road above Brennvik overnight after days of heavy rain, cutting off "
        "around 400 homes.",
        'Governor Marit Halvorsen, who flew over the slope in a helicopter, said engineers would need a week to '
        'clear it. "We were fortunate no car was on the road," she said.',
        outlet="Fjord Courier",
    ),
    _article(
        "Road cut off by landslide after heavy rain",
        "Around 400 homes were cut off when a landslide buried the mountain road above Brennvik during the night, "
        "Governor Marit Halvorsen said on Tuesday.",
        "She said engineers expected to need a week to clear the slope.",
        outlet="Valley Post",
    ),
    _article(
        "New school opens its doors",
        "Pupils in Tollnes moved into a new school on Tuesday, ending two years of lessons in temporary cabins.",
        'Governor Marit Halvorsen opened the building and said it would take 350 pupils. "This is a school '
        'built to last a century," she said.',
        outlet="Fjord Courier",
    ),
]


def test_one_spokesmans_briefs_of_a_day_are_a_story_each() -> None:
    assert len(_stories(BRIEFING)) == 3


def test_one_governors_events_of_a_day_are_a_story_each() -> None:
    assert _stories(GOVERNOR) == [
        ["Landslide buries mountain road", "Road cut off by landslide after heavy rain"],
        ["New school opens its doors"],
    ]


def test_reports_of_one_event_that_name_the_same_spokesman_are_one_story() -> None:
    # They share the marina too: a name that is no speaker keeps the spokesman's weight. (Sharing
    # the spokesman and the event's words alone, 0.19 < SAME_EVENT: the words around him, "told a
    # news conference", are not told apart from the event's.)
    reports = [
        _article(
            "Fire destroys boat shed at marina",
            "A fire destroyed a boat shed and 14 yachts at the Skarvik marina on Tuesday night, fire service "
            "spokesman Jonas Brekke said.",
            "Brekke said the blaze started in a workshop at the back of the shed and spread to the moored yachts.",
        ),
        _article(
            "Fourteen yachts lost in marina blaze",
            "Fourteen yachts burned when fire swept through a boat shed at the Skarvik marina, spokesman Jonas Brekke said, "
            "adding that the blaze began in a workshop.",
            outlet="Harbour Post",
        ),
    ]
    assert len(_stories(reports)) == 1


def test_a_speaker_is_a_name_beside_a_verb_of_speech() -> None:
    found = profile(_article(
        "Talks to resume",
        "Talks will resume in April, foreign ministry spokesperson Hanna Vestby said.",
        "The talks will cover tariffs, said Governor Marit Halvorsen.",
        "On Monday Karl Dunmore, who chairs the committee, told reporters the date was set.",
        "According to Ola Strand, the venue is not yet chosen.",
        "An aide says Petra Lund has left the delegation.",
        "The minister told Tove Rasmussen the talks would go ahead.",
    )).features()
    spoken = {f[2:] for f in found if f.startswith("a:")}
    assert {"hanna", "vestby", "marit", "halvorsen", "karl", "dunmore", "ola", "strand"} <= spoken
    assert not spoken & {"petra", "lund", "tove", "rasmussen"}  # what someone did; who heard it
