"""Counts of people in Korean, Chinese and Japanese are read as counts of people: a counter after
the number ("명", "人", "名"), the number in digits, a myriad numeral ("2천", "1万2000") or Han
characters ("二十"), the words that bound or estimate it ("약", "约", "約", "여", "以上"), and what
happened to those counted ("체포", "被捕", "逮捕": arrested; "부상", "受伤", "負傷": injured)."""

from __future__ import annotations

from core.linking.story import Story
from core.numbers import myriad_value
from core.views.figures import compare, extract
from tests.figure_rows import article

KO = ("벨마르 항구에서 화요일 페리 노동자들이 파업을 벌였다. 한나 오를로 경찰청장은 약 3천명이 참가했으며 41명이 "
      "연행됐다고 말했다. 노조는 1만2천여 명이 행진했다고 주장했다. 경찰관 9명이 다쳤다.")
ZH = ("周二，贝尔马港的渡轮工人举行罢工，港口排起长队。警察局长汉娜·奥洛说，约3000人参加了游行，41人被捕，"
      "9名警察受伤。工会说有1万2000人以上参加了游行，二十人在2019年曾经参加过罢工。")
JA = ("火曜日、ベルマー港でフェリーの労働者がストライキを行い、港には長い列ができた。ハンナ・オルロ警察署長によると、"
      "約3000人がデモに参加し、41人が逮捕された。警察官9人が負傷した。労働組合は1万2000人余りが行進したと述べた。")


def _people(text: str) -> dict[float, tuple[str, str | None]]:
    return {f.value: (f.unit, f.qualifier) for f in extract([article("Gazette", text)]) if f.kind == "count"}


def test_myriad_numerals() -> None:
    assert [myriad_value(n) for n in ("4만2천", "1万2000", "3.5亿", "1조2천억", "二十", "三千五百", "两万", "2천명")] == [
        42000, 12000, 3.5e8, 1.2e12, 20, 3500, 20000, None]


def test_korean_counts_of_people() -> None:
    assert _people(KO) == {3000: ("people", "about"), 41: ("people", None), 12000: ("people", "more than"), 9: ("people", None)}


def test_chinese_counts_of_people_a_year_like_count_among_them() -> None:
    # "3000人" is a count, "2019年" a year; "二十人" is twenty people
    assert _people(ZH) == {3000: ("people", "about"), 41: ("people", None), 9: ("people", None),
                           12000: ("people", "at least"), 20: ("people", None)}


def test_japanese_counts_of_people() -> None:
    assert _people(JA) == {3000: ("people", "about"), 41: ("people", None), 9: ("people", None), 12000: ("people", "more than")}


def test_no_count_where_the_counter_starts_a_word() -> None:
    # "人民币" is the yuan, "数千人" thousands (no one value), "第3名" a place
    assert _people("他们说数千人参加了游行，花了3000人民币，他获得第3名，这是一个很长的句子用来判断语言。") == {}


def test_outcomes_label_counts_across_languages() -> None:
    en = article("Herald", "Belmar ferry workers struck on Tuesday. Police chief Hanna Orlo said 41 people were "
                 "arrested; nine people were injured.")
    reports = (en, article("Ilbo", KO), article("Ribao", ZH), article("Shimbun", JA))
    outlet = {a.id: a.outlet for a in reports}
    rows = {(g.quantity, tuple(sorted({outlet[f.ref.article] for f in g.figures}))) for g in compare(Story(reports, ()))
            if g.figures[0].value in (41, 9)}
    assert rows == {("count (arrested)", ("Herald", "Ilbo", "Ribao", "Shimbun")),
                    ("count (injured)", ("Herald", "Ilbo", "Ribao", "Shimbun"))}
