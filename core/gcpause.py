"""Pausing Python's cycle collector while core builds many small objects at once.

Linking a big story, or reading one back from the library, makes hundreds of thousands of
tuples and dataclasses and no reference cycles; the collector's passes over them cost from
a sixth (linking) to a third (reading a 500-article story) of the time. Refcounting still
frees everything, and the collector's state is restored afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cycle collector off (if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
