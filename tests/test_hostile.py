"""Hostile and broken input through `newsprism add` and the library: every bad input gets one
line naming it, the rest is still added, the exit status says so, and the library stays sound."""

from __future__ import annotations

import codecs
import io
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.reading.judge import MAX_UNIT
from core.library.store import Library
from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
BODY = (
    "The council approved the new budget on {day} after a long debate about schools and roads.\n\n"
    'Mayor Jane Doe said the plan would "protect every library in the city" and cut waiting times.\n\n'
    "Critics argued the tax rise was too steep for families already struggling with rents.\n"
)
#: What must never be stored or printed: C0 and C1 controls (but tab and newline), DEL,
#: bidi embeddings, overrides and isolates, zero-width spaces, and joiners between ASCII letters
#: (ZWNJ and ZWJ inside Persian, Indic or emoji text are text, and stay).
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]"
    "|(?<=[\x00-\x7f])[\u200c\u200d](?=[\x00-\x7f])"
)


@pytest.fixture(autouse=True)
def _no_progress_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """No stage's progress line on standard error, however long a stage takes on a busy machine:
    these tests read standard error for the one line each bad input gets (the progress lines are
    tested in test_progress)."""
    monkeypatch.setattr("tui.cli_library.PROGRESS_AFTER", float("inf"))


def _add(capsys: pytest.CaptureFixture[str], library: Path, *inputs: Path) -> tuple[int, str, list[str]]:
    status = main(["add", "--library", str(library), *map(str, inputs), "--no-fetch"])
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


def _stored_text(library: Path) -> str:
    with sqlite3.connect(library) as db:
        rows = db.execute("SELECT outlet || title || COALESCE(byline, '') FROM articles UNION ALL SELECT text FROM paragraphs")
        return "\n".join(r[0] for r in rows)


def _sound(library: Path) -> tuple[int, int]:
    """Integrity check, whole articles only; the story and article counts."""
    with Library(library) as opened:
        assert opened.integrity() == "ok"
        short = opened._db.execute(
            "SELECT COUNT(*) FROM articles a WHERE paragraphs != (SELECT COUNT(*) FROM paragraphs p WHERE p.article = a.id)"
        ).fetchone()[0]
        assert short == 0
        return opened.counts()


