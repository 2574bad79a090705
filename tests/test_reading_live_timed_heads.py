"""A live page's updates (invented input, laid out as a script-built page sets them: each post a
box holding its <time>, its <h2> and its paragraph): a post's time stays with it, one subhead
with the post's heading after it ("21:10 — Night crews ..."), the heading a heading still; a
post with no heading keeps its time alone right above its text. The page prints its posts newest
first: they are read oldest first (test_reading_live_oldest_first.py)."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

POSTS = (
    ("21:10", "Night crews stay on the dunes", "Volunteers said they would keep filling sandbags on the dunes through the night."),
    ("17:45", "", "The harbour master closed the inner basin to small boats until Wednesday morning."),
    ("14:20", "Water level rises to three metres", "The gauge at the old lock read three metres at two o'clock, the highest this year."),
    ("09:05", "Welcome", "Good morning and welcome to our coverage of the spring tide along the coast."),
)


def _page() -> str:
    posts = "".join(
        f'<div class="LiveBlog_post__x" id="post-{4 - n}"><time datetime="2026-04-07T{t}:00+02:00">{t}</time>'
        + (f"<h2>{h}</h2>" if h else "") + f"<p>{p}</p></div>\n"
        for n, (t, h, p) in enumerate(POSTS))
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Live: spring tide on the coast</title>'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",'
            '"headline":"Live: spring tide on the coast","datePublished":"2026-04-07T09:05:00+02:00"}</script></head>'
            '<body><main><article><h1>Live: spring tide on the coast</h1>'
            '<p class="byline">By Ana Example</p>\n' + posts + "</article></main></body></html>")


def test_a_posts_time_stays_with_its_heading_and_its_text(tmp_path: Path) -> None:
    path = tmp_path / "live.html"
    path.write_text(_page(), encoding="utf-8")
    (article,) = read_file(path)
    subheads = dict(article.subheads)
    paragraphs = list(article.paragraphs)
    for clock, heading, text in POSTS:
        at = paragraphs.index(text)
        above = f"{clock} — {heading}" if heading else clock
        assert paragraphs[at - 1] == above, paragraphs
        assert subheads.get(at - 1) == above, article.subheads  # a heading still, no fact
        assert clock not in {paragraphs[at - 2]} | set(subheads.values()) - {above}, paragraphs  # no time of its own
    # oldest first, though the page prints them newest first
    assert [paragraphs.index(text) for _, _, text in POSTS] == sorted((paragraphs.index(text) for _, _, text in POSTS), reverse=True)
