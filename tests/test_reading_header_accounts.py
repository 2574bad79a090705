"""The signed-in reader's name the site's header, top bar or user menu shows ("<span
class=username>Mara Lind</span>") is no byline, wherever the header stands (before the report, or
inside its <article>) and whatever its box is (a <header>, a "site-header" or "account" box); a
post's own user name still is (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file

BODY = ("<p>The island council approved the new ferry timetable on Tuesday after a long debate about costs.</p>"
        "<p>Members voted nine to two in favour of the plan, which adds two evening crossings from April.</p>"
        "<p>The council chair said the timetable would be reviewed in a year, once the first figures are in.</p>")


def _page(before: str, inside: str) -> str:
    return ("<html><head><title>Ferry timetable approved | Isle Times</title>"
            '<meta property="og:site_name" content="Isle Times"></head><body>'
            f"{before}<article>{inside}<h1>Ferry timetable approved</h1>{BODY}</article></body></html>")


@pytest.mark.parametrize(("before", "inside"), [
    ('<header><div class="account"><span class="username">Mara Lind</span></div></header>', ""),
    ('<div class="site-header"><div class="account">Signed in as <span class="username">Mara Lind</span>'
     ' <a href="/logout">Log out</a></div></div>', ""),
    ("", '<header class="site-header"><span class="username">Mara Lind</span></header>'),
    ("", '<div class="user-menu"><span class="user-name">Mara Lind</span> <a href="/account">My account</a></div>'),
])
def test_the_headers_account_name_is_no_byline(tmp_path: Path, before: str, inside: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(before, inside), encoding="utf-8")
    (article,) = read_file(path)
    assert article.byline is None
    assert not any("Mara Lind" in p for p in article.paragraphs)


def test_the_report_keeps_its_byline_beside_the_headers_account(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page('<header><div class="account"><span class="username">Mara Lind</span></div></header>',
                          '<p class="byline">By Ana Example</p>'), encoding="utf-8")
    (article,) = read_file(path)
    assert article.byline == "Ana Example"
