"""A live page that prints its updates newest first (their stamps' times falling down the page) is
read oldest first (trial 45 F16, trial 44 F14): each update's subhead moves with its text, the
summary above the updates stays on top; a page whose updates rise, or have no times, keeps its
order. The figures view still reads a superseded update's count as an earlier count."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.linking.story import Story
from core.model import Article, article_id
from core.reading import read_file
from core.stamps import update_time
from core.views.figures import compare

POSTS = (
    ("19:40", "Eighth death confirmed", "Police now say eight people were killed when the tram left the rails at Dunholm."),
    ("13:05", "", "Police say six people were killed and 22 hurt when the tram left the rails at Dunholm."),
    ("09:30", "Tram derails at Dunholm", "A tram has come off the rails at Dunholm; police say three people were killed."),
)
WIRE = "Eight people were killed when a tram left the rails at Dunholm on Monday, police said."
SUMMARY = "Summary: a tram derailed at Dunholm on Monday morning."


def _page(posts: tuple[tuple[str, str, str], ...], *, timed: bool = True) -> str:
    body = "".join(
        f'<div class="post">' + (f'<time datetime="2026-05-11T{t}:00+02:00">{t}</time>' if timed else "")
        + (f"<h2>{h}</h2>" if h else "") + f"<p>{p}</p></div>\n"
        for t, h, p in posts)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Live: tram derails at Dunholm</title>'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",'
            '"headline":"Live: tram derails at Dunholm","datePublished":"2026-05-11T09:30:00+02:00"}</script></head>'
            '<body><main><article><h1>Live: tram derails at Dunholm</h1>'
            f'<p class="byline">By Ana Example</p><p class="summary">{SUMMARY}</p>\n' + body + "</article></main></body></html>")


def _read(tmp_path: Path, html: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "live.html"
    path.write_text(html, encoding="utf-8")
    (article,) = read_file(path)
    return article


def test_a_newest_first_live_page_is_read_oldest_first(tmp_path: Path) -> None:
    article = _read(tmp_path, _page(POSTS))
    paragraphs = list(article.paragraphs)
    at = [paragraphs.index(text) for _, _, text in POSTS]
    assert at == sorted(at, reverse=True), paragraphs  # 09:30 first, 19:40 last
    assert paragraphs.index(SUMMARY) < min(at), paragraphs
    subheads = dict(article.subheads)
    for clock, heading, text in POSTS:  # each update's subhead moved with its text
        above = f"{clock} — {heading}" if heading else clock
        assert paragraphs[paragraphs.index(text) - 1] == above and subheads.get(paragraphs.index(text) - 1) == above, paragraphs
    # its earlier updates are earlier counts of the dead beside another outlet's, its latest the page's own
    other = Article(article_id("Vale Post", "Vale Post", (WIRE,)), "", "Vale Post", "Vale Post", (WIRE,))
    [dead] = [g for g in compare(Story.build([article, other])) if g.quantity == "count (dead)"]
    labels = {f.value: dead.stage_label(f) for f in dead.figures if f.ref.article == article.id}
    assert labels.get(6) == "earlier update 13:05" and labels.get(8) == "" and labels.get(3, "earlier update 09:30") == "earlier update 09:30", labels
    assert not dead.disagree


@pytest.mark.parametrize("timed", [True, False])
def test_a_page_whose_updates_rise_or_have_no_times_keeps_its_order(tmp_path: Path, timed: bool) -> None:
    rising = tuple(reversed(POSTS))
    article = _read(tmp_path, _page(rising, timed=timed))
    at = [list(article.paragraphs).index(text) for _, _, text in rising]
    assert at == sorted(at), article.paragraphs


@pytest.mark.parametrize(("subhead", "when"), [
    ("18:50", (0, 0, 0, 1130)), ("18:50 — Police confirm eighth death", (0, 0, 0, 1130)), ("9.15pm", (0, 0, 0, 1275)),
    ("17:30, 3 March", (0, 3, 3, 1050)), ("03.03. 17:30", (0, 3, 3, 1050)), ("Summary", None), ("12.50 euros", None),
    ("13:05 (2026-05-06T13:05:00+00:00) — Rescuers reach the village", (2026, 5, 6, 785)),
])
def test_an_update_subheads_time(subhead: str, when: tuple[int, int, int, int] | None) -> None:
    assert update_time(subhead) == when
