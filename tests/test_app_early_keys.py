"""Pilot tests for keys typed while the first story is still being read, and typed fast after
`/`: a fresh user over SSH saw its letters act as the reader's commands ("r" started a refresh,
"b" said bookmarking needs the library) and "v" say the library was missing (trial 52 F9)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input

import core.reading
from core.library.store import Library
from core.reading import SEEDS_DIR
from tests.pilot import ready, settle, until
from tests.test_app_library import make_library
from tui.app import make_app
from tui.screens.search import SearchScreen


def _held(release: threading.Event, read: Callable[..., object]) -> Callable[..., object]:
    """*read*, once *release* is set (the first story stays "being read" until then)."""

    def wait_then(*args: object, **kwargs: object) -> object:
        release.wait(60)
        return read(*args, **kwargs)

    return wait_then


def _notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    """What *app* will say in its notices from now on (kept: a notice goes after its time)."""
    said: list[str] = []
    notify = app.notify

    def keep(message: str, *args: object, **kwargs: object) -> None:
        said.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = keep
    return said


async def test_what_is_typed_after_slash_while_the_story_is_read_opens_the_search(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    monkeypatch.setattr(core.reading, "read_paths", _held(release, core.reading.read_paths))
    app = make_app([SEEDS_DIR])
    said = _notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", "k", "x", "backspace", "e", "l", "b", "r")
        main = app.screen_stack[0]
        assert main.early_search == "kelbr"
        assert "Search: kelbr" in str(main.query_one("#early-search").render())
        release.set()
        await settle(pilot)
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search")
        box = app.screen.query_one("#search-input", Input)
        assert box.value == "kelbr" and box.cursor_position == 5
        assert not [m for m in said if "needs the library" in m or "Refresh" in m]


async def test_escape_forgets_a_search_asked_for_while_the_story_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    monkeypatch.setattr(core.reading, "read_paths", _held(release, core.reading.read_paths))
    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", "a", "escape")
        assert app.screen_stack[0].early_search is None
        release.set()
        main = await ready(pilot)
        assert app.screen is main


async def test_a_library_key_while_the_story_is_read_says_wait_not_that_the_library_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library_file = make_library(tmp_path / "lib.sqlite", SEEDS_DIR)
    release = threading.Event()
    monkeypatch.setattr(Library, "story", _held(release, Library.story))
    app = make_app(library=library_file)
    said = _notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("v")
        assert any("still being read" in m for m in said), said
        assert not any("needs the library" in m for m in said)
        release.set()
        await ready(pilot)


async def test_letters_typed_before_the_search_box_has_the_keys_go_into_it() -> None:
    app = make_app([SEEDS_DIR])
    said = _notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        search = app.screen
        assert isinstance(search, SearchScreen)
        search.set_focus(None)  # as while the screen comes up: the box has no keys yet
        await pilot.press("r", "b")
        box = search.query_one("#search-input", Input)
        assert box.value == "rb" and box.has_focus
        assert not [m for m in said if "needs the library" in m or "Refresh" in m]


async def test_keys_typed_in_one_burst_with_the_key_opening_a_view_go_to_the_view() -> None:
    # "/kelv" sent at once (a paste of keys over SSH): the letters reached the reader's paragraph list
    # before the search came up, and were lost there.
    from textual import events

    app = make_app([SEEDS_DIR])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        for key, character in [("slash", "/"), ("k", "k"), ("e", "e"), ("l", "l"), ("v", "v")]:
            app.post_message(events.Key(key, character))
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search")
        box = app.screen.query_one("#search-input", Input)
        await until(pilot, lambda: box.value == "kelv", "the letters in the box")
