"""Thousands grouped with a dot in the languages that mark decimals with a comma (core.numbers.
DOTTED_THOUSANDS), and in a count of a report whose language is not told: a count is whole. A
trial's Romanian "2.500 de oameni" was 2.5 people and "1.200 de persoane" no figure at all."""

from __future__ import annotations

import pytest

from core.numbers import DOTTED_THOUSANDS
from core.text import article_language
from core.views.figures import extract
from tests.figure_rows import article


def _read(*paragraphs: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.kind) for f in extract([article("Outlet", *paragraphs)])]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Peste 1.200 de persoane au fost evacuate din zonă.", [(1200.0, "people", "count")]),
        ("Aproximativ 2.500 de oameni au fost evacuați.", [(2500.0, "people", "count")]),
        ("Circa 1.800 persone sono state evacuate.", [(1800.0, "people", "count")]),
        ("Cerca de 1.800 pessoas foram retiradas.", [(1800.0, "people", "count")]),
        ("Some 1.800 people left their homes.", [(1800.0, "people", "count")]),
    ],
)
def test_a_count_whose_dot_groups_thousands_is_whole_in_a_short_report(text: str, read: list[tuple[float, str, str]]) -> None:
    assert _read(text) == read


ROMANIAN = ("Autoritățile au anunțat că zona de excludere de doi kilometri rămâne în vigoare și că locuitorii nu se pot "
            "întoarce acasă până la noi măsurători ale aerului. Primăria a plătit {figure} pentru cazarea lor la hotel, "
            "iar spitalul din oraș a tratat mai multe persoane care au inhalat gazul.")
FRENCH = ("Les autorités ont annoncé que la zone d'exclusion reste en vigueur et que les habitants ne peuvent pas "
          "rentrer chez eux avant de nouvelles mesures de l'air. La mairie a payé {figure} pour les loger dans un hôtel, "
          "et l'hôpital de la ville a soigné plusieurs personnes qui avaient inhalé le gaz.")


@pytest.mark.parametrize(
    ("template", "figure", "value", "unit"),
    [
        (ROMANIAN, "12.500 euro", 12500.0, "euro"),
        (ROMANIAN, "3.200 euro", 3200.0, "euro"),
        (FRENCH, "12.500 euros", 12500.0, "euro"),
    ],
)
def test_a_sum_in_a_language_that_marks_decimals_with_a_comma_groups_thousands_with_its_dot(
    template: str, figure: str, value: float, unit: str
) -> None:
    text = template.format(figure=figure)
    assert article_language("Outlet", [text]) in DOTTED_THOUSANDS
    assert (value, unit, "money") in _read(text)


def test_a_decimal_point_and_a_scale_are_still_read_as_such() -> None:
    assert _read("About 2.5 million people were affected and 1.2 tonnes of fuel leaked.") == [
        (2500000.0, "people", "count"), (1.2, "tonne", "mass")]
