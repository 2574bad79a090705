"""A press release's closing contact cards (a name, a title, a telephone number, an e-mail address
on lines of their own) and the short label over them are furniture, told by their shape in any
language; a report's sentence that gives a number stays (invented inputs)."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

_BODY = ("<p>Kaupunki avaa uuden raitiotien pysäkin kesäkuun alussa Hervannan kaupunginosassa.</p>"
         "<p>Pysäkin rakentaminen maksoi 2,4 miljoonaa euroa, ja sen käyttäjiä arvioidaan olevan 5000 päivässä.</p>")


def _page(close: str) -> str:
    return ('<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Uusi pysäkki avataan</title></head><body>'
            f'<main><article><h1>Uusi pysäkki avataan</h1><div class="body">{_BODY}{close}</div></article></main></body></html>')


def test_a_closing_contact_card_and_its_label_are_furniture(tmp_path: Path) -> None:
    path = tmp_path / "tiedote.html"
    path.write_text(_page("<h3>Lisätietoja:</h3><p>Maija Esimerkki<br>viestintäpäällikkö<br>+358 40 123 4567<br>"
                          "maija.esimerkki@kaupunki.example</p><p>Matti Malli<br>projektipäällikkö<br>+358 40 765 4321</p>"),
                    encoding="utf-8")
    (article,) = read_file(path)
    assert len(article.paragraphs) == 2, article.paragraphs


def test_a_closing_sentence_with_a_number_stays(tmp_path: Path) -> None:
    path = tmp_path / "tiedote.html"
    path.write_text(_page("<p>Kaupunki pyytää palautetta numeroon +358 40 123 4567 kesäkuun loppuun mennessä.</p>"), encoding="utf-8")
    (article,) = read_file(path)
    assert len(article.paragraphs) == 3
