"""JSON Lines records as headless CMSs and newsrooms write them: rich-text trees (Sanity's Portable
Text, Contentful's rich text, ProseMirror's and Strapi's blocks) read as paragraphs, a response
that wraps one record ("data": {"attributes"}), Markdown text read as the words it shows, field
names matched whatever their case or separators ("pubdate", "createdAt"), a newsroom's "hed" and
"body_html", and an epoch time given as a string under "timestamp"."""

from __future__ import annotations

import json

from core.reading.jsonl import parse_json, parse_jsonl
from core.reading.sources import Item, Problem

_LEAD = "The council approved the ferry plan on Tuesday after a long debate."
_NEXT = "Work on the new quay starts in May, the harbour office said."


def _read(*records: object) -> list[Item]:
    results = list(parse_jsonl("\n".join(json.dumps(r) for r in records), source="cms.jsonl"))
    assert not [r for r in results if isinstance(r, Problem)], results
    return [r for r in results if isinstance(r, Item)]


def _texts(item: Item) -> list[str]:
    return list(item.article.paragraphs)


def test_rich_text_trees_are_read_as_paragraphs() -> None:
    portable = {"title": "Ferry plan approved", "author": {"name": "Mari Holm"}, "body": [
        {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": "The council approved the ferry plan "},
                                                           {"_type": "span", "marks": ["strong"], "text": "on Tuesday after a long debate."}]},
        {"_type": "image", "asset": {"_ref": "image-1"}, "caption": "The quay at dawn."},
        {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": _NEXT}]}]}
    contentful = {"sys": {"id": "x1", "createdAt": "2026-03-03T10:30:00.000Z"}, "fields": {"headline": "Ferry plan approved", "body": {
        "nodeType": "document", "data": {}, "content": [
            {"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": _LEAD, "marks": [], "data": {}}]},
            {"nodeType": "embedded-entry-block", "data": {"target": {"sys": {"id": "e1"}}}, "content": []},
            {"nodeType": "paragraph", "data": {}, "content": [
                {"nodeType": "text", "value": "Work on the new quay starts in May, the ", "marks": [], "data": {}},
                {"nodeType": "hyperlink", "data": {"uri": "https://x.example"}, "content": [
                    {"nodeType": "text", "value": "harbour office", "marks": [], "data": {}}]},
                {"nodeType": "text", "value": " said.", "marks": [], "data": {}}]}]}}}
    prosemirror = {"title": "Ferry plan approved", "content": {"type": "doc", "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": _LEAD}]},
        {"type": "paragraph", "content": [{"type": "text", "text": _NEXT}]}]}}
    items = _read(portable, contentful, prosemirror)
    assert [_texts(i) for i in items] == [[_LEAD, _NEXT]] * 3
    assert items[0].article.byline == "Mari Holm"
    assert (items[1].article.published or "").startswith("2026-03-03T10:30")


def test_a_rich_text_list_and_heading_keep_their_items_and_no_structure() -> None:
    strapi_blocks = {"title": "Ferry plan approved", "body": [
        {"type": "paragraph", "children": [{"type": "text", "text": _LEAD}]},
        {"type": "heading", "level": 2, "children": [{"type": "text", "text": "What changes"}]},
        {"type": "list", "format": "unordered", "children": [
            {"type": "list-item", "children": [{"type": "text", "text": "Sailings every hour from the north quay"}]},
            {"type": "list-item", "children": [{"type": "text", "text": "Fares stay as they are for islanders"}]}]},
        {"type": "paragraph", "children": [{"type": "text", "text": _NEXT}]}]}
    [item] = _read(strapi_blocks)
    texts = _texts(item)
    assert texts[0] == _LEAD and texts[-1] == _NEXT
    assert "Sailings every hour from the north quay" in " ".join(texts)
    assert not any("type" in t or "children" in t for t in texts)


