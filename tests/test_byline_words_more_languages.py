"""The word for "by" (or "wrote") before a byline's name in more languages: Romanian and Catalan
in small letters only ("de", "per": "De" opens Dutch sentences, "Per" is a given name), Turkish
"Yazan", Finnish "Kirjoittanut", Polish "Napisała", Czech "Napsal"."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import BYLINE_OPENING, clean_byline

LEAD = "The ferry to the island runs every hour again from Tuesday, the operator said on Monday after a three week pause."
MORE = "Night sailings start again next week, and fares stay the same until the end of the year, the operator said."


@pytest.mark.parametrize("line", ["de Mara Exemplu", "per Mara Exemple", "Yazan Mara Örnek", "Kirjoittanut Mara Esimerkki",
                                  "Napisała Mara Przykład", "Napsal Mara Příklad", "Yazan: Mara Örnek"])
def test_by_words_come_off_the_name(line: str) -> None:
    assert clean_byline([line], line=True) == " ".join(line.split()[-2:])


@pytest.mark.parametrize("line", ["Per Lind", "De Gemeente Westhaven heeft dinsdag besloten", "de la Cruz"])
def test_a_capitalised_de_or_per_opens_no_byline(line: str) -> None:
    assert BYLINE_OPENING.match(line) is None


def test_a_romanian_author_element_gives_the_name() -> None:
    page = (f"<html lang='ro'><head><title>Feribotul circulă din nou</title></head><body><article><h1>Feribotul circulă din nou</h1>"
            f"<p class='autor'>de Mara Exemplu</p><p>{LEAD}</p><p>{MORE}</p></article></body></html>")
    assert parse_html(page.encode(), source="x.html").byline == "Mara Exemplu"
