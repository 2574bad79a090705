"""A press release's lines (invented inputs): its contact line with a label, closed by a full stop
or not ("Press contact: Press office, press@example.org, +47 000 00 000."), is no paragraph of
the report; a Drupal page's created field ("<span class="field--name-created">") is its date
line, whose time with its zone dates the page where the metadata gives no time."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_contact_block

PARAGRAPHS = (
    "The county office today certified the results of the council election held on Thursday.",
    "Of 41,200 registered voters, 23,900 cast a ballot, a turnout of 58.1%, the office said.",
)


@pytest.mark.parametrize(("line", "contact"), [
    ("Press contact: County press office, press@county.example, +47 000 00 000.", True),
    ("Media enquiries: Ana Example, ana@county.example.", True),
    ("Contact: County press office, 020 7946 0321", True),
    ("Contact with the ferry was lost at 14:00, the coastguard said.", False),
    ("Anyone with information should call 020 7946 0000.", False),
])
def test_a_labelled_contact_line_is_a_contact_line(line: str, contact: bool) -> None:
    assert is_contact_block(line) is contact


def _page(created: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return ('<html lang="en"><head><meta name="Generator" content="Drupal 10"><title>Council election results | County office</title>'
            '</head><body><main><article class="node"><h1><span class="field field--name-title">Council election results</span></h1>'
            f'<div class="node__meta"><span class="field--name-field-type">Press release</span> · '
            f'<span class="field field--name-created">{created}</span></div>'
            f'<div class="field field--name-body">{body}<h2>Notes to editors</h2>'
            "<p>Seats are shared by the Sainte-Laguë method across the four wards of the county.</p>"
            "<p>Press contact: County press office, press@county.example, +47 000 00 000.</p></div></article></main></body></html>")


def test_the_contact_line_closing_a_release_is_no_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "release.html"
    path.write_text(_page("Sunday, 29 November 2026 - 14:00"), encoding="utf-8")
    (article,) = read_file(path)
    assert not any("Press contact" in p for p in article.paragraphs), article.paragraphs
    assert article.paragraphs[: len(PARAGRAPHS)] == PARAGRAPHS


def test_a_drupal_created_field_dates_the_page(tmp_path: Path) -> None:
    path = tmp_path / "release.html"
    path.write_text(_page("Sunday, 29 November 2026 - 14:00 CET"), encoding="utf-8")
    (article,) = read_file(path)
    assert article.published == "2026-11-29T14:00:00+01:00"
