"""E-paper (PressReader-style) page text: the running head printed again on each page, whatever
its language's word for "page" (or none), names the paper and dates the issue and is no text;
a name printed in capitals under the headline is the writer's byline, written as names are; a
headline or deck in capitals is no name."""

from __future__ import annotations

from core.reading.judge import is_running_head, running_head_outlet
from core.reading.text import parse_text

PAGE = """HAVENBODE | DINSDAG 3.3.2026 | PAGINA 4
BINNENLAND
Veer vaart weer
Eiland weer bereikbaar vanaf dinsdag
ANNA VOORBEELD
ZEEDORP
De veerboot tussen Zeedorp en het eiland vaart vanaf dinsdag
weer, na een onderbreking van twee weken, meldde de rederij.
Het ijs lag te dik. In de eerste week vaart de boot een keer
per uur in plaats van twee keer.
HAVENBODE | DINSDAG 3.3.2026 | PAGINA 4
"""


def test_a_running_head_printed_again_as_it_is_names_the_paper_and_dates_the_issue() -> None:
    article = parse_text(PAGE, path="page.txt")[0]
    assert article.outlet == "HAVENBODE"
    assert (article.published or "").startswith("2026-03-03")
    assert not any("PAGINA" in p for p in article.paragraphs)
    assert article.title == "Veer vaart weer"


def test_a_name_in_capitals_under_the_headline_is_the_byline_in_name_case() -> None:
    article = parse_text(PAGE, path="page.txt")[0]
    assert article.byline == "Anna Voorbeeld"


def test_a_running_head_with_only_the_pages_number_once_atop_the_page() -> None:
    text = PAGE.replace("PAGINA 4", "4").rsplit("HAVENBODE", 1)[0]
    article = parse_text(text, path="page.txt")[0]
    assert article.outlet == "HAVENBODE"
    assert (article.published or "").startswith("2026-03-03")


def test_running_head_shapes() -> None:
    assert is_running_head("THE LEDGER | TUESDAY, MARCH 3, 2026 | PAGE 7")
    assert is_running_head("7 · Ledger · 3.3.2026")
    assert running_head_outlet("HAVENBODE | DINSDAG 3.3.2026 | S. 7") == "HAVENBODE"
    assert not is_running_head("Ana Example | 3 March 2026")
    assert running_head_outlet("Ana Example | 3 March 2026 | 7") is None


def test_a_deck_in_capitals_is_no_byline() -> None:
    text = ("FERRY IS BACK\nISLAND LINKED\n"
            "The ferry to the island runs again from Tuesday, the operator said. Island families\n"
            "had to take a long road for two weeks.\n")
    article = parse_text(text, path="page.txt")[0]
    assert article.byline is None
