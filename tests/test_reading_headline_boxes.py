"""A page whose headline is a box of its own (a <div>, no <h1>), which the extractor glues to the
menu, logo or kicker over it (core/reading/html.py, _unglued): the headline is the title, never a
paragraph of the report, in any script. Outlets, places and people are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths

PAGES = {
    "nav-and-info": (
        "<div class=top-nav><a href='/'>首页</a><a href='/news'>新闻</a></div>"
        "<div class=story><div class=story-head>渡轮明年起每十五分钟一班</div>"
        "<div class=story-info><span>2026-04-07 08:15</span> <span>来源：海湾晨报</span></div>"
        "<div class=story-text><p>市政府周一决定，从明年起渡轮每十五分钟开出一班，取代现在每小时一班的安排。</p>"
        "<p>新的时刻表将于四月生效。</p><p>码头附近的商户对此表示欢迎。</p></div></div>",
        "渡轮明年起每十五分钟一班_海湾晨报", "渡轮明年起每十五分钟一班"),
    "logo": (
        "<header><div class=logo>湾港新聞</div></header><main><article><div class=head>渡し船、来春から十五分間隔に</div>"
        "<p>市は７日、渡し船を来春から十五分間隔で運航すると発表した。</p>"
        "<p>新しい時刻表は四月から始まる。</p><p>桟橋近くの商店は歓迎している。</p></article></main>",
        "渡し船、来春から十五分間隔に｜湾港新聞", "渡し船、来春から十五分間隔に"),
    "kicker": (
        "<header><a href='/' class=brand>Pier Weekly</a></header><main><article><div class=post-top>"
        "<p class=kicker>Transport</p><div class=post-headline>Ferry to run every quarter hour</div></div>"
        "<section class=post-text><p>The ferry across the bay will run every fifteen minutes from April, the council decided.</p>"
        "<p>Until now it left once an hour.</p></section></article></main>",
        "Ferry to run every quarter hour - Pier Weekly", "Ferry to run every quarter hour"),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_headline_box_glued_to_what_is_above_it_is_no_paragraph(tmp_path: Path, name: str) -> None:
    body, tab, headline = PAGES[name]
    path = tmp_path / f"{name}.html"
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{tab}</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert article.title == headline
    assert not any(headline in p for p in article.paragraphs), article.paragraphs
    assert article.paragraphs[0][:4] in body.split("<p>")[1]
