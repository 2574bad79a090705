"""Who wrote a page, where its markup names others too (core/reading/html.py, judge.py): a post's
user name in the post (a blog builder's), not the reader's in the site's user menu; a person the
page prints over a CMS account's name in its metadata; a Chinese or Japanese byline without its
label of the writer's role ("文：", "取材・文："). Outlets and people are invented."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import clean_byline

LEAD = "The council decided on Monday that the ferry across the bay will run every fifteen minutes from April."
MORE = "Until now it left once an hour, and not at all in winter."


def _page(head: str, body: str, lang: str = "en") -> bytes:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Ferry to run every quarter hour</title>"
            f"<meta property='og:site_name' content='Bay Notes'>{head}</head><body>{body}</body></html>").encode()


def test_a_posts_user_name_is_its_byline_and_the_menus_is_not() -> None:
    body = ("<header><div class=account>Welcome <span class=user-name>Guest Reader</span></div></header><main><article>"
            "<div data-hook=post-header><span data-hook=user-name class=user-name>Nora Sample</span>"
            "<span data-hook=time-ago>Apr 7</span></div><h2 class=post-title>Ferry to run every quarter hour</h2>"
            f"<div data-hook=post-description><p>{LEAD}</p><p>{MORE}</p></div></article></main>")
    article = parse_html(_page("", body), source="p.html")
    assert article.byline == "Nora Sample"


@pytest.mark.parametrize("account", ["webadmin", "editor_web", "cms2"])
def test_a_person_the_page_prints_wins_over_a_cms_account_in_the_metadata(account: str) -> None:
    body = ("<div class=main><h1 class=article-title>Ferry to run every quarter hour</h1>"
            "<div class=article-meta>by <a class=author-link href='/authors/nora-sample'>Nora Sample</a>, "
            "<time datetime='2026-04-07T09:00:00+02:00'>7 April 2026</time></div>"
            f"<div class=text><p>{LEAD}</p><p>{MORE}</p></div></div>")
    article = parse_html(_page(f"<meta name=author content='{account}'>", body), source="p.html")
    assert article.byline == "Nora Sample"


@pytest.mark.parametrize(("line", "name"), [
    ("文：山田 例子", "山田 例子"),
    ("文・写真：山田例子", "山田例子"),
    ("取材・文：山田例子", "山田例子"),
    ("文＝山田例子", "山田例子"),
    ("記者／山田例子", "山田例子"),
    ("文/记者 张小明", "张小明"),
    ("图文｜王小明", "王小明"),
])
def test_a_cjk_label_of_the_writer_is_no_part_of_the_byline(line: str, name: str) -> None:
    assert clean_byline([line], line=True, language="ja") == name


@pytest.mark.parametrize("line", ["写真：山田 例子", "文化部の発表によると", "摄影/文小明"])
def test_a_cjk_line_with_no_writers_label_is_no_byline(line: str) -> None:
    assert clean_byline([line], line=True, language="ja") is None


def test_a_japanese_pages_labelled_byline() -> None:
    body = ("<header><div class=member-box>ようこそ <span class=user-name>ゲスト</span> さん</div></header><main><article>"
            "<h1>渡し船、来春から十五分間隔に</h1><div class=article-byline><span class=author>文：山田 例子</span> "
            "<time datetime='2026-04-07T10:00:00+09:00'>2026年4月7日</time></div>"
            "<p>市は７日、渡し船を来春から十五分間隔で運航すると発表した。</p><p>新しい時刻表は四月から始まる。</p></article></main>")
    assert parse_html(_page("", body, lang="ja"), source="p.html").byline == "山田 例子"
