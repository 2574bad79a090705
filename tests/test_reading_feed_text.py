"""A feed entry's or a record's text in the shapes CMSs store it (invented inputs)."""

from __future__ import annotations

import json
from pathlib import Path

from core.reading import read_file
from core.reading.html import fragment_blocks


def test_a_fragment_with_inline_markup_only_parts_paragraphs_at_blank_lines() -> None:
    """WordPress's post_content before wpautop: <strong> and <a> inside, paragraphs only apart by blank lines."""
    raw = ("Rada města v úterý schválila, že <strong>starý most</strong> bude od jara uzavřen pro auta.\n\n"
           "Autobusy a chodci mohou <a href='/x'>dál přecházet</a>.\n  \n"
           "Obchodníci žádali odklad.")
    assert [b.text for b in fragment_blocks(raw)] == [
        "Rada města v úterý schválila, že starý most bude od jara uzavřen pro auta.",
        "Autobusy a chodci mohou dál přecházet.",
        "Obchodníci žádali odklad.",
    ]


def test_a_fragment_with_block_markup_keeps_its_blocks_whatever_its_blank_lines() -> None:
    raw = "<p>One paragraph that goes on\n\nacross a blank line.</p>\n\n<p>Another one.</p>"
    assert [b.text for b in fragment_blocks(raw)] == ["One paragraph that goes on across a blank line.", "Another one."]


def test_a_page_saved_before_its_script_drew_it_is_read_from_its_application_state(tmp_path: Path) -> None:
    state = {"props": {"pageProps": {"article": {"headline": "Harbour board approves night ferry trial", "body": [
        {"type": "paragraph", "text": "The harbour board on Tuesday approved a six-month trial of a night ferry to the island."},
        {"type": "paragraph", "text": "Boats will leave every hour between midnight and 5 a.m. on Fridays and Saturdays."},
        {"type": "html", "html": "<p>Bar owners on the island had asked for the service for years, they said.</p>"}]}}}}
    page = ('<!DOCTYPE html><html><head><title>Harbour board approves night ferry trial | Harbour Lines</title>'
            '<meta property="og:site_name" content="Harbour Lines"></head><body><div id="__next"><div class="loading">'
            f'Loading…</div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>')
    path = tmp_path / "shell.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    assert len(article.paragraphs) == 3 and article.paragraphs[0].startswith("The harbour board")
    assert article.title == "Harbour board approves night ferry trial"


def _records(tmp_path: Path, name: str, value: object) -> list:
    path = tmp_path / name
    path.write_text(json.dumps(value), encoding="utf-8")
    return read_file(path)


_PARAS = ["The harbour board voted on Tuesday to run night ferries to the outer islands for a year.",
          "Sailings will leave the pier at 10.30pm and midnight on Fridays and Saturdays."]


def test_cms_apis_records_wrapped_nested_and_typed_fields(tmp_path: Path) -> None:
    """WordPress's REST API ({"rendered": ...}, its author embedded), Drupal's JSON:API ("data":
    [{"attributes": {"body": {"value", "processed"}}}]) and Arc XP's story ("headlines": {"basic"},
    "content_elements" typed, "credits": {"by": [...]})."""
    wordpress = [{"date": "2026-03-03T14:20:00", "link": "https://islandcourier.example/2026/03/03/ferries/",
                  "title": {"rendered": "Board&#8217;s night ferry trial gets go-ahead"},
                  "content": {"rendered": "".join(f"<p>{p}</p>\n\n" for p in _PARAS), "protected": False},
                  "author": 3, "_embedded": {"author": [{"id": 3, "name": "Jane Sample"}]}}]
    drupal = {"jsonapi": {"version": "1.0"}, "data": [{"type": "node--article", "attributes": {
        "title": "Night ferries approved", "created": "2026-03-02T19:15:00+00:00",
        "body": {"value": "".join(f"<p>{p}</p>\r\n" for p in _PARAS), "format": "basic_html"}}}]}
    arc = {"type": "story", "headlines": {"basic": "Harbor board approves night ferry pilot", "web": ""},
           "credits": {"by": [{"type": "author", "name": "Sam Example"}]}, "first_publish_date": "2026-03-03T21:10:00.000Z",
           "content_elements": [{"type": "text", "content": _PARAS[0]}, {"type": "image", "url": "https://x.example/f.jpg"},
                                {"type": "header", "level": 2, "content": "What comes next"},
                                {"type": "text", "content": _PARAS[1].replace("10.30pm", "<b>10.30pm</b>")}]}
    (wp,) = _records(tmp_path, "wp.json", wordpress)
    (dr,) = _records(tmp_path, "drupal.json", drupal)
    (ans,) = _records(tmp_path, "arc.json", arc)
    assert (wp.title, wp.byline, list(wp.paragraphs)) == ("Board’s night ferry trial gets go-ahead", "Jane Sample", _PARAS)
    assert (dr.title, dr.published[:10], list(dr.paragraphs)) == ("Night ferries approved", "2026-03-02", _PARAS)
    assert (ans.title, ans.byline, ans.published[:10]) == ("Harbor board approves night ferry pilot", "Sam Example", "2026-03-03")
    assert [p for p in ans.paragraphs if p != "What comes next"] == _PARAS


