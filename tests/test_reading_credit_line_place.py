"""A credit line of the writer's name, where the report was filed and when, parted by dots, bars
or dashes, in a line of its own ("<p>Ana Ejemplo · Valdemora · 3 de marzo de 2026</p>", with a
"By" or "Por" or none; invented inputs): the name is the byline, the place the dateline, and the
line no paragraph of the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import signed_dateline

PARAGRAPHS = (
    "El cabildo decidió el lunes que el ferri entre Valdemora y la isla saldrá cada media hora desde abril.",
    "Hasta ahora el barco salía una vez por hora, y los vecinos se quejaban de las esperas en verano.",
)


def _page(line: str, standfirst: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return ('<html lang="es"><head><title>El ferri saldrá cada media hora</title></head><body><article>'
            f'<h1>El ferri saldrá cada media hora</h1>{standfirst}'
            f'<p class="firma">{line}</p>{body}</article></body></html>')


@pytest.mark.parametrize("line", [
    "Ana Ejemplo · Valdemora · 3 de marzo de 2026",
    "Por Ana Ejemplo | Valdemora | 3 de marzo de 2026",
    "Ana Ejemplo — Valdemora — 3 mar 2026, 09:15",
])
def test_name_place_and_date_are_byline_and_dateline(tmp_path: Path, line: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(line), encoding="utf-8")
    (article,) = read_file(path)
    assert (article.byline, article.dateline) == ("Ana Ejemplo", "Valdemora")
    assert article.paragraphs == PARAGRAPHS


def test_under_the_standfirst(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    standfirst = '<p class="entradilla">El cabildo quiere que nadie espere más de media hora en el muelle.</p>'
    path.write_text(_page("Ana Ejemplo · Valdemora · 3 de marzo de 2026", standfirst), encoding="utf-8")
    (article,) = read_file(path)
    assert (article.byline, article.dateline) == ("Ana Ejemplo", "Valdemora")
    assert "Ana Ejemplo · Valdemora · 3 de marzo de 2026" not in article.paragraphs


def test_in_plain_text_too(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("El ferri saldrá cada media hora\n\nBy Ana Example · North Harbour · March 3, 2026\n\n"
                    + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert (article.byline, article.dateline) == ("Ana Example", "North Harbour")
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.parametrize(("line", "found"), [
    ("Ana Ejemplo · Valdemora · 3 de marzo de 2026", ("Ana Ejemplo", "Valdemora")),
    ("By Ana Example | North Harbour | March 3, 2026", ("Ana Example", "North Harbour")),
    ("Ana Example - Port Elwin - 3 March 2026 - 09:15 CET", ("Ana Example", "Port Elwin")),
    ("The Daily Example · Valdemora · 3 March 2026", None),  # an outlet, no writer
    ("Valdemora · Ana Example · 3 March 2026", None),  # the place first: no credit's order
    ("Ana Ejemplo · 3 de marzo de 2026", None),  # no place: a name and a date (dated_name)
    ("Ana Ejemplo · Valdemora · tres muertos en el puerto", None),  # no date
    ("Salud · Sociedad · 3 de marzo de 2026", None),  # a section's trail, no name
])
def test_the_line_shape(line: str, found: tuple[str, str] | None) -> None:
    assert signed_dateline(line) == found
