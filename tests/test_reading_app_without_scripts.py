"""A social post's page as an app serves it to a browser without scripts: the "JavaScript is
required" notice is furniture, the post's account fields (display name, handle, identifier, the
time it was indexed) are metadata, and the post's text,
its paragraphs broken by a blank line, is the body."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file
from core.reading.judge import is_furniture_block, is_stamp_block

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Lakeside Radio (@lakeside.example.social)</title>
<meta property="og:site_name" content="Example Social">
<meta property="og:description" content="The lake ferry runs again from Friday after the winter break.">
<meta property="article:published_time" content="2026-03-05T08:00:00.000Z">
</head><body><div id="root"></div>
<noscript><h1>JavaScript Required</h1><p>This is an interactive web application, and JavaScript is required to use it.</p>
<div id="app_post_summary"><h3>Post</h3>
<p id="app_display_name">Lakeside Radio</p>
<p id="app_handle">lakeside.example.social</p>
<p id="app_did">did:plc:abcdefghijklmnop</p>
<p id="app_post_text">The lake ferry runs again from Friday after the winter break.

The first boat leaves the north pier at 7:15, the harbour office said.</p>
<p id="app_post_indexedat">2026-03-05T08:00:00.000Z</p>
</div></noscript></body></html>"""


def test_post_page_without_scripts_is_its_text(tmp_path: Path) -> None:
    path = tmp_path / "post.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_file(path)
    # (the box's label "Post" stays a subhead: a one-word heading over a whole report is as often a
    # real one, readability's "rtl" pages)
    assert [p for i, p in enumerate(article.paragraphs) if i not in {j for j, _ in article.subheads}] == [
        "The lake ferry runs again from Friday after the winter break.",
        "The first boat leaves the north pier at 7:15, the harbour office said.",
    ]
    assert (article.published or "").startswith("2026-03-05")


def test_script_notice_and_machine_time_are_furniture() -> None:
    assert is_furniture_block("This site requires JavaScript. Please turn it on in your browser.")
    assert is_stamp_block("2026-08-24T09:12:44.000Z") and is_stamp_block("2026-08-24T09:12:44+02:00")
    assert not is_furniture_block("The council says JavaScript lessons will be required in every school from September.")
