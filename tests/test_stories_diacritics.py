"""A name written with its language's diacritics in one report and without them in another ("Mỹ
Lộc", "My Loc") is one name, however short its words; and a Vietnamese weekday written in two words,
the second capitalised ("thứ Ba", Tuesday), is no name that joins two events of one day."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, evidence, group, profile
from tests.story_groups import article

_article = partial(article, published="2026-05-12T04:00:00Z")

# Invented: a ferry pier gives way at Tân Hòa, told in Vietnamese and in English (which drops the marks);
# the same Vietnamese outlet's other report of the town that day, a school opening, also on a Tuesday.
VIETNAMESE = _article(
    "Sập cầu tàu ở Tân Hòa, 9 người bị thương",
    "Sáng thứ Ba, cầu tàu bến phà Vĩnh Hòa ở thị trấn Tân Hòa bị sập khi 60 hành khách đang chờ lên phà.",
    "Chín người bị thương được đưa đến bệnh viện. Bến phà tạm đóng cửa 30 ngày.",
    outlet="Báo Đồng Bằng",
)
ENGLISH = _article(
    "Ferry pier collapses in Tan Hoa, nine hurt",
    "The pier of the Vinh Hoa ferry landing in Tan Hoa town collapsed on Tuesday morning as 60 passengers waited to board.",
    "Nine people were taken to hospital. The landing will stay closed for 30 days.",
    outlet="Delta Herald",
)
SCHOOL = _article(
    "Tân Hòa khánh thành trường học mới",
    "Chiều thứ Ba, thị trấn Tân Hòa khánh thành trường tiểu học mới với 24 phòng học.",
    "Trường đón 800 học sinh từ tháng Chín.",
    outlet="Báo Đồng Bằng",
)


def test_a_name_without_its_diacritics_is_the_same_name() -> None:
    found = evidence(profile(VIETNAMESE), profile(ENGLISH))
    assert found.score >= SAME_EVENT


def test_a_vietnamese_weekday_is_no_name() -> None:
    for report in (VIETNAMESE, SCHOOL):
        assert "n:ba" not in profile(report).weights
    assert sorted(group([profile(a) for a in (VIETNAMESE, ENGLISH, SCHOOL)])) == [[0, 1], [2]]
