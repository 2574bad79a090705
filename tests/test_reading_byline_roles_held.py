"""A byline that names the writer's role and where it is held after the name ("Claire Exemple,
envoyée spéciale à Kessra", "Ana Ejemplo, corresponsal en Lima"): the byline is the name, in every
path (a page's byline line, an author value, a plain text's byline and a role line under it).
Invented inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import clean_byline, is_role_line

ROLE_LINES = [
    ("Par Claire Exemple, envoyée spéciale à Kessra", "Claire Exemple"),
    ("Par Claire Exemple, notre correspondante à Kessra", "Claire Exemple"),
    ("Par Claire Exemple et Luc Modèle, envoyés spéciaux à Kessra", "Claire Exemple et Luc Modèle"),
    ("Por Ana Ejemplo, corresponsal en Lima", "Ana Ejemplo"),
    ("Por Ana Ejemplo, enviada especial a Kessra", "Ana Ejemplo"),
    ("Von Anna Beispiel, Korrespondentin in Wien", "Anna Beispiel"),
    ("Di Marta Esempio, inviata speciale a Kessra", "Marta Esempio"),
    ("Por Ana Exemplo, correspondente em Lisboa", "Ana Exemplo"),
    ("By Ana Example, our reporter in Kessra", "Ana Example"),
    ("By Ana Example, special correspondent", "Ana Example"),
]


@pytest.mark.parametrize(("line", "name"), ROLE_LINES)
def test_a_role_held_somewhere_is_no_part_of_the_name(line: str, name: str) -> None:
    assert clean_byline([line], line=True) == name
    assert clean_byline([line.split(" ", 1)[1]]) == name  # an author value of metadata


@pytest.mark.parametrize("line", ["Envoyée spéciale à Kessra", "Corresponsal en Lima", "Correspondent in Kessra"])
def test_a_role_held_somewhere_is_a_role_line(line: str) -> None:
    assert is_role_line(line)


def test_a_second_name_or_an_outlet_after_the_comma_stays() -> None:
    assert clean_byline(["By Ana Example, Bo Lind"], line=True) == "Ana Example, Bo Lind"


REPORT = ("Deux mineurs sont morts et un troisième est toujours porté disparu après l'effondrement survenu lundi "
          "dans la mine de charbon de Kessra, a annoncé la compagnie.\n\n"
          "Les corps ont été retrouvés dans la nuit par les sauveteurs, à 640 mètres de profondeur.\n")


def test_a_plain_texts_byline_and_role_line(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Deux mineurs morts à Kessra\n\nPar Claire Exemple, envoyée spéciale à Kessra\n\n" + REPORT, encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text("Deux mineurs morts à Kessra\n\nPar Claire Exemple\nEnvoyée spéciale à Kessra\n\n" + REPORT, encoding="utf-8")
    articles, errors = read_paths([one, two])
    assert not errors
    for article in articles:
        assert article.byline == "Claire Exemple"
        assert not any("spéciale" in p for p in article.paragraphs)


def test_a_pages_byline_line(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='fr'><head><meta charset='utf-8'><title>Deux mineurs morts à Kessra</title></head><body><article>"
        "<h1>Deux mineurs morts à Kessra</h1><p class='auteur'>Par Claire Exemple, envoyée spéciale à Kessra</p>"
        + "".join(f"<p>{p}</p>" for p in REPORT.split("\n\n")) + "</article></body></html>", encoding="utf-8")
    articles, errors = read_paths([page])
    assert not errors
    assert articles[0].byline == "Claire Exemple"
