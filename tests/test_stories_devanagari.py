"""Stories across scripts without capitals: a Hindi report writes the place names of an event in
Devanagari ("तोरवानु" for "Torvanu"), where no capital letter says they are names. Its words that
sound like the names of a report in Latin letters are those names, so the two reports of one event
are one story; a Hindi report of another event, which shares a figure, stays apart."""

from __future__ import annotations

from functools import partial

from core.stories.cluster import SAME_EVENT, _devanagari_latin, _sound, evidence, group, profile
from tests.story_groups import article


_article = partial(article, published="2026-03-02T10:00:00Z")


# Invented reports of an invented flood in the town of Torvanu, Belsiram district, on the Kelvari river.
ENGLISH = _article(
    "Floods kill 7 in Torvanu, 30 families displaced",
    "Seven people died and 30 families were displaced when the Kelvari river flooded the town of Torvanu in Belsiram district on Monday.",
    "The water covered 18 shops, and the road to Pandelo is closed.",
    outlet="River Courier",
)
HINDI = _article(
    "तोरवानु में बाढ़, 7 की मौत",
    "बेलसिराम ज़िले के तोरवानु कस्बे में सोमवार को केलवारी नदी में आई बाढ़ से 7 लोगों की मौत हो गई और 30 परिवार बेघर हो गए।",
    "पानी ने 18 दुकानों को ढक लिया और पांडेलो की सड़क बंद है।",
    outlet="नदी समाचार",
)
# Another event, in Hindi: a fire at a market in another town, which also gives 7 and 18.
HINDI_FIRE = _article(
    "सनोरा बाज़ार में आग, 18 दुकानें जलीं",
    "सनोरा के पुराने बाज़ार में सोमवार रात लगी आग में 18 दुकानें जल गईं और 7 लोग घायल हुए।",
    "दमकल की गाड़ियों ने तीन घंटे में आग पर काबू पाया।",
    outlet="नगर समाचार",
)


def test_devanagari_names_sound_as_their_latin_spelling() -> None:
    assert _devanagari_latin("तोरवानु") == "torvanu"
    assert _devanagari_latin("बेलसिराम") == "belsiram"  # no inherent vowel at the end, nor between "l" and "s"
    assert _devanagari_latin("ज़िले") == "zile"  # a nukta: "z"
    assert _devanagari_latin("म्लिनो") == "mlino"  # a virama: no vowel between
    for latin, devanagari in (("Torvanu", "तोरवानु"), ("Belsiram", "बेलसिराम"), ("Kelvari", "केलवारी")):
        assert _sound(devanagari) is not None and _sound(devanagari) == _sound(latin)


def test_a_hindi_report_of_the_event_shares_its_names() -> None:
    found = evidence(profile(ENGLISH), profile(HINDI))
    assert found.score >= SAME_EVENT
    assert {"torvanu", "belsiram", "kelvari"} <= set(found.names)


def test_a_hindi_report_of_another_event_stays_apart() -> None:
    assert evidence(profile(ENGLISH), profile(HINDI_FIRE)).score < SAME_EVENT
    assert evidence(profile(HINDI_FIRE), profile(ENGLISH)).score < SAME_EVENT


def test_the_two_reports_of_the_event_are_one_story() -> None:
    assert sorted(map(sorted, group([profile(ENGLISH), profile(HINDI)]))) == [[0, 1]]