def test_records_whose_body_is_an_object_holding_its_text(tmp_path: Path) -> None:
    """A scraper's or an export's body one level down: "content": {"html", "word_count"},
    "body": {"text"}, "article": {"value"}; the object's other fields are no text."""
    records = [
        {"headline": "Night ferries approved", "source": {"name": "Island Courier"}, "authors": ["Jane Sample"],
         "content": {"html": "".join(f"<p>{p}</p>" for p in _PARAS), "word_count": 31}},
        {"title": "Night ferries approved", "body": {"text": "\n\n".join(_PARAS), "lang": "en"}},
        {"title": "Night ferries approved", "content": {"rendered": "".join(f"<p>{p}</p>" for p in _PARAS)}},
    ]
    path = tmp_path / "nested.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    articles = read_file(path)
    assert [list(a.paragraphs) for a in articles] == [_PARAS] * 3
    assert (articles[0].outlet, articles[0].byline) == ("Island Courier", "Jane Sample")


def test_an_arc_story_reads_its_lists_quotes_raw_html_and_corrections_in_order(tmp_path: Path) -> None:
    """Arc XP's ANS elements besides "text": a "list" of items (one a list within), a "quote"
    with its elements and citation, a "raw_html" paragraph, an "element_group", a "correction"
    note; a "raw_html" embed, an "interstitial_link" and a "link_list" are no text of the story."""
    story = {"type": "story", "headlines": {"basic": "Library extends its winter opening hours"},
             "credits": {"by": [{"type": "author", "name": "Nell Sample"}]}, "display_date": "2026-02-11T09:00:00Z",
             "content_elements": [
                 {"type": "text", "content": "The town library will stay open until nine on weekdays from next month, the council said."},
                 {"type": "text", "content": "What changes for readers:"},
                 {"type": "list", "list_type": "unordered", "items": [
                     {"type": "text", "content": "Evening loans desk staffed by volunteers"},
                     {"type": "list", "list_type": "ordered", "items": [
                         {"type": "text", "content": "Study rooms bookable one week ahead"}]},
                     {"type": "text", "content": "Sunday reading room reopens in March"}]},
                 {"type": "interstitial_link", "content": "More: the library budget vote", "url": "/x/"},
                 {"type": "quote", "subtype": "blockquote",
                  "content_elements": [{"type": "text", "content": "We heard the students asking for somewhere warm to work late."}],
                  "citation": {"type": "text", "content": "Ida Model, head librarian"}},
                 {"type": "raw_html", "content": "<p>The extra hours will cost about 40,000 a year, paid from the culture fund.</p>"},
                 {"type": "raw_html", "content": "<blockquote class='twitter-tweet'><p>so happy about this</p></blockquote>"
                                                 "<script src='https://platform.example/widgets.js'></script>"},
                 {"type": "link_list", "items": [{"type": "interstitial_link", "content": "Town hall opens late too", "url": "/y/"}]},
                 {"type": "element_group", "content_elements": [
                     {"type": "text", "content": "A review of the trial is planned for the autumn."}]},
                 {"type": "correction", "correction_type": "correction",
                  "text": "An earlier version of this story gave the wrong closing hour."}]}
    (article,) = _records(tmp_path, "arc.json", story)
    paragraphs = list(article.paragraphs)
    assert [p[:25] for p in paragraphs] == [
        "The town library will sta", "What changes for readers:", "Evening loans desk staffe", "Study rooms bookable one ",
        "Sunday reading room reope", "“We heard the students as", "The extra hours will cost", "A review of the trial is ",
        "An earlier version of thi"]
    assert "Ida Model" in paragraphs[5]
    assert not any("happy" in p or "Town hall" in p or "More:" in p for p in paragraphs)
