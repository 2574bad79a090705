"""Stories: a number a year may be ("2000") is a count of people where it is estimated or bounded
and counts people ("about 2000 people", "نحو 2000 شخص"), as the figures view reads it
(core.quantities.year_counted): the story's grounds list it among its figures, never its times;
"in 1998 people" stays a year. A myriad numeral with digits after its last unit ("1万2000人") is one
figure, 12000."""

from __future__ import annotations

from core.stories.cluster import profile
from tests.story_groups import article

DAY = "2026-07-20T02:00:00Z"


def _features(*paragraphs: str) -> set[str]:
    return set(profile(article("Strike at Belmar port", *paragraphs, outlet="Example Post", published=DAY)).features())


def test_an_estimated_count_of_people_is_a_figure_not_a_year() -> None:
    found = _features("Ferry workers in Belmar went on strike on Tuesday, and about 2000 people marched to the port.")
    assert "f:2000" in found and "t:y2000" not in found


def test_an_estimated_count_of_people_abroad_is_a_figure_not_a_year() -> None:
    found = _features("أضرب عمال العبارات في بلمار يوم الثلاثاء، وقالت الشرطة إن نحو 2000 شخص ساروا إلى الميناء.")
    assert "f:2000" in found and "t:y2000" not in found


def test_a_year_before_people_stays_a_year() -> None:
    found = _features("Ferry workers in Belmar went on strike on Tuesday, as in 1998 people marched to the port.")
    assert "t:y1998" in found


def test_a_myriad_numeral_with_digits_after_its_unit_is_one_figure() -> None:
    found = _features("周二，贝尔马港的渡轮工人举行罢工，工会说有1万2000人参加了游行。")
    assert "f:12000" in found and "f:10000" not in found
