"""A blog's hosting platform given for the site's name is no outlet where the page names its own
blog (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths

LEAD = "Die Gemeinde Lindmoor hat am Montag mit dem Bau eines neuen Pumpwerks am Ostufer begonnen."
SECOND = "Das Werk soll im Herbst fertig sein und rund 4000 Haushalte mit Wasser versorgen, sagte der Bürgermeister."


def _read(tmp_path: Path, head: str, header: str) -> list:  # type: ignore[type-arg]
    path = tmp_path / "post.html"
    path.write_text(
        f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>{head}</head><body>{header}<main><article class='post'>"
        "<h2 class='title'><a href='https://lindmoor-notizen.tumblr.com/post/1/pumpwerk'>Bau des Pumpwerks beginnt</a></h2>"
        f"<div class='body'><p>{LEAD}</p><p>{SECOND}</p></div></article></main></body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


@pytest.mark.parametrize("platform", ["Tumblr", "Medium", "WordPress.com"])
def test_the_blog_a_platform_hosts_is_the_outlet(tmp_path: Path, platform: str) -> None:
    """og:site_name names the platform; the blog prints its own name as its logo and in the tab."""
    head = (f"<title>Lindmoor Notizen — Bau des Pumpwerks beginnt</title><meta property='og:site_name' content='{platform}'>"
            "<meta property='og:title' content='Bau des Pumpwerks beginnt'>"
            "<meta property='og:url' content='https://lindmoor-notizen.tumblr.com/post/1/pumpwerk'>")
    header = "<header><h1 class='blog-title'><a href='/'>Lindmoor Notizen</a></h1></header>"
    [article] = _read(tmp_path, head, header)
    assert article.outlet == "Lindmoor Notizen"
    assert article.title == "Bau des Pumpwerks beginnt"
    assert article.paragraphs == (LEAD, SECOND)


def test_the_platform_stays_the_outlet_where_the_page_names_no_blog(tmp_path: Path) -> None:
    head = ("<title>Bau des Pumpwerks beginnt</title><meta property='og:site_name' content='Medium'>"
            "<meta property='og:url' content='https://medium.example/@lindmoor/pumpwerk'>")
    [article] = _read(tmp_path, head, "")
    assert article.outlet == "Medium"
