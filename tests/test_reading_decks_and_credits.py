"""A page's deck under its headline, whatever its class calls it, and where a byline or a credit
says the reporter filed from (trial 39b F4, F5). Invented pages, shaped as CMS pages print them."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html

_BODY = ("<p>The harbour board of Ostrand voted on Tuesday to build a new ferry terminal for 40 million euros, "
         "after two years of talks with the island's operators.</p>"
         "<p>Work is due to start next spring and to end in 2029, the board's chair, Ana Example, told reporters.</p>"
         "<p>Residents of the old quay said they would appeal against the plan, which moves the car queue to their street.</p>")
_DECK = "Opponents vow to appeal as the cost of the works rises by a third in two years"


def _arc_page(deck: str) -> bytes:
    return ("<html><head><title>Ostrand approves ferry terminal - Valley Courier</title></head><body>"
            "<nav><a href='/'>Home</a><a href='/world'>World</a></nav><main class='article-layout'>"
            f"<div class='article-header'><h1 class='headline'>Ostrand approves ferry terminal</h1>{deck}"
            "<div class='byline-block'><span class='byline'>By Bo Lind</span> | <span class='date'>March 3, 2026</span></div></div>"
            f"<div class='article-body'>{_BODY}</div></main></body></html>").encode()


@pytest.mark.parametrize("deck", [
    f"<h2 class='subheadline'>{_DECK}</h2>",  # Arc's deck in a heading
    f"<p class='teaser'>{_DECK}.</p>",  # a German page's "teaser"
    f"<div class='article-subtitle'>{_DECK}</div>",
    f"<p class='entradilla'>{_DECK}.</p>",
    f"<p class='sommario'>{_DECK}.</p>",
])
def test_a_deck_under_the_headline_is_the_first_paragraph_whatever_its_class_calls_it(deck: str) -> None:
    """Trial 39b F4: an Arc page's <h2 class=subheadline> and a German page's <p class=teaser>
    were lost, neither in the paragraphs nor the standfirst."""
    article = parse_html(_arc_page(deck), source="courier.html")
    assert article.paragraphs[0].rstrip(".") == _DECK
    assert article.paragraphs[1].startswith("The harbour board of Ostrand")


def test_teasers_of_other_reports_are_no_deck() -> None:
    """A list of teasers between the headline and the body (one class over and over, or a link to
    another report) is no lead."""
    teasers = "".join(f"<p class='teaser'>Another report about the old quay and its residents, part {n} of three.</p>"
                      for n in range(3))
    article = parse_html(_arc_page(teasers), source="courier.html")
    assert article.paragraphs[0].startswith("The harbour board of Ostrand")
    linked = ("<div class='teaser'><a href='/other'>Island operators raise their fares for the third time "
              "in a year, citing fuel</a></div>")
    article = parse_html(_arc_page(linked), source="courier.html")
    assert article.paragraphs[0].startswith("The harbour board of Ostrand")
