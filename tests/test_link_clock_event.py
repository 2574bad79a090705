"""One time of day and a word of what happened then: two paragraphs that tell when one thing
happened ("the blaze broke out about 8.40pm" / "The fire ... broke out in the roof at 8.49pm")
are linked however few of their words are alike (core.linking.align._clock_pairs); one time and
no word of an event, or two times, are no link."""

from __future__ import annotations

from core.linking.align import link
from core.model import Article, Link, Ref

OTHERS = (
    ("The depot's owners said stock worth thousands had been lost.", "An inquiry will open at the town hall in March.",
     "Insurers expect claims from neighbouring businesses within weeks."),
    ("The bus station reopened on Monday morning.", "Councillors will meet traders on Thursday.",
     "A charity has set up a fund for staff who lost work."),
)


def _story(first: str, second: str) -> list[Article]:
    return [
        Article("valley-news", "valley-news.txt", "Valley News", "Depot fire", (first, *OTHERS[0])),
        Article("county-echo", "county-echo.txt", "County Echo", "Fire at the depot", (second, *OTHERS[1])),
    ]


def _linked(links: list[Link]) -> bool:
    return any({l.a, l.b} == {Ref("valley-news", 0), Ref("county-echo", 0)} for l in links)


def test_one_time_and_the_event_link_in_few_words_alike() -> None:
    first = "Families living above the shops were taken to a church hall after the blaze erupted about 8.40pm."
    second = "The fire, which detectives are treating as suspicious, erupted in the loft at 8.49pm on Friday and spread quickly."
    assert _linked(link(_story(first, second)))


def test_two_times_or_no_word_alike_are_no_link() -> None:
    first = "Families living above the shops were taken to a church hall after the blaze erupted about 8.40pm."
    other_time = "The fire, which detectives are treating as suspicious, erupted in the loft at 11.15pm on Friday and spread quickly."
    no_event = "Traders were told by text message at 8.45pm that the market would stay closed for a week."
    assert not _linked(link(_story(first, other_time)))
    assert not _linked(link(_story(first, no_event)))
