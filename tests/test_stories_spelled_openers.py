"""A number that opens a sentence is written in words ("Sixty firefighters ...", style guides ask it),
where another report of the event writes its digits: the figure is one in the grouping profiles."""

from __future__ import annotations

from core.stories.cluster import _spelled_opening, evidence, profile
from tests.story_groups import article

# Invented reports of an invented warehouse fire, one opening its sentences with the figures in words.
WORDS = article(
    "Blaze guts Orlavik grain store",
    "Sixty-four firefighters fought the fire at the Orlavik grain store through the night.",
    "Thirty-seven workers were moved out before the roof fell in.",
    outlet="Orlavik Echo", published="2026-03-10",
)
DIGITS = article(
    "Fire destroys grain store in Orlavik",
    "The fire brigade sent 64 firefighters to the grain store in Orlavik on Monday night.",
    "Managers said 37 workers had been moved out of the building.",
    outlet="Coast Wire", published="2026-03-10",
)


def test_a_number_in_words_that_opens_a_sentence_is_a_figure() -> None:
    words = profile(WORDS)
    assert "f:64" in words.weights and "f:37" in words.weights
    assert "l:f:64" in words.weights  # the lead's, as its digits would be
    assert {"64", "37"} <= set(evidence(words, profile(DIGITS)).figures)


def test_the_number_is_read_in_english_and_the_languages_of_the_figures_reader() -> None:
    assert _spelled_opening(["Sixty", "firefighters"], "en") == (1, "60")
    assert _spelled_opening(["One", "hundred", "and", "twenty", "workers"], None) == (4, "120")
    assert _spelled_opening(["Two", "million", "people"], "en") == (1, "2")  # the scale is read with it
    assert _spelled_opening(["Zweiundzwanzig", "Waggons"], "de") == (1, "22")
    assert _spelled_opening(["Treinta", "y", "tres", "vagones"], "es") == (3, "33")
    assert _spelled_opening(["Dozens", "of", "people"], "en") is None  # vague: no one value
    assert _spelled_opening(["Firefighters", "came"], "en") is None
