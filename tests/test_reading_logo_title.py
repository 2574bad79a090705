"""A page whose <title> and logo <h1> are the site's name prints its headline in a lesser heading
(session 43)."""

from __future__ import annotations

from core.reading.html import parse_html


def test_card_heading_under_a_logo_h1_is_the_headline() -> None:
    page = ("<html lang='en'><head><title>Valley Ledger</title></head><body>"
            "<nav class='navbar'><a class='navbar-brand' href='/'><h1>Valley Ledger</h1></a>"
            "<ul><li><a href='/'>Home</a></li><li><a href='/local'>Local</a></li></ul></nav>"
            "<div class='card'><div class='card-body'><h2 class='card-title'>Ferry to Greenholm runs again</h2>"
            "<p>The ferry to Greenholm ran again on Tuesday after three weeks out of service, its operator said in a statement.</p>"
            "<p>The first crossing left at half past seven with 180 passengers on board and arrived on time at the island.</p>"
            "</div></div></body></html>")
    assert parse_html(page.encode(), source="x.html").title == "Ferry to Greenholm runs again"
