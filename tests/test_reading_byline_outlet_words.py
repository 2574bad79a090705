"""A byline signed for an outlet of two to four words shaped as a person's name ("By Mira Solvang,
Nordkyst Avis"): the outlet is known by the words newspapers' names are made of, in the languages
newsprism reads (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import is_outlet_name, is_person_name

EN = ("BRENHOLM, March 3 — The harbour board voted on Tuesday to close the old grain pier to all traffic from next "
      "month, after divers found deep cracks in two of its supporting columns.")
EN2 = "The board said the pier would stay shut until engineers had decided whether it could be repaired or pulled down."
DE = ("BRENHOLM, 3. März — Der Hafenrat hat am Dienstag beschlossen, den alten Getreidepier ab dem nächsten Monat für "
      "jeden Verkehr zu sperren, nachdem Taucher tiefe Risse in zwei Stützen gefunden hatten.")
DE2 = "Der Pier bleibt geschlossen, bis Ingenieure entschieden haben, ob er repariert werden kann oder abgerissen werden muss."


@pytest.mark.parametrize(("byline", "outlet", "lead", "more"), [
    ("By Mira Solvang, Nordkyst Avis", "Nordkyst Avis", EN, EN2),
    ("By Lena Strohbach, Talblick Zeitung", "Talblick Zeitung", EN, EN2),
    ("Von Jörg Meißlinger, Inntalkurier Fiktiv", "Inntalkurier Fiktiv", DE, DE2),
    ("Von Jörg Meißlinger, Gazzetta del Lago", "Gazzetta del Lago", DE, DE2),
])
@pytest.mark.parametrize("kind", ["txt", "html"])
def test_a_byline_s_outlet_of_several_words_is_the_outlet_not_the_byline(
        tmp_path: Path, byline: str, outlet: str, lead: str, more: str, kind: str) -> None:
    """The file's name was taken as the outlet and the outlet glued to the byline ("Mira Solvang,
    Nordkyst Avis"): two capitalised words after the comma were taken for a second person."""
    headline = "Harbour board votes to close the old grain pier"
    path = tmp_path / f"pier.{kind}"
    if kind == "txt":
        path.write_text(f"{headline}\n\n{byline}\n\n{lead}\n\n{more}\n", encoding="utf-8")
    else:
        path.write_text(f"<html><head><meta charset='utf-8'><title>{headline}</title></head><body><article><h1>{headline}</h1>"
                        f"<p class='byline'>{byline}</p><p>{lead}</p><p>{more}</p></article></body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    [article] = articles
    assert article.outlet == outlet
    assert article.byline == byline.split(" ", 1)[1].split(",")[0]


@pytest.mark.parametrize("name", ["Per Olsen", "Anna Berg", "Mia Blatt", "Jon Bote", "Anna de Souza"])
def test_people_s_names_are_still_people_s(name: str) -> None:
    """A compound's end makes an outlet's word only after a stem ("Abendblatt", not "Blatt")."""
    assert is_person_name(name)
    assert not is_outlet_name(name)
