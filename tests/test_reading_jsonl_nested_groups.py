"""JSON records that group their fields in objects of their own ("dates": {"published"},
"links": {"canonical"}, "meta": {"byline", "outlet": {"name"}}) or in dotted names
("dates.published"): each field read where it is, the outlet's own address not the article's."""

from __future__ import annotations

import json
from pathlib import Path

from core.reading import read_file

GROUPED = {
    "title": "Kilbeg library opens on Sundays",
    "content": {"rendered": "<p>The Kilbeg library will open on Sundays from May, the county said.</p><p>Hours are noon to five.</p>"},
    "dates": {"published": "2026-04-11T10:00:00Z", "modified": "2026-04-11T12:30:00Z"},
    "publisher": {"name": "Kilbeg Post", "url": "https://kilbegpost.example/"},
    "links": {"amp": "https://kilbegpost.example/amp/library", "canonical": "https://kilbegpost.example/news/library"},
    "meta": {"byline": "By Ana Sample", "section": None},
}
FLAT = {
    "title": "Kilbeg pool closes for repairs",
    "body": "The Kilbeg pool will close for two weeks.\n\nIt reopens on May 2.",
    "dates.published": "2026-04-12T08:00:00Z",
    "links.canonical": "https://coastnews.example/pool",
    "meta.byline": "Bo Example",
    "meta.outlet.name": "Coast News",
}


def test_grouped_and_dotted_fields(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(GROUPED) + "\n" + json.dumps(FLAT) + "\n")
    grouped, flat = read_file(path)
    assert grouped.published == "2026-04-11T10:00:00+00:00"
    assert grouped.updated == "2026-04-11T12:30:00+00:00"
    assert grouped.url == "https://kilbegpost.example/news/library"  # not the AMP link, nor the publisher's home page
    assert grouped.byline == "Ana Sample"
    assert grouped.outlet == "Kilbeg Post"
    assert flat.published == "2026-04-12T08:00:00+00:00"
    assert flat.url == "https://coastnews.example/pool"
    assert flat.byline == "Bo Example"
    assert flat.outlet == "Coast News"
    assert flat.title == "Kilbeg pool closes for repairs"


def test_a_publishers_address_is_not_the_articles(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"title": "Ferry fares stay", "text": "Ferry fares will not change this year, the operator said.",
                                "publisher": {"name": "Kilbeg Post", "url": "https://kilbegpost.example/"}}))
    [article] = read_file(path)
    assert article.url is None and article.outlet == "Kilbeg Post"


def test_a_records_lead_beside_its_body_is_its_first_paragraph(tmp_path: Path) -> None:
    """A newsroom's lead (standfirst, "perex", "dek") given beside the body, at the record's top or in
    the object holding the body, opens the article as a page's standfirst does; a lead the body
    already opens with is not read twice."""
    nested = {"headline": {"main": "Kilbeg opens a pharmacy"}, "source": {"name": "Kilbeg Post"},
              "content": {"lead": "Kilbeg has a pharmacy again after nine years.",
                          "body": [{"type": "paragraph", "text": "It opened in the health centre on Monday."},
                                   {"type": "image", "caption": "The new pharmacy. Photo: Kilbeg Post"},
                                   {"type": "paragraph", "text": "Until now residents drove 17 kilometres for medicine."}]}}
    top = {"title": "Kilbeg road closes in March", "perex": "The road to Brae will close for two weeks.",
           "body": "<p>The detour runs through Kostol.</p>"}
    repeated = {"title": "Kilbeg pool closes", "dek": "The Kilbeg pool will close for two weeks.",
                "body": "The Kilbeg pool will close for two weeks.\n\nIt reopens on May 2."}
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (nested, top, repeated)) + "\n")
    first, second, third = read_file(path)
    assert first.paragraphs == ("Kilbeg has a pharmacy again after nine years.", "It opened in the health centre on Monday.",
                                "Until now residents drove 17 kilometres for medicine.")
    assert second.paragraphs == ("The road to Brae will close for two weeks.", "The detour runs through Kostol.")
    assert third.paragraphs == ("The Kilbeg pool will close for two weeks.", "It reopens on May 2.")
