"""A credit line naming a newsroom and/or an agency (invented inputs: "Redazione / TNA", "Redação |
Tarn", "Staff and agencies"), on a line of its own above or under the report, is its credit (the
byline where the page names no person), never a paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_newsroom_credit

LEAD = "The port authority approved on Tuesday a 300 million euro plan to extend the breakwater and dredge the channel."
BODY = (LEAD, "Under the plan, work will start in 2027 and last five years; the port will stay open throughout.",
        "Environmental groups asked for an independent study of the dredging's effects on the seagrass.")
CREDITS = ["Redazione / TNA", "Redação | Tarn", "Redacción · TNA", "Rédaction, TNA", "Newsroom / Tarn Wire",
           "Staff and agencies", "Redaktion", "Coast Gazette Staff / TNA"]


def _read(tmp_path: Path, above: str = "", under: str = "") -> tuple[list[str], str | None]:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = ('<html><head><meta charset="utf-8"><title>Harbour plan approved | Coast Gazette</title>'
            '<meta property="og:site_name" content="Coast Gazette"></head><body><article><h1>Harbour plan approved</h1>'
            f"{above}{paragraphs}{under}</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    return list(article.paragraphs), article.byline


@pytest.mark.parametrize("credit", CREDITS)
def test_a_newsroom_credit_above_the_report_is_no_paragraph(tmp_path: Path, credit: str) -> None:
    paragraphs, byline = _read(tmp_path, above=f'<p class="credit">{credit}</p>')
    assert paragraphs == list(BODY)
    assert byline == credit


@pytest.mark.parametrize("credit", CREDITS)
def test_a_newsroom_credit_under_the_report_is_no_paragraph(tmp_path: Path, credit: str) -> None:
    paragraphs, byline = _read(tmp_path, under=f"<p>{credit}</p>")
    assert paragraphs == list(BODY)
    assert byline == credit


def test_a_persons_byline_stays_the_byline_over_a_newsroom_credit(tmp_path: Path) -> None:
    paragraphs, byline = _read(tmp_path, above="<p>By Ana Example</p>", under="<p>Redazione / TNA</p>")
    assert paragraphs == list(BODY)
    assert byline == "Ana Example"


@pytest.mark.parametrize("line", ["Home | World", "Team Sky", "Staff shortages at the port"])
def test_a_menu_or_a_heading_is_no_newsroom_credit(tmp_path: Path, line: str) -> None:
    paragraphs, _ = _read(tmp_path, under=f"<p>{line}</p>")
    assert not is_newsroom_credit(line)
    assert paragraphs[-1] == line
