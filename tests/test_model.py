"""The shared values: how a publication time reads on screen."""

from __future__ import annotations

import pytest

from core.model import Article, display_time


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("2023-06-18", "2023-06-18"),
        ("2023-06-18T09:15:00+02:00", "2023-06-18 09:15 UTC+02:00"),
        ("2023-06-18T09:15:00Z", "2023-06-18 09:15 UTC"),
        ("2023-06-18T09:15:30.5+00:00", "2023-06-18 09:15 UTC"),
        ("2023-06-18 21:05:00-05:00", "2023-06-18 21:05 UTC-05:00"),
        ("2023-06-18T09:15", "2023-06-18 09:15"),
        ("sometime in June", "sometime in June"),
        (None, None),
    ],
)
def test_a_publication_time_reads_as_people_write_it(published: str | None, shown: str | None) -> None:
    assert display_time(published) == shown


def test_the_credit_line_shows_the_time_not_iso() -> None:
    article = Article("a1", "x.html", "Bay Times", "Title", ("Body.",), published="2027-02-26T09:15:00+00:00")
    assert article.credit == "Bay Times · 2027-02-26 09:15 UTC"
    assert article.to_json()["published"] == "2027-02-26T09:15:00+00:00"  # the contract keeps ISO 8601


def test_a_byline_that_names_the_outlet_is_said_once() -> None:
    # A broadcaster's feed gives its own name as the author: "CBN News · CBN News · 2026-03-11 14:20 UTC".
    article = Article("a1", "x.xml", "CBN News", "Title", ("Body.",), byline="CBN  News ", published="2026-03-11T14:20:00+00:00")
    assert article.credit == "CBN News · 2026-03-11 14:20 UTC"
    assert article.to_json()["byline"] == "CBN  News "  # the contract keeps what the source gave
    other = Article("a2", "x.xml", "CBN News", "Title", ("Body.",), byline="Ada Lind")
    assert other.credit == "CBN News · Ada Lind"
    # a byline signed for the outlet names it once too (at 80 columns a fresh user's heading
    # wrapped its time onto a row of its own: "Athens Chronicle · Staff Reporter, Athens Chronicle · ...")
    signed = Article("a3", "x.html", "Athens Chronicle", "Title", ("Body.",), byline="Staff Reporter, Athens Chronicle")
    assert signed.credit == "Athens Chronicle · Staff Reporter"
    assert Article("a4", "x.html", "Athens Chronicle", "T", ("B.",), byline="Ana Ruiz, Nordwire").credit == "Athens Chronicle · Ana Ruiz, Nordwire"
