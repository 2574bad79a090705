"""Stories and a commentary that bridges two events: a central bank's rate rise and a neighbour's cut
the next day, told together in one piece ("Norvia hikes, Selmark cuts"), must not join the two
stories through itself (core.stories.cluster.attach, _bridged), in any order, nor in a library."""

from __future__ import annotations

from pathlib import Path

from core.library.store import Library
from core.stories.cluster import _rooms, profile
from tests.story_groups import article, stories

HIKE_DAY = "2027-03-09T14:00:00+00:00"
CUT_DAY = "2027-03-10T13:00:00+00:00"

#: The rise: four English reports, one in German (a story told in two languages).
HIKE = [
    article(
        "Norvia central bank lifts rate to 3.75%, says inflation fight not over",
        "The Bank of Norvia raised its key rate by a quarter point to 3.75% on Tuesday, its second rise this year, "
        "as inflation of 2.9% in February stayed above its goal.",
        "Governor Tomas Kell said six of the nine board members had voted for the rise.",
        "“Price growth is slowing, but not yet by enough for us to stop,” Kell told reporters.",
        "The bank cut its growth forecast for this year to 1.1% from 1.4%.",
        outlet="Example Wire", published=HIKE_DAY,
    ),
    article(
        "Bank of Norvia raises key rate to 3.75%",
        "The Bank of Norvia raised its key rate by 25 basis points to 3.75% on Tuesday.",
        "Inflation was 2.9% in February, and the bank now sees growth of 1.1% this year, Governor Tomas Kell said.",
        "Six of the nine members of the board voted for the rise; three wanted to wait.",
        outlet="Continental Example Agency", published=HIKE_DAY,
    ),
    article(
        "Norvia lifts rates by a quarter point as inflation lingers",
        "Norvia's central bank lifted its key rate to 3.75% on Tuesday and warned that inflation, at 2.9% in February, "
        "was falling too slowly.",
        "“Price growth is slowing, but not yet by enough for us to stop,” Governor Tomas Kell said.",
        "The Norvian mark rose 0.6% against the dollar after the decision.",
        outlet="Harbour Example Daily", published=HIKE_DAY,
    ),
    article(
        "Bank of Norvia: rate rise to 3.75% is hawkish in tone",
        "The Bank of Norvia's rise to 3.75% was expected, but Governor Tomas Kell's words were not: "
        "the bank sees inflation at 2.9% and growth of just 1.1% this year.",
        "We now expect one more rise, in June, to 4.00%.",
        outlet="Example Bank Research", published=HIKE_DAY,
    ),
    article(
        "Notenbank von Norvia erhöht Leitzins auf 3,75 Prozent",
        "Die Bank of Norvia hat ihren Leitzins am Dienstag um 25 Basispunkte auf 3,75 Prozent angehoben.",
        "Die Inflationsrate lag im Februar bei 2,9 Prozent, sagte Notenbankchef Tomas Kell.",
        "Die Wachstumsprognose senkte die Notenbank auf 1,1 Prozent.",
        outlet="Der Beispielbote", published=HIKE_DAY,
    ),
]
#: The cut the next day: two wires, one recalling the rise in its last paragraph.
CUT = [
    article(
        "Bank of Selmark cuts interest rate by 25 basis points to 2.50%",
        "The Bank of Selmark cut its benchmark interest rate by 25 basis points to 2.50% on Wednesday, "
        "as inflation of 1.8% in February neared its target.",
        "Governor Anna Ruud said the board had voted unanimously for the cut.",
        "The bank expects the economy to grow 0.4% this year.",
        outlet="Continental Example Agency", published=CUT_DAY,
    ),
    article(
        "Selmark central bank cuts rates again as economy stalls",
        "Selmark's central bank lowered its main interest rate by a quarter point to 2.50% on Wednesday, "
        "its third cut this year, as inflation of 1.8% neared target.",
        "Governor Anna Ruud said the vote had been unanimous.",
        "The decision came a day after neighbouring Norvia raised its own rate to 3.75%.",
        outlet="Example Wire", published=CUT_DAY,
    ),
]
#: A commentary on both.
BRIDGE = article(
    "Norvia hikes, Selmark cuts: a region's central banks part ways",
    "Within 24 hours, two neighbouring central banks moved in opposite directions. The Bank of Norvia raised "
    "its key rate to 3.75% on Tuesday; the Bank of Selmark cut to 2.50% on Wednesday.",
    "The divergence reflects inflation: 2.9% in Norvia against 1.8% in Selmark in February.",
    outlet="Example Economy Watch", published="2027-03-10T16:00:00+00:00",
)
ALL = [*HIKE, *CUT, BRIDGE]


def _apart(found: list[list[str]]) -> None:
    hike = {a.title for a in HIKE}
    cut = {a.title for a in CUT}
    assert not any(hike & set(s) and cut & set(s) for s in found), found
    assert any(hike <= set(s) for s in found), found  # the rise is one story
    assert any(cut <= set(s) for s in found), found  # and so is the cut


def test_a_commentary_on_two_decisions_joins_their_stories_in_no_order() -> None:
    # Before: the commentary and the cut's wires made a fragment, which joined the rise's story through
    # the commentary: the rise's name, which the German report writes too, was held by half the story's
    # reports or fewer, and counted as a detail the cut's second wire shared with it.
    for seed in range(6):
        _apart(stories(ALL, seed, by="title"))


def test_a_library_keeps_the_two_decisions_apart_when_the_commentary_comes_last(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        for a in [*HIKE, *CUT, BRIDGE]:
            library.add(a, source=a.path)
        found = [[a.title for a in library.story(s.id).articles] for s in library.stories()]
    _apart(found)


def test_a_name_counts_among_the_reports_of_the_languages_that_write_it() -> None:
    rooms = _rooms([profile(a) for a in HIKE])
    assert rooms["n:norvia"] == 5  # written in English and in German: all five reports could
    assert rooms["r:tomas kell"] == 4  # written in English only (as the story reads them): its four
    assert _rooms([profile(a) for a in HIKE[:4]]) == {}  # one language: the group's size is the room
