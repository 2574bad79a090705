"""Exports: Markdown, self-contained HTML and JSON, with untrusted text kept inert."""

from __future__ import annotations

import json
from dataclasses import replace
import sys
from pathlib import Path

import pytest

from core.views.export import export
from core.model import Article, article_id
from core.linking.story import Story
from tui.cli import main

EVIL_TITLE = '<script>alert(1)</script> [click](http://evil.example) | *boom*'


def _article(outlet: str, title: str, *paragraphs: str) -> Article:
    return Article(article_id(outlet, title, paragraphs), "", outlet, title, paragraphs)


def _dated(articles: list[Article]) -> list[Article]:
    """*articles* published an hour apart in the order given: a story lists them in that order."""
    return [replace(a, published=f"2026-03-01T{8 + n:02d}:00:00+00:00") for n, a in enumerate(articles)]


def _hostile_story() -> Story:
    wire = "The port authority said on Tuesday that the strike had ended after nine days of talks with the union."
    return Story.build([
        _article("Evil <b>Outlet</b>", EVIL_TITLE, wire, 'He said "<img src=x onerror=alert(1)> is fine" at a briefing held late in the day.'),
        _article("Plain Post", "Strike ends", wire.replace("nine", "ten")),
    ])


def test_html_is_self_contained_and_escapes_article_text() -> None:
    page = export(_hostile_story(), "html")
    assert isinstance(page, str)
    assert "<script" not in page and "<img" not in page and "<b>Outlet" not in page
    assert "&lt;script&gt;" in page
    assert "src=\"http" not in page and "<link" not in page  # nothing fetched from outside
    assert "Content-Security-Policy" in page


def test_markdown_neutralises_links_and_table_breaks() -> None:
    text = export(_hostile_story(), "md")
    assert isinstance(text, str)
    assert "[click](http" not in text and "\\[click\\]\\(http" in text
    assert "\\|" in text  # a pipe in a title cannot break the table
    assert "{+ten+}" in text and "[-nine-]" in text  # the wire copy collated


def test_one_shared_fact_is_counted_as_one_in_markdown_and_html() -> None:
    # The coverage line said "1 facts reported by several outlets".
    for form in ("md", "html"):
        text = export(_hostile_story(), form)
        assert isinstance(text, str)
        assert "1 fact reported by several outlets" in text and "1 facts" not in text


def test_what_only_one_outlet_reports_is_in_markdown_and_html() -> None:
    # A tester's report of two outlets' wire copy said "2 with no other outlet linked" and listed
    # neither: each outlet's own last paragraph was in the JSON only.
    wire = "The port authority said on Tuesday that the strike had ended after nine days of talks with the union."
    story = Story.build([
        _article("Coast Courier", "Strike ends", wire, "The strike is the first at Brenmouth since 2019."),
        _article("Bay Herald", "Port strike over", wire, "Talks are due to resume on Monday about the pension fund."),
    ])
    for form in ("md", "html"):
        text = export(story, form)
        assert isinstance(text, str)
        assert "1 fact reported by several outlets" in text and "2 with no other outlet linked" in text
        one = text.index("Reported by one outlet")
        courier, herald = text.index("The strike is the first", one), text.index("Talks are due to resume", one)
        # In story order: both undated, so by outlet (core.model.time_order).
        assert one < text.index("Bay Herald", one) < herald < text.index("Coast Courier", one) < courier
        assert wire not in text[one:]  # the shared fact is not listed there


def _story_with_addresses() -> Story:
    wire = "The port authority said on Tuesday that the strike had ended after nine days of talks with the union."
    addresses = {
        "Plain Post": "https://plain.example/news/strike?id=1&x=<b>|2",
        "Script Daily": "javascript:alert(1)",
        "Escape Times": "https://evil.example/\x1b]8;;https://x.example\x07a",
        "Bare Wire": None,
    }
    return Story.build([
        Article(article_id(outlet, "Strike ends", (f"{wire} {outlet} reports.",)), "", outlet, "Strike ends",
                (f"{wire} {outlet} reports.",), url=url)
        for outlet, url in addresses.items()
    ])


