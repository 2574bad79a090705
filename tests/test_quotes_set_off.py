"""A quotation set off as a block quote after a paragraph that introduces it ("In a note, she
writes:"), with or without quotation marks and no attribution in the block: the outlet prints
the quote, its speaker the one the introduction names. Invented pages."""

from __future__ import annotations

import pytest

from core.model import Article, article_id
from core.reading.html import parse_html
from core.views.quotes import find_quotes

LEAD = ("Shares in Tarnvale Pumps fell sharply on Tuesday morning after the company cut its forecast "
        "for the year and said its finance chief would step down.")
WORDS = "This is a clear-out of bad news, but the real question is whether it is the final one"
CHAIR = "We have decided that the group needs a fresh start to win back the trust of our customers"
LAST = "The shares recovered a little in the afternoon but still closed well down on the day."


def _wire() -> Article:
    paragraphs = (
        LEAD,
        f'"{WORDS}," wrote Corbel Partners analyst Mina Ostrava in a note to clients.',
        f'"{CHAIR}," the chair, Lord Edmund Harrow, said in a statement.',
        LAST,
    )
    return Article(article_id("Wire", "Tarnvale falls", paragraphs), "wire.txt", "Wire", "Tarnvale falls", paragraphs)


def _blog(marks: bool) -> Article:
    def block(text: str) -> str:
        return f"<blockquote><p>{'“' if marks else ''}{text}.{'”' if marks else ''}</p></blockquote>"

    page = (
        "<html><head><title>Markets live - Ticker Blog</title></head><body><article><h1>Markets live</h1>"
        f"<p>{LEAD}</p>"
        "<p>Corbel Partners' Mina Ostrava has cut the stock to sell from hold. In a note, she writes:</p>"
        f"{block(WORDS)}"
        "<p>She lowered her price target by a third.</p>"
        "<p>Here's what Tarnvale's chair, Lord Edmund Harrow, had to say:</p>"
        f"{block(CHAIR)}"
        f"<p>{LAST}</p></article></body></html>"
    )
    return parse_html(page.encode(), source="blog.html", outlet="Ticker Blog")


@pytest.mark.parametrize("marks", [False, True], ids=["bare", "in-marks"])
def test_a_block_quote_an_introduction_attributes_is_the_outlet_printing_the_quote(marks: bool) -> None:
    # A live blog carried two statements word for word as <blockquote>s after "she writes:" and
    # "had to say:"; the quotes view left the blog out of both quotes' outlets.
    articles = [_wire(), _blog(marks)]
    by_id = {a.id: a for a in articles}
    quotes = {q.text.rstrip("."): q for q in find_quotes(articles)}
    assert quotes[WORDS].outlets(by_id) == ["Wire", "Ticker Blog"]
    assert quotes[WORDS].speaker == "Mina Ostrava" and quotes[WORDS].others == ()
    assert quotes[CHAIR].outlets(by_id) == ["Wire", "Ticker Blog"]
    assert quotes[CHAIR].speaker == "Edmund Harrow" and quotes[CHAIR].others == ()
    # (the blog's occurrence names its speaker too)
    assert [o.speaker is not None for q in (quotes[WORDS], quotes[CHAIR]) for o in q.occurrences] == [True] * 4


def test_a_paragraph_after_a_colon_that_introduces_no_speech_is_no_quotation() -> None:
    paragraphs = (LEAD, "The company gave three reasons for the cut:", "Delays at two large contracts in the north.", LAST)
    article = Article(article_id("Wire", "T", paragraphs), "wire.txt", "Wire", "T", paragraphs)
    assert find_quotes([article]) == []
