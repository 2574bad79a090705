"""Snapshot tests of the feed screens: stories with news, a changed article, its versions."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from core.library.changes import revise, visit
from core.library.store import Library
from tests.test_changes import make, unrelated
from tui.app import make_app
from tests.pilot import settle


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")  # the versions' times, as the picture shows them
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


async def _ready(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)  # the story drawn, however late the load worker started


async def _on_courier(pilot) -> None:  # type: ignore[no-untyped-def]
    """Ready, with the Tessel Courier's changed article open: the story opens on its first report,
    the Harbour Gazette's (both dated by day alone, so by outlet)."""
    from core.model import Ref

    await _ready(pilot)
    main = pilot.app.screen
    main.open(Ref(next(a.id for a in main.story.articles if a.outlet == "Tessel Courier"), 0), remember=False)
    await settle(pilot)


def _library(tmp_path: Path) -> Path:
    """A story opened at a time, one of its articles changed since; a story that came after."""
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        first = library.add(make("Tessel Courier", 1, url="https://courier.example/1"), source="c1")
        library.add(make("Harbour Gazette", 1, url="https://gazette.example/1", edit=" The Gazette asked why."), source="g1")
        library._db.execute("UPDATE articles SET added = 1764490000")  # 2025-11-30 08:06 UTC
        visit(library, first.story, at=1764493200)
        revise(library, first.article.id, make("Tessel Courier", 1, url="https://courier.example/1",
               edit=" The province said on Tuesday that it would not pay."), source="c1")
        library._db.execute("UPDATE versions SET at = 1764490000 WHERE number = 1")
        library._db.execute("UPDATE versions SET at = 1764500400 WHERE number = 2")  # 11:00 UTC
        library.add(unrelated("Harbour Gazette", "chess"), source="chess")
        library.add(unrelated("Vireo Falls Post", "chess"), source="chess2")
    return path


def test_stories_with_news_come_first(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """120x40: both stories have news since the last visit, the latest first: the council story
    open ("● 1 changed · Tessel Courier" under its title, its Tessel Courier article marked
    "changed (v2)", the reader saying "Changed: version 2, stored 2025-11-30 11:00" and giving the
    article's address, https://courier.example/1, on the heading's last line), then the
    chess story marked `•` with "● 2 new · Harbour Gazette, Vireo Falls Post"."""
    assert snap_compare(make_app(library=_library(tmp_path)), terminal_size=(120, 40), run_before=_on_courier)


def test_a_changed_article_and_its_versions(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """v on the Tessel Courier's changed article: version 1 -> version 2, each dated as its page
    gives it (2026-11-30), "(its only two)", stored by newsprism at 08:06 and 11:00; "1 paragraph
    changed: 1 edited with 1 addition"; the sentence it gained {+underlined+}, the unchanged
    paragraphs folded."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        main = pilot.app.screen
        council = next(s.id for s in main.stories if "council" in s.title)
        pilot.app.open_story(council)
        await _on_courier(pilot)
        await pilot.press("v")
        await pilot.pause()

    assert snap_compare(make_app(library=_library(tmp_path)), terminal_size=(120, 40), run_before=run_before)