def _broken_inputs(folder: Path) -> Path:
    folder.mkdir()
    write = lambda name, data: (folder / name).write_bytes(data)  # noqa: E731
    write("empty.txt", b"")
    write("binary.txt", bytes(range(256)) * 64)
    write("bad-utf8.txt", ("Budget approved despite bad bytes\n\n" + BODY.format(day="Monday")).encode() + b"\xff\xc3(\n")
    write("utf16.txt", codecs.BOM_UTF16_LE + ("Budget approved in UTF-16\n\n" + BODY.format(day="Tuesday")).encode("utf-16-le"))
    write("latin1.txt", ("Café owners welcome the budget\n\n" + BODY.format(day="Wednesday")).encode("latin-1"))
    write("crlf.txt", ("Budget passes with CRLF lines\n\n" + BODY.format(day="Thursday")).replace("\n", "\r\n").encode())
    write("cr.txt", ("Budget passes with CR lines\n\n" + BODY.format(day="Friday")).replace("\n", "\r").encode())
    write("copy-of-cr.txt", (folder / "cr.txt").read_bytes())
    write("escapes.txt", (
        "Budget \x1b]0;owned\x1b\\ vote \x9b31m headline\n\n"
        + BODY.format(day="Saturday \x1b[6n \x1b]52;c;cm0gLXJm\x07 \u202eevil\u202c \x07\x08 \x7f")
    ).encode())
    write("zero-width.txt", ("Budget passes with hidden marks\n\n" + BODY.format(day="Sun\u200bday\ufeff").replace("budget", "bud\u200dget")).encode())
    write("rtl.txt", "المجلس يوافق على الميزانية الجديدة\n\nوافق المجلس البلدي على الميزانية الجديدة يوم الثلاثاء بعد نقاش طويل حول المدارس والطرق.\n".encode())
    write("cjk.txt", "市議会が新予算を承認\n\n市議会は火曜日、学校と道路に関する長い議論の末、新しい予算を承認した。市長は計画が図書館を守ると述べた。\n".encode())
    write("scripts.html", b"""<!doctype html><html><head><title>Budget page</title><style>p{color:red}</style>
        <script>document.write('SCRIPTED TEXT')</script></head><body><article><h1>Council passes the budget at last</h1>
        <p style="display:none">HIDDEN STYLE TEXT</p><iframe src="https://evil.example/">FRAME TEXT</iframe>
        <p>The council approved the new budget on Tuesday evening after a long debate about schools, roads and libraries in every ward.</p>
        <p>Mayor Jane Doe said the plan would protect every library in the city and cut waiting times for families across the region.</p>
        <script>alert('SCRIPTED AGAIN')</script><p onclick="steal()">Critics argued the tax rise was too steep for families already struggling with rents this year.</p>
        </article></body></html>""")
    write("bomb.xml", b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>Bomb</title><item><title>&c;&x;</title><description>&c;</description></item></channel></rss>""")
    return folder


def test_every_kind_of_broken_input_gets_one_line_and_the_rest_is_added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "lib.sqlite"
    status, out, err = _add(capsys, library, _broken_inputs(tmp_path / "in"), tmp_path / "missing.txt")
    assert status == 2
    assert [line.split(": ", 2)[1].removeprefix("skipped ") for line in err] == [
        str(tmp_path / "in" / "binary.txt"), str(tmp_path / "in" / "bomb.xml"), str(tmp_path / "in" / "empty.txt"),
        str(tmp_path / "missing.txt"),
    ]
    assert "binary file" in err[0] and "entities" in err[1] and "empty file" in err[2] and "no such file" in err[3]
    assert all(line.startswith("newsprism: skipped ") for line in err)
    # the copy under another name, said with the name it is held under
    assert "present  story 1: cr — Budget passes with CR lines (already in the library as copy-of-cr's copy)" in out
    for shown in (out, "\n".join(err)):
        assert not UNSAFE.search(shown)
    assert "␛]0;owned" in out  # escape sequences show as visible placeholders

    stories, articles = _sound(library)
    assert articles == 10
    stored = _stored_text(library)
    assert not UNSAFE.search(stored)
    assert not any(word in stored for word in ("SCRIPTED", "HIDDEN STYLE", "FRAME TEXT", "steal()", "passwd", "aaaaaaaaaa"))
    with Library(library) as opened:
        titles = {a.title for s in opened.stories() for a in opened.story(s.id).articles}
        assert {"Café owners welcome the budget", "Budget approved in UTF-16", "市議会が新予算を承認"} <= titles
        for name in ("CRLF", "CR lines"):
            article = next(a for s in opened.stories() for a in opened.story(s.id).articles if name in a.title)
            assert len(article.paragraphs) == 3 and not any("\r" in p for p in article.paragraphs)
        # Right-to-left, CJK and text that had zero-width marks are all found by search.
        assert [h.outlet for h in opened.search("新しい予算")] == ["cjk"]
        assert [h.outlet for h in opened.search("الميزانية الجديدة")] == ["rtl"]
        assert "zero-width" in {h.outlet for h in opened.search("budget on Sunday")}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from(["The mayor said the budget was approved after a long debate on Monday.", "\x1b[2J", "\u202e",
                              "\x9d8;;http://x\x07", "\r", "\n\n", "\u200b", "Read more", "市議会は予算を承認した。", "\x00"]),
             max_size=40).map(lambda parts: " ".join(parts).encode("utf-8", "surrogatepass")),
))
def test_any_bytes_give_an_article_or_one_line_naming_the_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page, library = Path(tmp) / "page.txt", Path(tmp) / "lib.sqlite"
        page.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()  # in process: a process per example is too slow
        with redirect_stdout(out), redirect_stderr(err):
            status = main(["add", "--library", str(library), str(page), "--no-fetch"])
        lines = err.getvalue().splitlines()
        assert status in (0, 2)
        assert (status == 2) == bool(lines)
        if lines:
            assert len(lines) == 1 and lines[0].startswith(f"newsprism: skipped {page}: ")
        assert not UNSAFE.search(out.getvalue() + err.getvalue())
        _sound(library)
        assert not UNSAFE.search(_stored_text(library))


def test_a_one_megabyte_paragraph_without_a_line_break(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sentences = [f"Delegate {n} said the committee would meet again on day {n % 31} to finish item {n}." for n in range(14_000)]
    prose, unbroken = tmp_path / "prose.txt", tmp_path / "unbroken.txt"
    prose.write_text("The longest paragraph ever filed\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    # no stop, no space, no repeat: n * 7919 alone comes round every 20,000 characters, and pieces
    # of the same 4,000 said over and over are kept once (core.reading.judge.REPEATS_KEPT_ONCE)
    han = "".join(chr(0x4E00 + (n * 7919 + n // 20_000) % 20_000) for n in range(400_000))
    unbroken.write_text("A page with no spaces at all\n\n" + han + "\n", encoding="utf-8")
    assert prose.stat().st_size > 2**20 and unbroken.stat().st_size > 2**20
    status, out, err = _add(capsys, tmp_path / "lib.sqlite", prose, unbroken)
    assert status == 0 and not err
    with Library(tmp_path / "lib.sqlite") as library:
        articles = {a.title: a for s in library.stories() for a in library.story(s.id).articles}
    cut = articles["The longest paragraph ever filed"].paragraphs
    assert len(cut) > 200 and all(len(p) <= MAX_UNIT for p in cut)
    assert " ".join(cut) == " ".join(sentences)  # cut at sentence ends, nothing lost
    assert all(p.endswith(".") for p in cut)
    unspaced = articles["A page with no spaces at all"].paragraphs
    assert all(len(p) <= MAX_UNIT for p in unspaced) and "".join(unspaced) == han


def test_ten_thousand_tiny_files_in_one_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    for n in range(10_000):
        text = f"Note {n}: the river rose {n} centimetres overnight in ward {n % 97}.\n" if n % 10 else "ok\n"
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    status, out, err = _add(capsys, tmp_path / "lib.sqlite", folder)
    assert status == 2
    assert len(err) == 1000 and all(line.endswith(": no article text found") for line in err)
    assert "9000 added, 0 already there, 1000 skipped" in out
    assert _sound(tmp_path / "lib.sqlite")[1] == 9000


def test_a_50_mb_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bench.hostile import huge_article

    page = huge_article(tmp_path / "huge.txt", 50)
    status, out, err = _add(capsys, tmp_path / "lib.sqlite", page)
    # stderr holds only the stages of the long add, each ending done (helper 3's progress)
    stages = ("reading", "grouping", "saving", "story", "linking")
    assert status == 0 and all(line.split()[0] in stages for line in err), err
    last = page.read_text(encoding="utf-8").rstrip().rsplit("\n\n", 1)[1]
    with Library(tmp_path / "lib.sqlite") as library:
        assert library.integrity() == "ok"
        (story,) = library.stories()
        assert story.paragraphs > 100_000
        assert library.story(story.id).articles[0].paragraphs[-1] == last  # nothing lost at the end
        assert [h.ref.paragraph for h in library.search(last[-60:])] == [story.paragraphs - 1]


def _limit_file_size(limit: int) -> None:
    """In the child: a file can grow to *limit* bytes and no further, as on a full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write beyond fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_stops_the_import_with_one_line_and_keeps_what_was_added(tmp_path: Path) -> None:
    from tests.test_library import _many_files

    library = tmp_path / "lib.sqlite"
    with Library(library):
        pass
    room = library.stat().st_size + 150_000
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "add", "--library", str(library), str(_many_files(tmp_path / "in", 150))],
        capture_output=True, text=True, cwd=ROOT, timeout=300, preexec_fn=lambda: _limit_file_size(room),
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "cannot write to the disk: is it full?" in result.stderr and str(library) in result.stderr
    added = result.stdout.count("added    story")
    assert 0 < added < 150  # some went in before the disk filled
    assert _sound(library)[1] == added  # every article it reported is kept, whole
    rerun = subprocess.run(
        [sys.executable, "-m", "tui.cli", "add", "--library", str(library), str(tmp_path / "in")],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert rerun.returncode == 0 and f"{150 - added} added, {added} already there" in rerun.stdout


def test_a_page_with_references_to_control_characters_is_read_with_them_visible(tmp_path: Path) -> None:
    """A fresh user's page with "&#x1b;[31m" in a paragraph was thrown away whole ("no article
    text found"): the extractor drops a page whose text holds a control character. Its text is
    read, each control shown by its visible stand-in, and nothing of it reaches a terminal."""
    from core.reading import read_file

    page = tmp_path / "crane.html"
    page.write_text(
        "<html><head><title>Harbour crane collapses - Valley Post</title></head><body><article>"
        "<h1>Harbour crane collapses</h1>"
        "<p>A crane collapsed at the Eastbridge terminal on Friday&#x1b;[31m, injuring two dock workers, the port said.</p>"
        "<p>The terminal was closed for the rest of the day while inspectors examined the other cranes.</p>"
        "<p>Port director Lina Marsh said it had passed its last inspection in March&#27;]0;title&#7; and &#147;an "
        "inquiry&#148; would follow.</p></article></body></html>",
        encoding="utf-8",
    )
    [article] = read_file(page)
    assert article.title == "Harbour crane collapses" and len(article.paragraphs) == 3
    assert "Friday\u241b[31m, injuring" in article.paragraphs[0]
    assert "March\u241b]0;title\u2407 and “an inquiry” would follow" in article.paragraphs[2]  # 147/148: Windows-1252 quotes
    assert not any(ch in p for p in article.paragraphs for ch in "\x1b\x07")


def test_a_page_with_control_characters_written_as_themselves_shows_them_as_a_text_file_does(tmp_path: Path) -> None:
    """A fresh user's page with a raw ESC in its title and text showed "]0;html-title" and "[41m"
    (the parser dropped the ESC, not what it began), where a text file shows "␛]0;...": the same
    stand-ins for both, in the text, the title and the outlet."""
    from core.reading import read_file

    page = tmp_path / "crane.html"
    page.write_bytes(
        b"<html><head><title>Harbour crane \x1b[41mcollapses</title>"
        b"<meta property='og:site_name' content='Valley\x1b[32m Post'></head><body><article>"
        b"<h1>Harbour crane \x1b[41mcollapses</h1>"
        b"<p>A crane collapsed at the Eastbridge terminal on Friday\x1b[31m, injuring two dock workers, the port said.</p>"
        b"<p>The terminal was closed for the rest of the day\x1b]0;owned\x07 while inspectors examined the other cranes\x7f.</p>"
        b"</article></body></html>"
    )
    [article] = read_file(page)
    text = tmp_path / "crane.txt"
    text.write_bytes(b"Harbour crane \x1b[41mcollapses\n\nA crane collapsed at the Eastbridge terminal on Friday\x1b[31m, "
                     b"injuring two dock workers, the port said.\n\nThe terminal was closed for the rest of the day.\n")
    [plain] = read_file(text)
    assert article.paragraphs[0] == plain.paragraphs[0] == (
        "A crane collapsed at the Eastbridge terminal on Friday\u241b[31m, injuring two dock workers, the port said.")
    assert article.title == plain.title == "Harbour crane \u241b[41mcollapses"
    assert article.outlet == "Valley\u241b[32m Post"
    assert article.paragraphs[1] == "The terminal was closed for the rest of the day\u241b]0;owned\u2407 while inspectors examined the other cranes\u2421."


def test_a_newline_in_a_file_s_name_makes_no_line_of_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A tester's file named "evil<LF>added    story 9: FAKE LINE.txt" printed a line that passed for
    # another article added, and its outlet (the file's name) kept the newline in the library.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\nadded    story 9: FAKE LINE.txt").write_text(
        "Ferry hits quay in Alesund\n\nThe evening ferry struck the quay in Alesund on Sunday, the harbour office said.\n",
        encoding="utf-8")
    (folder / "bin\nnewline.txt").write_bytes(bytes(range(256)) * 8)
    library = tmp_path / "lib.sqlite"
    status, out, err = _add(capsys, library, folder)
    assert status == 2
    assert len(err) == 1 and err[0].startswith("newsprism: skipped ") and "bin\u2424newline.txt: binary file" in err[0]
    assert [line.split()[0] for line in out.splitlines()] == ["added", "1"]  # one line added, one line of counts
    with sqlite3.connect(library) as db:
        [(outlet,)] = db.execute("SELECT outlet FROM articles").fetchall()
    assert "\n" not in outlet and outlet.startswith("evil added")
    assert main(["links", str(folder), "--no-fetch"]) == 2
    out, err_text = capsys.readouterr()
    assert "\nadded" not in out and len(err_text.splitlines()) == 1
