"""Sponsors' boxes and a newsletter's postal address are furniture (core/reading/judge.py,
html.py): "Sponsored by ... — <offer>" and its kin in other languages, in an e-mail newsletter or
on a web page, and the sender's address under a newsletter's last item. A report's sentence about
a sponsor, and an address inside a report, stay. Invented messages and pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.html import parse_html
from core.reading.judge import is_postal_address, is_sponsor_line

LEAD = ("Tram drivers called off Friday's planned walkout late on Wednesday after the operator offered "
        "a 5% pay rise over two years, the drivers' union said.")
SECOND = ("The union said members would vote on the offer next week, and that trams would run to the "
          "normal timetable in the meantime.")
SPONSOR = "Sponsored by Example Kayaks — Book your spring paddling course today and save 15%."
ADDRESS = "Millbrook Post, 7 Canal Road, Millbrook"

#: A multipart message whose HTML part is quoted-printable: a long line broken by "=", "=3D" and a
#: dash as "=E2=80=94".
MESSAGE = f"""From: "Millbrook Post Morning" <morning@millbrook.example>
To: reader@example.org
Subject: Morning: Tram walkout called off
Date: Thu, 05 Mar 2026 06:30:00 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="B0UND"

--B0UND
Content-Type: text/plain; charset="utf-8"

{LEAD}

{SECOND}

--B0UND
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><table width=3D"600"><tr><td>
<p><a href=3D"https://millbrook.example/view">View this email in your browser</a></p>
<h2>Tram walkout called off</h2>
<p>{LEAD[:60]}=
{LEAD[60:]}</p>
<p>{SECOND}</p>
<table><tr><td style=3D"background:#eee"><p><strong>Sponsored by Example Kayaks</strong> =E2=80=94 Book your sprin=
g paddling course today and save 15%.</p></td></tr></table>
<p style=3D"font-size:11px"><a href=3D"#">Unsubscribe</a> | <a href=3D"#">Update your preferences</a><br>{ADDRESS}</p>
</td></tr></table></body></html>

--B0UND--
"""


def test_a_newsletters_sponsor_box_and_postal_address_are_no_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "morning.eml"
    path.write_bytes(MESSAGE.encode("utf-8"))
    articles, errors = read_paths([path])
    assert not errors
    (article,) = articles
    text = " ".join(article.paragraphs)
    assert LEAD in article.paragraphs and SECOND in article.paragraphs
    for furniture in ("Sponsored by", "save 15%", "7 Canal Road", "Unsubscribe", "View this email"):
        assert furniture not in text


def test_a_plain_newsletters_sponsor_line_is_no_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "morning.eml"
    path.write_text(
        "From: Millbrook Post Morning <morning@millbrook.example>\nSubject: Tram walkout called off\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
        f"Date: Thu, 05 Mar 2026 06:30:00 +0000\n\n{LEAD}\n\n{SECOND}\n\n{SPONSOR}\n", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert articles[0].paragraphs == (LEAD, SECOND)


#: A web page with a sponsor's box between its paragraphs: its label and its offer in lines of their own.
PAGE = f"""<html><head><title>Tram walkout called off - Millbrook Post</title></head><body><article>
<h1>Tram walkout called off</h1>
<p>{LEAD}</p>
<div class="box"><p><strong>Presented by Example Kayaks</strong></p><p>Book your spring paddling course today.</p></div>
<p>{SECOND}</p>
<p>The regatta was sponsored by Example Kayaks, which has built boats in Millbrook for forty years and employs 60 people.</p>
</article></body></html>"""


def test_a_pages_sponsor_box_goes_and_a_sentence_about_a_sponsor_stays() -> None:
    article = parse_html(PAGE.encode(), source="page.html")
    assert article.paragraphs == (
        LEAD, SECOND,
        "The regatta was sponsored by Example Kayaks, which has built boats in Millbrook for forty years and employs 60 people.",
    )


def test_an_address_inside_a_report_stays() -> None:
    # a page with no newsletter's frame: the address closing it is the report's
    page = f"""<html><body><article><h1>Tram walkout called off</h1><p>{LEAD}</p><p>{SECOND}</p>
<p>{ADDRESS}</p></article></body></html>"""
    assert ADDRESS in parse_html(page.encode(), source="page.html").paragraphs


@pytest.mark.parametrize("line", [
    SPONSOR,
    "Sponsored by Example Kayaks",
    "Presented by the Millbrook Trust",
    "Brought to you by Example Bank: open an account in minutes.",
    "In partnership with Example Air",
    "This newsletter is sponsored by Example Kayaks.",
    "Advertisement — Try Example Coffee free for a month",
    "Anzeige: Jetzt buchen und 10 % sparen",
    "Präsentiert von Beispiel Bank",
    "Sponsorisé · Exemple Voyages",
    "Publicité — Découvrez la nouvelle Exemple",
    "PUBLICIDAD — Viaje a Lisboa desde 49 euros",
    "Patrocinado por Banco Ejemplo. Abra su cuenta hoy.",
    "Gesponsert",
])
def test_sponsor_lines(line: str) -> None:
    assert is_sponsor_line(line)


@pytest.mark.parametrize("line", [
    "The race was sponsored by Example Kayaks, which builds boats in Millbrook.",
    "Sponsored by the council, the regatta drew 40 crews.",
    "Presented by Mayor Ana Example, the plan would cut fares by a fifth.",
    "Sponsored by Example Kayaks. The regatta drew 40 crews on Saturday and ended in a tie for the first time in its history.",
    "Publicidad: 3,2 millones de euros",
])
def test_report_lines_about_sponsors(line: str) -> None:
    assert not is_sponsor_line(line)


@pytest.mark.parametrize(("line", "address"), [
    (ADDRESS, True),
    ("Our mailing address is: Example Media · Hafenstraße 5 · 20457 Hamburg", True),
    ("Exemple Médias, 12 rue du Port, 75001 Paris", True),
    ("Diario Ejemplo, Calle Mayor 5, 28013 Madrid", True),
    ("Example Press | PO Box 123 | Millbrook", True),
    ("Example News, 400 Example Ave., Springfield, IL 62701", True),
    ("The meeting is at 7 Canal Road, Millbrook.", False),
    ("Tickets cost £5, 7 Canal Road, Millbrook", False),
    ("Millbrook Post, Canal Road, Millbrook", False),
])
def test_postal_addresses(line: str, address: bool) -> None:
    assert is_postal_address(line) is address