def test_a_wrapped_record_with_markdown_text_and_a_related_author() -> None:
    """Strapi's "data": {"attributes"} wraps the record; its author is a related object; its
    "content" is Markdown, read without its marks."""
    record = {"data": {"id": 7, "attributes": {
        "title": "Ferry plan approved", "publishedAt": "2026-03-03T11:00:00.000Z",
        "content": f"The council approved the ferry plan **on Tuesday** after a [long debate](https://x.example/d).\n\n"
                   f"## What changes\n\n{_NEXT}",
        "author": {"data": {"id": 2, "attributes": {"name": "Mari Holm"}}}}}}
    [item] = _read(record)
    assert _texts(item)[0] == _LEAD and _texts(item)[-1] == _NEXT
    assert not any("**" in t or "](" in t or t.startswith("#") for t in _texts(item))
    assert item.article.byline == "Mari Holm"
    assert (item.article.published or "").startswith("2026-03-03")


def test_plain_text_with_a_lone_star_or_hash_is_not_markdown() -> None:
    text = f"{_LEAD}\n\n#3 on the list is the *new* quay, said the office, at 5 * 2 metres."
    [item] = _read({"title": "Ferry plan approved", "text": text})
    assert _texts(item)[-1] == "#3 on the list is the *new* quay, said the office, at 5 * 2 metres."


def test_newsroom_field_names_and_names_in_another_case() -> None:
    record = {"kicker": "HARBOUR", "hed": "Ferry plan approved", "dek": "A long debate ends",
              "byline": "By Mari Holm and Bo Sample", "pubdate": "2026-03-03T15:00:00Z",
              "publication": {"name": "Notes Gazette"}, "body_html": f"<p>{_LEAD}</p><p>{_NEXT}</p>"}
    [item] = _read(record)
    a = item.article
    assert (a.title, a.outlet, a.byline) == ("Ferry plan approved", "Notes Gazette", "Mari Holm and Bo Sample")
    assert (a.published or "").startswith("2026-03-03T15:00")
    assert _texts(item)[-2:] == [_LEAD, _NEXT]
    [other] = _read({"Title": "Ferry plan approved", "Body": f"{_LEAD}\n\n{_NEXT}", "Published_At": "2026-03-03T08:00:00Z"})
    assert (other.article.title, other.article.published or "") == ("Ferry plan approved", "2026-03-03T08:00:00+00:00")


def test_an_epoch_time_given_as_a_string_under_timestamp() -> None:
    [item] = _read({"headline": "Ferry plan approved", "timestamp": "1772559000", "text": f"{_LEAD}\n\n{_NEXT}"})
    assert item.article.published == "2026-03-03T17:30:00+00:00"


