"""JSON records in two more shapes of typed elements and runs: Apple News Format's article.json
("components" typed by "role", "metadata" with the authors, time and address) and a chat channel's
export (Telegram's result.json: "messages", each post's "text" a string or a list of runs)."""

from __future__ import annotations

import json

from core.reading.jsonl import parse_json
from core.reading.sources import Item, Problem

_LEAD = "The council approved the ferry plan on Tuesday after a long debate."
_NEXT = "Work on the new quay starts in May, the harbour office said."


def _read(value: object) -> list[Item]:
    results = list(parse_json(json.dumps(value, ensure_ascii=False, indent=1), source="doc.json"))
    assert not [r for r in results if isinstance(r, Problem)], results
    return [r for r in results if isinstance(r, Item)]


def test_components_by_role_are_the_body_and_metadata_gives_the_rest() -> None:
    doc = {"version": "1.9", "identifier": "x1", "title": "Ferry plan approved",
           "metadata": {"authors": ["Mari Holm"], "datePublished": "2026-03-03T10:30:00Z",
                        "canonicalURL": "https://bay.example/ferry-plan"},
           "components": [
               {"role": "title", "text": "Ferry plan approved"},
               {"role": "byline", "text": "By Mari Holm | 3 March 2026"},
               {"role": "photo", "URL": "bundle://quay.jpg", "caption": "The quay at dawn."},
               {"role": "container", "components": [{"role": "body", "format": "html", "text": f"<p>{_LEAD}</p>"}]},
               {"role": "pullquote", "text": "A long debate"},
               {"role": "heading2", "text": "What changes"},
               {"role": "body", "text": "Fares stay <as they are> for islanders, the office said."},
               {"role": "body", "text": _NEXT}],
           "componentTextStyles": {"default": {"fontName": "Serifa"}}}
    [item] = _read(doc)
    article = item.article
    assert list(article.paragraphs) == [_LEAD, "What changes", "Fares stay <as they are> for islanders, the office said.", _NEXT]
    assert article.title == "Ferry plan approved" and article.byline == "Mari Holm"
    assert (article.published or "").startswith("2026-03-03T10:30") and article.url == "https://bay.example/ferry-plan"


def test_a_channel_export_gives_each_post_with_words_as_an_article_of_the_channel() -> None:
    export = {"name": "Harbour Notes", "type": "public_channel", "id": 5, "messages": [
        {"id": 1, "type": "service", "date": "2026-03-01T08:00:00", "action": "create_channel", "title": "Harbour Notes",
         "text": ""},
        {"id": 2, "type": "message", "date": "2026-03-03T10:42:00", "text": [
            "The council approved the ferry plan ", {"type": "bold", "text": "on Tuesday"}, " after a long debate.\n\n",
            {"type": "text_link", "text": "Work on the new quay", "href": "https://x.example"}, " starts in May, the harbour office said."]},
        {"id": 3, "type": "message", "date": "2026-03-03T11:00:00", "text": "", "photo": "photos/p3.jpg"},
        {"id": 4, "type": "message", "date": "2026-03-03T12:05:00", "text": f"{_NEXT}\n\n{_LEAD}"}]}
    items = _read(export)
    assert [list(i.article.paragraphs) for i in items] == [[_LEAD, _NEXT], [_NEXT, _LEAD]]
    assert {i.article.outlet for i in items} == {"Harbour Notes"}
    assert (items[0].article.published or "").startswith("2026-03-03T10:42")


def test_a_posts_bold_first_line_is_its_title_and_the_channels_handle_at_its_end_no_text() -> None:
    export = {"name": "Harbour Notes", "type": "public_channel", "messages": [
        {"id": 2, "type": "message", "date": "2026-03-03T10:42:00", "text": [
            {"type": "bold", "text": "Ferry plan approved"}, f"\n\n{_LEAD}\n\n{_NEXT}\n\n\U0001f194 ",
            {"type": "mention", "text": "@harbour_notes"}]},
        {"id": 3, "type": "message", "date": "2026-03-03T11:00:00", "text": [
            f"{_NEXT} Ask ", {"type": "mention", "text": "@quay_office"}, " for the timetable.\n\n", _LEAD]}]}
    first, second = _read(export)
    assert first.article.title == "Ferry plan approved" and list(first.article.paragraphs) == [_LEAD, _NEXT]
    assert list(second.article.paragraphs) == [f"{_NEXT} Ask @quay_office for the timetable.", _LEAD]


def test_a_plain_body_component_holds_a_paragraph_at_each_line_end_and_promotions_are_none() -> None:
    last = "Fares stay as they are for islanders until the end of next year."
    doc = {"version": "1.9", "identifier": "x2", "title": "Ferry plan approved",
           "metadata": {"authors": ["Mari Holm"], "datePublished": "2026-03-03T10:30:00Z"},
           "components": [
               {"role": "title", "text": "Ferry plan approved"},
               {"role": "body", "format": "none", "text": f"{_LEAD}\n\n{_NEXT}", "textStyle": "bodyStyle"},
               {"role": "container", "style": "adContainer", "components": [
                   {"role": "body", "text": "Ferries to all islands: book now and save on every crossing this winter."}]},
               {"role": "body", "format": "markdown", "text": f"**{last}**"},
               {"role": "divider"},
               {"role": "body", "format": "html", "text": '<p><a href="https://bay.example/nl">Get our evening letter</a></p>'},
               {"role": "body", "text": "Get the harbour news in your inbox every morning, free of charge.",
                "textStyle": "newsletterPromo"}]}
    [item] = _read(doc)
    assert list(item.article.paragraphs) == [_LEAD, _NEXT, last]
