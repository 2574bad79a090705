"""A feed cut off before its end (a download that broke off, a file truncated) is refused as broken,
in one line that says where, by every path that reads feeds: reading a file, `feeds add`, `refresh`.
A complete feed with a slip in its XML (an undefined entity) is read as feed readers read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading.feed import parse_feed
from core.reading.sources import Item, Problem
from tests.feedserver import atom, body_of, html_body, rss20

ENTRIES = [{"title": f"Calder Bay vote {n}", "link": f"https://harbour.example/{n}", "body": html_body(body_of(n))}
           for n in (1, 2)]


def _cut_inside_the_last_entry(data: bytes) -> bytes:
    """*data* broken off half-way through its last entry's text (in its CDATA, for RSS)."""
    return data[: data.rindex(b"Opponents of the")]


@pytest.mark.parametrize("make, root", [(rss20, "rss"), (atom, "feed")], ids=["rss", "atom"])
def test_a_feed_cut_off_is_one_problem_naming_where_it_breaks_off(make, root: str) -> None:  # type: ignore[no-untyped-def]
    data = _cut_inside_the_last_entry(make("Harbour Gazette", ENTRIES))
    results = list(parse_feed(data, source="harbour.xml", fetch=None, briefs=True))
    assert len(results) == 1 and isinstance(results[0], Problem), results
    lines = data.count(b"\n") + 1
    assert str(results[0]).startswith(
        f"harbour.xml: not a well-formed feed: cut off at line {lines} before its closing </{root}> ("
    ), results[0]
    assert " at line " in results[0].message and "\n" not in results[0].message


def test_the_first_xml_error_is_named_with_its_line_and_column() -> None:
    # A fresh user's broken-feed.xml: an unclosed <b> in a title, then nothing after the <description>.
    data = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title>'
            b"<item><title>Unclosed <b>item</title><description>text\n")
    [problem] = parse_feed(data, source="broken.xml", fetch=None)
    assert isinstance(problem, Problem)
    assert problem.message == ("not a well-formed feed: cut off at line 1 before its closing </rss> "
                               "(mismatched tag at line 1, column 118)")


def test_a_complete_feed_with_a_slip_in_its_xml_is_read() -> None:
    # "&nbsp;" is no XML entity: feedparser reads the feed all the same, as feed readers do.
    data = rss20("Harbour Gazette", ENTRIES).replace(b"<title>Calder Bay vote 1", b"<title>Calder&nbsp;Bay vote 1")
    results = list(parse_feed(data, source="harbour.xml", fetch=None, briefs=True))
    assert [type(r) for r in results] == [Item, Item]


def test_links_on_a_feed_file_cut_off_in_cdata_says_it_is_broken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user's hostile/malformed.xml was said to be "summary only, and no link to its page".
    from tui.cli import main

    path = tmp_path / "malformed.xml"
    path.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>M</title><item><title>T</title>'
                     b"<description><![CDATA[<p>unterminated")
    assert main(["links", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err == (f"newsprism: {path}: not a well-formed feed: cut off at line 1 before its closing </rss> "
                            "(unclosed CDATA section at line 1, column 141)\n")
    assert captured.out == ""


def test_a_feed_cut_off_after_a_line_break_names_one_line() -> None:
    """Trial 38 F9: "cut off at line 2 before its closing </rss> (no element found at line 3,
    column 0)": the parser's place is the end of the file, past the last line of text."""
    data = b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Broken</title><item><title>T</title></item>\n'
    [problem] = parse_feed(data, source="broken.xml", fetch=None)
    assert isinstance(problem, Problem)
    assert problem.message == "not a well-formed feed: cut off at line 2 before its closing </rss> (no element found)"
