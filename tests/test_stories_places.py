"""Stories of one district: two events there on one day share the names of its places (the district,
its lake) and perhaps, by chance, a number. Where that is all two reports share and their leads tell
different happenings (a flood; a honey fair), they are two events; two reports of the flood, which
tell the same happening, are one."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, _places, evidence, group, profile
from tests.story_groups import article


_article = partial(article, published="2026-04-07T10:00:00Z")


# Invented reports of two invented events of one district, Tembeni, on one day.
FLOOD = _article(
    "Flood cuts off Varosa, 30 families evacuated",
    "Rising water cut off the village of Varosa in Tembeni district on Tuesday, and 30 families were evacuated by boat.",
    "The shore of Lake Ondo burst after a week of storms, and the water reached the school and the clinic.",
    "Engineers are building a dyke of sandbags along the road.",
    outlet="Lakeside Herald",
)
FLOOD_TOO = _article(
    "Families rescued by boat as floodwater surrounds Varosa",
    "Boats carried 30 families to safety on Tuesday after floodwater surrounded Varosa, near Lake Ondo.",
    "The flood followed storms that swelled the lake, officials in Tembeni district said.",
    outlet="Valley Courier",
)
HONEY = _article(
    "Tembeni honey wins prize at regional fair",
    "Honey from Tembeni district won the top prize at the regional fair on Tuesday, ahead of entries from nine other districts.",
    "A beekeepers' cooperative on the shore of Lake Ondo sold 30 jars within an hour, its chairman said.",
    "The fair closes on Sunday.",
    outlet="Farm Weekly",
)


def test_names_beside_a_kind_of_place_are_places() -> None:
    tokens = "Rising water cut off the village of Varosa in Tembeni district near Mount Ilika".split()
    assert _places(tokens) == {"varosa", "tembeni", "mount", "ilika"}


def test_two_events_of_one_district_are_two_stories() -> None:
    assert evidence(profile(FLOOD), profile(HONEY)).score < SAME_EVENT
    assert sorted(map(sorted, group([profile(a) for a in (FLOOD, HONEY)]))) == [[0], [1]]


def test_two_reports_of_one_event_there_are_one_story() -> None:
    assert evidence(profile(FLOOD), profile(FLOOD_TOO)).score >= SAME_EVENT
    assert sorted(map(sorted, group([profile(a) for a in (FLOOD, FLOOD_TOO, HONEY)]))) == [[0, 1], [2]]


# Invented reports of one town, Carrowby, on one day: a lorry fire on a motorway near it, its paper's
# correction of the toll, and the town's ring road closing for repairs, which shares the town alone.
LORRY_FIRE = _article(
    "Lorry fire on M62 near Carrowby closes motorway",
    "Firefighters tackled a lorry fire on the M62 near Carrowby on Tuesday night, closing the motorway for five hours.",
    "The lorry, owned by Pennant Haulage, caught fire on the hard shoulder at about 9.15pm. Its driver was unhurt.",
    outlet="Pennine Gazette",
)
LORRY_FIRE_CORRECTED = _article(
    "Correction: Carrowby lorry fire closed the motorway for seven hours",
    "A report this morning about Tuesday's lorry fire on the M62 near Carrowby said the motorway was closed for five hours. "
    "Highways officials have since said it was closed for seven. We apologise for the error.",
    "The Pennant Haulage lorry caught fire on the hard shoulder at about 9.15pm; its driver was unhurt.",
    outlet="Pennine Gazette",
)
RING_ROAD = _article(
    "Carrowby ring road to shut for repairs",
    "The Carrowby ring road will shut at weekends for a month from July 4 for repairs, the council said on Tuesday.",
    "Buses will be diverted through the market square.",
    outlet="Carrowby Chronicle",
)


def test_a_town_a_headline_places_an_event_in_is_no_more_than_where() -> None:
    # The fire's headline writes the town where a place stands ("near Carrowby"); the ring road's
    # report shares the town and nothing of what happened: another event of the town that day.
    fire, corrected, ring_road = (profile(a) for a in (LORRY_FIRE, LORRY_FIRE_CORRECTED, RING_ROAD))
    for one in (fire, corrected):
        found = evidence(one, ring_road)
        assert found.score < SAME_EVENT and found.apart == "placed"
    assert evidence(fire, corrected).score >= SAME_EVENT
    assert sorted(map(sorted, group([fire, corrected, ring_road]))) == [[0, 1], [2]]
