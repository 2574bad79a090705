"""A clause that places a report's news days after another happening (", two days after reporting a
9% fall in sales") names that earlier event: its figure and words are the earlier event's, not the
report's own, so a firm's results and its chief's resignation two days later, which recalls them, are
two stories."""

from __future__ import annotations

from core.stories.cluster import _unrecalled, profile
from tests.story_groups import article, stories


# Invented reports of an invented firm's results (Tuesday) and its chief's resignation (Thursday).
RESULTS = article(
    "Halvik Tools sales fall 9% on weak building demand",
    "Halvik Tools said on Tuesday its third-quarter sales fell 9% to 230 million euros as house building slowed.",
    "Chief executive Mira Stenholm said the company would close two warehouses.",
    outlet="Trade Ledger", published="2026-10-20T07:30:00Z",
)
RESULTS_OTHER = article(
    "Halvik Tools quarterly sales drop to 230 million euros",
    "Halvik Tools reported a 9% drop in third-quarter sales to 230 million euros on Tuesday.",
    "Its shares fell 4% in early trading.",
    outlet="Market Wire", published="2026-10-20T08:10:00Z",
)
EXIT = article(
    "Halvik Tools chief Mira Stenholm resigns",
    "Mira Stenholm will leave as chief executive of Halvik Tools in March after six years, the company said on Thursday, "
    "two days after reporting a 9% fall in quarterly sales.",
    "Chairman Olof Brand said the board would look for a successor. Stenholm said it was 'the right time to go'.",
    outlet="Trade Ledger", published="2026-10-22T16:00:00Z",
)
EXIT_OTHER = article(
    "Stenholm resigns as Halvik Tools CEO",
    "Halvik Tools chief executive Mira Stenholm is to leave in March, the company announced on Thursday.",
    "Finance chief Ivar Lund will run the company until a successor is found.",
    outlet="Market Wire", published="2026-10-22T16:45:00Z",
)


def test_the_clause_of_an_earlier_happening_is_no_part_of_the_news() -> None:
    assert _unrecalled("He left on Thursday, two days after reporting a fall. The board met.") == "He left on Thursday. The board met."
    assert _unrecalled("Rescuers found him, hours after he went missing.") == "Rescuers found him, hours after he went missing."
    assert _unrecalled("A quake struck on Friday, a week after the Belsk quake.") == "A quake struck on Friday."


def test_results_and_the_resignation_that_recalls_them_are_two_stories() -> None:
    assert "f:9 percent" not in profile(EXIT).weights
    for seed in range(3):
        assert stories([RESULTS, RESULTS_OTHER, EXIT, EXIT_OTHER], seed, by="title") == [
            sorted([EXIT.title, EXIT_OTHER.title]), sorted([RESULTS.title, RESULTS_OTHER.title]),
        ]


def test_one_helper_cuts_a_clause_to_its_sentences_stop_or_an_opening_clause_to_its_comma() -> None:
    """_undenied and _unrecalled are one cut (_unsaid): from a match to its sentence's stop, and, where
    asked, a match opening its sentence to its first comma."""
    import re

    from core.stories.cluster import _unsaid

    aside = re.compile(r"(?<!\w)apart from(?!\w)", re.IGNORECASE)
    text = "The ferry sailed, apart from the Tarn line. Apart from delays, all ran. The end."
    assert _unsaid(text, aside) == "The ferry sailed, . . The end."
    assert _unsaid(text, aside, opening_to_comma=True) == "The ferry sailed, . , all ran. The end."
    assert _unsaid("Nothing to cut here.", aside) == "Nothing to cut here."
