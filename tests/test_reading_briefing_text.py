"""A plain-text briefing: a short headline in capitals with its date line under it, a greeting
with an intro that leads in to a bulleted list, and the items. The headline is the title (not the
first item), the intro is text (its salutation aside), each item a paragraph without its marker."""

from __future__ import annotations

from core.reading.text import parse_text

BRIEFING = """EVENING NOTES
Monday 9 March 2026

Good evening. This is what happened along the valley today.

• Roads: The valley road reopened after a rockfall closed it for six hours on Monday.

• Markets: The Tarnby market hall will stay open late on Thursdays from April, the council said.

• Weather: Frost is expected in the upper valley overnight, with clear skies on Tuesday.
"""


def test_a_short_headline_in_capitals_over_its_date_line_is_the_title() -> None:
    article = parse_text(BRIEFING, path="notes.txt")[0]
    assert article.title == "EVENING NOTES"
    assert (article.published or "").startswith("2026-03-09")


def test_a_greetings_intro_above_a_bulleted_list_is_text_and_each_item_a_paragraph() -> None:
    article = parse_text(BRIEFING, path="notes.txt")[0]
    assert article.paragraphs[0] == "This is what happened along the valley today."
    assert article.paragraphs[1].startswith("Roads: The valley road reopened")
    assert len(article.paragraphs) == 4


def test_a_greeting_alone_above_the_list_stays_out() -> None:
    text = BRIEFING.replace("Good evening. This is what happened along the valley today.", "Good evening.")
    article = parse_text(text, path="notes.txt")[0]
    assert not any("Good evening" in p for p in article.paragraphs)
    assert article.paragraphs[0].startswith("Roads:")
