"""Stories across a script without spaces: a Japanese or Chinese report writes its figures on to
its characters ("15人けが", "约300吨"), and its names in characters a report in Latin letters cannot
be matched with ("港川", "Minatogawa": no dictionary). Its figures are figures all the same, and a
report in letters of the same day that gives the same figures in its lead is the same event; a
report of that city the same day that shares no figure (a blossom forecast) is not."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, evidence, group, profile
from tests.story_groups import article


_article = partial(article, published="2026-04-07T10:00:00Z")


# Invented reports of an invented event: a collapse at a warehouse in the invented city of 港川 (Minatogawa).
JAPANESE = _article(
    "港川市の倉庫で天井崩落、3人死亡24人けが",
    "７日午前１０時ごろ、港川市浜町の物流倉庫「北星運輸」で天井が崩れ落ち、作業員３人が死亡、24人がけがをした。",
    "倉庫には約450トンの紙製品が保管されていた。警察が原因を調べている。",
    outlet="港川日報",
    published="2026-04-07T15:00:00+09:00",
)
CHINESE = _article(
    "日本港川市一仓库天花板坍塌 3人死亡24人受伤",
    "据日本媒体报道，7日上午10时左右，日本港川市一家名为“北星运输”的物流仓库天花板坍塌，造成3名工人死亡、24人受伤。",
    "仓库内存放有约450吨纸制品。警方正在调查事故原因。",
    outlet="东方快报",
    published="2026-04-07T16:00:00+08:00",
)
ENGLISH = _article(
    "Warehouse roof collapse in Japan's Minatogawa kills 3, injures 24",
    "The roof of a Hokusei Transport warehouse in the Japanese city of Minatogawa collapsed on Tuesday morning, "
    "killing three workers and injuring 24.",
    "The warehouse held about 450 tonnes of paper goods. Police are investigating the cause.",
    outlet="Pacific Wire",
    published="2026-04-07T09:00:00Z",
)
# The same city the same day, another event: no figure it gives is the collapse's.
BLOSSOM = _article(
    "港川市の桜、開花は平年より６日早く",
    "気象台は７日、港川市で桜が開花したと発表した。平年より６日早く、昨年より２日早い。見頃は約1.5週間後の見込み。",
    outlet="港川日報",
    published="2026-04-07T17:00:00+09:00",
)


def test_a_figure_written_on_to_characters_is_a_figure() -> None:
    assert {"f:24", "f:450", "l:f:24"} <= set(profile(JAPANESE).features())
    assert {"f:24", "f:450", "l:f:24"} <= set(profile(CHINESE).features())


def test_a_report_in_letters_of_the_same_figures_and_day_is_the_same_event() -> None:
    for other in (JAPANESE, CHINESE):
        found = evidence(profile(ENGLISH), profile(other))
        assert found.score >= SAME_EVENT
        assert set(found.figures) == {"24", "450"}


def test_the_three_reports_are_one_story_and_the_forecast_of_that_day_another() -> None:
    articles = [JAPANESE, CHINESE, ENGLISH, BLOSSOM]
    groups = group([profile(a) for a in articles])
    together = sorted(sorted(articles[i].outlet for i in g) for g in groups)
    assert together == [["Pacific Wire", "东方快报", "港川日報"], ["港川日報"]]
    assert evidence(profile(ENGLISH), profile(BLOSSOM)).score == 0.0


def test_figures_alone_of_another_day_do_not_join() -> None:
    later = _article(*(ENGLISH.title, *ENGLISH.paragraphs), outlet="Pacific Wire", published="2026-04-09T09:00:00Z")
    assert evidence(profile(later), profile(JAPANESE)).score < SAME_EVENT


# The same collapse in a script with digits of its own: Bengali prints 24 as "২৪".
BENGALI = _article(
    "মিনাতোগাওয়ায় গুদামের ছাদ ধসে ৩ জন নিহত, ২৪ জন আহত",
    "জাপানের মিনাতোগাওয়া শহরে মঙ্গলবার সকালে একটি গুদামের ছাদ ধসে ৩ জন শ্রমিক নিহত এবং ২৪ জন আহত হয়েছেন।",
    "গুদামে প্রায় ৪৫০ টন কাগজপণ্য রাখা ছিল। পুলিশ কারণ তদন্ত করছে।",
    outlet="বন্দর বার্তা",
    published="2026-04-07T14:00:00+06:00",
)


def test_a_figure_in_another_scripts_digits_is_that_figure() -> None:
    # Variants 44: a Bengali report of a grounding ("১৪", "১২০", "৩,০০০") stood apart from the
    # English, Serbian and Japanese reports of it: its figures were other strings than theirs.
    from core.numbers import plain_digits

    assert (plain_digits("৩,০০০"), plain_digits("１４"), plain_digits("٣٬٠٠٠"), plain_digits("1,6")) == ("3000", "14", "3000", "1.6")
    assert {"f:24", "f:450"} <= set(profile(BENGALI).features())
    found = evidence(profile(ENGLISH), profile(BENGALI))
    assert found.score >= SAME_EVENT and set(found.figures) == {"24", "450"}
