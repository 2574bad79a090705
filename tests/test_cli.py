"""The command line: the JSON contract, the table, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import pytest

from tui.cli import main


class Ended(NamedTuple):
    """How a reader in a pseudo-terminal ended: its exit status, all the terminal showed, and
    the terminal's local modes (termios lflag) afterwards (None when it was hung up)."""

    status: int
    shown: bytes
    modes: int | None


def _reader_in_a_terminal(
    args: Sequence[str], *, then: Callable[[subprocess.Popen[bytes], int | None], None], hang_up: bool = False,
    program: Sequence[str] = ("-m", "tui.cli"),
) -> Ended:
    """Open the reader with *args* (to Python's *program*, the command line by default) in a
    pseudo-terminal of 80x24, wait until it shows the story,
    call *then* with the process and the terminal's end (after hanging the terminal up, as a
    dropped SSH session does, when *hang_up*: then None), and say how it ended."""
    import fcntl
    import os
    import pty
    import select
    import struct
    import termios
    import time

    master: int | None
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    process = subprocess.Popen([sys.executable, *program, *args], stdin=slave, stdout=slave, stderr=slave,
                               env={**os.environ, "TERM": "xterm-256color"}, start_new_session=True)
    os.close(slave)
    shown, acted = b"", False
    deadline = time.monotonic() + 60
    try:
        while process.poll() is None and time.monotonic() < deadline and master is not None:
            if not acted and b"shared" in shown:  # the story list shows the articles
                if hang_up:
                    os.close(master)
                    master = None
                then(process, master)
                acted = True
                continue
            if select.select([master], [], [], 0.1)[0]:
                try:
                    shown += os.read(master, 65536)
                except OSError:  # the reader closed the terminal: it is ending
                    break
        status = process.wait(timeout=30)
        return Ended(status, shown, None if master is None else termios.tcgetattr(master)[3])
    finally:
        if process.poll() is None:
            process.kill()
        if master is not None:
            os.close(master)


@pytest.mark.parametrize(("how", "status"), [("key", 130), ("SIGINT", 130), ("SIGTERM", 143), ("SIGHUP", 129)])
def test_the_reader_ended_gives_the_terminal_back_with_the_status_of_its_signal(how: str, status: int, tmp_path: Path) -> None:
    """Ctrl+C (a key to the reader) and a signal asking it to end (`kill -INT`, `kill`, the
    terminal hanging up) quit with the shell's status for that signal (128 + its number), the
    screen given back (out of the alternate screen, out of raw mode) and no traceback. SIGINT
    left the reader drawn and running; SIGTERM and SIGHUP killed it with the terminal raw."""
    import os
    import signal
    import termios

    page = tmp_path / "ferry.html"
    page.write_text(_PAGE.format(charset="utf-8"), encoding="utf-8")

    def end(process: subprocess.Popen[bytes], terminal: int | None) -> None:
        if how == "key":
            assert terminal is not None
            os.write(terminal, b"\x03")
        else:
            process.send_signal(getattr(signal, how))

    ended = _reader_in_a_terminal([str(page)], then=end)
    assert ended.status == status
    assert ended.shown.rstrip().endswith(b"\x1b[?1006l") and b"\x1b[?1049l" in ended.shown  # out of the alternate screen
    assert ended.modes is not None and ended.modes & termios.ICANON and ended.modes & termios.ECHO  # out of raw mode
    assert b"Traceback" not in ended.shown


#: A reader whose event loop takes no more steps once it is closing (a handler that never returns,
#: as Textual's shutdown waiting on its output thread when the terminal hung up as it closed).
_STUCK_READER = """
import time
from textual.app import App
from textual.widgets import Static
from tui.cli_reading import run_reader

class Stuck(App):
    def compose(self):
        yield Static("shared")

    def on_unmount(self):
        time.sleep(600)

run_reader(Stuck())
"""


