"""A count of one or two people by a counter in Chinese or Japanese ("2人死亡", "两人受伤",
"1人が行方不明") is a count where what happened to them is told after the counter in its clause,
as "two miners died" is: the toll's rows hold it beside the English count (trial 51); a day of
the month ("23日") is no count."""

from __future__ import annotations

from core.linking.story import Story
from tests.figure_rows import article as _article, rows as _rows

_ENGLISH = ("Two miners died and one is still missing after the collapse at the coal mine, the ministry said on "
            "Wednesday. Twelve miners were trapped on Monday, and nine were rescued on Tuesday.")


def test_small_counts_with_an_outcome_after_the_counter() -> None:
    zh = _article("北社", "据能源部25日消息，该国北部煤矿坍塌事故已造成2人死亡、1人失踪。23日发生坍塌时，共有12名矿工被困，24日已有9人获救。")
    ja = _article("北新聞", "経済産業省によると、23日に炭鉱で崩落事故があり、12人が閉じ込められた。2人が死亡し、1人が行方不明となっている。")
    rows = _rows(Story.build([zh, ja, _article("Wire", _ENGLISH)]))
    assert ("count (dead)", [2, 2, 2], False) in rows, rows
    assert ("count (missing)", [1, 1, 1], False) in rows, rows
    assert not [row for row in rows if 23 in row[1] or 24 in row[1] or 25 in row[1]], rows


def test_two_in_han_characters_and_no_outcome() -> None:
    zh = _article("北社", "当地官员说，事故造成两人受伤，另有一人在医院接受观察。")
    en = _article("Wire", "Two people were injured in the accident, local officials said on Monday.")
    rows = _rows(Story.build([zh, en]))
    assert ("count (injured)", [2, 2], False) in rows, rows
    assert not [row for row in rows if 1 in row[1]], rows
