"""Bylines that sign for an agency and bylines with notes after their names (core/reading/):
the reporter, not the agency the metadata credits, is the byline; the agency a dateline credits
comes off the byline (the dateline keeps it); a live page's several writers, each with a note
on when they wrote, are all kept. Invented inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.model import Article
from core.reading import read_paths

LEAD = ("HOLMBY, March 3 (Tarn Wire) - Shares in Ostrel Pumps fell 24% on Tuesday after the maker of "
        "irrigation pumps cut its profit forecast and said its chief executive had left.")
LEAD_NO_DATELINE = ("Shares in Ostrel Pumps fell 24% on Tuesday after the maker of irrigation pumps cut its "
                    "profit forecast and said its chief executive had left.")
MORE = "The company now expects operating profit of about 40 million crowns, down from 55 million."


def _read(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    [article] = articles
    return article


def _page(author: object, byline: str, lead: str = LEAD, kind: str = "NewsArticle") -> str:
    ld = {"@context": "https://schema.org", "@type": kind, "headline": "Ostrel Pumps shares fall after warning",
          "datePublished": "2026-03-03T17:05:00+00:00", "author": author,
          "publisher": {"@type": "Organization", "name": "Valley Ledger"}}
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ostrel Pumps shares fall after warning</title>"
            "<meta property='og:site_name' content='Valley Ledger'>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><main><article>"
            f"<h1>Ostrel Pumps shares fall after warning</h1>{byline}<p>{lead}</p><p>{MORE}</p>"
            "</article></main></body></html>")


@pytest.mark.parametrize("author", [{"@type": "Person", "name": "Tarn Wire"}, {"@type": "Organization", "name": "Tarn Wire"}])
@pytest.mark.parametrize("byline", [
    "<span class='byline'>By <span class='author'><a href='/author/tarn-wire/'>Ines Ferro, Tarn Wire</a></span></span>",
    "<div class='byline'>By Ines Ferro, Tarn Wire &middot; <time datetime='2026-03-03T17:05:00+00:00'>17:05</time></div>",
])
def test_a_reporter_signed_for_the_agency_the_metadata_credits_is_the_byline(tmp_path: Path, author: object, byline: str) -> None:
    # Trial 40 F14: two papers running an agency's copy had the byline "Meridian Wire" (their
    # metadata's author) though each page printed "By Laura Kenning, Meridian Wire"
    article = _read(tmp_path, "ledger.html", _page(author, byline))
    assert article.byline == "Ines Ferro"
    # the agency stays credited where the views read wire copy by: the dateline
    assert article.dateline == "HOLMBY, March 3 (Tarn Wire)"
    assert article.outlet == "Valley Ledger"


def test_an_agency_signed_after_the_reporter_stays_where_no_dateline_credits_it(tmp_path: Path) -> None:
    # without a dateline the byline is the only place that credits the agency: it keeps it, as a
    # partner's name signed so stays
    article = _read(tmp_path, "ledger.html", _page({"@type": "Organization", "name": "Tarn Wire"},
                                                   "<p class='byline'>By Ines Ferro, Tarn Wire</p>", LEAD_NO_DATELINE))
    assert article.byline == "Ines Ferro, Tarn Wire"


@pytest.mark.parametrize(("signed", "dateline"), [
    ("Associated Press", "HOLMBY, March 3 (AP) - "),  # the dateline's initials
    ("AP", "HOLMBY, March 3 (Associated Press) - "),  # the byline's
])
def test_an_agency_signed_by_its_initials_or_its_name_comes_off_as_its_dateline_credits_it(
        tmp_path: Path, signed: str, dateline: str) -> None:
    text = f"Ostrel Pumps shares fall after warning\n\nBy Ines Ferro, {signed}\n\n{dateline}{LEAD_NO_DATELINE}\n\n{MORE}\n"
    feed_page = _page(None, f"<p class='byline'>By Ines Ferro, {signed}</p>", dateline + LEAD_NO_DATELINE)
    assert _read(tmp_path, "wire.txt", text).byline == "Ines Ferro"
    assert _read(tmp_path, "wire.html", feed_page).byline == "Ines Ferro"


@pytest.mark.parametrize("kind", ["LiveBlogPosting", "NewsArticle"])
def test_several_writers_with_notes_on_when_they_wrote_are_all_the_byline(tmp_path: Path, kind: str) -> None:
    # Trial 40 F14: a live blog's "Gemma Hollis (now) and Sam Oduya (earlier)" became "Gemma
    # Hollis", the one writer its metadata names
    article = _read(tmp_path, "live.html", _page({"@type": "Person", "name": "Ines Ferro"},
                                                 "<p class='byline'>Ines Ferro (now) and Tomas Berg (earlier)</p>",
                                                 LEAD_NO_DATELINE, kind))
    assert article.byline == "Ines Ferro and Tomas Berg"


@pytest.mark.parametrize(("line", "byline"), [
    ("By Ines Ferro (now) and Tomas Berg (earlier)", "Ines Ferro and Tomas Berg"),
    ("By Ines Ferro (until 14:00), Tomas Berg", "Ines Ferro, Tomas Berg"),
    ("By Ines Ferro (@inesferro)", "Ines Ferro"),
])
def test_a_note_in_brackets_after_a_name_is_no_part_of_it(tmp_path: Path, line: str, byline: str) -> None:
    text = f"Ostrel Pumps shares fall after warning\n\n{line}\n\n{LEAD_NO_DATELINE}\n\n{MORE}\n"
    assert _read(tmp_path, "live.txt", text).byline == byline


def test_a_capitalised_note_after_a_name_stays() -> None:
    # a note that opens with a capital may be a credit ("(AP)"): kept as it was
    from core.reading.judge import clean_byline

    assert clean_byline(["Ines Ferro (AP)"]) == "Ines Ferro (AP)"
