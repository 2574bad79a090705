"""A forum's saved post page: its side column (the community's name as an <h1>, its blurb and
rules) is no paragraph, and the post's title printed again above it with a flair beside it is the
headline, not paragraph 0."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable changes from Monday : r/Examplehaven</title>
<meta property="og:site_name" content="exampleforum">
<meta property="og:title" content="Ferry timetable changes from Monday"></head><body>
<div id="header"><a href="/">exampleforum</a></div>
<div class="side"><div class="titlebox"><h1><a href="/r/Examplehaven/">Examplehaven</a></h1>
<span class="subscribers">12,004 readers</span><div class="usertext-body"><div class="md"><p>Welcome to r/Examplehaven. Be kind.</p></div></div></div></div>
<div class="content" role="main"><div class="thing self link" data-author="quay_watcher">
<div class="entry"><p class="title"><a class="title" href="/r/Examplehaven/comments/x1/">Ferry timetable changes from Monday</a>
<span class="linkflairlabel">Transport</span></p>
<p class="tagline">submitted <time datetime="2026-04-02T07:30:00+00:00">8 months ago</time> by <a class="author">quay_watcher</a></p>
<div class="expando"><form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md">
<p>The harbour company says the first ferry on weekdays will leave at 6:10 from Monday, twenty minutes earlier than now.</p>
<p>The last crossing on Sundays moves to 22:40, and the Saturday night boat is cut for the winter.</p>
</div></div></form></div>
<ul class="flat-list buttons"><li><a>12 comments</a></li><li><a>share</a></li></ul></div></div></div>
<div class="commentarea"><div class="thing comment" data-author="gull_fan"><div class="entry"><p class="tagline"><a class="author">gull_fan</a></p>
<form class="usertext"><div class="usertext-body"><div class="md"><p>Finally an earlier boat for the commuters.</p></div></div></form></div></div></div>
</body></html>"""


def test_side_column_and_flaired_title_are_not_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "post.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_file(path)
    assert article.title == "Ferry timetable changes from Monday"
    assert article.paragraphs[0].startswith("The harbour company says the first ferry")
    assert len(article.paragraphs) == 2
    assert not any("Welcome to" in p or "Transport" in p or "earlier boat" in p for p in article.paragraphs)
