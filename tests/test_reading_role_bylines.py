"""Bylines that name the writer with others' roles (core/reading/judge.py writing_credit, read by
clean_byline, byline_people, the HTML and plain-text paths and the author fields of feeds and
JSON): the people of the writing role ("words", "text", "story", "reporting") are the byline; a
photographer, an editor or a video maker is credited, not an author, as in a wire's credit line.
Invented inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.model import Article
from core.reading import read_paths
from core.reading.judge import byline_people, clean_byline, writing_credit

WRITER = "Mira Quellen"
OTHER = "Tove Arnsdal"
LEAD = ("A crane at the Holmby container quay fell into the harbour early on Tuesday, the port authority "
        "said, and no one was hurt when it toppled.")
MORE = "Workers had left the quay an hour before the crane fell, according to the authority, which is investigating."

#: Labels of the writer's role, alone or with others', in the languages bylines print them.
WRITER_LINES = [
    f"Photographs and words by {WRITER}",
    f"Words and pictures by {WRITER}",
    f"Story and photos by {WRITER}",
    f"Reporting and photography by {WRITER}",
    f"Text and photos: {WRITER}",
    f"By {WRITER} and photos by {OTHER}",
    f"By {WRITER} with photos by {OTHER}",
    f"Words by {WRITER}, photos by {OTHER}",
    f"Text: {WRITER}, photos: {OTHER}",
    f"Words: {WRITER} | Pictures: {OTHER}",
    f"Text: {WRITER} / Foto: {OTHER}",
    f"Photos: {OTHER}. Words: {WRITER}",
    f"By {WRITER} | Photography by {OTHER} | 3 March 2026",
    f"Texto y fotos: {WRITER}",
    f"Text und Fotos: {WRITER}",
    f"Texte et photos : {WRITER}",
    f"Testo e foto di {WRITER}",
    f"Tekst en foto's: {WRITER}",
    f"Tekst i zdjęcia: {WRITER}",
]
#: Lines that credit other roles only: no author.
OTHER_LINES = [f"Photos by {OTHER}", f"Photos and video by {OTHER}", f"Graphics and editing: {OTHER}",
               f"Additional reporting by {OTHER}", "Fotos: dpa"]


@pytest.mark.parametrize("line", WRITER_LINES)
def test_the_writers_role_names_the_byline(line: str) -> None:
    assert clean_byline([line], line=True) == WRITER
    assert clean_byline([line]) == WRITER  # an author value of metadata, a feed or a JSON record
    assert byline_people(line) == [WRITER]


@pytest.mark.parametrize("line", OTHER_LINES)
def test_a_line_of_other_roles_names_no_author(line: str) -> None:
    assert writing_credit(line) == ()
    assert clean_byline([line], line=True) is None
    assert clean_byline([line]) is None
    assert clean_byline([line, WRITER]) == WRITER


def test_two_writers_of_the_writing_role_stay_as_printed() -> None:
    assert clean_byline([f"Words by {WRITER} and Ilse Borrow, photos by {OTHER}"], line=True) == f"{WRITER} and Ilse Borrow"


@pytest.mark.parametrize("line", [f"By {WRITER} and {OTHER}", f"Words by {WRITER}", "Storm season in pictures: Tove Arnsdal",
                                  f"Posted by {WRITER}", "Words And Pictures By The Sea"])
def test_a_byline_with_no_role_labels_is_read_as_before(line: str) -> None:
    assert writing_credit(line) is None


def _read(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    [article] = articles
    return article


def _page(byline: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Crane falls into Holmby harbour</title>"
            "<meta property='og:site_name' content='Valley Ledger'></head><body><main><article>"
            f"<h1>Crane falls into Holmby harbour</h1>{byline}<p>{LEAD}</p><p>{MORE}</p>"
            "</article></main></body></html>")


@pytest.mark.parametrize("element", [
    f"<p class='byline'>Photographs and words by {WRITER}</p>",
    f"<div class='author'>By {WRITER} and photos by {OTHER}</div>",
    f"<p>Words and pictures by {WRITER}</p>",
    f"<p>Text: {WRITER} | Fotos: {OTHER}</p>",
    f"<span class='byline'>{WRITER} | Photos: {OTHER}</span>",
])
def test_a_pages_byline_element_names_its_writer(tmp_path: Path, element: str) -> None:
    assert _read(tmp_path, "page.html", _page(element)).byline == WRITER


@pytest.mark.parametrize("line", [f"By {WRITER} and photos by {OTHER}", f"Words and pictures by {WRITER}",
                                  f"Words: {WRITER} | Pictures: {OTHER}", f"Texto y fotos: {WRITER}"])
def test_a_plain_text_byline_names_its_writer(tmp_path: Path, line: str) -> None:
    text = f"Crane falls into Holmby harbour\n\n{line}\n\n{LEAD}\n\n{MORE}\n"
    assert _read(tmp_path, "report.txt", text).byline == WRITER


def test_a_json_records_author_field_names_its_writer(tmp_path: Path) -> None:
    record = {"title": "Crane falls into Holmby harbour", "author": f"Words and pictures by {WRITER}",
              "published": "2026-03-03T10:00:00Z", "content": f"{LEAD}\n\n{MORE}"}
    assert _read(tmp_path, "record.json", json.dumps(record)).byline == WRITER


def test_a_feeds_creator_names_its_writer(tmp_path: Path) -> None:
    feed = ("<?xml version='1.0'?><rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>Valley Ledger</title>"
            "<link>https://valley.example/</link><item><title>Crane falls into Holmby harbour</title>"
            f"<link>https://valley.example/crane</link><dc:creator>By {WRITER} and photos by {OTHER}</dc:creator>"
            "<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[<p>{LEAD}</p><p>{MORE}</p>]]></content:encoded></item></channel></rss>")
    assert _read(tmp_path, "feed.xml", feed).byline == WRITER
