"""Stories: two reports whose evidence says they tell of two events never end in one story through a
third report, a roundup that tells of both (core.stories.cluster.two_events, cluster, attach; the
library keeps the judgement with each pair's evidence)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from core.library.store import Library
from core.model import Article
from core.stories.cluster import SAME_EVENT, cluster, evidence, group, profile, two_events
from tests.story_groups import article


#: A flood in a village and a cheese fair of its district the same day: they share the district, its
#: mountain and, by chance, a number (30 families, 30 stalls); an evening roundup tells of both.
FLOOD = article(
    "Flood sweeps through Tarrow, 30 families homeless",
    "In all 30 families lost their homes when the river burst its banks at the village of Tarrow in Oskel district on Monday.",
    "Two days of storms over Mount Brenna swelled the river, and the water reached 60 houses, officials said.",
    "The bridge from Tarrow to Millbeck was swept away, and boats took the old and the sick to the school.",
    outlet="Valley Herald", published="2027-05-10T16:00:00+00:00",
)
FAIR = article(
    "Oskel cheese wins top prize at spring fair",
    "A hard cheese from Oskel district won the first prize at the spring fair on Monday, beating makers from nine regions.",
    "Judges praised the flavour given by the summer grass of Mount Brenna, the organisers said.",
    "Some 30 stalls sold out before noon, and buyers from the capital placed orders for the whole season.",
    "The winning dairy plans to double its herd next year and hire four more cheesemakers.",
    "The fair closes on Wednesday with a cooking contest for schools.",
    outlet="North Gazette", published="2027-05-10T13:00:00+00:00",
)
ROUNDUP = article(
    "Monday in Oskel",
    "A flood at Tarrow left 30 families homeless after two days of storms over Mount Brenna.",
    "Oskel cheese won the first prize at the spring fair, where 30 stalls sold out before noon.",
    "The district council put off its vote on the new bus routes until next month.",
    outlet="Ridge Radio", published="2027-05-10T19:30:00+00:00",
)
ARTICLES = [FLOOD, FAIR, ROUNDUP]


def _sets(articles: list[Article], groups: list[list[int]]) -> set[frozenset[str]]:
    return {frozenset(articles[i].id for i in g) for g in groups}


def _apart(groups: set[frozenset[str]]) -> None:
    """The flood and the fair are in two stories; the roundup is in one of them at most."""
    assert not any(FLOOD.id in g and FAIR.id in g for g in groups)


def test_the_two_events_are_judged_two_and_the_roundup_shares_enough_with_each() -> None:
    flood, fair, roundup = (profile(a) for a in ARTICLES)
    found = evidence(flood, fair)
    assert found.score < SAME_EVENT and two_events(found)
    assert evidence(flood, roundup).score >= SAME_EVENT and evidence(fair, roundup).score >= SAME_EVENT
    assert not two_events(evidence(flood, roundup)) and not two_events(evidence(fair, roundup))


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_roundup_of_two_events_joins_them_in_no_story_in_any_order(order: tuple[int, ...]) -> None:
    articles = [ARTICLES[i] for i in order]
    groups = _sets(articles, group([profile(a) for a in articles], keys=[a.id for a in articles]))
    _apart(groups)
    assert len(groups) == 2  # the roundup joins one of them


def _library_groups(library: Library) -> set[frozenset[str]]:
    return {frozenset(a.id for a in library.story(s.id).articles) for s in library.stories()}


def test_a_library_keeps_the_two_events_apart_whatever_order_they_are_added_in(tmp_path: Path) -> None:
    expected = _sets(ARTICLES, group([profile(a) for a in ARTICLES], keys=[a.id for a in ARTICLES]))
    for n, order in enumerate(itertools.permutations(ARTICLES)):
        with Library(tmp_path / f"lib{n}.sqlite") as library:
            for a in order:  # one add each, grouped as it comes
                library.add(a, source=a.path)
            assert _library_groups(library) == expected
    with Library(tmp_path / "batch.sqlite") as library:  # added without grouping, then grouped in one run
        for a in ARTICLES:
            library.add(a, source=a.path, link=False, group=False)
        library.group_added()
        assert _library_groups(library) == expected
    _apart(expected)


def test_a_roundup_joins_no_two_events_among_other_stories_in_a_library(tmp_path: Path) -> None:
    # More reports of each event: each story grows, and the roundup still joins them in none.
    more_flood = article(
        "Tarrow flood: families wait for help",
        "Families made homeless by Monday's flood at Tarrow in Oskel district spent the night in the school.",
        "The river rose after storms over Mount Brenna, and the bridge to Millbeck is gone, officials said.",
        outlet="Coast Courier", published="2027-05-10T21:00:00+00:00",
    )
    articles = [*ARTICLES, more_flood]
    results = []
    for seed in range(3):
        order = list(articles)
        random.Random(seed).shuffle(order)
        with Library(tmp_path / f"more{seed}.sqlite") as library:
            for a in order:
                library.add(a, source=a.path)
            results.append(_library_groups(library))
    assert all(r == results[0] for r in results)
    _apart(results[0])
    assert any(FLOOD.id in g and more_flood.id in g for g in results[0])


def test_cluster_joins_no_two_groups_that_hold_a_pair_kept_apart() -> None:
    # 2 tells of both 0 and 1, which are two events: 2 joins one of them (the better), never both.
    scores = {(0, 1): 0.1, (0, 2): 0.7, (1, 2): 0.8}
    assert cluster(3, scores) == [[0, 1, 2]]
    assert cluster(3, scores, apart={(0, 1)}) == [[0], [1, 2]]
    # A group the user made may hold such a pair: the user's judgement stands, and others join it.
    assert cluster(3, scores, fixed=[[0, 1]], apart={(0, 1)}) == [[0, 1, 2]]
