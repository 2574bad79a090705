"""Progress of long work, as every command reports it on standard error: an archive build's
steps, and an article's stages as `add` reads, saves, groups and links it.

Work deep inside a stage (a reader judging the 40,000 lines of one file) reports through
:func:`report`, which goes to the :data:`Progress` a caller set with :func:`reporting` around
the stage, so that no function between them takes a callback.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

__all__ = ["Progress", "TerminalProgress", "report", "reporting", "terminal_progress"]

#: A progress report: called with (step, done, total) as a step goes on, with done == total when
#: it ends.
Progress = Callable[[str, int, int], None]

#: How often a step's line is printed again where the output is no terminal (a pipe, a log).
PIPED_EVERY = 5.0


class TerminalProgress:
    """A :data:`Progress` for a terminal: one line per step, redrawn in place on a TTY; elsewhere
    (a pipe, a log) only whole lines: a step's bar when it ends, and every :data:`PIPED_EVERY` s
    in between for a long one its count so far (``part     120/3239 so far``), never a bar half
    drawn.

    Args:
        stream: where to write (standard error by default).
        after: a step that ends within this many seconds of its start prints nothing, on a TTY
            or not: `add` reports each article's stages, and only a long one (a 33 MB file of
            60,000 paragraphs) is worth a line; 0 (an archive build's few steps) prints each.
    """

    def __init__(self, stream: Any = None, *, after: float = 0.0) -> None:
        self.out = stream or sys.stderr
        self.tty = self.out.isatty()
        self.after = after
        self._started: dict[str, float] = {}
        self._last: dict[str, float] = {}
        self._totals: dict[str, int] = {}  # each unended step's total, as last drawn
        self._open = 0  # the length of a TTY line drawn without its end of line

    def __call__(self, step: str, done: int, total: int) -> None:
        if not total:
            return
        now = time.monotonic()
        final = done >= total
        started = self._started.setdefault(step, now)
        if final:
            del self._started[step]
            # A step counted in finer units from inside (a file's lines: :func:`report`) and
            # ended by its caller in its own (1 of 1 files) ends at its finer count.
            done = total = max(total, self._totals.pop(step, 0))
        else:
            self._totals[step] = total
        if now - started < self.after and not (final and self._open):
            return  # a quick step: not worth a line
        last = self._last.get(step)
        if not self.tty and not final and (last is None or now - last < PIPED_EVERY):
            # Not a terminal (a pipe, a log): a step's line when it ends, and every 5 s in between
            # (its start, "0/2", then "2/2", printed every step twice).
            self._last.setdefault(step, now)
            return
        self._last[step] = now
        if final:
            self._last.pop(step, None)
        width = 30
        filled = width * done // max(total, 1)
        line = f"{step:<8} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        if self.tty:  # spaces over what is left of a longer line drawn before
            self.out.write("\r" + line.ljust(self._open) + ("\n" if final else ""))
            self._open = 0 if final else len(line)
        elif final:
            self.out.write(line + "\n")
        else:
            # A log keeps every line: a bar drawn half full there reads as one cut off. A long
            # step's count so far is a sentence of its own, and its bar is drawn when it ends.
            self.out.write(f"{step:<8} {done}/{total} so far\n")
        self.out.flush()

    def close(self) -> None:
        """End a line left drawn by a step that never ended (the work was stopped), so that what
        is printed next starts a line of its own."""
        if self._open:
            self.out.write("\n")
            self.out.flush()
            self._open = 0


def terminal_progress(stream: Any = None, *, after: float = 0.0) -> TerminalProgress:
    """A :class:`TerminalProgress` on *stream* (standard error by default)."""
    return TerminalProgress(stream, after=after)


_ambient: ContextVar[Progress | None] = ContextVar("newsprism_progress", default=None)


@contextmanager
def reporting(progress: Progress | None) -> Iterator[None]:
    """Within the block, :func:`report` goes to *progress* (None: nowhere)."""
    token = _ambient.set(progress)
    try:
        yield
    finally:
        _ambient.reset(token)


def report(step: str, done: int, total: int) -> None:
    """Tell the :data:`Progress` set by the :func:`reporting` block this runs in, if any, that
    *done* of *total* units of *step* are done. Work that does not end the step itself
    reports *done* < *total* only: the step's caller ends it."""
    progress = _ambient.get()
    if progress is not None:
        progress(step, done, total)
