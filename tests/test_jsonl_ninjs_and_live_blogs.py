"""JSON documents in two more shapes: an IPTC ninjs item (1.x: "headline", "byline", "body_html" or
"body_text", "located", "firstcreated"/"versioncreated"; 2.0: "headlines", "bodies" and
"descriptions" as lists of versions by role, "by") and a schema.org LiveBlogPosting saved as JSON
(its "liveBlogUpdate" list, each update timed)."""

from __future__ import annotations

import json

from core.reading.jsonl import parse_json
from core.reading.sources import Item, Problem

_LEAD = "The council approved the ferry plan on Tuesday after a long debate."
_NEXT = "Work on the new quay starts in May, the harbour office said."
_LAST = "Fares stay as they are for islanders until the end of next year."


def _read(value: object) -> list[Item]:
    results = list(parse_json(json.dumps(value, ensure_ascii=False, indent=1), source="doc.json"))
    assert not [r for r in results if isinstance(r, Problem)], results
    return [r for r in results if isinstance(r, Item)]


def test_a_ninjs_2_item_gives_its_main_headline_and_body_by_role() -> None:
    item = {"uri": "https://wire.example/item/1", "standard": {"name": "ninjs", "version": "2.0"}, "type": "text",
            "versioncreated": "2026-03-03T11:10:00Z", "firstcreated": "2026-03-03T10:45:00Z",
            "headlines": [{"role": "main", "value": "Ostby council approves the ferry plan"},
                          {"role": "short", "value": "Ferry plan passes"}],
            "descriptions": [{"role": "summary", "value": "The plan passed after a long debate."}],
            "bodies": [{"role": "main", "contenttype": "text/html", "charcount": 200, "wordcount": 30,
                        "value": f"<p>{_LEAD}</p><p>{_NEXT}</p><p>{_LAST}</p><p>(Harbour Wire/mh)</p>"}],
            "by": "Mari Holm", "located": "OSTBY", "copyrightholder": "Harbour Wire",
            "copyrightnotice": "Copyright 2026 Harbour Wire. No copying without leave.",
            "usageterms": "For subscribers of the regional service only."}
    [read] = _read(item)
    article = read.article
    assert article.title == "Ostby council approves the ferry plan"
    assert list(article.paragraphs) == [_LEAD, _NEXT, _LAST]  # the agency's sign-off with the desk's initials is none
    assert article.byline == "Mari Holm" and article.dateline == "OSTBY"
    assert (article.published or "").startswith("2026-03-03T10:45") and (article.updated or "").startswith("2026-03-03T11:10")


def test_a_ninjs_2_item_with_only_a_plain_body_and_a_description() -> None:
    item = {"uri": "urn:x:2", "headlines": [{"value": "Ferry plan approved"}],
            "descriptions": [{"role": "summary", "contenttype": "text/plain", "value": "The plan passed."}],
            "bodies": [{"role": "main", "contenttype": "text/plain", "value": f"{_LEAD}\n\n{_NEXT}"}]}
    [read] = _read(item)
    assert read.article.title == "Ferry plan approved" and list(read.article.paragraphs) == [_LEAD, _NEXT]
    assert not read.article.summary_only


def test_a_ninjs_1_item_keeps_its_time_and_dateline() -> None:
    item = {"uri": "urn:x:3", "type": "text", "versioncreated": "2026-03-03T10:40:00Z", "firstcreated": "2026-03-03T10:30:00Z",
            "headline": "Ferry plan approved", "byline": "Mari Holm", "located": "OSTBY",
            "body_text": f"{_LEAD}\n\n{_NEXT}"}
    [read] = _read(item)
    article = read.article
    assert article.title == "Ferry plan approved" and article.byline == "Mari Holm" and list(article.paragraphs) == [_LEAD, _NEXT]
    assert (article.published or "").startswith("2026-03-03T10:30") and article.dateline == "OSTBY"


def _live_blog(**more: object) -> dict[str, object]:
    def update(time: str, heading: str, text: str) -> dict[str, object]:
        return {"@type": "BlogPosting", "headline": heading, "datePublished": f"2026-03-03T{time}:00+01:00", "articleBody": text,
                "author": {"@type": "Person", "name": "Mari Holm"}}

    return {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "LIVE: The ferry vote",
            "url": "https://bay.example/live/ferry", "datePublished": "2026-03-03T08:30:00+01:00",
            "author": {"@type": "Person", "name": "Mari Holm"},
            "publisher": {"@type": "NewsMediaOrganization", "name": "Bay Courier", "logo": {"@type": "ImageObject", "url": "x"}},
            "liveBlogUpdate": [update("12:15", "Fares stay", _LAST), update("10:40", "Quay works", _NEXT),
                               update("09:05", "The vote", _LEAD)], **more}


def test_a_live_blog_saved_as_json_gives_each_update_under_its_time() -> None:
    [read] = _read(_live_blog())
    article = read.article
    assert article.outlet == "Bay Courier" and article.title == "LIVE: The ferry vote" and article.byline == "Mari Holm"
    # each update's time and heading a subhead above it, read oldest first as a live page's are (the document
    # gives them newest first)
    assert list(article.paragraphs) == [
        "09:05 (2026-03-03T09:05:00+01:00) — The vote", _LEAD, "10:40 (2026-03-03T10:40:00+01:00) — Quay works", _NEXT,
        "12:15 (2026-03-03T12:15:00+01:00) — Fares stay", _LAST]
    assert [i for i, _ in article.subheads] == [0, 2, 4]


def test_a_live_blog_whose_own_text_holds_its_updates_reads_them_once() -> None:
    [read] = _read(_live_blog(articleBody=f"{_LAST}\n{_NEXT}\n{_LEAD}", description="The council votes on the ferry plan."))
    assert [p for i, p in enumerate(read.article.paragraphs) if i not in dict(read.article.subheads)] == [_LEAD, _NEXT, _LAST]
    assert not read.article.summary_only


def test_a_json_ld_graph_gives_its_reports_with_the_publisher_it_names_by_id() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://bay.example/#site", "name": "Bay Courier"},
        {"@type": "NewsMediaOrganization", "@id": "https://bay.example/#org", "name": "Bay Courier Ltd"},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News"}]},
        {**_live_blog(), "publisher": {"@id": "https://bay.example/#org"}}]}
    [read] = _read(graph)
    assert read.article.outlet == "Bay Courier Ltd" and read.article.title == "LIVE: The ferry vote"
    assert _LEAD in read.article.paragraphs
