"""One count, one fact: two paragraphs that give one count with one value ("Forty residents")
and share words beyond it report that fact, however much else the longer one tells
(core.linking.align._counted_alike); a count an article repeats is its frame, no such fact."""

from __future__ import annotations

from core.linking.align import link
from core.model import Article, Link, Ref


# Each outlet's other paragraphs: facts of their own, so that a story's words weigh as in a real one.
OTHERS = (
    ("The lifeboat station reported no damage to its slipway.", "An inquiry will open at the town hall in March."),
    ("Insurers expect claims from the arcade owners within weeks.", "The ferry to Skellan ran to its usual timetable."),
)


def _story(first: tuple[str, ...], second: tuple[str, ...]) -> list[Article]:
    return [
        Article("harbour-post", "harbour-post.txt", "Harbour Post", "Pier fire", first + OTHERS[0]),
        Article("coast-daily", "coast-daily.txt", "Coast Daily", "Fire on the pier", second + OTHERS[1]),
    ]


def _linked(links: list[Link], a: Ref, b: Ref) -> bool:
    return any({l.a, l.b} == {a, b} for l in links)


# The evacuation is one clause of each long paragraph: the rest is each outlet's own.
EVACUATED = (
    "Forty residents were moved out of their homes on Saturday night while crews from three counties "
    "fought the flames along the old timber pier, and the coast road stayed shut until noon.",
)
SHELTERED = (
    "Forty residents had to leave their homes, first for the parish hall and later for a school gym "
    "across town, where volunteers served soup and blankets until dawn.",
)


def test_one_count_and_its_words_link_two_long_paragraphs() -> None:
    links = link(_story(EVACUATED, SHELTERED))
    assert _linked(links, Ref("harbour-post", 0), Ref("coast-daily", 0))


def test_a_count_the_article_repeats_is_its_frame() -> None:
    # "the two countries" is what the whole story is about: each article says it again and again,
    # and two paragraphs sharing it and a few of the story's words report no one fact.
    first = (
        "Ministers of the two countries resumed talks in Vienna on Monday after a pause of eight months, "
        "with border tolls, river rights and a disputed pipeline all on the agenda.",
        "Trade between the two countries fell sharply last year, customs figures show.",
    )
    second = (
        "Fishing boats from the two countries crowded the harbour at dawn while ministers met in Vienna, "
        "and crews traded catches of herring, cod and mackerel on the quay.",
    )
    links = link(_story(first, second))
    assert not _linked(links, Ref("harbour-post", 0), Ref("coast-daily", 0))
    assert not _linked(links, Ref("harbour-post", 1), Ref("coast-daily", 0))


def test_two_counts_of_one_thing_are_no_count_alike() -> None:
    other = (SHELTERED[0].replace("Forty", "Sixty"),)
    links = link(_story(EVACUATED, other))
    # (linked or not by the other rules, not by this one: a different value is another count)
    assert not _linked(links, Ref("harbour-post", 0), Ref("coast-daily", 0))
