"""Progress on standard error: each step's line on a terminal or in a pipe, and `add` saying
what stage a long article is in (a fresh user's 33 MB file printed nothing for four minutes)."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from core.library.store import STORY_STEPS, Library
from core.model import Article
from core.progress import terminal_progress
from core.reading.html import PARSE_STEPS
from core.reading.judge import MAKE_PASSES
from tui.cli import main


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    ticking = _Clock()
    monkeypatch.setattr("core.progress.time.monotonic", ticking)
    return ticking


@pytest.mark.parametrize("tty", [False, True])
def test_a_step_quicker_than_after_prints_nothing_and_a_long_one_its_line(tty: bool, clock: _Clock) -> None:
    stream = _Terminal() if tty else io.StringIO()
    report = terminal_progress(stream, after=1.0)
    report("grouping", 0, 10)
    clock.now += 0.5
    report("grouping", 10, 10)  # half a second: not worth a line
    assert stream.getvalue() == ""
    report("linking", 0, 10)
    clock.now += 2
    report("linking", 5, 10)
    report("linking", 10, 10)
    if tty:  # redrawn in place, ended by a new line
        assert stream.getvalue() == "\rlinking  [###############...............] 5/10\rlinking  [##############################] 10/10\n"
    else:  # a pipe: once, when it ends
        assert stream.getvalue() == "linking  [##############################] 10/10\n"


def test_a_line_left_drawn_by_a_stopped_step_is_ended_and_a_shorter_one_covers_a_longer(clock: _Clock) -> None:
    stream = _Terminal()
    report = terminal_progress(stream)
    report("saving", 1000, 60000)
    report("linking", 0, 5)  # another step over the line of one stopped: no characters of it left
    drawn = stream.getvalue().split("\r")[-1]
    assert drawn == "linking  [..............................] 0/5".ljust(len("saving   [..............................] 1000/60000"))
    report.close()
    assert stream.getvalue().endswith("\n")
    report.close()  # once
    assert not stream.getvalue().endswith("\n\n")


def _article(key: str, paragraphs: int) -> Article:
    body = tuple(f"Paragraph {n} of the report: the Harbour Board of Port Halden said {n} ships waited at the quay." for n in range(paragraphs))
    return Article(key, f"{key}.txt", "Nordwire", "Port Halden ships wait", body)


def test_an_add_reports_its_stages_in_paragraphs_each_to_its_end(tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    with Library(tmp_path / "lib.sqlite") as library:
        library.add(_article("a", 30), source="a.txt")
        library.add(_article("b", 4500), source="b.txt", progress=lambda *step: seen.append(step))
    stages = [step for step, _, _ in seen]
    assert list(dict.fromkeys(stages)) == ["grouping", "saving", "story", "linking"]
    for stage in ("grouping", "saving", "linking"):
        counts = [(done, total) for step, done, total in seen if step == stage]
        assert counts[-1] == (4500, 4500), stage  # each ends, in the article's paragraphs
        assert len(counts) >= 2 and all(0 <= done <= total == 4500 for done, total in counts)
        assert [done for done, _ in counts] == sorted(done for done, _ in counts)  # never back
    assert sum(1 for step, done, _ in seen if step == "saving" and 0 < done < 4500) >= 2  # counted as it goes
    # after saving, the story's work (its evidence, groups, grounds and name) is told step by step, to its end
    story = [(done, total) for step, done, total in seen if step == "story"]
    assert story == [(n, STORY_STEPS) for n in range(STORY_STEPS + 1)]
    assert stages.index("story") > max(n for n, step in enumerate(stages) if step == "saving")
    assert stages[-1] == "story"  # nothing after it untold


def test_an_add_tells_its_story_stage_however_it_goes(tmp_path: Path) -> None:
    """The first article of a library, one left ungrouped (an archive's part) and one already held
    each end the stages they begin; the article held begins none."""
    for n, kwargs in enumerate(({}, {"group": False}, {"link": False})):
        seen: list[tuple[str, int, int]] = []
        folder = tmp_path / str(n)
        folder.mkdir()
        with Library(folder / "lib.sqlite") as library:
            library.add(_article("a", 40), source="a.txt", progress=lambda *step: seen.append(step), **kwargs)
            held = len(seen)
            library.add(_article("a", 40), source="a.txt", progress=lambda *step: seen.append(step), **kwargs)
        assert len(seen) == held, kwargs  # the same article again: no stage
        ends = {step: (done, total) for step, done, total in seen}
        assert ends["story"] == (STORY_STEPS, STORY_STEPS), kwargs
        assert all(done == total for done, total in ends.values()), (kwargs, ends)


def _file(folder: Path, paragraphs: int) -> Path:
    path = folder / "long.txt"
    body = "\n\n".join(f"The Harbour Board of Port Halden said {n} ships waited at the quay on Tuesday." for n in range(paragraphs))
    path.write_text(f"Port Halden ships wait\n\n{body}\n", encoding="utf-8")
    return path


def test_add_says_each_stage_once_into_a_pipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "lib.sqlite"
    (tmp_path / "first").mkdir()
    assert main(["add", str(_file(tmp_path / "first", 20)), "--library", str(library)]) == 0
    assert capsys.readouterr().err == ""  # quick stages pass unsaid
    monkeypatch.setattr("tui.cli_library.PROGRESS_AFTER", 0.0)  # every stage as long as a huge file's
    assert main(["add", str(_file(tmp_path, 300)), "--library", str(library)]) == 0
    out, err = capsys.readouterr()
    lines = err.splitlines()
    # read, its stages, the read that finds no more, and its story linked again as one run
    # (its linking, into the story of the first file, is inside its story's stage: its line ends first)
    # (the article made of its paragraphs inside the read: its line ends first)
    assert [line.split()[0] for line in lines] == ["making", "reading", "grouping", "saving", "linking", "story", "reading", "linking"], err
    assert [line.split()[-1] for line in lines] == [f"{MAKE_PASSES * 300}/{MAKE_PASSES * 300}", "1/1", "300/300", "300/300",
                                                    "300/300", "4/4", "1/1", "320/320"], err
    assert "added    story 1" in out and "(300 paragraphs" in out  # standard output as it was


def test_a_stop_while_an_add_links_leaves_the_library_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "lib.sqlite"
    (tmp_path / "first").mkdir()
    assert main(["add", str(_file(tmp_path / "first", 20)), "--library", str(library)]) == 0
    before = sqlite3.connect(library).execute("SELECT count(*) FROM articles").fetchone()

    def stop(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("core.library.store._link_story", stop)
    other = tmp_path / "second"
    other.mkdir()
    (other / "long.txt").write_text("Port Halden harbour closes\n\n" + "\n\n".join(
        f"Port Halden harbour closed berth {n} on Tuesday, the Harbour Board said." for n in range(50)) + "\n")
    capsys.readouterr()
    assert main(["add", str(other / "long.txt"), "--library", str(library)]) == 130
    assert "interrupted: the 0 articles added before the stop are kept" in capsys.readouterr().err
    db = sqlite3.connect(library)
    assert db.execute("SELECT count(*) FROM articles").fetchone() == before  # nothing half added
    assert db.execute("SELECT count(*) FROM paragraphs WHERE article NOT IN (SELECT id FROM articles)").fetchone() == (0,)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_stop_in_the_last_linking_says_what_was_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl+C after the articles went in, while `add` linked their stories again, ended with 130 and no word."""
    def stop(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Library, "relink", stop)
    library = tmp_path / "lib.sqlite"
    assert main(["add", str(_file(tmp_path, 20)), "--library", str(library)]) == 130
    assert "interrupted: the 1 article added before the stop is kept" in capsys.readouterr().err


def test_an_error_while_a_stage_shows_is_said_on_a_line_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from core.errors import LibraryError

    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setattr("tui.cli_library.PROGRESS_AFTER", 0.0)

    def failing(self: Library, *_: object, progress, **__: object) -> None:  # type: ignore[no-untyped-def]
        progress("saving", 5, 20)  # drawn, and never ended
        raise LibraryError("lib.sqlite: cannot save (disk full)")

    monkeypatch.setattr(Library, "_insert", failing)
    assert main(["add", str(_file(tmp_path, 20)), "--library", str(tmp_path / "lib.sqlite")]) == 2
    assert terminal.getvalue().splitlines()[-1] == "newsprism: lib.sqlite: cannot save (disk full)", terminal.getvalue()


def test_a_step_counted_finer_from_inside_ends_at_its_finer_count(clock: _Clock) -> None:
    from core.progress import report, reporting

    stream = _Terminal()
    progress = terminal_progress(stream)
    progress("reading", 0, 1)  # the caller counts files
    with reporting(progress):
        report("reading", 2000, 40002)  # the reader inside, the file's lines
    report("reading", 4000, 40002)  # outside the block: nowhere
    progress("reading", 1, 1)
    drawn = stream.getvalue().split("\r")
    assert drawn[-2].rstrip() == "reading  [#.............................] 2000/40002"
    assert drawn[-1] == "reading  [##############################] 40002/40002\n"


def test_add_of_one_huge_file_counts_its_lines_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Trial 36 F12: `add` of a 40,000-paragraph file was silent for 8 s, then said "reading 1/1"."""
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setattr("tui.cli_library.PROGRESS_AFTER", 0.0)
    monkeypatch.setattr("core.reading.judge.REPORT_LINES", 100)
    assert main(["add", str(_file(tmp_path, 300)), "--library", str(tmp_path / "lib.sqlite")]) == 0
    reading = [line.rstrip() for line in terminal.getvalue().replace("\n", "\r").split("\r") if line.startswith("reading")]
    assert [line.split()[-1] for line in reading] == ["0/1", "100/301", "200/301", "300/301", "301/301", "0/1", "1/1"], reading


def _page(folder: Path, paragraphs: int) -> Path:
    path = folder / "long.html"
    body = "\n".join(f"<p>The Harbour Board of Port Halden said {n} ships waited at the quay on Tuesday, as crews rested.</p>"
                     for n in range(paragraphs))
    path.write_text(f"<html><head><title>Port Halden ships wait</title></head><body><article><h1>Port Halden ships wait</h1>"
                    f"{body}</article></body></html>", encoding="utf-8")
    return path


def test_add_tells_a_pages_parsing_then_its_blocks_then_its_stages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A huge page spent half a minute in its markup (the extractor's pass) before a word was said,
    seconds after its blocks were read, making the article of them, and seconds after "saving" (trial 47
    F12): each is a stage with its line."""
    monkeypatch.setattr("tui.cli_library.PROGRESS_AFTER", 0.0)  # every stage as long as a huge page's
    assert main(["add", str(_page(tmp_path, 300)), "--library", str(tmp_path / "lib.sqlite")]) == 0
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert [line.split()[0] for line in lines] == ["parsing", "making", "reading", "grouping", "saving", "story", "reading"], err
    assert lines[0].split()[-1] == f"{PARSE_STEPS}/{PARSE_STEPS}" and lines[5].split()[-1] == f"{STORY_STEPS}/{STORY_STEPS}"
    assert "(300 paragraphs" in out  # the page read as before


def test_a_page_refused_ends_its_parsing(tmp_path: Path) -> None:
    """A page the extractor finds nothing in ends the step it began (a later page's starts afresh)."""
    from core.errors import ReadError
    from core.progress import reporting
    from core.reading import read_file

    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    seen: list[tuple[str, int, int]] = []
    with reporting(lambda *step: seen.append(step)), pytest.raises(ReadError):
        read_file(page)
    assert seen[0] == ("parsing", 0, PARSE_STEPS) and ("parsing", PARSE_STEPS, PARSE_STEPS) in seen


def test_a_story_of_one_report_is_named_without_reading_its_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A story of one report is named by its headline whatever its text (one report has no other to
    weigh it against): its paragraphs are not read for the name (seconds of a huge page's add);
    a story of two reads both texts."""
    import core.library.store as store

    given: list[list[str]] = []
    real = store.representative_title

    def spy(reports, *rest):  # type: ignore[no-untyped-def]
        reports = list(reports)
        given.append([r.text for r in reports])
        return real(reports, *rest)

    monkeypatch.setattr(store, "representative_title", spy)
    with Library(tmp_path / "lib.sqlite") as library:
        first = library.add(_article("a", 30), source="a.txt")
        assert given[-1] == [""] and library.find_story(first.story).title == "Port Halden ships wait"
        second = library.add(_article("b", 40), source="b.txt")
        assert second.story == first.story
        assert len(given[-1]) == 2 and all("Paragraph 1 of the report" in text for text in given[-1])


def test_making_an_article_of_many_paragraphs_tells_its_passes_as_they_go() -> None:
    """Trial 47 F12: a page of 38,000 paragraphs spent some 5 s making its article (each paragraph on
    one line, the scan for a legal close, the outlet's notes) with no word after its blocks."""
    from core.progress import reporting
    from core.reading.judge import REPORT_LINES, make_article

    paragraphs = tuple(f"The Harbour Board of Port Halden said {n} ships waited at the quay on Tuesday." for n in range(3 * REPORT_LINES))
    seen: list[tuple[str, int, int]] = []
    with reporting(lambda *step: seen.append(step)):
        article = make_article(path="long.txt", outlet=None, title="Port Halden ships wait", paragraphs=paragraphs)
    total = MAKE_PASSES * len(article.paragraphs)
    making = [done for step, done, whole in seen if step == "making" and whole == total]
    assert len(making) == len(seen) and making == sorted(making) and making[-1] == total
    assert len([d for d in making if d < total]) >= MAKE_PASSES * 2  # told within each pass, not only at its ends
