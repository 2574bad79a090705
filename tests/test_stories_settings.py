"""Stories: one event told in other scripts and languages meets by its place and its figures.

A Greek report's town keeps its name's stem ("Ορμπέτσα" is no "ορμπ"), a report's headline figure and its
day count as a detail its other-language fellows share (core.stories.cluster._across_details), and a short
Turkish report is told Turkish by its letters (core.text._LATIN_OWN_LETTERS) and meets its English one
(its port's words are a setting's, core.stories.words.SETTING_WORDS, no event words). All invented."""

from __future__ import annotations

from core.stories.cluster import evidence, profile
from core.text import language_of
from tests.story_groups import article, stories

#: One flood told in English, Russian and Greek (the town in three scripts, the one figure of the headlines
#: written three ways), and the English paper's same-day report of another event in the town.
SCRIPTS = [
    article("Flood in Orbetsa cuts power to 1,200 homes",
            "The river burst its banks in Orbetsa on Sunday, and 1,200 homes lost power for most of the day, the "
            "utility said.", "Crews restored the last lines by the evening.",
            outlet="Plains Herald", published="2026-04-12T09:00:00Z"),
    article("Наводнение в Орбеце: без света остались 1200 домов",
            "В воскресенье река вышла из берегов в Орбеце, и 1200 домов остались без электричества почти на весь день, "
            "сообщила энергокомпания.", "Бригады восстановили последние линии к вечеру.",
            outlet="Равнинные вести", published="2026-04-12T10:00:00+03:00"),
    article("Πλημμύρα στην Ορμπέτσα: χωρίς ρεύμα 1.200 σπίτια",
            "Το ποτάμι υπερχείλισε στην Ορμπέτσα την Κυριακή και 1.200 σπίτια έμειναν χωρίς ρεύμα για το μεγαλύτερο "
            "μέρος της ημέρας, ανακοίνωσε η εταιρεία ηλεκτρισμού.", "Τα συνεργεία αποκατέστησαν τις τελευταίες γραμμές "
            "μέχρι το βράδυ.",
            outlet="Κάμπος Σήμερα", published="2026-04-12T11:00:00+03:00"),
    article("Orbetsa library opens new reading room",
            "Orbetsa's library opened a new reading room on Sunday after a year of building work paid for by a local "
            "appeal.", "Its first visitors were pupils of the town's two schools.",
            outlet="Plains Herald", published="2026-04-12T14:00:00Z"),
]


def test_a_towns_name_in_three_scripts_is_one_name() -> None:
    # Greek's stemmer takes a diminutive's "-ίτσα" off too ("Βελίτσα" was "βελ"); a name loses its case ending
    # only, and its "μπ" is a "b" inside it as at its start.
    english, russian, greek = (profile(a) for a in SCRIPTS[:3])
    assert "orbetsa" in evidence(english, greek).names
    assert "orbetsa" in evidence(english, russian).names
    assert "n:βελίτσ" in profile(article("Φωτιά στη Βελίτσα", "Φωτιά ξέσπασε στη Βελίτσα την Τρίτη και οι κάτοικοι "
                                         "απομακρύνθηκαν από τα σπίτια τους.", outlet="Βόρειος Τύπος")).weights


def test_one_event_in_three_scripts_is_one_story() -> None:
    for seed in range(3):
        assert stories(SCRIPTS, seed) == sorted([sorted(a.outlet for a in SCRIPTS[:3]), ["Plains Herald"]])


#: A port's closure told in English and in a short Turkish report (too few of its small words to tell it by them).
CLOSURE = [
    article("Port Tessaly closes as oil spreads from grounded tanker Mira Dawn",
            "Port Tessaly closed to all shipping on Monday as oil from the grounded tanker Mira Dawn spread along the "
            "harbour wall, harbour master Okan Demirel said.",
            "About 40 ships were waiting at anchor outside the port.",
            outlet="Channel Post", published="2026-09-14T08:00:00Z"),
    article("Tessaly Limanı kapatıldı",
            "Tessaly Limanı, Mira Dawn tankerinden sızan yakıt nedeniyle Pazartesi günü gemi trafiğine kapatıldı.",
            "Liman başkanı Okan Demirel, dışarıda 40 geminin beklediğini söyledi.",
            outlet="Liman Gazetesi", published="2026-09-14T11:00:00+03:00"),
]


def test_a_short_turkish_report_is_told_by_its_letters() -> None:
    assert language_of(" ".join([CLOSURE[1].title, *CLOSURE[1].paragraphs])) == "tr"


def test_a_short_turkish_report_of_an_event_joins_its_english_one() -> None:
    for seed in range(2):
        assert stories(CLOSURE, seed) == [sorted(a.outlet for a in CLOSURE)]
