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
