"""A fact-check's closing note on the site's method (invented inputs): on a ClaimReview page, the
last box of the report whose only links go to the site's own menu pages is no paragraph; the same
box on a page of no ClaimReview, or one linking a source, stays."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html

FIRST = "Podľa zmluvy, ktorú mesto zverejnilo v registri, je celková cena lávky 4 milióny eur vrátane DPH."
LAST = "Sumu 12 miliónov eur obsahovala staršia štúdia, ktorá počítala s dlhšou lávkou; tento variant mesto zamietlo."
CLAIM = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview",'
         '"claimReviewed":"Mesto zaplatí za lávku 12 miliónov eur.","reviewRating":{"@type":"Rating","alternateName":"Nepravda"}}'
         "</script>")


def _page(note: str, *, ld: str = CLAIM) -> bytes:
    return ("<!DOCTYPE html><html lang='sk'><head><meta charset='utf-8'><title>Overili sme: lávka</title>"
            f"{ld}</head><body><header><a href='/'>Fakty Mesto</a><nav><a href='/overili-sme'>Overili sme</a>"
            f"<a href='/metodika'>Metodika</a></nav></header><article><h1>Overili sme: lávka</h1><p>{FIRST}</p>"
            f"<p>{LAST}</p>{note}</article></body></html>").encode()


NOTE = "<div class='note-x'>Ako hodnotíme výroky? Prečítajte si našu <a href='/metodika/'>metodiku</a>. Napíšte nám.</div>"


def test_a_fact_checks_closing_note_on_its_method_is_no_paragraph() -> None:
    assert parse_html(_page(NOTE), source="x.html").paragraphs == (FIRST, LAST)


@pytest.mark.parametrize(("note", "ld"), [
    (NOTE, ""),  # no ClaimReview: the page's closing box is the judge's
    ("<div>Zmluvu nájdete v <a href='https://register.example/zmluva/77'>centrálnom registri</a>.</div>", CLAIM),
])
def test_other_closing_boxes_stay(note: str, ld: str) -> None:
    assert len(parse_html(_page(note, ld=ld), source="x.html").paragraphs) == 3
