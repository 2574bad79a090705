"""Shared fixtures: no user config or data leaks into tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import SEEDS_DIR, read_paths
from core.linking.story import Story


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("NEWSPRISM_LIBRARY", raising=False)


@pytest.fixture(scope="session")
def seed_articles():  # type: ignore[no-untyped-def]
    articles, errors = read_paths([SEEDS_DIR])
    assert not errors
    return articles


@pytest.fixture(scope="session")
def seed_story(seed_articles) -> Story:  # type: ignore[no-untyped-def]
    return Story.build(seed_articles)
