"""Pausing Python's cycle collector while core builds many small objects at once.

Linking a big story, or reading one back from the library, makes hundreds of thousands of
tuples and dataclasses and no reference cycles; the collector's passes over them cost from
a sixth (linking) to a third (reading a 500-article story) of the time. Refcounting still
frees everything, and the collector's state is restored afterwards.

What the block made and keeps (a story's links, its paragraphs) is handed to the collector as
long-lived, as objects that survived its young passes would be, not as young objects: else the
first allocation after the block walks every one of them in a young pass (0.1 s of CPU after
linking bench/linker.py's 20,000 paragraphs: 430,000 tuples of the links' spans), and a middle
pass later walks them again. A reference cycle made in the block is freed by the next full pass.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cycle collector off (if it was on); what it made and keeps is then
    the collector's oldest generation's (gc.freeze and gc.unfreeze move every tracked object there
    at once; only where no object was frozen before, which unfreezing would thaw)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
