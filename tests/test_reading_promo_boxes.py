"""A label before a colon in a byline element ("Haber: Elif Örnek") (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import clean_byline, unlabelled

LEAD = "The harbour board voted on Tuesday to close the old swing bridge to cars from next spring."
SECOND = "Walkers and cyclists will still be able to cross, and a ferry will run every quarter hour at peak times."


def _read(tmp_path: Path, body: str, *, lang: str = "en", title: str = "Old bridge to close to cars",
          byline: str = "") -> list:  # type: ignore[type-arg]
    path = tmp_path / "p.html"
    path.write_text(f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head>"
                    f"<body><main><article><h1>{title}</h1>{byline}<div class='story-body'>{body}</div></article></main>"
                    "</body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


# --- a label before the byline's names -----------------------------------------------------------


@pytest.mark.parametrize(("label", "name"), [
    ("Haber", "Ayşe Deneme"), ("Muhabir", "Ayşe Deneme"), ("Texto", "Lucía Ejemplo"), ("Reportage", "Claire Exemple"),
    ("Tekst", "Jan Przykład"), ("Written by", "Nora Sample"), ("Words", "Nora Sample"), ("Redacción", "Lucía Ejemplo"),
])
def test_a_label_before_the_names_in_a_byline_element_is_no_name(tmp_path: Path, label: str, name: str) -> None:
    [article] = _read(tmp_path, f"<p>{LEAD}</p><p>{SECOND}</p>", byline=f"<div class='byline'>{label}: {name}</div>")
    assert article.byline == name


@pytest.mark.parametrize(("line", "unchanged"), [
    ("Haber: Ayşe Deneme", False), ("Texto: Lucía Ejemplo y Pablo Muestra", False),
    # another credit's label, a name with its role, a date: as they are
    ("Foto: Bo Lind", True), ("Fotoğraf: Ayşe Deneme", True), ("Quelle: Ana Example", True), ("Editor: Budi Contoh", True),
    ("Nora Sample: Harbour Reporter", True), ("Nora Sample: Bo Lind", True), ("Update: 3 March", True),
])
def test_a_bylines_label_comes_off_only_before_peoples_names(line: str, unchanged: bool) -> None:
    assert (unlabelled(line) == line) is unchanged
    if not unchanged:
        assert clean_byline([line]) == line.split(": ", 1)[1]
