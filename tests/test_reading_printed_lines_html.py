"""A converted document whose every printed line is a paragraph of the page (trial 55 F6: a
regulator's decision saved as HTML, "<p>... The trans-</p><p>mission system operator ...</p>"):
the lines are joined into the paragraphs they were printed in, a word a line's end breaks with a
hyphen joined whole, so a quotation split over two lines is one and the facts are whole
sentences. A page whose one paragraph lacks its stop stays as it is."""

from __future__ import annotations

from core.reading.html import parse_html
from core.reading.judge import printed_lines

LINES = [
    "1. On 1 December 2026 at 18:42 the Brenna-Holmvik interconnector disconnected. The trans-",
    "mission system operator reports that 4.2 GW of generation was lost and that nearly",
    "three million customers were interrupted for up to 14 hours.",
    "2. The Authority opens an inquiry into the causes of the disturbance, the operation of",
    "protection systems and the communication with customers. It will report within 60 days.",
    "3. The Chair of the Authority, Pieter Osk, stated: “Consumers are entitled to know why a",
    "single line could darken three countries.”",
]


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='en'><head><title>Decision 14/2026 opening an inquiry into the grid disturbance</title></head>"
            f"<body><h1>Decision 14/2026 opening an inquiry into the grid disturbance</h1>{body}</body></html>")


def test_printed_lines_are_joined_into_their_paragraphs() -> None:
    article = parse_html(_page(LINES).encode(), source="decision.html")
    assert list(article.paragraphs) == [
        "1. On 1 December 2026 at 18:42 the Brenna-Holmvik interconnector disconnected. The transmission system "
        "operator reports that 4.2 GW of generation was lost and that nearly three million customers were "
        "interrupted for up to 14 hours.",
        "2. The Authority opens an inquiry into the causes of the disturbance, the operation of protection systems "
        "and the communication with customers. It will report within 60 days.",
        "3. The Chair of the Authority, Pieter Osk, stated: “Consumers are entitled to know why a single line "
        "could darken three countries.”",
    ]


def test_a_word_the_page_writes_with_its_hyphen_keeps_it() -> None:
    # "long-" / "term" at a line's end: the page writes "long-term" elsewhere, so the hyphen is the word's
    lines = ["The operator said the long-term plan for the line would be published soon and that",
             "repairs of the old cable would be a long-", "term task lasting until the end of the week at",
             "least."]
    assert printed_lines(lines) == [
        "The operator said the long-term plan for the line would be published soon and that repairs of the old "
        "cable would be a long-term task lasting until the end of the week at least."]


def test_one_paragraph_without_its_stop_over_a_small_letter_stays() -> None:
    paragraphs = ["The operator said the grid was stable again and that customers would be reconnected",
                  "region by region over the evening.", "The minister called the failure unacceptable.",
                  "An inquiry will report within 60 days."]
    assert printed_lines(paragraphs) == paragraphs


def test_short_items_in_small_letters_are_no_printed_lines() -> None:
    items = ["What the decision orders", "event logs by 10 December", "a report within 60 days", "a public hearing"]
    assert printed_lines(items) == items


def test_a_list_s_items_in_small_letters_are_no_printed_lines() -> None:
    # items of six words and more, none closing a sentence: a list the page gives as paragraphs
    items = ["The port will spend the grant on three things:", "shore power for the ships at the old quay",
             "two new electric boats for the mooring crews", "sensors of the air quality around the harbour",
             "Work begins in the spring."]
    assert printed_lines(items) == items
