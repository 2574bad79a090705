"""One time of day, one thing shared: two paragraphs that tell when something happened with one
time written two ways ("at around 9.30pm" / "at about 2130 GMT") share that time as they would a
word, so the time and two words of the fact link them (core.linking.align.evidence_of)."""

from __future__ import annotations

from core.linking.align import link
from core.model import Article, Link, Ref

# Each outlet's other paragraphs: facts of their own, so that a story's words weigh as in a real one.
OTHERS = (
    ("The depot's owners said stock worth thousands had been lost.", "An inquiry will open at the town hall in March."),
    ("Insurers expect claims from neighbouring businesses within weeks.", "The bus station reopened on Monday morning."),
)


def _story(first: str, second: str) -> list[Article]:
    return [
        Article("valley-news", "valley-news.txt", "Valley News", "Depot fire", (first, *OTHERS[0])),
        Article("county-echo", "county-echo.txt", "County Echo", "Fire at the depot", (second, *OTHERS[1])),
    ]


def _linked(links: list[Link]) -> bool:
    return any({l.a, l.b} == {Ref("valley-news", 0), Ref("county-echo", 0)} for l in links)


def test_one_time_written_two_ways_is_shared() -> None:
    # Shared words: "started", "loft"; the time is the third thing both tell.
    first = "Crews fought the blaze at the Mill Lane depot, which started in the loft at about 2130 GMT."
    second = "It started in the loft at around 9.30pm on Sunday, forcing neighbours to leave their homes."
    assert _linked(link(_story(first, second)))


def test_two_times_are_no_shared_thing() -> None:
    # The same two words, but each tells another hour: nothing beyond them is shared.
    first = "Crews fought the blaze at the Mill Lane depot, which started in the loft at about 2130 GMT."
    second = "It started in the loft at around 4.15am on Sunday, forcing neighbours to leave their homes."
    assert not _linked(link(_story(first, second)))
