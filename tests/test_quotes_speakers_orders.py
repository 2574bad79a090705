"""Quotes: a speaker named in the orders other languages put speaker, verb and quotation in
(trial 48 F6).

Greek names the speaker, then the verb of speech and a colon before the quotation; Turkish the
speaker before the quotation and the verb after it; Arabic opens with the verb (maybe behind its
"wa-"/"fa-"), then the office, then the name; Tagalog names the speaker after "sabi ni", "ayon
kay" or "pahayag ni"; English may name the speaker as the subject of a verb of calling ('X
called Y "Z"')."""

from __future__ import annotations

import pytest

from core.quotations import person_key, remarks, speaker_of


def _speaker(text: str) -> str | None:
    return speaker_of(text, remarks(text)[0][0])


@pytest.mark.parametrize("text, speaker", [
    # Greek: speaker, verb, colon, quotation
    ("Ο διευθυντής Petros Lamin δήλωσε: «Οι εργασίες θα συνεχιστούν κανονικά αύριο».", "Petros Lamin"),
    ("Η δήμαρχος Ana Velde είπε: «Δεν υπάρχει κίνδυνος για τους κατοίκους».", "Ana Velde"),
    # Greek: the verb first, capitalised, then the office and the name
    ("Δήλωσε η δήμαρχος Ana Velde: «Δεν υπάρχει κίνδυνος για τους κατοίκους».", "Ana Velde"),
    # Greek: a name in Greek letters
    ("Ο δήμαρχος Γιώργος Ανδρίκος δήλωσε: «Δεν υπάρχει κίνδυνος για τους κατοίκους».", "Γιώργος Ανδρίκος"),
    ("«Δεν υπάρχει κίνδυνος για τους κατοίκους», είπε η υπουργός Ελένη Σταυρίδου.", "Ελένη Σταυρίδου"),
    # Greek: quotation, verb, office, speaker
    ("«Δεν υπάρχει κίνδυνος για τους κατοίκους», τόνισε η δήμαρχος Ana Velde.", "Ana Velde"),
    # Turkish: speaker, quotation, verb
    ('Belediye başkanı Ana Velde, "Sakinler için bir tehlike yok" dedi.', "Ana Velde"),
    ('Müdür Petros Lamin, "Çalışmalar yarın normal şekilde sürecek" diye açıkladı.', "Petros Lamin"),
    ('Liman başkanı Ana Velde, basın toplantısında "Sakinler için bir tehlike yok" dedi.', "Ana Velde"),
    # Turkish: speaker, "said the following", quotation
    ('Ana Velde şunları söyledi: "Sakinler için bir tehlike yok."', "Ana Velde"),
    # Turkish: quotation, verb, speaker
    ('"Sakinler için bir tehlike yok," dedi Ana Velde.', "Ana Velde"),
    # Arabic: verb (with its wa-/fa- prefix), office, speaker, quotation
    ('وقالت رئيسة البلدية Ana Velde: "لا يوجد أي خطر على السكان".', "Ana Velde"),
    ('وأكد المدير Petros Lamin: "ستستمر الأعمال بشكل طبيعي غدا".', "Petros Lamin"),
    ('صرح Petros Lamin: "ستستمر الأعمال بشكل طبيعي غدا".', "Petros Lamin"),
    # Arabic: quotation, verb, office, speaker
    ('"لا يوجد أي خطر على السكان"، قالت رئيسة البلدية Ana Velde.', "Ana Velde"),
    # Tagalog: quotation, "sabi ni"/"pahayag ni", speaker; "ayon kay" before it
    ('"Walang panganib sa mga residente," sabi ni Ana Velde, alkalde ng bayan.', "Ana Velde"),
    ('"Tuloy ang trabaho bukas," pahayag ni Petros Lamin.', "Petros Lamin"),
    ('Ayon kay Petros Lamin, "tuloy ang trabaho bukas ng umaga."', "Petros Lamin"),
    # English: the subject of a verb of calling
    ('Harbour chief Petros Lamin called Ana Velde, the pilot who steered the ship in, "the calmest hand on the river".',
     "Petros Lamin"),
    ('Ana Velde described the new quay as "the best thing to happen to this town".', "Ana Velde"),
])
def test_a_speaker_in_the_order_of_their_language(text: str, speaker: str) -> None:
    found = _speaker(text)
    # (an office before the name may stay in it, as in "Mayor Ana Lima said": it is no part of the person)
    assert found and person_key(found) == person_key(speaker)


@pytest.mark.parametrize("text", [
    # a quotation with no speaker near it names none, in each of these languages
    "Στην πινακίδα έγραφε «Δεν υπάρχει κίνδυνος για τους κατοίκους» με κόκκινα γράμματα.",
    'Pankartta "Sakinler için bir tehlike yok" yazıyordu.',
    'كتب على اللافتة "لا يوجد أي خطر على السكان" بالأحمر.',
    'Nakasulat sa karatula ang "walang panganib sa mga residente" sa pulang titik.',
    'The sign by the quay read "the calmest hand on the river" in red letters.',
    # an Arabic body named by its place in Latin letters: the place is no speaker
    '"لا يوجد أي خطر على السكان"، قالت سلطة ميناء Velmira.',
    'وقالت سلطة ميناء Velmira: "لا يوجد أي خطر على السكان".',
    'وقالت سلطة ميناء Velmira إن السفينة مستقرة. "لا يوجد أي خطر على السكان".',
])
def test_a_quotation_with_no_speaker_near_it_names_none(text: str) -> None:
    assert _speaker(text) is None


def test_a_greek_surname_alone_is_the_person_named_before_in_full() -> None:
    text = "«Δεν υπάρχει κίνδυνος για τους κατοίκους», είπε ο Ανδρίκος."
    earlier = ("Ο δήμαρχος Γιώργος Ανδρίκος επισκέφθηκε το λιμάνι το πρωί.",)
    assert speaker_of(text, remarks(text)[0][0], earlier=earlier) == "Γιώργος Ανδρίκος"


def test_words_a_participle_goes_on_with_are_the_speaker_of_the_quotation_before() -> None:
    text = ('Harbour chief Petros Lamin called Ana Velde, the pilot who steered the ship in, "the calmest hand '
            'on the river", adding: "We owe her a great deal."')
    assert [speaker_of(text, spans[0]) for spans in remarks(text)] == ["Petros Lamin", "Petros Lamin"]


@pytest.mark.parametrize("text, speaker", [
    ('Velmora Limanları Genel Müdürü Ilse Marant, "Liman yarın açılıyor" dedi.', "Ilse Marant"),
    ('Velmora Docks CEO\'su Ilse Marant, "Liman yarın açılıyor" dedi.', "Ilse Marant"),
    ('Ulaştırma Bakanı Ilse Marant, "Liman yarın açılıyor" dedi.', "Ilse Marant"),
    ('Orsk Belediye Başkanı Ilse Marant, "Liman yarın açılıyor" dedi.', "Ilse Marant"),
])
def test_a_turkish_office_of_an_organisation_is_no_part_of_the_name(text: str, speaker: str) -> None:
    """Trial 52 F5: an organisation and an office with a possessive ending before the name
    ("Norvalis Air CEO'su Tomas Heidrun") were given as the speaker's name."""
    assert speaker_of(text, remarks(text)[0][0]) == speaker