def test_a_reader_stuck_while_it_closes_is_ended_by_the_signal_anyway() -> None:
    """A reader asked to end by a signal that cannot close (its loop stuck) is ended once the
    grace is over, with the signal's status and the terminal out of raw mode: it ignored SIGTERM,
    SIGHUP and SIGINT for ever, and only `kill -9` ended it."""
    import signal
    import termios

    ended = _reader_in_a_terminal([], then=lambda process, _: process.send_signal(signal.SIGTERM),
                                  program=("-c", _STUCK_READER))
    assert ended.status == 143
    assert ended.modes is not None and ended.modes & termios.ICANON and ended.modes & termios.ECHO
    assert b"\x1b[?1049l" in ended.shown and b"Traceback" not in ended.shown


@pytest.mark.parametrize(("how", "hang_up", "status"), [("SIGTERM", False, 143), ("SIGHUP", True, 129), (None, True, 129)])
def test_the_reader_ended_by_a_signal_keeps_what_was_read_in_the_library(
    how: str | None, hang_up: bool, status: int, tmp_path: Path
) -> None:
    """A reader on a library ended by SIGTERM, or by SIGHUP after its terminal has gone (an SSH
    session dropped), or by its terminal going with no SIGHUP (a shell that traps it ran the
    reader), closes as `q` does: the place reached a moment ago is kept (the timer had not kept
    it yet), the one-reader lock is let go and the library is whole. Without a SIGHUP the reader
    stayed, spinning on its dead terminal, the library locked."""
    import signal
    import time

    from core.library.store import Library, LibraryLock

    page = tmp_path / "ferry.html"
    page.write_text(_PAGE.format(charset="utf-8"), encoding="utf-8")
    library = tmp_path / "library.sqlite"
    assert main(["add", "--library", str(library), str(page)]) == 0

    def end(process: subprocess.Popen[bytes], terminal: int | None) -> None:
        import os
        import select

        shown = bytearray()

        def drawn(within: float) -> bool:
            """Whether the reader draws anything within *within* seconds (what it drew is kept in *shown*)."""
            if not select.select([terminal], [], [], within)[0]:
                return False
            shown.extend(os.read(terminal, 65536))  # type: ignore[arg-type]
            return True

        if terminal is not None:
            # the story shown (its paragraph's words drawn; a loaded machine may pause between the
            # first frame and the story), then the first screen drawn whole
            deadline = time.monotonic() + 20
            while b"Dastow" not in shown and time.monotonic() < deadline:
                drawn(0.5)
            while drawn(0.3):
                pass
            os.write(terminal, b"j")  # the next paragraph: the place to open next time
            # The key read once the reader draws the move (a loaded machine takes its time), the
            # place not yet kept: its timer waits MainScreen.PLACE_DELAY (2 s) after the move.
            assert drawn(20.0)
            time.sleep(0.3)
        if how is not None:
            process.send_signal(getattr(signal, how))

    started = time.monotonic()
    ended = _reader_in_a_terminal(["--library", str(library)], then=end, hang_up=hang_up)
    assert ended.status == status and time.monotonic() - started < 30
    assert not LibraryLock(library).path.exists()
    with Library(library) as opened:
        assert opened.integrity() == "ok"
        place = opened.place()
        assert place is not None and place[1] is not None and place[1].paragraph == (0 if hang_up else 1)


