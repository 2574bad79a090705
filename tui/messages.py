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
