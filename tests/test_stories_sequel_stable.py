"""Stories: a sequel stays a story of its own however many reports of it have come in. A minister's
resignation six days after a derailment, "over" it, is a later event (core.stories.cluster.SEQUEL_DAYS):
its first report must not join the derailment's story through the reports whose leads date nothing,
only to leave it when a second report of the resignation comes in."""

from __future__ import annotations

from pathlib import Path

from core.library.store import Library
from tests.story_groups import article, stories

#: An express train derails in the Velna Gorge on Monday 16 November 2026: three reports whose leads
#: date it, three whose leads do not (the union, the operator's line, a background piece).
DERAILMENT = [
    article("Nine dead as express derails in Velna Gorge",
            "Nine passengers were killed when the Tarrow express derailed in the Velna Gorge near Kessmoor on Monday, "
            "police said.",
            "Thirty-one people were injured. A landslide hit the Kessmoor line seconds before the train arrived, Corva Rail said.",
            outlet="Shore Post", published="2026-11-16"),
    article("Velna Gorge derailment: nine killed, 31 hurt",
            "The Tarrow express came off the rails in the Velna Gorge near Kessmoor on Monday morning, killing nine "
            "passengers and injuring 31.",
            "Corva Rail said a landslide had hit the Kessmoor line. Rescuers worked through the night.",
            outlet="Cape Herald", published="2026-11-16"),
    article("Corva Rail statement on the Tarrow express",
            "Corva Rail confirms that nine passengers died in the derailment of the Tarrow express in the Velna Gorge on Monday.",
            "Thirty-one passengers were injured. The Kessmoor line stays closed.",
            outlet="Corva Rail", published="2026-11-17"),
    article("Union blames maintenance cuts for Velna Gorge crash",
            "The rail workers' union blamed years of maintenance cuts on the Kessmoor line for the derailment of the Tarrow "
            "express in the Velna Gorge, in which nine passengers died.",
            "Union chairman Oren Falk said the slopes above the line had not been inspected for months.",
            outlet="Ridge Ledger", published="2026-11-17"),
    article("Questions over Kessmoor line slopes",
            "Engineers questioned whether the slopes above the Kessmoor line were safe long before the Tarrow express "
            "derailed in the Velna Gorge, killing nine passengers.",
            "Corva Rail said the slopes were inspected every quarter. Oren Falk of the union called that too rare.",
            outlet="Metro Pulse", published="2026-11-18"),
    article("What we know about the Velna Gorge derailment",
            "Nine passengers died and 31 were injured when the Tarrow express left the rails in the Velna Gorge.",
            "Corva Rail blames a landslide on the Kessmoor line; the union blames maintenance cuts.",
            outlet="Track Notes", published="2026-11-19"),
]
#: The transport minister resigns over it on Sunday 22 November: two reports.
RESIGNATION = [
    article("Transport minister resigns over Velna Gorge derailment",
            "Transport minister Ivo Marek resigned on Sunday, six days after the derailment of the Tarrow express in the "
            "Velna Gorge killed nine passengers, saying he took political responsibility for the maintenance of the Kessmoor line.",
            "Union chairman Oren Falk, who had blamed maintenance cuts for the crash, called the resignation overdue.",
            "Corva Rail said the slopes above the Kessmoor line would now be inspected every month.",
            outlet="North Wire", published="2026-11-22"),
    article("Minister Marek quits over Velna Gorge crash",
            "Transport minister Ivo Marek resigned on Sunday over the derailment in the Velna Gorge in which nine people died.",
            "He said the slopes above the Kessmoor line should have been inspected every month.",
            outlet="Valley Radio", published="2026-11-22"),
]
DERAILED = sorted(a.outlet for a in DERAILMENT)


def test_a_sequels_first_report_does_not_join_the_story_it_follows() -> None:
    for seed in range(3):
        assert stories([*DERAILMENT, RESIGNATION[0]], seed) == [DERAILED, ["North Wire"]]


def test_a_sequels_grouping_does_not_flip_as_its_reports_come_in() -> None:
    for seed in range(3):
        assert stories([*DERAILMENT, *RESIGNATION], seed) == [DERAILED, ["North Wire", "Valley Radio"]]
        assert stories([*DERAILMENT, RESIGNATION[1]], seed) == [DERAILED, ["Valley Radio"]]


def test_a_library_keeps_a_sequels_first_report_where_the_second_finds_it(tmp_path: Path) -> None:
    # As trial 45 met it: the library held the derailment's reports, then the resignation's came one by one.
    with Library(tmp_path / "lib.sqlite") as library:
        for a in DERAILMENT:
            library.add(a, source=a.path)
        first = library.add(RESIGNATION[0], source=RESIGNATION[0].path).story
        held = library.placements()
        assert first != held[DERAILMENT[0].id]
        second = library.add(RESIGNATION[1], source=RESIGNATION[1].path).story
        now = library.placements()
        assert second == first == now[RESIGNATION[0].id]
        assert {now[a.id] for a in DERAILMENT} == {held[DERAILMENT[0].id]}