def test_a_portable_text_custom_object_is_no_paragraph() -> None:
    # a custom object between the blocks (a sign-up call, a poll): only a "block" of spans is text
    portable = {"title": "Ferry plan approved", "body": [
        {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": _LEAD}]},
        {"_type": "signupPrompt", "_key": "p1", "text": "Get the harbour letter in your inbox"},
        {"_type": "pollWidget", "_key": "p2", "question": "Will you take the ferry?", "text": "Vote now"},
        {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": _NEXT}]}]}
    [item] = _read(portable)
    assert _texts(item) == [_LEAD, _NEXT]


def test_a_page_data_document_is_read_from_the_record_nested_in_it() -> None:
    """A static site's data for one page (the article's record a few objects deep, its metadata in
    a front matter object beside its HTML) is that record's article; the teasers beside it, which
    give a title and no body, are not articles."""
    page = {"path": "/news/ferry/", "props": {"pageProps": {
        "site": {"meta": {"title": "Harbour Weekly"}},
        "entry": {"id": "e-17", "bodyHtml": f"<p>{_LEAD}</p>\n<p>{_NEXT}</p>",
                  "frontmatter": {"title": "Ferry plan approved", "date": "2026-03-03", "author": "Mari Holm"}},
        "previous": {"frontmatter": {"title": "Quay lights go out"}},
        "more": [{"title": "Bridge closes for repairs"}]}}}
    [item] = _read(page)
    assert item.article.title == "Ferry plan approved"
    assert _texts(item) == [_LEAD, _NEXT]
    assert item.article.byline == "Mari Holm"
    assert (item.article.published or "").startswith("2026-03-03")


def test_a_blok_holding_a_rich_text_tree_is_read_and_a_sign_up_blok_is_not() -> None:
    """A Storyblok story: its text in "rich_text" bloks each holding a ProseMirror doc, a newsletter
    blok between them no text; its author in the story's "content" object."""
    def doc(*texts: str) -> dict[str, object]:
        return {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": t}]} for t in texts]}

    story = {"story": {"name": "Ferry plan approved", "first_published_at": "2026-03-03T10:30:00.000Z", "content": {
        "component": "article", "headline": "Ferry plan approved", "author": {"name": "Mari Holm", "id": 7}, "body": [
            {"component": "rich_text", "text": doc(_LEAD)},
            {"component": "newsletter_signup", "title": "Get the news", "text": "The day's news every morning."},
            {"component": "rich_text", "text": doc(_NEXT)}]}}, "cv": 1, "rels": [], "links": []}
    item, = _read(story)
    assert _texts(item) == [_LEAD, _NEXT]
    assert item.article.byline == "Mari Holm"


def _ghost_export(*posts: dict[str, object]) -> dict[str, object]:
    return {"db": [{"meta": {"version": "5.80.0"}, "data": {
        "posts": list(posts), "users": [{"id": "u1", "name": "Mari Holm", "slug": "mari"}],
        "posts_authors": [{"id": "a1", "post_id": "p2", "author_id": "u1", "sort_order": 0}]}}]}


def test_a_ghost_export_gives_its_published_posts_read_from_their_lexical_or_mobiledoc() -> None:
    """A Ghost site's export: a page and a draft are no articles; a post's body is a Lexical tree
    given as a string of JSON (its "html" null), a sign-up card in it no text; its author is the
    user its posts_authors row names. An older post's Mobiledoc is read as well."""
    def para(text: str) -> dict[str, object]:
        return {"type": "paragraph", "children": [{"type": "extended-text", "text": text, "format": 0}]}

    lexical = json.dumps({"root": {"type": "root", "children": [
        para(_LEAD), {"type": "signup", "header": "Subscribe to our letter", "buttonText": "Subscribe"}, para(_NEXT)]}})
    mobiledoc = json.dumps({"version": "0.3.1", "atoms": [], "markups": [], "cards": [["signup", {"header": "Subscribe"}]],
                            "sections": [[1, "p", [[0, [], 0, _LEAD]]], [10, 0], [1, "p", [[0, [], 0, _NEXT]]]]})
    export = _ghost_export(
        {"id": "p1", "title": "About us", "lexical": json.dumps({"root": {"type": "root", "children": [para("We are a town paper.")]}}),
         "html": None, "type": "page", "status": "published"},
        {"id": "p2", "title": "Ferry plan approved", "lexical": lexical, "html": None, "type": "post", "status": "published",
         "published_at": "2026-03-03T10:30:00.000Z"},
        {"id": "p3", "title": "Draft", "lexical": json.dumps({"root": {"children": [para("To write.")]}}), "type": "post", "status": "draft"},
        {"id": "p4", "title": "Quay works begin", "mobiledoc": mobiledoc, "html": None, "type": "post", "status": "published"})
    results = list(parse_json(json.dumps(export), source="ghost.json"))
    items = [r for r in results if isinstance(r, Item)]
    assert [i.article.title for i in items] == ["Ferry plan approved", "Quay works begin"], results
    assert [_texts(i) for i in items] == [[_LEAD, _NEXT], [_LEAD, _NEXT]]
    assert items[0].article.byline == "Mari Holm"
