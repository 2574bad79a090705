"""Quotes: a body whose name holds a particle ("de l'", "du", "des", "von der") and lowercase words
("Conseil départemental", "Chambre de commerce") is one speaker, the whole body, not the last
capitalised word of its name (core/quotations.py; invented bodies and places)."""

from __future__ import annotations

import pytest

from core.quotations import remarks, speaker_of


def _speaker(text: str) -> str | None:
    return speaker_of(text, remarks(text)[0][0])


@pytest.mark.parametrize("text, speaker", [
    ("Le Conseil départemental de l'Aude a dit : « Les travaux commenceront en mars. »", "Conseil départemental de l'Aude"),
    ("« Les travaux commenceront en mars », a dit le Conseil départemental de l'Aude.", "Conseil départemental de l'Aude"),
    ("La Chambre de commerce du Vexin a indiqué : « Les travaux commenceront en mars. »", "Chambre de commerce du Vexin"),
    ("L'Office des Forêts a dit : « Les travaux commenceront en mars. »", "L'Office des Forêts"),
    ("Die Stiftung von der Aue sagte: „Die Arbeiten beginnen im März.“", "Die Stiftung von der Aue"),
])
def test_a_body_named_with_a_particle_speaks_whole(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_person_speaking_for_a_body_is_the_person() -> None:
    assert _speaker('"We will appeal," said Horvat on behalf of the Union.') == "Horvat"
