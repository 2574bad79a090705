"""Stories in Korean: a figure's counter and a myriad numeral written on to it ("800명", "4만2천개",
"1조2천억원") are read as the figure, and a word's particle ("해안전지는", "해안전지가") is taken off,
so two reports of one announcement group, and a firm's two announcements of one day stay two."""

from __future__ import annotations

from core.stories.cluster import _myriad
from core.text import case_stem
from tests.story_groups import article, stories

DAY = "2026-03-03"


def _reports() -> list:
    return [
        article(
            "단풍화학, 서포산단에 1조5천억원 들여 새 공장 짓는다",
            "단풍화학은 3일 서포산단에 1조5천억원을 들여 새 도료 공장을 짓겠다고 발표했다. 공장은 2029년 가동을 목표로 하며 일자리 650개가 생긴다.",
            "오가람 대표는 \"선박 도료 수요에 대응하기 위한 투자\"라고 말했다.",
            "단풍화학은 1998년 설립된 도료 제조업체로, 본사는 동항시에 있다.",
            outlet="가람일보", published=DAY,
        ),
        article(
            "단풍화학 새 공장 투자 발표…650명 고용",
            "단풍화학이 서포산단에 1조5천억원 규모의 도료 공장을 신설한다고 3일 밝혔다. 2029년 가동 예정으로 650명을 새로 고용한다.",
            "오가람 대표는 선박 시장 성장에 맞춘 투자라고 설명했다.",
            "단풍화학은 1998년 설립된 도료 제조업체로, 본사는 동항시에 있다.",
            outlet="누리경제", published=DAY,
        ),
        article(
            "단풍화학, 방청 스프레이 3만6천개 리콜",
            "단풍화학은 3일 누액 위험이 발견된 방청 스프레이 3만6천개를 자발적으로 리콜한다고 밝혔다.",
            "오가람 대표는 \"고객 안전을 최우선으로 하겠다\"며 사과했다. 지금까지 피해 신고는 9건이다.",
            "단풍화학은 1998년 설립된 도료 제조업체로, 본사는 동항시에 있다.",
            outlet="다솜신문", published=DAY,
        ),
        article(
            "단풍화학 스프레이 리콜…피해 신고 9건",
            "단풍화학이 방청 스프레이 3만6천개를 리콜한다고 3일 발표했다. 누액으로 인한 피해 신고가 9건 접수됐다.",
            "오가람 대표는 사과문을 내고 무상 교환을 약속했다.",
            "단풍화학은 1998년 설립된 도료 제조업체로, 본사는 동항시에 있다.",
            outlet="라온뉴스", published=DAY,
        ),
    ]


def test_a_myriad_numeral_is_its_figure() -> None:
    assert _myriad("4만2천").strip() == "42000"
    assert _myriad("1조2천억").strip() == "1.2 trillion"
    assert _myriad("3.5亿").strip() == "350 million"


def test_a_korean_particle_is_taken_off() -> None:
    assert case_stem("단풍화학은", "ko") == case_stem("단풍화학이", "ko") == case_stem("단풍화학", "ko") == "단풍화학"
    assert case_stem("나는", "ko") == "나는"  # a stem keeps two syllables


def test_two_reports_of_each_announcement_group_and_the_two_announcements_stay_apart() -> None:
    for seed in range(3):
        assert stories(_reports(), seed) == [["가람일보", "누리경제"], ["다솜신문", "라온뉴스"]]
