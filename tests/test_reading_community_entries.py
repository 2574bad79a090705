"""A community's entry on a blog platform (LiveJournal's shape): the outlet is the community's name
its masthead links to its home, not the platform; the user after "posted by" in the entry's info
line is the byline, and neither name is a paragraph."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file
from core.reading.judge import posted_by

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>New footbridge opens over the Avon: harbour_notes — LiveJournal</title>
<meta property="og:title" content="New footbridge opens over the Avon">
<meta property="og:site_name" content="LiveJournal">
<meta property="article:published_time" content="2026-05-12T10:00:00"></head><body>
<header class="s-header"><h1 class="s-header__title"><a href="https://harbour-notes.livejournal.com/">Harbour Notes</a></h1></header>
<main><article class="entry aentry">
<header class="aentry-head"><h3 class="aentry-post__title">New footbridge opens over the Avon</h3>
<div class="aentry-head__info"><span class="i-ljuser"><a href="https://harbour-notes.livejournal.com/" class="i-ljuser-username"><b>harbour_notes</b></a></span>
posted by <span class="i-ljuser"><a href="https://tom-sample.livejournal.com/" class="i-ljuser-username"><b>tom_sample</b></a></span>
<time datetime="2026-05-12T10:00:00">May 12th, 10:00</time></div></header>
<div class="aentry-post__text">
The new footbridge over the Avon opened on Tuesday, linking the quay with the station.<br /><br />
It is 85 metres long and cost 3.2 million pounds, the council said.<br /><br />
The old crossing will close for repairs in the summer.
</div></article></main></body></html>"""


def test_community_entry(tmp_path: Path) -> None:
    path = tmp_path / "entry.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_file(path)
    assert article.outlet == "Harbour Notes"
    assert article.byline == "tom_sample"
    assert article.paragraphs[0].startswith("The new footbridge over the Avon opened")
    assert len(article.paragraphs) == 3


def test_posted_by_in_a_line_not_a_sentence() -> None:
    assert posted_by("harbour_notes posted by tom_sample") == ("harbour_notes", "tom_sample")
    assert posted_by("The video of the flood was posted by the ministry on Monday") is None
