"""JSON records: a JSON:API document's author given in "included", and a news API's cut mark
inside the HTML it closes (invented inputs)."""

from __future__ import annotations

import json
from pathlib import Path

from core.reading import read_file

PARAS = ["The harbour board voted on Tuesday to run night ferries to the outer islands for a year.",
         "Sailings will leave the pier at 10.30pm and midnight on Fridays and Saturdays."]


def _read(tmp_path: Path, name: str, lines: list[object]) -> list:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return read_file(path)


def _node(ident: str, title: str, author: object) -> dict[str, object]:
    return {"type": "node--article", "id": ident, "attributes": {
        "title": title, "created": "2026-03-03T09:15:00+02:00",
        "body": {"value": "".join(f"<p>{p}</p>" for p in PARAS), "format": "full_html"}},
        "relationships": {"uid": {"data": author}, "field_image": {"data": {"type": "file--file", "id": "f1"}}}}


def test_a_json_api_records_author_is_the_included_resource_its_relationship_names(tmp_path: Path) -> None:
    included = [{"type": "file--file", "id": "f1", "attributes": {"name": "ferry.jpg"}},
                {"type": "user--user", "id": "u7", "attributes": {"name": "mvale", "display_name": "Mira Vale"}}]
    one = {"data": _node("a1", "Night ferries approved", {"type": "user--user", "id": "u7"}), "included": included}
    many = {"data": [_node("a2", "Night ferries to start in May", {"type": "user--user", "id": "u7"}),
                     _node("a3", "Ferry crews hired", None)], "included": included}
    first, second, third = _read(tmp_path, "nodes.jsonl", [one, many])
    assert first.byline == "Mira Vale" and second.byline == "Mira Vale"
    assert third.byline is None  # no author named: not the picture's file name


def test_a_news_apis_cut_mark_inside_its_html_is_taken_off_and_the_article_marked_a_teaser(tmp_path: Path) -> None:
    record = {"title": "Night ferries approved", "url": "https://islandpost.example/ferries",
              "content": "".join(f"<p>{p}</p>" for p in PARAS) + "<p>Islanders welcomed the news... [1532 chars]</p>",
              "publishedAt": "2026-03-03T01:00:00Z", "source": {"name": "Island Post"}}
    (article,) = _read(tmp_path, "api.jsonl", [record])
    assert article.paragraphs[-1] == "Islanders welcomed the news…"
    assert article.teaser
