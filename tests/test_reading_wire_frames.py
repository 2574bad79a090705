"""Hard-wrapped wire copy in plain text (core/reading/text.py, core/reading/judge.py): a
teleprinter's transmission lines (ZCZC, routing codes, NNNN), a headline right above the dateline
that opens the lead, labelled header fields ("HEADLINE:", "TÍTULO:", "Autor:") and a sign-off
below the copy (an "autor:" line, the desk's initials). Agencies, people and places are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths


def _read(tmp_path: Path, text: str) -> list:  # type: ignore[type-arg]
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


TELEPRINTER = """ZCZC4410/QRT
KLM20931_QRT_ZZPA
U POL Q1B ZZPA
Ferry strike halts crossings to Holm island
(NWX) - KESSRA, 4 APR - A strike by ferry crews halted all crossings to
Holm island on Friday, leaving about 600 passengers stranded on the
quay, the operator said.
   The union wants a 5 per cent rise and shorter night shifts after
two accidents this winter.
   Talks are set for Monday at the harbour office. (NWX).
     DSK-KS
04-APR-26 10:02 NNNN
"""


def test_a_teleprinters_transmission_lines_are_no_text_and_the_headline_stands_over_the_dateline(tmp_path: Path) -> None:
    # a routing line of codes became the title, the headline was glued to the lead's first line,
    # and the dateline stayed in the lead
    [article] = _read(tmp_path, TELEPRINTER)
    assert article.title == "Ferry strike halts crossings to Holm island"
    assert article.dateline is not None and "KESSRA, 4 APR" in article.dateline
    assert article.paragraphs[0] == ("A strike by ferry crews halted all crossings to Holm island on Friday, "
                                     "leaving about 600 passengers stranded on the quay, the operator said.")
    assert len(article.paragraphs) == 3
    text = " ".join([article.title, *article.paragraphs])
    for code in ("ZCZC", "NNNN", "ZZPA", "QRT"):
        assert code not in text


def test_a_headline_over_a_lead_opening_on_its_dateline_stands_alone_in_copy_without_a_blank_line(tmp_path: Path) -> None:
    text = """Dock workers back new pay offer, ending strike in Port Arle
PORT ARLE, April 4 (Nordwire) - Dock workers in Port Arle voted on
Friday to accept a new pay offer from the harbour board, ending a
strike that had lasted two weeks, their union said.
   The deal gives them a 6 percent rise over two years and a shorter
night shift from the summer onwards, the union said.
"""
    [article] = _read(tmp_path, text)
    assert article.title == "Dock workers back new pay offer, ending strike in Port Arle"
    assert article.dateline == "PORT ARLE, April 4 (Nordwire)"
    assert article.paragraphs[0].startswith("Dock workers in Port Arle voted on Friday")


@pytest.mark.parametrize(("title_label", "byline_label"), [
    ("HEADLINE", "BYLINE"), ("TÍTULO", "Autor"), ("Titel", "Autor"), ("TITRE", "Auteur"), ("Başlık", "Yazar"),
])
def test_labelled_header_fields_give_the_headline_and_byline_without_their_labels(
    tmp_path: Path, title_label: str, byline_label: str,
) -> None:
    text = f"""Nordwire News Service
04/04/2026 10:15

{title_label}: Storm closes coastal roads north of Kessra

{byline_label}: Lena Example

KESSRA, April 4 (Nordwire) - A storm that began on Thursday closed 14
roads along the northern coast and left 2,300 homes without power, the
civil defence office said on Friday.
   The office said more rain had fallen in two days than in the whole of
March in the region around Kessra.
"""
    [article] = _read(tmp_path, text)
    assert article.title == "Storm closes coastal roads north of Kessra"
    assert article.byline == "Lena Example"
    assert article.published.startswith("2026-04-04")
    assert len(article.paragraphs) == 2


SIGNED_OFF = """Pożar magazynu w porcie w Kessrze

Kessra (NWX) - W nocy z czwartku na piątek spłonął magazyn w porcie w
Kessrze. Nikt nie został ranny, poinformowała straż pożarna.
   Ogień gasiło 12 zastępów straży. Akcja trwała do 5 rano, a straty
oszacowano na 2,5 mln zł.
   Przyczyny pożaru wyjaśnia policja.
{signoff}
"""


@pytest.mark.parametrize(("signoff", "byline"), [
    ("autor: Lena Przykładowa\nlp/ kw/", "Lena Przykładowa"),
    ("Autor: Lena Przykładowa", "Lena Przykładowa"),
    ("lp/ kw/ jm/", None),
])
def test_a_sign_off_below_the_copy_leaves_its_last_paragraph_and_names_its_writer(
    tmp_path: Path, signoff: str, byline: str | None,
) -> None:
    # the last paragraph was lost with the sign-off lines it was joined to
    [article] = _read(tmp_path, SIGNED_OFF.format(signoff=signoff))
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1] == "Przyczyny pożaru wyjaśnia policja."
    assert article.byline == byline


@pytest.mark.parametrize(("line", "field"), [
    ("HEADLINE: Storm closes coastal roads", ("title", "Storm closes coastal roads")),
    ("autor: Lena Przykładowa", ("byline", "Lena Przykładowa")),
    ("Fecha: 4 de abril de 2026", ("date", "4 de abril de 2026")),
    # not a sentence that opens on such a word, nor a byline's label over no name
    ("Autor: nieznany sprawca podpalił magazyn w nocy", None),
    ("Date: to be confirmed", None),
    ("The title: a story of two harbours and the men who built them over forty long years in the north of the country", None),
])
def test_a_labelled_field_is_read_by_its_label(line: str, field: tuple[str, str] | None) -> None:
    from core.reading.judge import labelled_field

    assert labelled_field(line) == field


def test_a_headline_in_capitals_under_the_start_of_message_line_is_no_routing_line(tmp_path: Path) -> None:
    text = """ZCZC0912/NWX
A380 GROUNDED AT KESSRA AFTER ENGINE FIRE
(NWX) - KESSRA, 4 APR - An Airbus A380 was grounded at Kessra airport on
Friday after a fire in one of its engines during take-off, the airport
operator said.
   None of the 480 passengers on board was hurt, the operator said, and
the runway reopened two hours later.
NNNN
"""
    [article] = _read(tmp_path, text)
    assert article.title == "A380 GROUNDED AT KESSRA AFTER ENGINE FIRE"
    assert len(article.paragraphs) == 2
