"""A blog theme's entry-meta line in the other languages themes are translated to (invented input;
core/reading/judge.entry_meta, its table _META_WORDS): "Opublikowano w ... | Tagi: ...",
"Рубрика: ... | Метки: ...", "カテゴリー：... | タグ：..." are no paragraphs, and give the post's
date and writer where they name them."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import entry_meta

REPORT = (
    "Rada portu zgodziła się w poniedziałek na dwa dodatkowe wieczorne rejsy promu od marca, powiedziała jej przewodnicząca.",
    "Nowe rejsy odpływają o ósmej i o dziesiątej, a ceny biletów dla mieszkańców wyspy nie zmienią się w tym roku.",
    "Prace przy pochylni zaczną się w lutym i mają się skończyć przed letnim rozkładem, który wchodzi w maju.",
)


@pytest.mark.parametrize(("line", "day", "byline"), [
    ("Opublikowano w Wiadomości, Region | Tagi: prom, port", None, None),
    ("Opublikowano 3 marca 2026 przez Anna Przykład w Wiadomości", "2026-03-03", "Anna Przykład"),
    ("Pubblicato in Notizie | Taggato traghetto", None, None),
    ("Publicado em 3 de março de 2026 | Notícias", "2026-03-03", None),
    ("Publicado em Notícias | Marcado balsa, porto", None, None),
    ("Categorieën: Nieuws | Tags: veerboot", None, None),
    ("Publicerad i Nyheter, Lokalt | Taggar: färja", None, None),
    ("Objavljeno u Vijesti | Oznake: trajekt", None, None),
    ("Рубрика: Новости | Метки: паром, порт", None, None),
    ("Kategori: Berita | Tag: feri", None, None),
    ("التصنيفات: أخبار | الوسوم: عبارة", None, None),
    ("カテゴリー：ニュース | タグ：渡し船", None, None),
    ("分类：新闻、本地", None, None),
])
def test_an_entry_meta_line_of_another_language(line: str, day: str | None, byline: str | None) -> None:
    assert entry_meta(line) is not None
    assert (entry_meta(line).published, entry_meta(line).byline) == (day, byline)  # type: ignore[union-attr]


@pytest.mark.parametrize("line", [
    "W skrócie",  # "In brief": a heading
    "В Москве, Петербурге",  # a bare "in" and places
    "Opublikowano w piątek w Warszawie, gdzie trwają rozmowy.",  # a report's sentence
])
def test_a_heading_or_a_sentence_is_none(line: str) -> None:
    assert entry_meta(line) is None


def test_a_polish_posts_entry_meta_line_is_no_paragraph(tmp_path: Path) -> None:
    meta = "<p>Opublikowano w <a href='/k/wiadomosci'>Wiadomości</a> | Tagi: <a href='/t/prom'>prom</a></p>"
    body = "".join(f"<p>{p}</p>" for p in REPORT)
    path = tmp_path / "post.html"
    path.write_text('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"/><title>Nowe rejsy promu | Notatki</title></head>'
                    '<body><main><article class="post"><h1 class="entry-title">Nowe wieczorne rejsy promu od marca</h1>'
                    f'<div class="entry-content">{body}</div>{meta}</article></main></body></html>', encoding="utf-8")
    (article,) = read_file(path)
    assert list(article.paragraphs) == list(REPORT)
