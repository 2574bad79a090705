"""Shared fixtures: no user config or data, and no reading memoised by an earlier test, leaks into tests."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from core.reading import SEEDS_DIR, read_paths
from core.linking.story import Story


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("NEWSPRISM_LIBRARY", raising=False)


#: The memos of each module of core seen so far (see _fresh_memos), by module name.
_MEMOS: dict[str, list[Any]] = {}


@pytest.fixture(autouse=True)
def _fresh_memos() -> None:
    """Each test starts with core's memos of what a text, word or phrase reads as empty (bounded
    functools caches: evidence._read, align._stemless_values, text.stem ...), as a process that
    has read nothing: a test counting how often a text is read (test_linking_reads_once.py) saw
    the readings of the tests before it, or of itself run before in the session, and failed.
    Unbounded and one-entry caches hold data loaded once (CLDR's names of places and months)
    and are kept."""
    for name, module in list(sys.modules.items()):
        if name != "core" and not name.startswith("core."):
            continue
        if name not in _MEMOS:
            _MEMOS[name] = [
                value for value in vars(module).values()
                if callable(getattr(value, "cache_info", None)) and getattr(value, "__module__", None) == name
                and (value.cache_info().maxsize or 0) > 1
            ]
        for memo in _MEMOS[name]:
            memo.cache_clear()


@pytest.fixture(scope="session")
def seed_articles():  # type: ignore[no-untyped-def]
    articles, errors = read_paths([SEEDS_DIR])
    assert not errors
    return articles


@pytest.fixture(scope="session")
def seed_story(seed_articles) -> Story:  # type: ignore[no-untyped-def]
    return Story.build(seed_articles)
