"""A CMS's lines of metadata over a report: who posted it and when, how long it takes to read (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import Kind, classify_line

LEAD = "The valley water board will replace the old pumping station at Lindmoor by the end of next year."
SECOND = "Residents on the east bank have complained for months about low pressure in the mornings."


def _read(tmp_path: Path, body: str, head: str = "") -> list:  # type: ignore[type-arg]
    path = tmp_path / "p.html"
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pumping station to be replaced</title>{head}"
                    f"</head><body><main><article><h1>Pumping station to be replaced</h1>{body}</article></main></body></html>",
                    encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


@pytest.mark.parametrize("line", [
    "Ingediend door <span class='username'>webredactie</span> op wo, 11/02/2026 - 09:40",
    "Eingereicht von <span class='username'>online_team</span> am Mi., 11.02.2026 - 09:40",
    "Verfasst von <span class='username'>redaktion2</span> am 11. Februar 2026",
    "Publié par <span class='username'>webmestre</span> le mer, 11/02/2026 - 09:40",
    "Enviado por <span class='username'>portal_web</span> em qua, 11/02/2026 - 09:40",
    "Enviado por <span class='username'>admin</span> el mié, 11/02/2026 - 09:40",
    "Submitted by <span class='username'>site_editor</span> on Wed, 02/11/2026 - 09:40",
])
def test_a_cms_line_of_the_account_that_posted_the_page_is_no_paragraph_nor_the_byline(tmp_path: Path, line: str) -> None:
    """Drupal's "submitted by ACCOUNT on DATE" line in the languages its sites run in: the
    Dutch, German, French and Portuguese lines were the report's first paragraph; the account's
    name is no byline beside a person's."""
    body = f"<div class='node__submitted'>{line}</div><div class='field--name-field-author'>Door Mira Voorbeeld</div><p>{LEAD}</p><p>{SECOND}</p>"
    [article] = _read(tmp_path, body)
    assert article.paragraphs == (LEAD, SECOND)
    assert article.byline == "Mira Voorbeeld"
    assert article.published and article.published.startswith("2026-02-11")


def test_a_sentence_that_opens_as_a_cms_line_is_kept() -> None:
    from core.reading.judge import is_furniture_block

    assert not is_furniture_block("Publicado por el ayuntamiento el martes, el aviso pide a los vecinos que no rieguen.")
    assert not is_furniture_block("Submitted by the council on Monday, the plan goes to a public vote in May.")


@pytest.mark.parametrize("line", [
    "<span>6 min read</span> <span>·</span> <span>Feb 11, 2026</span>",
    "<span>Lesezeit: 4 Minuten</span>",
    "<span>Leestijd 3 minuten</span> | <time>11 februari 2026</time>",
    "<span>Tempo de leitura: 5 min</span>",
    "<span>7-minute read</span>",
])
def test_a_reading_time_line_is_no_paragraph(tmp_path: Path, line: str) -> None:
    """A blog platform's "6 min read · Mar 3, 2026" over the report was its first paragraph."""
    [article] = _read(tmp_path, f"<div>{line}</div><p>{LEAD}</p><p>{SECOND}</p>")
    assert article.paragraphs == (LEAD, SECOND)


def test_a_reading_time_lines_date_dates_a_page_that_gives_no_other(tmp_path: Path) -> None:
    [article] = _read(tmp_path, f"<p>8 min read · Feb 11, 2026</p><p>{LEAD}</p><p>{SECOND}</p>")
    assert article.paragraphs == (LEAD, SECOND)
    assert article.published and article.published.startswith("2026-02-11")


@pytest.mark.parametrize(("line", "kind"), [
    ("5 min read", Kind.FURNITURE), ("Lesezeit: 4 Minuten", Kind.FURNITURE), ("Tempo de leitura: 5 min", Kind.FURNITURE),
    ("Leestijd 3 minuten | 11 februari 2026", Kind.DATE), ("Ingediend door webredactie op wo, 11/02/2026 - 09:40", Kind.DATE),
])
def test_a_text_lines_reading_time_and_cms_line_are_no_text(line: str, kind: Kind) -> None:
    assert classify_line(line) is kind
