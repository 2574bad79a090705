"""Plain text exported from other media (session 43): a page whose every line is indented alike
is re-flowed as hard-wrapped copy; a text browser's link list and link numbers, a teletext page's
frame and a press release's label are no report text; a press release's dated opening line is its
dateline."""

from __future__ import annotations

from core.reading.judge import split_dateline
from core.reading.text import parse_text

LINES = [
    "Dockers at the port of Westhaven voted on",
    "Tuesday to strike over night-shift pay,",
    "the union said after a ballot of members.",
    "",
    "The walkout could begin next week unless",
    "the port operator returns to the talks it",
    "left at the start of the month, it said.",
]


def test_teletext_page_reflows_without_its_frame() -> None:
    page = "\n".join(["P202   TELEVIEW 2 202   Wed 04 Mar  09:15/02", "", "       HARBOURWATCH 202", "",
                      " DOCKERS VOTE TO STRIKE AT WESTHAVEN", "", *(" " + line if line else "" for line in LINES), "",
                      " Travel  203  Weather 401  Sport  301"])
    article = parse_text(page, path="x.txt")[0]
    assert article.title == "DOCKERS VOTE TO STRIKE AT WESTHAVEN"
    assert article.paragraphs == (" ".join(LINES[:3]), " ".join(LINES[4:]))


def test_a_headline_that_opens_with_a_count_and_ends_with_a_time_is_no_teletext_header() -> None:
    page = "\n".join(["300 flights cancelled in storm, updated 14:05", "", *LINES])
    article = parse_text(page, path="x.txt")[0]
    assert article.title == "300 flights cancelled in storm, updated 14:05"


def test_text_browser_dump_without_link_numbers() -> None:
    page = "\n".join(["   [1]Skip to content", "   [2]Port Weekly", "", "Dockers vote to strike at Westhaven", "",
                      "   By [3]Ana Example", "", *("   " + line if line else "" for line in LINES), "",
                      "References", "", "   1. https://port.example/#content", "   2. https://port.example/",
                      "   3. https://port.example/author/ana"])
    article = parse_text(page, path="x.txt")[0]
    assert article.title == "Dockers vote to strike at Westhaven"
    assert article.byline == "Ana Example"
    assert article.paragraphs == (" ".join(LINES[:3]), " ".join(LINES[4:]))


def test_press_release_label_and_dated_opening() -> None:
    page = "\n".join(["COMMUNIQUÉ DE PRESSE", "Pour diffusion immédiate", "", "Le port de Valmer ouvre un nouveau terminal", "", "Valmer, 4 mars 2026 – Le port de Valmer a ouvert mercredi son",
                      "nouveau terminal de passagers, qui pourra accueillir 1 200 personnes par heure.", "",
                      "Les travaux ont commencé en 2024 et se sont terminés avec deux mois d'avance sur le calendrier."])
    article = parse_text(page, path="x.txt")[0]
    assert article.title == "Le port de Valmer ouvre un nouveau terminal"
    assert article.published and article.published.startswith("2026-03-04")
    assert split_dateline("On Tuesday, March 3, 2026 – the port opened a new terminal for its passengers.")[0] is None
