"""JSON Lines records read by what their fields hold (core/reading/jsonl.py): a feed library's dump
(rss-parser's one-line "content" beside its full "content:encoded", feedparser's "content":
[{"value"}]), an article search's nested "body": {"paragraphs": [...]}. Outlets and people are invented."""

from __future__ import annotations

import json

import pytest

from core.reading.jsonl import parse_jsonl
from core.reading.sources import Item, Problem

FIRST = "The town council on Monday approved a plan to rebuild the old lighthouse pier before the summer season."
SECOND = "The works will cost 3 million euros & close the pier to walkers until June."
THIRD = "Fishermen said the plan came two years too late."
HTML = f"<p>{FIRST}</p><p>{SECOND.replace('&', '&amp;')}</p><p>{THIRD}</p>"


def _articles(*records: dict) -> list:  # type: ignore[type-arg]
    results = list(parse_jsonl("\n".join(json.dumps(r) for r in records), source="dump.jsonl"))
    assert not [r for r in results if isinstance(r, Problem)], results
    return [r.article for r in results if isinstance(r, Item)]


@pytest.mark.parametrize("snippet_field", ["content", "contentSnippet", "text", "description"])
def test_the_fullest_text_field_wins_over_a_one_line_snippet(snippet_field: str) -> None:
    # rss-parser keeps an item's full text in "content:encoded" and a cut one in "content": the
    # cut line was read as the whole article.
    record = {"title": "Council backs pier rebuild", snippet_field: "The town council approved a plan…",
              "content:encoded": HTML, "creator": "Mira Example", "isoDate": "2026-04-06T09:15:00.000Z",
              "link": "https://pierpost.example/pier", "feedTitle": "Pier Post"}
    [article] = _articles(record)
    assert article.paragraphs == (FIRST, SECOND, THIRD)
    assert article.outlet == "Pier Post"
    assert article.byline == "Mira Example"
    assert article.published.startswith("2026-04-06")


def test_fields_of_like_size_keep_their_order() -> None:
    # the Guardian's "body" (HTML) before its "bodyText" (the same words, plain)
    [article] = _articles({"webTitle": "Council backs pier rebuild",
                           "fields": {"body": HTML, "bodyText": f"{FIRST} {SECOND} {THIRD} Extra words here."}})
    assert article.paragraphs == (FIRST, SECOND, THIRD)


def test_a_feedparser_entrys_content_list_is_its_text() -> None:
    # feedparser's entry: the text in "content": [{"type", "value"}], the site in "source": {"title"};
    # it was skipped as a headline only.
    record = {"title": "Council backs pier rebuild", "summary": "The council backs the plan.",
              "summary_detail": {"type": "text/html", "value": "The council backs the plan."},
              "content": [{"type": "text/html", "language": None, "base": "", "value": HTML}],
              "author": "Mira Example", "published": "Mon, 06 Apr 2026 09:15:00 GMT",
              "source": {"title": "Harbour Courier", "href": "https://harbourcourier.example/"}}
    [article] = _articles(record)
    assert article.paragraphs == (FIRST, SECOND, THIRD)
    assert article.outlet == "Harbour Courier"
    assert not article.summary_only


@pytest.mark.parametrize("body", [
    {"paragraphs": [FIRST, SECOND, THIRD]},
    {"blocks": [{"type": "text", "content": FIRST}, {"type": "text", "content": SECOND}, {"type": "text", "content": THIRD}]},
])
def test_a_body_object_holding_its_paragraphs_one_level_down_is_read(body: dict) -> None:  # type: ignore[type-arg]
    # an article search's record: "headline": {"main"}, "byline": {"original"}, "body": {"paragraphs"}
    record = {"headline": {"main": "Council Backs Pier Rebuild", "print_headline": "Pier Plan"},
              "byline": {"original": "By Mira Example"}, "pub_date": "2026-04-06T09:15:00+0000",
              "source": "The Example Ledger", "lead_paragraph": FIRST, "body": body}
    [article] = _articles(record)
    assert article.title == "Council Backs Pier Rebuild"
    assert article.paragraphs == (FIRST, SECOND.replace("&amp;", "&"), THIRD)
    assert article.byline == "Mira Example"
    assert article.published.startswith("2026-04-06")
    assert not article.summary_only


def test_a_body_object_of_no_text_leaves_the_summary() -> None:
    [article] = _articles({"title": "Council backs pier rebuild", "body": {"images": ["pier.jpg", "map.png"], "word_count": 0},
                           "description": FIRST})
    assert article.paragraphs == (FIRST,)
    assert article.summary_only


def test_a_wordpress_rest_records_site_is_its_seo_heads_site_name() -> None:
    # WordPress's REST API gives no site name of its own; its SEO plugin's head does ("yoast_head_json":
    # {"og_site_name"}): the outlet was the link's host.
    record = {"id": 12, "date_gmt": "2026-04-06T08:00:00", "link": "https://pierpost.example/2026/04/06/pier/",
              "title": {"rendered": "Council backs pier rebuild"}, "content": {"rendered": HTML, "protected": False},
              "author": 3, "_embedded": {"author": [{"id": 3, "name": "Mira Example"}]},
              "yoast_head_json": {"og_site_name": "Pier Post", "og_title": "Council backs pier rebuild - Pier Post"}}
    [article] = _articles(record)
    assert article.outlet == "Pier Post"
    assert article.byline == "Mira Example"
    assert article.title == "Council backs pier rebuild"


def test_a_ghost_records_writer_is_its_primary_author() -> None:
    # Ghost's Content API names the writer in "primary_author": {"name"} (and "authors" where asked for)
    record = {"id": "6a1", "title": "Council backs pier rebuild", "html": HTML, "published_at": "2026-04-06T09:15:00.000+02:00",
              "url": "https://pierpost.example/pier/", "primary_author": {"name": "Mira Example", "slug": "mira"},
              "primary_tag": {"name": "Harbour"}}
    [article] = _articles(record)
    assert article.byline == "Mira Example"
    [both] = _articles({**record, "authors": [{"name": "Mira Example"}, {"name": "Jon Sample"}]})
    assert both.byline == "Mira Example, Jon Sample"
