"""Where a report's update time shows: `links --json`, `story show` (text and JSON) and the exports.

The fact-checker's page (tests/test_reading_updates.py): published 09:02, updated 16:35; every view
showed 09:02 alone.
"""

from __future__ import annotations

import json

import pytest

from tests.test_reading_updates import PUBLISHED, UPDATED, _page


def test_links_story_show_and_exports_say_when_it_was_updated(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from tui.cli import main

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "ledger.html").write_bytes(_page(f"<meta property='article:modified_time' content='{UPDATED}'>"))
    assert main(["links", str(pages), "--json"]) == 0
    [article] = json.loads(capsys.readouterr().out)["articles"]
    assert (article["published"], article["updated"]) == (PUBLISHED, UPDATED)
    library = str(tmp_path / "lib.sqlite")
    assert main(["add", str(pages), "--library", library]) == 0
    capsys.readouterr()
    assert main(["story", "show", "1", "--library", library]) == 0
    # with the publication's moment in UTC beside it, as a list in time order reads it
    assert "Riverside Ledger · published 2026-12-02 09:02 UTC-05:00 (14:02 UTC) · updated 16:35 — " in capsys.readouterr().out
    assert main(["story", "show", "1", "--json", "--library", library]) == 0
    [article] = json.loads(capsys.readouterr().out)["articles"]
    assert (article["published"], article["updated"]) == (PUBLISHED, UPDATED)
    for fmt in ("md", "html"):
        assert main(["export", str(pages), "-f", fmt]) == 0
        assert "2026-12-02 09:02 UTC-05:00 (14:02 UTC) · updated 16:35" in capsys.readouterr().out
    assert main(["export", str(pages), "-f", "json"]) == 0
    [article] = json.loads(capsys.readouterr().out)["articles"]
    assert article["updated"] == UPDATED
