"""What every command group of the command line shares: the program's name, the one-line
usage error, an argument parser that reports through it, and printing that never lets
article text reach the terminal as escape sequences.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from rich.cells import cell_len

from core.sanitize import sanitize

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence
    from types import FrameType

    from core.config import Config

__all__ = [
    "ENDING_SIGNALS", "PROG", "Ended", "Parser", "UsageError", "dump_json", "ended_status", "ending_as_interrupted",
    "passed_over_note", "printing", "say", "settings", "shorten", "to_nowhere", "unsupported_scheme", "warn",
]

PROG = "newsprism"

#: An address's scheme (RFC 3986: a letter, then letters, digits, "+", "-" or "."), then "://".
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def unsupported_scheme(text: str) -> str | None:
    """What to say when *text* is an address newsprism cannot fetch (``ftp://``, ``file://``):
    only http and https are fetched. None for those, and for anything that is not an address."""
    found = _SCHEME.match(text)
    if found is None or found.group(1).lower() in ("http", "https"):
        return None
    return f"{text}: {found.group(1).lower()}:// addresses are not supported (only http:// and https://)"


#: The signals that ask a program to end: interrupted, terminated, and the terminal hung up (none
#: of it on Windows, which has no SIGHUP). The reader ends on each as `q` does
#: (:func:`tui.cli_reading.run_reader`); every other command as on Ctrl+C
#: (:func:`ending_as_interrupted`, around each command in :func:`tui.cli.main`).
ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def ended_status(signal_number: int) -> int:
    """The exit status of a program ended by the signal *signal_number*, as a shell gives it:
    128 + the number (SIGINT 130, SIGTERM 143, SIGHUP 129)."""
    return 128 + signal_number


class Ended(KeyboardInterrupt):
    """One of :data:`ENDING_SIGNALS` came (:func:`ending_as_interrupted`): a KeyboardInterrupt,
    so what is done on Ctrl+C is done, with :attr:`status` the status to exit with."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        #: :func:`ended_status` of the signal.
        self.status = ended_status(signal_number)


def to_nowhere(stream: TextIO) -> None:
    """Send what is written to *stream* from now on nowhere (its file descriptor onto the null
    device): no one reads it any more, and the next write, or the interpreter's flush at exit,
    must not fail again. Nothing is done for a stream with no descriptor (a test's capture)."""
    try:
        target = stream.fileno()
    except (OSError, ValueError):
        return
    nowhere = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nowhere, target)
    os.close(nowhere)


class _Terminal:
    """Standard output or error, told a hang-up when a write finds the terminal gone without a
    SIGHUP (:func:`ending_as_interrupted`); everything else is the stream's own."""

    def __init__(self, stream: TextIO, gone: Callable[[TextIO, OSError], None]) -> None:
        self.stream = stream
        self._gone = gone

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError as exc:
            self._gone(self.stream, exc)
            return len(text)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as exc:
            self._gone(self.stream, exc)

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