def test_the_reader_ended_by_sigterm_while_it_refreshes_exits_at_once_and_the_next_refresh_completes(
    tmp_path: Path,
) -> None:
    """SIGTERM while `r` refreshes a feed (its server slow to answer) ends the reader at once with
    143, the library whole and unlocked; what the refresh had not stored, the next one stores."""
    import signal
    import time

    from core.library.refresh import Policy, refresh
    from core.library.store import Library, LibraryLock
    from core.library.subscriptions import Subscriptions
    from tests.feedserver import FeedServer, entries_for, rss20, slow, static

    server = FeedServer().start()
    try:
        server.routes["/feed"] = slow(20, static(rss20("Slow Post", entries_for(server, "Slow Post", [1, 2]))))
        page = tmp_path / "ferry.html"
        page.write_text(_PAGE.format(charset="utf-8"), encoding="utf-8")
        library = tmp_path / "library.sqlite"
        assert main(["add", "--library", str(library), str(page)]) == 0
        with Library(library) as opened:
            Subscriptions(opened).add(server.url("/feed"))

        def end(process: subprocess.Popen[bytes], terminal: int | None) -> None:
            import os

            assert terminal is not None
            os.write(terminal, b"r")
            deadline = time.monotonic() + 10
            while not server.hits("/feed") and time.monotonic() < deadline:  # the refresh is under way
                time.sleep(0.05)
            process.send_signal(signal.SIGTERM)

        started = time.monotonic()
        ended = _reader_in_a_terminal(["--library", str(library)], then=end)
        assert ended.status == 143 and b"\x1b[?1049l" in ended.shown and time.monotonic() - started < 20
        assert server.hits("/feed") and not LibraryLock(library).path.exists()
        server.routes["/feed"] = static(rss20("Slow Post", entries_for(server, "Slow Post", [1, 2])))
        with Library(library) as opened:
            assert opened.integrity() == "ok" and opened.counts()[1] == 1
            outcomes, _ = refresh(opened, policy=Policy(timeout=2.0, deadline=5.0))
            assert outcomes[0].added == 2 and opened.counts()[1] == 3
    finally:
        server.stop()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def test_links_json_matches_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["links", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"articles", "links"}
    ids = {a["id"] for a in data["articles"]}
    for article in data["articles"]:
        assert {"id", "path", "outlet", "title", "byline", "published", "paragraphs"} <= set(article)
        assert [p["index"] for p in article["paragraphs"]] == list(range(len(article["paragraphs"])))
    for link in data["links"]:
        assert link["a"]["article"] in ids and link["b"]["article"] in ids
        assert link["kind"] in {"verbatim", "paraphrase", "quote"}
        assert 0 <= link["score"] <= 1
        assert set(link["spans"]) == {"a", "b"}


def test_links_table_groups_by_paragraph(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["links"]) == 0
    out = capsys.readouterr().out
    assert "¶0" in out and "only in Euronews" in out and "articles," in out


def test_links_table_calls_a_subhead_no_paragraph_only_in_its_outlet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user's subhead "What the firefighters say" was "only in The Tavor Times".
    page = ("<h1>Floods close the Arle valley road</h1><p>The Arle burst its banks at Holmvik on Sunday night and "
            "flooded the valley road, the county said.</p><h2>What residents say</h2><p>Shop owners along the "
            "road said the water reached their doors within an hour of the first warning.</p>")
    (tmp_path / "flood.html").write_text(f"<html><body><article>{page}</article></body></html>", encoding="utf-8")
    assert main(["links", str(tmp_path / "flood.html")]) == 0
    out = capsys.readouterr().out
    heading = out.split("What residents say", 1)[1].split("¶", 1)[0]
    assert "only in" not in heading and "subhead" in heading, out


