"""A byline box of two elements, the writer's name then where and when ("<span>Ana Ejemplo</span>
<span>Valdemora - 3 mar 2026 - 09:15 CET</span>"), in classes that say nothing (invented inputs):
the name is the byline and the place the dateline."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import dated_place

PARAGRAPHS = (
    "El cabildo decidió el lunes que el ferri entre Valdemora y la isla saldrá cada media hora desde abril.",
    "Hasta ahora el barco salía una vez por hora, y los vecinos se quejaban de las esperas en verano.",
)


def _page(second: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return ('<html lang="es"><head><title>El ferri saldrá cada media hora</title></head><body><article class="a_c">'
            '<header><h1 class="a_t">El ferri saldrá cada media hora</h1>'
            f'<div class="a_md"><span class="a_md_a">Ana Ejemplo</span> <span class="a_md_f">{second}</span></div></header>'
            f'<div class="a_b">{body}</div></article></body></html>')


def test_the_name_and_the_place_beside_the_date_are_byline_and_dateline(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("Valdemora - 3 mar 2026 - 09:15 CET"), encoding="utf-8")
    (article,) = read_file(path)
    assert (article.byline, article.dateline) == ("Ana Ejemplo", "Valdemora")
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.parametrize(("line", "place"), [
    ("Valdemora - 3 mar 2026 - 09:15 CET", "Valdemora"),
    ("North Harbour | 3 March 2026", "North Harbour"),
    ("3 March 2026 - Valdemora", None),  # the place after the date: no dateline's order
    ("Valdemora - 3 mar 2026 - tres muertos", None),
    ("The Daily Example | 3 March 2026", None),
])
def test_a_place_first_then_a_date(line: str, place: str | None) -> None:
    assert dated_place(line) == place
