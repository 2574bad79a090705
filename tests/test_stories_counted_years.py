"""Stories: a number that reads as a year only as a bare number is a count where it is printed with a
thousands' separator ("1,800 passengers") or written on to a counter of a language written without
spaces ("約1800人", "1,800명"): the English, Korean and Japanese reports of one ferry cancellation
share it as a figure, where "1989年" stays a year."""

from __future__ import annotations

from core.stories.cluster import profile
from tests.story_groups import article, stories

DAY = "2026-07-20T02:00:00Z"

ENGLISH = article(
    "Storm halts Mokpo–Nagasaki ferries",
    "All ferries between Mokpo and Nagasaki were cancelled on Monday as a tropical storm crossed the strait.",
    "About 1,900 passengers had bookings on the 17 cancelled sailings, the operators said.",
    outlet="Strait Example Times", published=DAY,
)
KOREAN = article(
    "폭풍 영향 목포-나가사키 여객선 전면 결항",
    "열대폭풍이 해협을 지나면서 목포와 나가사키를 오가는 여객선이 모두 결항됐다.",
    "운항사들은 결항된 17편에 예약한 승객이 약 1,900명이라고 밝혔다.",
    outlet="예시신문", published=DAY,
)
JAPANESE = article(
    "熱帯低気圧　長崎―木浦航路が全便欠航",
    "熱帯低気圧が海峡を通過した影響で、長崎と木浦を結ぶ旅客船は全便が欠航した。",
    "運航会社によると、欠航した17便の予約客は約1900人に上る。",
    outlet="例示日報", published=DAY,
)


def test_a_count_printed_with_a_separator_or_a_counter_is_no_year() -> None:
    for report in (ENGLISH, KOREAN, JAPANESE):
        features = profile(report).features()
        assert "f:1900" in features and "t:y1900" not in features
    built = article("港の歴史", "この港は1989年に開かれた。", outlet="例示日報", published=DAY)
    assert "t:y1989" in profile(built).features()


def test_the_three_reports_of_one_cancellation_are_one_story() -> None:
    for seed in range(3):
        assert stories([ENGLISH, KOREAN, JAPANESE], seed) == [sorted(["Strait Example Times", "예시신문", "例示日報"])]
