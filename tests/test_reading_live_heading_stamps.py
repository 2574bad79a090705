"""A live page whose updates are stamped by their heading (invented input, as LiveBlogPosting
pages lay them out): "<div class=post><h2>13:15 | Minister speaks</h2><p>...</p></div>", or an
"<article class=update>" under a <time> or a heading that is its time alone ("13:15 gmt"). Every
update is read as a stamped group, its stamp a subhead right above its text, oldest first, as
other live pages are (test_reading_live_timed_heads.py); the extractor kept the first update's
heading and dropped the others'."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Article
from core.reading import read_file
from core.stamps import heading_stamp, update_time

#: Four updates, newest first as the page prints them: (time, heading, paragraphs).
POSTS = (
    ("16:40", "Talks end without a deal", ("The talks at Harwick Hall ended without a deal, the minister said after six hours of meetings.",
                                           "Both sides said they would meet again at the hall next week.")),
    ("13:15", "Minister speaks", ("The minister told reporters the two sides were still far apart on the ferry fares for islanders.",)),
    ("11:30", "Unions arrive", ("Union leaders arrived at Harwick Hall shortly before half past eleven, greeted by a small crowd.",)),
    ("10:05", "Talks begin", ("Talks on the Harwick ferry dispute began at Harwick Hall on Friday morning with both sides present.",)),
)


def _post(shape: str, clock: str, heading: str, paragraphs: tuple[str, ...]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    if shape == "barred heading":
        return f'<div class="post"><h2>{clock} | {heading}</h2>{text}</div>\n'
    if shape == "zoned heading":
        return f'<div class="post"><h2>{clock} gmt – {heading}</h2>{text}</div>\n'
    if shape == "bare zoned heading":
        return f'<div class="post"><h2>{clock} GMT {heading}</h2>{text}</div>\n'
    if shape == "bare heading":
        return f'<div class="post"><h2>{clock} {heading}</h2>{text}</div>\n'
    if shape == "time":
        return f'<article class="update"><time datetime="2026-11-27T{clock}:00+00:00">{clock}</time><h3>{heading}</h3>{text}</article>\n'
    return f'<article class="update"><h3>{clock} gmt</h3>{text}</article>\n'  # a heading that is its time alone


def _read(tmp_path: Path, shape: str) -> Article:
    posts = "".join(_post(shape, *post) for post in POSTS)
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Live: Harwick ferry talks | Coast Daily</title>'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",'
            '"headline":"Live: Harwick ferry talks","datePublished":"2026-11-27T10:00:00+00:00"}</script></head>'
            '<body><main><h1>Live: Harwick ferry talks</h1><p class="byline">By Ana Example</p>\n'
            f'<div class="live-feed">{posts}</div></main></body></html>')
    path = tmp_path / "live.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    return article


@pytest.mark.parametrize("shape", ["barred heading", "zoned heading", "time", "heading alone"])
def test_every_update_is_a_stamped_group_oldest_first(tmp_path: Path, shape: str) -> None:
    article = _read(tmp_path, shape)
    paragraphs, subheads = list(article.paragraphs), dict(article.subheads)
    at = [paragraphs.index(texts[0]) for _, _, texts in POSTS]
    assert at == sorted(at, reverse=True), paragraphs  # the 10:05 update first
    for (clock, _, texts), start in zip(POSTS, at):
        stamp = subheads.get(start - 1)
        assert stamp is not None and update_time(stamp) == (0, 0, 0, int(clock[:2]) * 60 + int(clock[3:])), (clock, article.subheads)
        assert paragraphs[start : start + len(texts)] == list(texts), paragraphs  # the update's text together under its stamp
    assert len(article.subheads) == len(POSTS), article.subheads  # one stamp each, no stray heading


@pytest.mark.parametrize(("stamp", "minutes"), [("13:15 gmt", 795), ("13:15 utc | Minister speaks", 795),
                                                ("9.15 a.m. gmt", 555), ("Update 21:30 Utc", 1290)])
def test_an_update_stamps_zone_in_small_letters(stamp: str, minutes: int) -> None:
    assert update_time(stamp) == (0, 0, 0, minutes)


@pytest.mark.parametrize("shape", ["bare zoned heading", "bare heading"])
def test_a_heading_stamp_with_no_separator_stamps_its_update(tmp_path: Path, shape: str) -> None:
    # "<h2>16:40 GMT Talks end</h2>" stamps its update as "<h2>16:40 GMT - Talks end</h2>" does
    article = _read(tmp_path, shape)
    paragraphs, subheads = list(article.paragraphs), dict(article.subheads)
    at = [paragraphs.index(texts[0]) for _, _, texts in POSTS]
    assert at == sorted(at, reverse=True), paragraphs
    for (clock, _, _), start in zip(POSTS, at):
        stamp = subheads.get(start - 1)
        assert stamp is not None and update_time(stamp) == (0, 0, 0, int(clock[:2]) * 60 + int(clock[3:])), (clock, article.subheads)


@pytest.mark.parametrize(("heading", "stamp"), [
    ("16:40 GMT Talks end", "16:40 GMT"), ("16:40 Talks end", "16:40"), ("9.15pm Vote begins", "9.15pm"),
    ("13:15 gmt – Minister speaks", "13:15 gmt"), ("2.30 Ascot", None), ("12.50 euros", None), ("16:40", None),
])
def test_the_stamp_that_opens_a_heading(heading: str, stamp: str | None) -> None:
    assert heading_stamp(heading) == stamp