def test_the_article_lists_give_each_address_and_link_only_http_ones() -> None:
    # A fresh user who must cite sources found no address in the Markdown or HTML export.
    page = export(_story_with_addresses(), "html")
    assert isinstance(page, str)
    assert ('<a href="https://plain.example/news/strike?id=1&amp;x=%3Cb%3E%7C2" rel="noopener noreferrer">'
            "https://plain.example/news/strike?id=1&amp;x=%3Cb%3E%7C2</a>") in page
    assert page.count("<a href=\"http") == 1 and "href=\"javascript" not in page and "evil.example/" in page
    assert "javascript:alert(1)" in page and "\x1b" not in page and "\x07" not in page
    assert "default-src 'none'" in page  # the content security policy stays
    text = export(_story_with_addresses(), "md")
    assert isinstance(text, str)
    assert "| Outlet | Published | Title | Paragraphs | Address |" in text
    assert "| <https://plain.example/news/strike?id=1&x=%3Cb%3E%7C2> |" in text
    assert "| `javascript:alert(1)` |" in text and "\x1b" not in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "Strike ends" in line]
    assert len(rows) == 4 and all(row.count(" | ") == 4 for row in rows)  # no address breaks the table
    assert any(row.endswith("| — |") for row in rows)  # no address


def test_json_holds_links_facts_and_quotes(seed_story: Story) -> None:
    data = export(seed_story, "json")
    assert isinstance(data, dict)
    assert {"articles", "links", "facts", "quotes", "figures"} <= set(data)
    assert data["figures"][0]["disagree"]  # type: ignore[index]
    covered = sum(len(f["paragraphs"]) for f in data["facts"])  # type: ignore[union-attr]
    assert covered == sum(len(a.paragraphs) for a in seed_story.articles)


