"""A report's print version (invented pages): its deck in an unmarked heading under the headline is
its standfirst, the address it prints ("URL: https://...") is the report's address, and its line of
where and when, the place's region in brackets ("Ostby (Norland), 3 marzo 2026"), is its dateline."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import placed_stamp, signed_dateline

BODY = ("<p>Il consiglio comunale di Ostby ha approvato lunedì il progetto per un nuovo molo dei traghetti nel porto "
        "nord, dopo un lungo dibattito in municipio.</p>"
        "<p>I lavori costeranno 14 milioni di euro, di cui lo Stato pagherà il quaranta per cento e il comune il resto.</p>"
        "<p>Il cantiere dovrebbe aprire la prossima primavera e durare circa due anni, ha detto il capitano del porto.</p>")


def _print_page(signed: str, foot: str) -> str:
    return ('<html lang="it"><head><meta charset="utf-8"><title>Nuovo molo a Ostby (versione stampabile) - Gazzetta del Nord'
            '</title><meta name="robots" content="noindex"></head><body onload="window.print()">'
            '<div class="print-header">Gazzetta del Nord — gazzettadelnord.example</div>'
            "<h1>Ostby costruirà un nuovo molo per i traghetti</h1>"
            "<h2>Il comune paga sei decimi dell'opera, lo Stato il resto; i lavori partono in primavera</h2>"
            f"{signed}{BODY}<p class=\"print-footer\">{foot}</p></body></html>")


def _read(tmp_path: Path, page: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "stampa.html"
    path.write_text(page, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    return articles[0]


def test_a_print_page_gives_its_deck_address_and_dateline(tmp_path: Path) -> None:
    article = _read(tmp_path, _print_page("<p>Di Marta Esempio | Ostby (Norland), 3 marzo 2026</p>",
                                          "URL: https://gazzettadelnord.example/cronaca/2026/03/03/molo-ostby · © Gazzetta del Nord"))
    assert article.standfirst == "Il comune paga sei decimi dell'opera, lo Stato il resto; i lavori partono in primavera"
    assert article.url == "https://gazzettadelnord.example/cronaca/2026/03/03/molo-ostby"
    assert article.byline == "Marta Esempio"
    assert article.dateline == "Ostby (Norland)"
    assert article.published is not None and article.published.startswith("2026-03-03")
    assert not any("URL" in p for p in article.paragraphs)


def test_a_line_of_where_and_when_under_the_byline_is_the_dateline(tmp_path: Path) -> None:
    article = _read(tmp_path, _print_page("<p>Di Marta Esempio</p><p>Ostby (Norland), 3 marzo 2026</p>",
                                          "Permalink: https://gazzettadelnord.example/cronaca/molo-ostby"))
    assert article.dateline == "Ostby (Norland)"
    assert article.url == "https://gazzettadelnord.example/cronaca/molo-ostby"


@pytest.mark.parametrize(("line", "found"), [
    ("Oskby (Norland), 24 de noviembre de 2026", ("Oskby (Norland)", "24 de noviembre de 2026")),
    ("Puerto Nuevo (Chile), 3 de marzo de 2026", ("Puerto Nuevo (Chile)", "3 de marzo de 2026")),
    ("Ana Example (Reuters), 3 March 2026", None),  # a writer and her agency: who, not where
    ("Ana Example, 3 March 2026", None),
])
def test_a_place_with_its_region_in_brackets_and_a_date_is_where_and_when(line: str, found: tuple[str, str] | None) -> None:
    assert placed_stamp(line) == found


def test_a_byline_with_its_place_and_date_in_one_part() -> None:
    assert signed_dateline("Por Ana Ejemplo | Oskby (Norland), 24 de noviembre de 2026") == ("Ana Ejemplo", "Oskby (Norland)")
    assert signed_dateline("By Ana Example | Kessra, 3 March 2026") == ("Ana Example", "Kessra")