def test_the_tables_name_an_outlets_two_articles_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user's ferry story held two articles of The Harbour Times: "The Harbour Times ¶0"
    # named two paragraphs. The tables name each article by its title's opening words too.
    from tests.two_articles import write_jsonl

    path = str(write_jsonl(tmp_path))
    early, late = "The Harbour Times “Lake Varsen ferry…”", "The Harbour Times “Ravik declares day…”"
    assert main(["links", path]) == 0
    out = capsys.readouterr().out
    assert f"{early} ¶0: " in out and f"{late} ¶0: " in out and "Ostrand Herald ¶1: " in out
    assert main(["quotes", path]) == 0
    out = capsys.readouterr().out
    assert f"attributed to Lars Berg by {late} ¶2" in out and f"{early} ¶2, {late} ¶2: " in out
    assert "· 1 outlet" in out  # the paper's two articles are one outlet
    assert main(["figures", path]) == 0
    assert f"{early} ¶0: “218 people”" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "bin.txt").write_bytes(b"\0\1\2" * 50) and d / "bin.txt", "binary file"),
    ],
)
def test_bad_path_is_one_line_and_exit_2(tmp_path: Path, make, needle: str) -> None:  # type: ignore[no-untyped-def]
    result = _run("links", str(make(tmp_path)))
    assert result.returncode == 2
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_good_files_still_print_beside_a_bad_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from core.reading import SEEDS_DIR

    assert main(["links", "--json", str(SEEDS_DIR), str(tmp_path / "nope.txt")]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["articles"]
    assert "nope.txt: no such file" in captured.err


def test_app_without_a_terminal_says_so() -> None:
    result = _run()
    assert result.returncode == 2
    assert "no terminal" in result.stderr and "Traceback" not in result.stderr


def test_escape_sequences_never_reach_cli_output(tmp_path: Path) -> None:
    page = tmp_path / "evil.txt"
    page.write_text("Evil \x1b]0;owned\x1b\\ headline here\n\nA paragraph \x1b[6n with a query, long enough to count.\n")
    result = _run("links", str(page))
    assert result.returncode == 0
    assert "\x1b" not in result.stdout and "\u241b" in result.stdout


def test_an_unexpected_error_is_one_line_and_a_crash_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import tui.cli_reading

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))

    def boom(argv: object) -> int:
        raise RuntimeError("something inside broke")

    monkeypatch.setitem(tui.cli_reading.COMMANDS, "links", boom)
    assert main(["links"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "internal error: RuntimeError" in err[0] and "Traceback" not in err[0]
    log = Path(err[0].rsplit("details in ", 1)[1])
    assert log.parent == tmp_path / "newsprism" / "logs"  # in the data directory, beside the library
    assert "something inside broke" in log.read_text(encoding="utf-8")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"newsprism {version('newsprism')}"
    # after the reader's options too, as every program's --version is
    assert main(["--theme", "textual-light", "--version"]) == 0
    assert capsys.readouterr().out.strip() == f"newsprism {version('newsprism')}"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["lnks"], "no command 'lnks'; did you mean links?"),
        (["stroy", "show", "2"], "no command 'stroy'; did you mean story?"),
        (["figure", "--json"], "no command 'figure'; did you mean figures?"),
        (["frobnicate"], "no command or file 'frobnicate'; commands: add, "),
    ],
)
def test_a_mistyped_command_says_so_without_a_terminal(argv: list[str], said: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", *argv], capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"newsprism: {said}") and len(result.stderr.splitlines()) == 1


def test_a_mistyped_command_says_so_on_a_terminal_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.cli_reading

    monkeypatch.setattr(tui.cli_reading, "_terminal_problem", lambda: None)
    assert main(["lnks"]) == 2
    assert capsys.readouterr().err == "newsprism: no command 'lnks'; did you mean links?\n"


def test_a_path_that_exists_is_opened_even_if_it_looks_like_a_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tui.app

    (tmp_path / "lnks").write_text("Headline\n\nA paragraph that is long enough to count as one.\n")
    monkeypatch.chdir(tmp_path)
    opened: list[object] = []

    class Fake:
        return_code = 0
        notes: list[str] = []

        def __init__(self, paths: object) -> None:
            opened.append(paths)

        def run(self, **_: object) -> None:  # App.run(loop=...)
            pass

    monkeypatch.setattr(tui.app, "make_app", lambda paths=(), **kw: Fake(paths))
    monkeypatch.setattr("tui.cli_reading._terminal_problem", lambda: None)
    assert main(["lnks"]) == 0
    assert opened == [[Path("lnks")]]


def test_a_missing_file_is_named_as_missing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().err == f"newsprism: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_a_missing_file_among_paths_is_skipped_by_the_reader_as_a_binary_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's `newsprism files/ blob.html nothere.txt empty.txt` exited 2 and opened
    # nothing, though the binary and the empty file were skipped with a notice and the other
    # commands name the missing file and read the rest.
    import asyncio

    import tui.cli_reading
    from tests.pilot import ready

    good = tmp_path / "harbour.txt"
    good.write_text("Harbour strike ends\n\nDock workers at the port of Arden ended their strike on Monday after "
                    "nine days of talks, the union said.\n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\0\1\2\xff" * 64)
    missing = tmp_path / "nothere.txt"
    seen: dict[str, object] = {}

    def drive(app) -> None:  # type: ignore[no-untyped-def]
        async def run() -> None:
            async with app.run_test(size=(80, 24)) as pilot:
                screen = await ready(pilot)
                seen["title"] = screen.reader.article.title
                seen["notices"] = [str(n.message) for n in app._notifications]
                await pilot.press("q")

        asyncio.run(run())

    monkeypatch.setattr(tui.cli_reading, "_terminal_problem", lambda: None)
    monkeypatch.setattr(tui.cli_reading, "run_reader", drive)
    assert main([str(good), str(missing), str(binary)]) == 0
    assert seen["title"] == "Harbour strike ends"
    notices = seen["notices"]
    assert isinstance(notices, list)
    assert f"{missing}: no such file or directory" in notices
    assert any(n.startswith(f"{binary}: binary file") for n in notices)
    assert "Traceback" not in capsys.readouterr().err


def test_inputs_that_cannot_be_articles_never_open_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A user's `newsprism some.bin` opened the full-screen reader and waited for its reading
    # worker before saying "binary file, not text".
    import tui.cli_reading

    binary, empty, folder = tmp_path / "some.bin", tmp_path / "empty.txt", tmp_path / "photos"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" * 30)
    empty.write_text("\n\n")
    folder.mkdir()
    (folder / "one.jpg").write_bytes(b"\xff\xd8\xff")

    def opened(app: object) -> None:
        raise AssertionError("the reader opened")

    monkeypatch.setattr(tui.cli_reading, "_terminal_problem", lambda: None)
    monkeypatch.setattr(tui.cli_reading, "run_reader", opened)
    assert main([str(binary), str(empty), str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsprism: {binary}: binary file, not text; {empty}: empty file; {folder}: no articles here")
    assert err.count("\n") == 1


def test_the_reader_opens_on_what_can_be_read_and_names_what_it_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Inputs that cannot be articles beside one that can: the reader opens on that one, and says
    # which it skipped while it runs (notices) and on quitting (one line each).
    import asyncio

    import tui.cli_reading
    from tests.pilot import ready

    good = tmp_path / "harbour.txt"
    good.write_text("Harbour strike ends\n\nDock workers at the port of Arden ended their strike on Monday after "
                    "nine days of talks, the union said.\n")
    empty, letterless, folder = tmp_path / "empty.html", tmp_path / "rule.txt", tmp_path / "blobs"
    empty.write_text(" ")
    letterless.write_text("* * *\n----\n")
    folder.mkdir()
    (folder / "x.txt").write_bytes(b"\0" * 64)
    seen: dict[str, object] = {}

    def drive(app) -> None:  # type: ignore[no-untyped-def]
        async def run() -> None:
            async with app.run_test(size=(100, 30)) as pilot:
                screen = await ready(pilot)
                seen["title"] = screen.reader.article.title
                seen["notices"] = sorted(str(n.message) for n in app._notifications)
                await pilot.press("q")

        asyncio.run(run())

    monkeypatch.setattr(tui.cli_reading, "_terminal_problem", lambda: None)
    monkeypatch.setattr(tui.cli_reading, "run_reader", drive)
    assert main([str(empty), str(good), str(letterless), str(folder)]) == 0
    assert seen["title"] == "Harbour strike ends"
    skipped = sorted([f"{empty}: empty file", f"{letterless}: no article text found",
                      f"{folder / 'x.txt'}: binary file, not text"])
    assert seen["notices"] == skipped
    assert sorted(capsys.readouterr().err.splitlines()) == [f"newsprism: {line}" for line in skipped]


def test_every_command_names_a_missing_file_in_the_same_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user's `add` said "no such file or directory" and `links` "no such file".
    missing = tmp_path / "nope.txt"
    for argv in (["links"], ["figures"], ["add", "--library", str(tmp_path / "lib.sqlite")], []):
        assert main([*argv, str(missing)]) == 2
        assert f"{missing}: no such file or directory" in capsys.readouterr().err, argv


def test_no_path_that_exists_is_one_line_naming_them_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    assert main([str(first), str(second)]) == 2
    assert capsys.readouterr().err == f"newsprism: {first}: no such file or directory; {second}: no such file or directory\n"


@pytest.mark.parametrize("argv", [["links"], ["figures"], ["quotes"], []])
def test_a_web_address_is_named_as_one_not_mangled_into_a_path(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    # A fresh user's `links http://127.0.0.1:8731/page.html` said "http:/127.0.0.1:8731/page.html: no such file".
    url = "http://127.0.0.1:9/page.html"
    assert main([*argv, url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{url}: a web address" in err and f"newsprism add {url}" in err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["links", "--bogus"], "newsprism: links: unrecognized arguments: --bogus (`newsprism links --help`"),
        (["story", "merge", "2"], "newsprism: story merge: the following arguments are required: OTHER"),
        (["search", "--limit", "many", "x"], "newsprism: search: argument --limit: not a whole number: 'many'"),
    ],
)
def test_bad_arguments_are_one_line_in_every_group(argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(said) and err.count("\n") == 1


def test_help_lists_every_group_and_its_commands(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import GROUPS, commands

    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for name in GROUPS:
        group = __import__(name, fromlist=["COMMANDS"])
        assert f"{group.GROUP}:" in out
        for command in group.COMMANDS:
            assert f"\n  {command} " in out
    assert set(commands()) >= {"links", "quotes", "figures", "export", "serve", "add", "stories", "story", "search", "help"}


def test_help_command_shows_a_commands_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["help", "story"])
    assert "usage: newsprism story" in capsys.readouterr().out
    assert main(["help", "lnks"]) == 2
    assert "did you mean links?" in capsys.readouterr().err


def test_the_library_may_be_named_before_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`newsprism --library L stories`, as the reader's usage line puts it, works like `stories --library L`."""
    from core.reading import SEEDS_DIR

    library = tmp_path / "lib.sqlite"
    assert main(["add", "--no-fetch", "--library", str(library), str(SEEDS_DIR)]) == 0
    capsys.readouterr()
    assert main(["--library", str(library), "stories", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert main([f"--library={library}", "stories", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == listed and listed


@pytest.mark.parametrize("limit", ["0", "-1", "many"])
def test_search_refuses_a_limit_below_one(limit: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--library", str(tmp_path / "lib.sqlite"), "--limit", limit, "talks"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsprism: search: argument --limit") and len(err.splitlines()) == 1


def test_serve_drops_only_the_closed_loop_noise_at_shutdown() -> None:
    """A session's transport collected after the server's loop closed prints no traceback; other errors still do."""
    from types import SimpleNamespace

    from tui.cli_reading import _quiet_after_the_loop

    seen: list[BaseException] = []
    hook = _quiet_after_the_loop(lambda unraisable: seen.append(unraisable.exc_value))
    hook(SimpleNamespace(exc_value=RuntimeError("Event loop is closed")))
    other = RuntimeError("something else")
    hook(SimpleNamespace(exc_value=other))
    assert seen == [other]


_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='{charset}'><title>Ferry service to Orlin resumes</title></head>"
    "<body><article><h1>Ferry service to Orlin resumes</h1>"
    "<p>The ferry between Dastow and Orlin sailed again on Monday after a week of storms, the café owners said.</p>"
    "<p>Harbour master Ilse Varn said the crossing would run twice a day until the end of the month.</p>"
    "</article></body></html>"
)


def _two_events(tmp_path: Path) -> Path:
    """A JSON Lines file of two reports of two events, the later one second."""
    feed = tmp_path / "monitor.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in (
        {"title": "Fire hits Kessel terminal", "source": {"name": "Quay Monitor"}, "publishedAt": "2026-11-24T10:00:00Z",
         "content": "A fire broke out at the Kessel container terminal on Tuesday, injuring three dock workers, the Kessel fire service said."},
        {"title": "Court fines Orvik brewery", "source": {"name": "Quay Monitor"}, "publishedAt": "2026-11-25T10:00:00Z",
         "content": "A district court in Orvik fined the Lindqvist brewery two million crowns on Wednesday for polluting the Saale river."},
    )) + "\n", encoding="utf-8")
    return feed


def test_a_file_of_several_reports_and_of_several_events_is_told_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON Lines file of two reports is no repeat of itself (its reports are named FILE:1,
    FILE:2); reports of two events taken as one story are said to be so, with the stories
    numbered for `--story N`."""
    feed = _two_events(tmp_path)
    assert main(["links", "--json", str(feed)]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["articles"]) == 2
    assert captured.err.splitlines() == [
        "newsprism: these files report 2 events, taken here as one story; `--story N` takes story N alone "
        "(`newsprism PATH` shows them apart, `newsprism add` keeps them as 2 stories):",
        "newsprism:   1  Court fines Orvik brewery (1 article)",
        "newsprism:   2  Fire hits Kessel terminal (1 article)",
    ]


@pytest.mark.parametrize("command", ["links", "quotes", "figures", "export"])
def test_story_n_over_paths_takes_one_of_the_events_they_report(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--story N` with PATHs is the N-th story the reader's list shows for them (the latest
    first, as a library lists its stories); stderr says which was taken and how to pick another."""
    feed = _two_events(tmp_path)
    assert main([command, "--json", str(feed), "--story", "2"] if command != "export" else
                [command, "-f", "json", str(feed), "--story", "2"]) == 0
    captured = capsys.readouterr()
    assert "Orvik" not in captured.out and ("Kessel" in captured.out or command in ("quotes", "figures"))
    assert captured.err.splitlines() == [
        "newsprism: story 2 of the 2 these files report: Fire hits Kessel terminal (1 article); "
        "`--story N` picks another (1 to 2), no --story takes them as one"]


@pytest.mark.parametrize("command", [["links"], ["add", "--library", "{lib}"]])
def test_files_of_no_known_kind_in_a_folder_are_said_once_and_change_no_status(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fresh user's "oh.dat" in a folder was passed over without a word."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ferry.html").write_text(_PAGE.format(charset="utf-8"), encoding="utf-8")
    for name in ("oh.dat", "notes.dat", "scan.pdf"):
        (folder / name).write_bytes(b"\x00")
    assert main([a.format(lib=tmp_path / "lib.sqlite") for a in command] + [str(folder)]) == 0
    assert "newsprism: skipped 3 files of no known kind (.dat, .pdf)\n" == capsys.readouterr().err


def test_story_n_over_paths_counts_as_the_readers_story_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The stories of PATHs are numbered as the reader lists them: the library it opens them in
    lists them in that order. A number past them is one line and exit 2."""
    from core.library.store import Library
    from core.reading import read_paths

    feed = _two_events(tmp_path)
    articles, _ = read_paths([feed])
    with Library(tmp_path / "opened.sqlite") as library:
        library.add_batch(articles)
        listed = [info.title for info in library.stories()]
    for number, title in enumerate(listed, start=1):
        assert main(["links", "--json", str(feed), "--story", str(number)]) == 0
        assert [a["title"] for a in json.loads(capsys.readouterr().out)["articles"]] == [title]
    assert main(["links", str(feed), "--story", "3"]) == 2
    assert capsys.readouterr().err == "newsprism: no story 3 in these files: they report 2 events (--story 1 to 2)\n"


def test_a_file_that_reads_to_the_same_article_as_another_is_named_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two files of one report (one in cp1252, one in UTF-8; or a plain copy): shown once, and
    stderr says which file was the same article as which; the exit status stays 0."""
    first, second, copy = tmp_path / "cp1252.html", tmp_path / "utf8.html", tmp_path / "copy.html"
    first.write_bytes(_PAGE.format(charset="windows-1252").encode("cp1252"))
    second.write_bytes(_PAGE.format(charset="utf-8").encode("utf-8"))
    copy.write_bytes(first.read_bytes())
    assert main(["links", "--json", str(first), str(second), str(copy)]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["articles"]) == 1
    assert captured.err.splitlines() == [
        f"newsprism: {second}: the same article as {first}, shown once",
        f"newsprism: {copy}: the same article as {first}, shown once",
    ]


_ONE_ENTRY_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Fenwick Radio</title><link>https://fenwick.example/news</link>
<item><title>Ferry runs aground off Tollin Point</title><link>https://fenwick.example/news/ferry</link>
<guid>https://fenwick.example/news/ferry</guid>
<content:encoded><![CDATA[<p>The Tollin ferry ran aground off the point at dawn on Friday, the harbour office said.</p>
<p>All 41 passengers were taken ashore by lifeboat, and nobody was hurt, it added.</p>]]></content:encoded>
</item></channel></rss>"""


def test_a_feed_is_not_called_a_copy_of_its_own_entry_and_a_copy_of_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's one-entry feed printed "the same article as https://..., shown once" on
    # every read: its entry is named by its address, not by the file.
    feed, copy = tmp_path / "a.xml", tmp_path / "b.xml"
    feed.write_text(_ONE_ENTRY_FEED, encoding="utf-8")
    assert main(["links", "--json", str(feed)]) == 0
    assert capsys.readouterr().err == ""
    copy.write_text(_ONE_ENTRY_FEED, encoding="utf-8")
    assert main(["links", "--json", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["articles"]) == 1
    assert captured.err.splitlines() == [f"newsprism: {copy}: the same article as {feed}, shown once"]


def test_a_response_of_one_article_on_one_line_is_not_called_a_copy_of_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A tester's one-line Guardian response holding one article ("FILE:1:1", line 1, its first
    # record) printed "FILE: the same article as FILE:1, shown once"; its "bodyText" was no text.
    response = {"response": {"status": "ok", "results": [{
        "webTitle": "Ferry runs aground off Tollin Point", "webUrl": "https://courier.example/ferry",
        "fields": {"bodyText": "The Tollin ferry ran aground off the point at dawn on Friday, the harbour office said."}}]}}
    path = tmp_path / "guardian.json"
    path.write_text(json.dumps(response), encoding="utf-8")
    assert main(["links", "--json", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    [article] = json.loads(captured.out)["articles"]
    assert article["paragraphs"][0]["text"].startswith("The Tollin ferry ran aground")


def test_a_feed_entry_is_named_by_the_feed_file_and_its_number_with_its_page_in_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`links --json` and a library's `story show --json` say where an entry read from a feed
    file was read from (FILE:N, as for JSON Lines) and give its page's address as its url;
    its path was the page's address, though nothing was read from there."""
    feed, library = tmp_path / "fenwick.xml", tmp_path / "library.sqlite"
    feed.write_text(_ONE_ENTRY_FEED, encoding="utf-8")
    assert main(["links", "--json", str(feed)]) == 0
    [article] = json.loads(capsys.readouterr().out)["articles"]
    assert (article["path"], article["url"]) == (f"{feed}:1", "https://fenwick.example/news/ferry")
    assert main(["add", "--library", str(library), str(feed)]) == 0
    capsys.readouterr()
    assert main(["story", "show", "1", "--json", "--library", str(library)]) == 0
    [stored] = json.loads(capsys.readouterr().out)["articles"]
    assert (stored["path"], stored["url"]) == (f"{feed}:1", "https://fenwick.example/news/ferry")


@pytest.mark.parametrize("command", [["add"], ["links"], ["export", "--format", "md"], [], ["feeds", "add"]])
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `newsprism add "$F"` with F unset read the whole current folder into the library.
    (tmp_path / "report.txt").write_text("Headline\n\nA report of a fire in the harbour on Monday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    library = tmp_path / "lib.sqlite"
    assert main([*command, "", "--library", str(library)]) == 2
    err = capsys.readouterr().err
    assert "empty" in err and "unset shell variable" in err and len(err.strip().splitlines()) == 1
    assert not library.exists()


@pytest.mark.parametrize("command", [["links"], ["links", "--json"], ["export"]])
def test_a_report_read_only_in_part_still_fails_for_the_input_that_failed(tmp_path: Path, command: list[str]) -> None:
    """A fresh user's `newsprism links dir | head -1` exited 0 although a file of the folder could
    not be read (the closed pipe's BrokenPipeError ended the command with 0): the status is the
    input's, 2, and the reader that stopped reading costs no traceback."""
    seeds = Path(__file__).parent.parent / "seeds"
    for name in sorted(p.name for p in seeds.glob("*.txt"))[:3]:
        (tmp_path / name).write_bytes((seeds / name).read_bytes())
    (tmp_path / "broken.jsonl").write_text('{"title": broken\n')
    process = subprocess.Popen([sys.executable, "-m", "tui.cli", *command, str(tmp_path)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent)
    assert process.stdout is not None and process.stdout.readline()
    process.stdout.close()  # as `head -1` does
    err = process.stderr.read() if process.stderr else b""
    assert process.wait(timeout=120) == 2
    assert b"Traceback" not in err and b"broken.jsonl:1: not a line of JSON" in err