def test_export_cli_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    assert main(["export", "--format", "html", "-o", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert all(f"<h2>{section}" in page for section in ("Coverage", "Quotes", "Figures", "Collation"))
    assert not list(tmp_path.glob(".*partial"))
    assert main(["export", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["facts"]


def test_export_takes_its_format_from_the_output_files_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a fresh user's `export -o out.html` wrote Markdown into out.html
    assert main(["export", "-o", str(tmp_path / "out.html")]) == 0
    assert (tmp_path / "out.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert main(["export", "-o", str(tmp_path / "out.json")]) == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["facts"]
    for name in ("out.MARKDOWN", "out"):  # .md's other name; no suffix at all: Markdown, as to the terminal
        assert main(["export", "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).read_text(encoding="utf-8").startswith("# ")
    assert main(["export", "-o", str(tmp_path / "report.htm")]) == 0
    assert (tmp_path / "report.htm").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert "(html," in capsys.readouterr().err


def test_export_to_dash_is_standard_output_and_a_bare_suffix_is_its_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A second fresh user: `-o -` made a file named "-", and `-o .html` wrote Markdown into ".html".
    monkeypatch.chdir(tmp_path)
    assert main(["export", "-o", "-", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["facts"] and not (tmp_path / "-").exists()
    assert main(["export", "-o", ".html"]) == 0
    assert (tmp_path / ".html").read_text(encoding="utf-8").startswith("<!doctype html>")


@pytest.mark.parametrize("name", ["x.docx", "x.txt", "x.pdf", "report.html.bak"])
def test_export_to_a_suffix_it_does_not_write_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # A fresh user's `export --story 8 -o out/x.docx` exited 0, Markdown in a .docx file.
    target = tmp_path / name
    assert main(["export", "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert f"{target}:" in err[0] and "Markdown (.md), HTML (.html) or JSON (.json)" in err[0] and "-f" in err[0]
    assert not target.exists() and not list(tmp_path.iterdir())


def test_a_format_given_is_written_whatever_the_suffix_and_a_clash_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # -f is what the user asked for: written as asked; where the suffix names another format
    # the exporter writes, the line that says what was written says so too.
    assert main(["export", "-f", "md", "-o", str(tmp_path / "notes.txt")]) == 0
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8").startswith("# ")
    assert capsys.readouterr().err.startswith(f"wrote {tmp_path / 'notes.txt'} (md, ")
    assert main(["export", "-f", "md", "-o", str(tmp_path / "given.html")]) == 0
    assert (tmp_path / "given.html").read_text(encoding="utf-8").startswith("# ")
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"wrote {tmp_path / 'given.html'} (md as -f asked, though .html names html, "
                   f"{(tmp_path / 'given.html').stat().st_size // 1024 + 1} KB)"]
    assert main(["export", "-f", "html", "-o", str(tmp_path / "same.HTM")]) == 0
    assert "though" not in capsys.readouterr().err


def test_export_to_an_unwritable_place_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "-o", str(tmp_path / "missing" / "r.md")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot write" in err[0]


def test_export_never_writes_over_a_library_and_over_a_file_only_when_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Fresh users' exports wrote over their notes, and over the library they read (its stories gone).
    from core.library.store import Library

    library = tmp_path / "lib.sqlite"
    with Library(library):
        pass
    held = library.read_bytes()
    for argv in (["export", "-o", str(library), "-f", "json"], ["export", "-o", str(library), "-f", "md", "--force"]):
        assert main(argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "a database" in err[0] and "not written over" in err[0]
    assert library.read_bytes() == held
    # nor the files SQLite keeps beside it (a tester's export --force replaced a reader's open
    # library's write-ahead log, and the next command read "disk I/O error")
    for part in ("-wal", "-shm", "-journal", ".lock"):
        beside = library.with_name(library.name + part)
        beside.write_bytes(b"\x37\x7f\x06\x82 held")
        assert main(["export", "-o", str(beside), "-f", "md", "--force"]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and f"of the database {library.name}, not written over" in err[0]
        assert beside.read_bytes() == b"\x37\x7f\x06\x82 held"
        beside.unlink()
    # nor a pipe or a device (a tester's --force made /dev/full a file; -o onto a pipe waited for ever)
    import os

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for special in (pipe, tmp_path):
        assert main(["export", "-o", str(special), "-f", "md", "--force"]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "not a regular file, not written over" in err[0]
    assert pipe.is_fifo() and tmp_path.is_dir()
    notes = tmp_path / "notes.md"
    notes.write_text("my notes\n", encoding="utf-8")
    assert main(["export", "-o", str(notes)]) == 2  # no terminal to ask on: refused
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "exists, not written over (--force writes over it)" in err[0]
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    # on a terminal the user is asked: no keeps the file, yes writes it
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for answer, kept in (("n\n", True), ("y\n", False)):
        monkeypatch.setattr("sys.stdin", Terminal(answer))
        monkeypatch.setattr("sys.stderr", Terminal())
        assert main(["export", "-o", str(notes)]) == (2 if kept else 0)
        assert (notes.read_text(encoding="utf-8") == "my notes\n") is kept
        assert "notes.md exists; write over it? [y/N]" in sys.stderr.getvalue()
    monkeypatch.undo()
    notes.write_text("my notes\n", encoding="utf-8")
    assert main(["export", "-o", str(notes), "--force"]) == 0 and notes.read_text(encoding="utf-8").startswith("# ")
    empty = tmp_path / "empty.md"
    empty.touch()
    assert main(["export", "-o", str(empty)]) == 0  # nothing in it to lose
    capsys.readouterr()
    # the subscriptions' export follows the same rule
    monkeypatch.setenv("NEWSPRISM_LIBRARY", str(library))
    assert main(["feeds", "export", "-o", str(notes)]) == 2 and notes.read_text(encoding="utf-8").startswith("# ")
    assert main(["feeds", "export", "-o", str(notes), "--force"]) == 0 and "<opml" in notes.read_text(encoding="utf-8")


def test_html_marks_differences_unlike_links_and_names_facts_by_their_text() -> None:
    import re

    page = export(_hostile_story(), "html")
    assert isinstance(page, str)
    css = page[page.index("<style>") : page.index("</style>")]
    differs = re.search(r"\.differs\{([^}]*)\}", css)
    assert differs is not None
    # a link is coloured and underlined; a difference is neither, but marked with a background
    assert "underline" not in differs.group(1) and "color:" not in differs.group(1).replace("background", "")
    assert "background" in differs.group(1)
    assert '<span class="differs">ten</span>' in page
    # the collated fact is named by its words, and by them in the coverage table too
    assert "<h3>Fact 1: “The port authority said on Tuesday" in page
    assert '<a href="#fact-1">“The port authority said on Tuesday' in page


def test_html_reads_on_a_phone_and_in_print() -> None:
    page = export(_hostile_story(), "html")
    assert isinstance(page, str)
    assert '<meta name=viewport content="width=device-width, initial-scale=1">' in page
    assert "@media (max-width:640px)" in page and "@media print" in page
    assert page.count("<div class=scroll>") == 4  # every table scrolls on its own, never the page
    assert 'data-label=Outlet' in page  # the articles table stacks its cells on a phone


def test_markdown_names_facts_by_their_text() -> None:
    text = export(_hostile_story(), "md")
    assert isinstance(text, str)
    assert "### Fact 1: “The port authority said on Tuesday" in text


def test_a_story_the_user_named_is_exported_under_that_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A story renamed in the library (`R` in the reader, `story rename`) was exported under
    its first article's title."""
    from core.library.store import Library

    library_path = tmp_path / "lib.sqlite"
    with Library(library_path) as library:
        for article in _hostile_story().articles:
            library.add(article, source=f"{article.outlet}.txt")
        story = library.stories()[0]
        library.rename(story.id, "Port strike ends after talks")
    assert main(["export", "--library", str(library_path), "--story", str(story.id), "-f", "md"]) == 0
    assert capsys.readouterr().out.startswith("# Port strike ends after talks\n")
    assert main(["export", "--library", str(library_path), "--story", str(story.id), "-f", "html"]) == 0
    assert "<h1>Port strike ends after talks</h1>" in capsys.readouterr().out
    assert main(["export", "--library", str(library_path), "--story", str(story.id), "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Port strike ends after talks"


def test_the_coverage_table_says_where_an_outlet_reports_a_fact_under_another() -> None:
    # A fresh user's export marked "left out" (—) the outlets whose paragraph reports a fact
    # but is counted under another fact (the matrix's ~¶n), and left such facts out.
    from tests.chain_story import chain_story

    text = export(chain_story(), "md")
    assert isinstance(text, str)
    [row] = [line for line in text.splitlines() if line.startswith("| Mayor Ada Rusk resigned")]
    assert row.split(" | ")[1:] == ["—", "~¶0", "¶0", "— |"]  # Post, Courier (under the bridge), Ledger, Wire
    [row] = [line for line in text.splitlines() if line.startswith("| The Kell bridge closes")]
    assert row.split(" | ")[1:] == ["¶0", "¶0", "—", "¶0 |"]
    page = export(chain_story(), "html")
    assert isinstance(page, str) and "<td>~¶0" in page


def test_the_collation_of_a_fact_holds_the_paragraphs_reported_under_another() -> None:
    # A fresh user's export: "Reported by The Harbour Times" with nothing to collate, while the
    # coverage table above marked the fact ~¶n in three other outlets.
    from tests.chain_story import chain_story

    text = export(chain_story(), "md")
    assert isinstance(text, str)
    [section] = [block for block in text.split("### Fact")[1:] if block.split("\n", 1)[0].count("Mayor Ada Rusk resigned")]
    assert "also, under another fact, by" in section and "- **~" in section
    page = export(chain_story(), "html")
    assert isinstance(page, str) and "also, under another fact, by" in page


def test_quotes_section_says_who_else_a_quote_is_given_to() -> None:
    # A fresh user's plant story: the export gave the quotation to the fire chief only, though
    # one outlet gave it to the mayor.
    remark = "The tank farm is still burning, and we are going to let it burn itself out"
    story = Story.build(_dated([
        _article(outlet, "Blast at Brackwater plant", f'"{remark}," {speaker} said.')
        for outlet, speaker in (("Wire", "Fire Chief Rosa Delle"), ("Courier", "Fire Chief Rosa Delle"), ("Tribune <b>", "Mayor Ivo Marn"))
    ]))
    text = export(story, "md")
    assert isinstance(text, str)
    assert "— Rosa Delle, Wire, Courier, Tribune \\<b\\>\n  - ≠ speaker: attributed to Mayor Ivo Marn by Tribune \\<b\\> ¶0\n" in text
    page = export(story, "html")
    assert isinstance(page, str)
    assert "Rosa Delle<br><b>≠</b> attributed to Mayor Ivo Marn by Tribune &lt;b&gt; ¶0<td" in page


def test_an_outlets_two_articles_are_two_columns_and_their_paragraphs_two_names() -> None:
    # A fresh user's export: the coverage table gave The Harbour Times one column, and the
    # collation called two different paragraphs "The Harbour Times ¶0".
    from tests.two_articles import articles

    text = export(Story.build(articles()), "md")
    assert isinstance(text, str)
    early, late = "The Harbour Times “Lake Varsen ferry…”", "The Harbour Times “Ravik declares day…”"
    assert f"| Fact | {early} | {late} | Ostrand Herald |" in text
    assert "3 articles from 2 outlets." in text and "2 facts reported by several outlets" in text
    assert f"{early} ¶0" in text and f"{late} ¶0" in text and "The Harbour Times ¶0" not in text
    [row] = [line for line in text.splitlines() if line.startswith("| W Prime Minister") or line.startswith("| Prime Minister")]
    assert row.split(" | ")[1:] == ["—", "¶0", "¶1 |"]
    page = export(Story.build(articles()), "html")
    assert isinstance(page, str) and "<th>The Harbour Times “Ravik declares day…”" in page


def test_markdown_keeps_a_collated_insertions_brackets_inside_its_marker() -> None:
    # A fresh user's export read "{+BRACKWATER, Texas \(AP+}\) — An explosion": the closing
    # bracket of an inserted dateline stood outside the insertion's marker.
    lead = "An explosion tore through a chemical plant late Tuesday, killing four workers and injuring dozens, officials said."
    story = Story.build([_article("Lake Gazette", "Plant blast", f"KESSEL, Texas (AP) — {lead}"),
                         _article("Plain Post", "Plant blast", lead)])
    text = export(story, "md")
    assert isinstance(text, str)
    # the reference is the fact's lead: the dateline is inserted or left out, with its brackets
    collated = next(line for line in text.splitlines() if line.startswith("- **Plain Post ¶0**") or line.startswith("- **Lake Gazette ¶0**"))
    assert "{+KESSEL, Texas \\(AP\\)+} — An explosion" in collated or "[-KESSEL, Texas \\(AP\\)-] An explosion" in collated, collated


def test_a_shared_quotations_attribution_is_collated_as_one_phrase_an_outlet() -> None:
    # A fresh user's runoff story: the collation read "he told reporters at his [-Horvat's-]
    # campaign headquarters [-spokesman Ivan Perić told journalists-]".
    remark = "We will wait for every vote to be counted"
    afp = f'Horvat did not immediately concede. "{remark}," he told reporters at his campaign headquarters.'
    story = Story.build(_dated([
        _article("AFP", "Runoff", "Marija Kovačević beat Tomislav Horvat in the Zagreb runoff on Sunday.", afp),
        _article("Adriatic", "Runoff", f'"{remark}," Horvat\'s campaign spokesman Ivan Perić told journalists.'),
    ]))
    text = export(story, "md")
    assert isinstance(text, str)
    assert (f'[-Horvat did not immediately concede.-] "{remark}," {{+Horvat\'s campaign spokesman Ivan Perić told journalists+}} '
            "[-he told reporters at his campaign headquarters-].") in text
    page = export(story, "html")
    assert isinstance(page, str)
    assert ('<span class="differs">Horvat&#x27;s campaign spokesman Ivan Perić told journalists</span> '
            '<span class="missing">he told reporters at his campaign headquarters</span>.') in page


def test_the_export_names_the_origin_the_matrix_marks_an_agencys_own_page() -> None:
    # A fresh user's runoff: AFP's own page and a paper printing its copy, both under "(AFP)".
    # The export said "origin: AFP", no outlet of its table, where the matrix marks AFP World.
    from dataclasses import replace

    from core.views.facts import cell, facts, reported_elsewhere

    words = ("Left-green candidate Marija Kovacevic won the Zagreb mayoral runoff on Sunday with 52.4 percent of the vote.",
             "Horvat did not immediately concede, telling reporters he would wait for every vote to be counted.")
    afp = replace(_article("AFP World", "Kovacevic wins Zagreb runoff", *words), dateline="ZAGREB, June 7 (AFP)")
    daily = replace(_article("Balkan Daily", "Kovacevic wins", *words), dateline="ZAGREB, June 7 (AFP)")
    story = Story.build([daily, afp])
    found = [f for f in facts(story) if len(f.outlets) == 2]
    assert len(found) == 2 and all(cell(story, f, afp.id, reported_elsewhere(story, f)).origin for f in found)
    for fmt in ("md", "html"):
        text = export(story, fmt)
        assert isinstance(text, str)
        assert text.count("(origin: AFP World)") == 2 and "(origin: AFP)" not in text, fmt
    data = export(story, "json")
    assert isinstance(data, dict)
    origins = [f["origin"] for f in data["facts"]]
    assert origins == [{"outlet": "AFP World", "article": afp.id, "agency": "AFP", "credited_by": ["Balkan Daily"], "published": None}] * 2


def test_an_outlets_two_articles_are_told_apart_in_who_reports_a_fact_and_its_origin() -> None:
    # The export's collation said "Reported by The Harbour Times, Ostrand Herald" and the table
    # "(origin: The Harbour Times)", where the paper has two columns: not which of its articles.
    from tests.two_articles import articles

    early, late = "The Harbour Times “Lake Varsen ferry…”", "The Harbour Times “Ravik declares day…”"
    for fmt in ("md", "html"):
        text = export(Story.build(articles()), fmt)
        assert isinstance(text, str)
        assert f"Reported by {early}, Ostrand Herald" in text and f"Reported by {late}, Ostrand Herald" in text, fmt
        assert f"(origin: {early})" in text and f"(origin: {late})" in text, fmt
        assert "Reported by The Harbour Times," not in text and "(origin: The Harbour Times)" not in text, fmt


def test_the_export_names_the_articles_in_its_quotes_and_says_a_column_is_an_article() -> None:
    # The Quotes section said "The Harbour Times" where the paper has two columns, and the note
    # under the table read "¶n: the outlet's paragraph" where each column is an article.
    from tests.two_articles import articles

    early, late = "The Harbour Times “Lake Varsen ferry…”", "The Harbour Times “Ravik declares day…”"
    text = export(Story.build(articles()), "md")
    assert isinstance(text, str)
    [quote] = [line for line in text.splitlines() if line.startswith("- “The water came in")]
    assert quote.endswith(f", {early}, {late}"), quote
    assert "¶n: the article's paragraph" in text and "the outlet's paragraph" not in text
    page = export(Story.build(articles()), "html")
    assert isinstance(page, str)
    assert f"<td data-label=Outlets>{early}, {late}<td" in page
    assert "¶n: the article&#x27;s paragraph" in page


def test_the_collation_of_a_fact_says_what_each_copy_gives_otherwise() -> None:
    # A second fresh user: the panel's ≠ list (a figure changed, a denial cut) was nowhere in the
    # report an editor reads; only the struck words of the collation hinted at it.
    wire = "Hackers stole the personal data of 4.1 million members, the company said on Thursday. It said no card details were taken."
    story = Story.build(_dated([
        _article("Wire", "Breach", wire),
        _article("Courier", "Breach", "Hackers stole the personal data of 4.7 million members, the company said on Thursday."),
    ]))
    markdown = export(story, "md")
    assert isinstance(markdown, str)
    # in the order the paragraph gives them
    assert r"  - ≠ 4.1 million → 4.7 million \(figure\); It said no card details were taken → ∅ \(sentence\)" in markdown
    page = export(story, "html")
    assert isinstance(page, str) and "<b>≠</b> 4.1 million → 4.7 million (figure); It said no card details were taken → ∅ (sentence)" in page


def test_the_coverage_table_marks_a_cell_whose_paragraph_gives_the_fact_otherwise() -> None:
    # The export's table gave the Ledger's reversed "obliges" a bare "¶2", as the wire's fact.
    from tests.edited_copy import articles

    story = Story.build(articles())
    text = export(story, "md")
    assert isinstance(text, str)
    rows = [line for line in text.splitlines() if line.startswith("| W ")]
    fines = next(r for r in rows if "48,300 fines" in r)
    repay = next(r for r in rows if "does not oblige" in r)
    ruling = next(r for r in rows if "struck down" in r)
    assert fines.endswith("| ¶1 | ¶1 ≠ | ¶1 |") and repay.endswith("| ¶2 | ¶2 | ¶2 ≠ |")
    assert "≠" not in ruling
    assert "≠: the paragraph gives a figure, date, name, negation or outcome otherwise" in text  # the key
    page = export(story, "html")
    assert isinstance(page, str)
    assert '¶2 <b title="does not oblige → obliges (negation)">≠</b>' in page
    assert '¶1 <b title="48,300 → 38,300 (figure)">≠</b>' in page


def _two_languages() -> Story:
    """Two English reports of one outbreak sharing a paragraph, and one in Spanish, published in that order."""
    shared = "Health authorities in Port Halden declared a measles outbreak on Tuesday after 12 cases were confirmed in the city."
    return Story.build(_dated([
        _article("Nordwire", "Measles outbreak declared in Port Halden", shared,
                 "Two of the patients, both children under five, are being treated at the Eastgate hospital, the health board said."),
        _article("Harbour Herald", "Port Halden declares measles outbreak", shared,
                 "The board will open three free vaccination clinics on Thursday at the Harbour Hall and the library."),
        _article("El Faro", "Brote de sarampión en Port Halden",
                 "Las autoridades sanitarias de Port Halden declararon el martes un brote de sarampión tras confirmarse 12 casos en la ciudad.",
                 "Dos de los pacientes, ambos niños menores de cinco años, están hospitalizados en el centro de Eastgate, según la junta."),
    ]))


def test_an_article_alone_in_its_language_is_not_compared_not_one_outlets_alone() -> None:
    # A user trial: the reader and `links` said the Spanish report's paragraphs were "not compared"
    # (the matrix n/c), but the export gave "—" in its column for every fact ("no paragraph linked:
    # not reported") and listed all its paragraphs under "Reported by one outlet".
    story = _two_languages()
    assert story.alone_in_language(story.articles[2].id)
    spanish = story.articles[2].paragraphs
    text = export(story, "md")
    assert isinstance(text, str)
    [row] = [line for line in text.splitlines() if line.startswith("| Health authorities in Port Halden")]
    assert row.split(" | ")[1:] == ["¶0", "¶0", "n/c |"]  # Nordwire, Harbour Herald, El Faro
    assert "n/c: the article is in another language than the fact: not compared" in text  # the legend says it
    assert "1 fact reported by several outlets" in text and "2 with no other outlet linked" in text
    assert "2 not compared (El Faro: the only article in Spanish)" in text
    one, apart = text.index("## Reported by one outlet"), text.index("## Not compared with the others")
    assert one < apart
    assert "### El Faro" not in text[one:apart] and not any(p in text[one:apart] for p in spanish)
    assert "Two of the patients" in text[one:apart] and "three free vaccination clinics" in text[one:apart]
    # the English ones were compared with each other only, as the reader's panel and `links` say
    assert "Only in Nordwire among the articles in English; 1 in other languages not compared." in text[one:apart]
    assert text[apart:].startswith("## Not compared with the others\n\n2 paragraphs of an article in a language no other "
                                   "article of the story is in: the linker compares the words of one language")
    assert "### El Faro\n\nNot compared: the only article in Spanish" in text[apart:]
    assert all(p[:40] in text[apart:] for p in spanish)

    page = export(story, "html")
    assert isinstance(page, str)
    assert "<td>¶0<td>¶0<td>n/c</tr>" in page and "n/c: the article is in another language than the fact" in page
    one, apart = page.index("<h2 id=one-outlet>"), page.index("<h2 id=not-compared>")
    assert one < apart and "El Faro" not in page[one:apart] and not any(p[:40] in page[one:apart] for p in spanish)
    assert "Not compared: the only article in Spanish" in page[apart:] and all(p[:40] in page[apart:] for p in spanish)
    assert '<a href="#not-compared">2 not compared (El Faro: the only article in Spanish)</a>' in page

    from core.views.export import NOT_COMPARED_CELL
    from tui.screens.coverage import NOT_COMPARED_CELL as MATRIX_CELL

    assert NOT_COMPARED_CELL == MATRIX_CELL == "n/c"  # one mark for the matrix and the reports


def test_a_story_of_one_language_has_no_not_compared_mark_or_section() -> None:
    for form in ("md", "html"):
        text = export(_hostile_story(), form)
        assert isinstance(text, str)
        assert "n/c" not in text and "Not compared" not in text and "not compared" not in text


def test_the_coverage_table_orders_its_columns_as_the_matrix_does() -> None:
    # The matrix put the story's main language first and an article alone in its language last
    # (session 39); the export kept the articles' order, the Spanish report first here.
    from core.views.names import matrix_names

    first, *others = _two_languages().articles
    story = Story.build(_dated([others[-1], first, *others[:-1]]))  # El Faro, Nordwire, Harbour Herald
    assert [story.language(a.id) for a in story.articles] == ["es", "en", "en"]
    columns = [name.text for name in matrix_names(story).values()]
    assert columns == ["Nordwire", "Harbour Herald", "El Faro"]
    text = export(story, "md")
    assert isinstance(text, str)
    assert "| Fact | " + " | ".join(columns) + " |" in text
    [row] = [line for line in text.splitlines() if line.startswith("| Health authorities in Port Halden")]
    assert row.split(" | ")[1:] == ["¶0", "¶0", "n/c |"]
    page = export(story, "html")
    assert isinstance(page, str)
    assert "<th>Fact" + "".join(f"<th>{c}" for c in columns) + "</tr>" in page and "<td>¶0<td>¶0<td>n/c</tr>" in page