@contextmanager
def ending_as_interrupted() -> Iterator[None]:
    """While inside, each of :data:`ENDING_SIGNALS` is raised where the program is as
    :class:`Ended`, as Python raises KeyboardInterrupt on SIGINT: SIGTERM (`kill`, a shutdown)
    and SIGHUP (the terminal hung up) end a command as Ctrl+C does, through its
    ``except KeyboardInterrupt``, instead of killing it without a word. The handlers before are
    put back on the way out. In the main thread only (elsewhere nothing changes).

    A terminal can also go without a SIGHUP (a window closed while a shell that ignores or traps
    it ran the command; an SSH session without a terminal dropped): writing to it then fails
    (EIO; EPIPE for standard error). That is a hang-up too: the write sends the main thread the
    SIGHUP that did not come (unless an ending is under way), and from then on what the command
    writes there goes nowhere (:func:`to_nowhere`), so its clean-up runs as on SIGHUP. Standard
    output closed by its reader alone (`| head -1`, EPIPE) stays the command's own affair
    (BrokenPipeError). A terminal gone while nothing is written is found at the next write."""
    ended = False

    def end(signal_number: int, _frame: FrameType | None) -> None:
        nonlocal ended
        ended = True
        raise Ended(signal_number)

    def gone(stream: TextIO, exc: OSError) -> None:
        if exc.errno != errno.EIO and not (exc.errno == errno.EPIPE and stream is streams[1]):
            raise exc
        to_nowhere(stream)
        if not ended and hasattr(signal, "SIGHUP"):
            # The hang-up the terminal did not send, to the main thread (woken where it waits),
            # whichever thread wrote (a progress bar refreshes in a thread of its own): `end`
            # raises it there. An ending under way goes on.
            signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGHUP)

    streams = (sys.stdout, sys.stderr)
    wrapped: tuple[_Terminal | None, ...] = (None, None)
    before = {}
    try:
        for ending in ENDING_SIGNALS:
            before[ending] = signal.signal(ending, end)
    except ValueError:  # not the main thread: signals and streams stay as they are
        pass
    else:
        wrapped = tuple(None if stream is None else _Terminal(stream, gone) for stream in streams)
        sys.stdout, sys.stderr = (w or s for w, s in zip(wrapped, streams))
    try:
        yield
    finally:
        for ending, handler in before.items():
            signal.signal(ending, handler)
        if wrapped[0] is not None and sys.stdout is wrapped[0]:
            sys.stdout = streams[0]
        if wrapped[1] is not None and sys.stderr is wrapped[1]:
            sys.stderr = streams[1]


class UsageError(Exception):
    """Bad input from the user: `newsprism: MESSAGE` on one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are one line through :class:`UsageError` (argparse
    prints the whole usage first); ``--help`` is unchanged."""

    def error(self, message: str) -> NoReturn:
        name = self.prog.removeprefix(PROG).strip()
        where = f"{name}: " if name else ""
        raise UsageError(f"{where}{message} (`{self.prog} --help` lists the options)")


def path_argument(value: str) -> str:
    """A PATH (or URL) argument as given, refused when empty: ``""`` is what an unset shell
    variable gives (`newsprism add "$F"`), and read as a path it is the current folder, all of
    it. argparse turns the error into one usage line."""
    if not value.strip():
        raise argparse.ArgumentTypeError("empty: it names no file, folder or address (an unset shell variable?)")
    return value


#: The config problems said already in this process: each is said once.
_TOLD: set[str] = set()


def settings(flags: Mapping[str, object] | None = None) -> Config:
    """The settings in force (*flags* over the environment over the file), going on with the
    default of a broken value where that is safe and saying once on stderr what is wrong
    (`newsprism: PATH: theme must be text, not 5; using the default`)."""
    from core.config import load

    config = load(flags=flags, lenient=True)
    for problem in config.problems:
        if problem not in _TOLD:
            _TOLD.add(problem)
            warn(problem)
    return config


def passed_over_note(paths: Sequence[Path]) -> str | None:
    """What to say of the files in the folders among *paths* that no reader takes (their suffix
    is of no kind newsprism reads, :func:`core.reading.sources.passed_over`): "skipped 2 files of
    no known kind (.dat, .pdf)"; None when there are none. Said once, it changes no exit status."""
    from core.reading.sources import passed_over
    from core.text import count

    files = passed_over(paths)
    if not files:
        return None
    kinds = sorted({f.suffix.lower() for f in files})
    shown = ", ".join(kinds[:6]) + (", …" if len(kinds) > 6 else "")
    return f"skipped {count(len(files), 'file')} of no known kind ({shown})"


def one_line(line: str) -> str:
    """*line* as the command line prints it: sanitised, and on one line, whatever it quotes (a file
    named "evil\nadded    story 9" shows its newline as "␤": no line of its own to pass for another)."""
    return sanitize(line).replace("\n", "\u2424").replace("\t", " ")


def say(line: str) -> None:
    """Print one line on standard output (:func:`one_line`)."""
    print(one_line(line))


def warn(line: str) -> None:
    """Print `newsprism: LINE` on standard error (:func:`one_line`)."""
    print(f"{PROG}: {one_line(line)}", file=sys.stderr)


