"""A statement or press release in plain text under its issuer's letterhead (invented inputs): the
body's name alone over the statement's title is who issued it, not the headline; a subhead right
above the first paragraph stays, as a subhead."""

from __future__ import annotations

import pytest

from core.reading.judge import institution_name
from core.reading.text import parse_text

STATEMENT = """BANK OF OSTRAND
Financial Stability Report
3 March 2026

Main findings

The Financial Stability Committee of the Bank of Ostrand said on Tuesday that the banking system remains resilient.

Household debt rose by 2.1 per cent in the year to January, the committee said.
"""


def test_a_letterhead_names_the_issuer_not_the_headline() -> None:
    article = parse_text(STATEMENT, path="statement.txt")[0]
    assert article.title == "Financial Stability Report"
    assert article.outlet == "Bank of Ostrand"
    assert article.published == "2026-03-03"
    assert article.subheads == ((0, "Main findings"),)
    assert article.paragraphs[1].startswith("The Financial Stability Committee")


def test_a_headline_naming_an_institution_is_the_headline() -> None:
    text = "BANK OF OSTRAND CUTS RATES AGAIN\nA third cut this year\n3 March 2026\n\nThe Bank of Ostrand cut its policy rate again on Tuesday, the third cut this year.\n"
    assert parse_text(text, path="x.txt")[0].title == "BANK OF OSTRAND CUTS RATES AGAIN"


@pytest.mark.parametrize(("text", "named"), [
    ("BANK OF VALDORIA", True), ("Ministry of Health", True), ("Ostrand City Council", True), ("VALDORIA CENTRAL BANK", True),
    ("Bank of Valdoria cuts rates", False), ("Monetary Policy Statement", False), ("Council", False),
])
def test_an_institution_is_named_by_its_kind(text: str, named: bool) -> None:
    assert institution_name(text) is named
