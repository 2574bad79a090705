"""Stories in other languages: the wording every brief of one agency or one language shares does not
make two events one story (Chinese and Japanese, read in pairs of characters), and names and words
match across case endings (Russian, Polish)."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, evidence, group, profile
from tests.story_groups import article


_article = partial(article, published="2026-05-06")


# Invented briefs of one invented agency, written from one template: dateline, reporter, "据悉", "有关负责人表示，将进一步…".
WATER = _article(
    "北江市新建水厂投入运行",
    "记者6日从北江市水务局获悉，北江第三水厂当天正式投入运行，日供水能力30万吨。",
    "据悉，水厂总投资约12亿元，可满足城北片区居民用水需求。",
    "北江市水务局有关负责人表示，将进一步提升城市供水保障能力。",
    outlet="中通社",
)
BRIDGE = _article(
    "南岭跨江大桥合龙",
    "记者6日从南岭市交通局获悉，南岭跨江大桥主桥当天正式合龙，全长2.4公里。",
    "据悉，大桥设计为双向六车道，预计明年通车。",
    "南岭市交通局有关负责人表示，将进一步加快道路网络建设。",
    outlet="中通社",
)
WATER_REWRITE = _article(
    "北江第三水厂开始供水",
    "北江第三水厂6日开始向城北片区供水，每天可供水30万吨，项目总投资约12亿元。",
    outlet="北江晚报",
)


def test_an_agency_s_chinese_template_does_not_make_two_briefs_one_story() -> None:
    water, bridge, rewrite = (profile(a) for a in (WATER, BRIDGE, WATER_REWRITE))
    assert evidence(water, bridge).score < SAME_EVENT
    assert evidence(water, rewrite).score >= SAME_EVENT
    assert sorted(map(len, group([water, bridge, rewrite]))) == [1, 2]


def test_japanese_particles_and_newsroom_words_are_no_names() -> None:
    port = _article(
        "南浜港で新岸壁が完成",
        "関係者によると、南浜港の新しい岸壁が6日に完成したことが明らかになった。",
        "今後は大型船の受け入れを進める方針だという。",
        outlet="東和通信",
    )
    school = _article(
        "北原市で小学校の統合が決定",
        "関係者によると、北原市の小学校2校の統合が6日に決定したことが明らかになった。",
        "今後は通学路の整備を進める方針だという。",
        outlet="東和通信",
    )
    assert evidence(profile(port), profile(school)).score < SAME_EVENT


def test_russian_names_and_figures_match_across_case_endings() -> None:
    brief = _article(
        "В порту Новоозёрска открыли зерновой терминал",
        "НОВООЗЁРСК, 6 мая. Новый зерновой терминал мощностью 5 млн тонн в год открылся в порту Новоозёрска.",
        "Строительство терминала обошлось в 7 млрд рублей, на нём работают 450 человек.",
        outlet="Агентство Восток",
    )
    own_words = _article(
        "Новоозёрский порт получил зерновой терминал",
        "В Новоозёрске заработал терминал, который сможет переваливать до 5 млн тонн зерна ежегодно.",
        "На строительство потратили 7 млрд рублей; на терминале заняты 450 человек.",
        outlet="Озёрная газета",
    )
    assert evidence(profile(brief), profile(own_words)).score >= SAME_EVENT


def test_polish_names_match_across_case_endings() -> None:
    brief = _article(
        "Nowy terminal promowy w Gdyni",
        "W Gdyni otwarto we wtorek nowy terminal promowy spółki Baltmor, który kosztował 900 mln zł.",
        "Zarząd spółki zapowiada, że to nie koniec inwestycji.",
        outlet="Agencja Bałtyk",
    )
    own_words = _article(
        "Gdynia ma nowy terminal promowy",
        "Nowy terminal promowy, zbudowany przez firmę Baltmoru w porcie Gdynia, przyjął pierwszych pasażerów.",
        outlet="Dziennik Morski",
    )
    assert evidence(profile(brief), profile(own_words)).score >= SAME_EVENT
