"""Reading numbers in text (core.numbers): one reader for the linker and the figures view."""

from __future__ import annotations

from core.model import Article, article_id
from core.numbers import designation, is_number, number_value, phrase_value
from core.text import words_and_offsets
from core.views.figures import extract


def _named(text: str, number: str) -> bool:
    folded, flat = words_and_offsets(text)
    return designation(text, flat, folded.index(number))


def _article(outlet: str, *paragraphs: str) -> Article:
    return Article(article_id(outlet, outlet, paragraphs), "", outlet, outlet, paragraphs)


def test_numbers_in_digits_words_and_scales() -> None:
    assert number_value("1,200") == 1200 and number_value("Fourteen") == 14 and number_value("two dozen") == 24
    assert phrase_value("4.5 million") == 4.5e6 and phrase_value("3bn") is None and phrase_value("3bn", cut_short=True) == 3e9
    assert is_number("hundreds") and is_number("12") and not is_number("cable")


def test_a_number_after_a_name_before_one_thing_is_the_names() -> None:
    # "South East Asia-Middle East-Western Europe 4 cable network" names one cable: the figures
    # view read a count "4 cable" (a count above one of a thing in the singular counts nothing).
    assert _named("the Middle East-Western Europe 4 cable network", "4")
    assert _named("a fault on the Western Europe 4 cable was found", "4")
    assert _named("the Boeing 737 Max jet", "737") and _named("an AK 47 rifle", "47")
    # a count of things, a measure or a time after a place is no name's number
    assert not _named("In Gaza 30 people died", "30") and not _named("near Western Europe 3 car bombs went off", "3")
    assert not _named("the New York 10 km race", "10") and not _named("the New York 10 mile race", "10")
    assert not _named("In Port Halden 12 percent voted", "12") and not _named("on Tuesday 15 people met", "15")
    assert not _named("its Western Europe 1 cable", "1")  # one thing: a count of one
    assert not _named("Artino gave the Bluejays 14 energized and efficient minutes", "14")
    assert not _named("the Bluejays 14 remaining games", "14")


def test_the_figures_view_reads_no_figure_in_a_cables_name() -> None:
    article = _article("Wire", "The SMW4 cable, also known as South East Asia-Middle East-Western Europe 4 cable "
                               "network, connects 12 countries.")
    assert [(f.text, f.unit) for f in extract([article])] == [("12 countries", "country")]

