"""A platform's or an aggregator's page carries another publisher's report (invented inputs): the
page's own name (og:site_name) is the platform's, and the outlet is the publisher the article's
metadata names beside it, or the account or channel the post is by. A newspaper's page that runs a
wire agency's copy stays the newspaper's."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

BODY = ("<p>The harbour authority of Brenvik opened the new ferry terminal on Tuesday after two years of work.</p>"
        "<p>The terminal can handle four boats at a time and has a waiting hall for 300 passengers.</p>"
        "<p>The first ferry left for the islands at seven in the morning with 140 passengers on board.</p>")


def _read(tmp_path: Path, head: str, body: str, name: str = "page.html") -> tuple[str, str]:
    path = tmp_path / name
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>',
                    encoding="utf-8")
    (article,) = read_file(path)
    return article.outlet, article.title


def test_a_portal_author_tag_names_the_paper_and_the_portal(tmp_path: Path) -> None:
    head = ('<title>Brenvik opens its new ferry terminal : Portalo News</title>'
            '<meta property="og:title" content="Brenvik opens its new ferry terminal">'
            '<meta property="og:article:author" content="Brenvik Tidings | Portalo">'
            '<meta property="og:site_name" content="Portalo News">')
    body = f'<h2>Brenvik opens its new ferry terminal</h2><article>{BODY}</article>'
    assert _read(tmp_path, head, body)[0] == "Brenvik Tidings"


def test_a_channel_the_json_ld_credits_and_the_title_names(tmp_path: Path) -> None:
    head = ('<title>Brenvik opens its new ferry terminal | Harbour Notes | Blogora</title>'
            '<meta property="og:site_name" content="Blogora">'
            '<script type="application/ld+json">{"@type": "Article", "headline": "Brenvik opens its new ferry terminal",'
            ' "author": {"@type": "Organization", "name": "Harbour Notes", "url": "https://blogora.example/harbournotes"}}</script>')
    body = f'<article><h1>Brenvik opens its new ferry terminal</h1>{BODY}</article>'
    assert _read(tmp_path, head, body)[0] == "Harbour Notes"


def test_a_provider_element_names_the_author_tag(tmp_path: Path) -> None:
    head = ('<title>Brenvik opens its new ferry terminal | Newsdeck</title>'
            '<meta property="og:site_name" content="Newsdeck"><meta name="author" content="Brenvik Tidings">')
    body = (f'<article><h1>Brenvik opens its new ferry terminal</h1>'
            f'<div class="info"><a class="story_provider" href="/p/brenvik">Brenvik Tidings</a></div>{BODY}</article>')
    assert _read(tmp_path, head, body)[0] == "Brenvik Tidings"


def test_a_paper_running_wire_copy_stays_the_outlet(tmp_path: Path) -> None:
    head = ('<title>Brenvik opens its new ferry terminal | Valley Courier</title>'
            '<meta property="og:site_name" content="Valley Courier">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Brenvik opens its new ferry terminal",'
            ' "author": {"@type": "Organization", "name": "Nordpress Agency", "url": "https://nordpress.example"}}</script>')
    body = f'<article><h1>Brenvik opens its new ferry terminal</h1><p class="source">Nordpress Agency</p>{BODY}</article>'
    assert _read(tmp_path, head, body)[0] == "Valley Courier"


def test_the_account_a_post_is_by_where_the_page_names_no_site(tmp_path: Path) -> None:
    head = '<title>Brenvik opens its new ferry terminal</title>'
    body = ('<div id="post"><h1>Brenvik opens its new ferry terminal</h1>'
            '<div class="post_meta"><span class="post_meta_nickname"><a href="#">Harbour Notes</a></span></div>'
            f'<div class="post_content">{BODY}</div></div>'
            '<div class="qr"><p class="profile_nickname">Harbour Notes</p></div>')
    assert _read(tmp_path, head, body, "bulletin-0412.html")[0] == "Harbour Notes"


def test_posters_of_a_thread_name_no_outlet(tmp_path: Path) -> None:
    head = '<title>Brenvik opens its new ferry terminal</title>'
    body = ('<div class="thread"><h1>Brenvik opens its new ferry terminal</h1>'
            f'<div class="post"><span class="nickname">kestrel_ana</span>{BODY}</div>'
            '<div class="post"><span class="nickname">bo_lind</span><p>Good news for the islands, at last.</p></div></div>')
    assert _read(tmp_path, head, body, "bulletin-0412.html")[0] not in {"kestrel_ana", "bo_lind"}
