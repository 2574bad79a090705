"""A body's members counted by head are counted as the body (trial 48 F4): "All 22 crew members"
and "all 23 crew" are one quantity on which two outlets disagree, where "crew members" was a
count of members of its own, and the disagreement was never shown."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract
from tests.figure_rows import article


def test_crew_members_count_the_crew() -> None:
    [figure] = extract([article("Daily Post", "All 22 crew members were accounted for, the company said.")])
    assert (figure.value, figure.unit, figure.text) == (22.0, "crew", "22 crew members")


def test_twenty_two_crew_members_and_twenty_three_crew_disagree() -> None:
    story = Story.build([
        article("Daily Post", "All 22 crew members of the freighter Talmora Bay were accounted for after it grounded off "
                "Cape Rensk, the company said."),
        article("River News", "Talmora Lines confirms all 23 crew of the freighter Talmora Bay are safe after it grounded "
                "off Cape Rensk."),
    ])
    rows = [(g.unit, sorted(f.value for f in g.figures), g.disagree) for g in compare(story)]
    assert ("crew", [22.0, 23.0], True) in rows


def test_a_crew_of_twenty_three_counts_the_crew() -> None:
    """"The ship has a crew of 23" gives the body's count after "of", as "all 23 crew" does."""
    [figure] = extract([article("Coast Wire", "The Halvard Star has a crew of 23, the operator said.")])
    assert (figure.value, figure.unit, figure.kind) == (23.0, "crew", "count")
    [about] = extract([article("Coast Wire", "The tanker, with a crew of about 19 aboard, lost power.")])
    assert (about.value, about.unit, about.qualifier) == (19.0, "crew", "about")


def test_a_crew_of_what_is_counted_after_it_counts_that() -> None:
    """"a crew of 23 sailors" counts sailors, once; "a staff of 12% of" is no count of staff."""
    assert [(f.value, f.unit) for f in extract([article("Coast Wire", "It had a crew of 23 sailors aboard.")])] == [(23.0, "sailor")]
    assert [f.unit for f in extract([article("Coast Wire", "The firm cut a staff of 12% of")])] == ["%"]


def test_a_crew_of_twenty_three_and_twenty_two_crew_members_disagree() -> None:
    story = Story.build([
        article("Daily Post", "All 22 crew members of the freighter Halvard Star were accounted for after it grounded off "
                "Point Ostra, the company said."),
        article("River News", "The freighter Halvard Star, which grounded off Point Ostra, has a crew of 23, the "
                "company said."),
    ])
    rows = [(g.unit, sorted(f.value for f in g.figures), g.disagree) for g in compare(story)]
    assert ("crew", [22.0, 23.0], True) in rows


def test_a_crew_of_twenty_three_abroad_counts_the_crew() -> None:
    """"una tripulación de veintitrés", "uma tripulação de 23 pessoas": the crew, as "a crew of 23"."""
    spanish = ("El carguero Halvard Star, con una tripulación de veintitrés a bordo, encalló frente al cabo Ostra según "
               "la guardia costera.")
    portuguese = ("O cargueiro Halvard Star, com uma tripulação de 23 pessoas, encalhou ao largo do cabo Ostra, disse a "
                  "guarda costeira.")
    for text in (spanish, portuguese):
        assert [(f.value, f.unit) for f in extract([article("Gazette", text)])] == [(23.0, "crew")]
