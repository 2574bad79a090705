"""Stories across close spellings: a figure written in Persian or Arabic digits ("۲۳", "٢٣") is the figure
"23" of a report in Latin digits, not two ("2", "3": core.stories.cluster._PREFIXED_DIGIT parted them as it
parts a prefix written on to a figure); and a place two languages of one script spell each their own way
(Ukrainian "Гориття", Belarusian "Гарыцце": "тт" and "цц", a doubled letter single in its sound key) is one
name of their reports (core.stories.cluster._spelt_alike), so an invented border crossing's opening told in
both is one story, and a school's repair in the village another."""

from __future__ import annotations

import pytest

from core.model import Article
from core.stories.cluster import SAME_EVENT, _sound, _sounds_alike, evidence, profile
from tests.story_groups import article, stories

DAY = "2027-01-12T08:00:00Z"

PERSIAN = article(
    "رانش زمین جاده کوهستانی را بست؛ ۳۷ خودرو گرفتار شدند",
    "رانش زمین صبح سه‌شنبه جاده مرزی را مسدود کرد و ۳۷ خودرو و حدود ۹۰ مسافر پشت آوار گرفتار شدند.",
    outlet="خبرگزاری نمونه", published=DAY,
)
ARABIC = article(
    "انهيار أرضي يغلق الطريق الجبلي و٣٧ سيارة عالقة",
    "أغلق انهيار أرضي صباح الثلاثاء الطريق الحدودي وعلقت ٣٧ سيارة وعلى متنها نحو ٩٠ مسافرا.",
    outlet="وكالة المثال", published=DAY,
)


@pytest.mark.parametrize("report", [PERSIAN, ARABIC], ids=["persian", "arabic"])
def test_a_figure_in_the_digits_of_arabic_letters_is_one_figure(report: Article) -> None:
    figures = {f for f in profile(report).weights if f[0] == "f"}
    assert {"f:37", "f:90"} <= figures and "f:3" not in figures and "f:7" not in figures


UKRAINIAN = article(
    "Біля Гориття відкрили новий пункт пропуску",
    "У вівторок біля села Гориття на кордоні відкрили новий пункт пропуску для вантажівок.",
    "Пункт може пропускати до 450 вантажівок на добу.",
    outlet="Волинський кур'єр", published=DAY,
)
BELARUSIAN = article(
    "Каля Гарыцця адкрылі новы пункт пропуску",
    "У аўторак каля вёскі Гарыцце на мяжы адкрылі новы пункт пропуску для грузавікоў.",
    "Пункт можа прапускаць да 450 грузавікоў у суткі.",
    outlet="Палескі веснік", published=DAY,
)
SCHOOL = article(
    "У Горитті відремонтували школу",
    "У селі Гориття завершили ремонт місцевої школи, яку відвідують 120 учнів.",
    "Ремонт коштував 7 мільйонів гривень.",
    outlet="Волинський кур'єр", published="2027-01-12T11:00:00Z",
)


def test_a_doubled_cyrillic_letter_is_single_in_its_sound_key() -> None:
    one, other = _sound("горитт", short=True), _sound("гарыцц", short=True)
    assert one is not None and other is not None and _sounds_alike(one, other)


def test_one_event_in_ukrainian_and_belarusian_is_one_story() -> None:
    found = evidence(profile(UKRAINIAN), profile(BELARUSIAN))
    assert found.score >= SAME_EVENT and found.apart == "", found
    for seed in range(3):
        assert stories([UKRAINIAN, BELARUSIAN, SCHOOL], seed, by="title") == sorted(
            [sorted([UKRAINIAN.title, BELARUSIAN.title]), [SCHOOL.title]])