def _yes_to(question: str) -> bool:
    """Whether the user answers yes (y or yes) to *question* on the terminal; no without one."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return False
    print(f"{PROG}: {sanitize(question)} [y/N] ", end="", file=sys.stderr, flush=True)
    try:
        return sys.stdin.readline().strip().lower() in ("y", "yes")
    except (OSError, KeyboardInterrupt):
        return False


@contextmanager
def printing() -> Iterator[None]:
    """Around a command's printing on standard output: a reader that stops reading early
    (`| head -1`, EPIPE) ends the printing quietly, what is left goes nowhere
    (:func:`to_nowhere`), and the command returns its own exit status after it, so an input that
    failed still fails the command (:func:`tui.cli.main` can only say 0 for a pipe closed under
    a command that did not catch it)."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        to_nowhere(sys.stdout)


def shorten(text: str, width: int, placeholder: str = "…") -> str:
    """*text* on one line (its spaces collapsed) in at most *width* terminal cells: whole, or cut
    before the word that does not fit and ended with *placeholder*; a word longer than the line
    (a headline in Chinese or Japanese, which no space parts) is cut between its characters.
    Cells as the terminal draws them (rich.cells.cell_len: a Han character takes two), where
    textwrap.shorten counts characters and cuts only at spaces: a fresh user's Japanese headline
    of 49 characters took 98 columns of the stories table; for text of one cell a character it
    gives what textwrap.shorten gives, but for a word longer than the line ("…" alone there)."""
    text = " ".join(text.split())
    if cell_len(text) <= width:
        return text
    room = width - cell_len(placeholder)
    used = cut = 0
    for at, char in enumerate(text):
        used += cell_len(char)
        if used > room:
            break
        cut = at + 1
    head = text[:cut]
    if cut < len(text) and text[cut] != " " and (space := head.rfind(" ")) >= 0:
        head = head[:space]  # the cut falls inside a word: before it
    return head.rstrip() + placeholder


def dump_json(data: object) -> None:
    """Print *data* as indented UTF-8 JSON (JSON escapes every control character)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


#: How every SQLite database starts: a newsprism library, or another program's.
_SQLITE_HEADER = b"SQLite format 3\x00"


#: The files SQLite (and the library's lock) keeps beside a database, by the suffix of their name:
#: part of it while it is open.
_DATABASE_PARTS = (("-wal", "the write-ahead log"), ("-shm", "the shared memory"), ("-journal", "the journal"),
                   (".lock", "the lock"))


def _start_of(path: Path) -> bytes | None:
    """The first bytes of the file at *path* (as many as :data:`_SQLITE_HEADER` has), None where
    there is none to read."""
    try:
        with path.open("rb") as held:
            return held.read(len(_SQLITE_HEADER))
    except OSError:  # not there (or no file to read): nothing to lose
        return None


def write_file(target: Path, text: str, *, force: bool = False) -> None:
    """Write *text* to *target* whole or not at all: beside it first, then renamed over it.

    What the user has is never written over unasked: no device, pipe or folder; a database (a
    library: an export written over it would lose every story) never, nor the files SQLite keeps
    beside it (its write-ahead log holds the last changes while it is open); another file that
    holds something only with *force*, or when the user says yes on the terminal.

    Raises:
        UsageError: the file cannot be written, is no regular file, is a database or one of its
            files, or holds something and is not to be written over (one line naming it).
    """
    if target.exists() and not target.is_file():
        # a device, a pipe, a folder: renamed over, /dev/full became a file (as root); read, a pipe waits for ever
        raise UsageError(f"{target}: not a regular file, not written over; `-o -` writes to standard output")
    start = _start_of(target)
    if start is not None and start == _SQLITE_HEADER:
        raise UsageError(f"{target}: a database (a newsprism library?), not written over; write to another file")
    for suffix, what in _DATABASE_PARTS:
        database = target.name.removesuffix(suffix)
        if target.name.endswith(suffix) and _start_of(target.with_name(database)) == _SQLITE_HEADER:
            # the database's own file: its last changes may be in it alone (a write-ahead log)
            raise UsageError(f"{target}: {what} of the database {database}, not written over; write to another file")
    if start and not force and not _yes_to(f"{target} exists; write over it?"):
        raise UsageError(f"{target}: exists, not written over (--force writes over it)")
    try:
        partial = target.with_name(f".{target.name}.partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    except OSError as exc:
        raise UsageError(f"{target}: cannot write ({exc.strerror or exc})") from None
