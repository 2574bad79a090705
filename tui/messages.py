"""Messages that more than one widget sends or handles."""

from __future__ import annotations

from textual.message import Message

from core.model import Ref


class LoadProgress(Message):
    """The worker's progress, 0..1, with what it is doing."""

    def __init__(self, fraction: float, stage: str) -> None:
        super().__init__()
        self.fraction = fraction
        self.stage = stage


class OpenRef(Message):
    """Open an article at a paragraph (from a match, a search hit or the history)."""

    def __init__(self, ref: Ref, *, remember: bool = True) -> None:
        super().__init__()
        self.ref = ref
        self.remember = remember


class RefreshProgress(Message):
    """The refresh worker's progress: feeds *done* of *total*, and a line saying what it did
    (*finished* once the refresh is over)."""

    def __init__(self, done: int, total: int, line: str, *, finished: bool = False) -> None:
        super().__init__()
        self.done = done
        self.total = total
        self.line = line
        self.finished = finished
