"""A WARC file (`.warc`, `.warc.gz`) given to `add`, `links` or any reading command, or met in a
folder: each HTML response record a page, read as `archive build` reads it (one reader), where
it was refused as "binary file, not text" and, in a folder, skipped as "of no known kind (.gz)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.archive_sample import records, write_warc
from tui.cli import main


def _crawl(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    return write_warc(folder / "crawl.warc.gz", records(1))


def test_add_reads_each_page_of_a_warc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path / "in")
    assert main(["add", "--library", str(tmp_path / "lib.db"), str(crawl)]) == 0
    out, err = capsys.readouterr()
    assert "binary" not in err
    assert "3 added" in out
    # the crawl's picture and its page with no report: said in a line, no failure
    assert "skipped 2 of 5 responses: 1 page: no article text found in the page; 1 response that is no page" in err
    assert main(["stories", "--library", str(tmp_path / "lib.db"), "--json"]) == 0


def test_links_reads_a_warc_met_in_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    folder = tmp_path / "in"
    _crawl(folder)
    assert main(["links", str(folder), "--json"]) == 0
    out, err = capsys.readouterr()
    assert "no known kind" not in err
    found = json.loads(out)["articles"]
    assert sorted(a["outlet"] for a in found) == ["Northern Ledger", "The Harbour Post", "Valley Courier"]
    assert all(a["url"].startswith("https://news.example/") for a in found)


def test_a_warc_that_breaks_off_keeps_its_pages_before_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crawl = _crawl(tmp_path / "in")
    data = crawl.read_bytes()
    crawl.write_bytes(data[: len(data) * 2 // 3])
    assert main(["add", "--library", str(tmp_path / "lib.db"), str(crawl)]) == 2
    out, err = capsys.readouterr()
    assert "the file breaks off" in err
    assert "Traceback" not in err
