"""Quotes: a speaker named the way the Romance languages write it (trial 47 F5).

'«...», ha detto al Corriere il dottor X' names the outlet spoken to before the speaker; 'Le
parquet de Lyon a indiqué ...' names a body by its place, and the body speaks, not the place;
'Me Duvarre' (Maître, a lawyer) is the "Hélène Duvarre" named before, as "Mr. Blinken" is
"Antony Blinken"."""

from __future__ import annotations

import pytest

from core.quotations import _bare, person_key, remarks, speaker_of


def _speaker(text: str, earlier: tuple[str, ...] = ()) -> str | None:
    return speaker_of(text, remarks(text)[0][0], earlier=earlier)


@pytest.mark.parametrize("text, speaker", [
    ("«Non ci sono casi», ha detto al Giornale Veneto il dottor Ettore Rinaldi, dirigente.", "Ettore Rinaldi"),
    ("«Non ci sono casi», ha dichiarato a Gazzetta il ministro Carlo Neri.", "Carlo Neri"),
    ("« Nous suivons la situation », a dit à l'ARP le maire Jean Roux.", "Jean Roux"),
    ('"No hay casos nuevos", dijo a EFA el alcalde Juan Soto.', "Juan Soto"),
    ('"Não há casos novos", disse ao Diário o autarca Rui Lopes.', "Rui Lopes"),
])
def test_the_speaker_after_the_outlet_spoken_to(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_an_outlet_spoken_to_with_no_one_after_it_is_no_speaker() -> None:
    assert _speaker("«Non ci sono casi nuovi», ha detto al Giornale Veneto.") is None
    # an English article is no preposition
    assert _speaker('"It is over now," said a Wirefeed reporter, John Smith.') == "John Smith"


@pytest.mark.parametrize("text, speaker", [
    ("Le parquet de Lyon a indiqué qu'il examinerait la plainte « dans les meilleurs délais ».", "Parquet de Lyon"),
    ("La mairie de Grenoble a annoncé qu'elle fermerait « toutes les cantines de la ville ».", "Mairie de Grenoble"),
    ('The police in Kent said they were "following every lead".', "Police in Kent"),
    ('The police in Kent said on Monday they had a suspect. "We are following every lead."', "Police in Kent"),
    ('In Lyon, Ana Lima said they were "following every lead".', "Ana Lima"),
])
def test_a_body_named_by_its_place_speaks_not_the_place(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize("title", ["Me", "Mᵉ", "Maître", "Mgr", "Pr", "avv.", "RA", "mr.", "Dr"])
def test_a_title_of_address_is_no_part_of_the_name(title: str) -> None:
    assert _bare(f"{title} Claire Vasseur") == ["Claire", "Vasseur"]
    assert person_key(f"{title} Vasseur") == ("vasseur",)


def test_a_lawyer_named_by_title_and_surname_is_the_person_named_before() -> None:
    earlier = ("Leur avocate, Me Claire Vasseur, reproche au fabricant son silence.",)
    assert _speaker("« Les familles attendent des réponses », a déclaré Me Vasseur devant le tribunal.", earlier) == "Claire Vasseur"
    assert _speaker("« Les familles attendent des réponses », a déclaré Maître Vasseur.", earlier) == "Claire Vasseur"


@pytest.mark.parametrize("text, bare", [
    ("«Faremo ricorso in appello», ha detto l'avv. Mario Rossi.", ["Mario", "Rossi"]),
    ("«Faremo ricorso in appello», ha detto la dott. Anna Neri.", ["Anna", "Neri"]),
    ('"We gaan in beroep bij de rechter", zei mr. Jan Vos.', ["Jan", "Vos"]),
])
def test_a_title_of_address_written_lowercase_with_its_stop_opens_the_name(text: str, bare: list[str]) -> None:
    speaker = _speaker(text)
    assert speaker and _bare(speaker) == bare


def test_a_surname_after_a_lowercase_title_is_the_person_named_before() -> None:
    earlier = ("Lo rappresenta l'avvocato Mario Rossi, del foro di Genova.",)
    assert _speaker("«Faremo ricorso in appello», ha detto l'avv. Rossi.", earlier) == "Mario Rossi"


def test_a_title_of_address_after_the_outlet_opens_the_speaker() -> None:
    assert _speaker("« Nous ferons appel du jugement », a déclaré à l'ARP Me Paul Lenoir.") == "Me Paul Lenoir"
    assert _speaker('"Apelaremos la sentencia", dijo a EFA Dra. Ana Soto.') == "Dra. Ana Soto"


@pytest.mark.parametrize("text", [
    'A man in Kent said he was "following every lead in the town".',
    'An official in Kent said they were "following every lead in the town".',
    'A man from Kent said he was "following every lead in the town".',
    "Un homme de Lyon a dit qu'il suivait « toutes les pistes de la ville ».",
    'Un hombre de Sevilla dijo que seguía "todas las pistas de la ciudad".',
    'Um homem de Lisboa disse que segue "todas as pistas da cidade".',
    'Un uomo di Milano ha detto che segue "tutte le piste della città".',
    'Een man uit Kent zei dat hij "elk spoor in de stad" volgde.',
])
def test_an_indefinite_description_names_no_speaker(text: str) -> None:
    # someone unnamed speaks: not the place, nor a made-up name ("Man in Kent", "N official in Kent")
    assert _speaker(text) is None


@pytest.mark.parametrize("text, speaker", [
    ('The Port Authority of Kessra said it was "following every lead in the town".', "Port Authority of Kessra"),
    ('"We are following every lead in the town," said the Port Authority of Kessra.', "Port Authority of Kessra"),
    ('A polícia de Lisboa disse que segue "todas as pistas da cidade".', "Polícia de Lisboa"),
    ('La Autorità Portuale di Kessra ha detto che segue "tutte le piste della città".', "La Autorità Portuale di Kessra"),
    ('Leonardo di Marco said they were "following every lead in the town".', "Leonardo di Marco"),
])
def test_an_organisation_named_of_its_place_stays_whole(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
