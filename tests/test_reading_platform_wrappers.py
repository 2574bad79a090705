"""Round 50: a platform's or a web archive's wrapper taken for the article it carries.

An archive.today save whose header gives the saved address in an unnamed input, signs the page's
title with the archive's name ("Headline - Site • archive.ph") and inlines every style (no class
to mark a masthead): the outlet is the saved page's, by its title and its copyright notice, and
a byline set after a word of a script with no capitals and a dash ("සටහන - NAME") is read."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file
from core.reading.text import copyright_site

_PARAS = "".join(f'<p style="margin:0">{t}</p>' for t in (
    "The town council voted on Monday to close the old harbour bridge to cars from April.",
    "Engineers found cracks in two of its piers during an inspection last month, the council said.",
    "Buses will take a diversion through the market square while the bridge is repaired."))


def _archive_today_save(title: str, masthead: str, byline: str) -> str:
    return ('<html><head><meta charset="utf-8"><meta property="og:site_name" content="archive.ph">'
            '<meta property="article:modified_time" content="2026-03-06T05:00:00Z">'
            f'<title>{title} - {masthead} • archive.ph</title></head><body>'
            '<center><table id="HEADER"><tr><td><div>archived 6 Mar 2026 05:00:00 UTC</div>'
            '<div><a href="https://archive.ph/">archive.today</a> webpage capture</div>'
            '<div>Saved from <input style="width:600px" value="https://harbourpost.example/news/bridge"> history</div>'
            '<div><a>Webpage</a> <a>Screenshot</a> <a>share</a> <a>download .zip</a> <a>report bug or abuse</a></div>'
            '</td></tr></table></center><div id="CONTENT"><div style="width:1024px">'
            f'<div style="font-size:28px;font-weight:bold">{masthead}</div>'
            f'<h1 style="font-size:30px">{title}</h1><div style="font-size:13px">{byline}</div>'
            f'<div style="font-size:17px">{_PARAS}</div><div style="font-size:12px">© 2026 {masthead}</div>'
            '</div></div></body></html>')


def test_an_archive_today_save_is_the_saved_pages_by_its_input_title_and_copyright(tmp_path: Path) -> None:
    page = tmp_path / "save.html"
    page.write_text(_archive_today_save("Old harbour bridge to close", "Harbour Evening Post",
                                        "By Ana Example | 5 March 2026"), encoding="utf-8")
    (article,) = read_file(page)
    assert article.url == "https://harbourpost.example/news/bridge"
    assert article.outlet == "Harbour Evening Post" and article.title == "Old harbour bridge to close"
    assert article.published is not None and article.published.startswith("2026-03-05")
    assert len(article.paragraphs) == 3


def test_an_uncased_scripts_save_gives_its_outlet_and_its_dashed_byline(tmp_path: Path) -> None:
    page = tmp_path / "save.html"
    page.write_text(_archive_today_save("නව පාලම විවෘත කෙරේ", "දකුණු පුවත්", "සටහන - නිමල් උදාහරණ | 2026 මාර්තු 05"),
                    encoding="utf-8")
    (article,) = read_file(page)
    assert article.outlet == "දකුණු පුවත්"
    assert article.byline == "නිමල් උදාහරණ"
    assert article.published is not None and article.published.startswith("2026-03-05")


def test_a_copyright_notice_in_an_indic_script_names_its_owner() -> None:
    assert copyright_site("© 2026 මධ්‍යම පුවත්") == "මධ්‍යම පුවත්"
    assert copyright_site("Copyright © 2026 दैनिक उदाहरण | सर्वाधिकार सुरक्षित") == "दैनिक उदाहरण"


def test_a_platforms_title_naming_the_poster_before_the_post_is_the_posts(tmp_path: Path) -> None:
    """og:title "r/Harbour on Reddit: Headline" on a page whose og:site_name is "reddit": the poster and
    the platform are no part of the post's title (a title with another site's name keeps its words)."""
    head = ('<html><head><meta charset="utf-8"><meta property="og:site_name" content="{site}">'
            '<meta property="og:title" content="r/Harbour on Reddit: Old harbour bridge to close">'
            '<title>Old harbour bridge to close : r/Harbour</title></head><body><div class="content">'
            f'{_PARAS}</div></body></html>')
    page = tmp_path / "post.html"
    page.write_text(head.format(site="reddit"), encoding="utf-8")
    assert read_file(page)[0].title == "Old harbour bridge to close"
    page.write_text(head.format(site="Harbour Post"), encoding="utf-8")
    assert read_file(page)[0].title != "Old harbour bridge to close"
