"""Quotes: the speaker in a script that writes no capitals (Arabic, Hebrew, Persian, Devanagari,
Chinese), found by the language's verbs of speech where no capital tells a name
(core/quotations._UNCASED_VERBS; invented names and quotations)."""

from __future__ import annotations

import pytest

from core.quotations import remarks, speaker_of


def _speaker(text: str) -> str | None:
    return speaker_of(text, remarks(text)[0][0])


@pytest.mark.parametrize("text, speaker", [
    ('قال محمد الأحمد: "سنبدأ الأشغال في مارس."', "محمد الأحمد"),
    ('وقال محمد الأحمد إن "الأشغال ستبدأ في مارس".', "محمد الأحمد"),
    ('"سنبدأ الأشغال في مارس"، قال محمد الأحمد.', "محمد الأحمد"),
    ('אמר דני כהן: "העבודות יתחילו במרץ."', "דני כהן"),
    ('"העבודות יתחילו במרץ", אמר דני כהן.', "דני כהן"),
    ("علی رضایی گفت: «کار در ماه مارس آغاز می‌شود.»", "علی رضایی"),
    ('राहुल शर्मा ने कहा, "काम मार्च में शुरू होगा।"', "राहुल शर्मा"),
    ("王小明说：“工程将在三月开始。”", "王小明"),
    ('"工程将在三月开始，"王小明说。', "王小明"),
])
def test_the_speaker_of_an_uncased_script(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize("text", [
    'قال: "سنبدأ الأشغال في مارس."',  # the verb alone: nobody named
    "发言人在记者会上说：“工程将在三月开始。”",  # a clause with no spaces: no name bounded
    '"העבודות יתחילו במרץ", אמר הוא.',  # a pronoun: the person named before, and there is none
])
def test_no_name_is_no_guess(text: str) -> None:
    assert _speaker(text) is None


def test_a_pronoun_points_back_at_the_person_named_before() -> None:
    text = 'דני כהן הגיע לכנס בבוקר. "העבודות יתחילו במרץ", אמר הוא.'
    assert _speaker(text) in (None, "דני כהן")  # never "הוא"


@pytest.mark.parametrize("text, speaker", [
    # the speaker before "は", an office after the name, then where or when they spoke before the
    # quotation (invented names and quotations)
    ("モリタ総裁は記者会見で「物価はなお高すぎる」と述べた。", "モリタ"),
    ("森田総裁は「物価はなお高すぎる」と述べた。", "森田"),
    ("森田頭取は同日、「物価はなお高すぎる」と語った。", "森田"),
])
def test_a_japanese_speaker_before_an_office_and_an_occasion(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_japanese_sentence_of_two_subjects_names_the_one_nearer() -> None:
    # (the topic is the bank; the speaker, after "で", is the governor)
    assert _speaker("同行は会見で、モリタ総裁が「物価はなお高すぎる」と述べた。") == "モリタ"


@pytest.mark.parametrize("text, speaker", [
    ('وقال المدير العام للميناء إيلسه مارانت: "الميناء يفتح غداً."', "إيلسه مارانت"),
    ('وقالت المتحدثة باسم البلدية إيلسه مارانت: "الميناء يفتح غداً."', "إيلسه مارانت"),
    ('وقال وزير النقل إيلسه مارانت: "الميناء يفتح غداً."', "إيلسه مارانت"),
    ('"الميناء يفتح غداً"، قال رئيس المجلس إيلسه مارانت.', "إيلسه مارانت"),
    ('وقال مدير عام الميناء إيلسه مارانت: "الميناء يفتح غداً."', "إيلسه مارانت"),
])
def test_an_arabic_office_and_its_body_are_no_part_of_the_name(text: str, speaker: str) -> None:
    """Trial 52 F5: an office and the body it is of before the name ("الرئيس التنفيذي للشركة
    توماس هايدرون") were given as the speaker's name."""
    assert _speaker(text) == speaker


def test_an_arabic_office_with_no_name_after_it_stays_as_it_was() -> None:
    assert _speaker('وقال المتحدث باسم الشرطة: "الميناء يفتح غداً."') in (None, "المتحدث باسم الشرطة")
