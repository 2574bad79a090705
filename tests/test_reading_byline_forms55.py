"""Byline forms of session 55: a language's own "by" before two names in the metadata, a second
writer's line under the first's role in a byline box, and a writer's name glued by the extractor to
the outlet's name printed under it."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import clean_byline, joined_name

CA_LEAD = "El consell comarcal obrirà dilluns la nova biblioteca de Ripoll, que ha costat 2,4 milions d'euros i tindrà 40.000 llibres."
CA_MORE = "L'edifici ocupa l'antiga fàbrica tèxtil del riu Ter i obrirà cada dia de la setmana, també els diumenges al matí."
CY_LEAD = "Bydd pont newydd dros afon Teifi yn agor yn Aberteifi ym mis Mehefin, meddai'r cyngor sir ddydd Llun, wedi dwy flynedd o waith."
CY_MORE = "Mae'r bont yn 80 metr o hyd a bydd lôn i feiciau ar y ddwy ochr, yn ôl y peirianwyr sydd wedi ei chynllunio."
EN_LEAD = "The Harrow Ridge district will open a second middle school in August after the board voted 6-1 on Tuesday night to buy the site."
EN_MORE = "The building, a former office park, will hold 600 students and cost $31 million to refit, the superintendent said."


def test_language_by_word_before_several_names_in_metadata() -> None:
    assert clean_byline(["Per Anna Soler i Pere Mas"], language="ca") == "Anna Soler i Pere Mas"
    assert clean_byline(["Per Lind"], language="ca") == "Per Lind"  # a given name, not "by"
    page = (f"<html lang='ca'><head><title>Ripoll obre biblioteca</title><meta name='byl' content='Per Anna Soler i Pere Mas'></head>"
            f"<body><article><h1>Ripoll obre biblioteca</h1><p>{CA_LEAD}</p><p>{CA_MORE}</p></article></body></html>")
    assert parse_html(page.encode(), source="x.html").byline == "Anna Soler i Pere Mas"


@pytest.mark.parametrize("line, name", [("a Siân Enghraifft", "Siân Enghraifft"), ("and Bo Lind", "Bo Lind"),
                                        ("and the council said so", None), ("Golygydd Data", None)])
def test_joined_name(line: str, name: str | None) -> None:
    assert joined_name(line) == name


def test_second_writer_under_the_first_ones_role_line() -> None:
    box = ("<div class='byline-block'><div><span class='name'>Gan Gwen Enghraifft</span><div class='role'>Gohebydd Trafnidiaeth</div></div>"
           "<div><span class='name'>a Dafydd Sampl</span><div class='role'>Golygydd Data</div></div></div>")
    page = (f"<html lang='cy'><head><title>Pont newydd</title></head><body><article><h1>Pont newydd</h1>{box}"
            f"<p>{CY_LEAD}</p><p>{CY_MORE}</p></article></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.byline == "Gwen Enghraifft a Dafydd Sampl"


def test_writer_glued_to_the_outlet_under_her_name() -> None:
    page = ("<html lang='en'><head><title>Harrow Ridge adds a school</title><meta property='og:site_name' content='Ridge Valley Star'></head>"
            "<body><article><h1>Harrow Ridge adds a school</h1><div class='gx_by'><a href='/staff/1/'>Mara Quell</a>"
            "<div class='gx_by_at'>Ridge Valley Star</div></div><div class='gx_dt'>Published 7:10 a.m. CT March 4, 2026</div>"
            f"<div class='gx_b'><p>{EN_LEAD}</p><p>{EN_MORE}</p></div></article></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.byline == "Mara Quell"
    assert all("Ridge Valley Star" not in p for p in article.paragraphs)
