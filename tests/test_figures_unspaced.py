"""Figures in a script written without spaces: a Japanese or Chinese report writes its figures on to
the characters before them ("上昇率は3.1%で", "目标的2%"), with no space or mark between. Such a
figure is a figure all the same, as one after a comma is; a number run on to letters of a spaced
script ("A320", "COVID19") is still none."""

from __future__ import annotations

from core.views.figures import extract
from tests.reports import outlet_article


def test_figures_written_on_to_japanese_and_chinese_characters() -> None:
    # Invented reports of an invented bank's decision.
    found = extract([
        outlet_article("東邦経済", "先月の物価上昇率は4.7%で、目標の2%を上回った。", "同行は成長率見通しを0.9%に引き下げた。"),
        outlet_article("南方财经", "上月通胀率为4.7%，高于2%的目标。"),
    ])
    got = sorted((f.ref.paragraph, f.text, f.value, f.unit) for f in found)
    assert got == [(0, "2%", 2.0, "%"), (0, "2%", 2.0, "%"), (0, "4.7%", 4.7, "%"), (0, "4.7%", 4.7, "%"),
                   (1, "0.9%", 0.9, "%")]


def test_a_number_run_on_to_latin_letters_is_still_no_figure() -> None:
    found = extract([outlet_article("Wire", "The airline flew its A320 fleet at 80% of capacity.")])
    assert [f.text for f in found] == ["80%"]
