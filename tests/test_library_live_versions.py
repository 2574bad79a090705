"""A newest-first live page read again is the same article (identity rules 1, 3 and 4 of
:mod:`core.library.identity`): read twice it is added once, and a later version with one more
update on top is a version of the article held, not a second article. A page that prints no
headline takes its first paragraph for one; on a newest-first page that is its oldest update once
the page is read oldest first, which a later update does not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.library.store import Library
from core.reading import Item, gather, read_file

ENGLISH = (
    ("09:30", "Tram derails at Dunholm", "A tram has come off the rails at Dunholm; police say three people were killed."),
    ("13:05", "Toll rises", "Police say six people were killed and 22 hurt when the tram left the rails at Dunholm."),
    ("16:20", "Line closed", "The operator says the line will stay closed until Wednesday while the tram is lifted."),
    ("19:40", "Eighth death", "Police now say eight people were killed when the tram left the rails at Dunholm."),
)
FRENCH = (
    ("09:30", "Un tramway déraille à Dunholm", "Un tramway a déraillé à Dunholm ; la police fait état de trois morts."),
    ("13:05", "Le bilan s'alourdit", "La police annonce six morts et 22 blessés après le déraillement du tramway de Dunholm."),
    ("16:20", "Ligne fermée", "L'exploitant annonce que la ligne restera fermée jusqu'à mercredi, le temps de relever la rame."),
    ("19:40", "Huitième victime", "La police fait désormais état de huit morts dans le déraillement du tramway de Dunholm."),
)


def _page(lang: str, posts: tuple[tuple[str, str, str], ...], *, headline: bool) -> str:
    """A live page that prints its updates newest first, each under "time | heading"; with no
    headline of its own where *headline* is False (a saved fragment of the page)."""
    updates = "".join(f'<div class="item"><h3>{time} | {head}</h3><p>{text}</p></div>' for time, head, text in reversed(posts))
    title = "<title>LIVE Dunholm tram | Coast Daily</title>" if headline else ""
    h1 = "<h1>LIVE Dunholm tram</h1>" if headline else ""
    return (f'<html lang="{lang}"><head><meta charset="utf-8">{title}<meta property="og:site_name" content="Coast Daily">'
            '<meta property="article:published_time" content="2026-05-11T08:00:00+02:00"></head>'
            f'<body><main><article>{h1}<div class="live-feed">{updates}</div></article></main></body></html>')


def _add(library_path: Path, page: Path, html: str) -> tuple[bool, bool]:
    page.write_text(html, encoding="utf-8")
    with Library(library_path) as library:  # each add a run of its own, as `newsprism add` is
        [item] = [i for i in gather([str(page)], fetch=None) if isinstance(i, Item)]
        added = library.add(item.article, source=item.source)
        return added.new, added.changed


def _held(library_path: Path) -> list[str]:
    with Library(library_path) as library:
        return sorted(a.id for s in library.stories() for a in library.story(s.id).articles)


@pytest.mark.parametrize("headline", [True, False])
@pytest.mark.parametrize("elsewhere", [False, True])
@pytest.mark.parametrize(("lang", "posts"), [("en", ENGLISH), ("fr", FRENCH)])
def test_a_newest_first_live_page_read_again_is_one_article(
        tmp_path: Path, lang: str, posts: tuple[tuple[str, str, str], ...], headline: bool, elsewhere: bool) -> None:
    library = tmp_path / "lib.sqlite"
    first = tmp_path / "live.html"
    assert _add(library, first, _page(lang, posts[:3], headline=headline)) == (True, False)
    assert _add(library, first, _page(lang, posts[:3], headline=headline)) == (False, False)  # read twice: held
    [held] = _held(library)
    # the page an hour later, one update more on top, saved over the file or under another name
    later = tmp_path / ("live-later.html" if elsewhere else "live.html")
    assert _add(library, later, _page(lang, posts, headline=headline)) == (False, True)  # a version of it
    assert _held(library) == [held]


def test_a_title_less_newest_first_page_is_headed_by_its_oldest_update(tmp_path: Path) -> None:
    path = tmp_path / "live.html"
    titles = []
    for count in (3, 4):
        path.write_text(_page("en", ENGLISH[:count], headline=False), encoding="utf-8")
        (article,) = read_file(path)
        titles.append(article.title)
    assert titles == ["09:30 | Tram derails at Dunholm"] * 2, titles
