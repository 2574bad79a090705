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
