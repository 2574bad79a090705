"""Work the reader does in threads, counted, so that quitting never waits for it.

Textual runs a thread worker in the event loop's thread pool, which the interpreter joins at
exit: a reader quit while it still read an 8 MB file stayed on a blank screen until the read
was done (42 s). The reader's command exits at once instead when :func:`busy` says a thread
is still at work (core's stores are transactional: what the work had not committed is rolled
back the next time, as after a power cut).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

__all__ = ["background", "busy"]

P = ParamSpec("P")
R = TypeVar("R")
_lock = threading.Lock()
_running = 0


def background(work: Callable[P, R]) -> Callable[P, R]:
    """*work*, counted while it runs (wrap a thread worker's function with it, under ``@work``)."""

    @wraps(work)
    def counted(*args: P.args, **kwargs: P.kwargs) -> R:
        global _running
        with _lock:
            _running += 1
        try:
            return work(*args, **kwargs)
        finally:
            with _lock:
                _running -= 1

    return counted


def busy() -> bool:
    """Whether some :func:`background` work is still running."""
    return _running > 0
