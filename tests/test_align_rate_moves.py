"""A rate's move in points says its size, not what moved: two paragraphs that give moves of no
common size give no number for one thing (trial 49 F6: the two-year yield "up 9 basis points" was
linked to the central bank's rise "by 25 basis points" through the unit alone)."""

from __future__ import annotations

from core.linking import align
from core.model import Article, article_id
from core.quantities import move_sizes


def _article(outlet: str, *paragraphs: str) -> Article:
    title = f"{outlet} report"
    return Article(article_id(outlet, title, paragraphs), f"{outlet}.txt", outlet, title, paragraphs)


def test_the_sizes_of_moves_in_points_whatever_their_unit() -> None:
    assert move_sizes("the two-year yield rose 9 basis points") == {0.09}
    assert move_sizes("raised by a quarter point") == move_sizes("a 0.25 percentage-point rise") == move_sizes("up 25bps") == {0.25}
    assert move_sizes("inflation of 3.1%") == frozenset()


def test_moves_of_other_sizes_are_no_quantity_in_common() -> None:
    markets, research, daily = align.prepare([
        _article("Markets", "Sorland government bonds sold off, with the two-year yield up 9 basis points at 3.41%."),
        _article("Research", "The Bank of Sorland raised its deposit rate by 25 basis points to 3.25% today."),
        _article("Daily", "The Bank of Sorland raised its main interest rate by 0.25 percentage points on Wednesday."),
    ])
    assert not align._same_quantity(markets, research)
    assert align._same_quantity(research, daily)  # one move, in two units
