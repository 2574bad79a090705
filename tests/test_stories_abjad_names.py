"""Stories across scripts without capitals and without most vowels: a Hebrew or an Arabic report
writes the names of an event in its own letters ("טלוונור", "تالفينور" for "Talvenor"), where no
capital says they are names and no vowel gives their sound. Its words with the consonants of a name
of a report in Latin letters are that name, so the reports of one event are one story; a Hebrew
report of another event, which shares a figure, stays apart."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, _skeleton, evidence, profile
from tests.story_groups import article, stories


_article = partial(article, published="2026-05-04T10:00:00Z")


# Invented reports of an invented footbridge collapse near Talvenor, over the Dravelka river.
ENGLISH = _article(
    "Footbridge collapse near Talvenor injures 23",
    "A footbridge over the Dravelka river collapsed on Monday near the town of Talvenor, injuring 23 people, said regional governor Marko Bestrani.",
    "Eleven of the injured were taken to hospital in Orsava.",
    outlet="Valley Courier",
)
HEBREW = _article(
    "גשר קרס ליד טלוונור: 23 פצועים",
    "גשר להולכי רגל מעל נהר דרבלקה קרס ביום שני בטלוונור, ו־23 בני אדם נפצעו, כך מסר מושל המחוז מרקו בסטרני.",
    "אחד־עשר מהפצועים פונו לבית החולים.",
    outlet="חדשות העמק",
)
ARABIC = _article(
    "انهيار جسر قرب تالفينور يصيب 23 شخصا",
    "انهار جسر للمشاة فوق نهر درافيلكا يوم الاثنين قرب بلدة تالفينور، ما أدى إلى إصابة 23 شخصا، بحسب حاكم الإقليم ماركو بيستراني.",
    "ونقل أحد عشر مصابا إلى المستشفى.",
    outlet="أخبار الوادي",
)
# Another event, in Hebrew, the same day: a market fire in another town, which also gives 23.
HEBREW_FIRE = _article(
    "שריפה בשוק של נבוריה: 23 דוכנים נשרפו",
    "שריפה פרצה הלילה בשוק הישן של נבוריה ו־23 דוכנים נשרפו, כך מסרו הכבאים.",
    "איש לא נפגע.",
    outlet="חדשות העמק",
)


def test_a_name_and_its_hebrew_and_arabic_spellings_have_one_skeleton() -> None:
    assert _skeleton("Talvenor") == _skeleton("טלוונור") == _skeleton("تالفينور") == "tlbnr"
    assert _skeleton("Dravelka") == _skeleton("דרבלקה") == _skeleton("درافيلكا")
    assert _skeleton("Bestrani") == _skeleton("בסטרני") == _skeleton("بيستراني")
    assert _skeleton("Marko") is None  # too few consonants to tell a name from a word


def test_hebrew_and_arabic_reports_of_the_event_share_its_names() -> None:
    for other in (HEBREW, ARABIC):
        found = evidence(profile(ENGLISH), profile(other))
        assert found.score >= SAME_EVENT
        assert {"talvenor", "dravelka", "bestrani"} <= set(found.names)


def test_a_hebrew_report_of_another_event_stays_apart() -> None:
    assert evidence(profile(ENGLISH), profile(HEBREW_FIRE)).score < SAME_EVENT
    assert evidence(profile(HEBREW_FIRE), profile(ENGLISH)).score < SAME_EVENT


def test_the_reports_of_the_event_are_one_story_in_any_order() -> None:
    for seed in range(3):
        assert stories([ENGLISH, HEBREW, ARABIC, HEBREW_FIRE], seed) == [
            ["Valley Courier", "חדשות העמק", "أخبار الوادي"], ["חדשות העמק"],
        ]
