"""Stories: two events of one kind whose reports recall each other are two stories (core.stories.cluster.divide)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from core.library.store import Library
from core.model import Article, article_id
from core.stories.cluster import DIVIDE_SIDE, attach, candidates, cluster, divide, evidence, group, profile

OUTLETS = ["Coast Courier", "Bay Times", "Daily Ledger", "Harbour Post", "Valley Herald", "North Gazette", "Ridge Daily"]
#: What every report of the scandal recalls, whichever death it tells of (a few sentences each picks).
BACKGROUND = [
    "The Harbour Board scandal broke in 1998, when reporters Ivo Marsh and Petra Lind of the Coast Courier showed that "
    "board members took money from the Dunmore shipyard.",
    "Judge Elena Roth sent three board members to prison, and chairman Oskar Vell resigned in disgrace.",
    "For years the Courier's source was known only as Lantern, and Marsh and Lind kept the secret.",
    "The shipyard owner, Anton Kreel, paid back 4.2 million and was never charged.",
    "Oskar Vell, who resigned as chairman, later wrote that the board had been blind to the Dunmore accounts.",
]


def _reports(person: str, town: str, age: str, role: str, day: str) -> list[Article]:
    out = []
    for k, outlet in enumerate(OUTLETS[:6]):
        lead = [f"{person}, the {role} in the Harbour Board scandal, has died in {town} at the age of {age}.",
                f"{person.split()[-1]} died at home in {town} on {day}, {'a family spokesman' if k % 2 else 'the family'} said."]
        body = [BACKGROUND[(k + j) % len(BACKGROUND)] for j in range(3)]
        title = [f"{person} dies at {age}", f"{person.split()[-1]}, of Harbour Board fame, dead", f"{town} mourns {person}"][k % 3]
        paragraphs = tuple(lead + body)
        out.append(Article(article_id(outlet, title, paragraphs), f"{outlet}.txt", outlet, title, paragraphs))
    return out


#: Two deaths among the people of one scandal, each told by six outlets whose bodies recall the scandal alike.
QUELL = _reports("Mara Quell", "Lisbury", "88", "informant known as Lantern", "Friday")
WREN = _reports("Tobias Wren", "Caddon", "79", "board treasurer", "Tuesday")


def _sets(articles: list[Article], groups: list[list[int]]) -> set[frozenset[str]]:
    return {frozenset(articles[i].id for i in g) for g in groups}


def test_two_events_of_one_kind_whose_reports_recall_each_other_are_two_stories() -> None:
    articles = [*QUELL, *WREN]
    found = [profile(a) for a in articles]
    keys = [a.id for a in articles]
    scores = {(i, j): evidence(found[i], found[j]).score for i, j in candidates(found)}
    # Pair by pair and on average the bodies make them one story...
    joined = attach(cluster(len(found), scores, keys=keys), scores, lambda c: [found[i] for i in c], keys=keys)
    assert len(joined) == 1
    # ... the leads, each naming whose death it reports, make two.
    truth = {frozenset(a.id for a in QUELL), frozenset(a.id for a in WREN)}
    assert _sets(articles, divide(joined, lambda c: [found[i] for i in c], keys=keys)) == truth
    assert _sets(articles, group(found, keys=keys)) == truth


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_split_does_not_depend_on_the_order_in_a_library_either(tmp_path: Path, seed: int) -> None:
    articles = [*QUELL, *WREN]
    random.Random(seed).shuffle(articles)
    assert _sets(articles, group([profile(a) for a in articles], keys=[a.id for a in articles])) == {
        frozenset(a.id for a in QUELL), frozenset(a.id for a in WREN)}
    with Library(tmp_path / "lib.sqlite") as library:
        for article in articles:
            library.add(article, source=article.path, link=False)
        stories = {frozenset(a.id for a in library.story(s.id).articles) for s in library.stories()}
    assert stories == {frozenset(a.id for a in QUELL), frozenset(a.id for a in WREN)}


def test_one_event_whose_leads_name_different_things_stays_one_story() -> None:
    # Every lead names the dead woman; five name her town, five the hospital, two both: the reports of one event
    # tell of the same particulars, so the sides of a split would share their anchors.
    articles = []
    for k, outlet in enumerate(OUTLETS[:6] * 2):
        where = ["in Lisbury", "at Saint Ives hospital"][k % 2] if k < 10 else "at Saint Ives hospital in Lisbury"
        paragraphs = (f"Mara Quell, the informant known as Lantern, has died {where}, report {k}.", *BACKGROUND[:3])
        title = f"Quell dies ({k})"
        articles.append(Article(article_id(outlet, title, paragraphs), f"{outlet}.txt", outlet, title, paragraphs))
    assert len(articles) >= 2 * DIVIDE_SIDE
    assert len(group([profile(a) for a in articles], keys=[a.id for a in articles])) == 1


def test_a_story_the_user_made_is_never_split() -> None:
    articles = [*QUELL, *WREN]
    found = [profile(a) for a in articles]
    everything = list(range(len(articles)))
    assert len(group(found, keys=[a.id for a in articles], fixed=[everything])) == 1
