"""One outcome counted, one fact: two paragraphs that count one outcome and no other of the same
event ("three hurt" / "injured two hikers") report one quantity in whatever words and with
whatever figure, the figures a difference to show (core.linking.align._one_count); a tally of
several outcomes, another outcome, or a count with no word of the event alike is not it."""

from __future__ import annotations

from core.linking.align import _one_count, link, prepare
from core.linking.evidence import differences
from core.model import Article, Link, LinkKind, Ref

# Each outlet's other paragraphs: facts of their own, so that a story's words weigh as in a real one.
OTHERS = (
    (
        "Engineers said the slope had been monitored since heavy rain in the spring.",
        "The regional council will meet on Friday to discuss funding for retaining walls.",
        "Buses between Tarnow and Lesko are running on a diversion through the valley.",
    ),
    (
        "Geologists blamed weeks of rainfall that had loosened the hillside.",
        "A spokesman for the roads agency said repairs could take a month.",
        "Hotels in the resort reported cancellations after the closure.",
    ),
)

HEADLINE = "Landslide buries pass above Tarnow, three hurt as flooding cuts off villages overnight"
BODY = ("A landslide swept across the pass above Tarnow late on Tuesday evening, injuring two hikers "
        "and crushing a parked van near the chapel at the summit, mountain rescuers said.")
TALLY = "A landslide on the same pass in 2019 killed four people and injured eleven others."
MISSING = "Two hikers were missing after the slide swept across the pass above Tarnow, rescuers said."


def _story(first: tuple[str, ...], second: tuple[str, ...]) -> list[Article]:
    return [
        Article("valley-news", "valley-news.txt", "Valley News", "Landslide", first + OTHERS[0]),
        Article("mountain-post", "mountain-post.txt", "Mountain Post", "Road buried", second + OTHERS[1]),
    ]


def _linked(links: list[Link], a: Ref, b: Ref) -> bool:
    return any({l.a, l.b} == {a, b} for l in links)


def test_a_headline_and_a_body_counting_one_outcome_link_whatever_the_figures() -> None:
    links = link(_story((HEADLINE,), (BODY,)))
    [found] = [l for l in links if {l.a, l.b} == {Ref("valley-news", 0), Ref("mountain-post", 0)}]
    assert found.kind is LinkKind.PARAPHRASE
    # the figures are the link's difference, as the panel and `links --json` show it
    assert [(d.a, d.b, d.what) for d in differences(HEADLINE, BODY)] == [("three", "two", "figure")]


def _pair(first: str, second: str) -> tuple[object, object]:
    paras = prepare(_story((first,), (second,)))
    return paras[0], paras[len(OTHERS[0]) + 1]


def test_a_tally_of_several_outcomes_is_no_count_of_one() -> None:
    # (often another event's: "That temblor killed at least six people, injured almost 50")
    tally, body = _pair(TALLY, BODY)
    assert not _one_count(tally, body, tally.stems & body.stems)


def test_other_outcomes_are_other_quantities() -> None:
    headline, missing = _pair(HEADLINE, MISSING)
    assert not _one_count(headline, missing, headline.stems & missing.stems)
    assert not _linked(link(_story((HEADLINE,), (MISSING,))), Ref("valley-news", 0), Ref("mountain-post", 0))


def test_one_outcome_needs_a_word_of_the_event_alike() -> None:
    ours, theirs = _pair("Three hurt", "Two hikers were injured on Tuesday.")
    assert not _one_count(ours, theirs, ours.stems & theirs.stems)
