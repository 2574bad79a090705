"""Quotes: an organisation and an office between a verb of speech and the speaker's name are no
part of the name, whichever side of the quotation the verb stands (trial 52, session 53).

'"...," dedi Velmora Docks CEO'su Ilse Marant' named "Velmora Docks CEO'su Ilse Marant", where the
same words before the quotation ('Velmora Docks CEO'su Ilse Marant, "..." dedi') named Ilse Marant;
so did English, German and Dutch capitalised offices after the verb. A title that opens the name
("said Mayor Ana Lima") is the name as written, as before."""

from __future__ import annotations

import pytest

from core.quotations import person_key, remarks, speaker_of


def _speaker(text: str) -> str | None:
    return speaker_of(text, remarks(text)[0][0])


@pytest.mark.parametrize("text, speaker", [
    # Turkish, the verb first: an organisation, an office with its possessive ending, the name
    ('"Liman yarın açılıyor," dedi Velmora Docks CEO\'su Ilse Marant.', "Ilse Marant"),
    ('"Liman yarın açılıyor," dedi Velmora Docks\'un CEO\'su Ilse Marant.', "Ilse Marant"),
    ('"Liman yarın açılıyor," dedi Velmora Limanları Genel Müdürü Ilse Marant.', "Ilse Marant"),
    ('"Liman yarın açılıyor," dedi Ulaştırma Bakanı Ilse Marant.', "Ilse Marant"),
    ('"Liman yarın açılıyor," dedi Liman Sözcüsü Ilse Marant.', "Ilse Marant"),
    # English: an organisation's office, capitalised, after the verb
    ('"The port opens tomorrow," said Velmora Docks CEO Ilse Marant.', "Ilse Marant"),
    ('"The port opens tomorrow," according to Velmora Docks CEO Ilse Marant.', "Ilse Marant"),
    # German: the organisation and the office in one compound
    ('„Der Hafen öffnet morgen“, sagte Velmora-Docks-Chefin Ilse Marant.', "Ilse Marant"),
    ('„Der Hafen öffnet morgen“, sagte Velmora Docks-CEO Ilse Marant.', "Ilse Marant"),
    # the verb first, before the quotation (Greek)
    ('Δήλωσε η Velmora Docks CEO Ilse Marant: «Το λιμάνι ανοίγει αύριο».', "Ilse Marant"),
])
def test_an_organisation_and_its_office_after_the_verb_are_no_part_of_the_name(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"The port opens tomorrow," said Mayor Ana Lima.', "Mayor Ana Lima"),
    ('"The port opens tomorrow," said Prince Harry.', "Prince Harry"),
    ('"The port opens tomorrow," said Central Bank Governor Ana Lima.', "Central Bank Governor Ana Lima"),
])
def test_a_title_that_opens_the_name_stays_with_it(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_an_office_with_a_turkish_case_ending_names_no_one() -> None:
    assert person_key("Velmora Docks CEO'su Ilse Marant") == person_key("Ilse Marant")
