"""Input read whole that holds nothing to read is said in one line and fails nothing: a JSON Lines
record that is a headline and a link only, a valid feed with no entries (`add` and `links` exit
0 where articles were read); unreadable input still exits 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

_TEXT = "The council approved the ferry plan on Tuesday after a long debate.\n\nWork on the quay starts in May."


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (
        {"title": "Ferry plan approved", "url": "https://notes.example/a", "text": _TEXT},
        {"title": "Harbour fees rise", "url": "https://notes.example/b"})) + "\n", encoding="utf-8")
    return path


def test_a_headline_only_record_is_said_and_no_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _jsonl(tmp_path)
    assert main(["add", "--library", str(tmp_path / "lib.db"), str(path)]) == 0
    assert "skipped 1 of 2 records (line 2): a headline only" in capsys.readouterr().err
    assert main(["links", str(path), "--json"]) == 0


def test_an_empty_feed_is_said_and_no_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "empty.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Notes</title>'
                    "<link>https://notes.example/</link></channel></rss>", encoding="utf-8")
    assert main(["add", "--library", str(tmp_path / "lib.db"), str(feed)]) == 0
    assert "empty.xml: the feed holds no entries (nothing to add)" in capsys.readouterr().err
    assert main(["links", str(feed), str(_jsonl(tmp_path)), "--json"]) == 0


def test_unreadable_input_still_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"title": "Ferry plan", "text": "x"\n', encoding="utf-8")
    assert main(["add", "--library", str(tmp_path / "lib.db"), str(broken), str(_jsonl(tmp_path))]) == 2
    assert main(["links", str(tmp_path / "empty-only.xml")]) == 2
