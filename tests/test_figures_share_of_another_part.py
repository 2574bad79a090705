"""A share is timed by its own part of a sentence (trial 55 F3: "92%" of customers restored was
in no row): a day's high said of a price before "before ... once" and a time said after "and to
all customers" are no times of the share, which three outlets give alike."""

from __future__ import annotations

from core.linking.story import Story
from core.quantities import When, when_of
from core.views.figures import compare
from tests.figure_rows import article

_COURIER = "By Wednesday morning power was back for most of the capital. OstNet said it had restored 92% of customers after 14 hours."
_OPERATOR = "Supply was restored to 92% of customers within 14 hours and to all customers by 21:00 on 2 December."
_PRICES = ("Intraday contracts traded as high as 1,150 euros per MWh before falling back once OstNet said 92% of customers "
           "were reconnected.")


def test_a_time_of_another_part_of_the_sentence_is_not_the_figures() -> None:
    at = _OPERATOR.index("92%")
    assert when_of(_OPERATOR, at, at + 3) == When()
    at = _PRICES.index("92%")
    assert when_of(_PRICES, at, at + 3) == When()
    # the part's own time stays: the price is the day's high, "all customers" by 21:00 on 2 December
    at = _PRICES.index("1,150")
    assert when_of(_PRICES, at, at + 12).point == "extreme"
    assert when_of("Supply was restored to all customers by 21:00 on 2 December and 92% within 14 hours.", 23, 36).point == "21:00"


def test_one_share_three_outlets_give_is_one_row() -> None:
    story = Story.build([article("Courier", _COURIER), article("OstNet", _OPERATOR), article("Grid Watch", _PRICES)])
    shares = [g for g in compare(story) if g.kind == "share"]
    assert [(g.quantity, [f.text for f in g.figures], g.disagree) for g in shares] == [("share (customers)", ["92%"] * 3, False)]
