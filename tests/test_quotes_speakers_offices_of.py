"""Quotes: speakers named the way the other languages write them (trial 53 F-quotes).

An office and what it is of before a name ("minister van Binnenlandse Zaken Petra Dunaj",
"Ministryně vnitra Serravie Petra Dunaj") are no part of the name; an office alone after the
verb of speech ("řekla ministryně") is the person named before by that office; a title and a
body with its place around a name ("Inżynier Ilse Varga z Politechniki w Kalvik oceniła:") leave
the person; "according to" abroad, after a possessive role ("según su portavoz, Mara Lenk"),
names the person after the comma. (Names, places and wordings here are made up for the tests.)"""

from __future__ import annotations

import pytest

from core.quotations import _bare, remarks, speaker_of


def _speaker(text: str, earlier: tuple[str, ...] = ()) -> str | None:
    return speaker_of(text, remarks(text)[-1][0], earlier=earlier)


def _shown(text: str, earlier: tuple[str, ...] = ()) -> str:
    return " ".join(_bare(_speaker(text, earlier) or ""))


@pytest.mark.parametrize("text, speaker", [
    ('De minister van Buitenlandse Zaken Joris Halm reisde af. "We blijven praten met iedereen", zei Halm.', "Joris Halm"),
    ("Le ministre de l'Intérieur Paul Verlac est arrivé. « Nous allons reconstruire la digue », a dit Verlac.", "Paul Verlac"),
    ('El ministro del Interior Andrés Quemada llegó. "Vamos a reconstruir el dique", dijo Quemada.', "Andrés Quemada"),
    ('Ministr vnitra Dorlanie Karel Brázda přijel. „Hráz opravíme do jara,“ řekl Brázda.', "Karel Brázda"),
])
def test_an_office_and_what_it_is_of_are_no_part_of_the_name(text: str, speaker: str) -> None:
    assert _shown(text) == speaker


def test_a_capitalised_office_of_a_ministry_is_dropped() -> None:
    assert " ".join(_bare("Minister van Landbouw Greet Olm")) == "Greet Olm"
    assert " ".join(_bare("President of the Commission Ursula von der Leyen")) == "Ursula von der Leyen"


@pytest.mark.parametrize("text, speaker", [
    ("Ministryně zdravotnictví Dorlanie Eva Kmínková v pondělí přijela. „Nemocnice jsou připraveny,“ řekla ministryně.", "Eva Kmínková"),
    ('The health minister, Ana Rook, visited on Monday. "The wards are ready," said the minister.', "Ana Rook"),
])
def test_an_office_alone_after_the_verb_is_its_holder_named_before(text: str, speaker: str) -> None:
    assert _shown(text) == speaker


def test_an_office_alone_with_no_holder_named_names_nobody() -> None:
    assert _speaker('"The wards are ready," said the minister.') is None


@pytest.mark.parametrize("text, speaker", [
    ('Inżynier Marek Olch z Uniwersytetu w Dornau ocenił: "Wał nie wytrzyma kolejnej fali".', "Marek Olch"),
    ('Ingenjör Stina Holm från Tekniska Verket i Norrby sade: "Vallen håller inte".', "Stina Holm"),
])
def test_a_title_before_a_name_and_a_body_with_its_place_after_it(text: str, speaker: str) -> None:
    assert _shown(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    ('La empresa dijo que la obra «estará lista en marzo», según su portavoz, Inés Calvar.', "Inés Calvar"),
    ("L'entreprise a dit que le chantier « sera prêt en mars », selon son porte-parole, Luc Ambert.", "Luc Ambert"),
    ('Het bedrijf zei dat het werk "in maart klaar is", volgens zijn woordvoerder, Bram Ooms.', "Bram Ooms"),
])
def test_according_to_a_possessive_role_names_the_person_after_it(text: str, speaker: str) -> None:
    assert _shown(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("El alcalde de Tervia, Nuno Brasa, dijo que el agua subió. «Nunca vimos algo así», afirmó.", "Nuno Brasa"),
    ('The mayor of Tervia, Nuno Brasa, said the water rose fast. "We never saw anything like it," he said.', "Nuno Brasa"),
])
def test_a_pronoun_points_back_at_the_name_after_a_role_of_a_place(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
