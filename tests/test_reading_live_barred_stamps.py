"""A live update's time is read one way wherever it is read (:func:`core.stamps.update_time`):
to read a newest-first live page oldest first, and by the figures view to tell a superseded
update's count. The page's own separators part a stamp from its heading or its date from its time
("16:05 | Minister speaks", "Fri 27 Nov | 09:40", "14:05 - Roads closed"); a live page's label,
zone and half of the day stand around the time ("Update 16:05", "9.15 a.m. GMT")."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.linking.story import Story
from core.model import Article, article_id
from core.reading import read_file
from core.stamps import update_time
from core.views.figures import compare
from tests.figure_rows import article as _article


@pytest.mark.parametrize(("subhead", "when"), [
    ("16:05 | Minister speaks", (0, 0, 0, 965)), ("14:05 - Roads closed", (0, 0, 0, 845)),
    ("14:05 – Roads closed", (0, 0, 0, 845)), ("16:05: Minister speaks", (0, 0, 0, 965)),
    ("Fri 27 Nov | 09:40", (0, 11, 27, 580)), ("Fri 27 Nov | 09:40 | Minister speaks", (0, 11, 27, 580)),
    ("Friday 27 November, 09:40", (0, 11, 27, 580)), ("Fr., 27.11. | 09:40 Uhr", (0, 11, 27, 580)),
    ("ven. 27 nov. | 09:40", (0, 11, 27, 580)),
    ("Update 16:05", (0, 0, 0, 965)), ("Updated: 4.05pm", (0, 0, 0, 965)), ("Live update: 9.15am", (0, 0, 0, 555)),
    ("21:30 GMT — Night update", (0, 0, 0, 1290)), ("9.15 a.m. BST", (0, 0, 0, 555)), ("Update 9.15 p.m. CET", (0, 0, 0, 1275)),
    # no stamps: a price, a race, a weekday with no date, a heading
    ("12.50 euros", None), ("2.30 Ascot", None), ("Fri 09:40", None), ("Minister speaks | 16:05 recap", None),
])
def test_an_update_subheads_time_in_the_pages_own_forms(subhead: str, when: tuple[int, int, int, int] | None) -> None:
    assert update_time(subhead) == when


def _page(lang: str, posts: tuple[tuple[str, str], ...]) -> str:
    updates = "".join(f'<div class="item"><h3>{head}</h3><p>{text}</p></div>' for head, text in posts)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>LIVE Ferry talks | Coast Daily</title>'
            '<meta property="og:site_name" content="Coast Daily">'
            '<meta property="article:published_time" content="2026-11-27T08:00:00+01:00"></head>'
            f'<body><main><article><h1>LIVE Ferry talks</h1><div class="live-feed">{updates}</div></article></main></body></html>')


def _read(tmp_path: Path, html: str) -> Article:
    path = tmp_path / "live.html"
    path.write_text(html, encoding="utf-8")
    (article,) = read_file(path)
    return article


ENGLISH = (
    ("16:40 | Talks end without a deal", "The talks at Harwick Hall ended without a deal, the minister said after six hours."),
    ("13:15 | Minister speaks", "The minister told reporters the two sides were still far apart on the ferry fares."),
    ("10:05 | Talks begin", "Talks on the Harwick ferry dispute began at Harwick Hall on Friday morning."),
)
GERMAN = (
    ("Fr, 27.11. | 16:40", "Die Gespräche in Lindau sind ohne Einigung zu Ende gegangen, sagte die Ministerin."),
    ("Fr, 27.11. | 13:15", "Die Ministerin sagte, beide Seiten lägen bei den Fährpreisen noch weit auseinander."),
    ("Fr, 27.11. | 10:05", "Die Gespräche über den Fährstreit haben am Freitagmorgen in Lindau begonnen."),
)


@pytest.mark.parametrize(("lang", "posts"), [("en", ENGLISH), ("de", GERMAN)])
def test_a_newest_first_page_stamped_with_bars_is_read_oldest_first(tmp_path: Path, lang: str, posts) -> None:  # type: ignore[no-untyped-def]
    heads, texts = tuple(h for h, _ in posts), tuple(t for _, t in posts)
    article = _read(tmp_path, _page(lang, posts))
    paragraphs = list(article.paragraphs)
    at = [paragraphs.index(text) for text in texts]
    assert at == sorted(at, reverse=True), paragraphs  # the 10:05 update first, the 16:40 one last
    subheads = dict(article.subheads)
    assert [subheads.get(i - 1) for i in reversed(at)] == list(reversed(heads)), article.subheads  # each heading moved with its text


def test_the_figures_view_reads_the_same_stamps_as_the_reading() -> None:
    # a page's updates stamped with bars, a label and a zone: its earlier counts are the page's earlier updates
    page = _article("Harbour Radio", "Summary", "Police say nine people were rescued from the ferry.",
                    "Fri 27 Nov | 9.10 a.m. GMT", "Police say four people were rescued from the ferry off Harwick.",
                    "Update 11:45 GMT | More rescued", "Police say seven people were rescued from the ferry off Harwick.",
                    "Fri 27 Nov | 2.20 p.m. GMT", "Police say nine people were rescued from the ferry off Harwick.",
                    subheads=((0, "Summary"), (2, "Fri 27 Nov | 9.10 a.m. GMT"), (4, "Update 11:45 GMT | More rescued"),
                              (6, "Fri 27 Nov | 2.20 p.m. GMT")))
    other = _article("Daily Post", "Nine people were rescued from the ferry off Harwick, police said.")
    [row] = [g for g in compare(Story.build([page, other])) if 9 in {f.value for f in g.figures}]
    labels = {f.value: row.stage_label(f) for f in row.figures if f.ref.article == page.id}
    assert labels == {4: "earlier update 09:10", 7: "earlier update 11:45", 9: ""}, labels
    assert not row.disagree
