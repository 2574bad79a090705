"""The place a byline signs after its names (invented inputs): a place named by its kind's word
("North Harbour", "Port Kell") is a place the product need not know; the byline keeps the names
and the place is the report's dateline. Two people's names stay the byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import byline_place, dated_name, kind_named_place


@pytest.mark.parametrize(("byline", "names", "place"), [
    ("Katrin Beispiel, North Harbour", "Katrin Beispiel", "North Harbour"),
    ("Katrin Beispiel, Port Kell", "Katrin Beispiel", "Port Kell"),
    ("Katrin Beispiel, Bad Kellheim", "Katrin Beispiel", "Bad Kellheim"),
    ("Katrin Beispiel, Anna Muster", "Katrin Beispiel, Anna Muster", None),
    ("Katrin Beispiel, Michael Bay", "Katrin Beispiel, Michael Bay", None),
])
def test_a_place_named_by_its_kind_signs_the_byline(byline: str, names: str, place: str | None) -> None:
    assert byline_place(byline) == (names, place)


def test_a_kind_named_place_beside_a_date_is_no_persons_name() -> None:
    assert kind_named_place("North Harbour") and not kind_named_place("Harbour")
    assert dated_name("North Harbour | 3 March 2026") is None
    assert dated_name("Anna Muster | 3 March 2026") == "Anna Muster"


def test_a_german_byline_line_signs_its_place(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in (
        "Die Fähre zwischen Nordby und Sandvik fährt ab Montag wieder nach dem alten Fahrplan, teilte die Reederei mit.",
        "Im Herbst war die Fähre wegen eines Motorschadens sechs Wochen lang ausgefallen, sagte ein Sprecher.",
    ))
    path = tmp_path / "page.html"
    path.write_text('<html lang="de"><head><title>Fähre fährt wieder</title></head><body><article><h1>Fähre fährt wieder</h1>'
                    f'<p class="autor">Von Anna Muster, North Harbour</p>{body}</article></body></html>', encoding="utf-8")
    (article,) = read_file(path)
    assert (article.byline, article.dateline) == ("Anna Muster", "North Harbour")
    assert not any("Anna Muster" in p for p in article.paragraphs)
